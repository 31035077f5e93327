"""The report's view objects, built from :class:`~channel_equity.reports.context.ReportData` with their
labels already translated; templates only present them.

Scraped text (item names, excerpts, URLs, messages) is passed through as plain strings and
escaped by Jinja2's autoescape. Messages are translated from their templates with the
scraped arguments inserted as plain text (:mod:`channel_equity.reports.messages`); excerpts are cut into
:class:`ExcerptPart` pieces so the triggering words can be marked without ever treating
scraped text as markup.
A city with many findings gets its findings over several pages of ``CITY_PAGE_SIZE``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from channel_equity.checks.registry import RULES_BY_ID
from channel_equity.checks.rules.cross_city_divergence import CrossCityDivergence
from channel_equity.core.config import CITY_ID_PATTERN
from channel_equity.core.coverage import read_share
from channel_equity.reports import queries
from channel_equity.reports.assets import EvidenceFiles, marked_anchor, snapshot_digest
from channel_equity.reports.clock import LocalTime, ReportClock
from channel_equity.reports.context import ReportData
from channel_equity.reports.coverage_text import translated_problems
from channel_equity.reports.figures import StandardFigure, city_standard_figures
from channel_equity.reports.highlight import ExcerptPart, excerpt_parts
from channel_equity.reports.labels import (
    AUTOMATIC_REOPEN,
    BASIS_LABELS,
    DECISION_LABELS,
    DIMENSION_LABELS,
    EVENT_LABELS,
    FIGURE_LABELS,
    SEVERITIES,
    SEVERITY_LABELS,
    STATUS_LABELS,
    error_kind_label,
)
from channel_equity.reports.messages import translated_message
from channel_equity.store.models import FetchError, Finding, ScanCity

Translate = Callable[[str], str]
CITY_PAGE_SIZE = 150
"""Findings per city page: a city with thousands stays readable, and printable, page by page."""
INDEX_LIST_LIMIT = 100
AFFECTED_PAGES = "Pages affected"
COMPARED_PAGES = "Guide pages compared, one per city"
"""What a finding's several pages are: where a portal-wide signal was seen, or the cities'
guides a cross-city finding compares."""
"""Rows of the overview's new / resolved lists; each city's page lists all of its own."""


@dataclass
class EventView:
    label: str
    at: LocalTime | None
    scan_id: int | None


@dataclass
class DecisionView:
    """An inspector's decision on a finding (or the monitor's reopening of a dismissed one)."""

    action: str
    label: str
    reason: str | None
    decided_by: str
    at: LocalTime | None
    automatic: bool
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
    dimension_label: str | None
    message: str
    first_seen: LocalTime | None
    last_seen: LocalTime | None
    resolved_at: LocalTime | None
    evidence_url: str | None
    evidence_fetched_at: LocalTime | None
    evidence_http_status: int | None
    evidence_sha256: str | None
    evidence_excerpt: str | None
    excerpt_parts: list[ExcerptPart]
    evidence_screenshot: str | None
    evidence_pages: list[str]  # a portal-wide finding: every page it was seen on; a cross-city one: every city's
    evidence_pages_label: str  # what those pages are, in the report's language
    evidence_quoted: bool | None  # the excerpt is the page's own words (True) or the monitor's (False)
    evidence_spans: list[dict[str, Any]]  # where, in the stored page's text
    basis: str | None  # how the finding was established, in the report's language
    screenshot_href: str | None
    warc_href: str | None  # the WARC of the probe's visit, for replay (pywb) or warcio
    snapshot_href: str | None
    marked_href: str | None  # the page's words with the quoted span marked, at its anchor
    events: list[EventView]
    triage: list[DecisionView] = field(default_factory=list)  # oldest first

    @property
    def decision(self) -> DecisionView | None:
        """The latest decision, which stands."""
        return self.triage[-1] if self.triage else None


@dataclass
class RuleGroup:
    rule_id: str
    title: str
    severity: str
    severity_label: str
    findings: list[FindingView]
    continued: bool = False  # the group began on an earlier page of the city


@dataclass
class CityPage:
    number: int
    href: str
    rule_groups: list[RuleGroup]


@dataclass
class RuleSummary:
    rule_id: str
    title: str
    severity: str
    severity_label: str
    count: int
    href: str  # where the rule's findings begin


@dataclass
class ErrorGroup:
    kind: str
    label: str
    count: int
    examples: list[FetchError]


@dataclass
class FigureView:
    label: str
    figure: StandardFigure


@dataclass
class CityFindings:
    """One city's share of the findings shown: standing open, new in this scan, resolved by it."""

    open: list[FindingView] = field(default_factory=list)
    new: list[FindingView] = field(default_factory=list)
    resolved: list[FindingView] = field(default_factory=list)
    dismissed: list[FindingView] = field(default_factory=list)


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
    figures: list[FigureView] = field(default_factory=list)
    pages: list[CityPage] = field(default_factory=list)
    rule_summary: list[RuleSummary] = field(default_factory=list)
    new: list[FindingView] = field(default_factory=list)
    resolved: list[FindingView] = field(default_factory=list)
    dismissed: list[FindingView] = field(default_factory=list)  # by an inspector, out of every count
    error_groups: list[ErrorGroup] = field(default_factory=list)
    unmatched: list[queries.UnmatchedItem] = field(default_factory=list)
    stated_total: int | None = None  # the items the portal's own lists state
    unread_guides: list[str] = field(default_factory=list)  # URLs of guide-like pages that yielded no guide
    not_judged: list[NotJudgedView] = field(default_factory=list)
    unknown_labels: list[queries.UnknownLabel] = field(default_factory=list)  # labels the lexicon does not know

    @property
    def read_share(self) -> float | None:
        """Guides read over the items the portal lists (capped at 1), when it lists a number."""
        return read_share(self.items_extracted, self.stated_total)


