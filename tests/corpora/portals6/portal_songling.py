"""松陵市网上办事服务平台 — labelled tables whose labels and value formats are unusual (GBK, static).

Channels are labelled 申办渠道 / 受理方式 / 服务方式 ("窗口办理、网上办理、快递办理"); days are written
"80(工作日)" with a 说明 column, "三个工作日（3个工作日）" or "即时办结（即办件）"; visits as 最多跑一次 /
零跑腿 / 只跑一次 (each with its count in brackets) or "2次"; the online depth as 一级…四级 (Chinese
numerals, next to 行使层级 "市级"). Halls sit on streets named …村路 / …村街 while being city or town
halls; village and community stations (…村便民服务站, …社区居委会便民服务站, …村村委会) are locations
too. Two guides are both 临时救助审批 (city bureau and a town), told apart by their codes. The
catalogue states 共20项 over two static pages; 我要办事 in the top menu is no guide's entry.
"""

from __future__ import annotations

import json
from typing import Any

from tests.corpora.portals6._common import POOL, TYPE_NAMES, esc, impl_code, loc, mat, png, truth_item

PID = "songling"
CITY = "松陵市"
REGION = "459903"
CHARSET = "GBK"
SITE = "松陵市网上办事服务平台"

HALL = ("松陵市政务服务中心", "city", "松陵市杨柳村路18号")
NANHU = ("南湖镇便民服务中心", "town", "南湖镇前村街6号")
SHIQIAO = ("石桥村便民服务站", "village", "南湖镇石桥村村部一楼")
HUANGNI = ("黄泥村村委会", "village", "南湖镇黄泥村")
GUIYUAN = ("桂园街道便民服务中心", "town", "松陵市桂园村街3号")
GY_SQ = ("桂园社区居委会便民服务站", "village", "松陵市桂园街道桂园社区")

D_NANHU = "松陵市南湖镇人民政府"
D_GUIYUAN = "松陵市桂园街道办事处"

LEVEL_TEXT = {"city": "市级", "town": "镇（街道）级", "village": "村（社区）级"}
DEPTH_TEXT = {1: "一级", 2: "二级", 3: "三级", 4: "四级（全程网办）"}
CASE_TEXT = {"immediate": "即办件", "promised": "承诺件", "other": "联办件"}
CHAN_LABELS = ("申办渠道", "受理方式", "服务方式")
CHAN_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "快递办理", "self_service": "自助终端办理"}
VISIT_TEXT = {"max1": ("最多跑一次（1次）", 1), "zero": ("零跑腿（0次）", 0), "only1": ("只跑一次（1次）", 1),
              "two": ("2次", 2)}
CN = {3: "三", 5: "五", 7: "七", 10: "十", 15: "十五", 20: "二十"}
SUBMIT = {"paper": "纸质原件1份", "electronic": "电子材料（网上上传）", "both": "纸质或电子均可"}


def dept(suffix: str) -> str:
    return CITY + suffix


