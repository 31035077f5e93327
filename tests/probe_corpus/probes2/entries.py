"""Entry kinds: what an online entry's URL answers, the behaviour it needs, and the cases it plants.

Each kind's name (the constants) is written into the ``kind`` of its cases; ``checks.py`` holds
each name to what the entry must answer. Rule ids are the monitor's.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.probe_corpus.probes2 import forms
from tests.probe_corpus.probes2.model import Item
from tests.probe_corpus.probes2.site import TRAPS, VIOLATIONS, PortalBuild, Shell, bare_page

BROKEN, APP_ONLY, LEGACY = "online-entry-broken", "app-only-entry", "legacy-browser-required"
SEPARATE, CAPTCHA = "separate-login", "captcha-no-alternative"

FORM = "plain application form"
FRAMED = "form inside a frame"
FRAME_404 = "frame whose page answers 404"
OAUTH_IDENTITY = "OAuth redirect to the province identity"
OWN_LOGIN = "redirect to the city's own account centre"
OWN_OAUTH = "OAuth-shaped redirect to the city's own login"
ACTIVEX = "ActiveX certificate control"
MAINTENANCE_503 = "maintenance page answered with 503"
CODE_BESIDE = "code to scan beside the form"
AUDIO_WIDGET = "verification widget with an audio mode"
NO_IE = "says no IE control is needed"
RUNTIME_500 = "ASP.NET runtime error"
COUNTER = "redirect to a counter notice"
UA_SNIFF = "removes the form unless the browser is IE"
CLICK_CHARS = "click-the-characters CAPTCHA"
APP_PAGE = "app download page"
UNLABELLED = "form without labels"
SMS = "SMS code"
SCRIPT_CODE = "code to scan drawn by script"
MINI_BESIDE = "mini-program named beside the form"
SCHEMA_FAILS = "form schema request fails"
BUILDING = "under construction page"
PUZZLE = "puzzle slider without another way"
IDENTITY_LINK = "link to the province identity"
GATEWAY_502 = "bad gateway from the proxy"
SCRIPT_COUNTER = "script sends the citizen to a counter notice"
COMPAT_VIEW = "compatibility view demanded"
IMAGE_REFRESH = "image CAPTCHA with only another picture"
IMAGE_AUDIO = "image CAPTCHA with a spoken code"
MINI_WORDS = "mini-program named in words only"
APP_BANNER = "app banner above the form"
MODERN = "recommends current browsers"
IE_EDGE = "IE=edge compatibility meta"
CODE_ONLY = "code to scan only"


def _title(item: Item) -> str:
    return f"{item.name} - 网上申报"


def _intro(item: Item) -> str:
    return f'<h1>{escape(item.name)}</h1>\n<p class="dept">实施主体：{escape(item.dept.name)}</p>\n'


def _entry(item: Item) -> str:
    assert item.entry_path
    return item.entry_path


def plain_form(p: PortalBuild, item: Item, shell: Shell, action: str, *, style: str = "stack",
               extra: str = "", kind: str = FORM, head: str = "", note: str = "", labelled: bool = True) -> None:
    form = shell.form(item, action, ident="apply", style=style, extra=extra, labelled=labelled)
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=_intro(item) + form + note, head=head))
    p.accept_post(action)
    p.case(TRAPS, BROKEN, kind, item=item)


def framed(p: PortalBuild, item: Item, shell: Shell, frame: str, action: str, *, titled: bool) -> None:
    """The hall's page frames the department system's form (``titled=False``: axe-core's frame-title)."""
    title = f' title="{escape(item.name)}申报表单"' if titled else ""
    main = _intro(item) + f'<iframe src="{frame}"{title} class="apply-frame" width="100%" height="520"></iframe>\n'
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    form = forms.application_form(item, action, ident="sb", style="table")
    p.page(frame, bare_page(f"{item.name}申报表单", f'<main class="frame-body">{form}</main>'))
    p.accept_post(action)
    p.case(TRAPS, BROKEN, FRAMED, item=item)


def framed_missing(p: PortalBuild, item: Item, shell: Shell, frame: str, *, titled: bool) -> None:
    title = f' title="{escape(item.name)}申报表单"' if titled else ""
    main = _intro(item) + f'<iframe src="{frame}"{title} class="apply-frame" width="100%" height="520"></iframe>\n'
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    p.status(frame, 404)
    p.case(VIOLATIONS, BROKEN, FRAME_404 + ": the department system behind the frame is gone", item=item)


def oauth_identity(p: PortalBuild, item: Item, client_id: str) -> None:
    p.redirect(_entry(item), to="identity", params={"client_id": client_id, "response_type": "code",
                                                     "scope": "user_info"})
    kind = OAUTH_IDENTITY + " (authorize?client_id=…&redirect_uri=…)"
    p.case(TRAPS, SEPARATE, kind, item=item)
    p.case(TRAPS, BROKEN, kind, item=item)


def own_login(p: PortalBuild, item: Item, login: str, back: str) -> None:
    p.redirect(_entry(item), to=login, back=back)
    p.case(VIOLATIONS, SEPARATE, OWN_LOGIN + f" ({login}?{back}=…, with its own registration)", item=item)
    p.case(TRAPS, BROKEN, OWN_LOGIN + ": a login page is a working entry", item=item)


def own_oauth(p: PortalBuild, item: Item, login: str, client_id: str) -> None:
    target = f"{login}?client_id={client_id}&redirect_uri={quote(_entry(item), safe='')}&response_type=code"
    p.redirect(_entry(item), to=target)
    p.case(VIOLATIONS, SEPARATE, OWN_OAUTH + " on the portal's host (looks like the unified one, is not)", item=item)
    p.case(TRAPS, BROKEN, OWN_OAUTH + ": a login page is a working entry", item=item)


def activex(p: PortalBuild, item: Item, shell: Shell, action: str, cab: str) -> None:
    control = (f'<object id="CertSigner" classid="clsid:6F3B2E4A-8C1D-4B7E-9A5F-2D8E4C6B1A37" '
               f'codebase="{cab}#version=3,2,0,15" width="0" height="0"></object>\n'
               '<div class="cert-tip" role="note"><p>本系统须使用IE浏览器办理，并安装数字证书驱动及签名控件。'
               f'首次使用请<a href="{cab}">下载安装证书控件</a>，并将本站加入受信任站点。</p></div>\n')
    script = ('<script>\n(function(){try{var c=new ActiveXObject("CertSigner.Sign");c.Init();}'
              'catch(e){var t=document.querySelector(".cert-tip");if(t){t.className+=" warn";}}})();\n</script>\n')
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=_intro(item) + control
                                    + shell.form(item, action, ident="ca", style="table"), tail=script))
    p.accept_post(action)
    p.case(VIOLATIONS, LEGACY, ACTIVEX + " (<object classid> + .cab, IE only)", path=_entry(item))
    p.case(TRAPS, BROKEN, ACTIVEX + ": the form is shown to any browser", item=item)


