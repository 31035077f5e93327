"""棠浦区政务服务 (tangpu): a district site whose guides are definition lists under a ``<base href>``.

The district government's home (``/``) links to its service pages, which all carry
``<base href="/zwfw/">`` and write every link relative to it (``bszn.html?id=…``,
``images/yes.png``, some online entries). Each guide is a run of ``<dl><dt>label</dt><dd>value</dd>``
blocks; its channels are a small table whose rows show an icon, ``<img alt="支持">`` or
``alt="不支持"``, beside 窗口办理 / 网上办理 / 邮寄办理 / 自助终端办理, with a note column that
sometimes mentions a channel the icon denies. Some guides also offer a printable view at
``print.html?id=…``: the same guide at another URL, listed once in the truth (by its detail URL).
"""

from __future__ import annotations

import json
import random
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals9._common import (
    DEPTH_WORDS,
    TEMPLATES,
    City,
    Guide,
    Hall,
    days,
    dress,
    esc,
    make_guide,
    png,
)

PORTAL_ID = "tangpu"
CITY = City("棠浦区", "580502", "county")
PER_PAGE = 8
POLICE = "鹤汀市公安局棠浦分局"
STREET = "棠浦区青石街道办事处"
HALLS = {
    "qu": Hall("棠浦区政务服务中心", "county", "鹤汀市棠浦区棠溪大道200号"),
    "bdc": Hall("棠浦区不动产登记服务大厅", "county", "鹤汀市棠浦区棠溪大道202号"),
    "sb": Hall("棠浦区社会保险服务中心", "county", "鹤汀市棠浦区人民路45号"),
    "hz": Hall("棠浦区公安户政服务大厅", "county", "鹤汀市棠浦区沙湾路12号"),
    "city": Hall("鹤汀市政务服务中心", "city", "鹤汀市新城区会展路1号"),
    "qingshi": Hall("棠浦区青石街道便民服务中心", "town", "棠浦区青石街道青石路66号"),
    "shawan": Hall("棠浦区沙湾街道便民服务中心", "town", "棠浦区沙湾街道滨河路8号"),
    "huaishu": Hall("青石街道槐树社区便民服务站", "village", "青石街道槐树社区居委会一楼"),
}
CHANNEL_ROWS = (("counter", "窗口办理"), ("online", "网上办理"), ("post", "邮寄办理"), ("self_service", "自助终端办理"))
LEVELS = {"city": "市级", "county": "县级", "town": "镇（街道）级"}
ODD = "odd_labels"

PLAN: tuple[tuple[int, str, str, str | None, tuple[str, ...], dict[str, Any]], ...] = (
    (601, "marriage", "counter1", "b33", ("qu",), {}),
    (602, "dibao", "both", "impl", ("qu", "qingshi", "shawan"), {}),
    (603, "linshi", "post0", "impl", ("qingshi", "huaishu"), {}),
    (604, "gaoling", "post", "b33", ("qingshi",), {"department": STREET, "level": "town"}),
    (605, "canbao", "kiosk", "impl", ("qingshi", "huaishu"), {"department": STREET, "level": "town"}),
    (606, "shiye", "full", "impl", ("sb",), {}),
    (607, "jiuye", "counter1", None, ("sb",), {}),
    (608, "shebaoka", "kiosk_online", "b33", ("sb",), {}),
    (609, "geti", "all", "impl", ("qu", "qingshi"), {}),
    (610, "shipin", "both", "impl", ("qu",), {}),
    (611, "tezhong", "counter", "impl", ("qu",), {}),
    (612, "gonggong", "both2", "both", ("qu",), {}),
    (613, "hushi", "online", "impl", (), {}),
    (614, "shengyu", "app", "impl", (), {}),
    (615, "qianyi", "counter", "impl", ("hz",), {"department": POLICE}),
    (616, "wufanzui", "both", "impl", ("hz", "city"), {"department": POLICE, "levels": ("city", "county")}),
    (617, "diya", "both", "b33", ("bdc",), {}),
    (618, "gongzu", "post", "impl", ("qu",), {}),
    (619, "jiaoshi", "full", None, ("qu",), {}),
    (620, "youdai", "counter1", "impl", ("qu",), {"flags": frozenset({ODD})}),
    (621, "yanchu", "both", "impl", ("qu",), {"flags": frozenset({"express_result"})}),
    (622, "nongyao", "noentry", "impl", ("qu",), {}),
)