@dataclass
class NotJudgedView:
    rule_id: str
    rule_title: str
    reason: str


@dataclass
class RuleCount:
    rule_id: str
    title: str
    severity_label: str
    open_count: int
    new_count: int
    resolved_count: int


@dataclass
class Views:
    cities: list[CityView]
    findings: dict[int, FindingView]
    new: list[FindingView]
    resolved: list[FindingView]
    rule_counts: list[RuleCount]
    open_by_severity: dict[str, int]
    trend: list[tuple[int, str, int]]
    changes: list[tuple[int, str, int, int]]
    list_limit: int = INDEX_LIST_LIMIT


def city_file(city_id: str) -> str:
    """A file name for the city: its id (a slug by config validation), else a hash of it."""
    if CITY_ID_PATTERN.match(city_id):
        return city_id
    return "c-" + hashlib.sha256(city_id.encode("utf-8")).hexdigest()[:16]


def city_page_href(city_id: str, number: int) -> str:
    return f"city/{city_file(city_id)}.html" if number == 1 else f"city/{city_file(city_id)}-p{number}.html"


def rule_title(rule_id: str, _: Translate) -> str:
    rule = RULES_BY_ID.get(rule_id)
    return _(rule.title) if rule is not None else rule_id


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def finding_view(finding: Finding, data: ReportData, files: EvidenceFiles, _: Translate,
                 clock: ReportClock) -> FindingView:
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
        city_href=city_page_href(finding.city_id, 1),
        item_name=finding.item_name,
        item_code=finding.item_code,
        standard_code=finding.standard_code,
        dimension=finding.dimension,
        dimension_label=_(DIMENSION_LABELS.get(finding.dimension, finding.dimension)) if finding.dimension else None,
        message=translated_message(finding.message, finding.message_template, finding.message_args, _),
        first_seen=clock.time(finding.first_seen),
        last_seen=clock.time(finding.last_seen),
        resolved_at=clock.time(finding.resolved_at),
        evidence_url=finding.evidence_url,
        evidence_fetched_at=clock.time(finding.evidence_fetched_at),
        evidence_http_status=finding.evidence_http_status,
        evidence_sha256=finding.evidence_sha256,
        evidence_excerpt=finding.evidence_excerpt,
        excerpt_parts=excerpt_parts(finding.rule, finding.evidence_excerpt, data.phrases),
        evidence_screenshot=finding.evidence_screenshot,
        evidence_pages=list(finding.evidence_pages or []),
        evidence_pages_label=_(COMPARED_PAGES if finding.rule == CrossCityDivergence.id else AFFECTED_PAGES),
        evidence_quoted=finding.evidence_quoted,
        evidence_spans=list(finding.evidence_spans or []),
        basis=_(BASIS_LABELS[finding.evidence_basis]) if finding.evidence_basis in BASIS_LABELS else None,
        screenshot_href=files.screenshot_href(finding.evidence_screenshot),
        warc_href=files.warc_href(finding.evidence_warc),
        snapshot_href=files.snapshot_href(digest),
        marked_href=(files.marked_href(digest, marked_anchor(finding.id))
                     if finding.evidence_quoted and finding.evidence_spans else None),
        events=[
            EventView(_(EVENT_LABELS.get(event.event, event.event)), clock.time(event.at), event.scan_id)
            for event in data.events.get(finding.id, [])
        ],
        triage=[DecisionView(event.action, _(AUTOMATIC_REOPEN if event.automatic else DECISION_LABELS.get(
            event.action, event.action)), event.reason, event.decided_by, clock.time(event.at), event.automatic,
            event.scan_id) for event in data.triage.get(finding.id, [])],
    )


