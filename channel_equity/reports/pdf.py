"""``report --pdf``: the overview and every city page printed to PDF through headless Chromium.

Chromium prints with the report's print stylesheet (``@media print`` in ``report.css``):
no navigation, black on white, tables that keep their headers across pages. Each page
becomes ``pdf/<same path>.pdf`` beside the HTML (``pdf/index.pdf``, ``pdf/city/<id>.pdf``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from channel_equity.core.browser import chromium_launch_options

FOOTER = ('<div style="font-size:8px;width:100%;text-align:center;color:#444">'
          '<span class="pageNumber"></span> / <span class="totalPages"></span></div>')


class PdfError(Exception):
    """Chromium could not be started or could not print; the message says which."""


def pdf_path(site: Path, page: Path) -> Path:
    return site / "pdf" / page.relative_to(site).with_suffix(".pdf")


def print_pdfs(site: Path, pages: Iterable[Path]) -> list[Path]:
    """Print each of ``pages`` (HTML files inside ``site``); returns the PDFs written."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    written: list[Path] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(**chromium_launch_options())
            try:
                page = browser.new_page()
                for html in pages:
                    target = pdf_path(site, html)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    page.goto(html.resolve().as_uri(), wait_until="load")
                    page.pdf(path=str(target), format="A4", print_background=True, display_header_footer=True,
                             header_template="<span></span>", footer_template=FOOTER,
                             margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"})
                    written.append(target)
            finally:
                browser.close()
    except PlaywrightError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PdfError(f"cannot print the report to PDF with Chromium: {first_line}") from None
    return written
