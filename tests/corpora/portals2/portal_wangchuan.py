"""望川市政务服务网 (wangchuan): a tabbed guide layout, UTF-8.

* Home → 个人服务 / 法人服务 theme lists (paged ``?pageNo=N``) and 部门服务 → one list per
  department (``list.html?deptCode=<USCI>``). All links are plain ``<a href>``.
* A guide is ``detail.html?itemCode=<实施编码>``: a title bar with the 在线办理 button, then
  ``<ul class="tabs"><li>基本信息</li>…</ul>`` and one ``div.tab-pane`` per tab. The tab names are
  ``<li>`` text, not headings.
* 基本信息 is a 2-column table of ``<th>`` label / ``<td>`` value rows.
* 申请材料 is a 6-column table whose two header rows use ``<td>`` (份数 spans 原件 / 复印件);
  some guides add ``<td colspan="6">`` 情形 rows. Names may carry a 样表下载 link; 来源渠道 is
  申请人自备 / 政府部门核发 / 中介机构出具, and "（由部门共享获取）" after it marks an exempt material.
* 办理地点 is a table 窗口名称 / 办公地址 / 办公时间 / 咨询电话.
"""

from __future__ import annotations

from tests.corpora.layout import asset_text
from tests.corpora.portals2.model import Guide, Hall, truth_item, unique_materials
from tests.corpora.portals2.pool import City, make_guide
from tests.corpora.portals2.render_util import PortalBuild, Site, channel_text, esc, paged, yes_no

CITY = City(
    id="wangchuan", name="望川市", region="519300",
    counties={"tb": ("望川市沱北区", "519302"), "tn": ("望川市沱南区", "519303"), "pq": ("平羌县", "519321")},
    halls={
        "city": Hall("望川市政务服务中心综合受理窗口", "city", "望川市沱北区滨江大道266号市民中心二楼B区",
                     "周一至周五 上午9:00-12:00，下午13:30-17:30（法定节假日除外）", "0832-6120188"),
        "tb": Hall("沱北区政务服务中心综合受理窗口", "county", "望川市沱北区临江路18号",
                   "周一至周五 上午9:00-12:00，下午14:00-17:30", "0832-6231050"),
        "tn": Hall("望川市沱南区政务服务中心", "county", "望川市沱南区南湖大道9号",
                   "周一至周五 上午9:00-12:00，下午14:00-17:30", "0832-6352200"),
        "pq": Hall("平羌县政务服务中心", "county", "平羌县城关镇建设路66号",
                   "周一至周五 上午8:30-12:00，下午14:00-17:30", "0832-7721345"),
        "lj": Hall("沱北区临江街道便民服务中心", "town", "望川市沱北区临江街道河滨路3号",
                   "周一至周五 上午9:00-12:00，下午14:00-17:00", "0832-6233101"),
        "bdc": Hall("望川市不动产登记中心服务大厅", "city", "望川市沱北区文星路100号",
                    "周一至周六 上午9:00-12:00，下午13:30-17:30", "0832-6120600"),
        "yb": Hall("望川市医疗保障服务中心", "city", "望川市沱北区滨江大道266号市民中心一楼A区",
                   "周一至周五 上午9:00-12:00，下午13:30-17:30", "0832-6120312"),
        "gjj": Hall("望川市住房公积金管理中心营业大厅", "city", "望川市沱北区金龙街8号",
                    "周一至周五 上午9:00-12:00，下午13:30-17:30", "0832-12329"),
    },
    phone="0832",
)

HOME = ""
ENTRY = "/wsbs/apply.html"
GUIDE = "/zwfw/guide/detail.html"


