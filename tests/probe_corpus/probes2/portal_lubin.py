"""鹭滨市“一网通办”: a jQuery-era hall with extension-less routes (``/ywtb/guide/detail?code=…``).

Guides are div grids of label / value spans; the search box is built by a script, and the site
search indexes policy articles only (an item's exact name finds articles about it, never its
guide); the channels page (政务新媒体) is a grid of codes to scan with captions. Entries: a code
drawn by script, a mini-program code alone, a form whose schema request fails, a slider puzzle,
a button to the unified login.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tests.probe_corpus.probes2 import entries as e
from tests.probe_corpus.probes2 import forms, pictures
from tests.probe_corpus.probes2.assemble import city_truth, labelled_facts
from tests.probe_corpus.probes2.model import City, Department, Item, papers
from tests.probe_corpus.probes2.site import TRAPS, VIOLATIONS, PlainForms, PortalBuild, bare_page

CITY = City("lubin", "鹭滨市", "680300", "0683", "鹭滨市行政服务中心三楼")
HOME, CATALOGUE, CHANNELS, SEARCH = "/", "/ywtb/catalog", "/hdjl/xmt", "/search/list"
CSS = "/static/css/ywtb.css"
LABELS = {"type": "事项类型", "dept": "实施机构", "level": "行使层级", "case_type": "办件类型", "statutory": "法定时限",
          "promised": "承诺时限", "visits": "跑动次数", "visit_reason": "必须现场办理原因说明", "channels": "办理渠道",
          "online": "是否网办", "fee": "是否收费", "place": "办理地点", "hours": "办理时间", "phone": "咨询电话",
          "complaint": "投诉电话"}
STYLE = """body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1b1b;background:#fff}
.hd{background:#c8102e;color:#fff;padding:12px 28px;display:flex;align-items:center;gap:18px}
.hd a{color:#fff}.hd .brand{font-size:22px;font-weight:bold}.search-slot{margin-left:auto}
.search-slot input{padding:6px;width:240px;border:0}.search-slot button{padding:6px 12px}
.nav{padding:8px 28px;background:#fbeaec}.nav a{color:#8a0c20;margin-right:24px}
main{max-width:1040px;margin:20px auto;padding:0 16px}a{color:#8a0c20}
.info-grid{display:grid;grid-template-columns:1fr 1fr;gap:6px 24px}.cell{display:flex;gap:8px}
.lbl{color:#444;min-width:9em}.val{color:#1b1b1b}.go{background:#c8102e;color:#fff;padding:8px 28px;display:inline-block}
.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}.tile{text-align:center;border:1px solid #e3b5bd;padding:10px}
.ft{background:#f4f4f4;color:#444;padding:16px 28px}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.hint{color:#b8b8b8;font-size:13px}.field{margin:8px 0}.mini-box{margin-top:14px}
"""
SEARCH_BOX = ("<script>\n(function(){var slot=document.getElementById('search-slot');if(!slot){return;}"
              "var f=document.createElement('form');f.method='get';f.action='/search/list';f.setAttribute('role','search');"
              "f.innerHTML='<label for=\"wd\" class=\"vh\">站内搜索</label><input id=\"wd\" name=\"wd\" type=\"text\">"
              "<button type=\"submit\">搜索</button>';slot.appendChild(f);})();\n</script>\n")
HTML_TYPE = "text/html; charset=utf-8"


class HallShell(PlainForms):
    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "") -> str:
        body = ('<div class="hd"><img src="/static/img/lb-logo.png" alt="鹭滨市人民政府" width="40" height="40">'
                '<a class="brand" href="/">鹭滨市一网通办</a><div id="search-slot" class="search-slot"></div></div>\n'
                f'<div class="nav"><a href="/">首页</a><a href="{CATALOGUE}">办事服务</a><a href="{CHANNELS}">政务新媒体</a></div>\n'
                f"<main>\n{main}\n</main>\n"
                '<div class="ft"><p>鹭滨市政务服务数据管理局 主办</p></div>\n' + SEARCH_BOX + tail)
        return bare_page(f"{title} - 鹭滨市一网通办", body, head=f'<link rel="stylesheet" href="{CSS}">\n' + head)


def _items() -> list[Item]:
    rows = [("jycyz", "就业创业证申领", "05", "20", 3), ("zgtx", "职工退休申请", "05", "07", 8),
            ("sydj", "失业登记", "05", "20", 12), ("mtb", "门诊慢特病待遇认定", "13", "07", 2),
            ("sgbx", "医疗费用手工报销", "13", "05", 6), ("jzz", "居住证申领", "02", "20", 21),
            ("hszc", "护士执业注册", "10", "01", 4), ("yyzz", "营业执照遗失补领", "11", "20", 9),
            ("ydz", "退役军人优待证申领", "19", "20", 1), ("xzf", "食品小作坊登记", "11", "07", 3),
            ("ylzy", "基本养老保险关系转移", "05", "20", 14), ("bzbz", "殡葬补助申领", "03", "05", 7)]
    entries = {"jycyz": "/ywtb/sb/jycyz", "zgtx": "/ywtb/sb/zgtx", "sydj": "/ywtb/sb/sydj", "mtb": "/ybfw/mtb/apply",
               "sgbx": "/ywtb/sb/sgbx", "jzz": "/ga/jzz/index", "hszc": "/ywtb/sb/hszc", "yyzz": "/scjg/yyzz/bl",
               "ydz": "/tyjr/ydz/apply", "xzf": "/scjg/xzf/login", "ylzy": "/ywtb/sb/ylzy"}
    items = []
    for key, name, pair, kind, main in rows:
        item = Item(key, name, Department(CITY, pair), kind, main, 0, entry_path=entries.get(key))
        item.guide_path = f"/ywtb/guide/detail?code={item.code}"
        items.append(item)
    return items


def _guide(item: Item, shell: HallShell) -> str:
    facts = [("事项名称", item.name), ("实施编码", item.code)] + labelled_facts(item, LABELS)
    cells = "".join(f'<div class="cell"><span class="lbl">{k}</span><span class="val">{escape(v)}</span></div>'
                    for k, v in facts)
    materials = "".join(f"<li>{escape(m)}</li>" for m in papers(item))
    go = (f'<a class="go" href="{item.entry_path}">立即办理</a>' if item.entry_path
          else '<p class="offline">本事项仅支持窗口办理。</p>')
    main = (f"<h1>{escape(item.name)}</h1>\n{go}\n<h2>基本信息</h2>\n<div class=\"info-grid\">{cells}</div>\n"
            f"<h2>申请材料</h2>\n<ul>{materials}</ul>\n")
    return shell.page(item.name, main)


def _entries(p: PortalBuild, items: dict[str, Item], shell: HallShell) -> None:
    act = "/ywtb/sb/submit"
    e.plain_form(p, items["jycyz"], shell, act)
    e.script_code(p, items["zgtx"], shell, "/static/qr/apply-zgtx.png", "鹭滨通")
    p.asset("/static/qr/apply-zgtx.png", pictures.scan_code("lubin-zgtx"))
    e.code_only(p, items["sydj"], shell, "/static/qr/mini-sydj.png", "鹭滨通")
    p.asset("/static/qr/mini-sydj.png", pictures.scan_code("lubin-sydj"))
    e.mini_beside(p, items["mtb"], shell, "/ybfw/mtb/submit", "鹭滨医保", "/static/qr/mini-yb.png")
    p.asset("/static/qr/mini-yb.png", pictures.scan_code("lubin-yb"))
    e.schema_fails(p, items["sgbx"], shell, "/ywtb/api/form/schema?sx=sgbx")
    e.building(p, items["jzz"], shell)
    e.with_captcha(p, items["hszc"], shell, act, forms.puzzle_slider("/static/img/puzzle-bg.png"),
                   e.PUZZLE + " (a slider puzzle, no audio or SMS)", violation=True)
    p.asset("/static/img/puzzle-bg.png", pictures.noise_strip("lubin-puzzle"))
    e.with_captcha(p, items["yyzz"], shell, "/scjg/yyzz/submit", forms.sms_code("yz"), e.SMS + " (no picture)",
                   violation=False)
    e.oauth_identity(p, items["ydz"], "lb_tyjr")
    e.identity_link(p, items["xzf"], shell, "lb_spaq")
    e.notice_with_form(p, items["ylzy"], shell, act,
                       "推荐使用Chrome、Edge、Firefox等现代浏览器访问本系统；IE8及以下版本浏览器可能显示异常。",
                       e.MODERN + " (IE is not demanded)", rule=e.LEGACY, violation=False)


def _channels(p: PortalBuild, shell: HallShell) -> str:
    tiles = [("鹭滨通", "微信小程序", "/static/qr/lbt.png", "微信搜索“鹭滨通”", None),
             ("鹭滨发布", "微信公众号", "/static/qr/lbfb.png", "微信扫一扫，关注鹭滨发布", None),
             ("鹭滨e家", "APP", "/static/qr/ejia.png", "扫码下载鹭滨e家APP", None),
             ("鹭滨公交", "支付宝小程序", "/static/qr/lbgj.png", "支付宝扫码乘车", "上线时间：{{date:1900:slash}}"),
             ("鹭滨人才", "APP", "/static/qr/lbrc.png", '扫码下载 · <a href="/static/app/lbrc_2.2.0.apk">安卓下载</a>',
              "最近更新：{{date:400:dot}}")]
    html = ['<h1>政务新媒体</h1>\n<p>扫码关注鹭滨市政务新媒体和移动应用。</p>\n<div class="tiles">']
    for name, form, code, caption, date in tiles:
        note = f"<p>{date}</p>" if date else ""
        html.append(f'<div class="tile"><img src="{code}" alt="{name}二维码" width="116" height="116">'
                    f"<h2>{name}</h2><p>{form}</p><p>{caption}</p>{note}</div>")
    html.append("</div>")
    for name in ("lbt", "lbfb", "lbgj", "lbrc"):
        p.asset(f"/static/qr/{name}.png", pictures.scan_code("lubin-" + name))
    p.status("/static/qr/ejia.png", 404)
    p.asset("/static/app/lbrc_2.2.0.apk", pictures.package("lbrc"))
    p.channel("鹭滨通", "微信小程序", qr="/static/qr/lbt.png")
    p.channel("鹭滨发布", "微信公众号", qr="/static/qr/lbfb.png")
    p.channel("鹭滨e家", "APP")
    p.channel("鹭滨公交", "支付宝小程序", qr="/static/qr/lbgj.png", launched=1900)
    p.channel("鹭滨人才", "APP", downloads=("/static/app/lbrc_2.2.0.apk",), qr="/static/qr/lbrc.png", updated=400)
    p.case(TRAPS, "zombie-channel", "a mini-program with only a code to scan (微信搜索 caption)", path=CHANNELS,
           dimension="鹭滨通")
    p.case(TRAPS, "zombie-channel", "an official account with only a code to scan", path=CHANNELS, dimension="鹭滨发布")
    p.case(VIOLATIONS, "zombie-channel", "an app whose code picture answers 404 and that has no download", path=CHANNELS,
           dimension="鹭滨e家")
    p.case(TRAPS, "zombie-channel", "上线时间 1900 days ago is a launch date, not an update", path=CHANNELS,
           dimension="鹭滨公交")
    p.case(VIOLATIONS, "zombie-channel", "最近更新 400 days before the day served", path=CHANNELS, dimension="鹭滨人才")
    return shell.page("政务新媒体", "\n".join(html))


def _search(p: PortalBuild, shell: HallShell, items: dict[str, Item]) -> None:
    """The search indexes policy articles: an item's exact name finds articles about it, not the service."""
    index = []
    for n, item in enumerate(items.values(), start=1):
        url = f"/zcjd/2024/art_{3100 + n}.html"
        title = f"关于优化{item.name}服务的政策解读"
        index.append({"name": title, "url": url, "dept": "鹭滨市政务服务数据管理局"})
        p.page(url, shell.page(title, f"<article><h1>{escape(title)}</h1><p>发布机构：鹭滨市政务服务数据管理局</p>"
                                      f"<p>为进一步优化营商环境，我市对{escape(item.name)}的申请材料和办理时限进行了精简，"
                                      "群众可通过线上线下多种渠道办理。</p></article>"))
    p.template("_search.html", shell.page("搜索结果", '<h1>搜索结果</h1>\n<p>找到 {{COUNT}} 条相关结果</p>\n'
                                                  '<div class="results">{{RESULTS}}</div>'))
    p.behaviour["search"] = {"path": SEARCH, "param": "wd", "mode": "match", "page": "_search.html", "index": index,
                             "row": '<div class="res"><h2><a href="{url}">{name}</a></h2><p>{dept}</p></div>',
                             "empty": "<p>暂无相关结果。</p>"}
    p.case(VIOLATIONS, "excess-steps", "the site search finds articles about an item, never its guide")


def build() -> tuple[dict[str, bytes], dict[str, Any], list[dict[str, Any]]]:
    p = PortalBuild(CITY)
    items = {i.key: p.item(i) for i in _items()}
    shell = HallShell()
    tiles = "".join(f'<li><a href="{escape(i.guide_path)}">{escape(i.name)}</a></li>' for i in list(items.values())[:8])
    home = ('<img src="/static/img/deco-wave.png" alt="" width="480" height="60">\n<h1>鹭滨市一网通办</h1>\n'
            '<p class="hint">温馨提示：部分事项需实名认证后办理，请提前准备好本人身份证件。</p>\n'
            f'<section><h2>热门办事</h2><ul>{tiles}</ul><p><a href="{CATALOGUE}">全部办事服务</a></p></section>\n'
            '<img src="/static/img/deco-dots.png" alt="" width="240" height="30">\n')
    p.page(HOME, shell.page("首页", home))
    p.delay(HOME, 3.0)
    p.case(VIOLATIONS, "slow-page", "the home page answers after 3.0 s", path=HOME)
    p.case(VIOLATIONS, "accessibility", "the home page's notice is light grey on white", dimension="color-contrast")
    p.case(TRAPS, "accessibility", "decorative pictures with alt=\"\" (not missing)", dimension="image-alt")
    groups: dict[str, list[Item]] = {}
    for item in items.values():
        groups.setdefault(item.dept.name, []).append(item)
    catalogue = "".join(f"<section><h2>{escape(dept)}</h2><ul>"
                        + "".join(f'<li><a href="{escape(i.guide_path)}">{escape(i.name)}</a></li>' for i in group)
                        + "</ul></section>" for dept, group in groups.items())
    p.page(CATALOGUE, shell.page("办事服务", f"<h1>办事服务</h1>\n{catalogue}"))
    p.delay(CATALOGUE, 0.7)
    p.case(TRAPS, "slow-page", "the catalogue answers in 0.7 s", path=CATALOGUE)
    for item in items.values():
        p.page(item.guide_path, _guide(item, shell))
    _entries(p, items, shell)
    p.page(CHANNELS, _channels(p, shell))
    _search(p, shell, items)
    p.asset(CSS, STYLE)
    for name, data in (("lb-logo.png", pictures.logo("lubin")), ("deco-wave.png", pictures.band("lubin-w", 480, 60)),
                       ("deco-dots.png", pictures.band("lubin-d", 240, 30))):
        p.asset(f"/static/img/{name}", data)
    p.error_page(404, "_404.html", bare_page("页面不存在", '<main><h1>抱歉，页面不存在</h1><p><a href="/">返回首页</a></p></main>'))
    p.behaviour["types"] = {glob: HTML_TYPE for glob in ("/ywtb/*", "/hdjl/*", "/search/*", "/ybfw/*", "/ga/*",
                                                         "/scjg/*", "/tyjr/*")}
    search = {"path": SEARCH, "param": "wd", "form": "script-built box in the header", "finds_items": False,
              "choice_pages": 0, "page_loads_to_apply": None}
    truth = city_truth(p, home=HOME, catalogue=CATALOGUE, channels_page=CHANNELS, search=search)
    return p.finished(), truth, p.cases
