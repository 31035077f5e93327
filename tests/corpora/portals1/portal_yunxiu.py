"""云岫市人民政府网 · 办事服务: guides published as CMS articles, UTF-8.

Two templates, as on real sites that migrated content: (A) ``<h3>一、事项名称</h3><p>value</p>``
articles with numbered headings, composite 办理时限 paragraphs and a materials table; (B) older
``<strong>【label】</strong>value<br/>`` blocks with full-width punctuation, non-breaking and
ideographic spaces, labels ending in ：, : or nothing, and materials / places written as lines.
The catalog is a plain article list (link text ends in 办事指南), paginated list_2.html, list_3.html.
Some (B) guides show no code at all.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals1.corpus_data import Geo, Town
from tests.corpora.portals1.corpus_model import Generator, GuideSpec, Pick
from tests.corpora.portals1.render_common import CASE_TEXT, ROMAN, Site, cn_number, esc, steps_for

PORTAL_ID = "yunxiu"
GEO = Geo(city="云岫市", region="539100",
          districts=(("北辰区", "539102"), ("翠屏区", "539103"), ("云溪县", "539121")),
          towns=(Town("北辰区", "金桂街道", ("桂花社区", "丹桂社区")), Town("翠屏区", "龙潭镇", ("龙泉村", "龙井村"))),
          roads=("北辰大道", "翠屏路", "金桂路", "龙潭路", "云岫大道"), area_code="0870")
PAGE_SIZE = 7
LEVEL_TEXT = {"city": "市级", "county": "县级", "town": "乡镇（街道）级", "village": "村（社区）级"}
CHANNEL_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "快递办理", "self_service": "自助终端办理"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子", "both": "纸质/电子", None: ""}
A, B = frozenset({"tpl_a"}), frozenset({"tpl_b"})

PICKS = [
    Pick("sbk", flags=A | {"impl_only"}),
    Pick("cxyl", body="t0", flags=B),
    Pick("dibao", flags=A, force=(("name", "最低生活保障对象认定（市级权限）"),)),
    Pick("sttj", show="none", flags=B, force=(("name", "社会团体成立登记（设区的市级权限）"), ("levels", []))),
    Pick("tkry", body="t1", flags=A | {"impl_only"}),
    Pick("canbu", body="t0", flags=B),
    Pick("hszc", show="basic", flags=A),
    Pick("csyx", show="none", flags=B, force=(("case_type", None),)),
    Pick("jszg", flags=A),
    Pick("ylcs", flags=B),
    Pick("yyxyc", flags=A | {"impl_only"}),
    Pick("ydjy", show="basic", flags=B, force=(("channels", ["online"]), ("depth", 4), ("visits", 0),
                                                ("has_entry", True))),
    Pick("gjjtq", flags=A),
    Pick("gjjdk", flags=B),
    Pick("jzz", flags=A),
    Pick("zjd", body="t1", flags=B),
]


def art_id(spec: GuideSpec) -> int:
    return 2_470_000 + spec.seq * 13


def guide_url(spec: GuideSpec) -> str:
    month, day = 1 + spec.seq % 12, 1 + (spec.seq * 7) % 28
    return f"/art/2024/{month}/{day}/art_1187_{art_id(spec)}.html"


def apply_url(spec: GuideSpec) -> str:
    return f"/wsbs/sb/{art_id(spec)}.html"


def _head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta name="SiteName" content="云岫市人民政府">
<meta name="ColumnName" content="办事指南">
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div class="topbar">云岫市人民政府门户网站　<a href="/">首页</a>　<a href="/bsfw/">办事服务</a>　<a href="/zwgk/">政务公开</a>　<a href="/hdjl/">互动交流</a>　<a href="javascript:void(0)" id="wza">无障碍</a>　<a href="javascript:void(0)">长者版</a></div>
<div class="head"><div class="logo">云岫市人民政府</div><form action="/search/" method="get"><input name="q" value=""><input type="submit" value="搜索"></form></div>
"""