def answers(p: PortalBuild, item: Item, status: int, kind: str) -> None:
    """An entry that answers an error status with the portal's page for it."""
    p.status(_entry(item), status)
    p.case(VIOLATIONS, BROKEN, kind, item=item)


def code_beside(p: PortalBuild, item: Item, shell: Shell, action: str, app: str, code: str, apk: str) -> None:
    aside = (f'<aside class="scan-box"><h2>手机扫码办理</h2><img src="{code}" alt="{escape(app)}APP下载二维码" '
             f'width="116" height="116"><p>扫码下载“{escape(app)}”APP，掌上也能办</p>'
             f'<p><a href="{apk}">安卓版下载</a></p></aside>\n')
    plain_form(p, item, shell, action, style="table", note=aside, kind=CODE_BESIDE)
    p.case(TRAPS, APP_ONLY, CODE_BESIDE + ": a web form is there too", path=_entry(item))


def with_captcha(p: PortalBuild, item: Item, shell: Shell, action: str, widget: str, kind: str, *,
                 violation: bool) -> None:
    plain_form(p, item, shell, action, extra=widget, kind=kind)
    p.case(VIOLATIONS if violation else TRAPS, CAPTCHA, kind, path=_entry(item))


def notice_with_form(p: PortalBuild, item: Item, shell: Shell, action: str, notice: str, kind: str, *,
                     rule: str, violation: bool, head: str = "") -> None:
    """A working form with a note about browsers: IE demanded (``violation``) or not."""
    plain_form(p, item, shell, action, extra=f'<div class="browser-note" role="note"><p>{notice}</p></div>\n',
               kind=kind, head=head)
    p.case(VIOLATIONS if violation else TRAPS, rule, kind, path=_entry(item))


