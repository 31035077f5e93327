"""online-entry-broken: a guide's 在线办理 button that does not lead to an application."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.context import LEGACY, FetchFailureRecord, ProbeVisit, stable_page_key
from channel_equity.checks.rule import ItemRule, Scope, Severity
from channel_equity.checks.rules._probes import seen_by, shows_nothing
from channel_equity.checks.rules._text import page_words
from channel_equity.checks.verdict import Basis, Evidence, MessageArg, Verdict

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord, PageRecord
    from channel_equity.checks.phrases import PhraseHit

BROKEN_FAILURE_KINDS = frozenset({"refused", "timeout", "dns", "connection", "http"})
"""Failures that a citizen clicking the entry would meet too; others (robots, too-large,
cancelled …) are the monitor's own limits: a coverage gap, not a finding."""

DEAD_END_CATEGORIES = ("maintenance", "counter_redirect")

LEADS_TO_HTTP_ERROR = "the online entry {url} leads to HTTP {status}"
LEADS_TO_DEAD_END = "the online entry {url} leads to a dead end ({words})"
UNREACHABLE = "the online entry {url} cannot be reached ({error})"
LEADS_TO_NOTHING = "the online entry {url} shows a page with neither an application form nor a login ({final})"
NOT_OPENED = "{count} guide(s): the browser could not open the online entry for a reason a citizen would not meet"
BROWSER_FAILURES = ("ERR_CONNECTION", "ERR_NAME_NOT_RESOLVED", "ERR_ADDRESS_UNREACHABLE", "ERR_TIMED_OUT",
                    "ERR_EMPTY_RESPONSE", "ERR_SSL", "ERR_CERT", "did not finish loading")
"""What Chromium says when a citizen's browser gets no page at all (the probes' ``error``)."""


