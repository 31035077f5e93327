"""镜河市政务服务网: an Epoint (新点)-style portal, UTF-8.

Home under /jhzwfw/ (the site root only meta-refreshes there), nav menu 个人办事 / 法人办事 to two
catalogs paginated with ``?pageIndex=N`` (links are query-only relative URLs), guides at
``bszn/detail.html?taskguid=<guid>`` built of ``<div class="item"><span class="name">…：</span>
<span class="con">…</span></div>`` blocks under 基本信息 / 办理地点/时间 / 申报材料 / 办理流程 headings.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals1.corpus_data import Geo, Town
from tests.corpora.portals1.corpus_model import Generator, GuideSpec, Pick
from tests.corpora.portals1.render_common import (
    CASE_TEXT,
    LEVEL_TEXT,
    ROMAN,
    Site,
    esc,
    steps_for,
    truncate,
    visit_reason,
)

PORTAL_ID = "jinghe"
BASE = "/jhzwfw/"
GEO = Geo(city="镜河市", region="329100",
          districts=(("河东区", "329102"), ("临江区", "329103"), ("青石县", "329121")),
          towns=(Town("河东区", "望江街道", ("柳岸社区", "江滨社区")), Town("临江区", "新港镇", ("石桥村", "渔湾村"))),
          roads=("滨河大道", "望江路", "人民中路", "新港大道", "青石路"), area_code="0517")
PAGE_SIZE = 6
CHANNEL_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助终端办理"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子化", "both": "纸质/电子化", None: "--"}

_ONLINE3 = (("channels", ["counter", "online"]), ("depth", 3), ("visits", 1), ("has_entry", True))
PICKS = [
    Pick("spjy", flags=frozenset({"hot"})),
    Pick("spjy", body="d0"),
    Pick("gtdj", flags=frozenset({"comment_trap", "hot"})),
    Pick("gsbg"),
    Pick("tzsb", show="basic"),
    Pick("sybx", flags=frozenset({"hot"})),
    Pick("sbk", flags=frozenset({"onclick_entry"}), force=_ONLINE3),
    Pick("jnbt", show="basic"),
    Pick("lwpq"),
    Pick("jhdj", flags=frozenset({"dead_button"}),
         force=(("channels", ["counter"]), ("depth", 1), ("visits", 1), ("has_entry", False))),
    Pick("dibao"),
    Pick("hszc", show="basic"),
    Pick("ggcs", flags=frozenset({"onclick_entry"}), force=_ONLINE3),
    # contradiction real auditors look for: Ⅳ级 (全程网办) but one visit
    Pick("sgxk", flags=frozenset({"comment_trap"}),
         force=(("channels", ["counter", "online"]), ("depth", 4), ("visits", 1), ("has_entry", True))),
    Pick("ysxk"),
    Pick("bdcsc", flags=frozenset({"hot"})),
    Pick("hyjy", flags=frozenset({"onclick_entry"}), force=_ONLINE3),
    Pick("jszg", flags=frozenset({"comment_trap", "hot"})),
    Pick("ydjy", show="basic"),
    # contradiction: promised 1 working day yet 即办件
    Pick("gjjtq", force=(("promised", 1), ("case_type", "immediate"))),
    Pick("cxyl", body="t0", flags=frozenset({"hot"})),
    Pick("zjd", body="t1"),
]


def _head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{esc(title)}</title>
<link rel="stylesheet" href="{BASE}css/main.css">
<script src="{BASE}js/common.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="welcome">您好，欢迎访问镜河市政务服务网！</span>
<span class="top-links"><a href="{BASE}login.html">登录</a> | <a href="{BASE}register.html">注册</a> |
<a href="javascript:;" onclick="toggleElderMode()">长者模式</a> | <a href="{BASE}wza.html">无障碍</a></span></div></div>
<div class="header"><div class="container">
<a class="logo" href="{BASE}"><span class="logo-cn">镜河市政务服务网</span><span class="logo-en">JINGHE GOVERNMENT SERVICE</span></a>
<form class="search-box" action="{BASE}search.html" method="get">
<input type="hidden" name="siteguid" value="7eb5f7f1-9041-43ad-8e13-8fcb82ea831a">
<input type="text" name="wd" placeholder="请输入事项名称或关键字"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="container">
<li><a href="{BASE}">首页</a></li>
<li><a href="{BASE}bszn/personal.html">个人办事</a></li>
<li><a href="{BASE}bszn/legal.html">法人办事</a></li>
<li><a href="{BASE}bmfw/index.html">部门服务</a></li>
<li><a href="{BASE}ygzw/index.html">阳光政务</a></li>
<li><a href="{BASE}hdjl/index.html">互动交流</a></li>
</ul></div>
"""