def entry_href(gid: int) -> str:
    """Odd guides link their entry relative to the base, even ones to the provincial platform's path."""
    return f"wsbl.html?id={gid}" if gid % 2 else f"/ythpt/apply.html?sxid={gid}"


def guides() -> list[Guide]:
    made = []
    for gid, key, profile, code, hall_keys, planned in PLAN:
        rng = random.Random(f"{PORTAL_ID}-{gid}")
        entry = f"/zwfw/wsbl.html?id={gid}" if gid % 2 else f"/ythpt/apply.html?sxid={gid}"
        made.append(make_guide(
            CITY, str(gid), key, profile, rng, halls=tuple(HALLS[name] for name in hall_keys), entry=entry,
            code=code, papers=dress(TEMPLATES[key].papers, rng, stated="sometimes"), **dict(planned)))
    return made


# --- frame ----------------------------------------------------------------------------------------------


def page(title: str, body: str) -> str:
    """A service page: every link below is relative to ``<base href="/zwfw/">``."""
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<base href="/zwfw/">
<title>{esc(title)}-棠浦区政务服务</title>
<link rel="stylesheet" href="css/zwfw.css">
</head>
<body>
<div class="top">鹤汀市棠浦区人民政府<small>政务服务</small></div>
<div class="nav"><a href="index.html">服务首页</a><a href="list.html?lx=gr&amp;p=1">个人办事</a><a href="list.html?lx=fr&amp;p=1">法人办事</a><a href="index.html#kdb">邮寄办理专区</a><a href="index.html#zzb">自助终端网点</a><a href="/">区政府门户</a></div>
<div class="container">
{body}
</div>
<div class="foot">棠浦区行政审批服务局 主办 | 地址：鹤汀市棠浦区棠溪大道200号 | 网上办事请登录澜沧省政务服务网</div>
</body>
</html>
"""


def root_home() -> str:
    """The district government's own home page (no base): one link leads to the service pages."""
    return """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>鹤汀市棠浦区人民政府</title>
</head>
<body>
<h1>鹤汀市棠浦区人民政府</h1>
<ul>
<li><a href="/">首页</a></li>
<li><a href="zwfw/">政务服务</a></li>
<li><a href="/">政务公开</a></li>
<li><a href="/">互动交流</a></li>
</ul>
<h2>要闻动态</h2>
<ul><li>区政务服务中心推出“午间不打烊”延时服务</li><li>青石街道便民服务中心完成适老化改造</li></ul>
</body>
</html>
"""


def service_home(made: list[Guide]) -> str:
    body = ('<div class="tip">温馨提示：本区已开通邮寄办理和24小时自助终端服务，'
            "各事项可用的办理渠道以办事指南“办理渠道”栏为准。</div>\n"
            '<h3>办事分类</h3><ul class="list"><li><a href="list.html?lx=gr&amp;p=1">个人办事</a></li>'
            '<li><a href="list.html?lx=fr&amp;p=1">法人办事</a></li></ul>\n'
            f'<h3 id="kdb">邮寄办理专区</h3><p>邮寄地址：棠浦区政务服务中心收件窗口（棠溪大道200号）。</p>\n'
            '<h3 id="zzb">自助终端网点</h3><p>区政务服务中心一楼、各街道便民服务中心。</p>\n'
            f"<p>现有事项{len(made)}项。</p>")
    return page("政务服务", body)


def audience_lists(made: list[Guide]) -> dict[str, list[Guide]]:
    """个人办事 and 法人办事: an item for both is listed in both (the same guide)."""
    return {kind: [guide for guide in made if guide.audience in (kind, "both")] for kind in ("gr", "fr")}