def guides() -> list[Guide]:
    c = CITY
    both = ("city", "tb")
    return [
        make_guide("ylqx3", c),
        make_guide("grdz", c, levels=["city", "county"], hall_keys=both, depth=4, visits=0,
                   channels=["counter", "online", "post"], express=True),
        make_guide("rlzy", c),
        make_guide("gsrd", c, channels=["counter", "online", "post"], flags={"stale_promised": 45}),
        make_guide("yszc", c, levels=["city", "county"], hall_keys=("city", "tn")),
        make_guide("fszl", c, channels=["counter"], depth=None, visits=2, appointment=False),
        make_guide("mfqy", c, name="民办非企业单位成立登记（设区的市级权限）", depth=2, visits=2),
        make_guide("yljg", c, levels=["city", "county"], hall_keys=both, depth=4, visits=0),
        make_guide("ydgh", c),
        make_guide("bdcdy", c, hall_keys=("bdc",), depth=3, visits=1, channels=["counter", "online"],
                   flags={"delegated": "望川市自然资源和规划局"}),
        make_guide("rqjy", c, channels=["counter"], depth=None, visits=1),
        make_guide("wjdl", c, flags={"stale_visits": 2}),
        make_guide("xfys", c, levels=["city", "county"], hall_keys=("city", "tb", "tn")),
        make_guide("wyc", c, depth=4, visits=0),
        make_guide("pwxk", c, channels=["online"], depth=4, visits=0,
                   flags={"notice": "本事项仅受理网上申请，窗口不再接收纸质材料，请登录望川市政务服务网在线申报。"}),
        make_guide("nyjy", c, digit="4", county="pq", levels=["county"], hall_keys=("pq",)),
        make_guide("wb", c, fee=False),
        make_guide("mtbz", c, hall_keys=("yb",), depth=3, visits=1),
        make_guide("gjjtq", c, hall_keys=("gjj",), depth=4, visits=0, promised=0, case_type="immediate"),
        make_guide("lsjz", c, digit="4", county="tb", levels=["county"], hall_keys=("tb", "lj"), depth=2,
                   visits=1, channels=["counter"]),
    ]


def guide_url(guide: Guide) -> str:
    return f"{GUIDE}?itemCode={guide.impl_code}"


def entry_url(guide: Guide) -> str | None:
    return f"{ENTRY}?itemCode={guide.impl_code}" if guide.online else None


LEVEL_WORDS = {"city": "市级", "county": "县级", "town": "乡镇（街道）级"}
CHANNEL_WORDS = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助终端办理"}
DEPTH_WORDS = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级（全程网办）"}
FORM_WORDS = {"paper": "纸质", "electronic": "电子化", "both": "纸质、电子化"}


def days(value: int | None, zero: str = "即办") -> str:
    if value is None:
        return "无"
    return zero if value == 0 else f"{value}个工作日"


def page(title: str, body: str, crumbs: list[tuple[str, str]]) -> str:
    trail = " &gt; ".join(f'<a href="{href}">{esc(text)}</a>' if href else esc(text) for text, href in crumbs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}-望川市政务服务网</title>
