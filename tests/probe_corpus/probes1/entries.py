"""Online entries: what each kind of entry page shows, how the server treats its path, which cases it plants.

A portal lists its guides with an ``entry_kind`` each; this module turns the kind into the page
body (wrapped by the portal in its own shell), the dynamic behaviour (redirects, error statuses,
delays) and the truth entries. Conventions, also in the README:

* an entry shown as a code to scan or an app to download is ``app-only-entry``, not
  ``online-entry-broken`` (it has links, and a citizen can apply, on a phone);
* a page that turns Chromium away but shows Internet Explorer a form is
  ``legacy-browser-required``, not broken;
* a login page (the city's own or the province's) is a working entry: a citizen can go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from tests.probe_corpus.probes1 import forms
from tests.probe_corpus.probes1.model import Guide

ENTRY_KINDS = (
    "form", "form_sms", "form_captcha", "form_captcha_refresh", "form_captcha_audio", "form_slider", "form_qr",
    "unified_redirect", "unified_form", "own_login_form", "own_login_redirect",
    "app_only", "mini_only", "activex", "ua_sniff",
    "status_404", "status_500", "dead_redirect", "maintenance", "counter_only", "script_maintenance", "blank_spa",
)

SLOW = 2.5  # an entry delayed at least this long is a slow-page case; one delayed less than 1.5 s a trap

BROKEN = "online-entry-broken"
# kind -> [(violation?, rule, what the case is)]
CASES: dict[str, list[tuple[bool, str, str]]] = {
    "form": [(False, BROKEN, "working web form")],
    "form_sms": [(False, "captcha-no-alternative", "SMS code field (获取短信验证码), no picture to read")],
    "form_captcha": [(True, "captcha-no-alternative", "image CAPTCHA on the application form, no audio alternative")],
    "form_captcha_refresh": [(True, "captcha-no-alternative",
                              "image CAPTCHA whose only other choice is another picture (换一张)")],
    "form_captcha_audio": [(False, "captcha-no-alternative", "image CAPTCHA with a 语音验证码 (audio) alternative")],
    "form_slider": [(True, "captcha-no-alternative", "slider (drag the puzzle piece) CAPTCHA, no alternative")],
    "form_qr": [(False, "app-only-entry", "QR code beside a working web form")],
    "unified_redirect": [(False, "separate-login", "redirect to the province identity service's login"),
                         (False, BROKEN, "redirect to the identity service, which shows a login form")],
    "unified_form": [(False, "separate-login", "login form on the portal posting to the identity service's host"),
                     (False, BROKEN, "login form of the province identity service")],
    "own_login_form": [(True, "separate-login", "login form of the city's own account system (本系统用户注册)"),
                       (False, "captcha-no-alternative", "SMS code on the city's own login form"),
                       (False, BROKEN, "login page (of the wrong system, but working)")],
    "own_login_redirect": [(True, "separate-login", "redirect to the portal's own login page (本系统用户注册)"),
                           (False, BROKEN, "redirect to a working (own) login page")],
    "app_only": [(True, "app-only-entry", "QR code and app downloads only, no web form"),
                 (False, BROKEN, "app-only page with download links (app-only-entry, not broken)")],
    "mini_only": [(True, "app-only-entry", "mini-program code to scan only, no web form"),
                  (False, BROKEN, "code-to-scan page (app-only-entry, not broken)")],
    "activex": [(True, "legacy-browser-required", "<object classid> ActiveX certificate control; IE demanded")],
    "ua_sniff": [(True, "legacy-browser-required", "script shows the form to MSIE/Trident user agents only"),
                 (False, BROKEN, "Chromium turned away, IE shown a form (legacy, not broken)")],
    "status_404": [(True, BROKEN, "entry answers 404")],
    "status_500": [(True, BROKEN, "entry answers 500")],
    "dead_redirect": [(True, BROKEN, "entry redirects to a retired system that answers 404")],
    "maintenance": [(True, BROKEN, "maintenance page (系统维护中), status 200")],
    "counter_only": [(True, BROKEN, "page telling the citizen to apply at the counter instead")],
    "script_maintenance": [(True, BROKEN, "form replaced by a maintenance notice by script after load")],
    "blank_spa": [(True, BROKEN, "blank page: its script bundles answer 404, nothing renders")],
}
ITEM_RULES = frozenset({BROKEN, "separate-login"})


@dataclass
class EntrySite:
    """What one portal's entry pages share: layout, its own paths, the pictures and apps it offers."""

    city_id: str
    form_style: str
    submit_action: str
    submit_text: str
    captcha_src: str = ""
    app_name: str = ""
    app_qr: str = ""
    app_downloads: list[tuple[str, str]] = field(default_factory=list)
    mini_name: str = ""
    mini_qr: str = ""
    own_login_path: str = ""
    own_login_action: str = ""
    register_path: str = ""
    dead_target: str = ""
    spa_bundles: tuple[str, ...] = ()
    status_json: str = ""
    slider_pictures: tuple[str, str] = ("", "")
    activex_codebase: str = ""
    counter_place: str = ""


