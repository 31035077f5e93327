"""岭安市政务服务网 (广东政务服务网 岭安分厅): a Guangdong-style portal, UTF-8.

Catalog ``/portal/bszn/list?type=personal&page=N`` (links written with ``type`` first; the server
sorts parameters). Guides at ``/portal/guide/<code>`` come from another backend: UTF-8 with a BOM,
served as ``text/html;charset=ISO-8859-1`` (a Tomcat default; the BOM wins in browsers).
Guides are 4-cell tables (label, value, label, value) with ``colspan`` cells, an 8-column
materials table (some rows 免提交, some 由部门共享获取, situation header rows) and windows as blocks.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals1.corpus_data import GUANGDONG_KIND_CODES, Geo, Town
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

PORTAL_ID = "lingan"
GEO = Geo(city="岭安市", region="449100",
          districts=(("岭东区", "449102"), ("安平区", "449103"), ("南溪县", "449121")),
          towns=(Town("岭东区", "凤岗街道", ("榕树下社区", "新塘社区")), Town("南溪县", "梅林镇", ("上围村", "下围村"))),
          roads=("岭南大道", "安平路", "凤岗路", "梅林大道", "东湖路"), area_code="0758")
PAGE_SIZE = 10
CHANNEL_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助终端办理"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子", "both": "纸质、电子", None: ""}

PICKS = [
    Pick("spjy", show="business"),
    Pick("spjy", body="d0"),
    Pick("spjybg"),
    Pick("gtdj", body="d0", show="business"),
    Pick("ypls", flags=frozenset({"situations", "halfwidth"})),
    Pick("sybx"),
    Pick("jycy", body="t0"),
    Pick("sbk"),
    Pick("sttj"),
    Pick("dibao", body="d1"),
    Pick("yljg", flags=frozenset({"situations", "halfwidth"})),
    Pick("csyx"),
    Pick("ghxk", show="business", force=(("name", "建设工程规划许可证核发（设区的市级权限）"),)),
    # 是否网办 = 是 while 办理形式 is 窗口办理 only (a real inconsistency); channels are what 办理形式 says
    Pick("czcjsy", flags=frozenset({"online_yes"}),
         force=(("channels", ["counter"]), ("depth", None), ("visits", 2), ("has_entry", False))),
    Pick("ylcs"),
    Pick("ybzy"),
    Pick("hpsp"),
    Pick("yhbz", body="d0"),
    Pick("gjjdk", show="business"),
    Pick("jzz", force=(("channels", ["counter", "online", "self_service"]), ("depth", 3), ("visits", 1))),
]


def guide_url(spec: GuideSpec) -> str:
    return f"/portal/guide/{spec.business_code or spec.impl_code}"


def apply_url(spec: GuideSpec) -> str:
    return f"/portal/online/apply?taskCode={spec.impl_code}"


def _head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/portal/static/css/gdzwfw.css">
</head>
<body>
<div class="gd-top"><div class="w1200"><span>广东政务服务网</span><a href="/">岭安分厅</a>
<span class="gd-top-r"><a href="/portal/login.html">登录</a><a href="/portal/login.html">注册</a><a href="javascript:;">粤省事</a></span></div></div>
<div class="gd-header"><div class="w1200"><a class="gd-logo" href="/">岭安市政务服务网</a>
<div class="gd-search"><input type="text" id="keyword" placeholder="搜索事项、服务"><a href="javascript:;" onclick="doSearch()">搜索</a></div></div></div>
<div class="gd-nav"><div class="w1200">
<a href="/">首页</a><a href="/portal/bszn/list?type=personal">个人服务</a><a href="/portal/bszn/list?type=legal">法人服务</a>
<a href="/portal/bmfw.html">部门服务</a><a href="/portal/ztfw.html">主题服务</a><a href="/portal/hcp.html">好差评</a>
</div></div>
"""


_FOOT = """<div class="gd-footer"><div class="w1200">
<p>主办：岭安市政务服务数据管理局　承办：岭安市政务服务中心</p>
<p>网站标识码：4491000012　粤ICP备05071234号　粤公网安备 44910202000456号</p>
<p>服务热线：12345　网站运维电话：0758-22306789　建议使用Chrome、Edge或360浏览器极速模式</p>
</div></div>
<script src="/portal/static/js/gd.js"></script>
</body>
</html>
"""


def _cell_rows(rows: list[list[tuple[str, str]]]) -> str:
    out = []
    for row in rows:
        cells = row
        if len(cells) == 1:
            label, value = cells[0]
            out.append(f'<tr><td class="tit">{label}</td><td colspan="3">{value}</td></tr>')
        else:
            out.append("<tr>" + "".join(f'<td class="tit">{label}</td><td>{value}</td>' for label, value in cells)
                       + "</tr>")
    return "\n".join(out)


