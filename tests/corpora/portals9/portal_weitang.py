"""苇塘县人民政府 网上办事大厅 (weitang): an old county site in GB2312, built of tables and ``<font>``.

Every page declares ``charset=gb2312`` in a meta tag (the server sends ``text/html`` with no
charset). Layout is nested tables with ``bgcolor`` and ``<font>``; some ``<td>``, ``<font>`` and
``<p>`` are never closed, the way the site's hand-edited templates left them. Labels are spread
with full-width spaces (办　理　地　点); a few numbers are full-width digits. The catalogue is two
lists, 个人办事 and 法人办事, paged with ``?page=N``; an item for both is in both lists (one guide).
Every guide is opened by ``javascript:openWin('/bsdt/show.asp?id=…')`` and never by a plain link.
Papers are one cell of numbered lines, as typed into the old CMS.
"""

from __future__ import annotations

import json
import random
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals9._common import (
    CERTIFICATES,
    DEPTH_WORDS,
    TEMPLATES,
    City,
    Guide,
    Hall,
    Paper,
    dress,
    esc,
    make_guide,
)

PORTAL_ID = "weitang"
CHARSET = "gb2312"
CITY = City("苇塘县", "580725", "county")
PER_PAGE = 10
TOWN = "苇塘县城关镇人民政府"
HALLS = {
    "zx": Hall("苇塘县政务服务中心", "county", "苇塘县城关镇人民路1号", "周一至周五 8:30-12:00 14:30-17:30"),
    "hy": Hall("苇塘县婚姻登记处", "county", "苇塘县城关镇育才街18号", "周一至周五 8:30-12:00 14:30-17:30"),
    "hz": Hall("苇塘县公安局户政大厅", "county", "苇塘县城关镇公园路6号", "周一至周六 8:30-12:00 14:30-17:30"),
    "bdc": Hall("苇塘县不动产登记中心", "county", "苇塘县城关镇人民路3号", "周一至周五 8:30-12:00 14:30-17:30"),
    "sb": Hall("苇塘县社会保险服务大厅", "county", "苇塘县城关镇建设路20号", "周一至周五 8:30-12:00 14:30-17:30"),
    "cg": Hall("苇塘县城关镇便民服务中心", "town", "城关镇府前街2号", "周一至周五 8:30-12:00 14:30-17:30"),
    "lh": Hall("苇塘县芦花乡便民服务中心", "town", "芦花乡芦花街9号", "周一至周五 8:30-12:00 14:30-17:30"),
    "xh": Hall("芦花乡新河村便民服务站", "village", "芦花乡新河村村委会", "逢集日 8:30-12:00"),
}
CHANNEL_WORDS = {"counter": "窗口办理", "online": "网上申报", "post": "邮寄申请", "self_service": "自助终端办理"}
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
ODD = "odd_labels"
ENUM = "enumeration"  # 居民身份证、户口簿 on one line, one copies phrase for both

PLAN: tuple[tuple[int, str, str, str | None, tuple[str, ...], dict[str, Any]], ...] = (
    (352, "marriage", "counter1", "impl", ("hy",), {}),
    (353, "dibao", "counter", "impl", ("zx", "cg", "lh"), {"flags": frozenset({ENUM})}),
    (355, "linshi", "post", "impl", ("cg", "lh", "xh"), {}),
    (358, "gaoling", "counter1", "impl", ("cg",), {"department": TOWN, "level": "town"}),
    (361, "canbao", "kiosk", None, ("cg", "lh"), {}),
    (362, "shiye", "both", "impl", ("sb",), {}),
    (363, "tuixiu", "counter", "impl", ("sb",), {}),
    (367, "geti", "both2", "impl", ("zx",), {}),
    (368, "gongsi", "all", "impl", ("zx",), {}),
    (370, "tezhong", "counter", "impl", ("zx",), {}),
    (371, "yaopin", "post", "impl", ("zx",), {}),
    (374, "shenfen", "counter", "impl", ("hz",), {}),
    (375, "qianyi", "counter1", "impl", ("hz",), {}),
    (376, "juzhu", "both2", "impl", ("hz",), {}),
    (380, "diya", "both", "impl", ("bdc",), {}),
    (381, "gongzu", "counter", None, ("zx",), {"flags": frozenset({ENUM})}),
    (383, "canji", "counter1", "impl", ("zx",), {"flags": frozenset({ENUM}), "visits": None}),
    (386, "yidi", "online", "impl", (), {}),
    (387, "manbing", "noentry", "impl", ("zx",), {}),
    (390, "nongyao", "counter", "impl", ("zx",), {"flags": frozenset({ODD})}),
    (391, "dongwu", "post0", "impl", ("zx",), {}),
    (395, "huoyun", "both", "impl", ("zx",), {}),
    (396, "youdai", "app", "impl", (), {}),
)