class OnlineEntryBrokenRule(ItemRule):
    """Fires when a guide offers online handling (an "online" channel, or 是否网办 = 是) with an
    online entry URL, and following that entry in this scan gave an HTTP status ≥ 400, failed
    to connect (refused, timeout, DNS, connection lost), or landed on a page whose visible words
    are a maintenance notice (``maintenance`` phrases) or send the citizen to the counter
    (``counter_redirect`` phrases), after redirects.

    Evidence: the entry page as fetched (URL after redirects, status, hash, snapshot) with the
    status or the phrase in context; for a failed connection, the entry URL and the failure's
    message and time.

    Where a browser probe visited the entry (``probes``), the visit is judged instead of the
    plain fetch, since it is what a citizen meets: script navigation followed (a loading shell
    that a timer sends to a maintenance page), the status of the document finally shown, the
    rendered words, and one more case a fetch cannot see — a page that shows nothing to go on
    with: no form, no field, no button, no login and no link, in Chromium and (when it was
    visited so) as Internet Explorer too. A probe that failed (the browser died twice) falls
    back on the fetch.

    Not findings: an entry never fetched or refused by robots.txt (coverage gaps), an entry
    that asks the citizen to log in (the application may require it), an entry that redirects
    to a working form, a page that works only as Internet Explorer (legacy-browser-required), a
    page that offers only an app or a code to scan (app-only-entry). False-positive risks: a
    transient outage during the scan (the finding resolves on the next good fetch); an
    application page that mentions the counter in its help text in redirect-like words; a page
    whose script builds its form later than the probe waits (a network-idle moment, then half a
    second without navigation).
    """

    id: ClassVar[str] = "online-entry-broken"
    title: ClassVar[str] = "Online entry does not lead to a working application"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface, unconnected systems"
    severity: ClassVar[Severity] = "high"
    basis: ClassVar[Basis] = "measured"  # an HTTP status, a fetch failure, what the entry page shows
    scope: ClassVar[Scope] = "item"
    messages: ClassVar[tuple[str, ...]] = (LEADS_TO_HTTP_ERROR, LEADS_TO_DEAD_END, UNREACHABLE, LEADS_TO_NOTHING)
    not_judged_messages: ClassVar[tuple[str, ...]] = (NOT_OPENED,)
    phrase_categories: ClassVar[tuple[str, ...]] = DEAD_END_CATEGORIES
    highlight_categories: ClassVar[tuple[str, ...]] = DEAD_END_CATEGORIES

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        observation = guide.observation
        url = observation.online_entry_url
        offers_online = "online" in observation.channels or observation.online_available is True
        if not url or not offers_online:
            return
        visit = context.probes.latest(url)
        if visit is not None and visit.done:
            yield from self._judge_visit(guide, visit, context)
            return
        fetched = context.entry_fetch(url)
        if fetched is None:
            return
        if isinstance(fetched, FetchFailureRecord):
            if fetched.kind in BROKEN_FAILURE_KINDS:
                yield self._failed(guide, fetched)
            return
        if fetched.http_status >= 400:
            error = self._on_page(guide, fetched, LEADS_TO_HTTP_ERROR, {"status": fetched.http_status},
                                  f"HTTP {fetched.http_status}")
            yield replace(error, evidence=replace(error.evidence, quoted=False))  # a status, not the page's words
            return
        if guide.page is not None and fetched.page_id == guide.page.page_id:
            return  # the entry is the guide itself: its own words are not a dead end
        hit = self._dead_end(fetched, context)
        if hit is not None:
            yield self._on_page(guide, fetched, LEADS_TO_DEAD_END, {"words": hit.words}, hit.excerpt)

    def _judge_visit(self, guide: GuideRecord, visit: ProbeVisit, context: CheckContext) -> Iterator[Verdict]:
        """The entry as the browser showed it."""
        page = visit.page
        if page is None:
            if visit.error and any(words in visit.error for words in BROWSER_FAILURES):
                yield self._failed(guide, FetchFailureRecord(visit.city_id, visit.target_url, "browser", visit.error,
                                                             None, visit.started_at), visit)
            else:
                context.note_guide_not_judged(self.id, guide.city_id, NOT_OPENED)
            return
        if page.http_status >= 400:
            error = self._on_page(guide, page, LEADS_TO_HTTP_ERROR, {"status": page.http_status},
                                  f"HTTP {page.http_status}")
            yield replace(error, evidence=seen_by(replace(error.evidence, quoted=False), visit))
            return
        if guide.page is not None and stable_page_key(page.final_url) == stable_page_key(guide.page.final_url):
            return  # the entry is the guide itself
        hit = self._dead_end(page, context)
        if hit is not None:
            verdict = self._on_page(guide, page, LEADS_TO_DEAD_END, {"words": hit.words}, hit.excerpt)
            yield replace(verdict, evidence=seen_by(verdict.evidence, visit))
            return
        legacy = context.probes.latest(visit.target_url, LEGACY)
        if shows_nothing(visit) and (legacy is None or not legacy.shown or shows_nothing(legacy)):
            verdict = self._on_page(guide, page, LEADS_TO_NOTHING, {"final": page.final_url},
                                    "no form, field, button, login or link on the page as rendered")
            yield replace(verdict, evidence=seen_by(replace(verdict.evidence, quoted=False), visit))

    @staticmethod
    def _dead_end(page: PageRecord, context: CheckContext) -> PhraseHit | None:
        words = page_words(context.text_of(page)).visible
        for category in DEAD_END_CATEGORIES:
            hit = context.phrases.find(category, words)
            if hit is not None:
                return hit
        return None

    def _on_page(self, guide: GuideRecord, page: PageRecord, template: str, args: dict[str, MessageArg],
                 excerpt: str) -> Verdict:
        verdict = self.verdict(guide, template, {"url": page.url, **args}, excerpt)
        return replace(verdict, evidence=replace(page.evidence(excerpt), basis=verdict.evidence.basis))

    def _failed(self, guide: GuideRecord, failure: FetchFailureRecord, visit: ProbeVisit | None = None) -> Verdict:
        verdict = self.verdict(guide, UNREACHABLE, {"url": failure.url, "error": failure.message}, failure.message)
        evidence = Evidence(failure.url, failure.at, failure.http_status, None, f"{failure.url}: {failure.message}",
                            quoted=False, basis=verdict.evidence.basis)  # what the fetch reported: no page to quote
        if visit is not None:
            evidence = seen_by(evidence, visit)
        return replace(verdict, evidence=evidence)