_FOOT = f"""<div class="footer"><div class="container">
<p><a href="{BASE}about.html">关于我们</a> | <a href="{BASE}sitemap.html">网站地图</a> | <a href="{BASE}hdjl/index.html">联系我们</a></p>
<p>主办单位：镜河市人民政府办公室　承办单位：镜河市政务服务管理办公室</p>
<p>网站标识码：3291000047　<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备12034567号-2</a>　苏公网安备 32910202000123号</p>
<p>联系电话：0517-86120345（工作日9:00-17:00）　技术支持：国泰新点软件股份有限公司</p>
</div></div>
<script>
  var _hmt = _hmt || [];
  (function () {{ var hm = document.createElement("script"); hm.async = true; hm.src = "{BASE}js/stat.js"; }})();
</script>
</body>
</html>
"""


def _item(label: str, value: str) -> str:
    return f'<div class="item"><span class="name">{label}：</span><span class="con">{value}</span></div>'


def _rows(pairs: list[tuple[str, str]]) -> str:
    out = []
    for i in range(0, len(pairs), 2):
        cells = "".join(_item(label, value) for label, value in pairs[i:i + 2])
        out.append(f'<div class="item-row clearfix">{cells}</div>')
    return "\n".join(out)


def detail_url(spec: GuideSpec) -> str:
    return f"{BASE}bszn/detail.html?taskguid={spec.guid}"


def apply_url(spec: GuideSpec) -> str:
    return f"{BASE}wsbs/apply.html?taskguid={spec.guid}"


def _basic_info(spec: GuideSpec) -> str:
    pairs: list[tuple[str, str]] = [("事项名称", esc(spec.name)), ("事项类型", spec.kind),
                                    ("基本编码", spec.basic_code)]
    if spec.show == "impl":
        pairs.append(("实施编码", spec.impl_code))
    pairs += [
        ("实施主体", esc(spec.department)),
        ("实施主体性质", "法定机关"),
        ("行使层级", "、".join(LEVEL_TEXT[lv] for lv in spec.levels)),
        ("服务对象", spec.objects),
        ("办理形式", "、".join(CHANNEL_TEXT[c] for c in spec.channels)),
        ("是否网办", "是" if spec.online else "否"),
        ("网上办理深度", f"{ROMAN[spec.depth]}级" + ("（全程网办）" if spec.depth == 4 else "") if spec.depth else "无"),
        ("到办事现场次数", f"{spec.visits}次"),
        ("必须现场办理原因说明", visit_reason(spec)),
        ("法定办结时限", f"{spec.statutory}个工作日" if spec.statutory else "无"),
        ("承诺办结时限", "即办" if spec.promised == 0 else f"{spec.promised}个工作日"),
        ("办件类型", CASE_TEXT[spec.case_type or "promised"]),
        ("是否收费", "否"),
        ("是否支持预约办理", "是"),
        ("是否支持物流快递", "是" if "post" in spec.channels else "否"),
        ("通办范围", "全市通办" if spec.body_level == "city" else "无"),
    ]
    body = _rows(pairs)
    if "comment_trap" in spec.flags:
        stale = (spec.promised or 0) + 10
        body += ("\n<!-- 2021版指南要素，已停用\n"
                 + _item("承诺办结时限", f"{stale}个工作日") + "\n"
                 + _item("到办事现场次数", f"{(spec.visits or 0) + 2}次") + "\n-->")
    return body


