"""澄川市政务服务网: a Java hall of ``.do?method=`` actions (Struts DispatchAction URLs).

Guides are two-column tables (label, value, label, value); the search box sits in the header and
its results are cards; the channels page (掌上办事) shows app cards labelled 版本号 / 更新于.
Entries live in department systems: a hall page framing another system's form, OAuth redirects to
the province's identity service, an old certificate system that wants IE and ActiveX.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tests.probe_corpus.probes2 import entries as e
from tests.probe_corpus.probes2 import forms, pictures
from tests.probe_corpus.probes2.assemble import city_truth, labelled_facts, search_index
from tests.probe_corpus.probes2.model import City, Department, Item, guide_facts, papers
from tests.probe_corpus.probes2.site import TRAPS, VIOLATIONS, PlainForms, PortalBuild, bare_page

CITY = City("chengchuan", "澄川市", "680100", "0681", "澄川市民中心二楼")
HOME, CATALOGUE, CHANNELS = "/", "/zwdt/sxml.do?method=list", "/zwdt/zsbs.do?method=index"
SEARCH = "/zwdt/search.do"
CSS = "/static/css/zwdt.css"
LABELS = {"type": "事项类型", "dept": "实施主体", "level": "行使层级", "case_type": "办件类型",
          "statutory": "法定办结时限", "promised": "承诺办结时限", "visits": "到办事现场次数",
          "visit_reason": "必须现场办理原因说明", "channels": "办理形式", "fee": "是否收费",
          "place": "办理地点", "hours": "办理时间", "phone": "咨询电话", "complaint": "监督投诉电话"}
STYLE = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#222;background:#fff}
.top{background:#0b5394;color:#fff;padding:10px 24px;display:flex;align-items:center;gap:16px}
.top a{color:#fff}.top .site{font-size:22px;font-weight:bold}.top form{margin-left:auto}
.top input{padding:5px;border:1px solid #fff;width:220px}.top button{padding:5px 10px}
nav.menu{background:#e8eef5;padding:8px 24px}nav.menu a{margin-right:22px;color:#0a3d70}
.assist button{background:#0b5394;color:#fff;border:1px solid #fff;width:30px;height:30px}
main{max-width:1000px;margin:18px auto;padding:0 16px}a{color:#0a4d8c}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #b8c4d0;padding:6px 8px;text-align:left}
th{background:#f0f4f8;width:16%}.btn-apply{display:inline-block;background:#b22222;color:#fff;padding:8px 26px}
.btn-off{color:#444}.result-card{border-bottom:1px dashed #b8c4d0;padding:8px 0}
.app-card{border:1px solid #b8c4d0;padding:12px;margin:10px 0}.app-card dl{display:grid;grid-template-columns:6em 1fr}
footer{background:#f2f2f2;color:#444;padding:16px 24px;font-size:14px}.ico{display:inline-block;width:24px;height:24px;background:#0b5394;margin-right:8px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.scan-box{border:1px solid #b8c4d0;padding:10px;margin-top:14px;width:200px}.field{margin:8px 0}
"""


class HallShell(PlainForms):
    """The hall's chrome: header with the site search, navigation, footer."""

    def __init__(self, home_extra: str = "") -> None:
        self.home_extra = home_extra

    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "", query: str = "") -> str:
        body = (f'<header class="top"><img src="/static/img/emblem.png" alt="澄川市人民政府" width="40" height="40">'
                f'<a class="site" href="/">澄川市政务服务网</a>'
                f'<form method="get" action="{SEARCH}" role="search"><input type="hidden" name="method" value="query">'
                f'<label for="kw" class="vh">搜索事项</label><input id="kw" name="keyword" type="text" value="{query}">'
                '<button type="submit">搜索</button></form>'
                '<div class="assist"><button type="button" aria-label="放大字体">A+</button>'
                '<button type="button" aria-label="语音朗读"></button></div></header>\n'
                f'<nav class="menu"><a href="/">首页</a><a href="{escape(CATALOGUE)}">办事指南</a>'
                f'<a href="{escape(CHANNELS)}">掌上办事</a></nav>\n<main>\n{main}\n</main>\n'
                '<footer><p>主办：澄川市人民政府办公室　承办：澄川市政务服务中心</p>'
                f"{self.home_extra}</footer>\n{tail}")
        return bare_page(f"{title} - 澄川市政务服务网", body, head=f'<link rel="stylesheet" href="{CSS}">\n' + head)


