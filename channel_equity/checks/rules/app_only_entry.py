"""app-only-entry: pages that let a citizen apply online only through an app or a QR code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from channel_equity.checks.context import CHROMIUM
from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._text import PageSignalRule, ProbeSignal, page_words
from channel_equity.checks.verdict import terms
from channel_equity.crawler.probes.facts import offers_way_on

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, PageRecord
    from channel_equity.checks.phrases import PhraseHit

WAY_ON = re.compile(r"<(?:form|input|textarea|select|button)\b|<a\b[^>]*\bhref\s*=\s*[\"']?(?!#|javascript:)[^\"'\s>]",
                    re.I)
"""Markup a citizen could go on with on a web page: a form, a field, a button, a link."""
ONLY_APP_EXCERPT = "a code to scan or an app download, and no form, field, button, login or other link"
ONLY_APP_WORDS = "only a code to scan or an app to download"


class AppOnlyEntryRule(PageSignalRule):
    """Fires once per portal, counting its stored pages (status < 400) that say online
    application is possible only in an app, a mini-program or by scanning a code:
    "仅支持在'XX'APP办理", "电脑端暂不支持办理，请使用手机扫码", "一律通过XX APP办理"
    (``app_only`` phrases).

    Evidence: the page (URL, status, hash, snapshot); the excerpt is the phrase in context.

    Structurally, where the wording has no 仅/只: a page fetched as a guide's online entry that
    sends the citizen to an app or a code ("请使用手机下载XX APP，扫描下方二维码办理":
    ``app_only_directed`` phrases) and offers no way on in the browser — no form, field, button
    or link at all — is app-only too.

    Not findings: an app offered beside the web channel ("也可下载XX APP办理" — the
    ``app_only_unless`` cues), a site-wide "扫码下载APP" badge, a QR code for following a
    public account or tracking progress — none of them says "only". False-positive risks: an
    exclusive sentence about a *different* step (e.g. "仅支持在APP办理电子证照亮证") reads as the
    application; the rule does not check whether the guide also shows a working web entry.

    Measured by the browser probes too, where a script builds the page: an online entry shown
    as a code to scan or app-download links and nothing else — no form, field, button or login,
    no link but the app's. A code beside a link to a web form is not app-only.
    """

    terms: ClassVar[tuple[str, ...]] = (ONLY_APP_WORDS, ", ")
    id: ClassVar[str] = "app-only-entry"
    title: ClassVar[str] = "Online application only through an app or QR code"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface"
    severity: ClassVar[Severity] = "medium"
    category: ClassVar[str] = "app_only"
    message_template: ClassVar[str] = "{count} page(s) offer online application only through an app, first {url}: {words}"
    phrase_categories: ClassVar[tuple[str, ...]] = ("app_only", "app_only_directed")

    def signal(self, page: PageRecord, context: CheckContext) -> PhraseHit | None:
        hit = super().signal(page, context)
        if hit is not None or page.url not in context.online_entries:
            return hit
        source = context.text_of(page)
        if WAY_ON.search(source):
            return None
        return context.phrases.find("app_only_directed", page_words(source).visible)

    def probe_signals(self, context: CheckContext) -> Iterator[ProbeSignal]:
        """Online entries the browser showed as a code to scan or an app to download and nothing
        else: no form, field, button or login, and no link but the app's (structure, not words)."""
        for url in sorted(context.online_entries):
            visit = context.probes.latest(url, CHROMIUM)
            if visit is None or visit.page is None or not only_app_or_code(visit.facts) or visit.page.http_status >= 400:
                continue
            words = page_words(context.text_of(visit.page)).visible
            hit = context.phrases.find("app_only", words) or context.phrases.find("app_only_directed", words)
            if hit is not None:
                yield ProbeSignal(url, visit.page, hit.excerpt, hit.words, True, visit)
            else:
                yield ProbeSignal(url, visit.page, ONLY_APP_EXCERPT, terms([ONLY_APP_WORDS], ", "), False, visit)


def only_app_or_code(facts: dict[str, Any]) -> bool:
    """A code to scan or an app download, and nothing else a citizen could go on with: no form,
    field, button or login, and no link but the app's — in the page's own content, the site's
    header, menus and footer aside (``content_*`` facts; visits stored before them count every
    link and code on the page)."""
    if "content_links" in facts:
        apps, codes, links = (int(facts.get(key) or 0) for key in ("content_app_links", "content_qr_images",
                                                                     "content_links"))
    else:
        apps, codes, links = len(facts.get("app_links") or []), int(facts.get("qr_images") or 0), int(
            facts.get("links") or 0)
    return (codes > 0 or apps > 0) and not offers_way_on(facts) and links <= apps
