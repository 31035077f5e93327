"""白鹭市人民政府 · 政务服务: a TRS-WCM-style, department-grouped portal whose bodies are GB18030.

Every page body is GB18030 and declares ``charset=gb2312`` in a ``<meta http-equiv>``, but the
server sends ``Content-Type: text/html; charset=utf-8`` (wrong). The bodies use characters beyond
GB2312 (·), beyond GBK (©, •, and 㮾 in a street name that appears in departments and places).
Navigation: home → 政务服务 → 按部门 → department → items; department lists page with a TRS
``createPageHTML`` script only (``index_1.html``). Guides are ``<dl><dt>/<dd>`` lists with
materials in an ``<ol>`` whose item text carries （原件1份，复印件1份） or a 免于提交 note.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals1.corpus_data import Geo, Town
from tests.corpora.portals1.corpus_model import Generator, GuideSpec, Pick, town_office
from tests.corpora.portals1.render_common import CASE_TEXT, LEVEL_TEXT, Site, esc, steps_for, truncate

PORTAL_ID = "bailu"
GEO = Geo(city="白鹭市", region="439100",
          districts=(("东江区", "439102"), ("鹭湖区", "439103")),
          towns=(Town("东江区", "㮾溪街道", ("溪口社区", "枫林社区")), Town("鹭湖区", "湖心镇", ("荷塘村", "莲花村"))),
          roads=("白鹭大道", "滨江大道", "东江路", "鹭湖路", "湘江北路"), area_code="0736")
PAGE_SIZE = 4
CHANNEL_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "邮寄办理", "self_service": "自助终端办理"}

# department page slug -> (title on the department list, pool keys with bodies)
DEPARTMENTS: list[tuple[str, str, list[Pick]]] = [
    ("scjgj", "市市场监督管理局", [Pick("spjy"), Pick("spjybg"), Pick("gtdj"), Pick("gsbg", show="basic"),
                                  Pick("tzsb"), Pick("ypls")]),
    ("rsj", "市人力资源和社会保障局", [Pick("sybx"), Pick("sbk"), Pick("jnbt", show="basic"), Pick("lwpq")]),
    ("mzj", "市民政局", [Pick("jhdj"), Pick("dibao")]),
    ("wjw", "市卫生健康委员会", [Pick("yljg"), Pick("ggcs", show="basic"), Pick("csyx")]),
    ("zjj", "市住房和城乡建设局", [Pick("sgxk"), Pick("jgba", force=(("case_type", None),))]),
    ("jtj", "市交通运输局", [Pick("hyjy")]),
    ("ybj", "市医疗保障局", [Pick("ydjy"), Pick("ybzy", show="basic")]),
    ("yjj", "市应急管理局", [Pick("yhbz", force=(("levels", []),))]),
    ("lxjd", town_office(GEO.towns[0]), [Pick("jycy", body="t0"), Pick("canbu", body="t0")]),
    ("hxz", town_office(GEO.towns[1]), [Pick("tkry", body="t1")]),
]
THEME_KEYS = ("sbk", "jhdj", "csyx", "sybx", "gtdj", "ydjy", "jycy", "spjy")


def _head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="白鹭市,政务服务,办事指南" />
<link href="/images/trs_style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1100">白鹭市人民政府 · 政务服务　<span class="tr"><a href="/">首页</a> • <a href="/zwgk/">政务公开</a> • <a href="/zwfw/">政务服务</a> • <a href="/hdjl/">互动交流</a></span></div></div>
<div class="banner"><div class="w1100"><h1>白鹭市人民政府</h1></div></div>
"""


_FOOT = """<div class="footer"><div class="w1100">
<p>Copyright © 2024 白鹭市人民政府办公室 版权所有</p>
<p>网站标识码：4391000008　湘ICP备06004321号-1　湘公网安备 43910202000654号</p>
<p>地址：白鹭市白鹭大道1号　联系电话：0736-7231000　邮编：415000</p>
</div></div>
</body>
</html>
"""

PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var nCurrIndex = _nCurrIndex || 0;
  if (nCurrIndex == 0) { document.write("首页&nbsp;上一页&nbsp;"); }
  else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>&nbsp;");
    var prev = nCurrIndex == 1 ? _sPageName + "." + _sPageExt : _sPageName + "_" + (nCurrIndex - 1) + "." + _sPageExt;
    document.write("<a href=\\"" + prev + "\\">上一页</a>&nbsp;");
  }
  for (var i = 0; i < _nPageCount; i++) {
    if (i == nCurrIndex) { document.write("<span class=\\"cur\\">" + (i + 1) + "</span>&nbsp;"); }
    else if (i == 0) { document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">1</a>&nbsp;"); }
    else { document.write("<a href=\\"" + _sPageName + "_" + i + "." + _sPageExt + "\\">" + (i + 1) + "</a>&nbsp;"); }
  }
  if (nCurrIndex == _nPageCount - 1) { document.write("下一页&nbsp;尾页"); }
  else {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a>&nbsp;");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\\">尾页</a>");
  }
}
</script>
"""


def _dl(pairs: list[tuple[str, str]]) -> str:
    return '<dl class="zn-dl">\n' + "\n".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in pairs) + "\n</dl>"


def _material_li(spec: GuideSpec) -> str:
    items = []
    for m in spec.materials:
        if m.exempt:
            note = "（已实现部门共享，免于提交）"
        elif m.name.startswith("法律、法规"):
            note = ""
        else:
            note = f"（{m.copies}）"
        items.append(f"<li>{esc(m.name)}{note}</li>")
    return '<ol class="cl-list">\n' + "\n".join(items) + "\n</ol>"


def _detail(spec: GuideSpec, slug: str, dept_title: str, related: list[GuideSpec]) -> str:
    pairs = [("事项名称", esc(spec.name)), ("事项编码", spec.basic_code)]
    if spec.show == "impl":
        pairs.append(("实施编码", spec.impl_code))
    pairs += [
        ("事项类型", spec.kind),
        ("实施主体", esc(spec.department)),
    ]
    if spec.levels:
        pairs.append(("行使层级", "、".join(LEVEL_TEXT[lv] for lv in spec.levels)))
    pairs += [
        ("服务对象", spec.objects),
        ("办理形式", "、".join(CHANNEL_TEXT[c] for c in spec.channels)),
    ]
    if spec.depth:
        pairs.append(("网上办理深度", f"{spec.depth}级"))
    pairs += [
        ("到现场次数", f"{spec.visits}次"),
        ("法定办结时限", f"{spec.statutory}个工作日" if spec.statutory else "无"),
        ("承诺办结时限", "即办" if spec.promised == 0 else f"{spec.promised}个工作日"),
    ]
    if spec.case_type:
        pairs.append(("办件类型", CASE_TEXT[spec.case_type]))
    pairs += [
        ("是否收费", "否"),
    ]
    places = "\n".join(
        f"<li><strong>{esc(loc.name)}</strong>：{esc(loc.address)}；办公时间：{loc.hours}；咨询电话：{loc.phone}</li>"
        for loc in spec.locations)
    steps = "\n".join(f"<li>{name}：{desc}</li>" for name, desc, _ in steps_for(spec))
    button = (f'<a class="btn-blue" href="{spec.entry_url}" target="_blank">立即办理</a>' if spec.has_entry
              else '<span class="btn-gray" title="本事项仅支持窗口办理">立即办理</span>' if not spec.online else "")
    rel = "\n".join(f'<li><a href="{r.url}">{esc(truncate(r.name, 15))}</a></li>' for r in related)
    return _head(f"{spec.name}_{dept_title}_白鹭市人民政府") + f"""
