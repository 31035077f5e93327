"""禾阳市: a TRS-style site — /bsfw/bszn/YYYYMM/tYYYYMMDD_N.html documents, a was5 search, definition lists.

Planted: a slow home page; a search whose results reach a guide only through three choice pages
(area → town → department); a 掌上办 page with an app offering nothing to download and an app
not updated for 622 days; entries that answer 500, send the citizen to the counter, demand an
ActiveX control, or log the citizen in on the city's own account system. Traps: a login form
posting to the province identity service, a redirect to it, a QR code beside a web form, an SMS
code, an entry at 0.7 s; the city is axe-clean.
"""

from __future__ import annotations

from html import escape

from tests.probe_corpus.probes1 import forms, images
from tests.probe_corpus.probes1.assemble import PortalBuild, date_token, item_truth, search_index
from tests.probe_corpus.probes1.entries import EntrySite
from tests.probe_corpus.probes1.model import POOL_BY_KEY, Channel, City, Guide

CITY = City("heyang", "禾阳市", "禾阳", "690300", 2)
HOME, CATALOGUE, CHANNELS, FAQ = "/", "/bsfw/bszn/index.html", "/zsb/index.html", "/hdjl/cjwt/index.html"
NEWS_LIST, SEARCH, CHOOSE = "/xwdt/index.html", "/was5/web/search", "/bsfw/choose"
PLAN = [
    ("dibao", "form", 0.0), ("linshi", "status_500", 0.0), ("shiye", "counter_only", 0.0),
    ("shigong", "activex", 0.0), ("keyun", "own_login_form", 0.0), ("yanglao", "unified_form", 0.0),
    ("jiuye", "unified_redirect", 0.0), ("shipin", "form_qr", 0.0), ("weisheng", "form", 0.7),
    ("ranqi", "form", 0.0), ("hunyin", None, 0.0), ("minban", None, 0.0),
]
NEWS = [
    ("/xwdt/202504/t20250415_70012.html", "关于优化食品经营许可办理流程的通知", "2025-04-15"),
    ("/xwdt/202505/t20250508_70188.html", "禾阳市政务服务中心“周末不打烊”服务安排", "2025-05-08"),
]
AREAS = [["01", "禾阳市本级"], ["02", "清川区"], ["03", "柳岸区"], ["04", "禾阳经济技术开发区"]]
TOWNS = {"01": [["0101", "城关街道"], ["0102", "东门街道"]],
         "02": [["0201", "清川街道"], ["0202", "沙溪镇"], ["0203", "云岭乡"]],
         "03": [["0301", "柳岸街道"], ["0302", "白塔镇"]], "04": [["0401", "新港街道"]]}
CSS = """body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#1d1d1d;background:#f6f7f9}
header{background:#7a1f1f;color:#fff;padding:16px 28px}header .site{font-size:22px;margin:0}
.menu{background:#fff;border-bottom:2px solid #7a1f1f}.menu a{display:inline-block;padding:12px 16px;color:#1d1d1d;
text-decoration:none;min-height:24px}.page{max-width:1080px;margin:0 auto;background:#fff;padding:20px 28px}
dl.info{display:grid;grid-template-columns:1fr 1fr;gap:4px 24px}dl.info div{display:flex;border-bottom:1px dashed #ccc;
padding:6px 0}dl.info dt{width:8em;color:#444;flex:none}dl.info dd{margin:0}.btn-sb,.btn-primary{background:#7a1f1f;
color:#fff;border:0;padding:8px 20px;text-decoration:none;display:inline-block;font-size:15px}.btn-plain{padding:6px 12px}
.cards{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:16px}.card{border:1px solid #ddd;padding:14px;width:300px}
.card .type{color:#555}footer{background:#2d2d2d;color:#eee;padding:16px 28px;margin-top:24px;font-size:14px}
.form-row{margin:8px 0}.form-row label{display:inline-block;width:8em}.notice,.legacy-tip{border:1px solid #d9b36c;
background:#fff8e6;padding:12px 16px}.warn{color:#8a1c1c}.apply-with-scan{display:flex;gap:24px}
.scan-box{border:1px solid #ddd;padding:12px;width:220px}.choices li{margin:8px 0}.search-box input{padding:6px;width:260px}"""


