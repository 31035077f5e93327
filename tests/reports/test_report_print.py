"""Printing: the print stylesheet in Chromium's print mode, and `report --pdf` from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from channel_equity.reports.render import RenderResult
from tests.reports.conftest import ReportStore
from tests.reports.site_checks import WatchedPage

pytestmark = pytest.mark.browser


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "channel_equity", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "200", **(env or {})})


def test_print_stylesheet_drops_navigation_and_screen_colours(sites: dict[str, RenderResult], browser: Browser) -> None:
    page = WatchedPage(browser).open(sites["en"].index.parent / "city" / "hexi.html")
    style = "sel => getComputedStyle(document.querySelector(sel))"
    assert page.evaluate(f"({style})('.masthead nav').display") == "block"
    assert page.evaluate(f"({style})('.pager').display") == "block"
    page.emulate_media(media="print")
    assert page.evaluate(f"({style})('.masthead nav').display") == "none"
    assert page.evaluate(f"({style})('.pager').display") == "none"
    assert page.evaluate(f"({style})('mark').backgroundColor") == "rgba(0, 0, 0, 0)"
    assert page.evaluate(f"({style})('.badge').color") == "rgb(0, 0, 0)"
    assert page.evaluate(f"({style})('thead').display") == "table-header-group"


def test_report_pdf_prints_the_overview_and_every_city_page(report_store: ReportStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run_cli("report", "--config", str(report_store.loaded.path), "--out", str(out), "--lang", "en", "--pdf")
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"pdf: {(out / 'pdf').resolve()}" in result.stdout
    printed = sorted(path.relative_to(out / "pdf").as_posix() for path in (out / "pdf").rglob("*.pdf"))
    assert printed == ["city/hexi.pdf", "city/jinghai.pdf", "city/shanyang.pdf", "index.pdf"]
    for name in printed:
        data = (out / "pdf" / name).read_bytes()
        assert data.startswith(b"%PDF-") and data.count(b"/Type /Page") >= 1, name
    assert (out / "pdf" / "city" / "hexi.pdf").stat().st_size > (out / "pdf" / "city" / "shanyang.pdf").stat().st_size


def test_report_pdf_without_a_browser_is_one_clear_error(report_store: ReportStore, tmp_path: Path) -> None:
    result = run_cli("report", "--config", str(report_store.loaded.path), "--out", str(tmp_path / "site"), "--pdf",
                     env={"CHANNEL_EQUITY_CHROMIUM": str(tmp_path / "no-such-chromium")})
    assert result.returncode == 2
    assert result.stderr.startswith("error: cannot print the report to PDF with Chromium:")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "site" / "index.html").is_file()  # the HTML report itself was written
