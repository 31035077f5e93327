"""app-only-entry: pages that let a citizen apply online only through an app or a QR code."""

from __future__ import annotations

from typing import ClassVar

from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._text import PageSignalRule


class AppOnlyEntryRule(PageSignalRule):
    """Fires once per stored page (status < 400) that says online application is possible
    only in an app, a mini-program or by scanning a code: "仅支持在'XX'APP办理",
    "电脑端暂不支持办理，请使用手机扫码", "一律通过XX APP办理" (``app_only`` phrases).

    Evidence: the page (URL, status, hash, snapshot); the excerpt is the phrase in context.

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
    message_template: ClassVar[str] = "{url} offers online application only through an app: {words}"
