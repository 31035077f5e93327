"""The pages comparing one item across cities: what ``cross-city-divergence`` compares, shown whole.

The rule says one city is worse than the others; an inspector wants to see the others too. For the
report's scan this module finds the items the rule compares — guides matching no provincial
standard item, matched across cities by basic code (else normalised name) with the rule's own
:func:`~channel_equity.checks.rules.cross_city_divergence.item_keys`, a city counted when it has
exactly one guide for the item, the item kept when at least ``thresholds.cross_city_min_cities``
cities offer it — and lays out each as a matrix: one row per city, one column per compared
dimension, with the median of the cities stating a value, the best value marked where the cities
differ, and each value an open finding of the rule was raised on marked worse and linked to it.

Items come most divergent first (most open cross-city findings, then the widest relative gap
between the worst value and the median), ``ITEM_LIMIT`` of them; the view by city lists every
city's worse values over all compared items. Dismissed findings are shown as dismissed, never as
worse (the report leaves them out of every count). Scraped names and URLs are plain strings for
the templates to escape; a guide's address becomes a link only when it is http(s).
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from channel_equity.checks.context import GuideRecord, mark_shared_names
from channel_equity.checks.rules.cross_city_divergence import (
    DIMENSIONS,
    CrossCityDivergence,
    Dimension,
    one_guide_per_city,
)
from channel_equity.checks.runner import matched_guides
from channel_equity.core.config import MonitorConfig
from channel_equity.reports.context import ReportData
from channel_equity.reports.views import Translate, Views, city_file, city_page_href
from channel_equity.store.models import Finding
from channel_equity.store.session import Store

RULE = CrossCityDivergence()
COMPARISON_HREF = "comparison.html"
BY_CITY_HREF = "comparison-by-city.html"
ITEM_LIMIT = 30
"""Items on the comparison page: the most divergent; the view by city still names every worse value."""
NOT_STATED = "—"
DIMENSION_TITLES = {
    "visits": "On-site visits",
    "promised_days": "Promised days",
    "materials": "Materials demanded",
    "online_available": "Handled online",
    "fee": "Fee charged",
}
FLAG_TEXT = {1: "Yes", 0: "No"}
FLAG_SHARE = "%(count)s of %(total)s: %(value)s"


@dataclass(frozen=True)
class FindingLink:
    id: int
    href: str


@dataclass
class Cell:
    """One city's value of one dimension, as the matrix shows it."""

    text: str  # the number, yes / no, or "—" where the guide does not say
    value: int | None
    best: bool = False
    worse: FindingLink | None = None  # the open finding this value gave
    dismissed: FindingLink | None = None  # a finding on this value an inspector dismissed


@dataclass
class CityRow:
    city_id: str
    city_name: str
    city_href: str
    anchor: str
    subject: str  # the guide's identity, as its findings carry it
    guide_name: str  # the item as the city's guide names it
    guide_url: str | None  # the guide page, when it is an http(s) address
    cells: list[Cell]


@dataclass
class DimensionSummary:
    """The cities' middle value of one dimension: the median, or how many give the commoner yes / no."""

    name: str
    middle: str
    compared: bool  # enough cities state it for the rule to judge it


@dataclass
class ItemComparison:
    key: str
    anchor: str
    name: str
    code: str | None  # the basic code the cities share, when matched by code
    rows: list[CityRow]
    summary: list[DimensionSummary]
    open_findings: int
    spread: float  # the widest gap of a worst value above its median, relative to the median
    shown: bool = False

    @property
    def href(self) -> str:
        return f"{COMPARISON_HREF}#{self.anchor}"


@dataclass
class WorseValue:
    """One value of a city that gave an open finding, for the view by city."""

    item_name: str
    item_href: str | None  # its matrix, when the comparison page shows the item
    dimension: str
    value: str
    middle: str
    finding: FindingLink