<div class="w1100">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; <a href="/zwfw/bm/">按部门</a> &gt; <a href="/zwfw/bm/{slug}/">{esc(dept_title)}</a></div>
<div class="zn-main">
<h1 class="zn-title">{esc(spec.name)}</h1>
<div class="zn-btn">{button}<a class="btn-gray" href="javascript:window.print();">打印</a></div>
<div class="zn-sec"><h2>基本信息</h2>
{_dl(pairs)}
</div>
<div class="zn-sec"><h2>申请材料</h2>
{_material_li(spec)}
</div>
<div class="zn-sec"><h2>办理地点</h2>
<ul class="dd-list">
{places}
</ul></div>
<div class="zn-sec"><h2>受理条件</h2><p>{esc(spec.pool.condition)}</p></div>
<div class="zn-sec"><h2>办理流程</h2><ol class="lc-list">
{steps}
</ol></div>
<div class="zn-sec"><h2>设定依据</h2><p>{esc(spec.pool.basis)}</p></div>
<div class="zn-sec"><h2>咨询监督</h2>{_dl([("咨询电话", spec.phone), ("监督投诉电话", spec.complaint_phone + "；12345")])}</div>
</div>
<div class="zn-side"><h3>相关推荐</h3><ul>
{rel}
</ul></div>
</div>
""" + _FOOT


def _dept_page(slug: str, title: str, specs: list[GuideSpec], page: int, pages: int) -> str:
    rows = "\n".join(f'<li><span class="dot">•</span><a href="{s.url}" target="_blank" title="{esc(s.name)}">{esc(s.name)}</a></li>'
                     for s in specs[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])
    return _head(f"{title}_按部门_白鹭市人民政府") + f"""
<div class="w1100">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; <a href="/zwfw/bm/">按部门</a> &gt; {esc(title)}</div>
<div class="list-box"><h2>{esc(title)}</h2>
<ul class="zn-list">
{rows}
</ul>
{PAGER_JS}<div class="page"><script type="text/javascript">createPageHTML({pages}, {page}, "index", "html");</script></div>
</div>
</div>
""" + _FOOT


def _dept_index(depts: list[tuple[str, str, list[GuideSpec]]]) -> str:
    city = "\n".join(f'<li><a href="/zwfw/bm/{slug}/">{esc(title)}</a></li>' for slug, title, _ in depts
                     if title.startswith("市"))
    towns = "\n".join(f'<li><a href="/zwfw/bm/{slug}/">{esc(title)}</a></li>' for slug, title, _ in depts
                      if not title.startswith("市"))
    return _head("按部门_政务服务_白鹭市人民政府") + f"""
<div class="w1100">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; 按部门</div>
<div class="tabs"><a href="/zwfw/zt/">按主题</a><a class="on" href="/zwfw/bm/">按部门</a></div>
<div class="dept-box"><h3>市直部门</h3><ul class="dept-list">
{city}
</ul>
<h3>乡镇（街道）</h3><ul class="dept-list">
{towns}
</ul></div>
</div>
""" + _FOOT


def _theme(specs: list[GuideSpec]) -> str:
    rows = "\n".join(f'<li><a href="{s.url}" target="_blank">{esc(s.name)}</a></li>' for s in specs)
    return _head("按主题_政务服务_白鹭市人民政府") + f"""
