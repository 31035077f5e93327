"""Everything the rules of one scan may look at, loaded once from the store.

Rules never query the store themselves: the context is built once (fast bulk reads), so a
rule is a pure function of (observations, policy, thresholds, phrases) and is easy to test.
A rule reads its thresholds through its own declarations (``Rule.threshold_value``). What
reaches back beyond the scan, the portals' attempts over the days before it, is read once
for the window a rule asks (``portal_attempts``), through a loader the runner gives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from channel_equity.checks.verdict import Evidence, MessageArg, format_message
from channel_equity.core.config import MonitorConfig, Policy, StandardItem
from channel_equity.core.coverage import read_share
from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.navigation import is_hash_route
from channel_equity.store.models import MatchMethod
from channel_equity.store.reading import PortalAttempt

if TYPE_CHECKING:
    from channel_equity.checks.phrases import PhraseBook


def page_subject(url: str) -> str:
    """A page's identity across scans: its path and query (the port may change, the page not)."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True)
class PageRecord:
    """A fetched page as evidence (the body stays in the store until a rule needs its text)."""

    page_id: int
    city_id: str
    url: str
    final_url: str
    http_status: int
    fetched_at: datetime
    sha256: str
    detected_encoding: str | None

    def evidence(self, excerpt: str) -> Evidence:
        return Evidence(self.final_url, self.fetched_at, self.http_status, self.sha256, excerpt,
                        snapshot=f"sha256:{self.sha256}")


@dataclass(frozen=True)
class FetchFailureRecord:
    city_id: str
    url: str
    kind: str
    message: str
    http_status: int | None
    at: datetime


@dataclass
class GuideRecord:
    """One observed guide with its page and how it matched the province's standard list."""

    observation_id: int
    city_id: str
    observation: GuideObservation
    page: PageRecord | None
    standard: StandardItem | None = None
    match_method: MatchMethod = "unmatched"
    shares_name: bool = False  # code-less, and another code-less guide of the city has its name

    @property
    def subject(self) -> str:
        """The item's identity from scan to scan: its implementation code, else its name —
        and, when two code-less guides of the city share a name (临时救助审批 of a street office
        and of the city's bureau), its page address too, so that the two never merge."""
        if self.observation.item_code:
            return self.observation.item_code
        name = f"name:{self.observation.name}"
        return f"{name}@{stable_page_key(self.observation.url)}" if self.shares_name else name

    @property
    def standard_code(self) -> str | None:
        return self.standard.code if self.standard else None

    def evidence(self, excerpt: str) -> Evidence:
        if self.page is not None:
            return self.page.evidence(excerpt)
        return Evidence(self.observation.url, None, None, None, excerpt)


VOLATILE_QUERY_KEYS = frozenset({"t", "_", "ts", "timestamp", "time", "rnd", "random", "r", "v", "jsessionid",
                                 "sid", "sessionid", "token", "from", "spm", "source"})
"""Query parameters that change from visit to visit and say nothing of which guide it is."""


def stable_page_key(url: str) -> str:
    """A guide page's address as an identity: path and the query keys that pick the guide,
    sorted, without the host (a portal moves hosts) or visit-to-visit noise (``t=…``); and a
    single-page app's route (``/#/guide/7``), which is the page a browser shows, as the crawler
    fetches it (without it, every guide of such a portal is one page, ``/``)."""
    parts = urlsplit(url)
    path = parts.path.split(";")[0]  # ;jsessionid=…
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in VOLATILE_QUERY_KEYS)
    route = f"#{parts.fragment}" if is_hash_route(url) else ""
    return path + ("?" + urlencode(query) if query else "") + route


def mark_shared_names(guides: list[GuideRecord]) -> None:
    """Flag the code-less guides whose name another code-less guide of the same city has
    (on another page): their identity needs their address."""
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for guide in guides:
        if not guide.observation.item_code:
            pages[guide.city_id, guide.observation.name].add(stable_page_key(guide.observation.url))
    for guide in guides:
        if not guide.observation.item_code:
            guide.shares_name = len(pages[guide.city_id, guide.observation.name]) > 1