@dataclass
class CityDivergences:
    city_id: str
    name: str
    href: str
    anchor: str
    items: int  # compared items the city offers
    worse: list[WorseValue] = field(default_factory=list)


@dataclass
class Comparison:
    items: list[ItemComparison]  # shown, most divergent first
    compared: int  # every item compared
    cities: list[CityDivergences]  # most worse values first
    min_cities: int
    dimensions: list[tuple[str, str]]  # (dimension, translated title), the matrix's columns
    finding_hrefs: dict[int, str]  # a cross-city finding -> its row in the comparison pages

    @property
    def not_shown(self) -> int:
        return self.compared - len(self.items)


def compared_guides(store: Store, scan_id: int, config: MonitorConfig) -> list[GuideRecord]:
    """The scan's guides that match no standard item, with the identities their findings carry
    (``GuideRecord.subject`` needs every guide of the city to tell shared names apart)."""
    guides = matched_guides(store, scan_id, config.policy)
    mark_shared_names(guides)
    return [guide for guide in guides if guide.standard is None]


def items_across_cities(guides: list[GuideRecord], min_cities: int) -> dict[str, dict[str, GuideRecord]]:
    """Item key -> its one guide in each city offering it, for the items offered in ``min_cities`` or
    more cities, grouped as the rule groups them."""
    return {key: cities for key, cities in one_guide_per_city(guides).items() if len(cities) >= min_cities}


def anchor_of(key: str) -> str:
    """A fragment for an item: its key is scraped text (a name), so a digest of it."""
    return "item-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _shown_text(dimension: Dimension, value: int | None, _: Translate) -> str:
    if value is None:
        return NOT_STATED
    return _(FLAG_TEXT[value]) if dimension.excess is None else str(value)


def _best_value(dimension: Dimension, values: list[int]) -> int:
    return min(values) if dimension.excess is not None else 1 - (dimension.worse_when or 0)


def _summary(dimension: Dimension, values: list[int], min_cities: int, _: Translate) -> DimensionSummary:
    if not values:
        return DimensionSummary(dimension.name, NOT_STATED, False)
    if dimension.excess is not None:
        middle = f"{statistics.median(values):g}"
    else:
        best = _best_value(dimension, values)  # the answer most cities give, the better one on a tie
        answer = max((best, 1 - best), key=values.count)
        middle = _(FLAG_SHARE) % {"count": values.count(answer), "total": len(values), "value": _(FLAG_TEXT[answer])}
    return DimensionSummary(dimension.name, middle, len(values) >= min_cities)


def _spread(values: list[int]) -> float:
    median = statistics.median(values)
    return (max(values) - median) / max(median, 1)


FindingKey = tuple[str, str, str]  # city, subject, dimension


class _FindingIndex:
    """The report's cross-city findings by (city, subject, dimension), open and dismissed apart."""

    def __init__(self, data: ReportData, views: Views) -> None:
        self.rows: dict[FindingKey, Finding] = {
            (row.city_id, row.subject, row.dimension or ""): row
            for row in data.findings.values() if row.rule == RULE.id and row.id in views.findings}
        self.open_ids = data.open_ids
        self.dismissed_ids = data.dismissed_ids
        self.views = views

    def link(self, key: FindingKey, ids: set[int]) -> FindingLink | None:
        row = self.rows.get(key)
        if row is None or row.id not in ids:
            return None
        return FindingLink(row.id, self.views.findings[row.id].href)


