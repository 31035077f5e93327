"""What a run's notification says, read from the store: per city, the findings the scan opened,
reopened and resolved (its ``finding_events``), the open findings standing, the city's coverage,
and open complaints once something records them.

Read from the store rather than from the run's in-memory counts so that the per-city split
exists (the check counts the province as a whole) and so that any stored scan can be told
again (``notify-test --latest``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from channel_equity.core.config import LoadedConfig
from channel_equity.reports.views import severity_rank
from channel_equity.store import reading
from channel_equity.store.models import Finding, FindingEvent, ScanCity
from channel_equity.store.session import Store

OPEN_STATUSES = ("open", "reopened")
NOT_SCANNED = "missing"  # a configured city with no coverage record in the scan (the report's word too)


@dataclass(frozen=True)
class FindingLine:
    """One finding as a message lists it: its rule and what it is about."""

    rule: str
    severity: str
    item_name: str | None
    item_code: str | None
    subject: str
    dimension: str | None

    def sort_key(self) -> tuple[int, str, str, str]:
        return severity_rank(self.severity), self.rule, self.item_code or self.subject, self.dimension or ""


@dataclass(frozen=True)
class OpenComplaint:
    """A citizen's complaint still open, as a message lists it. Nothing records complaints yet:
    the ``complaint`` commands will pass a :data:`ComplaintSource` reading their table."""

    city_id: str
    reference: str  # the complaint's number or id as inspectors quote it
    summary: str  # e.g. the item complained about
    opened: datetime | None = None


ComplaintSource = Callable[[Store], Sequence[OpenComplaint]]
"""The open complaints in the store, every city's; ``None`` in place of one: not tracked (the
message then has no complaints section at all, rather than claiming there are none)."""


@dataclass
class CityDigest:
    city_id: str
    name: str
    status: str  # the scan's coverage status: ok, partial, empty, unreachable, or missing (not scanned)
    error: str | None = None
    pages_fetched: int = 0
    items_extracted: int = 0
    stated_total: int | None = None
    opened: list[FindingLine] = field(default_factory=list)
    reopened: list[FindingLine] = field(default_factory=list)
    resolved: list[FindingLine] = field(default_factory=list)
    open_now: int = 0
    complaints: list[OpenComplaint] = field(default_factory=list)

    @property
    def is_gap(self) -> bool:
        """Not fully read: its silence is no compliance."""
        return self.status != "ok"

    @property
    def changed(self) -> bool:
        return bool(self.opened or self.reopened or self.resolved)


@dataclass
class RunDigest:
    province_id: str
    province_name: str
    scan_id: int
    scanned_at: datetime | None
    report: str | None  # the report's URL or local path
    cities: list[CityDigest]
    timezone: str  # the config's: the message shows times on the province's clock, as the report does
    complaints_tracked: bool = False

    def total(self, kind: str) -> int:
        return sum(len(getattr(city, kind)) for city in self.cities)

    @property
    def gaps(self) -> list[CityDigest]:
        return [city for city in self.cities if city.is_gap]

    @property
    def has_changes(self) -> bool:
        """Worth a message under ``when: changes``: findings moved, or some portal went unread."""
        return any(city.changed for city in self.cities) or bool(self.gaps)


def scan_events(store: Store, scan_id: int) -> dict[str, dict[str, list[FindingLine]]]:
    """City id -> event kind -> the findings that event happened to in the scan. A finding
    with several events in one scan (``check`` run again after a threshold changed) counts by
    its last: what the scan did to it in the end."""
    query = (
        select(FindingEvent.finding_id, FindingEvent.event, Finding.city_id, Finding.rule, Finding.severity,
               Finding.item_name, Finding.item_code, Finding.subject, Finding.dimension)
        .join(Finding, Finding.id == FindingEvent.finding_id)
        .where(FindingEvent.scan_id == scan_id)
        .order_by(FindingEvent.id)
    )
    last: dict[int, tuple[str, str, FindingLine]] = {}
    with store.session() as session:
        for row in session.execute(query):
            line = FindingLine(row.rule, row.severity, row.item_name, row.item_code, row.subject, row.dimension)
            last[row.finding_id] = (row.city_id, row.event, line)
    events: dict[str, dict[str, list[FindingLine]]] = {}
    for city_id, event, line in last.values():
        events.setdefault(city_id, {}).setdefault(event, []).append(line)
    for kinds in events.values():
        for lines in kinds.values():
            lines.sort(key=FindingLine.sort_key)
    return events


def open_counts(store: Store) -> dict[str, int]:
    """City id -> findings standing open (open or reopened) now."""
    query = (select(Finding.city_id, func.count()).where(Finding.status.in_(OPEN_STATUSES))
             .group_by(Finding.city_id))
    with store.session() as session:
        return {city_id: count for city_id, count in session.execute(query)}


def city_digest(city_id: str, name: str, coverage: ScanCity | None) -> CityDigest:
    if coverage is None:
        return CityDigest(city_id, name, NOT_SCANNED)
    return CityDigest(city_id, name, coverage.status, coverage.error, coverage.pages_fetched,
                      coverage.items_extracted, coverage.stated_total)


def build_digest(loaded: LoadedConfig, store: Store, scan_id: int, report: str | None,
                 complaints: ComplaintSource | None = None) -> RunDigest:
    """The digest of scan ``scan_id``: every configured city (in the config's order), then any
    city the scan or its findings name that the config no longer does."""
    monitor = loaded.monitor
    coverage = {row.city_id: row for row in reading.city_results(store, scan_id)}
    events = scan_events(store, scan_id)
    standing = open_counts(store)
    names = {city.id: city.name for city in monitor.cities}
    city_ids = list(names) + sorted((set(coverage) | set(events)) - set(names))
    cities = []
    for city_id in city_ids:
        city = city_digest(city_id, names.get(city_id, city_id), coverage.get(city_id))
        kinds = events.get(city_id, {})
        city.opened, city.reopened, city.resolved = (kinds.get(k, []) for k in ("opened", "reopened", "resolved"))
        city.open_now = standing.get(city_id, 0)
        cities.append(city)
    if complaints is not None:
        by_city = {city.city_id: city for city in cities}
        for complaint in complaints(store):
            if complaint.city_id in by_city:
                by_city[complaint.city_id].complaints.append(complaint)
    scan = reading.get_scan(store, scan_id)
    return RunDigest(monitor.province.id, monitor.province.name, scan_id, scan.started_at if scan else None,
                     report, cities, monitor.timezone, complaints_tracked=complaints is not None)
