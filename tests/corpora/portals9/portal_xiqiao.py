"""溪桥市政务服务网 (xiqiao): a provincial-platform city site that shows each guide as a disabled form.

The guide page is the item's implementation list rendered by the platform's editing form in
read-only mode: ``<label for>`` beside ``<input readonly value>``, ``<textarea readonly>`` and
``<select disabled>`` whose ``<option selected>`` is the value (the other options are printed
too). Channels, levels and each paper's form are check boxes (``checked disabled``); codes,
being system generated, are static text; the papers and halls are grids. The catalogue is a GET
search form's results pages (``/search?keyword=&page=N``), linked from home, and a sitemap.xml.
"""

from __future__ import annotations

import json
import random
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals9._common import (
    TEMPLATES,
    City,
    Guide,
    Hall,
    dress,
    esc,
    make_guide,
    png,
)

PORTAL_ID = "xiqiao"
CITY = City("溪桥市", "580300", "city")
COUNTY_REGION = "580321"
PER_PAGE = 10
HALLS = {
    "smzj": Hall("溪桥市民之家", "city", "溪桥市金桥大道1号"),
    "yb": Hall("溪桥市医疗保障服务大厅", "city", "溪桥市花溪路88号"),
    "bdc": Hall("溪桥市不动产登记交易中心", "city", "溪桥市金桥大道3号"),
    "hz": Hall("溪桥市公安局户政服务大厅", "city", "溪桥市府前街16号"),
    "nanping": Hall("溪桥市南屏县政务服务中心", "county", "南屏县迎宾路108号"),
    "chengbei": Hall("南屏县城北街道便民服务中心", "town", "南屏县城北街道文昌路5号"),
}
CHANNEL_BOXES = (("1", "counter", "窗口办理"), ("2", "online", "网上办理"), ("3", "post", "快递办理"),
                 ("4", "self_service", "自助终端"))
LEVEL_BOXES = (("2", "province", "省级"), ("3", "city", "市级"), ("4", "county", "县级"),
               ("5", "town", "乡镇（街道）级"))
DEPTH_OPTIONS = ("Ⅰ级（信息发布）", "Ⅱ级（在线咨询、表格下载）", "Ⅲ级（网上预审）", "Ⅳ级（全程网办）")
KINDS = ("行政许可", "行政给付", "行政确认", "其他行政权力", "公共服务")
CASES = ("即办件", "承诺件", "上报件")
ODD = "odd_labels"  # a guide imported from the old county system, with its own labels

PLAN: tuple[tuple[int, str, str, str | None, tuple[str, ...], dict[str, Any]], ...] = (
    (2301, "geti", "both", "impl", ("smzj", "nanping"), {}),
    (2302, "gongsi", "full", "both", ("smzj",), {}),
    (2303, "shipin", "both2", "impl", ("smzj",), {"flags": frozenset({"express_result"})}),
    (2304, "yule", "counter", "impl", ("smzj",), {}),
    (2305, "yanchu", "post", "impl", ("smzj",), {}),
    (2306, "nongyao", "both", None, ("smzj",), {}),
    (2307, "dongwu", "counter1", "impl", ("smzj",), {"flags": frozenset({ODD})}),
    (2308, "paiwu", "full", "impl", ("smzj",), {"levels": ("province", "city")}),
    (2309, "huoyun", "all", "impl", ("smzj",), {}),
    (2310, "chuzu", "kiosk", "impl", ("smzj",), {}),
    (2311, "yidi", "app", "impl", (), {}),
    (2312, "manbing", "both", "impl", ("yb",), {"flags": frozenset({"express_result"})}),
    (2313, "canji", "counter", None, ("smzj", "nanping"), {"visits": None}),
    (2314, "shenfen", "kiosk", "impl", ("hz",), {"flags": frozenset({"appointment"})}),
    (2315, "juzhu", "both2", "impl", ("hz", "chengbei"), {}),
    (2316, "gongzu", "post0", "impl", ("smzj",), {}),
    (2317, "paishui", "online", "impl", (), {}),
    (2318, "yushou", "both", "both", ("bdc",), {}),
    (2319, "jiaoshi", "full", "impl", ("smzj",), {"depth": None}),
    (2320, "tiqu", "kiosk_online", "impl", ("smzj",), {}),
    (2321, "shetuan", "counter1", "impl", ("smzj",), {"case": None, "flags": frozenset({"appointment"})}),
    (2322, "dibao", "both", "impl", ("nanping", "chengbei"), {}),
    (2323, "gaoling", "post", "impl", ("nanping", "chengbei"),
     {"department": "南屏县民政局", "level": "county", "region": COUNTY_REGION}),
)