def _materials(spec: GuideSpec) -> str:
    rows = []
    for i, m in enumerate(spec.materials, start=1):
        tag = '<em class="tag tag-free">免提交</em>' if m.exempt else ""
        tag += '<em class="tag tag-rq">容缺</em>' if m.necessity == "容缺后补" else ""
        sample = ('<a href="javascript:void(0);" onclick="downloadSample(this)" data-guid="'
                  f'{spec.guid[:8]}-{i:02d}">空表下载</a>' if m.mtype == "申请表格文书" else "无")
        rows.append(
            f'<tr><td class="tc">{i}</td><td class="m-name"><span class="mname">{esc(m.name)}</span>{tag}</td>'
            f"<td>{m.mtype}</td><td>{FORM_TEXT[m.form]}</td><td>{m.source}</td><td>{m.copies}</td>"
            f"<td>{m.necessity}</td><td>{sample}</td></tr>")
    head = ("<tr><th>序号</th><th>材料名称</th><th>材料类型</th><th>材料形式</th><th>来源渠道</th>"
            "<th>份数</th><th>材料必要性</th><th>空白表格</th></tr>")
    return f'<table class="material-table"><thead>{head}</thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"


def _places(spec: GuideSpec) -> str:
    out = []
    for loc in spec.locations:
        out.append(
            f'<div class="address-item"><p class="addr-name"><i class="icon-pos"></i>{esc(loc.name)}</p>'
            + _item("办理地点", esc(loc.address)) + _item("办理时间", loc.hours) + _item("咨询电话", loc.phone)
            + "</div>")
    return "\n".join(out)


def _buttons(spec: GuideSpec) -> str:
    if spec.has_entry and "onclick_entry" in spec.flags:
        online = (f'<a class="btn btn-online" href="javascript:void(0);" '
                  f"onclick=\"goOnlineApply('{apply_url(spec)}')\">在线办理</a>")
    elif spec.has_entry:
        online = f'<a class="btn btn-online" href="{esc(apply_url(spec))}" target="_blank">在线办理</a>'
    elif "dead_button" in spec.flags:
        online = ('<a class="btn btn-online btn-disabled" href="javascript:void(0);" '
                  "onclick=\"tipMsg('该事项暂未开通网上办理，请到窗口办理')\">在线办理</a>")
    else:
        online = ""
    return (f'<div class="btns">{online}<a class="btn btn-yy" href="javascript:void(0);" '
            f'onclick="tipMsg(\'请登录后预约\')">预约办理</a>'
            '<a class="btn btn-print" href="javascript:window.print();">打印指南</a>'
            '<a class="btn btn-fav" href="javascript:void(0);" onclick="addFav()">收藏</a></div>')


