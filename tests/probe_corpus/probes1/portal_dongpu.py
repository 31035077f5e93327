"""东浦市: a home-grown portal — a search box a script builds, list layouts, a 移动政务 page in sections.

Planted: two zombie apps (downloads that answer 404; no update for 800 days); an image CAPTCHA
whose only other choice is another picture; an entry that redirects to a retired system
answering 404. Traps: the catalogue at 0.6 s, an image CAPTCHA with an audio alternative, an
SMS code, a QR code beside a form, three entries behind the province login, an app launched
years ago but updated lately, a footer that names IE among supported browsers, an FAQ about
IE; the city is axe-clean and its (script-built) search takes the usual 4 page loads.
"""

from __future__ import annotations

from html import escape

from tests.probe_corpus.probes1 import images
from tests.probe_corpus.probes1.assemble import PortalBuild, date_token, item_truth, search_index
from tests.probe_corpus.probes1.entries import EntrySite
from tests.probe_corpus.probes1.model import POOL_BY_KEY, Channel, City, Guide

CITY = City("dongpu", "东浦市", "东浦", "690700", 4)
HOME, CATALOGUE, CHANNELS, FAQ = "/", "/ywbl/list.html", "/ydzw/index.html", "/cjwt.html"
SEARCH = "/s/result.html"
PLAN = [
    ("dibao", "form", 0.0), ("linshi", "unified_redirect", 0.0), ("shiye", "unified_redirect", 0.0),
    ("geti", "form_captcha_refresh", 0.0), ("weisheng", "form_captcha_audio", 0.0), ("yanglao", "form_sms", 0.0),
    ("shipin", "form_qr", 0.0), ("jiuye", "dead_redirect", 0.0), ("yishi", "form", 0.0),
    ("gongjijin", "unified_redirect", 0.0), ("hunyin", None, 0.0), ("minban", None, 0.0),
]
CSS = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#1e1e1e;background:#fff}
.bar{background:#1e5b3a;color:#fff;padding:14px 30px}.bar .name{margin:0;font-size:22px}
.links{background:#e8f0eb;padding:0 30px}.links a{display:inline-block;padding:12px 14px;color:#123524;min-height:24px}
.content{max-width:1060px;margin:0 auto;padding:20px 30px}ul.info{list-style:none;padding:0}
ul.info li{padding:6px 0;border-bottom:1px solid #e3e3e3}ul.info em{font-style:normal;display:inline-block;width:9em;
color:#444}.go,.btn-primary{background:#1e5b3a;color:#fff;padding:8px 20px;border:0;display:inline-block;
text-decoration:none;font-size:15px}.btn-plain{padding:6px 12px}table{border-collapse:collapse}
th,td{border:1px solid #cfd8d2;padding:6px 10px}.channel{border:1px solid #cfd8d2;padding:12px;margin:12px 0}
.bottom{background:#123524;color:#f0f0f0;padding:16px 30px;font-size:14px}.form-list{list-style:none;padding:0}
.form-list li{margin:8px 0}.form-list label{display:inline-block;width:8em}.field-tip{color:#444;margin-left:8px}
.apply-with-scan{display:flex;gap:24px}.scan-box{border:1px solid #cfd8d2;padding:12px;width:220px}
.card-list{list-style:none;padding:0}.card-list li{border:1px solid #cfd8d2;margin:8px 0;padding:10px}"""
SEARCH_SCRIPT = """(function () {
  var mount = document.getElementById('searchMount');
  if (!mount) { return; }
  var form = document.createElement('form');
  form.action = '/s/result.html';
  form.method = 'get';
  form.setAttribute('role', 'search');
  form.innerHTML = '<label for="kw">搜索服务</label> <input id="kw" name="kw" type="text" maxlength="40"> '
    + '<button type="submit" class="btn-primary">搜索</button>';
  mount.appendChild(form);
})();
"""


def guides() -> list[Guide]:
    out = []
    for number, (key, kind, delay) in enumerate(PLAN, 1):
        facts = POOL_BY_KEY[key]
        guide = Guide(CITY, facts, facts.name, f"/ywbl/guide/DP{number:04d}.html", None, kind, delay)
        if kind is not None:
            guide.entry_path = f"/wssb/{number}/apply.html"
        out.append(guide)
    return out


def shell(title: str, body: str, footer_note: str = "") -> str:
    nav = [(HOME, "首页"), (CATALOGUE, "服务事项"), (CHANNELS, "移动政务"), (FAQ, "常见问题")]
    links = "".join(f'<a href="{path}">{text}</a>' for path, text in nav)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<link rel="stylesheet" href="/static/css/dp.css"></head><body>'
            '<div class="bar"><p class="name">东浦市政务服务网</p></div>'
            f'<nav class="links" aria-label="网站导航">{links}</nav><main class="content">{body}</main>'
            f'<div class="bottom"><p>东浦市政务服务和数据管理局　服务热线：0696-12345</p>{footer_note}</div></body></html>')


def entry_shell(title: str, body: str) -> str:
    return shell(title, f"<h1>{escape(title)}</h1>{body}")


def home_page(items: list[Guide]) -> str:
    cards = "".join(f'<li><a href="{g.guide_path}">{escape(g.name)}</a><br>{escape(g.department)}</li>' for g in items[:6])
    body = ('<h1>东浦市政务服务网</h1><div id="searchMount"></div><script src="/static/js/search-box.js"></script>'
            f'<h2>常办事项</h2><ul class="card-list">{cards}</ul><p><a href="{CATALOGUE}">全部服务事项</a></p>'
            f'<h2>掌上办事</h2><p>“东浦政务”APP和“东浦市民”小程序的下载方式见<a href="{CHANNELS}">移动政务</a>。</p>')
    note = "<p>本站支持IE9及以上版本浏览器，推荐使用Chrome、Edge、Firefox等浏览器访问。</p>"
    return shell("东浦市政务服务网", body, note)


def catalogue_page(items: list[Guide]) -> str:
    rows = "".join(f'<li><a href="{g.guide_path}">{escape(g.name)}</a>　{escape(g.department)}　'
                   f"{'可网上办理' if g.entry_path else '窗口办理'}</li>" for g in items)
    return shell("服务事项 - 东浦市政务服务网", f'<h1>服务事项</h1><ul class="card-list">{rows}</ul>')


def guide_page(guide: Guide) -> str:
    facts = guide.facts
    pairs = [("事项名称", guide.name), ("地方实施编码", guide.code), ("基本编码", guide.basic),
             ("事项类型", guide.item_type), ("办理部门", guide.department), ("行使层级", "市级"),
             ("申请方式", guide.channels_text), ("到办理现场次数", f"{guide.visits}次"),
             ("法定办结时限", facts.statutory), ("办结时限", facts.promised), ("办件类型", facts.case_type),
             ("是否收费", facts.fee)]
    info = "".join(f"<li><em>{label}</em><span>{escape(value)}</span></li>" for label, value in pairs)
    materials = "".join(f"<tr><td>{n}</td><td>{escape(m.name)}</td><td>{m.form}</td><td>{m.copies}</td></tr>"
                        for n, m in enumerate(facts.materials, 1))
    apply = f'<p><a class="go" href="{guide.entry_path}">立即办理</a></p>' if guide.entry_path else ""
    body = (f"<h1>{escape(guide.name)}</h1>{apply}<ul class=\"info\">{info}</ul>"
            f"<h2>受理条件</h2><p>{escape(facts.conditions)}</p>"
            '<h2>申请材料</h2><table><thead><tr><th scope="col">序号</th><th scope="col">材料</th><th scope="col">形式</th>'
            f'<th scope="col">数量</th></tr></thead><tbody>{materials}</tbody></table>'
            "<h2>办理地点</h2><p>东浦市民服务中心（滨江大道200号）一楼，工作日9:00—17:00。咨询电话：0696-12345；"
            "投诉电话：0696-12340。</p>"
            f"<h2>设定依据</h2><p>{escape(facts.basis)}</p>")
    return shell(f"{guide.name} - 东浦市政务服务网", body)


def channel_list() -> list[Channel]:
    return [
        Channel("东浦政务", "APP", "东浦市政务服务总入口，一千余项服务掌上可办。",
                [("Android版", "/ydzw/app/dpzw.apk"), ("iOS版", "/ydzw/app/dpzw-ios.html")], "/static/img/qr-dpzw.png",
                updated_days_ago=70, launched_days_ago=2890, version="6.0.4"),
        Channel("东浦人社", "APP", "社保参保缴费、待遇领取资格认证。",
                [("Android版", "/ydzw/app/dprs-android.apk"), ("iOS版", "/ydzw/app/dprs-ios.html")], None,
                updated_days_ago=200, version="3.1.0", dead_downloads=True),
        Channel("东浦旅游", "APP", "景区预约、文旅活动与旅游投诉。", [("Android版", "/ydzw/app/dply.apk")], None,
                updated_days_ago=800, version="1.4.2"),
        Channel("东浦市民", "微信小程序", "办事预约、进度查询和证照亮证。", [], "/static/img/qr-dpsm.png", updated_days_ago=100),
        Channel("东浦发布", "微信公众号", "东浦市人民政府官方信息发布。", [], "/static/img/qr-dpfb.png"),
    ]


def channel_article(channel: Channel) -> str:
    lines = [f"<h3>{escape(channel.name)}</h3><p>{channel.kind}｜{escape(channel.blurb)}</p>"]
    if channel.launched_days_ago:
        lines.append(f"<p>上线时间：{date_token(channel.launched_days_ago, 'dot')}</p>")
    if channel.updated_days_ago:
        lines.append(f"<p>更新时间：{date_token(channel.updated_days_ago, 'dot')}</p>")
    if channel.downloads:
        lines.append("<p>" + "　".join(f'<a href="{p}">{t}下载</a>' for t, p in channel.downloads) + "</p>")
    if channel.qr:
        lines.append(f'<p><img src="{channel.qr}" alt="扫码关注{escape(channel.name)}" width="116" height="116"></p>')
    return f'<article class="channel">{"".join(lines)}</article>'


def channels_page(channels: list[Channel]) -> str:
    apps = "".join(channel_article(c) for c in channels if c.kind == "APP")
    others = "".join(channel_article(c) for c in channels if c.kind != "APP")
    return shell("移动政务 - 东浦市政务服务网",
                 f"<h1>移动政务</h1><section><h2>政务APP</h2>{apps}</section><section><h2>小程序与公众号</h2>{others}</section>")


def faq_page() -> str:
    qa = [("用IE浏览器打开网上申报页面显示不正常，怎么办？",
           "IE浏览器已停止维护，建议改用Chrome、Edge或Firefox等浏览器访问；申报系统不需要IE，也不需要安装控件。"),
          ("申报材料可以用手机拍照上传吗？", "可以，请保证照片清晰、完整。")]
    return shell("常见问题 - 东浦市政务服务网", "<h1>常见问题</h1>" + "".join(
        f"<section><h2>{q}</h2><p>{a}</p></section>" for q, a in qa))


def build() -> tuple[PortalBuild, dict]:
    portal = PortalBuild(CITY)
    items = guides()
    site = EntrySite(CITY.id, "ul", "/wssb/submit", "提交", captcha_src="/verifycode/image.png",
                     mini_name="东浦市民", mini_qr="/static/img/qr-dpsm.png",
                     dead_target=f"/olddt/wsbs/apply.jsp?sxid={PLAN.index(('jiuye', 'dead_redirect', 0.0)) + 1}")
    portal.put(HOME, home_page(items))
    portal.put(CATALOGUE, catalogue_page(items))
    for guide in items:
        portal.put(guide.guide_path, guide_page(guide))
    portal.add_entries(items, site, entry_shell, lambda g: f"{g.name}（网上申报）")
    channels = channel_list()
    portal.put(CHANNELS, channels_page(channels))
    portal.add_channels(channels, CHANNELS, shell)
    portal.put(FAQ, faq_page())
    portal.put("/static/css/dp.css", CSS)
    portal.put("/static/js/search-box.js", SEARCH_SCRIPT)
    for name in ("qr-dpzw", "qr-dpsm", "qr-dpfb"):
        portal.put(f"/static/img/{name}.png", images.scan_code(f"dongpu/{name}"))
    portal.put("/verifycode/image.png", images.captcha_picture("dongpu"))
    portal.put("/robots.txt", "User-agent: *\nDisallow:\n")
    portal.template("search.html", shell("搜索结果 - 东浦市政务服务网",
                                         '<h1>“{{QUERY}}”的搜索结果</h1><p>共{{COUNT}}条</p><ul class="card-list">{{RESULTS}}</ul>'))
    portal.template("404.html", shell("页面不存在", f'<h1>页面不存在</h1><p><a href="{HOME}">回到首页</a></p>'))
    portal.accept_post("/wssb/submit")
    portal.behaviour["search"] = {
        "path": SEARCH, "param": "kw", "mode": "match", "page": "_search.html",
        "row": '<li><a href="{url}">{name}</a>　{dept}</li>', "empty": "<li>暂无相关服务。</li>",
        "index": search_index(items, lambda g: g.guide_path, []),
    }
    portal.behaviour["error_pages"] = {"404": "_404.html"}
    portal.delay(CATALOGUE, 0.6)
    portal.trap("accessibility", "axe-clean city")
    portal.trap("excess-steps", "home → search results (script-built search box) → guide → apply: 4 page loads")
    portal.trap("legacy-browser-required", "home footer names IE9+ among supported browsers, Chrome recommended",
                path=HOME)
    portal.trap("legacy-browser-required", "FAQ question about IE (answer: not needed)", path=FAQ)
    portal.finish()
    truth = {"id": CITY.id, "name": CITY.name, "home": HOME, "catalogue": CATALOGUE, "channels_page": CHANNELS,
             "faq": FAQ,
             "search": {"path": SEARCH, "param": "kw", "form": "GET form built by a script on the home page",
                        "finds_items": True, "choice_pages": 0, "page_loads_to_apply": 4},
             "items": item_truth(items)}
    return portal, truth
