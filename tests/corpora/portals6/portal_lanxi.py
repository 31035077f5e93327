"""岚溪市政务服务网 — an iframe layout whose catalogues are reached through script (UTF-8).

The home page is a header and an ``<iframe>`` holding the real start page. From there:
热门服务 are plain links; 部门办事 rows are clickable through ``onclick="location.href='…'"`` or a
``data-href`` that bmbs.js turns into a click handler; 个人办事 is drawn by grbs.js from a paged
JSON endpoint (/api/sxList?type=gr&page=N&rows=4, served as static files); 主题服务 is drawn by
ztfw.js from an inline array, two rows at a time, with 上一页 / 下一页 buttons. Guide pages are
one detail page per ``itemId`` (query string) with labelled tables, 31/33-character codes and an
在线办理 button that opens the declaration system with ``window.open``.
"""

from __future__ import annotations

import json
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals6._common import (
    POOL,
    TYPE_NAMES,
    basic_code,
    esc,
    impl_code,
    loc,
    mat,
    png,
    truth_item,
)

PID = "lanxi"
CITY = "岚溪市"
REGION = "459901"
SITE = "岚溪市政务服务网"
CITY_HALL = "岚溪市政务服务中心"
DIST_HALL = "岚溪市溪北区政务服务中心"

LEVEL_TEXT = {"city": "市级", "county": "县级", "town": "镇（乡、街道）级"}
DEPTH_TEXT = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级（网上预审）", 4: "Ⅳ级（全程网办）"}
CASE_TEXT = {"immediate": "即办件", "promised": "承诺件", "other": "上报件"}
CHAN_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助终端办理"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子", "both": "纸质、电子", None: ""}


def dept(suffix: str, district: bool = False) -> str:
    return CITY + ("溪北区" if district else "") + suffix