def ua_sniff(p: PortalBuild, item: Item, shell: Shell, action: str) -> None:
    script = ("<script>\n(function(){var ua=navigator.userAgent.toLowerCase();"
              "if(ua.indexOf('msie')<0&&ua.indexOf('trident')<0){document.body.innerHTML="
              "'<main class=\"ie-only\"><h1>浏览器不受支持</h1><p>本申报系统仅支持IE8至IE11浏览器，"
              "请使用IE浏览器重新访问。</p></main>';}})();\n</script>\n")
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=_intro(item) + shell.form(
        item, action, ident="ie", style="table"), tail=script))
    p.accept_post(action)
    p.case(VIOLATIONS, LEGACY, UA_SNIFF + " (the form is in the page; a script takes it away from Chromium)",
           path=_entry(item))
    p.case(TRAPS, BROKEN, UA_SNIFF + ": IE 11 is shown the form", item=item)


def app_page(p: PortalBuild, item: Item, shell: Shell, app: str, code: str, apk: str, store: str) -> None:
    main = (_intro(item) + f'<section class="app-only"><h2>本事项已迁移至“{escape(app)}”APP办理</h2>'
            f'<p>电脑端申报通道已关闭，请下载“{escape(app)}”APP，登录后在“办事”栏目搜索本事项。</p>'
            f'<img src="{code}" alt="{escape(app)}APP下载二维码" width="116" height="116">'
            f'<ul class="stores"><li><a href="{apk}">安卓版下载</a></li><li><a href="{store}">App Store下载</a></li>'
            "</ul></section>\n")
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    p.case(VIOLATIONS, APP_ONLY, APP_PAGE + ": code and downloads, no web form", path=_entry(item))
    p.case(TRAPS, BROKEN, APP_PAGE + ": app-only, not broken", item=item)


def script_code(p: PortalBuild, item: Item, shell: Shell, code: str, app: str) -> None:
    main = _intro(item) + '<div id="scan-apply" class="scan-apply" aria-live="polite">正在加载…</div>\n'
    script = ("<script>\n(function(){var box=document.getElementById('scan-apply');box.textContent='';"
              "var img=document.createElement('img');img.src='" + code + "';img.width=116;img.height=116;"
              f"img.alt='{app}扫码办理二维码';var tip=document.createElement('p');"
              f"tip.textContent='本事项请使用“{app}”APP扫描二维码办理';box.appendChild(img);box.appendChild(tip);}})();\n"
              "</script>\n")
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main, tail=script))
    p.case(VIOLATIONS, APP_ONLY, SCRIPT_CODE + ": the page shows only a code to scan", path=_entry(item))
    p.case(TRAPS, BROKEN, SCRIPT_CODE + ": app-only, not broken", item=item)


def code_only(p: PortalBuild, item: Item, shell: Shell, code: str, mini: str) -> None:
    main = (_intro(item) + f'<section class="mini-only"><h2>本事项已整合至“{escape(mini)}”小程序</h2>'
            f'<p>电脑端不再受理，请使用微信扫描下方二维码进入小程序办理。</p>'
            f'<img src="{code}" alt="{escape(mini)}小程序码" width="116" height="116"></section>\n')
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    p.case(VIOLATIONS, APP_ONLY, CODE_ONLY + " (a mini-program code)", path=_entry(item))
    p.case(TRAPS, BROKEN, CODE_ONLY + ": app-only, not broken", item=item)


def mini_words(p: PortalBuild, item: Item, shell: Shell, mini: str) -> None:
    main = (_intro(item) + f'<section class="mini-only"><h2>办理渠道调整</h2><p>本事项已迁移至“{escape(mini)}”'
            f'微信小程序办理：请微信搜索“{escape(mini)}”小程序，进入后选择“{escape(item.name)}”。'
            "电脑端不再提供网上申报。</p></section>\n")
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    p.case(VIOLATIONS, APP_ONLY, MINI_WORDS + " (微信搜索“…”; no form, no code)", path=_entry(item))
    p.case(TRAPS, BROKEN, MINI_WORDS + ": app-only, not broken", item=item)