class SystemShell(PlainForms):
    """A department system's chrome: its own title bar, no site search."""

    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "") -> str:
        body = (f'<header class="top"><span class="site">澄川市网上申报系统</span><a href="/">返回政务服务网</a></header>\n'
                f"<main>\n{main}\n</main>\n<footer><p>技术支持：澄川市大数据中心</p></footer>\n{tail}")
        return bare_page(title, body, head=f'<link rel="stylesheet" href="{CSS}">\n' + head)


def _items() -> list[Item]:
    def d(pair: str) -> Department:
        return Department(CITY, pair)

    def hall(key: str) -> str:
        return f"/zwdt/sbpt.do?method=apply&taskCode={key}"

    rows = [("CC1001", "社会保障卡补换", "05", "20", 7, hall("CC1001")),
            ("CC1002", "失业保险金申领", "05", "05", 2, hall("CC1002")),
            ("CC1003", "灵活就业人员参保登记", "05", "20", 11, hall("CC1003")),
            ("CC1004", "异地就医备案", "13", "20", 3, "/ybj/wt/ydjy.do?method=apply"),
            ("CC1005", "生育津贴申领", "13", "05", 4, "/ybj/wt/syjt.do?method=apply"),
            ("CC1006", "住房公积金提取（租赁住房）", "08", "20", 1, "/gjj/wsyyt/tq.jsp?lx=zl"),
            ("CC1007", "住房公积金缴存基数调整", "08", "20", 6, "/gjj/wsyyt/jsjs.jsp"),
            ("CC1008", "个体工商户设立登记", "11", "01", 12, hall("CC1008")),
            ("CC1009", "食品经营许可", "11", "01", 5, "/scjg/spjy/apply.html"),
            ("CC1010", "医师执业注册", "10", "01", 9, "/wjw/yszc/index.html"),
            ("CC1011", "出生医学证明补发", "10", "20", 14, None),
            ("CC1012", "内地居民结婚登记", "03", "07", 1, None)]
    return [Item(key, name, d(pair), kind, main, 0, f"/zwdt/sxzn.do?method=detail&taskCode={key}", entry)
            for key, name, pair, kind, main, entry in rows]


def _guide(item: Item, shell: HallShell) -> str:
    facts = [("事项名称", item.name), ("实施编码", item.code)] + labelled_facts(item, LABELS)
    wide = {"办理地点", "办理时间"}
    rows, pending = [], []
    for label, value in facts:
        span = ' colspan="3"' if label in wide else ""
        cell = f'<th scope="row">{label}</th><td{span}>{escape(value)}</td>'
        if label in wide:
            rows.append(f"<tr>{cell}</tr>")
            continue
        pending.append(cell)
        if len(pending) == 2:
            rows.append(f"<tr>{''.join(pending)}</tr>")
            pending = []
    if pending:
        rows.append(f'<tr>{pending[0]}<td colspan="2"></td></tr>')
    materials = "".join(f"<tr><td>{n + 1}</td><td>{escape(m)}</td><td>纸质/电子化</td><td>原件1份</td></tr>"
                        for n, m in enumerate(papers(item)))
    apply = (f'<a class="btn-apply" href="{item.entry_path}">在线申办</a>' if item.entry_path
             else '<span class="btn-off">本事项暂不支持网上办理，请到窗口办理</span>')
    main = (f'<h1>{escape(item.name)}</h1>\n<p>{apply}</p>\n<h2>基本信息</h2>\n<table class="guide">{"".join(rows)}</table>\n'
            f'<h2>申请材料</h2>\n<table><tr><th scope="col">序号</th><th scope="col">材料名称</th>'
            f'<th scope="col">材料形式</th><th scope="col">份数</th></tr>{materials}</table>\n'
            f'<h2>受理条件</h2>\n<p>{escape(str(guide_facts(item)["condition"]))}</p>\n')
    return shell.page(f"{item.name}办事指南", main)