def _verification_rows(kind: str, site: EntrySite) -> tuple[forms.Row, ...]:
    if kind == "form_sms":
        return (forms.sms_row(),)
    if kind == "form_captcha":
        return (forms.image_captcha_row(site.captcha_src),)
    if kind == "form_captcha_refresh":
        return (forms.image_captcha_row(site.captcha_src, forms.REFRESH),)
    if kind == "form_captcha_audio":
        return (forms.image_captcha_row(site.captcha_src, forms.AUDIO),)
    if kind == "form_slider":
        return (forms.slider_block(*site.slider_pictures),)
    return ()


def _form(guide: Guide, site: EntrySite, kind: str = "form") -> str:
    return forms.application_form(site.submit_action, guide.code, site.form_style, site.submit_text,
                                  _verification_rows(kind, site))


def own_login_body(site: EntrySite, back: tuple[str, str] | None, with_sms: bool) -> str:
    """The city's own account system: its login form and its own registration."""
    return ('<section class="login-box"><h2>用户登录</h2>'
            + forms.login_form(site.own_login_action, site.form_style, back, with_sms)
            + f'<p class="login-links"><a href="{site.register_path}">本系统用户注册</a></p>'
            '<p class="field-tip">首次使用本系统的用户，请先注册本系统账号，注册成功后方可进行网上申报。</p></section>')


def _app_only(site: EntrySite) -> str:
    links = " ".join(f'<a href="{path}">{escape(text)}</a>' for text, path in site.app_downloads)
    return ('<section class="mobile-only"><h2>请使用手机办理</h2>'
            f'<p>本事项已迁移至“{escape(site.app_name)}”APP办理。请使用手机扫描下方二维码下载APP，'
            '登录后在“办事”频道搜索本事项提交申请。</p>'
            f'<p><img src="{site.app_qr}" alt="{escape(site.app_name)}APP下载二维码" width="116" height="116"></p>'
            f'<p class="download-links">{links}</p></section>')


def _mini_only(site: EntrySite) -> str:
    return ('<section class="mobile-only"><h2>扫码办理</h2>'
            f'<p>电脑端暂不提供本事项的申报功能。请打开微信“扫一扫”，扫描下方小程序码，进入“{escape(site.mini_name)}”'
            '小程序完成申报。</p>'
            f'<p><img src="{site.mini_qr}" alt="{escape(site.mini_name)}小程序码" width="116" height="116"></p></section>')


def _form_qr(guide: Guide, site: EntrySite) -> str:
    return ('<div class="apply-with-scan"><div class="apply-main">' + _form(guide, site) + "</div>"
            '<aside class="scan-box"><h2>也可手机办理</h2>'
            f'<img src="{site.mini_qr}" alt="{escape(site.mini_name)}小程序码" width="116" height="116">'
            f'<p>使用手机扫码进入“{escape(site.mini_name)}”小程序，同样可以办理本事项。</p></aside></div>')