def _severity_counts(views: list[FindingView]) -> dict[str, int]:
    counts = Counter(view.severity for view in views)
    return {severity: counts.get(severity, 0) for severity in SEVERITIES}


def _city_pages(city_id: str, open_views: list[FindingView], page_size: int
                ) -> tuple[list[CityPage], list[RuleSummary]]:
    """The city's open findings, most severe rule first, over pages of ``page_size``."""
    ordered = sorted(open_views, key=lambda v: (severity_rank(v.severity), v.rule_id, v.item_code or "", v.id))
    chunks = [ordered[start:start + page_size] for start in range(0, len(ordered), page_size)] or [[]]
    pages: list[CityPage] = []
    summary: dict[str, RuleSummary] = {}
    for number, chunk in enumerate(chunks, start=1):
        href = city_page_href(city_id, number)
        groups: list[RuleGroup] = []
        for view in chunk:
            if not groups or groups[-1].rule_id != view.rule_id:
                continued = view.rule_id in summary
                groups.append(RuleGroup(view.rule_id, view.rule_title, view.severity, view.severity_label, [],
                                        continued))
                if not continued:
                    summary[view.rule_id] = RuleSummary(view.rule_id, view.rule_title, view.severity,
                                                        view.severity_label, 0, f"{href}#rule-{view.rule_id}")
            groups[-1].findings.append(view)
            summary[view.rule_id].count += 1
        pages.append(CityPage(number, href, groups))
    return pages, list(summary.values())