def _entries(p: PortalBuild, items: dict[str, Item]) -> None:
    system = SystemShell()
    hall_action = "/zwdt/sbpt.do"
    e.plain_form(p, items["CC1001"], system, hall_action, style="table")
    e.framed(p, items["CC1002"], system, "/rsj/sbxt/sybx/form.jsp?sx=CC1002", "/rsj/sbxt/submit.jsp", titled=False)
    e.framed_missing(p, items["CC1003"], system, "/rsj/sbxt/lhjy/form.jsp", titled=False)
    e.oauth_identity(p, items["CC1004"], "cc_ybwt")
    e.oauth_identity(p, items["CC1005"], "cc_ybwt")
    e.activex(p, items["CC1006"], system, "/gjj/wsyyt/tqsq.jsp", "/gjj/wsyyt/ocx/CertSigner.cab")
    p.asset("/gjj/wsyyt/ocx/CertSigner.cab", b"MSCF\x00\x00\x00\x00stand-in cabinet\n")
    e.answers(p, items["CC1007"], 503, e.MAINTENANCE_503 + " (系统升级维护中)")
    e.code_beside(p, items["CC1008"], system, hall_action, "澄川通", "/static/img/qr-cct.png", "/download/cct_4.1.0.apk")
    p.delay(items["CC1008"].entry_path or "", 0.6)
    p.case(TRAPS, "slow-page", "answers in 0.6 s (below the threshold)", path=items["CC1008"].entry_path)
    e.with_captcha(p, items["CC1009"], system, "/scjg/spjy/submit.html", forms.widget_with_audio(), e.AUDIO_WIDGET,
                   violation=False)
    e.notice_with_form(p, items["CC1010"], system, "/wjw/yszc/submit.html",
                       "温馨提示：本系统已启用新版电子签名，无需安装IE控件，Chrome、Edge、Firefox等浏览器均可直接办理。",
                       e.NO_IE, rule=e.LEGACY, violation=False)
    p.case(VIOLATIONS, "accessibility", "two entries frame another system with no frame title",
           dimension="frame-title")


def _channels(p: PortalBuild, shell: HallShell) -> str:
    cards = [
        ("澄川通", "APP", "V4.1.0", "{{date:25:iso}}", "/static/img/qr-cct.png", ["/download/cct_4.1.0.apk"]),
        ("澄川公积金", "APP", "V2.0.3", "{{date:480:cn}}", "/static/img/qr-ccgjj.png", ["/download/ccgjj_2.0.3.apk"]),
        ("澄川医保", "APP", "V1.6.2", "{{date:45:dot}}", None, ["/download/ccyb_v1.6.2.apk"]),
        ("澄川发布", "微信公众号", None, None, "/static/img/qr-ccfb.png", []),
    ]
    html = ['<h1>掌上办事</h1>\n<p>下载澄川市政务服务移动端，关注政务新媒体，随时随地办事。</p>']
    for name, form, version, date, qr, downloads in cards:
        facts = f"<dt>类型</dt><dd>{form}</dd>"
        if version:
            facts += f"<dt>版本号</dt><dd>{version}</dd><dt>更新于</dt><dd>{date}</dd>"
        links = "".join(f'<a href="{d}">安卓下载</a> ' for d in downloads)
        code = f'<img src="{qr}" alt="{name}二维码" width="116" height="116">' if qr else ""
        html.append(f'<div class="app-card"><h2>{name}</h2><dl>{facts}</dl>{code}<p>{links}</p></div>')
    p.channel("澄川通", "APP", downloads=("/download/cct_4.1.0.apk",), qr="/static/img/qr-cct.png", updated=25)
    p.channel("澄川公积金", "APP", downloads=("/download/ccgjj_2.0.3.apk",), qr="/static/img/qr-ccgjj.png", updated=480)
    p.channel("澄川医保", "APP", downloads=("/download/ccyb_v1.6.2.apk",), dead=True, updated=45)
    p.channel("澄川发布", "微信公众号", qr="/static/img/qr-ccfb.png")
    for path in ("/download/cct_4.1.0.apk", "/download/ccgjj_2.0.3.apk"):
        p.asset(path, pictures.package(path))
    p.status("/download/ccyb_v1.6.2.apk", 404)
    for name in ("cct", "ccgjj", "ccfb"):
        p.asset(f"/static/img/qr-{name}.png", pictures.scan_code("chengchuan-" + name))
    p.case(TRAPS, "zombie-channel", "updated 25 days ago", path=CHANNELS, dimension="澄川通")
    p.case(VIOLATIONS, "zombie-channel", "更新于 480 days before the day served", path=CHANNELS, dimension="澄川公积金")
    p.case(VIOLATIONS, "zombie-channel", "its only download answers 404 (updated 45 days ago)", path=CHANNELS,
           dimension="澄川医保")
    p.case(TRAPS, "zombie-channel", "an official account with only a code to scan", path=CHANNELS,
           dimension="澄川发布")
    return shell.page("掌上办事", "\n".join(html))


