"""沅桥市政务服务网: static ``.shtml`` pages of a home-grown CMS, ``<dl>`` guides, JSP entries.

The header form searches; each result goes through three "choose" pages (applicant type,
situation, place) before the guide. The channels page (移动应用) is a table whose header says
最后更新. Entries: the city's own login dressed as OAuth on the portal's host, image CAPTCHAs with
and without a spoken code, a page that demands IE's compatibility view, a proxy's 502, a
script that sends the citizen to a "go to the counter" notice, a mini-program named in words.
Every page is meant to be axe-clean.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tests.probe_corpus.probes2 import entries as e
from tests.probe_corpus.probes2 import forms, pictures
from tests.probe_corpus.probes2.assemble import city_truth, labelled_facts
from tests.probe_corpus.probes2.model import City, Department, Item, papers
from tests.probe_corpus.probes2.site import TRAPS, VIOLATIONS, PlainForms, PortalBuild, bare_page

CITY = City("yuanqiao", "沅桥市", "680400", "0684", "沅桥市政务服务中心")
HOME, CATALOGUE, CHANNELS, SEARCH, CHOOSE = "/", "/bsdt/index.shtml", "/app/index.shtml", "/search/result.jsp", "/bsdt/qd.jsp"
LOGIN, NOTICE = "/uc/oauth/authorize", "/wsbs/notice/tzbl.shtml"
CSS = "/res/css/main.css"
SLUGS = {"05": "rsj", "14": "jtj", "09": "zjj", "10": "wjw", "04": "jyj", "13": "ybj", "03": "mzj", "06": "zrzyj"}
LABELS = {"type": "事项类型", "dept": "实施主体", "level": "行使层级", "case_type": "办件类型", "statutory": "法定办结时限",
          "promised": "承诺办结时限", "visits": "到办事现场次数", "visit_reason": "必须现场办理原因说明",
          "channels": "办理形式", "fee": "是否收费", "place": "办理地点", "hours": "办理时间", "phone": "咨询电话",
          "complaint": "监督投诉电话"}
STYLE = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#222;background:#fff}
.banner{background:#1f4e79;color:#fff;padding:14px 30px;display:flex;align-items:center;gap:14px}
.banner a{color:#fff}.banner .name{font-size:24px;color:#fff;text-decoration:none}.banner form{margin-left:auto}
.banner input{padding:6px;width:230px}.banner label{color:#fff;margin-right:6px}
.menu{background:#dde8f3;padding:8px 30px}.menu a{color:#17375e;margin-right:24px}
main{max-width:980px;margin:20px auto;padding:0 16px}a{color:#17375e}
dl.guide{display:grid;grid-template-columns:12em 1fr;border-top:1px solid #9db3c9}
dl.guide dt,dl.guide dd{margin:0;padding:6px 8px;border-bottom:1px solid #9db3c9}dl.guide dt{background:#eef3f8;font-weight:bold}
.apply{background:#1f4e79;color:#fff;padding:8px 24px;display:inline-block}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #9db3c9;padding:6px 8px}
.foot{background:#f1f1f1;color:#333;padding:16px 30px}.field{margin:8px 0}.app-banner{background:#eef3f8;padding:8px}
"""


class SiteShell(PlainForms):
    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "") -> str:
        body = ('<header class="banner"><img src="/res/img/yq-logo.png" alt="沅桥市人民政府" width="40" height="40">'
                '<a class="name" href="/">沅桥市政务服务网</a>'
                f'<form method="get" action="{SEARCH}" role="search"><label for="q">事项搜索</label>'
                '<input id="q" name="q" type="text"><button type="submit">搜索</button></form></header>\n'
                f'<nav class="menu"><a href="/">首页</a><a href="{CATALOGUE}">办事大厅</a><a href="{CHANNELS}">移动应用</a></nav>\n'
                f"<main>\n{main}\n</main>\n<footer class=\"foot\"><p>沅桥市政务服务中心 主办</p></footer>\n{tail}")
        return bare_page(f"{title}_沅桥市政务服务网", body, head=f'<link rel="stylesheet" href="{CSS}">\n' + head)


class ApplyShell(PlainForms):
    """The 网上申报 system's pages: its own bar, no site search."""

    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "") -> str:
        body = ('<header class="banner"><span class="name">沅桥市网上申报系统</span><a href="/">政务服务网首页</a></header>\n'
                f"<main>\n{main}\n</main>\n<footer class=\"foot\"><p>沅桥市政务服务中心</p></footer>\n{tail}")
        return bare_page(title, body, head=f'<link rel="stylesheet" href="{CSS}">\n' + head)