def _depth(spec: GuideSpec) -> str:
    if spec.depth is None:
        return "无"
    return f"{ROMAN[spec.depth]}级" + ("（全程网办）" if spec.depth == 4 else "（网上预审）" if spec.depth == 3 else "")


def _materials(spec: GuideSpec) -> str:
    split = len(spec.materials) // 2 + 1 if "situations" in spec.flags else None
    rows = []
    for i, m in enumerate(spec.materials, start=1):
        if split is not None and i in (1, split):
            text = "情形一：通用材料" if i == 1 else "情形二：新建、改建或者扩建后首次申请的，还需提交以下材料"
            rows.append(f'<tr class="situation"><td colspan="8">{text}</td></tr>')
        source, remark = m.source, ""
        if m.exempt and i % 2:
            remark = "免提交"
        elif m.exempt:
            source = "由部门共享获取"
        if m.mtype == "申请表格文书":
            remark += ('<a class="down" href="javascript:void(0);" '
                       f"onclick=\"downloadFile('{spec.impl_code[-6:]}{i:02d}')\">[空白表格]</a>")
        necessity = {"必要": "是", "非必要": "否", "容缺后补": "容缺后补"}[m.necessity]
        rows.append(f"<tr><td>{i}</td><td class=\"mat-name\">{esc(m.name)}</td><td>{m.mtype}</td><td>{source}</td>"
                    f"<td>{FORM_TEXT[m.form]}</td><td>{m.copies}</td><td>{necessity}</td><td>{remark}</td></tr>")
    return ('<table class="mat-table"><thead><tr><th>序号</th><th>材料名称</th><th>材料类型</th><th>来源渠道</th>'
            "<th>材料形式</th><th>份数</th><th>是否必要</th><th>备注</th></tr></thead><tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>")


def _windows(spec: GuideSpec) -> str:
    return "\n".join(
        f'<div class="win-item"><h4 class="win-name">{esc(loc.name)}</h4><ul>'
        f"<li><span>办理地址：</span>{esc(loc.address)}</li><li><span>办理时间：</span>{loc.hours}</li>"
        f"<li><span>咨询电话：</span>{loc.phone}</li></ul></div>" for loc in spec.locations)