def _activex(guide: Guide, site: EntrySite) -> str:
    return ('<object id="certSigner" classid="clsid:7A3C5E91-2B4D-4F60-9E1A-C8D2B6F40E17" '
            f'codebase="{site.activex_codebase}#version=3,0,2,14" width="1" height="1" title="数字证书签名控件"></object>'
            '<div class="legacy-tip" id="ctrlTip"><p>本系统使用数字证书签名控件提交申请材料。请使用IE浏览器（IE8及以上）访问，'
            '并在浏览器提示时选择“允许运行ActiveX控件”；其他浏览器无法完成签名提交。</p></div>'
            + _form(guide, site)
            + "<script>\n(function () {\n  var ctrl = document.getElementById('certSigner');\n"
              "  try { ctrl.GetSignVersion(); } catch (e) {\n"
              "    document.getElementById('ctrlTip').insertAdjacentHTML('beforeend',\n"
              "      '<p class=\"warn\">未检测到数字证书签名控件，请使用IE浏览器并安装控件后刷新本页。</p>');\n"
              "  }\n})();\n</script>")


def _ua_sniff(guide: Guide, site: EntrySite) -> str:
    form_html = _form(guide, site).replace("\\", "\\\\").replace("'", "\\'").replace("</", "<\\/")
    return ('<div id="applyArea"><p>正在检测浏览器……</p></div>'
            "<script>\n(function () {\n  var agent = navigator.userAgent.toLowerCase();\n"
            "  var oldIe = agent.indexOf('msie ') > -1 || agent.indexOf('trident/') > -1;\n"
            "  var area = document.getElementById('applyArea');\n"
            f"  if (oldIe) {{\n    area.innerHTML = '{form_html}';\n  }} else {{\n"
            "    area.innerHTML = '<p class=\"warn\">检测到您的浏览器不受支持。本申报系统仅支持IE8及以上版本浏览器'\n"
            "      + '（使用360等双核浏览器时请切换到兼容模式），请更换浏览器后重新打开本页面。</p>';\n"
            "  }\n})();\n</script>")


def _script_maintenance(guide: Guide, site: EntrySite) -> str:
    return (_form(guide, site)
            + "<script>\n(function () {\n  var request = new XMLHttpRequest();\n"
              f"  request.open('GET', '{site.status_json}?t=' + new Date().getTime());\n"
              "  request.onload = function () {\n    var state = JSON.parse(request.responseText);\n"
              "    if (state.status !== 'RUNNING') {\n      document.title = state.title;\n"
              "      document.body.innerHTML = '<main class=\"notice\"><h1>' + state.title + '</h1><p>'\n"
              "        + state.message + '</p></main>';\n    }\n  };\n  request.send();\n})();\n</script>")


STATUS_JSON = {"status": "MAINTENANCE", "title": "系统升级维护中",
               "message": "为进一步提升系统的安全稳定性，网上申报系统正在升级维护，维护期间暂停受理网上申请，敬请谅解。"}


