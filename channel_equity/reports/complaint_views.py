"""The complaint pages' view objects: every complaint with its deadline and latest verdict,
the counts overall and per city, each complaint's re-checks newest first, and the complaints
whose substantiated re-checks cite each finding.

What citizens and inspectors typed (the complaint's text, its item as given, the close note)
and what a re-check recorded (its detail and checked lines, in English as the re-check wrote
them; its evidence, scraped) are passed as plain strings for the templates to escape. A
re-check's evidence entry carries the attribute names of a finding's evidence, so the
finding pages' evidence partials show it, with links to the same snapshot, screenshot and
WARC files (:class:`~channel_equity.reports.assets.EvidenceFiles`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from channel_equity.reports.assets import CitedEvidence, EvidenceFiles, evidence_anchor
from channel_equity.reports.clock import LocalTime, ReportClock
from channel_equity.reports.context import ReportData
from channel_equity.reports.highlight import ExcerptPart, excerpt_parts
from channel_equity.reports.labels import CLAIM_LABELS, COMPLAINT_STATUS_LABELS, UNCHECKED, VERDICT_LABELS
from channel_equity.reports.views import Translate, Views, rule_title
from channel_equity.store.complaints import deadline, latest_check, received_day
from channel_equity.store.models import COMPLAINT_VERDICTS, Complaint, ComplaintCheck

COMPLAINTS_HREF = "complaints.html"
LATEST_STATES = (*COMPLAINT_VERDICTS, UNCHECKED)
"""What a complaint's latest re-check said, or that it has none: the columns of the counts."""
T = TypeVar("T")


def complaint_href(complaint_id: int) -> str:
    return f"complaint/{complaint_id}.html"


@dataclass
class EvidenceView:
    """One thing a re-check found, named as a finding's evidence is (``_evidence.html``)."""

    rule_id: str
    rule_title: str
    message: str | None
    evidence_url: str | None
    evidence_fetched_at: LocalTime | None
    evidence_http_status: int | None
    evidence_sha256: str | None
    excerpt_parts: list[ExcerptPart]
    evidence_screenshot: str | None
    evidence_quoted: bool | None
    evidence_spans: list[Mapping[str, Any]]
    snapshot_href: str | None
    marked_href: str | None
    screenshot_href: str | None
    warc_href: str | None
    evidence_pages: list[str] = field(default_factory=list)
    basis: str | None = None


@dataclass
class FindingLink:
    id: int
    href: str | None  # None when the report has no page for the finding


@dataclass
class CheckView:
    id: int
    checked_at: LocalTime | None
    verdict: str
    verdict_label: str
    detail: str
    scan_id: int | None
    rules: list[tuple[str, str]]  # (rule id, title)
    checked: list[str]
    evidence: list[EvidenceView]
    findings: list[FindingLink]


@dataclass
class ComplaintView:
    id: int
    href: str
    city_id: str
    city_name: str
    city_href: str | None
    item_ref: str
    item_code: str | None
    item_name: str
    guide_url: str
    entry_url: str | None
    claim: str
    claim_label: str
    text: str
    received: str
    due: str
    overdue: bool
    reference: str | None
    recorded_at: LocalTime | None
    recorded_by: str
    status: str
    status_label: str
    closed_at: LocalTime | None
    close_note: str | None
    fixed_since: LocalTime | None
    latest: str  # a verdict, or UNCHECKED
    latest_label: str
    checks: list[CheckView]  # newest first


@dataclass
class ComplaintCounts:
    open: int = 0
    overdue: int = 0
    closed: int = 0
    latest: Counter[str] = field(default_factory=Counter)  # LATEST_STATES -> complaints

    def add(self, view: ComplaintView) -> None:
        self.open += view.status == "open"
        self.closed += view.status == "closed"
        self.overdue += view.overdue
        self.latest[view.latest] += 1


@dataclass
class CityComplaints:
    id: str
    name: str
    href: str | None
    counts: ComplaintCounts


@dataclass
class ComplaintViews:
    complaints: list[ComplaintView]
    totals: ComplaintCounts
    cities: list[CityComplaints]
    states: list[tuple[str, str]]  # (latest state, label), in column order
    cited_by: dict[int, list[ComplaintView]]  # finding id -> complaints whose substantiated re-checks cite it
    deadline_days: int


def _optional(entry: Mapping[str, Any], key: str, kind: type[T]) -> T | None:
    """``entry[key]`` if it is of ``kind`` (a JSON ``true`` is no HTTP status), else None."""
    value = entry.get(key)
    if isinstance(value, bool) != (kind is bool):
        return None
    return value if isinstance(value, kind) else None


def _city_href(views: Views, city_id: str) -> str | None:
    """The city's page, when the report has one."""
    return next((city.href for city in views.cities if city.id == city_id), None)