def guides() -> list[Guide]:
    out = []
    for number, (key, kind, delay) in enumerate(PLAN, 1):
        facts = POOL_BY_KEY[key]
        guide = Guide(CITY, facts, facts.name, f"/bsfw/bszn/202405/t20240521_{61200 + number}.html", None, kind, delay)
        if kind is not None:
            guide.entry_path = f"/wsbsdt/apply/{number:03d}.html"
        out.append(guide)
    return out


def shell(title: str, body: str) -> str:
    menu = [(HOME, "首页"), (CATALOGUE, "办事指南"), (CHANNELS, "掌上办"), (NEWS_LIST, "政务动态"), (FAQ, "常见问题")]
    links = "".join(f'<a href="{path}">{text}</a>' for path, text in menu)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<link rel="stylesheet" href="/images/hy.css"></head><body>'
            '<header><p class="site">禾阳市人民政府门户网站 · 政务服务</p></header>'
            f'<nav class="menu" aria-label="栏目导航">{links}</nav><main class="page">{body}</main>'
            '<footer><p>主办单位：禾阳市人民政府办公室　地址：禾阳市府前路1号　网站标识码：6903000002</p>'
            "<p>盲ICP备05002345号</p></footer></body></html>")


def entry_shell(title: str, body: str) -> str:
    return shell(title, f"<h1>{escape(title)}</h1>{body}")


def search_box(value: str = "") -> str:
    return (f'<form class="search-box" action="{SEARCH}" method="get" role="search">'
            '<input type="hidden" name="channelid" value="220418">'
            f'<label for="kw">站内搜索</label> <input id="kw" name="keyword" type="text" value="{value}">'
            ' <button type="submit" class="btn-primary">搜索</button></form>')


def home_page(items: list[Guide]) -> str:
    hot = "".join(f'<li><a href="{g.guide_path}">{escape(g.name)}</a></li>' for g in items[:5])
    news = "".join(f'<li><a href="{path}">{escape(title)}</a>（{date}）</li>' for path, title, date in NEWS)
    return shell("禾阳市人民政府门户网站", "<h1>禾阳市政务服务</h1>" + search_box()
                 + f"<h2>高频事项</h2><ul>{hot}</ul><p><a href=\"{CATALOGUE}\">全部办事指南</a></p>"
                 f"<h2>政务动态</h2><ul>{news}</ul>"
                 f'<h2>掌上办事</h2><p>下载“禾阳通”APP或使用小程序，随时随地办事，详见<a href="{CHANNELS}">掌上办</a>。</p>')


def catalogue_page(items: list[Guide]) -> str:
    departments: dict[str, list[Guide]] = {}
    for guide in items:
        departments.setdefault(guide.department, []).append(guide)
    sections = "".join(f"<section><h2>{escape(dept)}</h2><ul>"
                       + "".join(f'<li><a href="{g.guide_path}">{escape(g.name)}</a></li>' for g in group)
                       + "</ul></section>" for dept, group in departments.items())
    return shell("办事指南 - 禾阳市人民政府", f"<h1>办事指南（按部门）</h1>{sections}")


def guide_page(guide: Guide) -> str:
    facts = guide.facts
    pairs = [("事项名称", guide.name), ("事项实施编码", guide.code), ("目录编码", guide.basic),
             ("事项类型", guide.item_type), ("实施机构", guide.department), ("行使层级", "市级"),
             ("办理方式", guide.channels_text), ("到现场次数", f"{guide.visits}次"), ("法定时限", facts.statutory),
             ("承诺时限", facts.promised), ("办件类型", facts.case_type), ("收费情况", facts.fee)]
    info = "".join(f"<div><dt>{label}</dt><dd>{escape(value)}</dd></div>" for label, value in pairs)
    materials = "".join(f"<li>{escape(m.name)}（{m.form}，{m.copies}）</li>" for m in facts.materials)
    apply = f'<p><a class="btn-sb" href="{guide.entry_path}">网上申报</a></p>' if guide.entry_path else \
        "<p>本事项须到窗口办理：需当事人本人到场签字确认。</p>"
    body = (f"<h1>{escape(guide.name)}</h1>{apply}<h2>基本信息</h2><dl class=\"info\">{info}</dl>"
            f"<h2>受理条件</h2><p>{escape(facts.conditions)}</p><h2>申报材料</h2><ol>{materials}</ol>"
            "<h2>办理流程</h2><ol><li>申请</li><li>受理</li><li>审查</li><li>决定</li><li>送达</li></ol>"
            '<h2>受理地点</h2><dl class="info"><div><dt>受理地点</dt><dd>禾阳市政务服务中心（府前路9号）二楼</dd></div>'
            "<div><dt>受理时间</dt><dd>工作日 8:30—12:00，14:00—17:30</dd></div>"
            "<div><dt>联系电话</dt><dd>0698-2345678</dd></div><div><dt>投诉电话</dt><dd>0698-12345</dd></div></dl>"
            f"<h2>设定依据</h2><p>{escape(facts.basis)}</p>")
    return shell(f"{guide.name} - 办事指南 - 禾阳市", body)