def build() -> tuple[dict[str, bytes], dict[str, Any], list[dict[str, Any]]]:
    p = PortalBuild(CITY)
    items = {i.key: p.item(i) for i in _items()}
    shell = HallShell()
    icons = ('<p class="follow">关注我们：<a class="ico ico-wx" href="/zwdt/zsbs.do?method=index#wx"></a>'
             '<a class="ico ico-wb" href="/zwdt/zsbs.do?method=index#wb"></a></p>')
    hot = "".join(f'<li><a href="{escape(i.guide_path)}">{escape(i.name)}</a></li>' for i in list(items.values())[:8])
    home = (f'<img src="/static/img/banner.png" alt="澄川市政务服务网：一网通办，就近可办" width="960" height="120">\n'
            f'<h1>澄川市政务服务网</h1>\n<section><h2>热门服务</h2><ul>{hot}</ul></section>\n'
            f'<section><h2>办事服务</h2><p><a href="{escape(CATALOGUE)}">按部门查看全部办事指南</a></p></section>\n')
    p.page(HOME, HallShell(icons).page("首页", home))
    p.case(VIOLATIONS, "accessibility", "icon links in the home footer have no text", dimension="link-name")
    p.case(TRAPS, "accessibility", "the 无障碍 toolbar's icon buttons carry aria-label", dimension="button-name")
    rows = "".join(f'<tr><td><a href="{escape(i.guide_path)}">{escape(i.name)}</a></td><td>{escape(i.dept.name)}</td>'
                   f'<td>{"可网上办理" if i.entry_path else "窗口办理"}</td></tr>' for i in items.values())
    p.page(CATALOGUE, shell.page("办事指南", '<h1>办事指南</h1>\n<table><tr><th scope="col">事项名称</th>'
                                         f'<th scope="col">实施主体</th><th scope="col">办理方式</th></tr>{rows}</table>'))
    p.delay(CATALOGUE, 2.7)
    p.case(VIOLATIONS, "slow-page", "the catalogue answers after 2.7 s", path=CATALOGUE)
    for item in items.values():
        p.page(item.guide_path, _guide(item, shell))
    _entries(p, items)
    p.page(CHANNELS, _channels(p, shell))
    p.template("_search.html", shell.page("搜索结果", '<h1>搜索结果</h1>\n<p>共找到 {{COUNT}} 个事项</p>\n{{RESULTS}}',
                                          query="{{QUERY}}"))
    p.error_page(404, "_404.html", bare_page("404 页面不存在", '<main><h1>404</h1><p>您访问的页面不存在。</p>'
                                                          '<p><a href="/">返回首页</a></p></main>'))
    p.error_page(503, "_503.html", bare_page("系统升级维护中", "<main><h1>系统升级维护中</h1><p>为进一步提升系统安全稳定性，"
                                                         "系统升级维护中，暂停使用。由此给您带来的不便，敬请谅解！</p></main>"))
    p.asset(CSS, STYLE)
    p.asset("/static/img/emblem.png", pictures.logo("chengchuan"))
    p.asset("/static/img/banner.png", pictures.band("chengchuan", 480, 60))
    p.behaviour["search"] = {"path": SEARCH, "param": "keyword", "mode": "match", "page": "_search.html",
                             "index": search_index(p.items),
                             "row": '<div class="result-card"><h3><a href="{url}">{name}</a></h3><p>实施主体：{dept}</p></div>',
                             "empty": '<p class="empty">未找到相关事项，请更换关键词。</p>'}
    p.case(TRAPS, "excess-steps", "home → results (cards) → guide → apply: 4 page loads")
    search = {"path": SEARCH, "param": "keyword", "form": "static header form (hidden method=query)",
              "finds_items": True, "choice_pages": 0, "page_loads_to_apply": 4}
    truth = city_truth(p, home=HOME, catalogue=CATALOGUE, channels_page=CHANNELS, search=search)
    return p.finished(), truth, p.cases