<div class="w1100">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; 按主题</div>
<div class="tabs"><a class="on" href="/zwfw/zt/">按主题</a><a href="/zwfw/bm/">按部门</a></div>
<div class="theme-box"><h3>个人服务 · 高频事项</h3><ul>
{rows}
</ul></div>
</div>
""" + _FOOT


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gen = Generator(GEO, seed=5505, main_hall="白鹭市民服务中心")
    picks = [pick for _, _, group in DEPARTMENTS for pick in group]
    specs = gen.guides(picks)
    site = Site(PORTAL_ID, "gb18030")
    groups: list[tuple[str, str, list[GuideSpec]]] = []
    it = iter(specs)
    for slug, title, group in DEPARTMENTS:
        members = [next(it) for _ in group]
        groups.append((slug, title, members))
        for spec in members:
            month, day = 1 + spec.seq % 12, 1 + (spec.seq * 5) % 28
            spec.url = f"/zwfw/bm/{slug}/2024{month:02d}/t2024{month:02d}{day:02d}_{108_000 + spec.seq * 31}.html"
            spec.entry_url = f"/wssb/sb_{108_000 + spec.seq * 31}.html"
            for material in spec.materials:
                material.form = None  # this portal never states a material's form
    theme = [s for s in specs if s.pool.key in THEME_KEYS]
    reachable = {s.seq for s in theme}
    for _, _, members in groups:
        for spec in members[:PAGE_SIZE]:
            reachable.add(spec.seq)
    for spec in specs:
        if spec.seq not in reachable:
            spec.flags.add("script_only")
    site.put("/", _head("白鹭市人民政府") + """
<div class="w1100"><div class="home-news"><h2>白鹭要闻</h2><ul><li>白鹭市召开2024年政务服务工作会议</li><li>“一件事一次办”再扩容</li></ul></div>
<div class="home-fw"><h2><a href="/zwfw/">政务服务</a></h2><p><a href="/zwfw/bm/">按部门办事</a> • <a href="/zwfw/zt/">按主题办事</a></p></div></div>
""" + _FOOT)
    site.put("/zwfw/", _head("政务服务_白鹭市人民政府") + """
<div class="w1100"><div class="position">当前位置：<a href="/">首页</a> &gt; 政务服务</div>
<div class="tabs"><a href="/zwfw/zt/">按主题</a><a href="/zwfw/bm/">按部门</a></div>
<p>办事指南由各部门发布，请按部门或主题查找。</p></div>
""" + _FOOT)
    site.put("/zwfw/bm/", _dept_index(groups))
    site.put("/zwfw/zt/", _theme(theme))
    for slug, title, members in groups:
        pages = (len(members) + PAGE_SIZE - 1) // PAGE_SIZE
        for page in range(pages):
            name = "" if page == 0 else f"index_{page}.html"
            site.put(f"/zwfw/bm/{slug}/{name}", _dept_page(slug, title, members, page, pages))
        for _i, spec in enumerate(members):
            related = [m for m in members if m is not spec][:3] or [specs[(spec.seq + 3) % len(specs)]]
            site.put(spec.url, _detail(spec, slug, title, related))
            if spec.has_entry:
                site.put(spec.entry_url or "", _head("网上申报_白鹭市人民政府") + (
                    f'<div class="w1100"><h2>{esc(spec.name)}</h2><p>请使用湖南政务服务网统一身份认证登录后申报。</p></div>')
                    + _FOOT)
    site.put("/zwgk/", _head("政务公开_白鹭市人民政府") + '<div class="w1100"><p>政府信息公开。</p></div>' + _FOOT)
    site.put("/hdjl/", _head("互动交流_白鹭市人民政府") + '<div class="w1100"><p>市长信箱。</p></div>' + _FOOT)
    site.put("/images/trs_style.css", asset_text(__file__, "bailu/trs_style.css"))
    site.put_bytes("headers.json", (
        b'{\n  "*.css": "text/css",\n  "*": "text/html; charset=utf-8"\n}\n'))
    return site.files, {
        "id": PORTAL_ID,
        "name": "白鹭市人民政府 政务服务",
        "style": "TRS WCM department-grouped catalog (home → 政务服务 → 按部门 → department → items), "
                 "dl/dt/dd guides, materials as <ol> items with copies in parentheses",
        "home": "",
        "charset": "gb18030",
        "served_content_type": "text/html; charset=utf-8 (wrong: bodies are GB18030; meta says gb2312)",
        "items": [s.truth() for s in specs],
    }