def channel_list() -> list[Channel]:
    return [
        Channel("禾阳通", "APP", "禾阳市政务服务移动端，社保医保、公积金、不动产等查询办理。",
                [("安卓下载", "/zsb/app/heyangtong-5.2.0.apk"), ("苹果下载", "/zsb/app/heyangtong-ios.html")],
                None, updated_days_ago=60, version="5.2.0"),
        Channel("禾阳e就业", "APP", "求职招聘、职业培训报名和就业补贴申领。", []),
        Channel("禾阳停车", "APP", "城区公共停车泊位查询与在线缴费。", [("安卓下载", "/zsb/app/hytc-1.0.3.apk")], None,
                updated_days_ago=622, version="1.0.3"),
        Channel("禾阳政务服务", "支付宝小程序", "在支付宝中查询办事指南、预约取号。", [], "/images/qr/hy-alipay.png",
                updated_days_ago=20),
    ]


def channels_page(channels: list[Channel]) -> str:
    cards = []
    for channel in channels:
        get = " ".join(f'<a href="{path}">{text}</a>' for text, path in channel.downloads)
        if channel.qr:
            get += f'<img src="{channel.qr}" alt="{escape(channel.name)}小程序码" width="116" height="116">'
        meta = f"<p>更新日期：{date_token(channel.updated_days_ago, 'cn')}</p>" if channel.updated_days_ago else ""
        version = f"<p>版本：{channel.version}</p>" if channel.version else ""
        cards.append(f'<li class="card"><h2>{escape(channel.name)}</h2><p class="type">{channel.kind}</p>'
                     f"<p>{escape(channel.blurb)}</p>{version}{meta}<p>{get}</p></li>")
    return shell("掌上办 - 禾阳市人民政府", f'<h1>掌上办</h1><ul class="cards">{"".join(cards)}</ul>')


def faq_page() -> str:
    qa = [("网上申报提交后可以撤回吗？", "在部门受理之前，可在“我的办件”中撤回申请。"),
          ("办理结果如何领取？", "可选择窗口领取，也可选择免费邮寄送达。")]
    items = "".join(f"<li><h2>{q}</h2><p>{a}</p></li>" for q, a in qa)
    return shell("常见问题 - 禾阳市人民政府", f"<h1>常见问题</h1><ul>{items}</ul>")


def register_page() -> str:
    rows = [forms.Row("r-user", "用户名", '<input id="r-user" name="username" type="text">'),
            forms.Row("r-pass", "设置密码", '<input id="r-pass" name="password" type="password">'),
            forms.Row("r-phone", "手机号码", '<input id="r-phone" name="mobile" type="tel">'), forms.sms_row()]
    return shell("用户注册 - 禾阳市网上申报系统",
                 '<h1>本系统用户注册</h1><form action="/wsbsdt/register.do" method="post">'
                 + forms.render_rows(rows, "div") + '<p><button type="submit" class="btn-primary">注册</button></p></form>')


def templates(build: PortalBuild) -> None:
    build.template("search.html", shell("检索结果 - 禾阳市人民政府",
                                        search_box("{{QUERY}}") + "<h1>检索结果</h1><p>共检索到{{COUNT}}条结果</p>"
                                        "<ul>{{RESULTS}}</ul>"))
    build.template("choose.html", shell("{{TITLE}} - 禾阳市政务服务",
                                        '<h1>{{TITLE}}</h1><p>事项：{{ITEM}}</p><ul class="choices">{{OPTIONS}}</ul>'))
    build.template("404.html", shell("页面未找到", f'<h1>页面未找到</h1><p><a href="{HOME}">返回首页</a></p>'))
    build.template("500.html", (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>HTTP Status 500 – Internal Server Error'
        '</title><style>body{font-family:Tahoma,Arial,sans-serif}h1{color:#fff;background:#525d76;padding:4px}</style>'
        "</head><body><h1>HTTP Status 500 – Internal Server Error</h1><p><b>Type</b> Exception Report</p>"
        "<p><b>Message</b> Request processing failed: java.lang.NullPointerException</p><p><b>Description</b> The "
        "server met an unexpected condition that kept it from answering the request.</p></body></html>"))