def _city_view(city_id: str, data: ReportData, result: ScanCity | None, views: CityFindings,
               _: Translate, page_size: int) -> CityView:
    figures = data.figures.get(city_id, queries.CityFigures(0, 0, 0, 0))
    status = result.status if result is not None else "missing"
    errors = [error for error in data.errors if error.city_id == city_id]
    by_kind: dict[str, list[FetchError]] = {}
    for error in errors:
        by_kind.setdefault(error.kind, []).append(error)
    pages, summary = _city_pages(city_id, views.open, page_size)
    return CityView(
        id=city_id,
        name=data.city_names.get(city_id, city_id),
        href=city_page_href(city_id, 1),
        status=status,
        status_label=_(STATUS_LABELS.get(status, status)),
        portal_url=result.portal_url if result is not None else None,
        error=translated_problems(result.error, _) if result is not None else None,
        pages_fetched=result.pages_fetched if result is not None else 0,
        items_extracted=result.items_extracted if result is not None else 0,
        error_count=len(errors),
        guides=figures.guides,
        immediate_share=figures.immediate / figures.with_case_type if figures.with_case_type else None,
        unmatched_count=figures.unmatched,
        open_by_severity=_severity_counts(views.open),
        open_total=len(views.open),
        figures=[FigureView(_(FIGURE_LABELS.get(figure.key, figure.key)), figure)
                 for figure in city_standard_figures(data.config, figures, data.channels.get(city_id, []))],
        pages=pages,
        rule_summary=summary,
        new=views.new,
        resolved=views.resolved,
        dismissed=views.dismissed,
        error_groups=[
            ErrorGroup(kind, _(error_kind_label(kind)), len(rows), rows[:3])
            for kind, rows in sorted(by_kind.items(), key=lambda item: (-len(item[1]), item[0]))
        ],
        unmatched=data.unmatched.get(city_id, []),
        stated_total=result.stated_total if result is not None else None,
        unread_guides=[page.url for page in data.unread_guides if page.city_id == city_id],
        not_judged=[NotJudgedView(gap.rule, rule_title(gap.rule, _),
                                  translated_message(gap.reason, gap.template, gap.args, _))
                    for gap in data.not_judged if gap.city_id == city_id],
        unknown_labels=data.unknown_labels.get(city_id, []),
    )


def build_views(data: ReportData, files: EvidenceFiles, _: Translate, clock: ReportClock,
                city_page_size: int = CITY_PAGE_SIZE) -> Views:
    """Translate and arrange what :func:`~channel_equity.reports.context.load_report` read, its
    times on ``clock``."""
    findings = {fid: finding_view(row, data, files, _, clock) for fid, row in data.findings.items()}
    open_views = [findings[fid] for fid in sorted(data.open_ids) if fid in findings]
    new = [findings[fid] for fid in data.new_ids if fid in findings]
    resolved = [findings[fid] for fid in data.resolved_ids if fid in findings]
    dismissed = [findings[fid] for fid in sorted(data.dismissed_ids) if fid in findings]
    per_city: dict[str, CityFindings] = {}
    for attribute, views in (("open", open_views), ("new", new), ("resolved", resolved), ("dismissed", dismissed)):
        for view in views:
            getattr(per_city.setdefault(view.city_id, CityFindings()), attribute).append(view)
    results = {result.city_id: result for result in data.results}
    city_ids = [*data.city_names, *(cid for cid in results if cid not in data.city_names)]
    cities = [_city_view(cid, data, results.get(cid), per_city.get(cid, CityFindings()), _, city_page_size)
              for cid in city_ids]
    cities.sort(key=lambda c: ([-c.open_by_severity[s] for s in SEVERITIES], c.id))
    open_per_rule = Counter(view.rule_id for view in open_views)
    new_per_rule = Counter(view.rule_id for view in new)
    resolved_per_rule = Counter(view.rule_id for view in resolved)
    rule_ids = [*RULES_BY_ID, *sorted((set(open_per_rule) | set(resolved_per_rule)) - set(RULES_BY_ID))]
    rule_counts = [
        RuleCount(
            rule_id,
            rule_title(rule_id, _),
            _(SEVERITY_LABELS.get(RULES_BY_ID[rule_id].severity, "")) if rule_id in RULES_BY_ID else "",
            open_per_rule.get(rule_id, 0),
            new_per_rule.get(rule_id, 0),
            resolved_per_rule.get(rule_id, 0),
        )
        for rule_id in rule_ids
    ]
    labels = [(change.scan.id, clock.day(change.scan.started_at)) for change in data.changes]
    return Views(
        cities=cities,
        findings=findings,
        new=new,
        resolved=resolved,
        rule_counts=rule_counts,
        open_by_severity=_severity_counts(open_views),
        trend=[(sid, label, change.open_after) for (sid, label), change in zip(labels, data.changes, strict=True)],
        changes=[(sid, label, change.new, change.resolved)
                 for (sid, label), change in zip(labels, data.changes, strict=True)],
    )