def list_page(kind: str, listed: list[Guide], number: int, pages: int) -> str:
    shown = listed[(number - 1) * PER_PAGE: number * PER_PAGE]
    rows = "".join(f'<li><a href="bszn.html?id={guide.gid}">{esc(guide.name)}</a>　{esc(guide.department)}</li>\n'
                   for guide in shown)
    links = [f'<a href="list.html?lx={kind}&amp;p={other}">{other}</a>' if other != number else f"<b>{other}</b>"
             for other in range(1, pages + 1)]
    title = "个人办事" if kind == "gr" else "法人办事"
    return page(title, f'<h3>{title}</h3><ul class="list">\n{rows}</ul><div class="pages">{"".join(links)}</div>')


# --- guide --------------------------------------------------------------------------------------------


def info_list(guide: Guide) -> str:
    odd = ODD in guide.flags
    pairs = [("事项名称", esc(guide.name))]
    if guide.code:
        pairs.append(("业务办理项编码" if len(guide.code) == 33 else "实施编码", guide.code))
    if guide.basic:
        pairs.append(("基本编码", guide.basic))
    pairs += [("受理机构" if odd else "实施机构", esc(guide.department)), ("事项类型", guide.kind)]
    if guide.levels:
        pairs.append(("实施层级", "、".join(LEVELS[level] for level in guide.levels)))
    pairs.append(("服务对象", "自然人" if guide.audience == "gr" else "自然人、企业法人"))
    if guide.depth:
        pairs.append(("网办深度", DEPTH_WORDS[guide.depth]))
    if guide.visits is not None:
        pairs.append(("跑动次数", f"{guide.visits}次"))
    pairs.append(("法定时限" if odd else "法定期限", days(guide.statutory)))
    pairs.append(("办结时限" if odd else "承诺期限", days(guide.promised)))
    if guide.case:
        pairs.append(("办件类型", guide.case))
    pairs += [("收费情况", "不收费"), ("通办范围", "全区通办"),
              ("咨询电话", f"0699-6102{guide.gid}")]
    return '<dl class="info">\n' + "".join(f"<dt>{label}</dt><dd>{value}</dd>\n" for label, value in pairs) + "</dl>"


def channel_note(guide: Guide, channel: str, on: bool) -> str:
    """The note column: where to go, and now and then a word about a channel the icon denies."""
    if channel == "online" and on:
        return "仅支持“鹤汀通”APP扫码办理" if guide.app else "登录澜沧省政务服务网棠浦区站点申报"
    if channel == "post" and not on and "express_result" in guide.flags:
        return "不受理邮寄申请；办理结果可选择EMS免费寄递"
    if channel == "counter" and not on:
        return "窗口仅提供咨询服务"
    if channel == "post" and on:
        return "寄至棠浦区政务服务中心收件窗口"
    return ""


def channel_table(guide: Guide) -> str:
    rows = []
    for channel, label in CHANNEL_ROWS:
        on = channel in guide.channels
        icon = f'<img src="images/{"yes" if on else "no"}.png" alt="{"支持" if on else "不支持"}">'
        rows.append(f"<tr><td>{label}</td><td>{icon}</td><td>{channel_note(guide, channel, on)}</td></tr>\n")
    extra = ('<p><img src="images/htt-qr.png" alt="鹤汀通APP二维码" width="90" height="90"></p>' if guide.app else "")
    return ('<table class="qd"><tr><th>渠道</th><th>是否支持</th><th>说明</th></tr>\n' + "".join(rows)
            + "</table>" + extra)


def paper_block(number: int, guide: Guide, index: int) -> str:
    paper = guide.papers[index]
    details = []
    if paper.stated:
        details.append(f"<dd>材料形式：{paper.stated}</dd>")
    if paper.copies:
        details.append(f"<dd>份数：{paper.copies}</dd>")
    if paper.exempt:
        details.append(f"<dd>备注：{paper.exempt}</dd>")
    return f'<dl class="cl"><dt>{number}.{esc(paper.printed())}</dt>{"".join(details)}</dl>'


def hall_block(hall: Hall) -> str:
    return (f'<dl class="dd"><dt>{esc(hall.name)}</dt><dd>地址：{esc(hall.address)}</dd>'
            f"<dd>办公时间：{esc(hall.hours)}</dd></dl>")


