"""Writes the static report site: overview, city pages, finding pages, coverage, the
snapshots findings cite, the CSS, and the findings exports.

The site is self-contained (no network resource, no script) so inspectors can read it
offline and print it. Scraped text is escaped by Jinja2's autoescape; stored page bodies
are written as decoded ``.txt`` files, which browsers show as text and never run.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.numbers import format_percent
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from channel_equity.config import LoadedConfig
from channel_equity.findings_export import render_findings
from channel_equity.store import reading
from channel_equity.store.models import Scan
from channel_equity.store.reading import export_time
from channel_equity.store.session import Store
from reports import queries
from reports.charts import trend_chart
from reports.context import ReportData, Views, build_views, load_report, snapshot_digest
from reports.i18n import HTML_LANG, ReportTranslations, load_translations
from reports.labels import SEVERITIES, SEVERITY_LABELS

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
BABEL_LOCALES = {"zh": "zh_Hans_CN", "en": "en"}


@dataclass
class RenderResult:
    index: Path
    translations: ReportTranslations
    pages: list[Path]


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


def write_snapshots(store: Store, data: ReportData, out_dir: Path) -> set[str]:
    """Decode each body a finding cites into ``snapshots/<sha256>.txt``; returns the hashes written."""
    digests = {digest for finding in data.findings.values() if (digest := snapshot_digest(finding))}
    encodings = queries.snapshot_encodings(store, digests)
    folder = out_dir / "snapshots"
    written: set[str] = set()
    for digest in sorted(digests):
        try:
            body = reading.page_body(store, digest)
        except KeyError:
            continue  # the evidence names a body this store does not hold: no link
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{digest}.txt").write_text(decode_body(body, encodings.get(digest)), encoding="utf-8")
        written.add(digest)
    return written


def decode_body(body: bytes, encoding: str | None) -> str:
    """The body as text in the encoding the crawler detected, else UTF-8, never failing."""
    for candidate in (encoding, "utf-8", "gb18030"):
        if not candidate:
            continue
        try:
            return body.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def render_site(loaded: LoadedConfig, store: Store, scan: Scan, out_dir: Path, lang: str) -> RenderResult:
    """Render the whole site for ``scan`` into ``out_dir`` in ``lang``."""
    translations = load_translations(lang)
    environment = make_environment(translations, lang)
    _ = translations.gettext
    out_dir.mkdir(parents=True, exist_ok=True)
    data = load_report(loaded, store, scan)
    snapshots = write_snapshots(store, data, out_dir)
    views = build_views(data, snapshots, _)
    common: dict[str, Any] = {
        "lang": HTML_LANG[lang],
        "province_name": data.province_name,
        "scan": {"id": scan.id, "started_at": export_time(scan.started_at),
                 "finished_at": export_time(scan.finished_at)},
        "previous_scan": (
            {"id": data.previous_scan.id, "started_at": export_time(data.previous_scan.started_at)}
            if data.previous_scan is not None else None
        ),
        "severities": [(severity, _(SEVERITY_LABELS[severity])) for severity in SEVERITIES],
    }
    pages: list[Path] = []

    def write(template: str, path: str, **context: Any) -> None:
        target = out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        root = "../" * path.count("/")
        html = environment.get_template(template).render(**common, root=root, **context)
        target.write_text(html, encoding="utf-8")
        pages.append(target)

    write("index.html", "index.html", views=views, overview=_overview(views), chart=trend_chart(views.trend))
    for city in views.cities:
        write("city.html", city.href, city=city)
    for finding in views.findings.values():
        write("finding.html", finding.href, finding=finding)
    write("coverage.html", "coverage.html", cities=views.cities)
    shutil.copyfile(STATIC_DIR / "report.css", out_dir / "report.css")
    (out_dir / "findings.json").write_text(render_findings(store, "json", "all"), encoding="utf-8")
    (out_dir / "findings.csv").write_text(render_findings(store, "csv", "all"), encoding="utf-8")
    return RenderResult(index=out_dir / "index.html", translations=translations, pages=pages)


def _overview(views: Views) -> dict[str, int]:
    return {
        "cities": len(views.cities),
        "covered": sum(1 for city in views.cities if city.status == "ok"),
        "partial": sum(1 for city in views.cities if city.status == "partial"),
        "unreachable": sum(1 for city in views.cities if city.status in ("unreachable", "missing")),
        "open": sum(views.open_by_severity.values()),
        "guides": sum(city.guides for city in views.cities),
        "fetch_errors": sum(city.error_count for city in views.cities),
        "new": len(views.new),
        "resolved": len(views.resolved),
    }
