"""app-only-entry: pages that let a citizen apply online only through an app or a QR code."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._text import PageSignalRule, page_words

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, PageRecord
    from channel_equity.checks.phrases import PhraseHit

WAY_ON = re.compile(r"<(?:form|input|textarea|select|button)\b|<a\b[^>]*\bhref\s*=\s*[\"']?(?!#|javascript:)[^\"'\s>]",
                    re.I)
"""Markup a citizen could go on with on a web page: a form, a field, a button, a link."""


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
    """

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