<meta name="keywords" content="望川市政务服务网,办事指南,网上办事">
<link rel="stylesheet" href="/static/css/wc.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问望川市政务服务网！</span>
<span class="fr"><a href="/wsbs/login.html">登录</a> | <a href="/wsbs/register.html">注册</a> | <a href="javascript:;" onclick="toggleElder()">长者模式</a> | <a href="javascript:;" id="wza">无障碍</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="望川市政务服务网"></a>
<form class="search" action="/zwfw/search.html" method="get"><input type="text" name="keyword" placeholder="请输入事项名称"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwfw/theme/gr.html">个人服务</a></li><li><a href="/zwfw/theme/fr.html">法人服务</a></li>
<li><a href="/zwfw/bm/index.html">部门服务</a></li><li><a href="/zwfw/search.html">办件查询</a></li><li><a href="/hcp/index.html">好差评</a></li>
</ul></div>
<div class="w1200 crumb">当前位置：{trail}</div>
{body}
<div class="footer"><div class="w1200">
<p><a href="/about.html">关于我们</a> | <a href="/sitemap.html">网站地图</a> | <a href="/about.html#contact">联系我们</a></p>
<p>主办单位：望川市人民政府办公室　承办单位：望川市政务服务管理局</p>
<p>地址：望川市沱北区滨江大道266号　联系电话：0832-6120000　邮编：629000</p>
<p>蜀ICP备05012345号-1　<img src="/static/img/gongan.png" alt="">川公网安备 51930202000123号　网站标识码：5193000001</p>
</div></div>
<script src="/static/js/tabs.js"></script>
</body>
</html>
"""


def basic_rows(g: Guide) -> list[tuple[str, str]]:
    levels = "、".join(LEVEL_WORDS[level] for level in g.levels)
    rows = [
        ("事项名称", esc(g.name)),
        ("事项类型", esc(g.item_type)),
        ("基本编码", g.basic_code),
        ("实施编码", g.impl_code),
        ("实施主体", esc(g.department)),
        ("实施主体性质", "法定机关" if g.dept_usci.startswith("11") else "法律法规授权组织"),
    ]
    if "delegated" in g.flags:
        rows.append(("委托部门", esc(g.flags["delegated"])))
    rows += [
        ("行使层级", levels),
        ("服务对象", esc(g.objects.replace(",", "、"))),
        ("办理形式", channel_text(g.channels, CHANNEL_WORDS, "、")),
        ("是否网办", yes_no(g.online)),
        ("网上办理深度", DEPTH_WORDS[g.depth] if g.depth else "无"),
        ("到办事现场次数", f"{g.visits}次"),
        ("必须现场办理原因说明", esc(g.visit_reason)),
        ("法定办结时限", days(g.statutory)),
        ("承诺办结时限", days(g.promised)),
        ("办件类型", {"immediate": "即办件", "promised": "承诺件", "other": "上报件"}[g.case_type]),
        ("是否收费", "收费" if g.fee else "不收费"),
        ("是否支持预约办理", yes_no(g.appointment)),
        ("是否支持物流快递", yes_no(g.express)),
        ("通办范围", "全市通办" if g.level_digit == "3" else "全区通办"),
        ("咨询电话", g.halls[0].phone),
        ("监督投诉电话", "0832-12345"),
    ]
    return rows


def material_rows(g: Guide) -> str:
    out: list[str] = []
    current = ""
    for number, mat in enumerate(g.materials, 1):
        if mat.situation != current:
            current = mat.situation
            out.append(f'<tr class="qx"><td colspan="6">情形：{esc(current)}，还需提交以下材料</td></tr>')
        download = ""
        if mat.name.startswith("《"):
            download = (f' <a class="down" href="/attach/sample/{g.basic_code}-{number}.doc" '
                        f'target="_blank">[样表下载]</a>')
        source = esc(mat.source) + ("（由部门共享获取）" if mat.exempt else "")
        out.append(f'<tr><td class="c">{number}</td><td class="cl-name">{esc(mat.name)}{download}</td>'
                   f"<td>{source}</td><td class=\"c\">{mat.originals}</td><td class=\"c\">{mat.copies}</td>"
                   f"<td>{FORM_WORDS[mat.form]}</td></tr>")
    return "\n".join(out)


def render_guide(g: Guide, others: list[Guide]) -> str:
    rows = basic_rows(g)
    info = []
    for label, value in rows:
        info.append(f"<tr><th>{label}</th><td>{value}</td></tr>")
        if label == "承诺办结时限" and "stale_promised" in g.flags:
            info.append(f"<!-- <tr><th>承诺办结时限</th><td>{g.flags['stale_promised']}个工作日</td></tr> -->")
        if label == "到办事现场次数" and "stale_visits" in g.flags:
            info.append(f"<!-- 2019版：<tr><th>到办事现场次数</th><td>{g.flags['stale_visits']}次</td></tr> -->")
    entry = entry_url(g)
    button = (f'<a class="btn btn-primary" href="{entry}" target="_blank">在线办理</a>' if entry else
              '<a class="btn btn-disabled" href="javascript:;" title="本事项暂不支持网上办理">在线办理</a>')
    halls = "\n".join(
        f"<tr><td>{esc(h.name)}</td><td>{esc(h.address)}</td><td>{esc(h.hours)}</td><td>{esc(h.phone)}</td></tr>"
        for h in g.halls)
    steps = "\n".join(f"<tr><td>{i}</td><td>{esc(name)}</td><td>{esc(limit)}</td><td>{esc(rule)}</td></tr>"
                      for i, (name, limit, rule) in enumerate(g.steps, 1))
    related = "\n".join(f'<li><a href="{guide_url(o)}">{esc(o.name)}</a></li>' for o in others)
    notice = f'<div class="notice">{esc(g.flags["notice"])}</div>' if "notice" in g.flags else ""
    fee = ("<p>按照相关收费标准执行。</p>" if g.fee else "<p>本事项不收费。</p>")
    conditions = "".join(f"<p>{i}. {esc(text)}</p>" for i, text in enumerate(g.conditions, 1))
    basis = "".join(f"<p>{esc(text)}</p>" for text in g.basis)
    tabs = ["基本信息", "申请材料", "受理条件", "办理流程", "办理地点", "收费标准", "设定依据"]
    ids = ["jbxx", "sqcl", "sltj", "bllc", "bldd", "sfbz", "sdyj"]
    active = ' class="active"'
    tab_items = "".join(f'<li{active if i == 0 else ""} data-target="tab-{tid}">{name}</li>'
                        for i, (name, tid) in enumerate(zip(tabs, ids, strict=True)))
    body = f"""<div class="w1200 main">