# (no, pool key, department, code level, levels, channels, depth, visits key, statutory, promised,
#  promised style ("cn"|"paren"), case, materials [(name, form, exempt)], locations, online, seq)
SPECS: list[tuple[Any, ...]] = [
    ("0101", "linshi", dept("民政局"), "city", ["city"], ["counter", "online", "post"], 3, "max1", None, 5, "cn",
     "promised", [("临时救助申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", None, True),
                  ("遭遇困难的相关证明材料", "both", False)], [HALL], True, ""),
    ("0102", "linshi", D_NANHU, "town", ["town"], ["counter"], None, "only1", None, 3, "cn", "promised",
     [("临时救助申请书", "paper", False), ("居民身份证", "paper", False), ("遭遇困难的相关证明材料", "paper", False)],
     [NANHU, SHIQIAO, HUANGNI], False, ""),
    ("0103", "gaoling", D_GUIYUAN, "town", ["town"], ["counter", "online"], 4, "zero", None, 0, "cn", "immediate",
     [("高龄津贴申请表", "electronic", False), ("居民身份证", None, True), ("本人银行账户信息", "electronic", False)],
     [GUIYUAN, GY_SQ], True, ""),
    ("0104", "shigong", dept("住房和城乡建设局"), "city", ["city"], ["online", "counter"], 4, "zero", 15, 7, "cn",
     "promised", [("建筑工程施工许可申请表", "electronic", False), ("建设工程规划许可证", None, True),
                  ("中标通知书", "electronic", False), ("施工合同", "electronic", False)], [HALL], True, "01"),
    ("0105", "jiehun", dept("民政局"), "city", ["city"], ["counter"], None, "only1", None, 0, "cn", "immediate",
     [("居民身份证", "paper", False), ("户口簿", "paper", False),
      ("无配偶及无禁止结婚亲属关系的签字声明", "paper", False), ("近期半身免冠合影照片", "paper", False)],
     [("松陵市婚姻登记中心", "city", "松陵市杨柳村路20号")], False, ""),
    ("0106", "sfz", dept("公安局"), "city", ["city"], ["counter", "self_service"], None, "max1", None, 15, "cn",
     "promised", [("居民身份证", "paper", False), ("户口簿", "paper", False)],
     [("松陵市公安局户政服务中心", "city", "松陵市北村路101号")], False, ""),
    ("0107", "juzhu", dept("公安局"), "city", ["city"], ["counter"], None, "two", 15, 10, "paren", "promised",
     [("居民身份证", "paper", False), ("居住登记证明", "paper", False), ("近期一寸免冠照片", "paper", False)],
     [HALL, GY_SQ], False, ""),
    ("0108", "canji", dept("残疾人联合会"), "city", ["city"], ["counter"], None, "two", 20, 10, "cn", "promised",
     [("残疾人证申请表", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False),
      ("近期二寸免冠彩色照片", "paper", False)], [HALL], False, ""),
    ("0109", "jiuye", dept("人力资源和社会保障局"), "city", ["city"], ["online", "counter"], 4, "zero", None, 0, "cn",
     "immediate", [("居民身份证", "electronic", False), ("就业创业证申领登记表", "electronic", False)], [HALL], True, ""),
    ("0110", "shiye", dept("人力资源和社会保障局"), "city", ["city"], ["online", "counter", "self_service"], 3, "max1",
     None, 5, "paren", "promised", [("居民身份证", "both", False), ("解除或终止劳动合同证明", "both", False),
                                    ("社会保障卡", "paper", False)], [HALL], True, ""),
    ("0111", "yanglao", dept("人力资源和社会保障局"), "city", ["city"], ["counter"], None, "only1", None, 0, "cn",
     "immediate", [("居民身份证", "paper", False), ("户口簿", "paper", False),
                   ("城乡居民基本养老保险参保登记表", "paper", False)], [NANHU, SHIQIAO], False, ""),
    ("0112", "yidi", dept("医疗保障局"), "city", ["city"], ["online"], 4, "zero", None, 0, "cn", "immediate",
     [("异地就医备案登记表", "electronic", False), ("社会保障卡", None, True)], [], True, ""),
    ("0113", "shengyu", dept("卫生健康委员会"), "city", ["city"], ["online", "counter"], 4, "zero", None, 0, "cn",
     "immediate", [("夫妻双方居民身份证", "electronic", False), ("结婚证", None, True),
                   ("生育登记表", "electronic", False)], [HALL], True, ""),
    ("0114", "weisheng", dept("卫生健康委员会"), "city", ["city"], ["counter", "online", "post"], 3, "max1", 20, 3,
     "cn", "promised", [("公共场所卫生许可申请表", "paper", False), ("营业执照", None, True),
                        ("卫生检测报告", "both", False), ("从业人员健康合格证明", "paper", False)], [HALL], True, ""),
    ("0115", "geti", dept("市场监督管理局"), "city", ["city"], ["online", "counter", "self_service"], 4, "zero", 15, 0,
     "cn", "immediate", [("个体工商户登记申请书", "electronic", False), ("经营者居民身份证", None, True),
                         ("经营场所使用证明", "both", False)], [HALL], True, "01"),
    ("0116", "shipin", dept("市场监督管理局"), "city", ["city"], ["counter", "online", "post"], 3, "max1", 20, 7, "cn",
     "promised", [("食品经营许可申请书", "both", False), ("营业执照", None, True), ("食品安全管理制度文本", "both", False),
                  ("经营场所平面布局图", "both", False)], [HALL], True, ""),
    ("0117", "jiaoshi", dept("教育局"), "city", ["city"], ["online", "counter"], 3, "only1", 80, 20, "cn", "promised",
     [("教师资格认定申请表", "electronic", False), ("居民身份证", "electronic", False), ("学历证书", None, True),
      ("普通话水平测试等级证书", None, True), ("体检合格证明", "paper", False)],
     [("松陵市教育局教师资格认定中心", "city", "松陵市文昌路5号")], True, ""),
    ("0118", "gjj", dept("住房公积金管理中心"), "city", ["city"], ["online", "counter"], 4, "zero", None, 0, "cn",
     "immediate", [("居民身份证", "electronic", False), ("退休证明", None, True), ("本人银行卡", "electronic", False)],
     [("松陵市住房公积金管理中心服务大厅", "city", "松陵市东村路9号")], True, ""),
    ("0119", "zhaijidi", D_NANHU, "town", ["town"], ["counter"], 2, "two", 20, 15, "cn", "other",
     [("农村宅基地和建房（规划许可）申请表", "paper", False), ("户口簿", "paper", False),
      ("村民小组会议记录", "paper", False)], [NANHU, HUANGNI], False, ""),
    ("0120", "paishui", dept("住房和城乡建设局"), "city", ["city"], ["counter", "online", "post"], 3, "max1", 20, 10,
     "paren", "promised", [("排水许可申请表", "both", False), ("排水户内部排水管网专项图纸", "paper", False),
                           ("营业执照", None, True)], [HALL], True, ""),
]


