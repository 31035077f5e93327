"""桑园市政务服务 H5 (sangyuan): a mobile site, UTF-8.

* The root only redirects (script + a plain link) to ``/m/``. ``/m/`` → 个人办事 / 法人办事 lists
  ``/m/list.html?cat=grbs`` paged by a plain 加载更多 link ``list.html?cat=grbs&page=2``.
* A guide ``/m/guide.html?id=N``: the top bar's ``<h1>`` says 办事指南; the item name is the
  ``<h2>`` of the title card (there is no 事项名称 row). Fields are
  ``<ul class="kv"><li><span class="k">…</span><span class="v">…</span></li></ul>``; values and hall
  names carry icon-font glyphs (``<i class="iconfont">&#xe651;</i>``, private-use code points).
  The 实施编码 sits in a folded 更多信息 card (in the DOM, collapsed by CSS).
* Limits read "20个工作日（不含公示时间）" / "即办"; visits "0次（全程网办）"; depth "全程网办" or
  "Ⅲ级（网上预审）"; the online entry is ``<button data-url="apply.html?itemCode=…">立即办理</button>``
  (a 预约 button beside it has its own ``data-url``); counter-only guides show a disabled button.
* Materials and halls are cards: ``<div class="mat"><p class="mat-name">…</p><p>材料形式：电子化</p>
  <p>是否免提交：是</p>…</div>``.
"""

from __future__ import annotations

from dataclasses import replace

from tests.corpora.layout import asset_text
from tests.corpora.portals2.model import Guide, Hall, truth_item, usci
from tests.corpora.portals2.pool import TEMPLATES, City, make_guide
from tests.corpora.portals2.render_util import PortalBuild, Site, channel_text, esc, yes_no

CITY = City(
    id="sangyuan", name="桑园市", region="619300",
    counties={"wb": ("桑园市渭北区", "619302"), "fs": ("沣水县", "619321")},
    halls={
        "city": Hall("桑园市政务服务中心", "city", "桑园市渭北区长乐路1号", "工作日 9:00-12:00 13:30-17:30", "0917-8126000"),
        "wb": Hall("渭北区政务服务中心", "county", "桑园市渭北区北辰大道77号", "工作日 9:00-12:00 14:00-17:30", "0917-8231234"),
        "fs": Hall("沣水县政务服务中心", "county", "沣水县沣河路28号", "工作日 8:30-12:00 14:30-18:00", "0917-6612345"),
        "lm": Hall("龙门街道便民服务中心", "town", "桑园市渭北区龙门街道龙门路15号", "工作日 9:00-12:00 14:00-17:00",
                   "0917-8235566"),
        "lw": Hall("柳湾社区便民服务站", "village", "桑园市渭北区龙门街道柳湾社区居委会一楼", "工作日 9:00-12:00 14:00-17:00",
                   "0917-8235901"),
        "gt": Hall("沣水县高塘镇便民服务中心", "town", "沣水县高塘镇高塘街2号", "工作日 8:30-12:00 14:30-18:00",
                   "0917-6650011"),
        "yb": Hall("桑园市医疗保障经办服务大厅", "city", "桑园市渭北区长乐路1号政务服务中心一楼", "工作日 9:00-12:00 13:30-17:30",
                   "0917-8126100"),
        "sb": Hall("渭北区社会保险经办服务大厅", "county", "桑园市渭北区北辰大道77号一楼", "工作日 9:00-12:00 14:00-17:30",
                   "0917-8231300"),
    },
    phone="0917",
)

HOME = "m/"
STREET = "桑园市渭北区龙门街道办事处"