def _items() -> list[Item]:
    rows = [("0601", "社会保障卡申领", "05", "20", 6, "/wsbs/sb/sbk.jsp"),
            ("0602", "城乡居民基本养老保险参保登记", "05", "20", 16, "/wsbs/sb/cbdj.jsp"),
            ("0603", "工伤保险待遇申领", "05", "05", 9, "/wsbs/sb/gsdy.jsp"),
            ("0604", "道路货物运输经营许可", "14", "01", 2, "/wsbs/jt/hyxk.jsp"),
            ("0605", "网络预约出租汽车驾驶员证核发", "14", "01", 7, "/wsbs/jt/wyc.jsp"),
            ("0606", "商品房预售许可", "09", "01", 3, "/wsbs/zj/ysxk.jsp"),
            ("0607", "建筑工程施工许可证核发", "09", "01", 1, "/wsbs/zj/sgxk.jsp"),
            ("0608", "医疗机构执业登记", "10", "01", 6, "/wsbs/wj/yljg.jsp"),
            ("0609", "学生资助申请", "04", "05", 3, "/wsbs/jy/xszz.jsp"),
            ("0610", "医保参保信息变更", "13", "20", 5, "/wsbs/yb/cbbg.jsp"),
            ("0611", "特困人员救助供养", "03", "05", 4, "/wsbs/mz/tkgy.jsp"),
            ("0612", "建设用地规划许可", "06", "01", 5, None),
            ("0613", "临时救助申请", "03", "05", 8, None)]
    return [Item(key, name, Department(CITY, pair), kind, main, 0, f"/bsdt/{SLUGS[pair]}/{key}.shtml", entry)
            for key, name, pair, kind, main, entry in rows]


def _guide(item: Item, shell: SiteShell) -> str:
    facts = [("事项名称", item.name), ("实施编码", item.code)] + labelled_facts(item, LABELS)
    pairs = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in facts)
    materials = "".join(f"<dt>材料{n + 1}</dt><dd>{escape(m)}（原件1份、复印件1份）</dd>"
                        for n, m in enumerate(papers(item)))
    apply = (f'<p><a class="apply" href="{item.entry_path}">在线办理</a></p>' if item.entry_path
             else "<p>本事项暂未开通网上办理。</p>")
    main = (f"<h1>{escape(item.name)}</h1>\n{apply}\n<h2>基本信息</h2>\n<dl class=\"guide\">{pairs}</dl>\n"
            f"<h2>申请材料</h2>\n<dl class=\"guide\">{materials}</dl>\n")
    return shell.page(f"{item.name}办事指南", main)


def _entries(p: PortalBuild, items: dict[str, Item]) -> None:
    shell = ApplyShell()
    act = "/wsbs/submit.jsp"
    e.plain_form(p, items["0601"], shell, act)
    e.own_oauth(p, items["0602"], LOGIN, "yq_wsbs")
    e.own_oauth(p, items["0603"], LOGIN, "yq_wsbs")
    p.asset("/wsbs/captcha.jsp", pictures.noise_strip("yuanqiao-code"))
    e.with_captcha(p, items["0604"], shell, act, forms.image_code("hy", "/wsbs/captcha.jsp", refresh="看不清？换一张",
                                                                  audio=False),
                   e.IMAGE_REFRESH + " (看不清？换一张 is another picture, not an alternative)", violation=True)
    e.with_captcha(p, items["0605"], shell, act, forms.image_code("wy", "/wsbs/captcha.jsp", refresh="看不清？换一张",
                                                                  audio=True),
                   e.IMAGE_AUDIO + " (语音播报验证码)", violation=False)
    p.delay(items["0605"].entry_path or "", 0.5)
    p.case(TRAPS, "slow-page", "answers in 0.5 s", path=items["0605"].entry_path)
    e.notice_with_form(p, items["0606"], shell, act,
                       "本系统电子签章控件须在IE浏览器兼容性视图下运行：请将本站点添加到兼容性视图设置，并使用IE浏览器访问，"
                       "否则无法完成签章。", e.COMPAT_VIEW + " (X-UA-Compatible IE=EmulateIE8 and a notice)",
                       rule=e.LEGACY, violation=True,
                       head='<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8">\n')
    e.answers(p, items["0607"], 502, e.GATEWAY_502 + " (502 Bad Gateway)")
    e.script_counter(p, items["0608"], shell, NOTICE)
    e.mini_words(p, items["0609"], shell, "沅桥市民通")
    e.app_banner(p, items["0610"], shell, act, "沅桥办", "/res/img/yqb-icon.png", "/app/dl/yqb_3.8.0.apk")
    p.delay(items["0610"].entry_path or "", 2.6)
    p.case(VIOLATIONS, "slow-page", "answers after 2.6 s", path=items["0610"].entry_path)
    e.oauth_identity(p, items["0611"], "yq_mzj")
    p.accept_post(act)
    p.page(LOGIN, bare_page("沅桥市政务服务中心用户登录", (
        '<main class="login"><h1>沅桥市政务服务中心用户登录</h1>\n'
        f'<form method="post" action="{LOGIN}"><input type="hidden" name="response_type" value="code">\n'
        '<div class="field"><label for="u">用户名/手机号</label><input id="u" name="username" type="text"></div>\n'
        '<div class="field"><label for="pw">密码</label><input id="pw" name="password" type="password"></div>\n'
        '<button type="submit">登录</button></form>\n'
        '<p>没有账号？<a href="/uc/register.shtml">注册本中心账号</a></p></main>'),
        head=f'<link rel="stylesheet" href="{CSS}">\n'))
    p.accept_post(LOGIN)
    p.page("/uc/register.shtml", bare_page("用户注册", "<main><h1>沅桥市政务服务中心用户注册</h1>"
                                                   "<p>请填写手机号码完成注册。</p></main>"))
    p.page(NOTICE, shell.page("办理提示", "<h1>办理提示</h1>\n<p>该事项暂停网上办理，请携带申请材料到沅桥市政务服务中心"
                                       "二楼卫生健康窗口办理。</p>\n"))