def mini_beside(p: PortalBuild, item: Item, shell: Shell, action: str, mini: str, code: str) -> None:
    aside = (f'<aside class="mini-box"><img src="{code}" alt="{escape(mini)}小程序码" width="96" height="96">'
             f'<p>也可微信搜索“{escape(mini)}”小程序，在手机上办理</p></aside>\n')
    plain_form(p, item, shell, action, note=aside, kind=MINI_BESIDE)
    p.case(TRAPS, APP_ONLY, MINI_BESIDE + ": a web form is there too", path=_entry(item))


def app_banner(p: PortalBuild, item: Item, shell: Shell, action: str, app: str, logo: str, apk: str) -> None:
    banner = (f'<div class="app-banner"><img src="{logo}" alt="" width="32" height="32">'
              f'<p>下载“{escape(app)}”APP，办事更便捷 <a href="{apk}">立即下载</a></p></div>\n')
    form = shell.form(item, action, ident="yb", style="stack")
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=banner + _intro(item) + form))
    p.accept_post(action)
    p.case(TRAPS, BROKEN, APP_BANNER, item=item)
    p.case(TRAPS, APP_ONLY, APP_BANNER + ": the form is the entry", path=_entry(item))


def schema_fails(p: PortalBuild, item: Item, shell: Shell, schema: str) -> None:
    main = _intro(item) + '<div id="form-root" class="form-root" aria-live="polite">正在加载申报表单…</div>\n'
    script = ("<script>\n(function(){var root=document.getElementById('form-root');"
              f"fetch('{schema}').then(function(r){{if(!r.ok){{throw new Error(r.status);}}return r.json();}})"
              ".then(function(s){root.textContent='';window.renderForm&&window.renderForm(root,s);})"
              ".catch(function(){root.textContent='表单加载失败：该事项暂未配置网上申报表单，请到窗口办理。';});})();\n"
              "</script>\n")
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main, tail=script))
    p.status(schema, 500)
    p.case(VIOLATIONS, BROKEN, SCHEMA_FAILS + " (500), the script leaves a failure notice", item=item)


def building(p: PortalBuild, item: Item, shell: Shell) -> None:
    main = _intro(item) + '<div class="building"><p>网上申报功能正在建设中，敬请期待。</p></div>\n'
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    p.case(VIOLATIONS, BROKEN, BUILDING + " (建设中，敬请期待)", item=item)


def identity_link(p: PortalBuild, item: Item, shell: Shell, client_id: str) -> None:
    href = (f"http://{{{{IDENTITY}}}}/oauth2/authorize?client_id={client_id}&redirect_uri={{{{SELF_Q}}}}"
            "&response_type=code")
    main = (_intro(item) + '<section class="need-login"><h2>请先登录</h2><p>办理本事项需使用盲验省统一身份认证账号登录。</p>'
            f'<p><a class="btn" href="{href}">统一身份认证登录</a></p></section>\n')
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main))
    p.case(TRAPS, SEPARATE, IDENTITY_LINK + ": a button to the unified login", item=item)
    p.case(TRAPS, BROKEN, IDENTITY_LINK + ": a login link is a working entry", item=item)


def script_counter(p: PortalBuild, item: Item, shell: Shell, notice: str) -> None:
    main = _intro(item) + '<p class="jump">正在进入申报系统，请稍候…</p>\n'
    script = f"<script>\nsetTimeout(function(){{location.replace('{notice}');}}, 50);\n</script>\n"
    p.page(_entry(item), shell.page(_title(item), url=_entry(item), main=main, tail=script))
    p.case(VIOLATIONS, BROKEN, SCRIPT_COUNTER + " (location.replace to a 请到窗口办理 page)", item=item)


def counter_redirect(p: PortalBuild, item: Item, notice: str) -> None:
    p.redirect(_entry(item), to=notice)
    p.case(VIOLATIONS, BROKEN, COUNTER + " (an error page telling the citizen to go to a counter)", item=item)


def no_entry_page(title: str, text: str) -> str:
    return bare_page(title, f"<main><h1>{escape(title)}</h1><p>{escape(text)}</p></main>")