_FOOT = """<div class="foot">
<p>云岫市人民政府办公室主办　云岫市大数据中心承办</p>
<p>网站标识码：5391000003　滇ICP备09001234号　滇公网安备 53910202000321号</p>
<p>联系电话：0870-3123456（仅受理网站技术问题）</p>
</div>
<script>
/* 访问统计 */
(function(){var i=new Image();i.src="/static/img/blank.gif?r="+Math.random();})();
</script>
</body>
</html>
"""


def _colon(spec: GuideSpec, n: int) -> str:
    """The label ending this template uses at position n: full-width colon, ASCII colon or none."""
    return ("：", ":", "", "：")[(spec.seq + n) % 4]


def _tpl_a(spec: GuideSpec) -> str:
    sections: list[tuple[str, str] | None] = [("事项名称", f"<p>{esc(spec.name)}</p>")]
    if spec.show == "impl" and "impl_only" in spec.flags:
        sections.append(("事项编码", f"<p>{spec.impl_code}</p>"))
    elif spec.show == "impl":
        sections.append(("基本编码", f"<p>{spec.basic_code}</p>"))
        sections.append(("实施编码", f"<p>{spec.impl_code}</p>"))
    elif spec.show == "basic":
        sections.append(("基本编码", f"<p>{spec.basic_code}</p>"))
    sections += [
        ("事项类型", f"<p>{spec.kind}</p>"),
        ("实施主体", f"<p>{esc(spec.department)}</p>"),
        ("行使层级", f"<p>{'；'.join(LEVEL_TEXT[lv] for lv in spec.levels)}</p>") if spec.levels else None,
        ("办理形式", f"<p>{'；'.join(CHANNEL_TEXT[c] for c in spec.channels)}</p>"),
    ]
    if spec.depth:
        sections.append(("网上办理深度", f"<p>{ROMAN[spec.depth]}级</p>"))
    sections += [
        ("到现场次数", f"<p>{spec.visits}&nbsp;次</p>"),
        ("办理时限", ("<p>法定办结时限：" + (f"{spec.statutory}个工作日" if spec.statutory else "无") + "</p>"
                      "<p>承诺办结时限：" + ("即办" if spec.promised == 0 else f"{spec.promised}个工作日") + "</p>")),
        ("办件类型", f"<p>{CASE_TEXT[spec.case_type]}</p>") if spec.case_type else None,
        ("受理条件", f"<p>　　{esc(spec.pool.condition)}</p>"),
    ]
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(m.name)}</td><td>{FORM_TEXT[m.form]}</td><td>{m.copies}</td>"
        f"<td>{'免提交（通过电子证照库调取）' if m.exempt else '&nbsp;'}</td></tr>"
        for i, m in enumerate(spec.materials, start=1))
    sections.append(("申请材料", '<table border="1" cellspacing="0" cellpadding="4" class="ke-zeroborder">'
                                 "<tr><td>序号</td><td>材料名称</td><td>材料形式</td><td>数量</td><td>备注</td></tr>"
                                 f"{rows}</table>"))
    places = "".join(f"<p>（{cn_number(i)}）{esc(loc.name)}</p><p>地址：{esc(loc.address)}</p><p>办公时间：{loc.hours}</p>"
                     for i, loc in enumerate(spec.locations, start=1))
    sections += [
        ("办理地点", places),
        ("办理流程", "".join(f"<p>{i}．{name}：{desc}。</p>" for i, (name, desc, _) in enumerate(steps_for(spec), start=1))),
        ("收费标准", "<p>不收费。</p>"),
        ("咨询电话", f"<p>{spec.phone}</p>"),
        ("监督投诉电话", f"<p>{spec.complaint_phone}；12345政务服务便民热线</p>"),
        ("设定依据", f"<p>{esc(spec.pool.basis)}</p>"),
    ]
    if spec.has_entry:
        sections.append(("网上办理", f'<p><a href="{apply_url(spec)}" target="_blank">立即办理</a></p>'))
    shown = [section for section in sections if section is not None]
    body = "\n".join(f"<h3>{cn_number(i)}、{label}{_colon(spec, i)}</h3>\n{value}"
                     for i, (label, value) in enumerate(shown, start=1))
    return f'<div class="art-content" id="zoom">\n{body}\n</div>'