def guides() -> list[Guide]:
    c = CITY
    return [
        make_guide("cjrz", c, flags={"limit_note": "（不含残疾评定时间）"},
                   materials=[replace(m, necessity="容缺后补") if m.name == "残疾评定表" else m
                              for m in TEMPLATES["cjrz"].materials]),
        make_guide("gljt", c, digit="5", department=STREET, usci=usci("11", "619302", STREET), levels=["town"],
                   hall_keys=("lm", "lw"), depth=4, visits=0, flags={"limit_note": "（不含公示时间）"},
                   statutory=20),
        make_guide("zyzs", c, depth=4, visits=0),
        make_guide("lhjy", c, hall_keys=("city", "sb"), depth=4, visits=0),
        make_guide("sydj", c, channels=["counter", "online", "self_service"], depth=4, visits=0),
        make_guide("cxdy", c, digit="4", county="wb", levels=["county"], hall_keys=("sb", "lm")),
        make_guide("gtzx", c, channels=["online"], depth=4, visits=0,
                   flags={"notice": "本事项仅支持网上办理，请通过“秦务员”APP或本网站在线申请，窗口不再受理纸质申请。"}),
        make_guide("gszx", c, depth=4, visits=0),
        make_guide("jdcwx", c, depth=4, visits=0),
        make_guide("cyzg", c, promised=0, case_type="immediate"),
        make_guide("dwfy", c, digit="4", county="fs", levels=["county"], hall_keys=("fs",), channels=["counter"],
                   depth=None, visits=2, appointment=False, flags={"limit_note": "（不含现场核查时间）"}),
        make_guide("ldcf", c, digit="4", county="fs", levels=["county"], hall_keys=("fs", "gt")),
        make_guide("cbwls", c, depth=2, visits=1),
        make_guide("gwty", c, flags={"limit_note": "（不含专家评审时间）"}),
        make_guide("sybx", c, hall_keys=("yb",), depth=4, visits=0),
        make_guide("spfwq", c, depth=4, visits=0),
        make_guide("ldfh", c, depth=4, visits=0, channels=["online", "counter"]),
        make_guide("kjet", c, digit="4", county="wb", levels=["county"], hall_keys=("wb", "lm"), channels=["counter"],
                   depth=None, visits=1, flags={"period": True, "limit_note": "（不含公示时间）"}),
    ]


def guide_id(index: int) -> str:
    return f"6193{2024000 + 17 * index + 3}"


def guide_url(index: int) -> str:
    return f"/m/guide.html?id={guide_id(index)}"


def entry_url(g: Guide) -> str | None:
    return f"/m/apply.html?itemCode={g.impl_code}" if g.online else None


LEVEL_WORDS = {"city": "市级", "county": "县级", "town": "镇（乡、街道）级", "village": "村（社区）级"}
CHANNEL_WORDS = {"counter": "窗口办理", "online": "网上办理", "post": "快递办理", "self_service": "自助终端办理"}
DEPTH_WORDS = {4: "全程网办", 3: "Ⅲ级（网上预审）", 2: "Ⅱ级（网上收件）", 1: "Ⅰ级（网上咨询）"}
FORM_WORDS = {"paper": "纸质", "electronic": "电子化", "both": "纸质、电子化"}
ICONS = {"ok": "&#xe60c;", "time": "&#xe6b1;", "loc": "&#xe651;", "tel": "&#xe62a;", "doc": "&#xe61d;"}


def icon(name: str) -> str:
    return f'<i class="iconfont">{ICONS[name]}</i>'


def kv(label: str, value: str) -> str:
    return f'<li><span class="k">{label}</span><span class="v">{value}</span></li>'


def page(title: str, body: str, bar: str = "", back: bool = True) -> str:
    back_link = '<a class="back" href="javascript:history.back()"><i class="iconfont">&#xe679;</i></a>' if back else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}-桑园市政务服务</title>
<link rel="stylesheet" href="/m/static/css/h5.css">
<link rel="stylesheet" href="/m/static/font/iconfont.css">
<script>(function(d){{var w=d.documentElement.clientWidth;d.documentElement.style.fontSize=(w/7.5)+'px';}})(document);</script>
</head>
<body>
<header class="bar">{back_link}<h1>{esc(bar or title)}</h1><a class="home" href="/m/"><i class="iconfont">&#xe600;</i></a></header>
{body}
<nav class="tabbar"><a href="/m/"><i class="iconfont">&#xe600;</i>首页</a><a href="/m/list.html?cat=grbs"><i class="iconfont">&#xe61d;</i>办事</a><a href="/m/my.html"><i class="iconfont">&#xe62f;</i>我的</a></nav>
<footer class="foot">桑园市人民政府主办　桑园市行政审批服务局承办<br>地址：桑园市渭北区长乐路1号　电话：0917-8126000<br>陕ICP备20001234号</footer>
<script src="/m/static/js/h5.js"></script>
</body>
</html>
"""


def days(value: int | None, note: str = "") -> str:
    if value is None:
        return "无"
    return "即办" if value == 0 else f"{value}个工作日{note}"


def render_guide(g: Guide) -> str:
    note = g.flags.get("limit_note", "")
    rows = [
        kv("事项类型", esc(g.item_type)),
        kv("实施主体", esc(g.department)),
        kv("行使层级", "、".join(LEVEL_WORDS[level] for level in g.levels)),
        kv("服务对象", esc(g.objects.replace(",", "、"))),
        kv("办理形式", channel_text(g.channels, CHANNEL_WORDS, "、")),
    ]
    if g.depth is not None:
        rows.append(kv("网办深度", f"{icon('ok')}{DEPTH_WORDS[g.depth]}"))
    visits = f"{g.visits}次（全程网办）" if g.visits == 0 and g.depth == 4 else f"{g.visits}次"
    rows += [
        kv("到办事现场次数", visits),
        kv("法定办结时限", f"{icon('time')}{days(g.statutory, note)}"),
        kv("承诺办结时限", f"{icon('time')}{days(g.promised)}"),
        kv("办件类型", "即办件" if g.case_type == "immediate" else "承诺件"),
        kv("是否收费", f"{icon('ok')}{'是' if g.fee else '否'}"),
    ]
    more = [
        kv("实施编码", g.impl_code),
        kv("基本编码", g.basic_code),
        kv("是否支持预约办理", yes_no(g.appointment)),
        kv("是否支持物流快递", yes_no(g.express)),
        kv("必须现场办理原因", esc(g.visit_reason)),
    ]
    mats = []
    for number, mat in enumerate(g.materials, 1):
        tag = '<span class="tag">容缺</span>' if mat.necessity == "容缺后补" else ""
        name = esc(mat.name) + ("。" if g.flags.get("period") else "")
        count = "、".join(part for part in (f"原件{mat.originals}份" if mat.originals else "",
                                             f"复印件{mat.copies}份" if mat.copies else "") if part) or "无需提交纸质件"
        mats.append(f"""<div class="mat">