def detail(guide: Guide, printable: bool) -> str:
    tools = []
    if printable:
        tools.append(f'<a href="print.html?id={guide.gid}" target="_blank">打印</a>')
    if guide.entry:
        tools.append(f'<a class="btn" href="{entry_href(int(guide.gid))}" target="_blank">在线办理</a>')
    papers = "\n".join(paper_block(number, guide, number - 1) for number in range(1, len(guide.papers) + 1))
    halls = "\n".join(hall_block(hall) for hall in guide.halls) or "<p>本事项全程网上办理，无需到现场。</p>"
    body = (f'<h1>{esc(guide.name)}</h1>\n<div class="tools">{"".join(tools)}</div>\n'
            f"<h3>基本信息</h3>\n{info_list(guide)}\n<h3>办理渠道</h3>\n{channel_table(guide)}\n"
            f"<h3>申请材料</h3>\n{papers}\n<h3>办理地点</h3>\n{halls}\n"
            "<h3>办理流程</h3>\n<p>申请 → 受理 → 审查 → 决定 → 办结</p>")
    return page(guide.name, body)


def printable_view(guide: Guide) -> str:
    """The 打印 view: the same guide as one plain table (not a guide of its own)."""
    channels = "、".join(label for channel, label in CHANNEL_ROWS if channel in guide.channels)
    rows = [("事项名称", esc(guide.name)), ("实施机构", esc(guide.department)), ("办理渠道", channels),
            ("承诺期限", days(guide.promised)),
            ("申请材料", "<br>".join(esc(paper.printed()) for paper in guide.papers)),
            ("办理地点", "<br>".join(esc(hall.name) for hall in guide.halls) or "网上办理")]
    table = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>\n" for label, value in rows)
    body = (f'<h1>{esc(guide.name)}（打印版）</h1>\n<table class="qd">\n{table}</table>\n'
            '<p class="tools"><a href="javascript:window.print();">打印本页</a></p>')
    return page(f"{guide.name}（打印版）", body)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    made = guides()
    files: dict[str, str | bytes] = {
        "index.html": root_home(),
        "zwfw/index.html": service_home(made),
        "zwfw/css/zwfw.css": asset_text(__file__, "tangpu/zwfw.css"),
        "zwfw/images/yes.png": png(16, 16, (25, 150, 80)),
        "zwfw/images/no.png": png(16, 16, (200, 200, 200)),
        "zwfw/images/htt-qr.png": png(90, 90, (20, 20, 20)),
        "zwfw/wsbl.html": page("网上办理", "<p>请登录澜沧省政务服务网后继续办理。</p>"),
        "ythpt/apply.html": ('<!DOCTYPE html>\n<html lang="zh-cn">\n<head>\n<meta charset="utf-8">\n'
                             "<title>澜沧省一体化政务服务平台</title>\n</head>\n<body>\n"
                             "<p>统一身份认证：请先登录后办理。</p>\n</body>\n</html>\n"),
        "headers.json": json.dumps({"*/": "text/html; charset=utf-8"}, indent=1) + "\n",
    }
    for kind, listed in audience_lists(made).items():
        pages = (len(listed) + PER_PAGE - 1) // PER_PAGE
        for number in range(1, pages + 1):
            files[f"zwfw/list.html@lx={kind}&p={number}"] = list_page(kind, listed, number, pages)
    items = []
    for guide in made:
        printable = int(guide.gid) % 2 == 0 or guide.app
        files[f"zwfw/bszn.html@id={guide.gid}"] = detail(guide, printable)
        if printable:
            files[f"zwfw/print.html@id={guide.gid}"] = printable_view(guide)
        items.append(guide.truth(f"/zwfw/bszn.html?id={guide.gid}"))
    encoded = {name: data if isinstance(data, bytes) else data.encode("utf-8") for name, data in files.items()}
    return encoded, {"id": PORTAL_ID, "name": "棠浦区政务服务", "style": "deflist", "home": "/",
                     "charset": "utf-8", "items": items}