<input type="hidden" id="itemCode" value="{g.impl_code}">
<input type="hidden" id="deptCode" value="{g.dept_usci}">
<div class="guide-left">
<div class="guide-top">
<h2 class="g-title">{esc(g.name)}</h2>
<div class="g-tags"><span class="tag">{esc(g.item_type)}</span><span class="tag tag-blue">{"即办件" if g.case_type == "immediate" else "承诺件"}</span></div>
<div class="g-btns">{button}<a class="btn" href="javascript:;" onclick="addFav('{g.impl_code}')">收藏</a><a class="btn" href="javascript:window.print();">打印</a></div>
</div>
{notice}
<ul class="tabs" id="guideTabs">{tab_items}</ul>
<div class="tab-content">
<div class="tab-pane active" id="tab-jbxx">
<table class="tb-info" cellspacing="0" cellpadding="0">
{chr(10).join(info)}
</table>
</div>
<div class="tab-pane" id="tab-sqcl">
<table class="tb-cl" cellspacing="0" cellpadding="0">
<tr class="tb-head"><td rowspan="2">序号</td><td rowspan="2">材料名称</td><td rowspan="2">来源渠道</td><td colspan="2">份数</td><td rowspan="2">材料形式</td></tr>
<tr class="tb-head"><td>原件</td><td>复印件</td></tr>
{material_rows(g)}
</table>
<p class="tips">温馨提示：复印件须注明"与原件一致"并签名，纸质材料规格为A4。</p>
</div>
<div class="tab-pane" id="tab-sltj">{conditions}</div>
<div class="tab-pane" id="tab-bllc">
<table class="tb-lc"><tr><th>序号</th><th>办理环节</th><th>办理时限</th><th>审查标准</th></tr>
{steps}
</table>
</div>
<div class="tab-pane" id="tab-bldd">
<table class="tb-dd" cellspacing="0" cellpadding="0">
<tr><th>窗口名称</th><th>办公地址</th><th>办公时间</th><th>咨询电话</th></tr>
{halls}
</table>
</div>
<div class="tab-pane" id="tab-sfbz">{fee}</div>
<div class="tab-pane" id="tab-sdyj">{basis}</div>
</div>
</div>
<div class="guide-right">
<div class="box"><h4>相关事项</h4><ul>
{related}
</ul></div>
<div class="box"><h4>办事服务</h4><ul><li><a href="/zwfw/search.html">办件进度查询</a></li><li><a href="/hcp/index.html">好差评</a></li></ul></div>
</div>
</div>
<script>
  var itemCode = "{g.impl_code}";
  $(function () {{ initTabs("#guideTabs"); loadEvaluate(itemCode); }});
