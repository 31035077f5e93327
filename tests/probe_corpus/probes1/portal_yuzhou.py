"""渔洲市: a 网上办事大厅 (online service hall) — query-string guide and entry URLs, div layouts, tabs.

Planted: a home page whose search box has no label, whose search button is an empty icon and
whose department-site selector has no name; an entry answering in 3 s; a 小程序 on the APP下载
page not updated for 540 days; entries that a script turns into a maintenance notice, that stay
blank (their bundles 404), that offer only a mini-program code, that show the form to IE only,
that carry a slider CAPTCHA, or that send the citizen to the hall's own login. Traps: an app
whose only date is its launch years ago, a redirect to the province login, a QR code beside a
form; the search takes the usual 4 page loads.
"""

from __future__ import annotations

from html import escape

from tests.probe_corpus.probes1 import forms, images
from tests.probe_corpus.probes1.assemble import PortalBuild, date_token, item_truth, search_index
from tests.probe_corpus.probes1.entries import EntrySite, own_login_body
from tests.probe_corpus.probes1.model import POOL_BY_KEY, Channel, City, Guide

CITY = City("yuzhou", "渔洲市", "渔洲", "690500", 3)
HOME, CATALOGUE, CHANNELS, FAQ = "/", "/hall/items/index.html", "/hall/mobile.html", "/hall/faq.html"
SEARCH, LOGIN = "/hall/search.html", "/uc/login.html"
PLAN = [
    ("yanglao", "form", 0.0), ("shiye", "script_maintenance", 0.0), ("yibao", "blank_spa", 0.0),
    ("jiuye", "mini_only", 0.0), ("jiaoshi", "ua_sniff", 0.0), ("geti", "form_slider", 0.0),
    ("gongjijin", "own_login_redirect", 0.0), ("shipin", "form", 3.0), ("dibao", "unified_redirect", 0.0),
    ("butie", "form_qr", 0.0), ("shengyu", "form", 0.0), ("hunyin", None, 0.0), ("hukou", None, 0.0),
]
CSS = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#202020;background:#eef2f6}
.hall-top{background:#005a87;color:#fff;padding:12px 32px;display:flex;justify-content:space-between;align-items:center}
.hall-top .brand{font-size:22px;margin:0}.hall-nav a{color:#fff;text-decoration:none;padding:10px 14px;display:inline-block}
.hall-body{max-width:1120px;margin:16px auto;background:#fff;padding:20px 32px}.search-bar input{width:320px;padding:8px}
.btn-search{width:40px;height:36px;background:#005a87;border:0}.icon-search{display:inline-block;width:16px;height:16px;
border:2px solid #fff;border-radius:50%}.info-grid{display:grid;grid-template-columns:1fr 1fr;gap:6px 20px}
.info-grid .label{color:#444}.btn-apply,.btn-primary{background:#005a87;color:#fff;border:0;padding:8px 20px;
text-decoration:none;display:inline-block;font-size:15px}.btn-plain{padding:6px 12px}.result{border-bottom:1px solid #ddd}
.app-list .app{border:1px solid #d5dde5;padding:12px;margin:10px 0}.app-list dt{font-size:18px;font-weight:bold}
.app-list dd{margin:4px 0}.hall-foot{text-align:center;color:#333;padding:18px;font-size:14px}
.form-grid{border:1px solid #ccd;padding:12px}.field{margin:8px 0}.field label{display:inline-block;width:8em}
.slide-verify-bar{position:relative;background:#e9eef3;height:40px;width:280px;line-height:40px;text-align:center;
color:#333}.slide-verify-handle{position:absolute;left:0;top:0;width:40px;height:40px;background:#005a87;color:#fff}
.slide-verify-img{position:relative}.slide-verify-piece{position:absolute;left:0;top:40px}.warn{color:#8a1c1c}
.notice{border:1px solid #d9b36c;background:#fff8e6;padding:16px}.hint{color:#444;font-size:14px}
.apply-with-scan{display:flex;gap:24px}.scan-box{border:1px solid #ccd;padding:12px;width:220px}"""


def guides() -> list[Guide]:
    out = []
    for number, (key, kind, delay) in enumerate(PLAN, 1):
        facts = POOL_BY_KEY[key]
        guide = Guide(CITY, facts, facts.name, f"/hall/bsznDetail.html?id=YZ{20240300 + number}", None, kind, delay)
        if kind is not None:
            guide.entry_path = f"/hall/online/apply.html?itemId={5500 + number}"
        out.append(guide)
    return out


def shell(title: str, body: str) -> str:
    nav = [(HOME, "首页"), (CATALOGUE, "事项目录"), (CHANNELS, "APP下载"), (FAQ, "常见问题")]
    links = "".join(f'<a href="{path}">{text}</a>' for path, text in nav)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<link rel="stylesheet" href="/hall/css/hall.css"></head><body>'
            f'<div class="hall-top"><p class="brand">渔洲市网上办事大厅</p><nav class="hall-nav" aria-label="导航">{links}</nav></div>'
            f'<main class="hall-body">{body}</main>'
            '<div class="hall-foot"><p>渔洲市行政审批服务局主办　技术支持电话：0697-88886666</p></div></body></html>')


def entry_shell(title: str, body: str) -> str:
    return shell(title, f"<h1>{escape(title)}</h1>{body}")


def home_page(items: list[Guide]) -> str:
    depts = "".join(f'<option value="">{escape(CITY.department_name(d))}</option>' for d in ("mz", "rs", "sj", "wj"))
    hot = "".join(f'<li><a href="{g.guide_path}">{escape(g.name)}</a></li>' for g in items[:6])
    body = ('<h1>渔洲市网上办事大厅</h1>'
            f'<form class="search-bar" action="{SEARCH}" method="get"><input type="text" name="searchWord">'
            '<button type="submit" class="btn-search"><span class="icon-search"></span></button></form>'
            '<p class="hint">热门搜索：社保　公积金　医保　个体工商户</p>'
            f'<h2>热门事项</h2><ul>{hot}</ul><p><a href="{CATALOGUE}">查看全部事项</a></p>'
            f'<h2>部门网站</h2><select class="dept-sites"><option value="">市级部门网站</option>{depts}</select>'
            f'<h2>移动服务</h2><p>“渔洲办事”APP、“渔洲市民卡”小程序，请到<a href="{CHANNELS}">APP下载</a>页面获取。</p>')
    return shell("渔洲市网上办事大厅", body)


def catalogue_page(items: list[Guide]) -> str:
    rows = "".join(f'<tr><td><a href="{g.guide_path}">{escape(g.name)}</a></td><td>{escape(g.department)}</td>'
                   f"<td>{'是' if g.entry_path else '否'}</td></tr>" for g in items)
    return shell("事项目录 - 渔洲市网上办事大厅",
                 '<h1>事项目录</h1><table><thead><tr><th scope="col">事项名称</th><th scope="col">实施部门</th>'
                 f'<th scope="col">可网办</th></tr></thead><tbody>{rows}</tbody></table>')


def guide_page(guide: Guide) -> str:
    facts = guide.facts
    pairs = [("事项名称", guide.name), ("实施编码", guide.code), ("基本编码", guide.basic), ("事项类型", guide.item_type),
             ("实施部门", guide.department), ("行使层级", "市级"), ("办理渠道", guide.channels_text),
             ("跑动次数", f"{guide.visits}次"), ("法定期限", facts.statutory), ("承诺期限", facts.promised),
             ("办件类型", facts.case_type), ("是否收费", facts.fee)]
    grid = "".join(f'<div class="item"><span class="label">{label}：</span><span class="value">{escape(value)}</span></div>'
                   for label, value in pairs)
    materials = "".join(f"<tr><td>{escape(m.name)}</td><td>{m.copies}</td><td>{m.form}</td></tr>" for m in facts.materials)
    apply = f'<a class="btn-apply" href="{guide.entry_path}">立即申请</a>' if guide.entry_path else ""
    body = (f'<div class="guide-head"><h1>{escape(guide.name)}</h1>{apply}</div>'
            f'<section id="jbxx"><h2>基本信息</h2><div class="info-grid">{grid}</div></section>'
            f"<section><h2>受理条件</h2><p>{escape(facts.conditions)}</p></section>"
            '<section><h2>申请材料</h2><table><thead><tr><th scope="col">材料名称</th><th scope="col">份数</th>'
            f'<th scope="col">材料形式</th></tr></thead><tbody>{materials}</tbody></table></section>'
            '<section><h2>办理地点</h2><div class="info-grid">'
            '<div class="item"><span class="label">办理地点：</span><span class="value">渔洲市民之家（海晏路66号）A区</span></div>'
            '<div class="item"><span class="label">办理时间：</span><span class="value">周一至周五 9:00—17:00</span></div>'
            '<div class="item"><span class="label">咨询方式：</span><span class="value">0697-12345</span></div>'
            '<div class="item"><span class="label">监督投诉方式：</span><span class="value">0697-12315</span></div>'
            f"</div></section><section><h2>设定依据</h2><p>{escape(facts.basis)}</p></section>")
    return shell(f"{guide.name} - 办事指南 - 渔洲市网上办事大厅", body)


def channel_list() -> list[Channel]:
    return [
        Channel("渔洲办事", "APP", "渔洲市统一政务服务移动端。",
                [("安卓下载", "/hall/app/yzbs.apk"), ("iOS下载", "/hall/app/yzbs-ios.html")], "/hall/img/qr-yzbs.png",
                launched_days_ago=2320, version="v3.2.1"),
        Channel("渔洲市民卡", "微信小程序", "市民卡余额查询、挂失与补卡预约。", [], "/hall/img/qr-smk.png",
                updated_days_ago=540),
        Channel("渔洲健康", "APP", "预约挂号、检查报告查询与电子健康卡。", [("安卓下载", "/hall/app/yzjk.apk")], None,
                updated_days_ago=15, version="2.8.0"),
        Channel("渔洲公安", "微信公众号", "户籍、出入境、交管业务指南与提醒。", [], "/hall/img/qr-ga.png"),
    ]


def channels_page(channels: list[Channel]) -> str:
    apps = []
    for channel in channels:
        dds = [f"<dd>类型：{channel.kind}</dd>", f"<dd>{escape(channel.blurb)}</dd>"]
        if channel.launched_days_ago:
            dds.append(f"<dd>上线时间：{date_token(channel.launched_days_ago, 'slash')}</dd>")
        if channel.updated_days_ago:
            dds.append(f"<dd>最近更新：{date_token(channel.updated_days_ago, 'slash')}</dd>")
        if channel.version:
            dds.append(f"<dd>当前版本：{channel.version}</dd>")
        if channel.downloads:
            dds.append("<dd>" + " ".join(f'<a href="{p}">{t}</a>' for t, p in channel.downloads) + "</dd>")
        if channel.qr:
            dds.append(f'<dd><img src="{channel.qr}" alt="{escape(channel.name)}二维码" width="116" height="116"></dd>')
        apps.append(f'<div class="app"><dt>{escape(channel.name)}</dt>{"".join(dds)}</div>')
    return shell("APP下载 - 渔洲市网上办事大厅", f'<h1>APP下载</h1><dl class="app-list">{"".join(apps)}</dl>')


def faq_page() -> str:
    qa = [("网上申请需要先注册吗？", "需要先注册账号并完成实名认证。"),
          ("材料上传失败怎么办？", "请确认单个文件不超过10MB，格式为PDF或JPG。")]
    return shell("常见问题 - 渔洲市网上办事大厅", "<h1>常见问题</h1>" + "".join(
        f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in qa))


def build() -> tuple[PortalBuild, dict]:
    portal = PortalBuild(CITY)
    items = guides()
    site = EntrySite(CITY.id, "grid", "/hall/online/submit", "立即提交", mini_name="渔洲市民卡",
                     mini_qr="/hall/img/qr-smk.png", own_login_path=LOGIN, own_login_action="/uc/doLogin",
                     register_path="/uc/register.html",
                     spa_bundles=("/hall/static/js/chunk-vendors.3f9c2d.js", "/hall/static/js/app.7c1e9a.js"),
                     status_json="/hall/api/sysStatus.json",
                     slider_pictures=("/hall/captcha/bg.png", "/hall/captcha/piece.png"))
    portal.put(HOME, home_page(items))
    portal.put(CATALOGUE, catalogue_page(items))
    for guide in items:
        portal.put(guide.guide_path, guide_page(guide))
    portal.add_entries(items, site, entry_shell, lambda g: f"{g.name} - 在线申请")
    portal.put(LOGIN, shell("用户登录 - 渔洲市网上办事大厅", "<h1>渔洲市网上办事大厅</h1>" + own_login_body(site, None, False)))
    portal.put("/uc/register.html", shell("用户注册 - 渔洲市网上办事大厅", '<h1>本系统用户注册</h1><form action="/uc/doRegister" '
                                          'method="post">' + forms.render_rows(
                                              [forms.Row("u-name", "用户名", '<input id="u-name" name="username">'),
                                               forms.Row("u-pass", "密码", '<input id="u-pass" name="password" '
                                                                          'type="password">')], "grid")
                                          + '<p><button type="submit" class="btn-primary">注册</button></p></form>'))
    channels = channel_list()
    portal.put(CHANNELS, channels_page(channels))
    portal.add_channels(channels, CHANNELS, shell)
    portal.put(FAQ, faq_page())
    portal.put("/hall/css/hall.css", CSS)
    for name in ("qr-yzbs", "qr-smk", "qr-ga"):
        portal.put(f"/hall/img/{name}.png", images.scan_code(f"yuzhou/{name}"))
    portal.put("/hall/captcha/bg.png", images.puzzle("yuzhou"))
    portal.put("/hall/captcha/piece.png", images.banner("piece", (90, 90, 90), 40, 40))
    portal.put("/robots.txt", "User-agent: *\nDisallow: /hall/api/\n")
    portal.template("search.html", shell("搜索 - 渔洲市网上办事大厅",
                                         f'<h1>搜索结果</h1><form action="{SEARCH}" method="get"><label for="sw">搜索</label> '
                                         '<input id="sw" name="searchWord" value="{{QUERY}}"> <button type="submit" '
                                         'class="btn-primary">搜索</button></form><p>找到{{COUNT}}个相关事项</p>{{RESULTS}}'))
    portal.template("404.html", shell("404", f'<h1>抱歉，页面不存在</h1><p><a href="{HOME}">返回大厅首页</a></p>'))
    for glob in ("/hall/online/submit", "/uc/doLogin", "/uc/doRegister"):
        portal.accept_post(glob)
    portal.behaviour["search"] = {
        "path": SEARCH, "param": "searchWord", "mode": "match", "page": "_search.html",
        "row": '<div class="result"><h2><a href="{url}">{name}</a></h2><p>实施部门：{dept}</p></div>',
        "empty": "<p>未找到相关事项。</p>", "index": search_index(items, lambda g: g.guide_path, []),
    }
    portal.behaviour["error_pages"] = {"404": "_404.html"}
    for rule, kind in (("label", "home search box without a label (no placeholder, no title)"),
                       ("button-name", "home search button is an empty icon"),
                       ("select-name", "home department-site selector without a label")):
        portal.violation("accessibility", kind, dimension=rule)
    portal.finish()
    truth = {"id": CITY.id, "name": CITY.name, "home": HOME, "catalogue": CATALOGUE, "channels_page": CHANNELS,
             "faq": FAQ,
             "search": {"path": SEARCH, "param": "searchWord", "form": "static GET form on the home page (unlabelled)",
                        "finds_items": True, "choice_pages": 0, "page_loads_to_apply": 4},
             "items": item_truth(items)}
    portal.trap("excess-steps", "home → search results → guide → apply: 4 page loads")
    return portal, truth