def guide_path(no: str) -> str:
    return f"bsfw/bszn/{no}.shtml"


def entry_url(code: str) -> str:
    return f"/wsbs/sb.do?sxbm={code}"


def days_cell(days: int | None, style: str, statutory: bool) -> tuple[str, str]:
    """(value, 说明) of a time-limit row."""
    if days is None:
        return "无", "法律法规未规定办结时限" if statutory else "—"
    if days == 0:
        return "即时办结（即办件）", "材料齐全、符合法定形式的当场办结"
    if statutory or style == "paren":
        return f"{days}(工作日)", f"自受理之日起{days}个工作日内作出决定"
    return f"{CN[days]}个工作日（{days}个工作日）", "不含现场核查、公示及专家评审时间"


def page(title: str, crumbs: str, body: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(title)}</title>
<link href="/css/sl.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td><img src="/images/sl_logo.png" width="400" height="70" alt="{SITE}"></td>
<td align="right"><a href="/">首页</a> | <a href="/bsfw/sxml_1.html">办事指南</a> | <a href="/wsbs/index.html">我要办事</a> | <a href="/bjcx/index.html">办件查询</a> | <a href="/tsjy/index.html">投诉建议</a></td></tr>
</table>
<table width="1000" align="center" class="pos"><tr><td>当前位置：{crumbs}</td></tr></table>
<table width="1000" align="center" class="mainbox"><tr><td valign="top">{body}</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td align="center">
主办：松陵市行政审批局　协办：松陵市大数据管理中心<br>
地址：松陵市杨柳村路18号　电话：0512-63981234　苏ICP备10023456号　网站标识码：3205000078
</td></tr></table>
</body>
</html>
"""


def guide(spec: tuple[Any, ...], index: int) -> tuple[str, dict[str, Any]]:
    (no, key, dname, code_level, levels, channels, depth, vkey, statutory, promised, pstyle, case, mats, locs,
     online, seq) = spec
    name, type_code = POOL[key][0], POOL[key][1]
    code = impl_code(REGION, dname, code_level, key, seq)
    vtext, visits = VISIT_TEXT[vkey]
    stat_v, stat_note = days_cell(statutory, pstyle, True)
    prom_v, prom_note = days_cell(promised, pstyle, False)
    label = CHAN_LABELS[index % 3]
    rows = [
        ("事项名称", esc(name), "事项类别", TYPE_NAMES[type_code]),
        ("事项编码", code, "行使层级", "、".join(LEVEL_TEXT[lv] for lv in levels)),
        ("实施机构", esc(dname), "办件类别", CASE_TEXT[case]),
        (label, "、".join(CHAN_TEXT[c] for c in channels), "网办深度", DEPTH_TEXT[depth] if depth else "不支持网办"),
        ("跑动次数", vtext, "是否收费", "否"),
    ]
    info = "".join(f'<tr><td class="t1">{a}</td><td class="t2">{b}</td><td class="t1">{c}</td><td class="t2">{d}</td></tr>'
                   for a, b, c, d in rows)
    info += (f'<tr><td class="t1">法定期限</td><td class="t2">{stat_v}</td><td class="t1">说明</td><td class="t2">{stat_note}</td></tr>'
             f'<tr><td class="t1">承诺期限</td><td class="t2">{prom_v}</td><td class="t1">说明</td><td class="t2">{prom_note}</td></tr>')
    mat_rows = "".join(
        f"<tr><td>{n}</td><td>{esc(m)}</td><td>{'免提交（电子证照库调取）' if exempt else SUBMIT[form]}</td><td>申请人自备</td></tr>"
        for n, (m, form, exempt) in enumerate(mats, 1))
    loc_rows = "".join(f"<tr><td>{esc(ln)}</td><td>{esc(addr)}</td><td>周一至周五 上午8:30-12:00 下午13:30-17:00</td></tr>"
                       for ln, _lv, addr in locs) or '<tr><td colspan="3">网上办理，无需到现场</td></tr>'
    link = (f'<a href="{entry_url(code)}" class="sb" target="_blank">在线申办</a>' if online
            else '<span class="sb gray">本事项暂未开通网上申办</span>')
    body = f"""<div class="gtitle">{esc(name)}</div>
