"""禾阳市政务服务网 — guide pages with no name label and no <h1> (UTF-8, static).

The name of a guide is only in ``<div class="tit">``, in the ``<title>`` ("食品经营许可 - 禾阳市政务
服务网") and in the catalogue link's ``title`` (its text is cut short with "…" when long). Every page
carries a 网上办事大厅 top-menu link and a 热门事项 sidebar linking other guides. The online entry is
an image-only link (``<a href><img src="btn_apply.png"></a>``, no alt); the 咨询 image beside it is a
script link. Two guides are both named 最低生活保障对象认定 (the city bureau and a 街道), with
different codes. Channels are labelled 服务方式.
"""

from __future__ import annotations

import json
from typing import Any

from tests.corpora.portals6._common import (
    POOL,
    TYPE_NAMES,
    esc,
    impl_code,
    loc,
    mat,
    png,
    truth_item,
)

PID = "heyang"
CITY = "禾阳市"
REGION = "459902"
SITE = "禾阳市政务服务网"
HALL = "禾阳市民服务中心"
HALL_ADDR = "禾阳市世纪大道1号"
JD = "禾阳市河西街道办事处"
JD_HALL = "河西街道便民服务中心"

LEVEL_TEXT = {"city": "市级", "county": "县级", "town": "乡镇（街道）级"}
DEPTH_TEXT = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级"}
CASE_TEXT = {"immediate": "即办件", "promised": "承诺件"}
CHAN_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "邮寄申请", "self_service": "自助办理"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子化", "both": "纸质/电子化", None: "—"}

DEPTS = [("mz", "民政局"), ("hxjd", None), ("cl", "残疾人联合会"), ("rs", "人力资源和社会保障局"),
         ("sc", "市场监督管理局"), ("wj", "卫生健康委员会"), ("jy", "教育局"), ("gjj", "住房公积金管理中心"),
         ("yb", "医疗保障局"), ("zj", "住房和城乡建设局"), ("ga", "公安局")]


def dept_name(key: str) -> str:
    suffix = dict(DEPTS)[key]
    return JD if suffix is None else CITY + suffix