def enumerated(papers: list[Paper]) -> list[Paper]:
    """居民身份证 and 户口簿 demanded together: 原件及复印件各1份 for both, nothing exempt."""
    return [Paper(paper.name, None, "原件及复印件各1份") if paper.name in ("居民身份证", "户口簿") else paper
            for paper in papers]


def guides() -> list[Guide]:
    made = []
    for gid, key, profile, code, hall_keys, planned in PLAN:
        rng = random.Random(f"{PORTAL_ID}-{gid}")
        papers = dress(TEMPLATES[key].papers, rng, stated="never", exempt_rate=0.25)
        if ENUM in planned.get("flags", frozenset()):
            papers = enumerated(papers)
        made.append(make_guide(
            CITY, str(gid), key, profile, rng, halls=tuple(HALLS[name] for name in hall_keys),
            entry=f"/wsbs/sb.asp?sxid={gid}", code=code, papers=papers, **dict(planned)))
    return made


def number(value: int, gid: str) -> str:
    """Some guides were typed with full-width digits."""
    return str(value).translate(FULL) if int(gid) % 2 == 0 else str(value)


def spaced(label: str) -> str:
    """A label spread with full-width spaces, as the templates align them (four characters and fewer)."""
    return "　".join(label) if len(label) <= 4 else label


# --- frame ------------------------------------------------------------------------------------------

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript">
function openWin(url){{window.open(url,'','width=780,height=560,scrollbars=yes,resizable=yes');}}
</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
"""

BANNER = """<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" bgcolor="#2A5CAA" align="center"><font color="#FFFFFF" size="5"><b>苇塘县人民政府　网上办事大厅</b></font></td></tr>
<tr><td height="26" bgcolor="#D6E3F5" align="center"><font size="2">
<a href="/">首页</a> | <a href="/bsdt/grbs.asp?page=1">个人办事</a> | <a href="/bsdt/frbs.asp?page=1">法人办事</a> | <a href="/">网上申报</a> | <a href="/">邮寄申请须知</a> | <a href="/">办件查询</a>
</font></td></tr>
</table>
"""

FOOT = """<table width="760" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center" bgcolor="#D6E3F5"><font size="2" color="#555555">版权所有：苇塘县人民政府办公室　地址：苇塘县城关镇人民路1号<br>
建议使用IE8.0以上浏览器，1024*768分辨率浏览</font></td></tr>
</table>
</body>
</html>
"""


def page(title: str, body: str) -> str:
    return HEAD.format(title=esc(title)) + BANNER + body + FOOT


def home(lists: dict[str, list[Guide]]) -> str:
    body = f"""<table width="760" border="0" align="center" cellpadding="6" cellspacing="1" bgcolor="#A9C1E6">