def _tpl_b(spec: GuideSpec) -> str:
    lines: list[tuple[str, str] | None] = [("事项名称", esc(spec.name))]
    if spec.show in ("impl", "basic"):
        lines.append(("基本编码", spec.basic_code))
    if spec.show == "impl":
        lines.append(("实施编码", spec.impl_code))
    depth_text = {4: "全程网办", 3: "Ⅲ级（网上预审）", 2: "Ⅱ级", 1: "Ⅰ级"}
    lines += [
        ("实施主体", f"&nbsp;{esc(spec.department)}&nbsp;"),
        ("事项类型", spec.kind),
        ("行使层级", "、".join(LEVEL_TEXT[lv] for lv in spec.levels)) if spec.levels else None,
        ("办理形式", "；".join(CHANNEL_TEXT[c] for c in spec.channels)),
    ]
    if spec.depth:
        lines.append(("网办深度", depth_text[spec.depth]))
    lines += [
        ("到现场次数", f"{spec.visits}次"),
        ("法定办结时限", f"{spec.statutory}个工作日" if spec.statutory else "无"),
        ("承诺办结时限", "当场办结" if spec.promised == 0 else f"{spec.promised}个工作日"),
        ("办件类型", CASE_TEXT[spec.case_type]) if spec.case_type else None,
        ("受理条件", esc(spec.pool.condition)),
    ]
    materials = []
    for i, m in enumerate(spec.materials, start=1):
        attrs = [m.copies]
        if m.form:
            attrs.append(f"材料形式：{FORM_TEXT[m.form]}")
        if m.exempt:
            attrs.append("免提交，通过电子证照库调取")
        end = "。" if i == len(spec.materials) else "；"
        materials.append(f"　　{i}、{esc(m.name)}（{'；'.join(attrs)}）{end}")
    lines.append(("申请材料", "<br/>" + "<br/>".join(materials)))
    marks = "①②③④⑤"
    places = [f"　　{marks[i]}{esc(loc.name)}：{esc(loc.address)}（{loc.hours}）；"
              for i, loc in enumerate(spec.locations)]
    lines += [
        ("办理地点", "<br/>" + "<br/>".join(places)),
        ("办理流程", "→".join(name for name, _, _ in steps_for(spec))),
        ("收费标准", "不收费"),
        ("咨询电话", spec.phone),
    ]
    if spec.has_entry:
        lines.append(("网上办理", f'<a href="{apply_url(spec)}" target="_blank">网上申报</a>'))
    shown = [line for line in lines if line is not None]
    body = "<br/>\n".join(f"<strong>【{label}】{_colon(spec, i)}</strong>{value}"
                          for i, (label, value) in enumerate(shown, start=1))
    return f'<div class="TRS_Editor"><p style="text-indent:2em;line-height:2">\n{body}\n</p></div>'


def _detail(spec: GuideSpec) -> str:
    month, day = 1 + spec.seq % 12, 1 + (spec.seq * 7) % 28
    content = _tpl_a(spec) if "tpl_a" in spec.flags else _tpl_b(spec)
    return _head(f"{spec.name}办事指南_云岫市人民政府") + f"""
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bsfw/">办事服务</a> &gt; <a href="/bsfw/">办事指南</a></div>
<div class="article">
<h1 class="art-title">{esc(spec.name)}办事指南</h1>
<div class="art-info">发布日期：2024-{month:02d}-{day:02d}　信息来源：{esc(spec.department)}　浏览次数：<span id="hits">0</span>　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
{content}
<div class="art-tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>
<script>function doZoom(size){{document.getElementById('zoom') && (document.getElementById('zoom').style.fontSize=size+'px');}}</script>
""" + _FOOT