def _channels(p: PortalBuild, shell: SiteShell) -> str:
    rows = [("沅桥办", "APP", "V3.8.0", "{{date:30:slash}}", "—",
             '<a href="/app/dl/yqb_3.8.0.apk">安卓下载</a> <img src="/app/qr/yqb.png" alt="沅桥办下载二维码" width="80" height="80">'),
            ("沅桥公交", "APP", "V1.2.0", "{{date:900:iso}}", "—", '<a href="/app/dl/yqgj_1.2.0.apk">安卓下载</a>'),
            ("沅桥人社", "APP", "V2.4.1", "{{date:210:cn}}", "—", '<a href="/app/dl/yqrs_2.4.1.apk">安卓下载</a>'),
            ("沅桥12345", "微信小程序", "—", "—", "{{date:1500:iso}}",
             '<img src="/app/qr/yq12345.png" alt="沅桥12345小程序码" width="80" height="80"> 微信扫码使用'),
            ("沅桥停车", "APP", "V1.0.0", "{{date:60:iso}}", "—", "暂未上架")]
    body = "".join(f"<tr><td>{n}</td><td>{f}</td><td>{v}</td><td>{u}</td><td>{launch}</td><td>{get}</td></tr>"
                   for n, f, v, u, launch, get in rows)
    main = ('<h1>移动应用</h1>\n<table class="apps"><tr><th scope="col">名称</th><th scope="col">类型</th>'
            '<th scope="col">版本</th><th scope="col">最后更新</th><th scope="col">上线日期</th>'
            f'<th scope="col">获取方式</th></tr>{body}</table>\n')
    for name in ("yqb_3.8.0", "yqgj_1.2.0"):
        p.asset(f"/app/dl/{name}.apk", pictures.package(name))
    p.status("/app/dl/yqrs_2.4.1.apk", 404)
    p.asset("/app/qr/yqb.png", pictures.scan_code("yuanqiao-yqb"))
    p.asset("/app/qr/yq12345.png", pictures.scan_code("yuanqiao-12345"))
    p.channel("沅桥办", "APP", downloads=("/app/dl/yqb_3.8.0.apk",), qr="/app/qr/yqb.png", updated=30)
    p.channel("沅桥公交", "APP", downloads=("/app/dl/yqgj_1.2.0.apk",), updated=900)
    p.channel("沅桥人社", "APP", downloads=("/app/dl/yqrs_2.4.1.apk",), dead=True, updated=210)
    p.channel("沅桥12345", "微信小程序", qr="/app/qr/yq12345.png", launched=1500)
    p.channel("沅桥停车", "APP", updated=60)
    p.case(TRAPS, "zombie-channel", "最后更新 30 days ago", path=CHANNELS, dimension="沅桥办")
    p.case(VIOLATIONS, "zombie-channel", "最后更新 900 days before the day served", path=CHANNELS, dimension="沅桥公交")
    p.case(VIOLATIONS, "zombie-channel", "its download answers 404", path=CHANNELS, dimension="沅桥人社")
    p.case(TRAPS, "zombie-channel", "a mini-program with a code to scan; 上线日期 is a launch date", path=CHANNELS,
           dimension="沅桥12345")
    p.case(VIOLATIONS, "zombie-channel", "暂未上架: neither a download nor a code", path=CHANNELS, dimension="沅桥停车")
    return shell.page("移动应用", main)