def build() -> tuple[PortalBuild, dict]:
    portal = PortalBuild(CITY)
    items = guides()
    site = EntrySite(CITY.id, "div", "/wsbsdt/submit.do", "确认提交", mini_name="禾阳政务服务",
                     mini_qr="/images/qr/hy-alipay.png", own_login_action="/wsbsdt/login.do",
                     register_path="/wsbsdt/register.html", activex_codebase="/wsbsdt/ocx/HYCertSign.cab",
                     counter_place="禾阳市政务服务中心二楼综合受理窗口")
    portal.put(HOME, home_page(items))
    portal.put(CATALOGUE, catalogue_page(items))
    for guide in items:
        portal.put(guide.guide_path, guide_page(guide))
    portal.add_entries(items, site, entry_shell, lambda g: f"{g.name} - 禾阳市网上申报系统")
    channels = channel_list()
    portal.put(CHANNELS, channels_page(channels))
    portal.add_channels(channels, CHANNELS, shell)
    portal.put(FAQ, faq_page())
    portal.put(NEWS_LIST, shell("政务动态 - 禾阳市", "<h1>政务动态</h1><ul>" + "".join(
        f'<li><a href="{p}">{escape(t)}</a>（{d}）</li>' for p, t, d in NEWS) + "</ul>"))
    for path, title, date in NEWS:
        portal.put(path, shell(title, f"<h1>{escape(title)}</h1><p>{date}　禾阳市政务服务管理办公室</p>"
                                      "<p>即日起，相关事项的办理流程和窗口安排按本通知执行，请办事群众和企业相互转告。</p>"))
    portal.put("/wsbsdt/register.html", register_page())
    portal.put("/wsbsdt/ocx/HYCertSign.cab", b"MSCF\x00\x00\x00\x00probes1 placeholder cabinet\n")
    portal.put("/images/hy.css", CSS)
    portal.put("/images/qr/hy-alipay.png", images.scan_code("heyang/alipay"))
    portal.put("/robots.txt", "User-agent: *\nDisallow: /wsbsdt/ocx/\n")
    templates(portal)
    for glob in ("/wsbsdt/submit.do", "/wsbsdt/login.do", "/wsbsdt/register.do"):
        portal.accept_post(glob)
    numbers = {guide.code: str(n) for n, guide in enumerate(items, 1)}
    portal.behaviour["search"] = {
        "path": SEARCH, "param": "keyword", "mode": "match", "page": "_search.html",
        "row": '<li><a href="{url}">{name}</a><br>实施机构：{dept}</li>', "empty": "<li>没有检索到相关结果。</li>",
        "index": search_index(items, lambda g: f"{CHOOSE}?sxid={numbers[g.code]}",
                              [(t, p, "禾阳市政务服务管理办公室") for p, t, _ in NEWS]),
        "choices": {
            "path": CHOOSE, "page": "_choose.html", "item_param": "sxid",
            "option": '<li><a href="{url}">{label}</a></li>',
            "items": {numbers[g.code]: {"name": g.name, "dept": g.department, "guide": g.guide_path} for g in items},
            "steps": [{"param": "qx", "title": "请选择办理区域", "options": {"*": AREAS}},
                      {"param": "jd", "title": "请选择乡镇（街道）", "options": TOWNS},
                      {"param": "bm", "title": "请选择办理部门",
                       "options": {"*": [["1", "{dept}"], ["2", "{dept}（驻政务服务中心窗口）"]]}}],
        },
    }
    portal.behaviour["error_pages"] = {"404": "_404.html", "500": "_500.html"}
    portal.delay(HOME, 2.6)
    portal.violation("excess-steps", "search results reach the guide only through 3 choice pages "
                                     "(area, town, department): 7 page loads from home to apply")
    portal.trap("accessibility", "axe-clean city")
    portal.finish()
    truth = {"id": CITY.id, "name": CITY.name, "home": HOME, "catalogue": CATALOGUE, "channels_page": CHANNELS,
             "faq": FAQ,
             "search": {"path": SEARCH, "param": "keyword", "form": "static GET form on the home page",
                        "finds_items": True, "choice_pages": 3, "choice_path": CHOOSE, "page_loads_to_apply": 7},
             "items": item_truth(items)}
    return portal, truth