<div class="oper">{link}　<a href="javascript:window.print()">打印</a>　<a href="/bsfw/sxml_1.html">返回列表</a></div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="gt">{info}</table>
<div class="subt">申请材料</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="gt"><tr><th>序号</th><th>材料名称</th><th>提交方式</th><th>来源渠道</th></tr>{mat_rows}</table>
<div class="subt">办理地点</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="gt"><tr><th>办理地点</th><th>地址</th><th>办理时间</th></tr>{loc_rows}</table>
<div class="subt">办理流程</div><p>1.申请；2.受理；3.审查；4.决定；5.办结（送达）。</p>
"""
    crumbs = '<a href="/">首页</a> &gt; <a href="/bsfw/sxml_1.html">办事指南</a> &gt; 指南详情'
    truth = truth_item(
        "/" + guide_path(no), item_code=code, name=name, department=dname, levels=levels, channels=channels,
        entry=entry_url(code) if online else None, depth=depth, visits=visits, statutory=statutory,
        promised=promised, case_type=case, materials=[mat(m, form, exempt) for m, form, exempt in mats],
        locations=[loc(ln, lv) for ln, lv, _addr in locs])
    return page(f"{name}—{SITE}", crumbs, body), truth


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str] = {}
    items = []
    for index, spec in enumerate(SPECS):
        html, truth = guide(spec, index)
        files[guide_path(spec[0])] = html
        items.append(truth)
    per_page = 10
    pages = (len(SPECS) + per_page - 1) // per_page
    for number in range(1, pages + 1):
        chunk = SPECS[(number - 1) * per_page: number * per_page]
        rows = "".join(
            f'<tr><td>{(number - 1) * per_page + n}</td><td><a href="/{guide_path(s[0])}">{esc(POOL[s[1]][0])}</a></td>'
            f"<td>{esc(s[2])}</td><td>{CASE_TEXT[s[11]]}</td></tr>" for n, s in enumerate(chunk, 1))
        nav = [f"共{len(SPECS)}项　第{number}/{pages}页"]
        nav.append(f'<a href="/bsfw/sxml_{number - 1}.html">上一页</a>' if number > 1 else "上一页")
        nav.append(f'<a href="/bsfw/sxml_{number + 1}.html">下一页</a>' if number < pages else "下一页")
        files[f"bsfw/sxml_{number}.html"] = page(
            f"办事指南—{SITE}", '<a href="/">首页</a> &gt; 办事指南',
            '<table width="100%" border="1" cellpadding="4" cellspacing="0" class="gt"><tr><th>序号</th><th>事项名称</th>'
            f'<th>实施机构</th><th>办件类别</th></tr>{rows}</table><div class="pg">{"　".join(nav)}</div>')
    files["index.html"] = page(SITE, "首页", """<div class="banner"><img src="/images/sl_banner.png" width="980" height="200" alt="一网通办"></div>
<table width="100%"><tr><td width="50%" valign="top"><div class="subt">办事指南</div><p><a href="/bsfw/sxml_1.html">进入事项目录</a></p></td>
<td valign="top"><div class="subt">办件公示</div><p>本周受理 4821 件，按时办结率 100%。</p></td></tr></table>""")
    for path, title, text in (("wsbs/index.html", "我要办事", "请使用松陵市统一身份认证账号登录后在线申办。"),
                              ("bjcx/index.html", "办件查询", "请输入办件编号查询办理进度。"),
                              ("tsjy/index.html", "投诉建议", "12345政务服务便民热线。"),
                              ("wsbs/sb.do", "在线申办", "您尚未登录，请先登录。")):
        files[path] = page(f"{title}—{SITE}", f'<a href="/">首页</a> &gt; {title}', f"<p>{text}</p>")
    out = {name: text.encode(CHARSET) for name, text in files.items()}
    out["css/sl.css"] = (b"body{font-size:12px;font-family:SimSun}.t1{background:#eef3f8;width:15%;text-align:right}"
                         b".gtitle{font-size:20px;font-weight:bold;text-align:center;color:#0b4d8c;padding:12px}\n")
    out["images/sl_logo.png"] = png(40, 7, (11, 77, 140))
    out["images/sl_banner.png"] = png(98, 20, (90, 150, 210))
    out["headers.json"] = json.dumps({"*.css": "text/css", "*.png": "image/png", "*": "text/html"}).encode("utf-8") + b"\n"
    portal = {"id": PID, "name": CITY,
              "style": "GBK tables with unusual labels and value formats; village and community stations",
              "home": "/", "charset": "gbk", "served_content_type": "text/html (no charset)",
              "stated_total": len(SPECS), "items": items}
    return out, portal