def _detail(spec: GuideSpec, related: list[GuideSpec]) -> str:
    tags = []
    if spec.visits == 0:
        tags.append("零跑动")
    elif spec.visits == 1:
        tags.append("最多跑一次")
    if spec.promised == 0:
        tags.append("即来即办")
    if spec.online:
        tags.append("可网办")
    steps = "\n".join(
        f'<li><span class="step-num">{i}</span><span class="step-name">{name}</span>'
        f'<p class="step-desc">{desc}</p><span class="step-time">办理时限：{time}</span></li>'
        for i, (name, desc, time) in enumerate(steps_for(spec), start=1))
    rel = "\n".join(f'<li><a href="{esc(detail_url(r))}" title="{esc(r.name)}">{esc(truncate(r.name, 14))}</a></li>'
                    for r in related)
    catalog = "personal" if "自然人" in spec.objects else "legal"
    catalog_name = "个人办事" if catalog == "personal" else "法人办事"
    return _head(f"{spec.name}-办事指南-镜河市政务服务网") + f"""
<input type="hidden" id="hidTaskGuid" value="{spec.guid}">
<input type="hidden" id="hidRowGuid" value="{spec.guid[::-1]}">
<input type="hidden" id="hidOuGuid" value="{spec.guid[9:]}-ou">
<div class="container">
<div class="location">当前位置：<a href="{BASE}">首页</a> &gt; <a href="{BASE}bszn/{catalog}.html">{catalog_name}</a> &gt; <span>办事指南</span></div>
<div class="detail-wrap clearfix">
<div class="detail-main">
<div class="event-title"><h2 class="event-name">{esc(spec.name)}</h2>
<div class="tags">{"".join(f'<span class="tag">{t}</span>' for t in tags)}</div>
{_buttons(spec)}
</div>
<div class="tab-nav"><a href="#jbxx" class="on">基本信息</a><a href="#bldd">办理地点/时间</a><a href="#sltj">申请条件</a><a href="#sbcl">申报材料</a><a href="#bllc">办理流程</a><a href="#sfbz">收费标准</a><a href="#sdyj">设定依据</a><a href="#cjwt">常见问题</a></div>
<div class="section" id="jbxx"><h3 class="sec-tit"><span>基本信息</span></h3>
{_basic_info(spec)}
</div>
<div class="section" id="bldd"><h3 class="sec-tit"><span>办理地点/时间</span></h3>
{_places(spec)}
</div>
<div class="section" id="sltj"><h3 class="sec-tit"><span>申请条件</span></h3>
<div class="sec-con">{_item("受理条件", esc(spec.pool.condition))}{_item("禁止性要求", "申请人隐瞒有关情况或者提供虚假材料的，不予受理")}</div>
</div>
<div class="section" id="sbcl"><h3 class="sec-tit"><span>申报材料</span></h3>
{_materials(spec)}
</div>
<div class="section" id="bllc"><h3 class="sec-tit"><span>办理流程</span></h3>
<ul class="step-list">{steps}</ul>
</div>
<div class="section" id="sfbz"><h3 class="sec-tit"><span>收费标准</span></h3><div class="sec-con">{_item("是否收费", "不收费")}</div></div>
<div class="section" id="sdyj"><h3 class="sec-tit"><span>设定依据</span></h3><div class="sec-con"><p>{esc(spec.pool.basis)}</p></div></div>
<div class="section" id="zxjd"><h3 class="sec-tit"><span>咨询监督</span></h3>
<div class="sec-con">{_item("咨询方式", f"电话咨询：{spec.phone}")}{_item("监督投诉方式", f"投诉电话：{spec.complaint_phone}；12345政务服务便民热线")}</div></div>
<div class="section" id="cjwt"><h3 class="sec-tit"><span>常见问题</span></h3>
<div class="sec-con"><p class="q">问：材料不齐全可以先受理吗？</p><p class="a">答：标注“容缺”的材料可以容缺后补，其余材料须齐全。</p></div></div>
</div>
<div class="detail-side">
<div class="side-box"><h4>相关推荐</h4><ul class="side-list">
{rel}
</ul></div>
<div class="side-box"><h4>办件统计</h4><p>本月办件量：<em id="monthCount">--</em></p><p>满意度：<em>99.8%</em></p></div>
</div>
</div>
</div>
<script type="text/javascript">
  var taskInfo = {{"taskguid": "{spec.guid}", "isonline": "{1 if spec.online else 0}", "limitsceneNum": "{spec.visits}"}};
  $(function () {{ initTabs(); }});
</script>
""" + _FOOT


