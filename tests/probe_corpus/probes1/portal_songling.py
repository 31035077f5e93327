"""松陵市: a Hanweb (jcms)-style site — /col/colNNNN/ columns, /art/Y/M/D/art_C_N.html articles, a jsearch.

Planted: a slow catalogue; a home page with an image without alt text, an empty icon link and
pale footer text; a site search that finds nothing at all; a dead download on the 移动端 page;
entries that answer 404, show a maintenance notice, offer only the app, or carry an image
CAPTCHA. Traps: entries behind the province login, an SMS code, an entry at 0.6 s, an IE
conditional comment and an FAQ answer about IE.
"""

from __future__ import annotations

from html import escape

from tests.probe_corpus.probes1 import images
from tests.probe_corpus.probes1.assemble import PortalBuild, date_token, item_truth, search_index
from tests.probe_corpus.probes1.entries import EntrySite
from tests.probe_corpus.probes1.model import POOL_BY_KEY, Channel, City, Guide

CITY = City("songling", "松陵市", "松陵", "690200", 1)
HOME, CATALOGUE, CHANNELS, FAQ = "/", "/col/col5101/index.html", "/col/col5130/index.html", "/col/col5140/index.html"
SEARCH = "/jsearch/search.do"
PLAN = [  # (pool key, entry kind, entry delay)
    ("dibao", "form", 0.0), ("linshi", "unified_redirect", 0.0), ("shiye", "unified_redirect", 0.0),
    ("yanglao", "status_404", 0.0), ("shipin", "maintenance", 0.0), ("gongjijin", "app_only", 0.0),
    ("geti", "form_captcha", 0.0), ("weisheng", "form_sms", 0.0), ("yishi", "form", 0.6),
    ("jiuye", "unified_redirect", 0.0), ("hunyin", None, 0.0), ("hukou", None, 0.0),
]
AXE_CASES = (("image-alt", "home banner picture without alt text"),
             ("link-name", "empty back-to-top icon link on the home page"),
             ("color-contrast", "pale grey footer text (#b4b4b4 on #f4f4f4) on the home page"))