def guides() -> list[Guide]:
    made = []
    for gid, key, profile, code, hall_keys, planned in PLAN:
        rng = random.Random(f"{PORTAL_ID}-{gid}")
        made.append(make_guide(
            CITY, str(gid), key, profile, rng, halls=tuple(HALLS[name] for name in hall_keys),
            entry=f"/portal/declare.do?taskId=XQ{gid}", code=code,
            papers=dress(TEMPLATES[key].papers, rng, stated="sometimes", exempt_rate=0.35), **dict(planned)))
    return made


def guide_url(guide: Guide) -> str:
    return f"/portal/guide.do?taskId=XQ{guide.gid}"


# --- frame ------------------------------------------------------------------------------------------


def page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - 溪桥市政务服务网</title>
<link rel="stylesheet" href="/res/css/xq.css">
</head>
<body>
<div class="hd"><span class="name">溪桥市政务服务网</span> 澜沧省一体化政务服务平台</div>
<div class="menu"><a href="/">首页</a><a href="/search?keyword=&amp;page=1">个人服务</a><a href="/search?keyword=&amp;page=1">法人服务</a><a href="/">网上办理</a><a href="/">快递办理</a><a href="/">自助终端分布</a><a href="/">好差评</a></div>
{body}
<div class="ft">主办单位：溪桥市人民政府 承办单位：溪桥市行政审批服务局 | <a href="/sitemap.xml">网站地图</a> | 政务服务热线：12345<br>
支持窗口办理、网上办理、快递办理、自助终端办理等多种方式，让数据多跑路、群众少跑腿</div>
</body>
</html>
"""


SEARCH_FORM = ('<form class="search" action="/search" method="get"><input type="text" name="keyword" '
               'placeholder="请输入事项名称或关键字"><input type="hidden" name="page" value="1">'
               '<button type="submit">搜索</button></form>')


def home() -> str:
    body = (f'<div class="box">{SEARCH_FORM}<p>热门搜索：<a href="/search?keyword=&amp;page=1">全部事项</a></p>'
            '<div class="notice">温馨提示：我市已实现“一网通办”，查看全部可办事项请点击“全部事项”或在上方输入关键字查询。</div></div>')
    return page("首页", body)


def results(made: list[Guide], number: int, pages: int) -> str:
    """One page of the empty search's results, with the pager a browser follows."""
    shown = made[(number - 1) * PER_PAGE: number * PER_PAGE]
    rows = "".join(f'<div class="res"><a href="{guide_url(guide)}" target="_blank">{esc(guide.name)}</a>'
                   f"<p>实施主体：{esc(guide.department)}　事项类型：{guide.kind}</p></div>\n" for guide in shown)
    pager = []
    if number > 1:
        pager.append(f'<a href="/search?keyword=&amp;page={number - 1}">上一页</a>')
    for other in range(1, pages + 1):
        pager.append(f'<span class="cur">{other}</span>' if other == number
                     else f'<a href="/search?keyword=&amp;page={other}">{other}</a>')
    if number < pages:
        pager.append(f'<a href="/search?keyword=&amp;page={number + 1}">下一页</a>')
    body = (f'<div class="box">{SEARCH_FORM}<p>共找到 {len(made)} 条结果</p>\n{rows}'
            f'<div class="pager">{"".join(pager)}</div></div>')
    return page("搜索结果", body)


# --- the form ---------------------------------------------------------------------------------------


def row(label: str, control: str, for_id: str | None = None) -> str:
    target = f' for="{for_id}"' if for_id else ""
    return f'<div class="row"><label{target}>{label}</label>{control}</div>\n'


def select(name: str, options: tuple[str, ...] | list[str], chosen: str | None, blank: bool = True) -> str:
    """A disabled select: every option printed, the chosen one ``selected`` (none: the blank option shows)."""
    opts = ['<option value="">--请选择--</option>'] if blank else []
    for value, text in enumerate(options, 1):
        mark = " selected" if text == chosen else ""
        opts.append(f'<option value="{value}"{mark}>{esc(text)}</option>')
    return f'<select id="{name}" name="{name}" disabled>{"".join(opts)}</select>'


def boxes(name: str, choices: tuple[tuple[str, str, str], ...], on: tuple[str, ...]) -> str:
    parts = []
    for value, key, text in choices:
        mark = " checked" if key in on else ""
        parts.append(f'<label><input type="checkbox" name="{name}" value="{value}"{mark} disabled> {text}</label>')
    return f'<span class="checks">{"".join(parts)}</span>'