def evidence_view(cited: CitedEvidence, data: ReportData, files: EvidenceFiles, _: Translate,
                  clock: ReportClock) -> EvidenceView:
    entry, digest = cited.entry, cited.digest
    rule_id = _optional(entry, "rule", str) or ""
    quoted = _optional(entry, "quoted", bool)
    return EvidenceView(
        rule_id=rule_id,
        rule_title=rule_title(rule_id, _),
        message=_optional(entry, "message", str),
        evidence_url=_optional(entry, "url", str),
        evidence_fetched_at=clock.stored_time(entry.get("fetched_at")),
        evidence_http_status=_optional(entry, "http_status", int),
        evidence_sha256=_optional(entry, "sha256", str),
        excerpt_parts=excerpt_parts(rule_id, _optional(entry, "excerpt", str), data.phrases),
        evidence_screenshot=cited.reference("screenshot"),
        evidence_quoted=quoted,
        evidence_spans=cited.spans,
        snapshot_href=files.snapshot_href(digest),
        marked_href=(files.marked_href(digest, evidence_anchor(cited.check_id, cited.index))
                     if quoted and cited.spans else None),
        screenshot_href=files.screenshot_href(cited.reference("screenshot")),
        warc_href=files.warc_href(cited.reference("warc")),
    )


def check_view(check: ComplaintCheck, data: ReportData, views: Views, files: EvidenceFiles,
               _: Translate, clock: ReportClock) -> CheckView:
    return CheckView(
        id=check.id,
        checked_at=clock.time(check.checked_at),
        verdict=check.verdict,
        verdict_label=_(VERDICT_LABELS.get(check.verdict, check.verdict)),
        detail=check.detail,
        scan_id=check.scan_id,
        rules=[(rule_id, rule_title(rule_id, _)) for rule_id in check.rules or []],
        checked=list(check.checked or []),
        evidence=[evidence_view(CitedEvidence(check.id, index, entry), data, files, _, clock)
                  for index, entry in enumerate(check.evidence or []) if isinstance(entry, Mapping)],
        findings=[FindingLink(fid, views.findings[fid].href if fid in views.findings else None)
                  for fid in check.finding_ids or []],
    )


def complaint_view(complaint: Complaint, data: ReportData, views: Views, files: EvidenceFiles, _: Translate,
                   clock: ReportClock, today: date) -> ComplaintView:
    when = deadline(complaint, data.config.complaints, today)
    latest = latest_check(complaint)
    state = latest.verdict if latest is not None else UNCHECKED
    return ComplaintView(
        id=complaint.id,
        href=complaint_href(complaint.id),
        city_id=complaint.city_id,
        city_name=data.city_names.get(complaint.city_id, complaint.city_id),
        city_href=_city_href(views, complaint.city_id),
        item_ref=complaint.item_ref,
        item_code=complaint.item_code,
        item_name=complaint.item_name,
        guide_url=complaint.guide_url,
        entry_url=complaint.entry_url,
        claim=complaint.claim,
        claim_label=_(CLAIM_LABELS.get(complaint.claim, complaint.claim)),
        text=complaint.text,
        received=received_day(complaint).isoformat(),
        due=when.due.isoformat(),
        overdue=when.overdue,
        reference=complaint.reference,
        recorded_at=clock.time(complaint.recorded_at),
        recorded_by=complaint.recorded_by,
        status=complaint.status,
        status_label=_(COMPLAINT_STATUS_LABELS.get(complaint.status, complaint.status)),
        closed_at=clock.time(complaint.closed_at),
        close_note=complaint.close_note,
        fixed_since=clock.time(complaint.fixed_since),
        latest=state,
        latest_label=_(VERDICT_LABELS.get(state, state)),
        checks=[check_view(check, data, views, files, _, clock) for check in reversed(complaint.checks)],
    )


def build_complaint_views(complaints: list[Complaint], citing: Mapping[int, list[int]], data: ReportData,
                          views: Views, files: EvidenceFiles, _: Translate, clock: ReportClock,
                          today: date) -> ComplaintViews:
    """The complaints' views; ``citing`` is :func:`~channel_equity.store.complaints.complaints_citing`
    of the findings the report shows. Cities are listed in the config's order, then any other."""
    shown = [complaint_view(complaint, data, views, files, _, clock, today) for complaint in complaints]
    totals = ComplaintCounts()
    per_city: dict[str, ComplaintCounts] = {}
    for view in shown:
        totals.add(view)
        per_city.setdefault(view.city_id, ComplaintCounts()).add(view)
    order = [*data.city_names, *sorted(set(per_city) - set(data.city_names))]
    by_id = {view.id: view for view in shown}
    return ComplaintViews(
        complaints=shown,
        totals=totals,
        cities=[CityComplaints(city_id, data.city_names.get(city_id, city_id), _city_href(views, city_id),
                               per_city[city_id]) for city_id in order if city_id in per_city],
        states=[(state, _(VERDICT_LABELS[state])) for state in LATEST_STATES],
        cited_by={fid: [by_id[cid] for cid in ids if cid in by_id] for fid, ids in citing.items()},
        deadline_days=data.config.complaints.deadline_working_days,
    )