<tr><td bgcolor="#FFFFFF"><marquee scrollamount="3"><font color="#CC0000" size="2">温馨提示：本站办事指南仅供参考，具体以窗口告知为准；网上申报请登录澜沧省政务服务网，邮寄申请请拨打0698-5210000咨询。</font></marquee></td></tr>
<tr><td bgcolor="#FFFFFF"><font size="2">
<p>◆ <a href="/bsdt/grbs.asp?page=1">个人办事</a>（{len(lists["gr"])}项）
<p>◆ <a href="/bsdt/frbs.asp?page=1">法人办事</a>（{len(lists["fr"])}项）
</font></td></tr>
</table>
"""
    return page("苇塘县网上办事大厅", body)


def short(name: str) -> str:
    """List titles are cut at twelve characters, as the old list template did."""
    return name if len(name) <= 12 else name[:11] + "…"


def list_page(kind: str, listed: list[Guide], page_number: int, pages: int) -> str:
    shown = listed[(page_number - 1) * PER_PAGE: page_number * PER_PAGE]
    rows = "".join(
        f'<tr><td height="24" bgcolor="#FFFFFF"><font size="2">◆ <a href="javascript:openWin(\'/bsdt/show.asp?id={guide.gid}\')" '
        f'title="{esc(guide.name)}">{esc(short(guide.name))}</a></font><td bgcolor="#FFFFFF"><font size="2">{esc(guide.department)}'
        "</font></td></tr>\n" for guide in shown)
    script = "grbs.asp" if kind == "gr" else "frbs.asp"
    pager = [f"共{len(listed)}条　第{page_number}/{pages}页　", f'<a href="{script}?page=1">首页</a> ']
    if page_number > 1:
        pager.append(f'<a href="{script}?page={page_number - 1}">上一页</a> ')
    if page_number < pages:
        pager.append(f'<a href="{script}?page={page_number + 1}">下一页</a> ')
    pager.append(f'<a href="{script}?page={pages}">尾页</a>')
    title = "个人办事" if kind == "gr" else "法人办事"
    body = f"""<table width="760" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#A9C1E6">
<tr><td colspan="2" bgcolor="#EEF3FA"><font size="2"><b>{title}</b></font></td></tr>
{rows}<tr><td colspan="2" align="right" bgcolor="#FFFFFF"><font size="2">{"".join(pager)}</font></td></tr>
</table>
"""
    return page(title, body)


# --- guide --------------------------------------------------------------------------------------------


def paper_lines(guide: Guide) -> str:
    """Numbered lines; 居民身份证、户口簿 share one where the guide enumerates them."""
    lines, skip = [], False
    papers = list(guide.papers)
    for index, paper in enumerate(papers):
        if skip:
            skip = False
            continue
        following = papers[index + 1] if index + 1 < len(papers) else None
        if ENUM in guide.flags and following and paper.name in CERTIFICATES and following.name in CERTIFICATES \
                and paper.copies == following.copies == "原件及复印件各1份":
            lines.append(f"{paper.name}、{following.name}原件及复印件各1份")
            skip = True
            continue
        exempt = f"（{paper.exempt}）" if paper.exempt else ""
        lines.append(f"{esc(paper.printed())}{exempt}{paper.copies or ''}")
    return "".join(f"<p>{n}、{line}；\n" for n, line in enumerate(lines, 1)).rstrip("；\n") + "。\n"


def channel_text(guide: Guide) -> str:
    if guide.app:
        return "网上申报（仅限“澜沧退役军人”微信小程序，请用微信扫描下方二维码）"
    return "、".join(CHANNEL_WORDS[channel] for channel in ("counter", "online", "post", "self_service")
                    if channel in guide.channels)


def rows_of(guide: Guide) -> list[tuple[str, str]]:
    odd = ODD in guide.flags
    gid = guide.gid
    rows = [("事项名称", esc(guide.name)), ("事项编码", guide.code or "无"),
            ("承办单位" if odd else "办理机构", esc(guide.department)), ("事项类型", guide.kind)]
    if guide.levels:
        rows.append(("行使层级", "、".join({"county": "县级", "town": "乡镇级"}[level] for level in guide.levels)))
    channels = channel_text(guide)
    if guide.app:
        channels += '<br><img src="/images/xcx.gif" width="86" height="86" alt="小程序码">'
    rows.append(("办理方式", channels))
    if guide.entry:
        link = (f"<a href=\"javascript:openWin('{guide.entry}')\">点击进入网上申报</a>" if int(gid) % 2
                else f'<a href="{guide.entry}" target="_blank">网上申报入口</a>')
        rows.append(("网上申报", link))
    if guide.depth:
        rows.append(("网上办理深度", DEPTH_WORDS[guide.depth]))
    if guide.visits is not None:
        rows.append(("跑腿次数" if odd else "到现场次数", f"{number(guide.visits, gid)}次"))
    rows.append(("法定期限", "无" if guide.statutory is None else f"{number(guide.statutory, gid)}个工作日"))
    promised = guide.promised
    rows.append(("承诺期限", "无" if promised is None else "即办" if promised == 0 else f"{number(promised, gid)}个工作日"))
    if guide.case:
        rows.append(("办件类型", guide.case))
    rows.append(("收费标准", "不收费"))
    rows.append(("所需材料" if odd else "申请材料", paper_lines(guide) if guide.papers else "无"))
    if guide.halls:
        places = "<br>".join(f"{esc(hall.name)}（{esc(hall.address)}）" for hall in guide.halls)
        rows.append(("受理地点" if odd else "办理地点", places))
        rows.append(("办理时间", esc(guide.halls[0].hours)))
    rows.append(("咨询电话", f"0698-52{gid}00"))
    rows.append(("监督电话", "0698-5210345"))
    return rows


def detail(guide: Guide) -> str:
    cells = []
    for index, (label, value) in enumerate(rows_of(guide)):
        # the template never closed the value cell's <font>, and every third row its <td>s
        close = "</font></td>" if index % 3 else ""
        cells.append(f'<tr><td width="130" align="right" bgcolor="#EEF3FA"><font size="2" color="#003399">{spaced(label)}'
                     f'{close}<td bgcolor="#FFFFFF"><font size="2">{value}</td></tr>\n')
    body = f"""<table width="760" border="0" align="center" cellpadding="5" cellspacing="1" bgcolor="#A9C1E6">
