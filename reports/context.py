"""The report's context, built in Python from the store; templates only present it.

:func:`load_report` reads one scan and its history; :func:`build_views` turns it into view
objects whose labels are already translated. Scraped text (item names, excerpts, URLs,
messages) is passed through as plain strings and escaped by Jinja2's autoescape.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from channel_equity.config import LoadedConfig
from channel_equity.store import reading
from channel_equity.store.models import FetchError, Finding, FindingEvent, Scan, ScanCity
from channel_equity.store.reading import export_time
from channel_equity.store.session import Store
from checks.registry import RULES_BY_ID
from reports import queries
from reports.labels import EVENT_LABELS, SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, error_kind_label

Translate = Callable[[str], str]
OPEN_EVENTS = ("opened", "reopened")


@dataclass
class ReportData:
    """Everything the report shows, as read from the store for one scan."""

    province_name: str
    scan: Scan
    history: list[Scan]
    city_names: dict[str, str]
    results: list[ScanCity]
    errors: list[FetchError]
    figures: dict[str, queries.CityFigures]
    unmatched: dict[str, list[queries.UnmatchedItem]]
    open_counts: list[int]  # open findings after each scan of ``history``
    open_ids: set[int]
    new_ids: list[int]
    resolved_ids: list[int]
    findings: dict[int, Finding]
    events: dict[int, list[FindingEvent]]

    @property
    def previous_scan(self) -> Scan | None:
        return self.history[-2] if len(self.history) > 1 else None


def load_report(loaded: LoadedConfig, store: Store, scan: Scan) -> ReportData:
    """Read one scan, its predecessors and the findings standing after it."""
    history = queries.scans_up_to(store, scan)
    events = queries.finding_events(store, [row.id for row in history])
    by_scan: dict[int | None, list[FindingEvent]] = {}
    for event in events:
        by_scan.setdefault(event.scan_id, []).append(event)
    open_ids: set[int] = set()
    open_counts: list[int] = []
    for row in history:  # replay the lifecycle: what stood open after each scan
        for event in by_scan.get(row.id, []):
            (open_ids.add if event.event in OPEN_EVENTS else open_ids.discard)(event.finding_id)
        open_counts.append(len(open_ids))
    current = by_scan.get(scan.id, [])
    new_ids = [event.finding_id for event in current if event.event in OPEN_EVENTS]
    resolved_ids = [event.finding_id for event in current if event.event == "resolved"]
    shown = open_ids | set(new_ids) | set(resolved_ids)
    return ReportData(
        province_name=loaded.monitor.province.name,
        scan=scan,
        history=history,
        city_names={city.id: city.name for city in loaded.monitor.cities},
        results=reading.city_results(store, scan.id),
        errors=reading.fetch_errors(store, scan.id),
        figures=queries.city_figures(store, scan.id),
        unmatched=queries.unmatched_items(store, scan.id),
        open_counts=open_counts,
        open_ids=open_ids,
        new_ids=new_ids,
        resolved_ids=resolved_ids,
        findings=queries.findings_by_id(store, shown),
        events=queries.events_of_findings(store, shown),
    )


def snapshot_digest(finding: Finding) -> str | None:
    """The stored body a finding's evidence names, if any."""
    snapshot = finding.evidence_snapshot or ""
    if snapshot.startswith("sha256:"):
        return snapshot.removeprefix("sha256:")
    return finding.evidence_sha256


@dataclass
class EventView:
    label: str
    at: str | None
    scan_id: int | None


@dataclass
class FindingView:
    id: int
    href: str
    rule_id: str
    rule_title: str
    severity: str
    severity_label: str
    status: str
    status_label: str
    city_id: str
    city_name: str
    city_href: str
    item_name: str | None
    item_code: str | None
    standard_code: str | None
    dimension: str | None
    message: str
    first_seen: str | None
    last_seen: str | None
    resolved_at: str | None
    evidence_url: str | None
    evidence_fetched_at: str | None
    evidence_http_status: int | None
    evidence_sha256: str | None
    evidence_excerpt: str | None
    evidence_screenshot: str | None
    snapshot_href: str | None
    events: list[EventView]


@dataclass
class RuleGroup:
    rule_id: str
    title: str
    severity_label: str
    findings: list[FindingView]


@dataclass
class ErrorGroup:
    kind: str
    label: str
    count: int
    examples: list[FetchError]


@dataclass
class CityView:
    id: str
    name: str
    href: str
    status: str
    status_label: str
    portal_url: str | None
    error: str | None
    pages_fetched: int
    items_extracted: int
    error_count: int
    guides: int
    immediate_share: float | None
    unmatched_count: int
    open_by_severity: dict[str, int]
    open_total: int
    rule_groups: list[RuleGroup] = field(default_factory=list)
    error_groups: list[ErrorGroup] = field(default_factory=list)
    unmatched: list[queries.UnmatchedItem] = field(default_factory=list)


@dataclass
class RuleCount:
    rule_id: str
    title: str
    severity_label: str
    open_count: int
    new_count: int


@dataclass
class Views:
    cities: list[CityView]
    findings: dict[int, FindingView]
    new: list[FindingView]
    resolved: list[FindingView]
    rule_counts: list[RuleCount]
    open_by_severity: dict[str, int]
    trend: list[tuple[int, str, int]]


def rule_title(rule_id: str, _: Translate) -> str:
    rule = RULES_BY_ID.get(rule_id)
    return _(rule.title) if rule is not None else rule_id