def _catalog_page(kind: str, title: str, specs: list[GuideSpec], page: int, pages: int) -> str:
    rows = []
    for spec in specs[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
        link = "detail.html?taskguid=" + spec.guid
        online = (f'<a class="op" href="{esc(apply_url(spec))}" target="_blank">在线办理</a>'
                  if spec.has_entry and "onclick_entry" not in spec.flags else "")
        rows.append(
            f'<li class="event-item clearfix"><div class="event-name"><a href="{link}" target="_blank" '
            f'title="{esc(spec.name)}">{esc(truncate(spec.name, 16))}</a></div>'
            f'<div class="event-dept">{esc(spec.department)}</div>'
            f'<div class="event-ops"><a class="op" href="{link}" target="_blank">办事指南</a>{online}</div></li>')
    pager = ['<a href="?pageIndex=1">首页</a>']
    pager.append(f'<a href="?pageIndex={page - 1}">上一页</a>' if page > 1 else '<span class="disabled">上一页</span>')
    for p in range(1, pages + 1):
        pager.append(f'<span class="cur">{p}</span>' if p == page else f'<a href="?pageIndex={p}">{p}</a>')
    pager.append(f'<a href="?pageIndex={page + 1}">下一页</a>' if page < pages else '<span class="disabled">下一页</span>')
    pager.append(f'<a href="?pageIndex={pages}">尾页</a><span class="total">共{len(specs)}条 第{page}/{pages}页</span>')
    themes = "".join(f'<a href="javascript:;" onclick="filterTheme(\'{t}\')">{t}</a>'
                     for t in ("生育收养", "户籍办理", "社会保障", "就业创业", "婚姻登记", "住房保障", "准营准办", "设立变更"))
    return _head(f"{title}-镜河市政务服务网") + f"""
<div class="container">
<div class="location">当前位置：<a href="{BASE}">首页</a> &gt; <span>{title}</span></div>
<div class="list-wrap clearfix">
<div class="filter-box"><div class="filter-row"><span class="filter-tit">主题分类：</span>{themes}</div>
<div class="filter-row"><span class="filter-tit">事项层级：</span><a class="on" href="javascript:;">全部</a><a href="javascript:;">市级</a><a href="javascript:;">区县级</a></div></div>
<div class="event-list"><div class="list-head">为您找到 <em>{len(specs)}</em> 个{title}事项</div>
<ul>
{chr(10).join(rows)}
</ul>
<div class="pager" id="pager">{"".join(pager)}</div>
</div>
</div>
</div>
<!-- pageIndex 从 1 开始；kind={kind} -->
""" + _FOOT


def _home(specs: list[GuideSpec]) -> str:
    hot = "\n".join(f'<li><a href="{esc(detail_url(s))}" target="_blank">{esc(truncate(s.name, 18))}</a></li>'
                    for s in specs if "hot" in s.flags)
    return _head("镜河市政务服务网") + f"""
<div class="banner"><div class="container"><h1>镜河市政务服务网</h1><p>一网通办 · 就近可办 · 全城通办</p></div></div>
<div class="container">
<div class="entry-row clearfix">
<a class="entry entry-gr" href="{BASE}bszn/personal.html"><b>个人办事</b><span>生育、教育、就业、社保、婚姻……</span></a>
<a class="entry entry-fr" href="{BASE}bszn/legal.html"><b>法人办事</b><span>设立变更、准营准办、建设投资……</span></a>
<a class="entry entry-bm" href="{BASE}bmfw/index.html"><b>部门服务</b><span>按部门查找事项</span></a>
</div>
<div class="box hot-box"><div class="box-tit"><h3>热门服务</h3><a class="more" href="{BASE}bszn/personal.html">更多&gt;&gt;</a></div>
<ul class="hot-list">
{hot}
</ul></div>
<div class="box notice-box"><div class="box-tit"><h3>通知公告</h3><a class="more" href="{BASE}ygzw/index.html">更多&gt;&gt;</a></div>
<ul><li><a href="{BASE}ygzw/index.html">关于2024年春节期间政务服务中心办公时间调整的通知</a><span>2024-02-05</span></li>
<li><a href="{BASE}ygzw/index.html">镜河市政务服务中心二楼窗口调整公告</a><span>2024-01-18</span></li></ul></div>
</div>
""" + _FOOT


def _stub(title: str, text: str) -> str:
    return _head(f"{title}-镜河市政务服务网") + f"""
<div class="container"><div class="location">当前位置：<a href="{BASE}">首页</a> &gt; <span>{title}</span></div>
<div class="stub"><h2>{title}</h2><p>{text}</p></div></div>
""" + _FOOT


def _apply(spec: GuideSpec) -> str:
    return _head("统一身份认证-镜河市政务服务网") + f"""
<div class="container"><div class="login-box"><h2>在线办理：{esc(spec.name)}</h2>
<p>请先登录后办理。个人用户请使用“苏服办”扫码登录，法人用户请使用电子营业执照登录。</p>
<form action="{BASE}login.html" method="get"><input type="text" name="account" placeholder="手机号/身份证号"><input type="password" name="pwd"><button type="submit">登录</button></form>
</div></div>
""" + _FOOT


CSS = asset_text(__file__, "jinghe/main.css")

JS = asset_text(__file__, "jinghe/common.js")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gen = Generator(GEO, seed=1101, main_hall="镜河市政务服务中心")
    specs = gen.guides(PICKS)
    site = Site(PORTAL_ID, "utf-8")
    for spec in specs:
        spec.url = detail_url(spec)
        spec.entry_url = apply_url(spec)
    personal = [s for s in specs if "自然人" in s.objects]
    legal = [s for s in specs if "法人" in s.objects or "个体工商户" in s.objects]
    site.put("/", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={BASE}">
<title>镜河市政务服务网</title></head><body><p>正在跳转到 <a href="{BASE}">镜河市政务服务网</a>……</p></body></html>
""")
    site.put(BASE, _home(specs))
    for kind, title, group in (("personal", "个人办事", personal), ("legal", "法人办事", legal)):
        pages = (len(group) + PAGE_SIZE - 1) // PAGE_SIZE
        for page in range(1, pages + 1):
            text = _catalog_page(kind, title, group, page, pages)
            site.put(f"{BASE}bszn/{kind}.html?pageIndex={page}", text)
            if page == 1:
                site.put(f"{BASE}bszn/{kind}.html", text)
    for i, spec in enumerate(specs):
        related = [specs[(i + k) % len(specs)] for k in (1, 2, 3, 5, 8)]
        site.put(spec.url, _detail(spec, related))
        if spec.has_entry:
            site.put(apply_url(spec), _apply(spec))
    depts = sorted({s.department for s in specs})
    dept_links = "".join(f'<li><a href="javascript:;" onclick="filterDept(\'{esc(d)}\')">{esc(d)}</a></li>' for d in depts)
    stubs = {
        "login.html": ("用户登录", "请使用“苏服办”App扫码登录。"),
        "register.html": ("用户注册", "个人用户注册请使用实名手机号。"),
        "wza.html": ("无障碍服务", "本站已通过无障碍适老化改造。"),
        "search.html": ("站内搜索", "请输入关键字进行搜索。"),
        "about.html": ("关于我们", "镜河市政务服务网由镜河市政务服务管理办公室主办。"),
        "sitemap.html": ("网站地图", "首页、个人办事、法人办事、部门服务、阳光政务、互动交流。"),
        "ygzw/index.html": ("阳光政务", "办件公示、通知公告。"),
        "hdjl/index.html": ("互动交流", "咨询投诉请拨打12345政务服务便民热线。"),
    }
    for path, (title, text) in stubs.items():
        site.put(BASE + path, _stub(title, text))
    site.put(BASE + "bmfw/index.html", _stub("部门服务", f'按部门查找：</p><ul class="dept-list">{dept_links}</ul><p>'))
    site.put(BASE + "css/main.css", CSS)
    site.put(BASE + "js/common.js", JS)
    site.put(BASE + "js/stat.js", asset_text(__file__, "jinghe/stat.js"))
    site.put("/robots.txt", "User-agent: *\nDisallow: /jhzwfw/admin/\n")
    site.put_bytes("headers.json", (
        b'{\n  "*.css": "text/css",\n  "*.js": "application/javascript",\n  "*.txt": "text/plain",\n'
        b'  "*": "text/html; charset=utf-8"\n}\n'))
    return site.files, {
        "id": PORTAL_ID,
        "name": "镜河市政务服务网",
        "style": "Epoint (新点): nav menu, 个人办事/法人办事 catalogs paged by ?pageIndex=N, "
                 "div.item > span.name/span.con guide blocks",
        "home": "jhzwfw/",
        "charset": "utf-8",
        "served_content_type": "text/html; charset=utf-8",
        "items": [s.truth() for s in specs],
    }
