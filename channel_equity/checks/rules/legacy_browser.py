"""legacy-browser-required: pages that demand Internet Explorer, its compatibility mode or ActiveX."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._probes import blocked_in_chromium
from channel_equity.checks.rules._text import PageSignalRule, ProbeSignal
from channel_equity.checks.verdict import terms

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext

BLOCKED_EXCERPT = "Chromium was shown nothing to go on with; Internet Explorer 11 was shown a form"
BLOCKED_WORDS = "the page turns Chromium away and serves Internet Explorer"


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

    Measured by the browser probes too: an online entry that shows Chromium nothing to go on
    with (no form, field, button or login) and shows Internet Explorer 11 (the probes' second
    user agent) a form or a login sniffs the browser and turns modern ones away — listed among
    the portal's pages, with the page Chromium was shown and its screenshot as evidence.
    """

    terms: ClassVar[tuple[str, ...]] = (BLOCKED_WORDS, ", ")
    id: ClassVar[str] = "legacy-browser-required"
    title: ClassVar[str] = "Page demands Internet Explorer, compatibility mode or ActiveX"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface"
    severity: ClassVar[Severity] = "medium"
    category: ClassVar[str] = "legacy_browser"
    message_template: ClassVar[str] = "{count} page(s) demand a legacy browser, first {url}: {words}"
    reads_code: ClassVar[bool] = True  # ActiveX calls and conditional comments are code

    def probe_signals(self, context: CheckContext) -> Iterator[ProbeSignal]:
        """Online entries that sniff the browser: Chromium shown nothing to go on with, Internet
        Explorer (the probes' second visit) a form or a login. The excerpt is the refusal's own
        words when they name the legacy browser, else what the two visits showed."""
        for url in sorted(context.online_entries):
            pair = blocked_in_chromium(context, url)
            page = pair[0].page if pair is not None else None
            if pair is None or page is None:
                continue
            chromium = pair[0]
            hit = self.signal(page, context)
            if hit is not None:
                yield ProbeSignal(url, page, hit.excerpt, hit.words, True, chromium)
            else:
                yield ProbeSignal(url, page, BLOCKED_EXCERPT, terms([BLOCKED_WORDS], ", "), False, chromium)
