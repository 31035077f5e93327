"""What the report shows, read from the store for one scan and its history.

:func:`load_report` does every read the report needs, in a few bulk queries, and replays
the findings' lifecycle over the scan history (what stood open after each scan, what each
scan opened and resolved). :mod:`channel_equity.reports.views` turns the result into translated view
objects; templates only present those.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from channel_equity.checks.phrases import PhraseBook, PhraseError, load_phrase_book
from channel_equity.core.config import LoadedConfig, MonitorConfig
from channel_equity.core.labels import default_lexicon
from channel_equity.reports import queries
from channel_equity.store import reading
from channel_equity.store.models import (
    FetchError,
    Finding,
    FindingEvent,
    NotJudgedRecord,
    Page,
    Scan,
    ScanCity,
    TriageEvent,
)
from channel_equity.store.session import Store
from channel_equity.store.triage import decisions_by_finding

OPEN_EVENTS = ("opened", "reopened")


@dataclass(frozen=True)
class ScanChange:
    """What one scan of the history changed: findings opened or reopened, findings resolved."""

    scan: Scan
    open_after: int
    new: int
    resolved: int


@dataclass
class ReportData:
    """Everything the report shows, as read from the store for one scan."""

    province_name: str
    config: MonitorConfig
    scan: Scan
    history: list[Scan]
    city_names: dict[str, str]
    results: list[ScanCity]
    errors: list[FetchError]
    figures: dict[str, queries.CityFigures]
    channels: dict[str, list[queries.ChannelRow]]
    unmatched: dict[str, list[queries.UnmatchedItem]]
    changes: list[ScanChange]  # one per scan of ``history``
    open_ids: set[int]
    new_ids: list[int]
    resolved_ids: list[int]
    findings: dict[int, Finding]
    events: dict[int, list[FindingEvent]]
    phrases: PhraseBook | None
    not_judged: list[NotJudgedRecord] = field(default_factory=list)
    unread_guides: list[Page] = field(default_factory=list)
    unknown_labels: dict[str, list[queries.UnknownLabel]] = field(default_factory=dict)
    triage: dict[int, list[TriageEvent]] = field(default_factory=dict)  # finding id -> decisions, oldest first
    dismissed_ids: set[int] = field(default_factory=set)  # findings whose latest decision is a dismissal

    @property
    def previous_scan(self) -> Scan | None:
        return self.history[-2] if len(self.history) > 1 else None

    @property
    def open_counts(self) -> list[int]:
        return [change.open_after for change in self.changes]


def _phrase_book(config: MonitorConfig) -> PhraseBook | None:
    """The lexicon the checks read with, to find the triggering words again; a lexicon that
    cannot be loaded only costs the highlighting (``check`` reports the error itself)."""
    try:
        return load_phrase_book(config.phrases)
    except PhraseError:
        return None


def _label_knowledge(config: MonitorConfig) -> Callable[[str, str], bool]:
    """Whether the lexicon a city was read with (the default plus its ``extraction.labels``)
    knows a label."""
    lexicon = default_lexicon()
    by_city = {city.id: lexicon.extended(city.extraction.labels) for city in config.cities}
    return lambda city_id, label: by_city.get(city_id, lexicon).knows(label)


def load_report(loaded: LoadedConfig, store: Store, scan: Scan) -> ReportData:
    """Read one scan, its predecessors and the findings standing after it."""
    history = queries.scans_up_to(store, scan)
    triage = decisions_by_finding(store)
    dismissed = {finding_id for finding_id, events in triage.items() if events[-1].action == "dismiss"}
    by_scan: dict[int | None, list[FindingEvent]] = {}
    for event in queries.finding_events(store, [row.id for row in history]):
        if event.finding_id not in dismissed:  # an inspector's dismissal takes it out of every count
            by_scan.setdefault(event.scan_id, []).append(event)
    open_ids: set[int] = set()
    changes: list[ScanChange] = []
    for row in history:  # replay the lifecycle: what stood open after each scan
        kinds: Counter[str] = Counter()
        for event in by_scan.get(row.id, []):
            (open_ids.add if event.event in OPEN_EVENTS else open_ids.discard)(event.finding_id)
            kinds[event.event] += 1
        changes.append(ScanChange(row, len(open_ids), kinds["opened"] + kinds["reopened"], kinds["resolved"]))
    current = by_scan.get(scan.id, [])
    new_ids = [event.finding_id for event in current if event.event in OPEN_EVENTS]
    resolved_ids = [event.finding_id for event in current if event.event == "resolved"]
    shown = open_ids | set(new_ids) | set(resolved_ids) | dismissed
    channels: dict[str, list[queries.ChannelRow]] = {}
    for channel_row in queries.channel_rows(store, scan.id):
        channels.setdefault(channel_row.city_id, []).append(channel_row)
    monitor = loaded.monitor
    return ReportData(
        province_name=monitor.province.name,
        config=monitor,
        scan=scan,
        history=history,
        city_names={city.id: city.name for city in monitor.cities},
        results=reading.city_results(store, scan.id),
        errors=reading.fetch_errors(store, scan.id),
        figures=queries.city_figures(store, scan.id),
        channels=channels,
        unmatched=queries.unmatched_items(store, scan.id),
        changes=changes,
        open_ids=open_ids,
        new_ids=new_ids,
        resolved_ids=resolved_ids,
        findings=queries.findings_by_id(store, shown),
        events=queries.events_of_findings(store, shown),
        phrases=_phrase_book(monitor),
        not_judged=reading.not_judged(store, scan.id),
        unread_guides=reading.unread_guide_pages(store, scan.id),
        unknown_labels=queries.unknown_labels(store, scan.id, _label_knowledge(monitor)),
        triage=triage,
        dismissed_ids=dismissed,
    )
