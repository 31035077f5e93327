"""legacy-browser-required: pages that demand Internet Explorer, its compatibility mode or ActiveX."""

from __future__ import annotations

from typing import ClassVar

from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._text import PageSignalRule


class LegacyBrowserRule(PageSignalRule):
    """Fires once per portal, counting its stored pages (status < 400) whose visible words or
    scripts demand a legacy browser: "只支持IE浏览器", "请使用IE浏览器", switching to 兼容模式,
    adding the site to 受信任的站点, a USB-key lock IE needs, ActiveX controls,
    ``new ActiveXObject(...)`` in a script, or an ``<!--[if lte IE n]>`` block
    (``legacy_browser`` phrases).

    Evidence: the page (URL, status, hash, snapshot); the excerpt is the phrase in context.

    Not findings (cues in ``legacy_browser_unless`` and ``negation``): modern-browser hints
    ("本系统已不再支持IE浏览器", "推荐使用Chrome、Edge"), a sentence offering a modern browser
    beside IE, conditional-comment polyfills (html5shiv, respond.js) and the old Ajax fallback
    ``new ActiveXObject("Microsoft.XMLHTTP")``. False-positive risks: an ``lte IE`` conditional
    comment that only adds styles for old IE (it serves IE rather than demanding it; kept
    because such portals were built for IE); an IE demand in a script branch the page never
    shows; every page of a portal whose chrome carries the demand is its own finding, which
    is what inspectors count.
    """

    id: ClassVar[str] = "legacy-browser-required"
    title: ClassVar[str] = "Page demands Internet Explorer, compatibility mode or ActiveX"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface"
    severity: ClassVar[Severity] = "medium"
    category: ClassVar[str] = "legacy_browser"
    message_template: ClassVar[str] = "{count} page(s) demand a legacy browser, first {url}: {words}"
    reads_code: ClassVar[bool] = True  # ActiveX calls and conditional comments are code
