"""青岚市政务服务网 (qinglan): a city hall whose guide page is a shell that loads its sections.

The department catalogue is plain HTML (a left menu of departments, a list per department), but
each guide page (``/guide/view?id=…``) holds only the item's name, its buttons and four empty
panes; a small inline loader written in the jQuery manner (``$("#pane").load(url)``) fills each
pane from its own HTML fragment, ``/guide/part?id=…&part=basic|materials|process|location``. The
fragments are real pages a crawler can fetch; only the shell says which belong to which guide.
Truth is stated per shell URL, from the shell and its four fragments together.
"""

from __future__ import annotations

import json
import random
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals9._common import (
    DEPTH_WORDS,
    LEVEL_WORDS,
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

PORTAL_ID = "qinglan"
CITY = City("青岚市", "580100", "city")
PHONE = "0699-8312"
HALLS = {
    "city": Hall("青岚市政务服务中心", "city", "青岚市滨江大道168号市民中心B座"),
    "bdc": Hall("青岚市不动产登记中心", "city", "青岚市望山路27号"),
    "crj": Hall("青岚市公安局出入境接待大厅", "city", "青岚市解放西路9号一楼"),
    "sb": Hall("青岚市社会保险服务大厅", "city", "青岚市建设北路55号"),
    "gjj": Hall("青岚市住房公积金管理中心营业大厅", "city", "青岚市滨江大道170号"),
    "hy": Hall("青岚市婚姻登记处", "city", "青岚市人民公园东门西侧"),
    "donghu": Hall("青岚市东湖区政务服务中心", "county", "青岚市东湖区湖滨路2号"),
    "liuying": Hall("东湖区柳营街道便民服务中心", "town", "东湖区柳营街道柳营路31号"),
    "fenglin": Hall("柳营街道枫林社区便民服务站", "village", "柳营街道枫林小区3栋底商"),
}
DEPT_IDS = {"mz": 101, "rs": 102, "sc": 103, "wj": 104, "ga": 105, "zr": 106, "zj": 107, "jt": 108,
            "yb": 109, "gjj": 110, "ty": 111}
CHANNEL_WORDS = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助终端办理"}
SECTIONS = (("basic", "基本信息", "办事须知"), ("materials", "申请材料", "要带什么"),
            ("process", "办理流程", "怎么办"), ("location", "办理地点", "去哪办"))
ODD = "odd_labels"  # the guide that uses the colloquial 便民 labels

# gid, template, profile, code shown, halls, overrides
PLAN: tuple[tuple[int, str, str, str | None, tuple[str, ...], dict[str, Any]], ...] = (
    (1001, "marriage", "counter1", "both", ("hy",), {"flags": frozenset({"same_day"})}),
    (1002, "dibao", "both2", "impl", ("city", "donghu", "liuying"), {}),
    (1003, "linshi", "post", "impl", ("liuying", "fenglin"), {}),
    (1004, "shetuan", "both", "both", ("city",), {}),
    (1005, "minfei", "full", "impl", ("city",), {}),
    (1006, "shiye", "all", "impl", ("sb",), {}),
    (1007, "jiuye", "kiosk", None, ("sb", "donghu"), {}),
    (1008, "paiqian", "both", "impl", ("city",), {"flags": frozenset({"step_days"})}),
    (1009, "shebaoka", "kiosk_online", "impl", ("sb",), {}),
    (1010, "tuixiu", "counter", "impl", ("sb",), {"flags": frozenset({"express_result"})}),
    (1011, "shipin", "full", "both", ("city",), {}),
    (1012, "gongsi", "online", "impl", (), {}),
    (1013, "yaopin", "both", "impl", ("city",), {}),
    (1014, "gonggong", "post0", "impl", ("city",), {}),
    (1015, "hushi", "both2", None, ("city",), {}),
    (1016, "shengyu", "app", "impl", (), {}),
    (1017, "huzhao", "counter1", "impl", ("crj",), {"flags": frozenset({"appointment"})}),
    (1018, "wufanzui", "both", "impl", ("city", "donghu"), {"levels": ("city", "county")}),
    (1019, "diya", "both", "impl", ("bdc",), {}),
    (1020, "shigong", "full", "both", ("city",), {"case": "联办件"}),
    (1021, "chuzu", "counter", "impl", ("city",), {"flags": frozenset({ODD})}),
    (1022, "yidi", "online", "impl", (), {"papers": ()}),
    (1023, "tiqu", "kiosk_online", None, ("gjj",), {}),
    (1024, "youdai", "post", "impl", ("city", "donghu"), {}),
)


def guides() -> list[Guide]:
    """The portal's guides, each with its halls' windows and its entry (where its profile has one)."""
    made = []
    for gid, key, profile, code, hall_keys, planned in PLAN:
        overrides = dict(planned)
        rng = random.Random(f"{PORTAL_ID}-{gid}")
        halls = tuple(HALLS[name] for name in hall_keys)
        papers = overrides.pop("papers", None)
        made.append(make_guide(
            CITY, str(gid), key, profile, rng, halls=halls, entry=f"/wsbs/apply.html?itemId={gid}", code=code,
            papers=dress(TEMPLATES[key].papers, rng, stated="sometimes") if papers is None else list(papers),
            **overrides))
    return made


def dept_key(guide: Guide) -> str:
    return TEMPLATES[guide.key].dept


# --- pages ----------------------------------------------------------------------------------------------


def page(title: str, crumb: str, side: str, main: str) -> str:
    """The site's frame: top bar, header, nav, left menu, main column, footer (with channel words)."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=1200">
<title>{esc(title)}_青岚市政务服务网</title>
<link rel="stylesheet" href="/static/css/ql.css">
</head>
<body>
<div class="top">欢迎访问青岚市政务服务网！<a href="/">无障碍浏览</a><a href="/">长者模式</a><a href="/wsbs/">登录</a></div>
<div class="head"><span class="logo">青岚市政务服务网</span> 澜沧省政务服务网青岚分厅</div>
<div class="nav"><a href="/">首页</a><a href="/dept/list?deptId=101">部门服务</a><a href="/wsbs/">网上办事大厅</a><a href="/">自助服务</a><a href="/">快递送达</a><a href="/">好差评</a></div>
<div class="wrap">
<div class="side">{side}</div>
<div class="main">
<div class="crumb">当前位置：{crumb}</div>
{main}
</div>
</div>
<div class="footer"><p><a href="/">网站地图</a>|<a href="/">联系我们</a>|<a href="/wsbs/">网上办事</a>|<a href="/">EMS寄递服务</a>|<a href="/">24小时自助服务区</a></p>
<p>主办：青岚市人民政府办公室 承办：青岚市政务服务管理局 服务热线：12345</p></div>
</body>
</html>
"""


def menu(current: str | None) -> str:
    """The left menu of departments (the catalogue's only way in)."""
    items = []
    for key, number in DEPT_IDS.items():
        on = ' class="on"' if key == current else ""
        items.append(f'<li{on}><a href="/dept/list?deptId={number}">{esc(CITY.department(key))}</a></li>')
    return "<h3>部门服务</h3>\n<ul>\n" + "\n".join(items) + "\n</ul>"


def home(by_dept: dict[str, list[Guide]]) -> str:
    grid = "".join(f'<li><a href="/dept/list?deptId={DEPT_IDS[key]}">{esc(CITY.department(key))}</a>'
                   f"<span>{len(by_dept.get(key, []))}项</span></li>\n" for key in DEPT_IDS)
    hot = "".join(f'<li><a href="/guide/view?id={guide.gid}">{esc(guide.name)}</a></li>\n'
                  for guide in [by_dept["mz"][0], by_dept["rs"][0], by_dept["ga"][0]])
    main = (f'<div class="tips">温馨提示：办事前可拨打12345政务服务热线咨询。部分事项支持网上申报、EMS寄递和自助终端办理，'
            f"具体以各事项办事指南为准。</div>\n<h2>按部门办事</h2>\n<ul class=\"list\">\n{grid}</ul>\n"
            f"<h2>热门服务</h2>\n<ul class=\"list\">\n{hot}</ul>")
    return page("首页", "首页", menu(None), main)


def dept_page(key: str, listed: list[Guide]) -> str:
    rows = "".join(f'<li><a href="/guide/view?id={guide.gid}" title="{esc(guide.name)}">{esc(guide.name)}</a>'
                   f"<span>{'可网办' if 'online' in guide.channels else '窗口办理'}</span></li>\n" for guide in listed)
    name = CITY.department(key)
    main = f"<h2>{esc(name)}</h2>\n<ul class=\"list\">\n{rows}</ul>\n<p>共{len(listed)}项</p>"
    return page(name, f'<a href="/">首页</a> &gt; 部门服务 &gt; {esc(name)}', menu(key), main)


LOADER = """<script>
/* 指南分段加载：各栏目内容由 /guide/part 按需返回 */
(function (w, d) {
  function Pane(el) { this.el = el; }
  Pane.prototype.load = function (url) {
    var el = this.el, xhr = new XMLHttpRequest();
    if (!el) { return this; }
    xhr.open("GET", url, true);
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4) {
        el.innerHTML = xhr.status === 200 ? xhr.responseText : '<p class="err">加载失败，请刷新重试</p>';
      }
    };
    xhr.send(null);
    return this;
  };
  w.$ = function (selector) { return new Pane(d.querySelector(selector)); };
})(window, document);
"""


def shell(guide: Guide, related: list[Guide]) -> str:
    """The guide page as served: name, buttons, four empty panes, and the calls that fill them."""
    odd = ODD in guide.flags
    buttons = []
    if guide.entry and int(guide.gid) % 2 == 0:
        buttons.append(f'<a class="apply" href="{guide.entry}" target="_blank">在线办理</a>')
    if "appointment" in guide.flags:
        buttons.append(f'<a href="/wsbs/yuyue.html?itemId={guide.gid}" target="_blank">网上预约</a>')
    buttons.append('<a href="javascript:window.print();">打印指南</a><a href="javascript:void(0);">收藏</a>')
    panes = "\n".join(f'<div class="sec"><h2>{odd_title if odd else title}</h2>'
                      f'<div id="pane-{part}" class="pane">正在加载……</div></div>'
                      for part, title, odd_title in SECTIONS)
    calls = "\n".join(f'$("#pane-{part}").load("/guide/part?id={guide.gid}&part={part}");' for part, _, _ in SECTIONS)
    links = "".join(f'<li><a href="/guide/view?id={other.gid}">{esc(other.name)}</a></li>' for other in related)
    main = (f'<div class="guide-head"><h1>{esc(guide.name)}</h1><div class="ops">{"".join(buttons)}</div></div>\n'
            f'<div class="tips">温馨提示：申请人可通过“好差评”系统对本事项办理情况进行评价；'
            f"网上申报请使用澜沧省统一身份认证账号登录。</div>\n{panes}\n"
            f'<h3>相关事项</h3><ul class="list">{links}</ul>\n{LOADER}{calls}\n</script>')
    key = dept_key(guide)
    crumb = (f'<a href="/">首页</a> &gt; <a href="/dept/list?deptId={DEPT_IDS[key]}">{esc(guide.department)}</a>'
             " &gt; 办事指南")
    return page(guide.name, crumb, menu(key), main)


# --- fragments ------------------------------------------------------------------------------------------

FRAGMENT_HEAD = '<meta charset="utf-8">\n'


def channel_text(guide: Guide) -> str:
    if guide.app:
        return "掌上办理（本事项仅支持通过“青岚通”APP扫码办理，请扫描下方二维码）"
    return "、".join(CHANNEL_WORDS[channel] for channel in ("counter", "online", "post", "self_service")
                    if channel in guide.channels)


def basic_cells(guide: Guide) -> list[tuple[str, str, bool]]:
    """(label, value HTML, full width) in the order the hall prints them."""
    odd = ODD in guide.flags
    cells: list[tuple[str, str, bool]] = [("事项名称", esc(guide.name), True)]
    if guide.code:
        cells.append(("实施编码", guide.code, not guide.basic))
        if guide.basic:
            cells.append(("基本编码", guide.basic, False))
    cells.append(("事项类型", guide.kind, False))
    if guide.levels:
        cells.append(("行使层级", "、".join(LEVEL_WORDS[level] for level in guide.levels), False))
    cells.append(("实施主体", esc(guide.department), True))
    channels = channel_text(guide)
    if guide.app:
        channels += '<br><img src="/static/img/qr-qlt.png" alt="青岚通APP下载二维码" width="96" height="96">'
    cells.append(("办理形式", channels, True))
    if guide.depth:
        cells.append(("网上办理深度", DEPTH_WORDS[guide.depth] + ("（全程网办）" if guide.depth == 4 else ""), False))
    if guide.visits is not None:
        cells.append(("最多跑几次" if odd else "到办事现场次数", f"{guide.visits}次", False))
    if guide.case:
        cells.append(("办件类型", guide.case, False))
    cells.append(("法定办结时限", days(guide.statutory, "即办"), False))
    zero = "当场办结" if "same_day" in guide.flags else "即办"
    cells.append(("多久办好" if odd else "承诺办结时限", days(guide.promised, zero), False))
    cells.append(("是否收费", "收费" if guide.fee else "不收费", False))
    if "express_result" in guide.flags:
        cells.append(("结果送达方式", "窗口领取；也可选择邮政EMS送达，邮费由政府承担", True))
    if guide.entry and int(guide.gid) % 2 == 1:
        cells.append(("在线办理入口", f'<a href="{guide.entry}" target="_blank">点击进入网上申报</a>', True))
    cells.append(("咨询电话", f"{PHONE}{guide.gid[-3:]}", False))
    return cells


def basic_fragment(guide: Guide) -> str:
    """Label / value cells two to a row, as the hall's template lays them out."""
    rows: list[list[tuple[str, str, int]]] = []
    pending: list[tuple[str, str, int]] = []
    for label, value, wide in basic_cells(guide):
        if wide:
            if pending:
                rows.append(pending)
                pending = []
            rows.append([(label, value, 3)])
            continue
        pending.append((label, value, 1))
        if len(pending) == 2:
            rows.append(pending)
            pending = []
    if pending:
        rows.append([(pending[0][0], pending[0][1], 3)])
    html = "".join("<tr>" + "".join(f"<th>{label}</th><td colspan=\"{span}\">{value}</td>" if span > 1
                                    else f"<th>{label}</th><td>{value}</td>" for label, value, span in row)
                   + "</tr>\n" for row in rows)
    return f'{FRAGMENT_HEAD}<table class="jbxx">\n{html}</table>\n'


def materials_fragment(guide: Guide) -> str:
    if not guide.papers:
        return f"{FRAGMENT_HEAD}<p>本事项无需提交申请材料，申请人登录后在线填写备案信息即可。</p>\n"
    rows = "".join(f"<tr><td>{number}</td><td>{esc(paper.printed())}</td><td>{paper.stated or '—'}</td>"
                   f"<td>{paper.copies or '—'}</td><td>{paper.exempt or ''}</td></tr>\n"
                   for number, paper in enumerate(guide.papers, 1))
    return (f'{FRAGMENT_HEAD}<table class="cl">\n<tr><th>序号</th><th>材料名称</th><th>材料形式</th>'
            f"<th>份数</th><th>备注</th></tr>\n{rows}</table>\n<p>注：申请人应对所提交材料的真实性负责。</p>\n")


def process_fragment(guide: Guide) -> str:
    online = "online" in guide.channels
    if guide.app:
        apply = "申请人通过“青岚通”APP扫码提交申请"
    elif online and "counter" not in guide.channels:
        apply = "申请人登录青岚市政务服务网提交申请"
    else:
        apply = "申请人到窗口提交申请材料" + ("，或在网上申报" if online else "")
    timed = "step_days" in guide.flags
    steps = [("申请", apply), ("受理", "窗口工作人员对材料进行核对，符合条件的予以受理"),
             ("审查", "承办科室对申请材料进行审查" + ("（3个工作日）" if timed else "")),
             ("决定", "作出准予或不予许可的决定" + ("（2个工作日）" if timed else "")),
             ("送达", "申请人凭受理回执领取办理结果")]
    items = "".join(f"<li><b>{step}</b>：{text}。</li>" for step, text in steps)
    return f"{FRAGMENT_HEAD}<ol>{items}</ol>\n<p>办理进度可在青岚市政务服务网“办件查询”栏目查询。</p>\n"


def location_fragment(guide: Guide) -> str:
    if not guide.halls:
        return f"{FRAGMENT_HEAD}<p>本事项为全程网办事项，申请人无需到现场办理。</p>\n"
    blocks = []
    for number, hall in enumerate(guide.halls):
        window = f"综合受理区{chr(65 + number)}{int(guide.gid) % 40 + 1}号窗口"
        blocks.append(f'<div class="hall"><h4>{esc(hall.name)}</h4><p>地址：{esc(hall.address)}</p>'
                      f"<p>窗口：{window}</p><p>办公时间：{esc(hall.hours)}</p></div>")
    return FRAGMENT_HEAD + "\n".join(blocks) + "\n"


FRAGMENTS = {"basic": basic_fragment, "materials": materials_fragment, "process": process_fragment,
             "location": location_fragment}


def small_page(title: str, body: str) -> str:
    return page(title, f'<a href="/">首页</a> &gt; {title}', menu(None), body)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    made = guides()
    by_dept: dict[str, list[Guide]] = {}
    for guide in made:
        by_dept.setdefault(dept_key(guide), []).append(guide)
    files: dict[str, str | bytes] = {
        "index.html": home(by_dept),
        "static/css/ql.css": asset_text(__file__, "qinglan/ql.css"),
        "static/img/qr-qlt.png": png(96, 96, (40, 40, 40)),
        "wsbs/index.html": small_page("网上办事大厅", "<p>请先使用澜沧省统一身份认证账号登录后办理。</p>"),
        "wsbs/apply.html": small_page("网上申报", "<p>您尚未登录，请先登录后在线申报。</p>"),
        "wsbs/yuyue.html": small_page("网上预约", "<p>请选择预约日期和时段。</p>"),
        "headers.json": json.dumps({"*/": "text/html; charset=utf-8", "/guide/*": "text/html; charset=utf-8", "/dept/list": "text/html; charset=utf-8"},
                                   ensure_ascii=False, indent=1) + "\n",
    }
    for key, number in DEPT_IDS.items():
        files[f"dept/list@deptId={number}"] = dept_page(key, by_dept.get(key, []))
    items = []
    for guide in made:
        peers = [other for other in by_dept[dept_key(guide)] if other is not guide][:3]
        files[f"guide/view@id={guide.gid}"] = shell(guide, peers)
        for part, render in FRAGMENTS.items():
            files[f"guide/part@id={guide.gid}&part={part}"] = render(guide)
        items.append(guide.truth(f"/guide/view?id={guide.gid}"))
    encoded = {name: data if isinstance(data, bytes) else data.encode("utf-8") for name, data in files.items()}
    return encoded, {"id": PORTAL_ID, "name": "青岚市政务服务网", "style": "fragments", "home": "/",
                     "charset": "utf-8", "items": items}
