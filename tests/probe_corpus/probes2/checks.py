"""probes2's own entry kinds, for ``check.py`` (``ENTRY_CHECKS``) and ``browser_check.py``
(``browser_entry_problem``): what each entry must answer for its cases to be true."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.probe_corpus.check import EntryAnswer, identity_redirect
from tests.probe_corpus.probes2 import entries as e

SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
FIELD = re.compile(r"<(?:textarea|select)\b|<input\b(?![^>]*type=\"(?:hidden|submit|button)\")", re.I)


def fields(body: str) -> int:
    """Fields a citizen fills in (scripts' strings left out)."""
    return len(FIELD.findall(SCRIPT.sub("", body)))


def _ok(a: EntryAnswer) -> bool:
    return a.status == 200


def _form(a: EntryAnswer) -> bool:
    return _ok(a) and fields(a.body) > 0 and any(method == "post" for _, method in a.page.forms)


def _no_form(a: EntryAnswer) -> bool:
    return _ok(a) and fields(a.body) == 0


def _frame(a: EntryAnswer) -> tuple[int, str]:
    found = re.search(r'<iframe src="([^"]+)"', a.body)
    if not found:
        return 0, ""
    status, _, body, _ = a.follow(found.group(1).replace("&amp;", "&"))
    return status, body


def _location(a: EntryAnswer) -> tuple[str, dict[str, str]]:
    location = a.headers.get("Location", "")
    return location, dict(parse_qsl(urlsplit(location).query))


def _login_page(a: EntryAnswer, location: str, *, own: bool) -> bool:
    status, _, body, _ = a.follow(location)
    registration = "注册" in body if own else f'value="{escape(a.url)}"' in body
    return status == 200 and 'type="password"' in body and registration


def _oauth_identity(a: EntryAnswer) -> bool:
    location, params = _location(a)
    return (a.status == 302 and identity_redirect(a.served, location, a.url) and bool(params.get("client_id"))
            and params.get("response_type") == "code" and _login_page(a, location, own=False))


def _own_login(a: EntryAnswer) -> bool:
    location, params = _location(a)
    return a.status == 302 and location.startswith("/") and bool(params) and _login_page(a, location, own=True)


def _own_oauth(a: EntryAnswer) -> bool:
    location, params = _location(a)
    return (a.status == 302 and location.startswith("/") and bool(params.get("client_id"))
            and params.get("redirect_uri") == urlsplit(a.url).path and _login_page(a, location, own=True))


def _counter(a: EntryAnswer) -> bool:
    location, _ = _location(a)
    status, _, body, _ = a.follow(location)
    return a.status == 302 and location.startswith("/") and status == 200 and "窗口" in body and fields(body) == 0


def _script_counter(a: EntryAnswer) -> bool:
    found = re.search(r"location\.replace\('([^']+)'\)", a.body)
    if not (_no_form(a) and found):
        return False
    status, _, body, _ = a.follow(found.group(1))
    return status == 200 and "窗口" in body and fields(body) == 0


def _schema_fails(a: EntryAnswer) -> bool:
    found = re.search(r"fetch\('([^']+)'\)", a.body)
    return _no_form(a) and bool(found) and a.follow(found.group(1) if found else "")[0] == 500


def _script_code(a: EntryAnswer) -> bool:
    found = re.search(r"img\.src='([^']+)'", a.body)
    return (_no_form(a) and not a.page.forms and bool(found) and "createElement('img')" in a.body
            and a.follow(found.group(1) if found else "")[0] == 200)


def _identity_link(a: EntryAnswer) -> bool:
    return _no_form(a) and f"http://{a.served.identity_host}{a.served.identity_login}?client_id=" in a.body


ENTRY_CHECKS: dict[str, Callable[[EntryAnswer], bool]] = {
    e.FORM: _form,
    e.FRAMED: lambda a: _ok(a) and _frame(a)[0] == 200 and 'method="post"' in _frame(a)[1],
    e.FRAME_404: lambda a: _ok(a) and _frame(a)[0] == 404,
    e.OAUTH_IDENTITY: _oauth_identity,
    e.OWN_LOGIN: _own_login,
    e.OWN_OAUTH: _own_oauth,
    e.ACTIVEX: lambda a: _form(a) and a.page.objects == 1 and ".cab#version=" in a.body,
    e.MAINTENANCE_503: lambda a: a.status == 503 and "维护" in a.body and fields(a.body) == 0,
    e.CODE_BESIDE: lambda a: _form(a) and len(a.page.images) >= 1 and ".apk" in a.body,
    e.AUDIO_WIDGET: lambda a: _form(a) and "语音" in a.body,
    e.NO_IE: lambda a: _form(a) and "无需安装IE控件" in a.body and a.page.objects == 0,
    e.RUNTIME_500: lambda a: a.status == 500 and "运行时错误" in a.body,
    e.COUNTER: _counter,
    e.UA_SNIFF: lambda a: _form(a) and "trident" in a.body.lower() and "document.body.innerHTML" in a.body,
    e.CLICK_CHARS: lambda a: _form(a) and "依次点击" in a.body and "语音" not in a.body,
    e.APP_PAGE: lambda a: _no_form(a) and len(a.page.images) >= 2 and ".apk" in a.body,
    e.UNLABELLED: lambda a: _form(a) and "<label" not in a.body,
    e.SMS: lambda a: _form(a) and "获取短信验证码" in a.body and "验证码图片" not in a.body and "拼图" not in a.body,
    e.SCRIPT_CODE: _script_code,
    e.MINI_BESIDE: lambda a: _form(a) and "微信搜索" in a.body,
    e.SCHEMA_FAILS: _schema_fails,
    e.BUILDING: lambda a: _no_form(a) and "建设中" in a.body,
    e.PUZZLE: lambda a: _form(a) and "拼图" in a.body and "语音" not in a.body,
    e.IDENTITY_LINK: _identity_link,
    e.GATEWAY_502: lambda a: a.status == 502,
    e.SCRIPT_COUNTER: _script_counter,
    e.COMPAT_VIEW: lambda a: _form(a) and "IE=EmulateIE" in a.body and "兼容性视图" in a.body,
    e.IMAGE_REFRESH: lambda a: _form(a) and "验证码图片" in a.body and "换一张" in a.body and "语音" not in a.body,
    e.IMAGE_AUDIO: lambda a: _form(a) and "验证码图片" in a.body and "语音" in a.body,
    e.MINI_WORDS: lambda a: _no_form(a) and not a.page.images and "微信搜索" in a.body,
    e.APP_BANNER: lambda a: _form(a) and ".apk" in a.body,
    e.MODERN: lambda a: _form(a) and "推荐使用" in a.body and "IE" in a.body,
    e.CODE_ONLY: lambda a: _no_form(a) and len(a.page.images) >= 2 and "小程序" in a.body,
    e.IE_EDGE: lambda a: _ok(a) and 'content="IE=edge"' in a.body,
}


def browser_entry_problem(chromium: Any, legacy: Any, url: str, kind: str) -> str | None:
    """What Chromium (or the IE user agent) is shown of a script-driven entry, if it is not what the kind says."""
    text = chromium.inner_text("body")
    fillable = "main input:not([type=hidden]):not([type=submit]), #content input:not([type=hidden]):not([type=submit])"
    if e.UA_SNIFF in kind:
        legacy.goto(url, wait_until="load")
        if chromium.locator(fillable).count() or not legacy.locator(fillable).count():
            return "the sniffer does not take the form from Chromium only"
    if e.SCRIPT_CODE in kind and chromium.locator("#scan-apply img").count() != 1:
        return "no code drawn by the script"
    if e.SCHEMA_FAILS in kind:
        chromium.wait_for_timeout(500)
        text = chromium.inner_text("body")
    if e.SCHEMA_FAILS in kind and ("表单加载失败" not in text or chromium.locator(fillable).count()):
        return "the failure notice is not shown"
    if e.SCRIPT_COUNTER in kind:
        chromium.wait_for_timeout(300)
        if chromium.url == url or "窗口" not in chromium.inner_text("body"):
            return f"the script did not move on to the counter notice ({chromium.url})"
    if e.FRAMED in kind and (len(chromium.frames) < 2 or not chromium.frames[1].locator("form").count()):
        return "the frame shows no form"
    if e.FRAME_404 in kind and (len(chromium.frames) < 2 or "404" not in chromium.frames[1].inner_text("body")):
        return "the frame does not show the 404 page"
    return None
