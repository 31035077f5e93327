"""岚溪市网上办事大厅: ASP.NET WebForms (``.aspx?id=``, every page inside ``<form id="form1">``).

Guides are accordion sections of "label：value" lines; the home page has no search box, only a
link 搜索 to a search page whose results list similar names (公积金提取 购房 / 租房 …); the
channels page (APP下载) shows a single app. Entries: the hall's own user centre
(``Login.aspx?ReturnUrl=``), a script that takes the form away from every browser but IE, a
click-the-characters CAPTCHA, the yellow runtime-error page, ``customErrors`` sending the citizen
to a page that says "go to the counter".
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any

from tests.probe_corpus.probes2 import entries as e
from tests.probe_corpus.probes2 import forms, pictures
from tests.probe_corpus.probes2.assemble import city_truth, labelled_facts, search_index
from tests.probe_corpus.probes2.model import City, Department, Item, guide_facts, papers
from tests.probe_corpus.probes2.site import TRAPS, VIOLATIONS, PortalBuild, bare_page

CITY = City("lanxi", "岚溪市", "680200", "0682", "岚溪市民服务中心一楼")
HOME, CATALOGUE, CHANNELS = "/Default.aspx", "/ZWFW/BSZN/List.aspx", "/App/Download.aspx"
SEARCH_PAGE, RESULTS = "/Search/Index.aspx", "/Search/Result.aspx"
LOGIN, NOTICE = "/UserCenter/Login.aspx", "/Error.aspx"
LABELS = {"type": "权力类型", "dept": "办理部门", "level": "实施层级", "case_type": "办件类型", "statutory": "法定期限",
          "promised": "承诺期限", "visits": "到现场次数", "visit_reason": "必须现场办理原因", "channels": "办理方式",
          "online": "是否网办", "fee": "收费情况", "place": "受理地点", "hours": "办公时间", "phone": "咨询方式",
          "complaint": "投诉方式"}
STYLE = """body{margin:0;font:14px/1.6 SimSun,"Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff}
#header{background:#1d5e3a;color:#fff;padding:12px 20px;display:flex;gap:12px;align-items:center}
#header .t{font-size:22px}#nav{list-style:none;margin:0;padding:6px 20px;background:#e4efe8;display:flex;gap:24px}
#nav a{color:#174a2e}#content{max-width:980px;margin:16px auto;padding:0 12px}a{color:#174a2e}
.acc-head{background:#e4efe8;border:0;width:100%;text-align:left;padding:6px 10px;font-size:16px;color:#1a1a1a}
.acc-body p{margin:4px 10px}.k{font-weight:bold}.btn{background:#1d5e3a;color:#fff;padding:6px 20px;display:inline-block}
table{border-collapse:collapse}td,th{border:1px solid #9fb8a8;padding:5px 8px}#footer{background:#f0f0f0;color:#333;padding:14px 20px}
.field{margin:8px 0}.field label{display:inline-block;width:8em}
"""


def _viewstate(url: str) -> str:
    digest = hashlib.sha256(url.encode()).digest() * 2
    return "/wEPDwUKMTY" + base64.b64encode(digest).decode()[:60]


class AspShell:
    """The master page: header, menu, and everything inside the one ``form1`` that posts back to the page."""

    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "", form1: bool = True) -> str:
        inner = f'<div id="content">\n{main}\n</div>\n'
        if form1:
            action = escape(url or HOME)
            inner = (f'<form method="post" action="{action}" id="form1">\n<div class="aspNetHidden">'
                     f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(url)}">'
                     '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">'
                     f"</div>\n{inner}</form>\n")
        body = ('<div id="header"><img src="/images/logo.png" alt="岚溪市人民政府" width="40" height="40">'
                '<span class="t">岚溪市网上办事大厅</span></div>\n'
                f'<ul id="nav"><li><a href="{HOME}">首页</a></li><li><a href="{CATALOGUE}">办事指南</a></li>'
                f'<li><a href="{SEARCH_PAGE}">搜索</a></li><li><a href="{CHANNELS}">APP下载</a></li></ul>\n'
                f'{inner}<div id="footer"><p>岚溪市政务服务管理局 主办　ICP备案：盲ICP备00000002号</p></div>\n{tail}')
        head = ('<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                '<link href="/App_Themes/Default/site.css" rel="stylesheet" type="text/css">\n' + head)
        return bare_page(title, body, head=head)

    def form(self, item: Item, action: str, *, ident: str, style: str = "stack", labelled: bool = True,
             extra: str = "") -> str:
        """The fields alone: they sit inside the master page's form1, with an asp:Button to submit."""
        rows = []
        for name, caption, kind in forms.FIELDS:
            field_id = f"txt{name.capitalize()}"
            label = f'<label for="{field_id}">{caption}</label>' if labelled else f'<span class="k">{caption}：</span>'
            control = f'<input name="ctl00$Main${field_id}" type="{kind}" id="{field_id}">'
            rows.append(f'<div class="field">{label}{control}</div>')
        return (f'<div class="apply-panel" id="pnlApply">\n<input type="hidden" name="hidSxbm" value="{item.code}">\n'
                + "".join(rows) + "\n" + extra
                + '<input type="submit" name="ctl00$Main$btnSubmit" value="提交申请" id="btnSubmit">\n</div>')


def _items() -> list[Item]:
    def d(pair: str) -> Department:
        return Department(CITY, pair)

    rows = [(1201, "住房公积金提取（购房）", "08", "20", 1, 1), (1202, "住房公积金提取（租房）", "08", "20", 1, 2),
            (1203, "住房公积金个人贷款申请", "08", "20", 3, 0), (1204, "不动产抵押权登记", "06", "07", 2, 0),
            (1205, "不动产登记资料查询", "06", "20", 8, 0), (1206, "道路运输从业资格证补发", "14", "20", 4, 0),
            (1207, "出租汽车驾驶员从业资格注册", "14", "07", 6, 0), (1208, "教师资格认定", "04", "07", 1, 0),
            (1209, "义务教育阶段转学申请", "04", "20", 5, 0), (1210, "残疾人证申领", "20", "20", 1, 0),
            (1211, "无犯罪记录证明开具", "02", "20", 15, 0), (1212, "最低生活保障审核确认", "03", "05", 2, 0),
            (1213, "户口迁移（市内）", "02", "07", 9, 0)]
    offline = {1212, 1213}
    return [Item(str(key), name, d(pair), kind, main, sub, f"/ZWFW/BSZN/Detail.aspx?id={key}",
                 None if key in offline else f"/ZWFW/SB/Apply.aspx?sxid={key}")
            for key, name, pair, kind, main, sub in rows]


def _guide(item: Item, shell: AspShell) -> str:
    facts = guide_facts(item)
    basic = [("事项名称", item.name), ("事项实施编码", item.code)] + labelled_facts(item, LABELS)
    lines = "".join(f'<p><span class="k">{k}：</span><span class="v">{escape(v)}</span></p>' for k, v in basic)
    materials = "".join(f"<li>{escape(m)}（原件1份）</li>" for m in papers(item))
    sections = [("sec-basic", "基本信息", lines, True), ("sec-cond", "申请条件", f"<p>{facts['condition']}</p>", True),
                ("sec-mat", "申请材料", f"<ol>{materials}</ol>", True),
                ("sec-faq", "常见问题", "<p>问：可以委托他人办理吗？答：可以，需提供委托书及双方身份证件。</p>", False)]
    acc = "".join(f'<h2><button type="button" class="acc-head" aria-expanded="{"true" if shown else "false"}" '
                  f'aria-controls="{sid}">{name}</button></h2>\n<div id="{sid}" class="acc-body"{"" if shown else " hidden"}>'
                  f"{body}</div>\n" for sid, name, body, shown in sections)
    apply = (f'<a id="lnkApply" class="btn" href="{item.entry_path}">网上申报</a>' if item.entry_path
             else "<p>本事项不支持网上申报，请到受理地点办理。</p>")
    script = ("<script>\ndocument.querySelectorAll('.acc-head').forEach(function(b){b.addEventListener('click',"
              "function(){var s=document.getElementById(b.getAttribute('aria-controls'));var open=b.getAttribute("
              "'aria-expanded')==='true';b.setAttribute('aria-expanded',open?'false':'true');s.hidden=open;});});\n"
              "</script>\n")
    return shell.page(f"{item.name} - 办事指南", f"<h1>{escape(item.name)}</h1>\n{apply}\n{acc}", tail=script,
                      url=item.guide_path)


def _entries(p: PortalBuild, items: dict[str, Item], shell: AspShell) -> None:
    act = "/ZWFW/SB/Apply.aspx"
    e.plain_form(p, items["1201"], shell, act)
    p.case(TRAPS, e.LEGACY, e.IE_EDGE + ": every page says IE=edge, which demands nothing", path=items["1201"].entry_path)
    e.own_login(p, items["1202"], LOGIN, "ReturnUrl")
    e.own_login(p, items["1203"], LOGIN, "ReturnUrl")
    e.ua_sniff(p, items["1204"], shell, act)
    e.with_captcha(p, items["1205"], shell, act, forms.click_characters("/UserCenter/ClickCode.png", "岚溪办"),
                   e.CLICK_CHARS + " (no audio, no other way)", violation=True)
    p.asset("/UserCenter/ClickCode.png", pictures.noise_strip("lanxi-click"))
    e.answers(p, items["1206"], 500, e.RUNTIME_500 + " (the yellow screen, 500)")
    e.counter_redirect(p, items["1207"], NOTICE + "?aspxerrorpath=/ZWFW/SB/Apply.aspx")
    e.app_page(p, items["1208"], shell, "i岚溪", "/App/images/ilanxi-qr.png", "/App/Files/ilanxi_3.0.6.apk",
               "https://apps.apple.com/cn/app/id1460000001")
    e.plain_form(p, items["1209"], shell, act)
    p.delay(items["1209"].entry_path or "", 2.9)
    p.case(VIOLATIONS, "slow-page", "answers after 2.9 s", path=items["1209"].entry_path)
    e.plain_form(p, items["1210"], shell, act, labelled=False, kind=e.UNLABELLED)
    p.case(VIOLATIONS, "accessibility", "an entry's fields have captions beside them, no labels", dimension="label")
    e.with_captcha(p, items["1211"], shell, act, forms.sms_code("nc"), e.SMS + " (an alternative, not a picture)",
                   violation=False)


def _pages(p: PortalBuild, items: dict[str, Item], shell: AspShell) -> None:
    p.page(LOGIN, shell.page("用户登录 - 岚溪市网上办事大厅", (
        '<h1>岚溪市网上办事大厅用户登录</h1>\n<div class="field"><label for="txtUser">用户名</label>'
        '<input name="ctl00$Main$txtUser" type="text" id="txtUser"></div>\n<div class="field"><label for="txtPwd">密码</label>'
        '<input name="ctl00$Main$txtPwd" type="password" id="txtPwd"></div>\n'
        '<input type="submit" name="ctl00$Main$btnLogin" value="登录" id="btnLogin">\n'
        '<p>还没有本系统账号？<a href="/UserCenter/Register.aspx">用户注册</a></p>'), url=LOGIN))
    p.page("/UserCenter/Register.aspx", shell.page("用户注册 - 岚溪市网上办事大厅", (
        '<h1>用户注册</h1>\n<div class="field"><label for="txtMobile">手机号码</label>'
        '<input name="ctl00$Main$txtMobile" type="tel" id="txtMobile"></div>\n'
        '<input type="submit" name="ctl00$Main$btnReg" value="注册" id="btnReg">'), url="/UserCenter/Register.aspx"))
    p.page(NOTICE, shell.page("提示信息", (
        '<h1>提示信息</h1>\n<p>对不起，该事项网上申报通道已关闭。请携带申请材料到岚溪市民服务中心一楼综合受理窗口办理。</p>\n'
        f'<p><a href="{HOME}">返回首页</a></p>'), url=NOTICE))
    p.page(SEARCH_PAGE, shell.page("站内搜索", (
        f'<h1>站内搜索</h1>\n<form method="get" action="{RESULTS}" role="search"><label for="kw">请输入事项名称</label>'
        '<input id="kw" name="kw" type="text"><button type="submit">搜索</button></form>'), form1=False))
    rows = "".join(f'<tr><td><a href="{escape(i.guide_path)}">{escape(i.name)}</a></td><td>{escape(i.dept.name)}</td></tr>'
                   for i in items.values())
    p.page(CATALOGUE, shell.page("办事指南", '<h1>办事指南</h1>\n<table><tr><th scope="col">事项名称</th>'
                                         f'<th scope="col">办理部门</th></tr>{rows}</table>', url=CATALOGUE))
    p.template("_result.html", shell.page("搜索结果", (
        '<h1>搜索结果</h1>\n<p>“{{QUERY}}” 共 {{COUNT}} 条记录</p>\n<table class="result"><tr><th scope="col">事项名称</th>'
        '<th scope="col">办理部门</th></tr>{{RESULTS}}</table>\n<p class="pager">第 1/1 页</p>'), form1=False))


def _home(p: PortalBuild, items: dict[str, Item], shell: AspShell) -> None:
    hot = "".join(f'<li><a href="{escape(i.guide_path)}">{escape(i.name)}</a></li>' for i in list(items.values())[:6])
    main = ('<h1>岚溪市网上办事大厅</h1>\n<div class="area"><span>切换区县：</span>'
            '<select name="ctl00$Main$ddlArea" id="ddlArea" onchange="__doPostBack(\'ctl00$Main$ddlArea\',\'\')">'
            '<option value="680200">岚溪市本级</option><option value="680202">青桥区</option>'
            '<option value="680221">石溪县</option></select></div>\n'
            f'<h2>常办事项</h2>\n<ul>{hot}</ul>\n<p><a href="{CATALOGUE}">更多办事指南</a></p>\n')
    script = ("<script>\nfunction __doPostBack(t,a){var f=document.getElementById('form1');"
              "if(f&&(!f.onsubmit||f.onsubmit()!==false)){f.submit();}}\n</script>\n")
    p.page(HOME, shell.page("岚溪市网上办事大厅", main, tail=script, url=HOME))
    p.redirect("/", to=HOME)
    p.delay(HOME, 0.6)
    p.case(TRAPS, "slow-page", "the home page answers in 0.6 s", path=HOME)
    p.case(VIOLATIONS, "accessibility", "the home page's district select has a caption beside it, no label",
           dimension="select-name")


def _channels(p: PortalBuild, shell: AspShell) -> None:
    main = ('<h1>APP下载</h1>\n<div class="app-one"><img src="/App/images/ilanxi-logo.png" alt="" width="48" height="48">'
            '<h2>i岚溪</h2>\n<table><tr><th scope="row">当前版本</th><td>V3.0.6</td></tr>'
            '<tr><th scope="row">发布日期</th><td>{{date:760:cn}}</td></tr>'
            '<tr><th scope="row">首次上线</th><td>{{date:2400:cn}}</td></tr>'
            '<tr><th scope="row">大小</th><td>48.2MB</td></tr></table>\n'
            '<img src="/App/images/ilanxi-qr.png" alt="i岚溪下载二维码" width="116" height="116">\n'
            '<p><a href="/App/Files/ilanxi_3.0.6.apk">Android版下载</a>　'
            '<a href="https://apps.apple.com/cn/app/id1460000001">iOS版下载</a></p></div>')
    p.page(CHANNELS, shell.page("APP下载", main, url=CHANNELS))
    p.channel("i岚溪", "APP", downloads=("/App/Files/ilanxi_3.0.6.apk",), qr="/App/images/ilanxi-qr.png",
              updated=760, launched=2400)
    p.asset("/App/Files/ilanxi_3.0.6.apk", pictures.package("ilanxi"))
    p.asset("/App/images/ilanxi-qr.png", pictures.scan_code("lanxi-ilanxi"))
    p.asset("/App/images/ilanxi-logo.png", pictures.logo("ilanxi"))
    p.case(VIOLATIONS, "zombie-channel", "its current version's 发布日期 is 760 days before the day served "
                                         "(首次上线 is a launch date)", path=CHANNELS, dimension="i岚溪")


def build() -> tuple[dict[str, bytes], dict[str, Any], list[dict[str, Any]]]:
    p = PortalBuild(CITY)
    items = {i.key: p.item(i) for i in _items()}
    shell = AspShell()
    _home(p, items, shell)
    _pages(p, items, shell)
    for item in items.values():
        p.page(item.guide_path, _guide(item, shell))
    _entries(p, items, shell)
    _channels(p, shell)
    p.asset("/App_Themes/Default/site.css", STYLE)
    p.asset("/images/logo.png", pictures.logo("lanxi"))
    p.error_page(404, "_404.html", bare_page("无法找到资源", "<main><h1>“/”应用程序中的服务器错误。</h1>"
                                                        "<h2>无法找到资源。</h2><p>HTTP 404。您正在查找的资源可能已被删除。</p></main>"))
    p.error_page(500, "_500.html", bare_page("运行时错误", "<main><h1>“/”应用程序中的服务器错误。</h1><h2>运行时错误</h2>"
                                                      "<p>说明: 服务器上出现应用程序错误。此应用程序的当前自定义错误设置禁止远程查看"
                                                      "应用程序错误的详细信息。</p></main>"))
    p.behaviour["types"] = {"*.aspx": "text/html; charset=utf-8"}
    p.behaviour["post"] = ["*.aspx"]
    p.behaviour["search"] = {"path": RESULTS, "param": "kw", "mode": "related", "limit": 10, "page": "_result.html",
                             "index": search_index(p.items),
                             "row": '<tr><td><a href="{url}">{name}</a></td><td>{dept}</td></tr>',
                             "empty": '<tr><td colspan="2">没有找到相关记录</td></tr>'}
    p.case(TRAPS, "excess-steps", "home → 搜索 page → results (similar names listed) → guide → apply: 5 page loads")
    search = {"path": RESULTS, "param": "kw", "form": f"linked page {SEARCH_PAGE} (home link 搜索, no box on the home page)",
              "finds_items": True, "choice_pages": 0, "page_loads_to_apply": 5}
    truth = city_truth(p, home=HOME, catalogue=CATALOGUE, channels_page=CHANNELS, search=search)
    return p.finished(), truth, p.cases