def _detail(spec: GuideSpec, related: list[GuideSpec]) -> str:
    online_flag = "是" if spec.online or "online_yes" in spec.flags else "否"
    basic = [
        [("事项名称", esc(spec.name))],
        [("日常用语", esc(spec.pool.name))],
        [("事项类型", spec.kind), ("实施主体", esc(spec.department))],
        [("实施主体性质", "法定机关"), ("实施主体编码", spec.impl_code[:18])],
        [("委托部门", "无"), ("联办机构", "")],
        [("行使层级", "、".join(LEVEL_TEXT[lv] for lv in spec.levels)), ("服务对象", spec.objects)],
        [("办理形式", "、".join(CHANNEL_TEXT[c] for c in spec.channels)), ("是否网办", online_flag)],
        [("网上办理深度", _depth(spec)), ("到现场次数", f"{spec.visits}次")],
        [("必须现场办理原因说明", visit_reason(spec))],
        [("办件类型", CASE_TEXT[spec.case_type or "promised"]),
         ("通办范围", "全市通办" if spec.body_level == "city" else "全区通办")],
    ]
    approval = [
        [("法定办结时限", f"{spec.statutory}个工作日" if spec.statutory else "无"),
         ("承诺办结时限", "即办" if spec.promised == 0 else f"{spec.promised}个工作日")],
        [("法定时限说明", "自受理之日起计算，依法需要听证、检验、检测、鉴定和专家评审的，所需时间不计算在内")],
        [("是否收费", "否"), ("是否支持物流快递", "是" if "post" in spec.channels else "否")],
        [("是否支持预约办理", "是"), ("审批结果类型", "证照" if spec.kind == "行政许可" else "其他")],
    ]
    codes: list[list[tuple[str, str]]] = [[("基本编码", spec.basic_code), ("实施编码", spec.impl_code)]]
    if spec.business_code:
        codes.append([("业务办理项编码", spec.business_code)])
    ops = (f'<a class="op-online" href="{esc(apply_url(spec))}" target="_blank">在线办理</a>' if spec.has_entry else "")
    steps = "".join(f"<tr><td>{name}</td><td>{desc}</td><td>{time}</td></tr>" for name, desc, time in steps_for(spec))
    rel = "".join(f'<li><a href="{guide_url(r)}" title="{esc(r.name)}">{esc(truncate(r.name, 15))}</a></li>'
                  for r in related)
    promised_badge = "即办" if spec.promised == 0 else f"{spec.promised}个工作日"
    return _head(f"{spec.name}_办事指南_岭安市政务服务网") + f"""
<div class="w1200">
<div class="crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/portal/bszn/list?type=personal">个人服务</a> &gt; <span>办事指南</span></div>
<div class="guide-top">
<div class="guide-title" title="{esc(spec.name)}">{esc(spec.name)}</div>
<div class="guide-badges"><span>到现场次数<b>{spec.visits}</b>次</span><span>承诺时限<b>{promised_badge}</b></span><span>{"可网办" if spec.online else "窗口办理"}</span></div>
<div class="guide-ops">{ops}<a class="op-yy" href="javascript:;" onclick="gdAlert('预约服务升级中')">预约办理</a><a class="op-zx" href="javascript:;">咨询</a><a class="op-sc" href="javascript:;">收藏</a></div>
</div>
<div class="guide-tabs"><a href="#jbxx" class="cur">基本信息</a><a href="#sqcl">申请材料</a><a href="#bllc">办理流程</a><a href="#ckbl">窗口办理</a><a href="#sfxm">收费项目信息</a><a href="#zxjd">咨询监督</a><a href="#flyj">法律依据</a></div>
<div class="guide-main">
<div class="guide-section" id="jbxx"><h3 class="section-title">基本信息</h3>
<table class="info-table">
{_cell_rows(basic)}
</table></div>
<div class="guide-section" id="spxx"><h3 class="section-title">审批信息</h3>
<table class="info-table">
{_cell_rows(approval)}
</table></div>
<div class="guide-section" id="bmdm"><h3 class="section-title">编码代码</h3>
<table class="info-table">
{_cell_rows(codes)}
</table></div>
<div class="guide-section" id="sltj"><h3 class="section-title">受理标准</h3><div class="text">{esc(spec.pool.condition)}</div></div>
<div class="guide-section" id="sqcl"><h3 class="section-title">申请材料</h3>
{_materials(spec)}
</div>
<div class="guide-section" id="bllc"><h3 class="section-title">办理流程</h3>
<table class="flow-table"><tr><th>环节</th><th>办理标准</th><th>时限</th></tr>{steps}</table></div>
<div class="guide-section" id="ckbl"><h3 class="section-title">窗口办理</h3>
<div class="win-list">
{_windows(spec)}
</div></div>
<div class="guide-section" id="sfxm"><h3 class="section-title">收费项目信息</h3><div class="text">本事项不收费。</div></div>
<div class="guide-section" id="zxjd"><h3 class="section-title">咨询监督</h3>
<table class="info-table">{_cell_rows([[("咨询电话", spec.phone), ("监督投诉电话", spec.complaint_phone)]])}</table></div>
<div class="guide-section" id="flyj"><h3 class="section-title">法律依据</h3><div class="text">{esc(spec.pool.basis)}</div></div>
</div>
<div class="guide-side"><h4>相关事项</h4><ul>{rel}</ul>
<h4>办事热线</h4><p>12345</p></div>
</div>
<input type="hidden" id="taskHandleItem" value="{spec.business_code or ''}">
<input type="hidden" id="auditItemId" value="{spec.guid}">
""" + _FOOT


