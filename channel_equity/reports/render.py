"""Writes the static report site: overview, city pages, finding pages, coverage, the
complaints and a page per complaint, the same item across cities (two views), the
snapshots, screenshots and WARCs findings and complaint re-checks cite, the CSS, and the
findings and complaints exports.

The site is self-contained (no network resource, no script) so inspectors can read it
offline and print it; its only links out are the comparison's links to each guide's page
on its portal. Scraped text is escaped by Jinja2's autoescape and never marked
safe; stored page bodies are written as decoded ``.txt`` files, which browsers show as
text and never run.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel.numbers import format_percent
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from channel_equity.core.config import LoadedConfig
from channel_equity.reports.assets import cited_evidence, write_evidence_files
from channel_equity.reports.charts import change_chart, trend_chart
from channel_equity.reports.clock import ReportClock
from channel_equity.reports.comparison import (
    BY_CITY_HREF,
    COMPARISON_HREF,
    ITEM_LIMIT,
    Comparison,
    build_comparison,
)
from channel_equity.reports.complaint_export import complaint_rows, format_complaints
from channel_equity.reports.complaint_views import COMPLAINTS_HREF, ComplaintViews, build_complaint_views
from channel_equity.reports.context import ReportData, load_report
from channel_equity.reports.export import export_rows, format_findings
from channel_equity.reports.i18n import HTML_LANG, ReportTranslations, load_translations
from channel_equity.reports.labels import SEVERITIES, SEVERITY_LABELS
from channel_equity.reports.views import CITY_PAGE_SIZE, Views, build_views
from channel_equity.store.complaints import complaints_citing, list_complaints
from channel_equity.store.models import Scan
from channel_equity.store.session import Store

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
BABEL_LOCALES = {"zh": "zh_Hans_CN", "en": "en"}


@dataclass
class RenderResult:
    index: Path
    translations: ReportTranslations
    pages: list[Path]
    # the overview, every city page, and the comparison's two views when they compare an item, in order
    printable: list[Path] = field(default_factory=list)
    findings: int = 0


def make_environment(translations: ReportTranslations, lang: str) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]

    def percent(value: float | None) -> str:
        return "—" if value is None else format_percent(value, locale=BABEL_LOCALES[lang])

    environment.filters["percent"] = percent
    return environment


def _common(data: ReportData, scan: Scan, lang: str, translations: ReportTranslations,
            clock: ReportClock) -> dict[str, Any]:
    _ = translations.gettext
    previous = data.previous_scan
    return {
        "lang": HTML_LANG[lang],
        "province_name": data.province_name,
        "scan": {"id": scan.id, "started_at": clock.time(scan.started_at),
                 "finished_at": clock.time(scan.finished_at)},
        "previous_scan": (
            {"id": previous.id, "started_at": clock.time(previous.started_at)} if previous is not None else None
        ),
        "severities": [(severity, _(SEVERITY_LABELS[severity])) for severity in SEVERITIES],
        "times_note": clock.note,
    }


def render_site(loaded: LoadedConfig, store: Store, scan: Scan, out_dir: Path, lang: str, *,
                city_page_size: int = CITY_PAGE_SIZE, today: date | None = None,
                comparison_items: int = ITEM_LIMIT) -> RenderResult:
    """Render the whole site for ``scan`` into ``out_dir`` in ``lang``; a city's open findings
    go ``city_page_size`` to a page, its times in the config's ``timezone``; the comparison
    across cities shows its ``comparison_items`` most divergent items. Complaints are shown as
    they stand now, overdue as of ``today`` (default: today in the province's time zone)."""
    translations = load_translations(lang)
    _ = translations.gettext
    clock = ReportClock(loaded.monitor.timezone, _)
    environment = make_environment(translations, lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = load_report(loaded, store, scan)
    complaints = list_complaints(store)
    files = write_evidence_files(store, data.findings.values(), cited_evidence(complaints), out_dir,
                                 loaded.path.parent, _)
    views = build_views(data, files, _, clock, city_page_size)
    today = today or loaded.monitor.today()
    complaint_views = build_complaint_views(complaints, complaints_citing(store, list(views.findings)), data, views,
                                            files, _, clock, today)
    comparison = build_comparison(store, data, views, _, comparison_items)
    common = _common(data, scan, lang, translations, clock)
    result = RenderResult(index=out_dir / "index.html", translations=translations, pages=[])
    templates = {name: environment.get_template(name) for name in ("index.html", "city.html", "finding.html",
                                                                   "coverage.html", "complaints.html",
                                                                   "complaint.html", "comparison.html",
                                                                   "comparison-by-city.html")}

    def write(template: str, path: str, **context: Any) -> Path:
        target = out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        root = "../" * path.count("/")
        target.write_text(templates[template].render(**common, root=root, **context), encoding="utf-8")
        result.pages.append(target)
        return target

    result.printable.append(write("index.html", "index.html", views=views, overview=_overview(views),
                                  complaints=complaint_views.totals,
                                  chart=trend_chart(views.trend), changes=change_chart(views.changes)))
    for city in views.cities:
        for page in city.pages:
            result.printable.append(write("city.html", page.href, city=city, page=page))
    for finding in views.findings.values():
        write("finding.html", finding.href, finding=finding, cited_by=complaint_views.cited_by.get(finding.id, []),
              comparison_href=comparison.finding_hrefs.get(finding.id))
    write("coverage.html", "coverage.html", cities=views.cities)
    result.printable += _write_comparison_pages(write, comparison)
    _write_complaint_pages(write, complaint_views)
    shutil.copyfile(STATIC_DIR / "report.css", out_dir / "report.css")
    rows = export_rows(store, "all")
    (out_dir / "findings.json").write_text(format_findings(rows, "json"), encoding="utf-8")
    (out_dir / "findings.csv").write_text(format_findings(rows, "csv"), encoding="utf-8")
    complaint_export = complaint_rows(complaints, loaded.monitor.complaints, today)
    for extension in ("json", "csv"):
        (out_dir / f"complaints.{extension}").write_text(format_complaints(complaint_export, extension),
                                                         encoding="utf-8")
    result.findings = len(views.findings)
    return result


def _write_complaint_pages(write: Callable[..., Path], views: ComplaintViews) -> None:
    """The complaints page (written even when there are none) and a page per complaint."""
    write("complaints.html", COMPLAINTS_HREF, complaints=views)
    for complaint in views.complaints:
        write("complaint.html", complaint.href, complaint=complaint, deadline_days=views.deadline_days)


def _write_comparison_pages(write: Callable[..., Path], comparison: Comparison) -> list[Path]:
    """The comparison's two views (written even when nothing is compared, as the navigation links
    them); printable only when they compare an item."""
    pages = [write(page, page, comparison=comparison, comparison_href=COMPARISON_HREF, by_city_href=BY_CITY_HREF)
             for page in (COMPARISON_HREF, BY_CITY_HREF)]  # each view's template is named as its page
    return pages if comparison.items else []


def _overview(views: Views) -> dict[str, int]:
    return {
        "cities": len(views.cities),
        "covered": sum(1 for city in views.cities if city.status == "ok"),
        "partial": sum(1 for city in views.cities if city.status == "partial"),
        "unreachable": sum(1 for city in views.cities if city.status in ("unreachable", "empty", "missing")),
        "open": sum(views.open_by_severity.values()),
        "guides": sum(city.guides for city in views.cities),
        "fetch_errors": sum(city.error_count for city in views.cities),
        "new": len(views.new),
        "resolved": len(views.resolved),
    }