<p class="mat-name"><span class="no">{number}</span>{name}{tag}</p>
<p>材料形式：{FORM_WORDS[mat.form]}</p>
<p>是否免提交：{yes_no(mat.exempt)}</p>
<p>份数：{count}</p>
<p>来源渠道：{esc(mat.source)}</p>
</div>""")
    halls = []
    for h in g.halls:
        halls.append(f"""<div class="hall">
<p class="hall-name">{icon('loc')}{esc(h.name)}</p>
<p>地址：{esc(h.address)}</p>
<p>办公时间：{esc(h.hours)}</p>
<p>电话：<a href="tel:{h.phone}">{icon('tel')}{h.phone}</a></p>
<a class="nav-btn" href="https://uri.amap.com/search?keyword={esc(h.name)}">导航</a>
</div>""")
    entry = entry_url(g)
    apply_button = (f'<button class="btn-apply" data-url="apply.html?itemCode={g.impl_code}">立即办理</button>'
                    if entry else '<button class="btn-apply btn-disabled" disabled>仅支持窗口办理</button>')
    book = (f'<button class="btn-book" data-url="booking.html?itemCode={g.impl_code}">预约</button>'
            if g.appointment else "")
    notice = f'<div class="notice">{icon("doc")}{esc(g.flags["notice"])}</div>' if "notice" in g.flags else ""
    conditions = "".join(f"<p>{esc(text)}</p>" for text in g.conditions)
    steps = "".join(f"<li>{esc(name)}<em>{esc(limit)}</em></li>" for name, limit, _rule in g.steps)
    basis = "".join(f"<p>{esc(text)}</p>" for text in g.basis)
    body = f"""<div class="title-card">