def entry_body(guide: Guide, site: EntrySite) -> str | None:
    """The page body of an entry that has a page of its own; None for redirects, error statuses and blank shells."""
    kind = guide.entry_kind
    if kind in ("form", "form_sms", "form_captcha", "form_captcha_refresh", "form_captcha_audio", "form_slider"):
        body = _form(guide, site, kind)
        return body + (forms.SLIDER_SCRIPT if kind == "form_slider" else "")
    simple = {
        "form_qr": lambda: _form_qr(guide, site),
        "app_only": lambda: _app_only(site),
        "mini_only": lambda: _mini_only(site),
        "activex": lambda: _activex(guide, site),
        "ua_sniff": lambda: _ua_sniff(guide, site),
        "script_maintenance": lambda: _script_maintenance(guide, site),
        "own_login_form": lambda: own_login_body(site, ("redirect", guide.entry_path or ""), with_sms=True),
        "unified_form": lambda: (
            '<section class="login-box"><h2>请登录后办理</h2><p>本系统已接入盲测省统一身份认证平台，'
            '请使用统一身份认证账号登录后继续申报。</p>'
            + forms.login_form("http://{{IDENTITY}}/sso/login?service={{SELF_Q}}", site.form_style, None, False)
            + '<p class="login-links"><a href="http://{{IDENTITY}}/sso/register.html">注册统一身份认证账号</a></p>'
              "</section>"),
        "maintenance": lambda: (
            '<section class="notice"><h2>系统维护中</h2><p>为提升服务质量，网上申报系统正在进行升级维护，'
            '维护期间暂停受理网上申请。由此给您带来的不便，敬请谅解。</p></section>'),
        "counter_only": lambda: (
            '<section class="notice"><h2>温馨提示</h2><p>本事项暂不支持网上申请。请申请人携带全部申请材料原件，'
            f'到{escape(site.counter_place)}现场办理。</p><p>办理时间：工作日上午9:00—12:00，下午13:30—17:00。</p></section>'),
    }
    return simple[kind]() if kind in simple else None


def blank_shell(title: str, site: EntrySite) -> str:
    """A single-page app's empty shell whose bundles never arrive."""
    scripts = "".join(f'<script src="{path}"></script>' for path in site.spa_bundles)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"></head>'
            f'<body><noscript>请开启浏览器的JavaScript功能后使用本系统。</noscript><div id="app"></div>{scripts}</body></html>')


def entry_behaviour(guide: Guide, site: EntrySite, behaviour: dict[str, Any]) -> None:
    """Add what the server must do for this entry (redirects, statuses, delays) to ``behaviour``."""
    path, kind = guide.entry_path, guide.entry_kind
    if path is None or kind is None:
        return
    redirects, status = behaviour.setdefault("redirects", {}), behaviour.setdefault("status", {})
    if kind == "unified_redirect":
        redirects[path] = {"to": "identity"}
    elif kind == "own_login_redirect":
        redirects[path] = {"to": site.own_login_path, "back": "returnUrl"}
    elif kind == "dead_redirect":
        redirects[path] = {"to": site.dead_target}
        status[site.dead_target] = 404
    elif kind in ("status_404", "status_500"):
        status[path] = int(kind[-3:])
    elif kind == "blank_spa":
        for bundle in site.spa_bundles:
            status[bundle] = 404
    if guide.entry_delay:
        behaviour.setdefault("delays", {})[path] = guide.entry_delay


def case(rule: str, city: str, kind: str, *, item_code: str | None = None, path: str | None = None,
         dimension: str | None = None) -> dict[str, Any]:
    return {"rule": rule, "city": city, "item_code": item_code, "path": path, "dimension": dimension, "kind": kind}


def entry_cases(guide: Guide) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The violations and traps one entry plants."""
    violations: list[dict[str, Any]] = []
    traps: list[dict[str, Any]] = []
    if guide.entry_kind is None:
        return violations, traps
    city = guide.city.id
    for is_violation, rule, kind in CASES[guide.entry_kind]:
        where = {"item_code": guide.code} if rule in ITEM_RULES else {"path": guide.entry_path}
        (violations if is_violation else traps).append(case(rule, city, kind, **where))
    if guide.entry_delay >= SLOW:
        violations.append(case("slow-page", city, f"entry page answers in {guide.entry_delay} s",
                               path=guide.entry_path))
    elif guide.entry_delay:
        traps.append(case("slow-page", city, f"entry page answers in {guide.entry_delay} s (under the threshold)",
                          path=guide.entry_path))
    return violations, traps