def _search(p: PortalBuild, shell: SiteShell, items: dict[str, Item]) -> None:
    index = [{"name": i.name, "url": f"{CHOOSE}?sx={i.key}", "dept": i.dept.name, "code": i.code} for i in items.values()]
    p.template("_result.html", shell.page("搜索结果", '<h1>搜索结果</h1>\n<p>关键词“{{QUERY}}”，共 {{COUNT}} 条</p>\n'
                                                  '<table><tr><th scope="col">事项名称</th><th scope="col">实施主体</th></tr>'
                                                  "{{RESULTS}}</table>"))
    p.template("_choose.html", shell.page("选择办理事项", '<h1>{{TITLE}}</h1>\n<ul class="choices">{{OPTIONS}}</ul>\n'
                                                     '<p class="item">当前事项：{{ITEM}}</p>'))
    steps = [{"param": "lx", "title": "第一步：请选择申请人类型", "options": {"*": [["gr", "个人"], ["fr", "法人或其他组织"]]}},
             {"param": "qx", "title": "第二步：请选择办理情形", "options": {"*": [["sc", "首次办理"], ["bg", "变更或补办"]]}},
             {"param": "dd", "title": "第三步：请选择办理地点", "options": {
                 "*": [["sbj", "{dept}（市本级）"], ["dc", "东城区政务服务中心"], ["xc", "西城区政务服务中心"]]}}]
    p.behaviour["search"] = {
        "path": SEARCH, "param": "q", "mode": "match", "page": "_result.html", "index": index,
        "row": '<tr><td><a href="{url}">{name}</a></td><td>{dept}</td></tr>',
        "empty": '<tr><td colspan="2">未检索到相关事项</td></tr>',
        "choices": {"path": CHOOSE, "item_param": "sx", "page": "_choose.html", "steps": steps,
                    "option": '<li><a href="{url}">{label}</a></li>',
                    "items": {i.key: {"guide": i.guide_path, "name": i.name, "dept": i.dept.name}
                              for i in items.values()}}}
    p.case(VIOLATIONS, "excess-steps", "home → results → 3 choice pages → guide → apply: 7 page loads")


def build() -> tuple[dict[str, bytes], dict[str, Any], list[dict[str, Any]]]:
    p = PortalBuild(CITY)
    items = {i.key: p.item(i) for i in _items()}
    shell = SiteShell()
    hot = "".join(f'<li><a href="{escape(i.guide_path)}">{escape(i.name)}</a></li>' for i in list(items.values())[:6])
    p.page(HOME, shell.page("首页", f'<h1>沅桥市政务服务网</h1>\n<section><h2>高频事项</h2><ul>{hot}</ul>'
                                   f'<p><a href="{CATALOGUE}">进入办事大厅</a></p></section>\n'
                                   '<section><h2>12345热线</h2><p>沅桥市12345政务服务便民热线，24小时为您服务。</p></section>'))
    groups: dict[str, list[Item]] = {}
    for item in items.values():
        groups.setdefault(item.dept.name, []).append(item)
    catalogue = "".join(f"<h2>{escape(dept)}</h2><ul>"
                        + "".join(f'<li><a href="{i.guide_path}">{escape(i.name)}</a></li>' for i in group)
                        + "</ul>" for dept, group in groups.items())
    p.page(CATALOGUE, shell.page("办事大厅", f"<h1>办事大厅</h1>\n{catalogue}"))
    for item in items.values():
        p.page(item.guide_path, _guide(item, shell))
    _entries(p, items)
    p.page(CHANNELS, _channels(p, shell))
    _search(p, shell, items)
    p.case(TRAPS, "accessibility", "every page is axe-clean")
    p.asset(CSS, STYLE)
    p.asset("/res/img/yq-logo.png", pictures.logo("yuanqiao"))
    p.asset("/res/img/yqb-icon.png", pictures.logo("yuanqiao-app", 32, 32))
    p.error_page(404, "_404.html", bare_page("404 Not Found", '<main><h1>404 Not Found</h1><p>页面不存在。</p></main>'))
    p.error_page(502, "_502.html", bare_page("502 Bad Gateway", "<main><h1>502 Bad Gateway</h1><hr><p>nginx</p></main>"))
    p.behaviour["types"] = {"*.shtml": "text/html; charset=utf-8", LOGIN: "text/html; charset=utf-8",
                            "/wsbs/captcha.jsp": "image/png"}
    search = {"path": SEARCH, "param": "q", "form": "static header form", "finds_items": True, "choice_pages": 3,
              "choice_path": CHOOSE, "page_loads_to_apply": 7}
    truth = city_truth(p, home=HOME, catalogue=CATALOGUE, channels_page=CHANNELS, search=search)
    return p.finished(), truth, p.cases