def readonly(name: str, value: str, css: str = "ipt-long") -> str:
    return f'<input type="text" id="{name}" name="{name}" class="{css}" readonly value="{esc(value)}">'


def textarea(name: str, text: str) -> str:
    return f'<textarea id="{name}" name="{name}" readonly>{esc(text)}</textarea>'


def time_limit(name: str, value: int | None, statutory: bool) -> str:
    """Number, unit select and the explanation textarea, as the implementation list stores a time limit."""
    if value is None:
        explain = "法律法规未规定办结时限" if statutory else "无"
        number = ""
    elif value == 0:
        explain, number = "即办（材料齐全、符合法定形式的，当场办结）", "0"
    else:
        explain = f"自受理申请之日起{value}个工作日内作出决定" if statutory else f"{value}个工作日"
        number = str(value)
    unit = select(f"{name}dw", ("工作日", "自然日"), "工作日" if number else None, blank=False)
    return readonly(name, number, "ipt-short") + unit + textarea(f"{name}sm", explain)


def basic_fieldset(guide: Guide, departments: list[str]) -> str:
    odd = ODD in guide.flags
    parts = [row("事项名称", readonly("sxmc", guide.name), "sxmc"),
             row("事项类型", select("sxlx", KINDS, guide.kind), "sxlx")]
    if guide.code:
        parts.append(row("事项编码", f'<span class="static" id="sxbm">{guide.code}</span>'))
    if guide.basic:
        parts.append(row("基本编码", f'<span class="static" id="jbbm">{guide.basic}</span>'))
    parts.append(row("受理单位" if odd else "实施主体", select("ssbm", departments, guide.department), "ssbm"))
    parts.append(row("行使层级", boxes("xsfj", LEVEL_BOXES, guide.levels)))
    parts.append(row("办理渠道" if odd else "办理形式", boxes("blxs", CHANNEL_BOXES, guide.channels)))
    parts.append(row("是否网办", select("sfwb", ("是", "否"), "是" if "online" in guide.channels else "否"), "sfwb"))
    depth = None if guide.depth is None else DEPTH_OPTIONS[guide.depth - 1]
    parts.append(row("网上办理深度", select("wbsd", DEPTH_OPTIONS, depth), "wbsd"))
    if guide.app:
        parts.append(row("网上办理说明", textarea(
            "wbsm", "本事项仅支持“溪桥e办”APP办理：打开APP首页“扫一扫”，扫描下方二维码进入办理页面。")
            + '<img src="/res/img/xqeb-qr.png" alt="溪桥e办二维码" width="90" height="90">', "wbsm"))
    visits = None if guide.visits is None else f"{guide.visits}次"
    parts.append(row("最多跑动次数" if odd else "到办事现场次数", select("dxccs", ("0次", "1次", "2次", "3次"), visits),
                     "dxccs"))
    reason = "无" if not guide.visits else "需现场核验申请人身份"
    parts.append(row("必须现场办理原因说明", textarea("bxxcyy", reason), "bxxcyy"))
    parts.append(row("法定期限" if odd else "法定办结时限", time_limit("fdsx", guide.statutory, True), "fdsx"))
    parts.append(row("承诺期限" if odd else "承诺办结时限", time_limit("cnsx", guide.promised, False), "cnsx"))
    parts.append(row("办件类型", select("bjlx", CASES + ("联办件",), guide.case), "bjlx"))
    parts.append(row("是否收费", select("sfsf", ("是", "否"), "是" if guide.fee else "否"), "sfsf"))
    express = "express_result" in guide.flags or "post" in guide.channels
    parts.append(row("是否支持物流快递", select("sfkd", ("是", "否"), "是" if express else "否"), "sfkd"))
    booking = "appointment" in guide.flags
    parts.append(row("是否支持预约办理", select("sfyy", ("是", "否"), "是" if booking else "否"), "sfyy"))
    if booking:
        parts.append(row("预约办理地址", readonly("yydz", f"/portal/booking.do?taskId=XQ{guide.gid}"), "yydz"))
    return f'<fieldset><legend>基本信息</legend>\n{"".join(parts)}</fieldset>\n'