def _catalog(kind: str, title: str, specs: list[GuideSpec], page: int, pages: int) -> str:
    boxes = []
    for spec in specs[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
        online = f'<a href="{esc(apply_url(spec))}" target="_blank">在线办理</a>' if spec.has_entry else ""
        boxes.append(
            f'<div class="item-box"><a class="item-name" href="{guide_url(spec)}" target="_blank" title="{esc(spec.name)}">'
            f"{esc(truncate(spec.name, 20))}</a><p>实施主体：{esc(spec.department)}</p>"
            f'<div class="ops"><a href="{guide_url(spec)}" target="_blank">办事指南</a>{online}</div></div>')
    links = []
    if page > 1:
        links.append(f'<a href="list?type={kind}&amp;page={page - 1}">上一页</a>')
    for p in range(1, pages + 1):
        links.append(f'<a class="cur">{p}</a>' if p == page else f'<a href="list?type={kind}&amp;page={p}">{p}</a>')
    if page < pages:
        links.append(f'<a href="list?type={kind}&amp;page={page + 1}">下一页</a>')
    return _head(f"{title}_岭安市政务服务网") + f"""
<div class="w1200">
<div class="crumbs">您当前的位置：<a href="/">首页</a> &gt; <span>{title}</span></div>
<div class="list-filter">服务对象：<a class="{"cur" if kind == "personal" else ""}" href="list?type=personal">自然人</a><a class="{"cur" if kind == "legal" else ""}" href="list?type=legal">法人</a></div>
<div class="item-list">
{chr(10).join(boxes)}
</div>
<div class="page-box">共 {len(specs)} 条 {"".join(links)}</div>
</div>
""" + _FOOT


def _home(specs: list[GuideSpec]) -> str:
    hot = "".join(f'<li><a href="{guide_url(s)}">{esc(truncate(s.name, 16))}</a></li>' for s in specs[:8:2])
    return _head("岭安市政务服务网") + f"""
<div class="w1200">
<div class="home-entries">
<a class="entry" href="/portal/bszn/list?type=personal"><b>个人服务</b><span>按主题、按生命周期找服务</span></a>
<a class="entry" href="/portal/bszn/list?type=legal"><b>法人服务</b><span>开办企业、工程建设、准营准办</span></a>
<a class="entry" href="/portal/bmfw.html"><b>部门服务</b></a>
</div>
<div class="home-hot"><h3>高频事项</h3><ul>{hot}</ul></div>
<div class="home-news"><h3>政务动态</h3><ul><li>岭安市上线“一件事一次办”主题服务</li><li>市政务服务中心推出延时服务</li></ul></div>
</div>
""" + _FOOT


def _stub(title: str, text: str) -> str:
    return _head(f"{title}_岭安市政务服务网") + f'<div class="w1200"><h2>{title}</h2><p>{text}</p></div>' + _FOOT


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gen = Generator(GEO, seed=2202, main_hall="岭安市政务服务中心", code_prefix="44",
                    kind_codes=GUANGDONG_KIND_CODES)
    specs = gen.guides(PICKS)
    site = Site(PORTAL_ID, "utf-8")
    for spec in specs:
        if "halfwidth" in spec.flags:
            spec.name = spec.name.replace("（", "(").replace("）", ")")
        spec.url = guide_url(spec)
        spec.entry_url = apply_url(spec)
    personal = [s for s in specs if "自然人" in s.objects]
    legal = [s for s in specs if "法人" in s.objects or "个体工商户" in s.objects or "组织" in s.objects]
    site.put("/", _home(specs))
    for kind, title, group in (("personal", "个人服务", personal), ("legal", "法人服务", legal)):
        pages = (len(group) + PAGE_SIZE - 1) // PAGE_SIZE
        for page in range(1, pages + 1):
            text = _catalog(kind, title, group, page, pages)
            site.put(f"/portal/bszn/list?type={kind}&page={page}", text)
            if page == 1:
                site.put(f"/portal/bszn/list?type={kind}", text)
    for i, spec in enumerate(specs):
        related = [specs[(i + k) % len(specs)] for k in (1, 4, 7)]
        site.put(spec.url, _detail(spec, related), bom=True)
        if spec.has_entry:
            site.put(apply_url(spec), _stub("在线申办", f"{esc(spec.name)}：请使用粤省事或广东政务服务网统一身份认证登录后申办。"))
    for path, title, text in (("/portal/bmfw.html", "部门服务", "按部门浏览事项功能升级中，请使用个人服务、法人服务查找。"),
                              ("/portal/ztfw.html", "主题服务", "一件事一次办主题服务。"),
                              ("/portal/hcp.html", "好差评", "政务服务“好差评”，您的评价是我们改进的动力。"),
                              ("/portal/login.html", "统一身份认证", "请使用粤省事扫码登录。")):
        site.put(path, _stub(title, text))
    site.put("/portal/static/css/gdzwfw.css", asset_text(__file__, "lingan/gdzwfw.css"))
    site.put("/portal/static/js/gd.js", asset_text(__file__, "lingan/gd.js"))
    site.put("/robots.txt", "User-agent: *\nDisallow: /portal/admin/\nDisallow: /portal/api/\n")
    site.put_bytes("headers.json", (
        b'{\n  "/portal/guide/*": "text/html;charset=ISO-8859-1",\n  "*.css": "text/css",\n'
        b'  "*.js": "application/javascript",\n  "*.txt": "text/plain",\n  "*": "text/html;charset=UTF-8"\n}\n'))
    return site.files, {
        "id": PORTAL_ID,
        "name": "岭安市政务服务网",
        "style": "Guangdong (广东政务服务网分厅): 4-cell label/value tables with colspan, 8-column materials table, "
                 "window blocks, catalog paged by ?type=…&page=N",
        "home": "",
        "charset": "utf-8",
        "served_content_type": "guides (/portal/guide/*): text/html;charset=ISO-8859-1 over UTF-8 with BOM; "
                               "other pages text/html;charset=UTF-8",
        "items": [s.truth() for s in specs],
    }