@dataclass(frozen=True)
class CityCoverage:
    city_id: str
    status: str  # ok | partial | empty | unreachable
    error: str | None
    portal_url: str
    pages_fetched: int
    items_extracted: int
    stated_total: int | None = None  # the item count the portal's own lists state
    unread_guides: int = 0  # pages that looked like guides but yielded none

    @property
    def read_share(self) -> float | None:
        """Guides read over the items the portal says it lists, capped at 1 (None: it says not)."""
        return read_share(self.items_extracted, self.stated_total)


CHROMIUM = "chromium"
LEGACY = "legacy-ua"
JOURNEY = "journey"


@dataclass(frozen=True)
class ProbeVisit:
    scan_id: int
    city_id: str
    probe: str
    role: str
    variant: str
    target_url: str
    item_code: str | None
    done: bool  # False: the probe itself failed (a gap, never a verdict)
    error: str | None
    final_url: str | None
    http_status: int | None
    redirects: tuple[str, ...]
    facts: dict[str, Any] = field(hash=False)
    timings: dict[str, Any] = field(hash=False)
    started_at: datetime
    page: PageRecord | None
    screenshot: str | None  # "sha256:<hex>" of the stored PNG
    warc: str | None  # "sha256:<hex>" of the stored WARC of the visit

    @property
    def shown(self) -> bool:
        """The browser showed a page (whatever its status)."""
        return self.done and self.page is not None