# (guide id, pool key, dept key, code level, levels, channels, depth, visits, statutory, promised, case,
#  materials [(name, form, exempt)], locations [(name, level, addr)], online, seq)
SPECS: list[tuple[Any, ...]] = [
    ("1a3f02", "dibao", "mz", "city", ["city"], ["counter"], None, 1, 30, 20, "promised",
     [("最低生活保障申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False),
      ("家庭收入及财产状况声明", "paper", False)], [(HALL, "city", HALL_ADDR)], False, ""),
    ("1a3f17", "dibao", "hxjd", "town", ["town"], ["counter", "online"], 2, 1, 30, 15, "promised",
     [("最低生活保障申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", None, True),
      ("家庭经济状况核对授权书", "paper", False)], [(JD_HALL, "town", "禾阳市河西路45号")], True, ""),
    ("1a4020", "linshi", "mz", "city", ["city"], ["counter", "online"], 3, 1, None, 5, "promised",
     [("临时救助申请书", "both", False), ("居民身份证", "paper", False), ("遭遇困难的相关证明材料", "both", False)],
     [(HALL, "city", HALL_ADDR)], True, ""),
    ("1a4105", "tekun", "mz", "city", ["city"], ["counter"], None, 1, 30, 20, "promised",
     [("特困人员救助供养申请书", "paper", False), ("居民身份证", "paper", False), ("户口簿", "paper", False)],
     [(HALL, "city", HALL_ADDR)], False, ""),
    ("1a4233", "youdai", "mz", "city", ["city"], ["counter", "online"], 4, 0, None, 3, "promised",
     [("居民身份证", "electronic", False), ("近期一寸免冠彩色照片", "electronic", False)],
     [(HALL, "city", HALL_ADDR), (JD_HALL, "town", "禾阳市河西路45号")], True, ""),
    ("1a4360", "gaoling", "mz", "city", ["city"], ["counter", "online"], 4, 0, None, 10, "promised",
     [("高龄津贴申请表", "electronic", False), ("居民身份证", None, True), ("本人银行账户信息", "electronic", False)],
     [(JD_HALL, "town", "禾阳市河西路45号")], True, "01"),
    ("1b0111", "canji", "cl", "city", ["city"], ["counter"], None, 2, 30, 20, "promised",
     [("残疾人证申请表", "paper", False), ("居民身份证", "paper", False), ("近期二寸免冠彩色照片", "paper", False)],
     [(HALL, "city", HALL_ADDR)], False, ""),
    ("1c0208", "jiuye", "rs", "city", ["city"], ["online", "counter"], 4, 0, None, 0, "immediate",
     [("居民身份证", "electronic", False), ("就业创业证申领登记表", "electronic", False)],
     [(HALL, "city", HALL_ADDR)], True, ""),
    ("1c0219", "shiye", "rs", "city", ["city"], ["online", "counter", "self_service"], 4, 0, None, 5, "promised",
     [("居民身份证", "electronic", False), ("社会保障卡", None, True), ("解除或终止劳动合同证明", "both", False)],
     [(HALL, "city", HALL_ADDR)], True, ""),
    ("1c0231", "yanglao", "rs", "city", ["city"], ["counter"], None, 1, None, 0, "immediate",
     [("居民身份证", "paper", False), ("户口簿", "paper", False), ("城乡居民基本养老保险参保登记表", "paper", False)],
     [(JD_HALL, "town", "禾阳市河西路45号")], False, ""),
    ("1d0302", "geti", "sc", "city", ["city"], ["online", "counter", "self_service"], 4, 0, 15, 1, "promised",
     [("个体工商户登记申请书", "electronic", False), ("经营者居民身份证", "electronic", False),
      ("经营场所使用证明", "both", False)], [(HALL, "city", HALL_ADDR)], True, "01"),
    ("1d0341", "shipin", "sc", "city", ["city"], ["online", "counter", "post"], 3, 1, 20, 8, "promised",
     [("食品经营许可申请书", "both", False), ("营业执照", None, True), ("食品安全管理制度文本", "both", False),
      ("经营场所平面布局图", "both", False)], [(HALL, "city", HALL_ADDR)], True, ""),
    ("1e0405", "weisheng", "wj", "city", ["city"], ["counter", "online"], 3, 1, 20, 10, "promised",
     [("公共场所卫生许可申请表", "paper", False), ("卫生检测报告", "paper", False),
      ("从业人员健康合格证明", "paper", False)], [(HALL, "city", HALL_ADDR)], True, ""),
    ("1f0512", "jiaoshi", "jy", "city", ["city"], ["online", "counter"], 3, 1, 30, 25, "promised",
     [("教师资格认定申请表", "electronic", False), ("居民身份证", "electronic", False), ("学历证书", None, True),
      ("体检合格证明", "paper", False)], [("禾阳市教育局教师资格认定中心", "city", "禾阳市育才路6号")], True, ""),
    ("1g0601", "gjj", "gjj", "city", ["city"], ["online", "counter"], 4, 0, None, 0, "immediate",
     [("居民身份证", "electronic", False), ("退休证明", None, True)],
     [("禾阳市住房公积金管理中心服务大厅", "city", "禾阳市东风路88号")], True, ""),
    ("1h0713", "yidi", "yb", "city", ["city"], ["online"], 4, 0, None, 0, "immediate",
     [("异地就医备案登记表", "electronic", False)], [], True, ""),
    ("1i0804", "paishui", "zj", "city", ["city"], ["counter", "online"], 3, 1, 20, 10, "promised",
     [("排水许可申请表", "both", False), ("排水户内部排水管网专项图纸", "paper", False), ("营业执照", None, True)],
     [(HALL, "city", HALL_ADDR)], True, ""),
    ("1j0920", "juzhu", "ga", "city", ["city"], ["counter"], None, 2, 15, 10, "promised",
     [("居民身份证", "paper", False), ("居住登记证明", "paper", False), ("近期一寸免冠照片", "paper", False)],
     [("禾阳市公安局户政服务大厅", "city", "禾阳市公园村路2号")], False, ""),
]

HOT = ("1d0341", "1c0208", "1a3f02", "1g0601", "1d0302", "1j0920")


def guide_path(gid: str) -> str:
    return f"fw/guide/{gid}.html"


def entry_url(code: str) -> str:
    return f"/zwdt/apply?taskCode={code}"


def short(name: str, limit: int = 10) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def page(title: str, crumbs: str, body: str, side: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/hy.css">
</head>
<body>
<div class="top"><div class="w"><span>您好，欢迎来到{SITE}！</span><span class="r"><a href="/user/login.html">登录</a> | <a href="/user/login.html">注册</a></span></div></div>
<div class="hd"><div class="w"><a href="/" class="logo"><img src="/static/img/logo.png" alt="{SITE}"></a></div></div>
<div class="nav"><div class="w"><a href="/">首页</a><a href="/fw/grfw.html">个人服务</a><a href="/fw/frfw.html">法人服务</a><a href="/fw/bmfw.html">部门服务</a><a href="/zwdt/index.html">网上办事大厅</a><a href="/hcp/index.html">好差评</a></div></div>
<div class="w crumbs">您的位置：{crumbs}</div>
<div class="w main"><div class="left">{body}</div><div class="right">{side}</div></div>
<div class="ft"><div class="w"><p>主办单位：禾阳市人民政府　承办单位：禾阳市政务服务管理办公室</p>
<p>禾阳市世纪大道1号　服务热线：12345　闽ICP备09012345号-3　网站标识码：3599000021</p></div></div>
</body>
</html>
"""


def side_html(names: dict[str, str]) -> str:
    rows = "".join(f'<li><a href="/{guide_path(gid)}" title="{esc(names[gid])}">{esc(short(names[gid], 9))}</a></li>'
                   for gid in HOT)
    return (f'<div class="box"><div class="bt">热门事项</div><ul>{rows}</ul></div>'
            '<div class="box"><div class="bt">办事服务</div><ul><li><a href="/zwdt/index.html">网上办事大厅</a></li>'
            '<li><a href="/hcp/index.html">好差评</a></li></ul></div>')


def guide(spec: tuple[Any, ...], side: str) -> tuple[str, dict[str, Any]]:
    (gid, key, dkey, code_level, levels, channels, depth, visits, statutory, promised, case, mats, locs,
     online, seq) = spec
    name, type_code = POOL[key][0], POOL[key][1]
    dname = dept_name(dkey)
    code = impl_code(REGION, dname, code_level, key, seq)
    rows = [
        ("实施编码", code), ("事项类型", TYPE_NAMES[type_code]), ("实施主体", esc(dname)),
        ("行使层级", "、".join(LEVEL_TEXT[lv] for lv in levels)),
        ("服务方式", "、".join(CHAN_TEXT[c] for c in channels)),
        ("办理深度", DEPTH_TEXT[depth] if depth else "—"), ("到现场次数", f"{visits}次"),
        ("法定时限", f"{statutory}个工作日" if statutory is not None else "—"),
        ("承诺时限", "即办" if promised == 0 else f"{promised}个工作日"), ("办件类型", CASE_TEXT[case]),
        ("收费标准", "不收费"), ("咨询电话", "0599-12345"),
    ]
    info = "".join(f'<li><span class="l">{k}：</span><span class="r">{v}</span></li>' for k, v in rows)
    mat_rows = "".join(
        f"<tr><td>{n}</td><td>{esc(m)}</td><td>{FORM_TEXT[form]}</td><td>{'0' if exempt or form == 'electronic' else '1'}</td>"
        f"<td>{'免提交（数据共享）' if exempt else '必要'}</td></tr>"
        for n, (m, form, exempt) in enumerate(mats, 1))
    loc_rows = "".join(f"<li><b>{esc(ln)}</b>　地址：{esc(addr)}　时间：工作日 8:30-12:00，14:30-17:30</li>"
                       for ln, _lv, addr in locs) or "<li>本事项全程网上办理，无线下窗口。</li>"
    btn = (f'<a href="{entry_url(code)}" target="_blank"><img src="/static/img/btn_apply.png"></a>' if online else "")
    body = f"""<div class="guide">
<div class="tit">{esc(name)}</div>
<div class="btns">{btn}<a href="javascript:;" onclick="openZx()"><img src="/static/img/btn_zx.png"></a><a href="javascript:window.print();"><img src="/static/img/btn_print.png"></a></div>
<div class="tab-hd"><span class="cur">基本信息</span><span>申请材料</span><span>办理地点</span><span>办理流程</span></div>
<ul class="jbxx">{info}</ul>
<div class="sec-t">申请材料</div>
<table class="cl"><tr><th>序号</th><th>材料名称</th><th>材料形式</th><th>纸质份数</th><th>备注</th></tr>{mat_rows}</table>
<div class="sec-t">办理地点</div><ul class="dd">{loc_rows}</ul>
<div class="sec-t">办理流程</div><p>申请—受理—审查—决定—送达。</p>
</div>"""
    crumbs = (f'<a href="/">首页</a> &gt; <a href="/fw/bmfw.html">部门服务</a> &gt; '
              f'<a href="/fw/bm/{dkey}.html">{esc(dname)}</a> &gt; 办事指南')
    truth = truth_item(
        "/" + guide_path(gid), item_code=code, name=name, department=dname, levels=levels, channels=channels,
        entry=entry_url(code) if online else None, depth=depth, visits=visits, statutory=statutory,
        promised=promised, case_type=case, materials=[mat(m, form, exempt) for m, form, exempt in mats],
        locations=[loc(ln, lv) for ln, lv, _addr in locs])
    return page(f"{name} - {SITE}", crumbs, body, side), truth


def listing(specs: list[tuple[Any, ...]]) -> str:
    rows = []
    for spec in specs:
        name = POOL[spec[1]][0]
        rows.append(f'<li><a href="/{guide_path(spec[0])}" title="{esc(name)}" target="_blank">{esc(short(name))}</a>'
                    f'<span class="dep">{esc(dept_name(spec[2]))}</span></li>')
    return f'<ul class="sxlist">{"".join(rows)}</ul>'


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    names = {spec[0]: POOL[spec[1]][0] for spec in SPECS}
    side = side_html(names)
    files: dict[str, str] = {}
    items = []
    for spec in SPECS:
        html, truth = guide(spec, side)
        files[guide_path(spec[0])] = html
        items.append(truth)
    home = '<a href="/">首页</a>'
    for dkey, _suffix in DEPTS:
        specs = [s for s in SPECS if s[2] == dkey]
        files[f"fw/bm/{dkey}.html"] = page(
            f"{dept_name(dkey)} - {SITE}", f'{home} &gt; <a href="/fw/bmfw.html">部门服务</a> &gt; {esc(dept_name(dkey))}',
            f'<div class="list-t">{esc(dept_name(dkey))}　共{len(specs)}项</div>{listing(specs)}', side)
    dept_links = "".join(f'<li><a href="/fw/bm/{k}.html">{esc(dept_name(k))}</a></li>' for k, _s in DEPTS)
    files["fw/bmfw.html"] = page(f"部门服务 - {SITE}", f"{home} &gt; 部门服务",
                                 f'<ul class="bm">{dept_links}</ul>', side)
    personal = [s for s in SPECS if s[1] not in ("geti", "shipin", "weisheng", "paishui")]
    legal = [s for s in SPECS if s[1] in ("geti", "shipin", "weisheng", "paishui")]
    files["fw/grfw.html"] = page(f"个人服务 - {SITE}", f"{home} &gt; 个人服务", listing(personal[:6]) +
                                 '<p class="more"><a href="/fw/bmfw.html">按部门查看全部事项</a></p>', side)
    files["fw/frfw.html"] = page(f"法人服务 - {SITE}", f"{home} &gt; 法人服务", listing(legal), side)
    files["index.html"] = page(SITE, "首页", """<div class="banner"><img src="/static/img/banner.png" alt=""></div>
<div class="quick"><a href="/fw/grfw.html">个人服务</a><a href="/fw/frfw.html">法人服务</a><a href="/fw/bmfw.html">部门服务</a></div>
<div class="notice"><div class="bt">通知公告</div><ul><li>禾阳市民服务中心延时服务公告</li><li>关于启用新版电子营业执照的通知</li></ul></div>""", side)
    files["zwdt/index.html"] = page(f"网上办事大厅 - {SITE}", f"{home} &gt; 网上办事大厅",
                                    '<p>请登录后选择事项进行在线申报。</p><p><a href="/user/login.html">立即登录</a></p>', side)
    files["zwdt/apply"] = page(f"在线申报 - {SITE}", f"{home} &gt; 在线申报",
                               '<p>您尚未登录，请先<a href="/user/login.html">登录</a>。</p>', side)
    files["user/login.html"] = page(f"用户登录 - {SITE}", f"{home} &gt; 用户登录",
                                    '<form action="/user/login.html" method="get"><input name="u"><input name="p" type="password"><button>登录</button></form>', side)
    files["hcp/index.html"] = page(f"好差评 - {SITE}", f"{home} &gt; 好差评", "<p>本月好评率 99.8%。</p>", side)
    out = {name: text.encode("utf-8") for name, text in files.items()}
    out["static/css/hy.css"] = (
        ".w{width:1180px;margin:0 auto}.nav{background:#0a7a4a}.nav a{color:#fff;padding:0 26px;line-height:46px}"
        ".left{float:left;width:880px}.right{float:right;width:280px}.tit{font-size:24px;font-weight:bold;padding:18px 0}"
        ".jbxx li{float:left;width:50%}.ft{clear:both;background:#333;color:#bbb}\n").encode("ascii")
    out["static/img/logo.png"] = png(60, 12, (10, 122, 74))
    out["static/img/banner.png"] = png(88, 24, (120, 190, 140))
    out["static/img/btn_apply.png"] = png(24, 8, (240, 130, 0))
    out["static/img/btn_zx.png"] = png(24, 8, (20, 110, 200))
    out["static/img/btn_print.png"] = png(24, 8, (150, 150, 150))
    out["headers.json"] = json.dumps({"*.css": "text/css", "*.png": "image/png", "*": "text/html; charset=utf-8"}
                                     ).encode("utf-8") + b"\n"
    portal = {"id": PID, "name": CITY,
              "style": "unlabelled names (div.tit + <title>), image-only apply buttons, 服务方式 label, sidebar hot links",
              "home": "/", "charset": "utf-8", "served_content_type": "text/html; charset=utf-8", "items": items}
    return out, portal