# (itemId, pool key, department, code level, levels, channels, depth, visits, reason, statutory, promised,
#  case, materials [(name, form, exempt)], locations [(name, level, address)], online, nav, seq)
SPECS: list[tuple[Any, ...]] = [
    ("LX0101", "jiehun", dept("民政局"), "city", ["city"], ["counter"], None, 1, "需双方当事人到场声明结婚意愿", None, 0,
     "immediate", [("居民身份证", "paper", False), ("户口簿", "paper", False),
                   ("无配偶及无禁止结婚亲属关系的签字声明", "paper", False), ("近期半身免冠合影照片", "paper", False)],
     [("岚溪市婚姻登记中心", "city", "岚溪市滨江路21号")], False, "hot", ""),
    ("LX0102", "geti", dept("市场监督管理局"), "city", ["city"], ["counter", "online", "self_service"], 4, 0, "无",
     15, 1, "promised", [("个体工商户登记申请书", "electronic", False), ("经营者居民身份证", "electronic", False),
                         ("经营场所使用证明", "both", False)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], True, "hot", ""),
    ("LX0103", "gjj", dept("住房公积金管理中心"), "city", ["city"], ["online", "counter"], 4, 0, "无", None, 0,
     "immediate", [("居民身份证", "electronic", False), ("退休证明", None, True), ("本人银行卡", "electronic", False)],
     [("岚溪市住房公积金管理中心营业大厅", "city", "岚溪市新华路116号")], True, "hot", ""),
    ("LX0104", "yidi", dept("医疗保障局"), "city", ["city"], ["online"], 4, 0, "无", None, 0, "immediate",
     [("异地就医备案登记表", "electronic", False), ("社会保障卡", None, True)], [], True, "hot", ""),
    ("LX0201", "weisheng", dept("卫生健康委员会"), "city", ["city"], ["counter", "online", "post"], 3, 1,
     "需提交纸质申请表原件", 20, 10, "promised",
     [("公共场所卫生许可申请表", "paper", False), ("营业执照", None, True), ("卫生检测报告", "both", False),
      ("从业人员健康合格证明", "paper", False)], [(CITY_HALL, "city", "岚溪市政通路9号")], True, "onclick", "01"),
    ("LX0202", "paishui", dept("住房和城乡建设局"), "city", ["city"], ["counter", "online"], 3, 1, "需现场核验原件",
     20, 7, "promised", [("排水许可申请表", "both", False), ("排水户内部排水管网专项图纸", "paper", False),
                         ("营业执照", None, True)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], True, "onclick", ""),
    ("LX0203", "shigong", dept("住房和城乡建设局"), "city", ["city"], ["online"], 4, 0, "无", 15, 5, "promised",
     [("建筑工程施工许可申请表", "electronic", False), ("建设工程规划许可证", None, True),
      ("中标通知书", "electronic", False), ("施工合同", "electronic", False)], [], True, "onclick", "01"),
    ("LX0204", "canji", dept("残疾人联合会"), "city", ["city", "county"], ["counter"], None, 2,
     "需本人到指定医院进行残疾评定", 30, 20, "promised",
     [("残疾人证申请表", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False),
      ("近期二寸免冠彩色照片", "paper", False)],
     [(CITY_HALL, "city", "岚溪市政通路9号"), (DIST_HALL, "county", "岚溪市溪北区朝阳村路77号")], False, "data", ""),
    ("LX0205", "dibao", dept("民政局", True), "county", ["county"], ["counter", "online"], 2, 1,
     "需签署家庭经济状况核对授权书", 30, 20, "other",
     [("最低生活保障申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False),
      ("家庭收入及财产状况声明", "paper", False), ("家庭经济状况核对授权书", "paper", False)],
     [(DIST_HALL, "county", "岚溪市溪北区朝阳村路77号")], True, "data", ""),
    ("LX0206", "tekun", dept("民政局"), "city", ["city"], ["counter"], None, 1, "需入户调查核实", 30, 15, "promised",
     [("特困人员救助供养申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], False, "data", ""),
    ("LX0301", "jiuye", dept("人力资源和社会保障局"), "city", ["city"], ["online", "counter"], 4, 0, "无", None, 0,
     "immediate", [("居民身份证", "electronic", False), ("就业创业证申领登记表", "electronic", False)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], True, "gr", ""),
    ("LX0302", "shiye", dept("人力资源和社会保障局"), "city", ["city"], ["online", "counter", "self_service"], 4, 0,
     "无", None, 5, "promised",
     [("居民身份证", "electronic", False), ("解除或终止劳动合同证明", "both", False), ("社会保障卡", None, True)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], True, "gr", "01"),
    ("LX0303", "linghuo", dept("人力资源和社会保障局"), "city", ["city"], ["counter", "online", "post"], 3, 1,
     "需本人签字确认", None, 3, "promised",
     [("居民身份证", "paper", False), ("灵活就业人员参保登记表", "paper", False)],
     [("岚溪市社会保险服务中心", "city", "岚溪市长乐村街8号")], True, "gr", ""),
    ("LX0304", "shengyu", dept("卫生健康委员会"), "city", ["city"], ["online"], 4, 0, "无", None, 0, "immediate",
     [("夫妻双方居民身份证", "electronic", False), ("结婚证", None, True), ("生育登记表", "electronic", False)],
     [], True, "gr", ""),
    ("LX0305", "juzhu", dept("公安局"), "city", ["city"], ["counter"], None, 2, "需现场采集人像及指纹信息", 15, 10,
     "promised", [("居民身份证", "paper", False), ("居住登记证明", "paper", False), ("近期一寸免冠照片", "paper", False)],
     [("岚溪市公安局出入境与户政服务大厅", "city", "岚溪市公园路3号")], False, "gr", ""),
    ("LX0306", "sfz", dept("公安局"), "city", ["city"], ["counter"], None, 1, "需现场拍照、采集指纹", None, 15,
     "promised", [("居民身份证", "paper", False), ("户口簿", "paper", False)],
     [("岚溪市公安局出入境与户政服务大厅", "city", "岚溪市公园路3号")], False, "gr", ""),
    ("LX0401", "shipin", dept("市场监督管理局"), "city", ["city"], ["counter", "online", "post"], 4, 0, "无", 20, 5,
     "promised", [("食品经营许可申请书", "electronic", False), ("营业执照", None, True),
                  ("食品安全管理制度文本", "electronic", False), ("经营场所平面布局图", "electronic", False)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], True, "zt", "01"),
    ("LX0402", "jiaoshi", dept("教育局"), "city", ["city"], ["online", "counter"], 3, 1, "需现场确认并提交体检合格证明",
     30, 20, "promised", [("教师资格认定申请表", "electronic", False), ("居民身份证", "electronic", False),
                          ("学历证书", None, True), ("普通话水平测试等级证书", None, True), ("体检合格证明", "paper", False)],
     [("岚溪市教育局教师资格认定服务窗口", "city", "岚溪市学院路12号")], True, "zt", ""),
    ("LX0403", "zhaijidi", dept("农业农村局", True), "county", ["county"], ["counter"], None, 1, "需现场提交村民小组会议记录原件",
     20, 15, "promised", [("农村宅基地和建房（规划许可）申请表", "paper", False), ("户口簿", "paper", False),
                          ("村民小组会议记录", "paper", False)],
     [(DIST_HALL, "county", "岚溪市溪北区朝阳村路77号")], False, "zt", ""),
    ("LX0404", "linshi", dept("民政局"), "city", ["city"], ["counter", "online"], 2, 1, "需签字确认救助申请", None, 5,
     "promised", [("临时救助申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False),
                  ("遭遇困难的相关证明材料", "both", False)],
     [(CITY_HALL, "city", "岚溪市政通路9号")], True, "zt", ""),
]


def guide_url(item_id: str) -> str:
    return f"/bszn/detail.html?itemId={item_id}"


def entry_url(item_id: str) -> str:
    return f"/wsbs/declare.html?itemId={item_id}"


def page(title: str, body: str, framed: bool = False) -> str:
    """A page; ``framed`` pages live inside the home page's iframe and carry no header of their own."""
    head = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/style.css">
</head>
<body>
"""
    if framed:
        return head + body + "\n</body>\n</html>\n"
    top = f"""<div class="head"><div class="logo"><img src="/static/img/logo.png" alt="">{SITE}</div></div>
<div class="menu"><a href="/">首页</a><a href="/portal/grbs.html" target="main">个人办事</a><a href="/portal/ztfw.html" target="main">主题服务</a><a href="/portal/bmbs.html" target="main">部门办事</a><a href="/wsbs/login.html">网上办事大厅</a><a href="/hdjl/index.html">互动交流</a></div>
"""
    foot = """<div class="foot"><p>主办单位：岚溪市人民政府办公室　承办单位：岚溪市行政审批服务局</p>
<p>技术支持：岚溪市大数据发展中心　网站标识码：4599000002　桂ICP备13004567号-2</p></div>
"""
    return head + top + f'<div class="wrap">{body}</div>\n' + foot + "</body>\n</html>\n"


def detail(spec: tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    (item_id, key, dept_name, code_level, levels, channels, depth, visits, reason, statutory, promised, case,
     mats, locs, online, nav, seq) = spec
    name, type_code = POOL[key][0], POOL[key][1]
    code = impl_code(REGION, dept_name, code_level, key, seq)
    basic = basic_code(key)
    stat_text = f"{statutory}个工作日" if statutory is not None else "无"
    prom_text = "即办" if promised == 0 else f"{promised}个工作日"
    rows = [
        ("事项名称", esc(name)), ("事项类型", TYPE_NAMES[type_code]), ("实施编码", code), ("基本编码", basic),
        ("实施主体", esc(dept_name)), ("行使层级", "、".join(LEVEL_TEXT[lv] for lv in levels)),
        ("办理形式", "、".join(CHAN_TEXT[c] for c in channels)),
        ("网上办理深度", DEPTH_TEXT[depth] if depth else "不支持网上办理"),
        ("到办事现场次数", f"{visits}次"), ("必须现场办理原因说明", esc(reason)),
        ("法定办结时限", stat_text), ("承诺办结时限", prom_text), ("办件类型", CASE_TEXT[case]),
        ("是否收费", "否"), ("是否支持预约办理", "是"),
        ("是否支持物流快递", "是" if "post" in channels or depth == 4 else "否"),
    ]
    info = "".join(f"<tr><th>{k}</th><td colspan=\"3\">{v}</td></tr>" for k, v in rows)
    mat_rows = "".join(
        f"<tr><td>{n}</td><td>{esc(m)}</td><td>{FORM_TEXT[form]}</td><td>{'原件1份' if form != 'electronic' else '电子版1份'}</td>"
        f"<td>申请人自备</td><td>必要</td><td>{'是（电子证照共享获取）' if exempt else '否'}</td></tr>"
        for n, (m, form, exempt) in enumerate(mats, 1))
    loc_rows = "".join(f"<tr><td>{esc(ln)}</td><td>{esc(addr)}</td><td>周一至周五 9:00-17:00</td><td>0771-5532{n:03d}</td></tr>"
                       for n, (ln, _lv, addr) in enumerate(locs, 1)) or '<tr><td colspan="4">本事项不设线下办理窗口</td></tr>'
    if online:
        button = (f'<a href="javascript:;" class="btn-apply" onclick="window.open(\'{entry_url(item_id)}\')">在线办理</a>')
    else:
        button = '<a class="btn-apply disabled">暂不支持网上办理</a>'
    body = f"""<div class="crumb">当前位置：<a href="/" target="_top">首页</a> &gt; 办事指南 &gt; {esc(name)}</div>
<div class="guide-head"><h2 class="sxmc">{esc(name)}</h2><div class="ops">{button} <a href="javascript:;" class="btn-consult">我要咨询</a> <a href="javascript:;" class="btn-fav">收藏</a></div></div>
<div class="tabs"><span class="on">基本信息</span><span>申请材料</span><span>办理地点</span><span>设定依据</span></div>
<table class="info">{info}</table>
<h3 class="sub">申请材料</h3>
<table class="info mats"><tr><th>序号</th><th>材料名称</th><th>材料形式</th><th>份数</th><th>来源渠道</th><th>必要性</th><th>是否免提交</th></tr>{mat_rows}</table>
<h3 class="sub">办理地点</h3>
<table class="info"><tr><th>办理地点</th><th>详细地址</th><th>办理时间</th><th>咨询电话</th></tr>{loc_rows}</table>
<h3 class="sub">设定依据</h3><p>依据国家、省有关法律法规和规范性文件设定，详见事项基本目录。</p>
"""
    truth = truth_item(
        guide_url(item_id), item_code=code, basic=basic, name=name, department=dept_name, levels=levels,
        channels=channels, entry=entry_url(item_id) if online else None, depth=depth, visits=visits,
        statutory=statutory, promised=promised, case_type=case,
        materials=[mat(m, form, exempt) for m, form, exempt in mats],
        locations=[loc(ln, lv) for ln, lv, _addr in locs], script_only=nav != "hot")
    return page(f"{name}-办事指南-{SITE}", body), truth


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str] = {}
    items = []
    by_nav: dict[str, list[tuple[Any, ...]]] = {}
    for spec in SPECS:
        html, truth = detail(spec)
        files[f"bszn/detail.html@itemId={spec[0]}"] = html
        items.append(truth)
        by_nav.setdefault(spec[15], []).append(spec)

    def name_of(spec: tuple[Any, ...]) -> str:
        return POOL[spec[1]][0]

    files["index.html"] = page(SITE, """<div class="notice">通知公告：岚溪市政务服务中心11月25日（周六）正常上班。</div>
<iframe id="main" name="main" src="/portal/main.html" width="100%" height="1200" frameborder="0" scrolling="no"></iframe>""")
    hot = "".join(f'<li><a href="{guide_url(s[0])}" target="_top">{esc(name_of(s))}</a></li>' for s in by_nav["hot"])
    files["portal/main.html"] = page("首页内容", f"""<div class="search"><form action="/portal/search.html" method="get"><input name="kw" placeholder="搜索事项"><button>搜索</button></form></div>
<div class="block"><h3>热门服务</h3><ul class="hot">{hot}</ul></div>
<div class="block"><h3>服务导航</h3><ul class="entries">
<li><a href="/portal/grbs.html">个人办事</a></li><li><a href="/portal/ztfw.html">主题服务</a></li><li><a href="/portal/bmbs.html">部门办事</a></li></ul></div>
<div class="block"><h3>办件公示</h3><p>今日受理 1326 件，办结 1288 件。</p></div>""", framed=True)
    files["portal/search.html"] = page("搜索结果", "<p>未找到相关事项，请更换关键词。</p>", framed=True)
    bm_rows = []
    for s in by_nav["onclick"]:
        bm_rows.append(f'<tr class="row" onclick="location.href=\'{guide_url(s[0])}\'"><td>{esc(name_of(s))}</td>'
                       f'<td>{esc(s[2])}</td><td>查看指南</td></tr>')
    for s in by_nav["data"]:
        bm_rows.append(f'<tr data-href="{guide_url(s[0])}"><td>{esc(name_of(s))}</td><td>{esc(s[2])}</td><td>查看指南</td></tr>')
    files["portal/bmbs.html"] = page("部门办事", f"""<div class="crumb">当前位置：部门办事</div>
<table class="info"><tr><th>事项名称</th><th>实施部门</th><th>操作</th></tr>{''.join(bm_rows)}</table>
<script src="/static/js/bmbs.js"></script>""", framed=True)
    files["portal/grbs.html"] = page("个人办事", """<div class="crumb">当前位置：个人办事</div>
<ul id="sxList" class="sx-list"><li>正在加载……</li></ul><div id="pager" class="pager"></div>
<script src="/static/js/grbs.js"></script>""", framed=True)
    gr = by_nav["gr"]
    for number in (1, 2):
        chunk = gr[(number - 1) * 4: number * 4]
        data = {"code": 200, "msg": "success", "total": len(gr), "page": number,
                "rows": [{"sxid": s[0], "sxmc": name_of(s), "deptName": s[2], "linkUrl": guide_url(s[0])} for s in chunk]}
        files[f"api/sxList@page={number}&rows=4&type=gr"] = json.dumps(data, ensure_ascii=False)
    zt = [{"name": name_of(s), "dept": s[2], "url": guide_url(s[0])} for s in by_nav["zt"]]
    files["portal/ztfw.html"] = page("主题服务", f"""<div class="crumb">当前位置：主题服务</div>
<table class="info"><thead><tr><th>序号</th><th>事项名称</th><th>实施部门</th></tr></thead><tbody id="ztList"></tbody></table>
<div class="pager"><button type="button" id="ztPrev">上一页</button> <span id="ztPage"></span> <button type="button" id="ztNext">下一页</button></div>
<script>window.ZTFW_ITEMS = {json.dumps(zt, ensure_ascii=False)};</script>
<script src="/static/js/ztfw.js"></script>""", framed=True)
    files["wsbs/login.html"] = page("网上办事大厅-统一身份认证", """<form action="/wsbs/login.html" method="get"><p>账号：<input name="u"></p><p>密码：<input type="password" name="p"></p><button>登录</button></form>""")
    files["wsbs/declare.html"] = page("在线申报-岚溪市网上办事大厅", """<p>请先登录后进行在线申报。</p><p><a href="/wsbs/login.html">前往登录</a></p>""")
    files["hdjl/index.html"] = page("互动交流", "<p>咨询投诉：12345政务服务便民热线。</p>")
    out = {name: text.encode("utf-8") for name, text in files.items()}
    for asset in ("grbs.js", "ztfw.js", "bmbs.js"):
        out[f"static/js/{asset}"] = asset_text(__file__, f"lanxi/{asset}").encode("utf-8")
    out["static/css/style.css"] = asset_text(__file__, "lanxi/style.css").encode("utf-8")
    out["static/img/logo.png"] = png(40, 40, (22, 96, 184))
    out["headers.json"] = json.dumps({"/api/*": "application/json;charset=UTF-8", "*.js": "application/javascript",
                                      "*.css": "text/css", "*.png": "image/png",
                                      "*": "text/html;charset=UTF-8"}).encode("utf-8") + b"\n"
    portal = {"id": PID, "name": CITY,
              "style": "iframe home; catalogue rows by onclick / data-href; JSON-fed list; JS-array pager; table guides",
              "home": "/", "charset": "utf-8", "served_content_type": "text/html;charset=UTF-8", "items": items}
    return out, portal