<h2>{esc(g.name)}</h2>
<p class="sub">{esc(g.department)}</p>
<div class="badges"><span>{"最多跑一次" if g.visits and g.visits <= 1 else "零跑动" if g.visits == 0 else "需到现场"}</span><span>{esc(g.item_type)}</span></div>
</div>
{notice}
<section class="card"><h3 class="card-t"><i class="iconfont">&#xe61d;</i>基本信息</h3>
<ul class="kv">
{chr(10).join(rows)}
</ul>
<div class="fold"><input type="checkbox" id="fold-more" class="fold-toggle"><label for="fold-more" class="fold-head">更多信息<i class="iconfont">&#xe6a5;</i></label>
<div class="fold-body"><ul class="kv">
{chr(10).join(more)}
</ul></div></div>
</section>
<section class="card"><h3 class="card-t"><i class="iconfont">&#xe61d;</i>申请材料</h3>
{chr(10).join(mats)}
</section>
<section class="card"><h3 class="card-t"><i class="iconfont">&#xe61d;</i>受理条件</h3>{conditions}</section>
<section class="card"><h3 class="card-t"><i class="iconfont">&#xe61d;</i>办理流程</h3><ol class="steps">{steps}</ol></section>
<section class="card"><h3 class="card-t"><i class="iconfont">&#xe651;</i>办理地点</h3>
{chr(10).join(halls)}
</section>
<section class="card"><h3 class="card-t"><i class="iconfont">&#xe61d;</i>设定依据</h3>{basis}</section>
<div class="bottom-bar"><button class="btn-consult" data-tel="{g.halls[0].phone}">咨询</button>{book}{apply_button}</div>
<script type="text/html" id="tpl-kv"><li><span class="k">{{{{k}}}}</span><span class="v">{{{{v}}}}</span></li></script>
<script type="text/html" id="tpl-apply"><button class="btn-apply" data-url="{{{{url}}}}">立即办理</button></script>"""
    return page(g.name, body, bar="办事指南")


def list_page(title: str, cat: str, chunk: list[tuple[int, Guide]], number: int, pages: int) -> str:
    items = "\n".join(
        f'<li><a href="guide.html?id={guide_id(i)}"><p class="n">{esc(g.name)}</p>'
        f'<p class="d">{esc(g.department)}</p><i class="iconfont">&#xe6a7;</i></a></li>' for i, g in chunk)
    more = (f'<a class="load-more" href="list.html?cat={cat}&amp;page={number + 1}">加载更多</a>' if number < pages
            else '<p class="no-more">没有更多了</p>')
    return page(title, f'<ul class="list">\n{items}\n</ul>\n{more}')


def build() -> PortalBuild:
    site = Site("utf-8")
    all_guides = guides()
    items = []
    for index, g in enumerate(all_guides):
        site.put(guide_url(index), render_guide(g))
        items.append(truth_item(g, guide_url(index), entry_url(g)))
    for cat, title, category in (("grbs", "个人办事", "个人"), ("frbs", "法人办事", "法人")):
        chosen = [(i, g) for i, g in enumerate(all_guides) if g.category == category]
        chunks = [chosen[k:k + 6] for k in range(0, len(chosen), 6)]
        for number, chunk in enumerate(chunks, 1):
            html_page = list_page(title, cat, chunk, number, len(chunks))
            site.put(f"/m/list.html?cat={cat}&page={number}", html_page)
            if number == 1:
                site.put(f"/m/list.html?cat={cat}", html_page)
    hot = "\n".join(f'<li><a href="guide.html?id={guide_id(i)}">{esc(g.name)}</a></li>'
                    for i, g in enumerate(all_guides) if i in (0, 4, 9))
    home = f"""<div class="search"><i class="iconfont">&#xe6a8;</i><input placeholder="搜索事项、服务"></div>
<div class="grid-entry"><a href="list.html?cat=grbs"><i class="iconfont">&#xe62f;</i>个人办事</a><a href="list.html?cat=frbs"><i class="iconfont">&#xe60a;</i>法人办事</a><a href="my.html"><i class="iconfont">&#xe62a;</i>办件查询</a></div>
<section class="card"><h3 class="card-t">热门服务</h3><ul class="list">
{hot}
</ul></section>"""
    site.put("/m/", page("首页", home, bar="桑园市政务服务", back=False))
    site.put("/", """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>桑园市政务服务网</title>
<script>location.replace('/m/');</script></head>
<body><p>正在跳转到桑园市政务服务移动端…<a href="/m/">如未跳转请点击</a></p></body></html>
""")
    for url, title, inner in (
        ("/m/apply.html", "在线申请", "<p>请先登录（“秦务员”统一身份认证）。</p>"),
        ("/m/booking.html", "预约办理", "<p>请选择预约日期与时段。</p>"),
        ("/m/my.html", "我的", "<p>登录后查看我的办件。</p>"),
    ):
        site.put(url, page(title, f'<div class="card">{inner}</div>'))
    site.put("/m/static/css/h5.css", CSS)
    site.put("/m/static/font/iconfont.css", ICONFONT_CSS)
    site.put("/m/static/js/h5.js", H5_JS)
    truth = {
        "id": "sangyuan", "name": "桑园市政务服务（移动端）",
        "style": "H5 mobile: ul.kv > li > span.k + span.v, icon-font glyphs in values, name only in the title card, "
                 "button data-url 立即办理, material and hall cards",
        "home": HOME, "charset": "utf-8", "served_content_type": "text/html;charset=utf-8",
        "items": items,
    }
    headers = {"*.css": "text/css", "*.js": "application/javascript", "*": "text/html;charset=utf-8"}
    return PortalBuild(site, headers, truth)


CSS = asset_text(__file__, "sangyuan/h5.css")

ICONFONT_CSS = asset_text(__file__, "sangyuan/iconfont.css")

H5_JS = asset_text(__file__, "sangyuan/h5.js")