def _list_page(specs: list[GuideSpec], page: int, pages: int) -> str:
    rows = "\n".join(
        f'<li><a href="{guide_url(s)}" target="_blank" title="{esc(s.name)}办事指南">{esc(s.name)}办事指南</a>'
        f"<span class=\"date\">2024-{1 + s.seq % 12:02d}-{1 + (s.seq * 7) % 28:02d}</span></li>"
        for s in specs[(page - 1) * PAGE_SIZE: page * PAGE_SIZE])

    def page_href(p: int) -> str:
        return "index.html" if p == 1 else f"list_{p}.html"

    pager = [f'<a href="{page_href(1)}">首页</a>']
    if page > 1:
        pager.append(f'<a href="{page_href(page - 1)}">上一页</a>')
    if page < pages:
        pager.append(f'<a href="{page_href(page + 1)}">下一页</a>')
    pager.append(f'<a href="{page_href(pages)}">尾页</a>　第{page}页/共{pages}页')
    return _head("办事指南_云岫市人民政府") + f"""
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bsfw/">办事服务</a> &gt; 办事指南</div>
<div class="list-box"><h2>办事指南</h2>
<ul class="art-list">
{rows}
</ul>
<div class="pages">{"　".join(pager)}</div>
</div>
""" + _FOOT


def _home(specs: list[GuideSpec]) -> str:
    hot = "".join(f'<li><a href="{guide_url(s)}">{esc(s.name)}</a></li>' for s in specs[1:12:4])
    return _head("云岫市人民政府") + f"""
<div class="home">
<div class="home-box"><h2>要闻动态</h2><ul><li><a href="/zwgk/">云岫市召开优化营商环境工作推进会</a></li><li><a href="/zwgk/">市政务服务中心开展“办不成事”反映窗口服务</a></li></ul></div>
<div class="home-box"><h2><a href="/bsfw/">办事服务</a></h2><ul>{hot}</ul><p><a href="/bsfw/">更多办事指南&gt;&gt;</a></p></div>
<div class="home-box"><h2>政务公开</h2><p><a href="/zwgk/">政府信息公开</a></p></div>
</div>
""" + _FOOT


def _stub(title: str, text: str) -> str:
    return _head(f"{title}_云岫市人民政府") + f'<div class="stub"><h2>{title}</h2><p>{text}</p></div>' + _FOOT


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gen = Generator(GEO, seed=4404, main_hall="云岫市政务服务中心")
    specs = gen.guides(PICKS)
    site = Site(PORTAL_ID, "utf-8")
    for spec in specs:
        spec.url = guide_url(spec)
        spec.entry_url = apply_url(spec)
    site.put("/", _home(specs))
    pages = (len(specs) + PAGE_SIZE - 1) // PAGE_SIZE
    for page in range(1, pages + 1):
        site.put("/bsfw/" if page == 1 else f"/bsfw/list_{page}.html", _list_page(specs, page, pages))
    for spec in specs:
        site.put(spec.url, _detail(spec))
        if spec.has_entry:
            site.put(apply_url(spec), _stub("网上申报", f"{esc(spec.name)}：请使用“一部手机办事通”或统一身份认证登录后申报。"))
    site.put("/zwgk/", _stub("政务公开", "政府信息公开指南、目录。"))
    site.put("/hdjl/", _stub("互动交流", "市长信箱、在线咨询。"))
    site.put("/search/", _stub("搜索", "请输入关键词。"))
    site.put("/static/css/site.css", asset_text(__file__, "yunxiu/site.css"))
    site.put_bytes("static/img/blank.gif", bytes.fromhex(
        "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"))
    site.put_bytes("headers.json", (
        b'{\n  "*.css": "text/css",\n  "*.gif": "image/gif",\n  "*": "text/html; charset=UTF-8"\n}\n'))
    return site.files, {
        "id": PORTAL_ID,
        "name": "云岫市人民政府 办事服务",
        "style": "CMS articles: <h3>一、label</h3><p>value</p> (template A) and <strong>【label】</strong>value<br/> "
                 "(template B), full-width punctuation, &nbsp; and U+3000 spaces",
        "home": "",
        "charset": "utf-8",
        "served_content_type": "text/html; charset=UTF-8",
        "items": [s.truth() for s in specs],
    }