def finding_view(finding: Finding, data: ReportData, snapshots: set[str], _: Translate) -> FindingView:
    digest = snapshot_digest(finding)
    return FindingView(
        id=finding.id,
        href=f"finding/{finding.id}.html",
        rule_id=finding.rule,
        rule_title=rule_title(finding.rule, _),
        severity=finding.severity,
        severity_label=_(SEVERITY_LABELS.get(finding.severity, finding.severity)),
        status=finding.status,
        status_label=_(STATUS_LABELS.get(finding.status, finding.status)),
        city_id=finding.city_id,
        city_name=data.city_names.get(finding.city_id, finding.city_id),
        city_href=f"city/{finding.city_id}.html",
        item_name=finding.item_name,
        item_code=finding.item_code,
        standard_code=finding.standard_code,
        dimension=finding.dimension,
        message=finding.message,
        first_seen=export_time(finding.first_seen),
        last_seen=export_time(finding.last_seen),
        resolved_at=export_time(finding.resolved_at),
        evidence_url=finding.evidence_url,
        evidence_fetched_at=export_time(finding.evidence_fetched_at),
        evidence_http_status=finding.evidence_http_status,
        evidence_sha256=finding.evidence_sha256,
        evidence_excerpt=finding.evidence_excerpt,
        evidence_screenshot=finding.evidence_screenshot,
        snapshot_href=f"snapshots/{digest}.txt" if digest in snapshots else None,
        events=[
            EventView(_(EVENT_LABELS.get(event.event, event.event)), export_time(event.at), event.scan_id)
            for event in data.events.get(finding.id, [])
        ],
    )


def _severity_counts(views: list[FindingView]) -> dict[str, int]:
    counts = Counter(view.severity for view in views)
    return {severity: counts.get(severity, 0) for severity in SEVERITIES}


def _city_view(city_id: str, data: ReportData, result: ScanCity | None, open_views: list[FindingView],
               _: Translate) -> CityView:
    figures = data.figures.get(city_id, queries.CityFigures(0, 0, 0, 0))
    status = result.status if result is not None else "missing"
    groups: dict[str, list[FindingView]] = {}
    for view in sorted(open_views, key=lambda v: (SEVERITIES.index(v.severity) if v.severity in SEVERITIES
                                                     else len(SEVERITIES), v.rule_id, v.item_code or "")):
        groups.setdefault(view.rule_id, []).append(view)
    errors = [error for error in data.errors if error.city_id == city_id]
    by_kind: dict[str, list[FetchError]] = {}
    for error in errors:
        by_kind.setdefault(error.kind, []).append(error)
    return CityView(
        id=city_id,
        name=data.city_names.get(city_id, city_id),
        href=f"city/{city_id}.html",
        status=status,
        status_label=_(STATUS_LABELS.get(status, status)),
        portal_url=result.portal_url if result is not None else None,
        error=result.error if result is not None else None,
        pages_fetched=result.pages_fetched if result is not None else 0,
        items_extracted=result.items_extracted if result is not None else 0,
        error_count=len(errors),
        guides=figures.guides,
        immediate_share=figures.immediate / figures.with_case_type if figures.with_case_type else None,
        unmatched_count=figures.unmatched,
        open_by_severity=_severity_counts(open_views),
        open_total=len(open_views),
        rule_groups=[
            RuleGroup(rule_id, views[0].rule_title, views[0].severity_label, views)
            for rule_id, views in groups.items()
        ],
        error_groups=[
            ErrorGroup(kind, _(error_kind_label(kind)), len(rows), rows[:3])
            for kind, rows in sorted(by_kind.items(), key=lambda item: (-len(item[1]), item[0]))
        ],
        unmatched=data.unmatched.get(city_id, []),
    )


def build_views(data: ReportData, snapshots: set[str], _: Translate) -> Views:
    """Translate and arrange what :func:`load_report` read."""
    findings = {fid: finding_view(row, data, snapshots, _) for fid, row in data.findings.items()}
    open_views = [findings[fid] for fid in sorted(data.open_ids) if fid in findings]
    results = {result.city_id: result for result in data.results}
    city_ids = [*data.city_names, *(cid for cid in results if cid not in data.city_names)]
    cities = [
        _city_view(cid, data, results.get(cid), [v for v in open_views if v.city_id == cid], _)
        for cid in city_ids
    ]
    cities.sort(key=lambda c: ([-c.open_by_severity[s] for s in SEVERITIES], c.id))
    new = [findings[fid] for fid in data.new_ids if fid in findings]
    open_per_rule = Counter(view.rule_id for view in open_views)
    new_per_rule = Counter(view.rule_id for view in new)
    rule_ids = [*RULES_BY_ID, *sorted(set(open_per_rule) - set(RULES_BY_ID))]
    rule_counts = [
        RuleCount(
            rule_id,
            rule_title(rule_id, _),
            _(SEVERITY_LABELS.get(RULES_BY_ID[rule_id].severity, "")) if rule_id in RULES_BY_ID else "",
            open_per_rule.get(rule_id, 0),
            new_per_rule.get(rule_id, 0),
        )
        for rule_id in rule_ids
    ]
    trend = [(scan.id, scan.started_at.strftime("%Y-%m-%d"), count)
             for scan, count in zip(data.history, data.open_counts, strict=True)]
    return Views(
        cities=cities,
        findings=findings,
        new=new,
        resolved=[findings[fid] for fid in data.resolved_ids if fid in findings],
        rule_counts=rule_counts,
        open_by_severity=_severity_counts(open_views),
        trend=trend,
    )