def materials_fieldset(guide: Guide) -> str:
    rows = []
    for number, paper in enumerate(guide.papers):
        on = {"纸质": ("paper",), "电子": ("electronic",), "纸质、电子": ("paper", "electronic")}.get(paper.stated or "", ())
        forms = boxes(f"clxs_{number}", (("1", "paper", "纸质"), ("2", "electronic", "电子")), on)
        source = "政府部门核发" if paper.exempt or paper.name.endswith("证") else "申请人自备"
        rows.append(f"<tr><td>{number + 1}</td><td>{esc(paper.printed())}</td><td>{forms}</td>"
                    f"<td>{readonly(f'fs_{number}', paper.copies or '', 'ipt-mid')}</td>"
                    f"<td>{select(f'mtj_{number}', ('是', '否'), '是' if paper.exempt else '否', blank=False)}</td>"
                    f"<td>{source}</td></tr>\n")
    return ('<fieldset><legend>申请材料</legend>\n<table class="grid"><tr><th>序号</th><th>材料名称</th><th>材料形式</th>'
            f'<th>份数</th><th>是否免提交</th><th>来源渠道</th></tr>\n{"".join(rows)}</table></fieldset>\n')


def halls_fieldset(guide: Guide) -> str:
    if not guide.halls:
        body = "<p>本事项为全程网办事项，无需到现场办理。</p>"
    else:
        body = ('<table class="grid"><tr><th>办理地点</th><th>地址</th><th>办公时间</th></tr>\n'
                + "".join(f"<tr><td>{esc(hall.name)}</td><td>{esc(hall.address)}</td><td>{esc(hall.hours)}</td></tr>\n"
                          for hall in guide.halls) + "</table>")
    return f"<fieldset><legend>窗口信息</legend>\n{body}</fieldset>\n"


def detail(guide: Guide, departments: list[str]) -> str:
    buttons = []
    if guide.entry and int(guide.gid) % 2 == 0:
        buttons.append(f"<button type=\"button\" onclick=\"window.open('{guide.entry}')\">在线办理</button>")
    elif guide.entry:
        buttons.append(f'<a href="{guide.entry}" target="_blank">在线办理</a>')
    buttons.append('<button type="button" onclick="history.back()">返回</button>')
    body = (f'<div class="box"><h2>{esc(guide.name)}</h2>\n'
            '<div class="notice">温馨提示：本页面信息仅供查阅；网上申报请使用澜沧省统一身份认证账号登录，'
            "选择快递办理的请在申报时填写收件地址。</div>\n"
            f'<form id="guideForm" name="guideForm">\n{basic_fieldset(guide, departments)}{materials_fieldset(guide)}'
            f'{halls_fieldset(guide)}</form>\n<div class="btns">{"".join(buttons)}</div></div>')
    return page(guide.name, body)


def sitemap(made: list[Guide], pages: int) -> str:
    urls = ["/"] + [f"/search?keyword=&amp;page={number}" for number in range(1, pages + 1)]
    urls += [guide_url(guide) for guide in made]
    body = "".join(f"<url><loc>{url}</loc><changefreq>weekly</changefreq></url>\n" for url in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    made = guides()
    pages = (len(made) + PER_PAGE - 1) // PER_PAGE
    departments = sorted({guide.department for guide in made} | {CITY.department("jy"), CITY.department("ga")})
    files: dict[str, str | bytes] = {
        "index.html": home(),
        "search": results(made, 1, pages),
        "sitemap.xml": sitemap(made, pages),
        "robots.txt": "User-agent: *\nDisallow: /portal/declare.do\nSitemap: /sitemap.xml\n",
        "res/css/xq.css": asset_text(__file__, "xiqiao/xq.css"),
        "res/img/xqeb-qr.png": png(90, 90, (30, 30, 30)),
        "portal/declare.do": page("网上申报", '<div class="box"><p>请先登录澜沧省统一身份认证平台后申报。</p></div>'),
        "portal/booking.do": page("预约办理", '<div class="box"><p>请选择预约大厅、日期和时段。</p></div>'),
        "headers.json": json.dumps({"*/": "text/html; charset=utf-8", "/search": "text/html; charset=utf-8",
                                    "*.do": "text/html;charset=UTF-8"}, indent=1) + "\n",
    }
    for number in range(1, pages + 1):
        files[f"search@keyword=&page={number}"] = results(made, number, pages)
    items = []
    for guide in made:
        files[guide_url(guide).lstrip("/").replace("?", "@")] = detail(guide, departments)
        items.append(guide.truth(guide_url(guide)))
    encoded = {name: data if isinstance(data, bytes) else data.encode("utf-8") for name, data in files.items()}
    return encoded, {"id": PORTAL_ID, "name": "溪桥市政务服务网", "style": "readonly-form", "home": "/",
                     "charset": "utf-8", "items": items}