</script>"""
    crumbs = [("首页", "/"), ("部门服务", "/zwfw/bm/index.html"),
              (g.department, f"/zwfw/bm/list.html?deptCode={g.dept_usci}"), ("办事指南", "")]
    return page(g.name, body, crumbs)


def list_block(items: list[Guide]) -> str:
    return "\n".join(
        f'<li><a href="{guide_url(g)}" title="{esc(g.name)}">{esc(g.name)}</a>'
        f'<span class="dept">{esc(g.department)}</span></li>' for g in items)


def build() -> PortalBuild:
    site = Site("utf-8")
    all_guides = guides()
    items = []
    for i, g in enumerate(all_guides):
        others = [all_guides[(i + k) % len(all_guides)] for k in (1, 2, 3)]
        site.put(guide_url(g), render_guide(g, others))
        items.append(truth_item(g, guide_url(g), entry_url(g)))
    # themes, paged 6 per page
    for theme, label, cat in (("gr", "个人服务", "个人"), ("fr", "法人服务", "法人")):
        chosen = [g for g in all_guides if g.category == cat]
        pages = paged(chosen, 6)
        for number, chunk in enumerate(pages, 1):
            pager = [f"<span>共{len(chosen)}条 第{number}/{len(pages)}页</span>"]
            if number > 1:
                pager.append(f'<a href="{theme}.html?pageNo={number - 1}">上一页</a>')
            if number < len(pages):
                pager.append(f'<a href="{theme}.html?pageNo={number + 1}">下一页</a>')
            body = (f'<div class="w1200 main"><h3 class="list-title">{label}</h3><ul class="item-list">\n'
                    f'{list_block(chunk)}\n</ul><div class="pager">{" ".join(pager)}</div></div>')
            html_page = page(label, body, [("首页", "/"), (label, "")])
            site.put(f"/zwfw/theme/{theme}.html?pageNo={number}", html_page)
            if number == 1:
                site.put(f"/zwfw/theme/{theme}.html", html_page)
    # departments
    depts: dict[str, list[Guide]] = {}
    for g in all_guides:
        depts.setdefault(g.dept_usci, []).append(g)
    dept_links = "\n".join(
        f'<li><a href="list.html?deptCode={code}">{esc(gs[0].department)}</a><em>（{len(gs)}项）</em></li>'
        for code, gs in depts.items())
    dept_index = page("部门服务", f'<div class="w1200 main"><h3 class="list-title">部门服务</h3>'
                      f'<ul class="dept-list">\n{dept_links}\n</ul></div>', [("首页", "/"), ("部门服务", "")])
    site.put("/zwfw/bm/index.html", dept_index)
    site.put("/zwfw/bm/list.html", page("部门服务", '<div class="w1200 main"><p class="empty">请先选择部门。'
                                        '<a href="index.html">返回部门列表</a></p></div>',
                                        [("首页", "/"), ("部门服务", "/zwfw/bm/index.html")]))
    for code, gs in depts.items():
        body = (f'<div class="w1200 main"><h3 class="list-title">{esc(gs[0].department)}</h3>'
                f'<ul class="item-list">\n{list_block(gs)}\n</ul></div>')
        site.put(f"/zwfw/bm/list.html?deptCode={code}",
                 page(gs[0].department, body, [("首页", "/"), ("部门服务", "/zwfw/bm/index.html"),
                                               (gs[0].department, "")]))
    hot = "\n".join(f'<li><a href="{guide_url(g)}">{esc(g.name)}</a></li>' for g in all_guides[:6])
    home = f"""<div class="w1200 main home">