def _item(key: str, cities: dict[str, GuideRecord], data: ReportData, findings: _FindingIndex,
          min_cities: int, _: Translate) -> ItemComparison:
    anchor = anchor_of(key)
    ordered = [city for city in data.city_names if city in cities] + sorted(set(cities) - set(data.city_names))
    names = Counter(cities[city].observation.name for city in ordered)
    rows: list[CityRow] = []
    for city in ordered:
        guide = cities[city]
        url = guide.observation.url
        rows.append(CityRow(city, data.city_names.get(city, city), city_page_href(city, 1),
                            f"{anchor}-{city_file(city)}", guide.subject, guide.observation.name,
                            url if urlsplit(url).scheme in ("http", "https") else None, []))
    summary: list[DimensionSummary] = []
    open_findings, spread = 0, 0.0
    for dimension in DIMENSIONS:
        values = [dimension.value(cities[row.city_id].observation) for row in rows]
        stated = [value for value in values if value is not None]
        summary.append(_summary(dimension, stated, min_cities, _))
        best = _best_value(dimension, stated) if len(set(stated)) > 1 else None
        for row, value in zip(rows, values, strict=True):
            finding_key = (row.city_id, row.subject, dimension.name)
            cell = Cell(_shown_text(dimension, value, _), value, value is not None and value == best,
                        findings.link(finding_key, findings.open_ids), findings.link(finding_key, findings.dismissed_ids))
            open_findings += cell.worse is not None
            row.cells.append(cell)
        if dimension.excess is not None and len(stated) >= min_cities:
            spread = max(spread, _spread(stated))
    code = key.removeprefix("code:") if key.startswith("code:") else None  # else "name:…"
    return ItemComparison(key, anchor, names.most_common(1)[0][0], code, rows, summary, open_findings, spread)


def _by_city(items: list[ItemComparison], data: ReportData, titles: dict[str, str]) -> list[CityDivergences]:
    cities: dict[str, CityDivergences] = {}
    for item in items:
        for row in item.rows:
            city = cities.setdefault(row.city_id, CityDivergences(
                row.city_id, row.city_name, row.city_href, f"city-{city_file(row.city_id)}", 0))
            city.items += 1
            for summary, cell in zip(item.summary, row.cells, strict=True):
                if cell.worse is not None:
                    city.worse.append(WorseValue(item.name, f"{COMPARISON_HREF}#{row.anchor}" if item.shown
                                                 else None, titles[summary.name], cell.text, summary.middle,
                                                 cell.worse))
    order = {city: index for index, city in enumerate(data.city_names)}
    return sorted(cities.values(), key=lambda c: (-len(c.worse), order.get(c.city_id, len(order)), c.city_id))


def _finding_hrefs(items: list[ItemComparison], findings: _FindingIndex,
                   cities: list[CityDivergences]) -> dict[int, str]:
    """Where each cross-city finding's page links: its city's row in its item's matrix, else (an
    item beyond the page's limit) its line in the view by city."""
    rows = {(row.city_id, row.subject): f"{COMPARISON_HREF}#{row.anchor}"
            for item in items if item.shown for row in item.rows}
    hrefs = {finding.id: rows[city, subject] for (city, subject, _dimension), finding in findings.rows.items()
             if (city, subject) in rows}
    for city in cities:
        for worse in city.worse:
            hrefs.setdefault(worse.finding.id, f"{BY_CITY_HREF}#finding-{worse.finding.id}")
    return hrefs


def build_comparison(store: Store, data: ReportData, views: Views, _: Translate,
                     limit: int = ITEM_LIMIT) -> Comparison:
    """The comparison pages of the report's scan, ``limit`` items on the page by divergence."""
    min_cities = int(RULE.threshold_value(data.config, "cross_city_min_cities"))
    findings = _FindingIndex(data, views)
    groups = items_across_cities(compared_guides(store, data.scan.id, data.config), min_cities)
    items = sorted((_item(key, cities, data, findings, min_cities, _) for key, cities in groups.items()),
                   key=lambda item: (-item.open_findings, -item.spread, item.name, item.anchor))
    for item in items[:limit]:
        item.shown = True
    titles = {name: _(title) for name, title in DIMENSION_TITLES.items()}
    cities = _by_city(items, data, titles)
    return Comparison(items[:limit], len(items), cities, min_cities,
                      [(dimension.name, titles[dimension.name]) for dimension in DIMENSIONS],
                      _finding_hrefs(items, findings, cities))