@dataclass
class ProbeVisits:
    """The visits the rules read, by target and browser identity."""

    visits: list[ProbeVisit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._latest: dict[tuple[str, str], ProbeVisit] = {}
        for visit in sorted(self.visits, key=lambda v: (v.scan_id, v.started_at)):
            self._latest[visit.target_url, visit.variant] = visit

    def latest(self, url: str, variant: str = CHROMIUM) -> ProbeVisit | None:
        return self._latest.get((url, variant))

    def of_city(self, city_id: str) -> list[ProbeVisit]:
        return [visit for visit in self._latest.values() if visit.city_id == city_id]

    def pages(self) -> list[PageRecord]:
        """The pages the visits rendered (evidence a probe finding quotes from)."""
        return [visit.page for visit in self._latest.values() if visit.page is not None]

    def cities(self) -> set[str]:
        return {visit.city_id for visit in self._latest.values()}

    def journeys(self, city_id: str) -> list[ProbeVisit]:
        """The city's citizen journeys of the latest scan that walked any (each night walks
        different items: an older night's journey is not this portal's state)."""
        walked = [v for v in self.visits if v.city_id == city_id and v.variant == JOURNEY]
        latest = max((v.scan_id for v in walked), default=None)
        return sorted((v for v in walked if v.scan_id == latest), key=lambda v: v.started_at)


@dataclass(frozen=True)
class NotJudged:
    """A rule that could not judge a city on this scan, and why: a gap shown in the report's
    coverage page, never read as compliance."""

    rule: str
    city_id: str
    reason: str  # in English; the report shows ``template`` translated, formatted with ``args``
    template: str | None = None
    args: dict[str, MessageArg] | None = None


@dataclass
class CheckContext:
    scan_id: int
    scanned_at: datetime
    config: MonitorConfig
    phrases: PhraseBook
    guides: list[GuideRecord]
    coverage: dict[str, CityCoverage]
    pages: list[PageRecord] = field(default_factory=list)
    failures: list[FetchFailureRecord] = field(default_factory=list)
    page_text_loader: Callable[[PageRecord], str] = lambda page: ""
    # the province's attempts at its portals in the scans started after a time, up to this scan
    attempts_loader: Callable[[datetime], list[PortalAttempt]] = lambda since: []
    # what the browser probes saw: each target's latest visit in the probes' rotation window
    probes: ProbeVisits = field(default_factory=ProbeVisits)

    def __post_init__(self) -> None:
        mark_shared_names(self.guides)
        self.not_judged: list[NotJudged] = []  # filled by the rules as they evaluate
        self._guides_not_judged: Counter[tuple[str, str, str]] = Counter()  # (rule, city, template) -> guides
        self._page_text: dict[int, str] = {}
        self._attempts: dict[float, dict[str, list[PortalAttempt]]] = {}  # days -> city -> attempts
        self.observed_items = {(g.city_id, g.subject) for g in self.guides}
        self.observed_pages = {(p.city_id, page_subject(p.url)) for p in self.pages if p.http_status < 400}
        self.pages_by_url: dict[str, PageRecord] = {}
        for page in self.pages:
            self.pages_by_url.setdefault(page.url, page)
        self.failures_by_url = {failure.url: failure for failure in self.failures}
        # the online-application entries the guides of this scan point to
        self.online_entries = {g.observation.online_entry_url for g in self.guides if g.observation.online_entry_url}
        self.guides_by_city: dict[str, list[GuideRecord]] = defaultdict(list)
        for guide in self.guides:
            self.guides_by_city[guide.city_id].append(guide)

    @property
    def policy(self) -> Policy:
        return self.config.policy

    def text_of(self, page: PageRecord) -> str:
        """The decoded text of a stored page (HTML source as fetched or rendered), cached."""
        text = self._page_text.get(page.page_id)
        if text is None:
            text = self._page_text[page.page_id] = self.page_text_loader(page)
        return text

    def entry_fetch(self, url: str) -> PageRecord | FetchFailureRecord | None:
        """What became of fetching ``url`` (an online entry) in this scan, if it was fetched."""
        return self.pages_by_url.get(url) or self.failures_by_url.get(url)

    def note_not_judged(self, rule: str, city_id: str, template: str, args: dict[str, MessageArg]) -> None:
        """Record that ``rule`` could not judge ``city_id``; the reason is ``template`` (one of the
        rule's ``not_judged_messages``) with ``args``, kept so the report can translate it."""
        self.not_judged.append(NotJudged(rule, city_id, format_message(template, args), template, dict(args)))

    def note_guide_not_judged(self, rule: str, city_id: str, template: str) -> None:
        """Record that ``rule`` could not judge one guide of ``city_id`` for the reason
        ``template`` (formatted with the number of such guides, ``{count}``)."""
        self._guides_not_judged[rule, city_id, template] += 1

    def close_not_judged(self) -> list[NotJudged]:
        """Every gap of the scan, the guides a rule could not judge counted per rule, city and
        reason (called once, after every rule has evaluated)."""
        for (rule, city_id, template), count in sorted(self._guides_not_judged.items()):
            self.note_not_judged(rule, city_id, template, {"count": count})
        self._guides_not_judged.clear()
        return self.not_judged

    def portal_attempts(self, city_id: str, days: float) -> list[PortalAttempt]:
        """The city's portal as the scans of the last ``days`` days found it, oldest first, this
        scan's attempt last (when this scan recorded the city): one attempt per scan."""
        by_city = self._attempts.get(days)
        if by_city is None:
            by_city = self._attempts[days] = defaultdict(list)
            for attempt in self.attempts_loader(self.scanned_at - timedelta(days=days)):
                if attempt.scan_id != self.scan_id and attempt.started_at <= self.scanned_at:
                    by_city[attempt.city_id].append(attempt)
            for coverage in self.coverage.values():
                by_city[coverage.city_id].append(self.portal_attempt(coverage))
        return list(by_city.get(city_id, ()))

    def portal_attempt(self, coverage: CityCoverage) -> PortalAttempt:
        """This scan's attempt at the city's portal: reached, or when and why not."""
        if coverage.status != "unreachable":
            return PortalAttempt(self.scan_id, coverage.city_id, self.scanned_at, self.scanned_at, True,
                                 coverage.portal_url)
        failure = self.failures_by_url.get(coverage.portal_url)
        return PortalAttempt(self.scan_id, coverage.city_id, self.scanned_at,
                             failure.at if failure else self.scanned_at, False, coverage.portal_url,
                             coverage.error, failure.http_status if failure else None)

    def city_reachable(self, city_id: str) -> bool:
        coverage = self.coverage.get(city_id)
        return coverage is not None and coverage.status != "unreachable"

    def city_scanned(self, city_id: str) -> bool:
        return city_id in self.coverage