<div class="banner"><h2>望川市政务服务网</h2><p>一网通办　只进一扇门　最多跑一次</p></div>
<div class="entries"><a href="/zwfw/theme/gr.html" class="entry gr">个人服务</a><a href="/zwfw/theme/fr.html" class="entry fr">法人服务</a><a href="/zwfw/bm/index.html" class="entry bm">部门服务</a></div>
<div class="box hot"><h4>热门事项</h4><ul>
{hot}
</ul></div>
<div class="box notice-box"><h4>通知公告</h4><ul><li><a href="/tzgg/2024-01.html">关于春节期间政务服务中心办公时间调整的公告</a></li></ul></div>
</div>"""
    site.put("/", page("首页", home, [("首页", "")]))
    site.put("/tzgg/2024-01.html", page("通知公告", '<div class="w1200 main"><h3>关于春节期间政务服务中心办公时间调整的公告</h3>'
                                       "<p>春节期间（2月10日至2月17日）市政务服务中心暂停对外办公，网上办理渠道正常受理。</p></div>",
                                       [("首页", "/"), ("通知公告", "")]))
    simple = {
        "/wsbs/apply.html": ("在线申报", "<p>请先登录后在线申报。</p><form action=\"/wsbs/login.html\"><input name=\"u\"><input type=\"password\" name=\"p\"><button>登录</button></form>"),
        "/wsbs/login.html": ("用户登录", "<p>个人用户 / 法人用户登录</p><form><input name=\"u\"><input type=\"password\" name=\"p\"><button>登录</button></form>"),
        "/wsbs/register.html": ("用户注册", "<p>请使用天府通办APP扫码注册。</p>"),
        "/zwfw/search.html": ("搜索", "<p>请输入关键字进行搜索。</p>"),
        "/hcp/index.html": ("好差评", "<p>政务服务好差评。</p>"),
        "/about.html": ("关于我们", "<p id=\"contact\">望川市政务服务管理局　地址：望川市沱北区滨江大道266号　电话：0832-6120000</p>"),
        "/sitemap.html": ("网站地图", "<ul><li><a href=\"/zwfw/theme/gr.html\">个人服务</a></li><li><a href=\"/zwfw/theme/fr.html\">法人服务</a></li><li><a href=\"/zwfw/bm/index.html\">部门服务</a></li></ul>"),
    }
    for url, (title, inner) in simple.items():
        site.put(url, page(title, f'<div class="w1200 main">{inner}</div>', [("首页", "/"), (title, "")]))
    site.put("/static/css/wc.css", CSS)
    site.put("/static/js/tabs.js", TABS_JS)
    site.put("/static/js/jquery.min.js", asset_text(__file__, "wangchuan/jquery.min.js"))
    for path in ("/static/img/logo.png", "/static/img/gongan.png"):
        site.put_bytes(path, PNG_1PX)
    for g in all_guides:
        for number, mat in enumerate(g.materials, 1):
            if mat.name.startswith("《"):
                site.put_bytes(f"/attach/sample/{g.basic_code}-{number}.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    truth = {
        "id": "wangchuan", "name": "望川市政务服务网",
        "style": "tabbed guide: ul.tabs + tab panes, <th>/<td> 基本信息 table, 6-column materials table with "
                 "<td> double header (原件/复印件), halls table",
        "home": HOME, "charset": "utf-8", "served_content_type": "text/html;charset=UTF-8",
        "items": items,
    }
    headers = {"*.css": "text/css", "*.js": "application/javascript", "*.png": "image/png",
               "*.doc": "application/msword", "*": "text/html;charset=UTF-8"}
    assert all(len(unique_materials(g.materials)) == len(g.materials) for g in all_guides)
    return PortalBuild(site, headers, truth)


PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

CSS = asset_text(__file__, "wangchuan/wc.css")

TABS_JS = asset_text(__file__, "wangchuan/tabs.js")