NEWS = [
    ("/art/2025/3/12/art_5120_9031.html", "松陵市政务服务中心延时服务窗口开通", "2025-03-12"),
    ("/art/2025/4/2/art_5120_9107.html", "关于个体工商户设立登记“一件事”集成办理的公告", "2025-04-02"),
    ("/art/2025/5/20/art_5120_9266.html", "市民中心二楼综合受理区改造期间窗口调整的通知", "2025-05-20"),
]
CSS = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#222;background:#fff;font-size:15px}
.top{background:#0d4a8c;color:#fff;padding:14px 24px}.top h1,.top .site{margin:0;font-size:24px;color:#fff}
.nav ul{list-style:none;margin:0;padding:0 24px;background:#0a3a6e;display:flex;flex-wrap:wrap}
.nav li a{display:block;padding:12px 18px;color:#fff;text-decoration:none;min-height:24px}
.wrap{max-width:1100px;margin:0 auto;padding:16px 24px}.search{margin:12px 0}
.search input{padding:6px;width:280px}.search button,.btn-apply,.btn-primary{background:#a52a1e;color:#fff;border:0;
padding:8px 18px;font-size:15px;text-decoration:none;display:inline-block}.btn-plain{padding:6px 12px;font-size:14px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #c8d3e0;padding:8px;text-align:left}
th{background:#eef3f9;color:#1a1a1a;width:16%}.list li{padding:6px 0}.foot{background:#f4f4f4;color:#333;
padding:16px 24px;margin-top:24px;font-size:14px}.foot .pale{color:#b4b4b4}.sr-only{position:absolute;width:1px;
height:1px;overflow:hidden;clip:rect(0 0 0 0)}.notice{border:1px solid #e0c070;background:#fffbe8;padding:16px}
.captcha-img{vertical-align:middle}.icon-top{display:inline-block;width:28px;height:28px;background:#0d4a8c}
.mobile-only img,.qr img{border:1px solid #ccc}.faq dt{font-weight:bold;margin-top:12px}"""


def guides() -> list[Guide]:
    out = []
    for number, (key, kind, delay) in enumerate(PLAN):
        facts = POOL_BY_KEY[key]
        guide = Guide(CITY, facts, facts.name, f"/art/2024/6/18/art_5101_{4401 + number}.html", None, kind, delay)
        if kind is not None:
            guide.entry_path = f"/zxsb/apply.jsp?sxbm={guide.code}"
        out.append(guide)
    return out


def nav() -> str:
    links = [(HOME, "首页"), (CATALOGUE, "办事指南"), (CHANNELS, "移动端"), (FAQ, "常见问题")]
    return ('<nav class="nav" aria-label="主导航"><ul>'
            + "".join(f'<li><a href="{path}">{text}</a></li>' for path, text in links) + "</ul></nav>")


def foot(home: bool = False) -> str:
    pale = (' <span class="pale">网站标识码：6902000001　盲ICP备05001234号　建议分辨率1366×768</span>'
            if home else " 网站标识码：6902000001")
    return (f'<div class="foot"><p>主办：松陵市人民政府办公室　承办：松陵市大数据管理局　联系电话：0699-12345</p>'
            f"<p>{pale}</p></div>")


def shell(title: str, body: str, head: str = "", home: bool = False) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<link rel="stylesheet" href="/css/sl-style.css">{head}</head><body>'
            '<div class="top"><p class="site">松陵市人民政府 · 政务服务</p></div>'
            + nav() + f'<main class="wrap">{body}</main>' + foot(home) + "</body></html>")


def entry_shell(title: str, body: str) -> str:
    return shell(title, f"<h1>{escape(title)}</h1>{body}")


def search_form(value: str = "") -> str:
    return (f'<form class="search" action="{SEARCH}" method="get" role="search">'
            '<input type="hidden" name="websiteid" value="690200000000000"><input type="hidden" name="tpl" value="2">'
            '<label for="q" class="sr-only">站内搜索</label>'
            f'<input id="q" name="q" type="text" value="{value}" placeholder="请输入关键词">'
            '<button type="submit">搜索</button></form>')


def home_page(items: list[Guide]) -> str:
    hot = "".join(f'<li><a href="{g.guide_path}">{escape(g.name)}</a></li>' for g in items[:6])
    news = "".join(f'<li><a href="{path}">{escape(title)}</a> <span>{date}</span></li>' for path, title, date in NEWS)
    body = (
        '<img src="/images/sl-banner.png" class="banner" width="480" height="90">'
        '<h1>松陵市政务服务</h1>' + search_form()
        + f'<section><h2>热门服务</h2><ul class="list">{hot}</ul><p><a href="{CATALOGUE}">更多办事指南</a></p></section>'
        f'<section><h2>政务动态</h2><ul class="list">{news}</ul></section>'
        f'<section><h2>掌上办事</h2><p>“松陵办”APP、微信小程序等移动渠道请见<a href="{CHANNELS}">移动端</a>栏目。</p></section>'
        '<p><a href="#top" class="icon-top"></a></p>'
    )
    head = '<!--[if lt IE 9]><script src="/js/html5shiv.min.js"></script><![endif]-->'
    return shell("松陵市人民政府 政务服务", body, head, home=True)


def catalogue_page(items: list[Guide]) -> str:
    rows = "".join(f'<tr><td>{n}</td><td><a href="{g.guide_path}">{escape(g.name)}</a></td>'
                   f"<td>{escape(g.department)}</td><td>{g.channels_text}</td></tr>" for n, g in enumerate(items, 1))
    return shell("办事指南_松陵市人民政府",
                 '<h1>办事指南</h1><table class="catalogue"><thead><tr><th scope="col">序号</th><th scope="col">事项名称</th>'
                 f'<th scope="col">实施主体</th><th scope="col">办理形式</th></tr></thead><tbody>{rows}</tbody></table>')


def guide_page(guide: Guide) -> str:
    facts = guide.facts
    apply = f'<p><a class="btn-apply" href="{guide.entry_path}">在线办理</a></p>' if guide.entry_path else ""
    reason = "" if guide.entry_path else "<tr><th>必须现场办理原因说明</th><td colspan=\"3\">需申请人本人到场核验身份并签字</td></tr>"
    materials = "".join(f"<tr><td>{n}</td><td>{escape(m.name)}</td><td>{m.form}</td><td>{m.copies}</td><td>{m.source}</td></tr>"
                        for n, m in enumerate(facts.materials, 1))
    body = (
        f"<h1>{escape(guide.name)}</h1>{apply}<h2>基本信息</h2><table><tbody>"
        f"<tr><th>事项名称</th><td>{escape(guide.name)}</td><th>事项类型</th><td>{guide.item_type}</td></tr>"
        f"<tr><th>实施编码</th><td>{guide.code}</td><th>基本编码</th><td>{guide.basic}</td></tr>"
        f"<tr><th>实施主体</th><td>{escape(guide.department)}</td><th>行使层级</th><td>市级</td></tr>"
        f"<tr><th>办理形式</th><td>{guide.channels_text}</td><th>到办事现场次数</th><td>{guide.visits}次</td></tr>"
        f"<tr><th>法定办结时限</th><td>{facts.statutory}</td><th>承诺办结时限</th><td>{facts.promised}</td></tr>"
        f"<tr><th>办件类型</th><td>{facts.case_type}</td><th>是否收费</th><td>{facts.fee}</td></tr>{reason}"
        f"</tbody></table><h2>受理条件</h2><p>{escape(facts.conditions)}</p><h2>申请材料</h2>"
        '<table><thead><tr><th scope="col">序号</th><th scope="col">材料名称</th><th scope="col">材料形式</th>'
        f'<th scope="col">份数</th><th scope="col">来源渠道</th></tr></thead><tbody>{materials}</tbody></table>'
        "<h2>办理地点及时间</h2><table><tbody>"
        "<tr><th>办理地点</th><td>松陵市民中心（长风路88号）一楼综合受理区</td></tr>"
        "<tr><th>办理时间</th><td>周一至周五 上午9:00—12:00，下午13:30—17:30（法定节假日除外）</td></tr>"
        "<tr><th>咨询电话</th><td>0699-12345</td></tr><tr><th>监督投诉电话</th><td>0699-12340</td></tr></tbody></table>"
        f"<h2>设定依据</h2><p>{escape(facts.basis)}</p>"
    )
    return shell(f"{guide.name}_办事指南_松陵市人民政府", body)


def channel_list() -> list[Channel]:
    return [
        Channel("松陵办", "APP", "查询办理进度、网上申报、预约取号等一站式掌上服务。",
                [("安卓版下载", "/download/songlingban.apk"), ("iPhone版下载", "/app/songlingban-ios.html")],
                "/images/qr/songlingban.png", updated_days_ago=34, version="v4.6.2"),
        Channel("松陵公积金", "APP", "住房公积金账户查询、缴存明细与提取申请。",
                [("安卓版下载", "/download/slgjj_v2.1.apk")], None, updated_days_ago=120, version="v2.1",
                dead_downloads=True),
        Channel("松陵发布", "微信公众号", "松陵市人民政府新闻办公室官方发布。", [], "/images/qr/sl-wx.png"),
        Channel("松陵市民服务", "微信小程序", "社保、医保、公积金等高频事项掌上查询。", [], "/images/qr/sl-mini.png"),
    ]


def channels_page(channels: list[Channel]) -> str:
    rows = []
    for channel in channels:
        links = " ".join(f'<a href="{path}">{text}</a>' for text, path in channel.downloads)
        qr = (f'<img src="{channel.qr}" alt="{escape(channel.name)}二维码" width="116" height="116">'
              if channel.qr else "")
        updated = date_token(channel.updated_days_ago, "iso") if channel.updated_days_ago else "—"
        rows.append(f"<tr><td>{escape(channel.name)}</td><td>{channel.kind}</td><td>{escape(channel.blurb)}</td>"
                    f'<td class="qr">{qr} {links}</td><td>{updated}</td></tr>')
    return shell("移动端_松陵市人民政府",
                 '<h1>移动端</h1><table><thead><tr><th scope="col">名称</th><th scope="col">类型</th><th scope="col">简介</th>'
                 '<th scope="col">获取方式</th><th scope="col">更新时间</th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table>")


def faq_page() -> str:
    qa = [
        ("网上申报后多久能收到受理结果？", "一般在提交后2个工作日内通过短信告知受理结果，也可在“松陵办”APP查询办理进度。"),
        ("办理业务时是否必须使用IE浏览器？", "不需要。本网站和网上申报系统支持Chrome、Edge、Firefox等主流浏览器，"
                                  "使用国产双核浏览器时选择极速模式即可，无需安装任何控件。"),
        ("忘记统一身份认证账号密码怎么办？", "请在盲测省统一身份认证平台登录页选择“忘记密码”，通过手机号码验证后重新设置。"),
    ]
    items = "".join(f"<dt>问：{q}</dt><dd>答：{a}</dd>" for q, a in qa)
    return shell("常见问题_松陵市人民政府", f'<h1>常见问题</h1><dl class="faq">{items}</dl>')


def news_page(title: str, date: str) -> str:
    return shell(f"{title}_松陵市人民政府",
                 f"<h1>{escape(title)}</h1><p>发布日期：{date}　来源：松陵市政务服务中心</p>"
                 "<p>为方便群众和企业办事，市政务服务中心对相关服务进行了调整，具体事项以窗口公示为准。"
                 "如有疑问请拨打咨询电话0699-12345。</p>")


def search_template() -> str:
    results = ('<h1>搜索结果</h1><p class="count">共找到 {{COUNT}} 条与“{{QUERY}}”相关的结果</p>'
               '<ul class="list">{{RESULTS}}</ul>')
    return shell("站内搜索_松陵市人民政府", search_form("{{QUERY}}") + results)


def error_template() -> str:
    return shell("页面不存在", '<h1>页面不存在</h1><p>您访问的页面不存在或已被删除。</p>'
                 f'<p><a href="{HOME}">返回首页</a></p>')


def build() -> tuple[PortalBuild, dict]:
    portal = PortalBuild(CITY)
    items = guides()
    site = EntrySite(CITY.id, "table", "/zxsb/submit.do", "提交申请", captcha_src="/common/validateCode.jsp",
                     app_name="松陵办", app_qr="/images/qr/songlingban.png",
                     app_downloads=[("安卓版下载", "/download/songlingban.apk"),
                                    ("iPhone版下载", "/app/songlingban-ios.html")])
    portal.put(HOME, home_page(items))
    portal.put(CATALOGUE, catalogue_page(items))
    for guide in items:
        portal.put(guide.guide_path, guide_page(guide))
    portal.add_entries(items, site, entry_shell, lambda g: f"{g.name} - 松陵市网上申报")
    channels = channel_list()
    portal.put(CHANNELS, channels_page(channels))
    portal.add_channels(channels, CHANNELS, lambda title, body: shell(title, body))
    portal.put(FAQ, faq_page())
    for path, title, date in NEWS:
        portal.put(path, news_page(title, date))
    portal.put("/css/sl-style.css", CSS)
    portal.put("/js/html5shiv.min.js", "/* html5 element shim for IE8 and older; unused by other browsers */\n")
    portal.put("/images/sl-banner.png", images.banner("songling", (13, 74, 140)))
    for name in ("songlingban", "sl-wx", "sl-mini"):
        portal.put(f"/images/qr/{name}.png", images.scan_code(f"songling/{name}"))
    portal.put("/common/validateCode.jsp", images.captcha_picture("songling"))
    portal.content_type("/common/validateCode.jsp", "image/png")
    portal.put("/robots.txt", "User-agent: *\nDisallow:\n")
    portal.template("search.html", search_template())
    portal.template("404.html", error_template())
    portal.accept_post("/zxsb/submit.do")
    portal.behaviour["search"] = {
        "path": SEARCH, "param": "q", "mode": "none", "page": "_search.html",
        "row": '<li><a href="{url}">{name}</a> <span>{dept}</span></li>',
        "empty": '<li>未检索到相关信息，请更换关键词后重试。</li>',
        "index": search_index(items, lambda g: g.guide_path, [(t, p, "松陵市政务服务中心") for p, t, _ in NEWS]),
    }
    portal.behaviour["error_pages"] = {"404": "_404.html"}
    portal.delay(CATALOGUE, 2.8)
    for rule, kind in AXE_CASES:
        portal.violation("accessibility", kind, dimension=rule)
    portal.violation("excess-steps", "site search finds nothing for any query, an item's exact name included")
    portal.trap("legacy-browser-required", "FAQ answer says IE is not needed", path=FAQ)
    portal.trap("legacy-browser-required", "IE conditional comment loading html5shiv in the home page head", path=HOME)
    portal.finish()
    truth = {"id": CITY.id, "name": CITY.name, "home": HOME, "catalogue": CATALOGUE, "channels_page": CHANNELS,
             "faq": FAQ,
             "search": {"path": SEARCH, "param": "q", "form": "static GET form on the home page",
                        "finds_items": False, "choice_pages": 0, "page_loads_to_apply": None},
             "items": item_truth(items)}
    return portal, truth