<tr><td colspan="2" align="center" bgcolor="#FFFFFF" height="40"><font size="4" color="#CC0000"><b>{esc(guide.name)}</b></font></td></tr>
{"".join(cells)}<tr><td colspan="2" bgcolor="#FFFFFF"><font size="2" color="#888888"><p>温馨提示：以上信息如有变动，以窗口最新告知为准。</font></td></tr>
</table>
<p align="center"><font size="2"><a href="javascript:window.close()">【关闭窗口】</a></font>
"""
    return page(guide.name, body)


def encode(text: str) -> bytes:
    """Strict GB2312: a character outside it is a bug of this generator, not a trap."""
    return text.encode(CHARSET)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    made = guides()
    lists = {kind: [guide for guide in made if guide.audience in (kind, "both")] for kind in ("gr", "fr")}
    files: dict[str, bytes] = {
        "index.html": encode(home(lists)),
        "css/style.css": asset_text(__file__, "weitang/style.css").encode("ascii"),
        "images/xcx.gif": GIF,
        "wsbs/sb.asp": encode(page("网上申报", '<p align="center"><font size="2">请先登录澜沧省政务服务网。</font>')),
        "headers.json": (json.dumps({"*/": "text/html", "*.asp": "text/html"}, indent=1) + "\n").encode("ascii"),
    }
    for kind, listed in lists.items():
        pages = (len(listed) + PER_PAGE - 1) // PER_PAGE
        script = "grbs.asp" if kind == "gr" else "frbs.asp"
        for page_number in range(1, pages + 1):
            files[f"bsdt/{script}@page={page_number}"] = encode(list_page(kind, listed, page_number, pages))
    items = []
    for guide in made:
        files[f"bsdt/show.asp@id={guide.gid}"] = encode(detail(guide))
        items.append(guide.truth(f"/bsdt/show.asp?id={guide.gid}", link_only_in_script=True))
    return files, {"id": PORTAL_ID, "name": "苇塘县网上办事大厅", "style": "oldtable", "home": "/",
                   "charset": CHARSET, "items": items}


# a 1x1 grey GIF89a: the mini-program code the page shows
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x80\x80\x80\xff\xff\xff!\xf9\x04\x00\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
