"""The ``report`` command: render the HTML report site of one scan from the store."""

from __future__ import annotations

from pathlib import Path

from channel_equity.core.config import LoadedConfig
from channel_equity.store.reading import get_scan, latest_scan
from channel_equity.store.session import Store, StoreError

DEFAULT_OUT = Path("var") / "report"


class ReportError(Exception):
    """The report could not be completed (e.g. Chromium could not print it); one line says why."""


def render_report(
    loaded: LoadedConfig,
    store: Store,
    out_dir: Path | None = None,
    lang: str = "zh",
    scan_id: int | None = None,
    *,
    pdf: bool = False,
) -> Path:
    """Render the report of ``scan_id`` (default: the latest finished scan of the province)
    into ``out_dir`` (default ``var/report`` beside the config) in ``lang`` (``zh`` or
    ``en``); with ``pdf``, also print the overview and every city page to ``pdf/`` there.
    Returns the path of ``index.html``.

    Raises :class:`StoreError` with a one-line message when there is no such scan, and
    :class:`ReportError` when the PDFs cannot be printed.
    """
    from channel_equity.reports.render import render_site  # the report stage loads Jinja2 only when asked

    if scan_id is not None:
        scan = get_scan(store, scan_id)
        if scan is None or scan.province_id != loaded.monitor.province.id:
            raise StoreError(f"no scan {scan_id} of province {loaded.monitor.province.id!r} in the store")
        if scan.kind != "nightly":
            raise StoreError(f"scan {scan_id} is a complaint's re-check of one item, not a scan of the province: "
                             "its verdicts are on the complaint's page")
    else:
        scan = latest_scan(store, province_id=loaded.monitor.province.id)
        if scan is None:
            raise StoreError(f"no finished scan of province {loaded.monitor.province.id!r} yet; run `scan` first")
    target = out_dir if out_dir is not None else loaded.path.parent / DEFAULT_OUT
    result = render_site(loaded, store, scan, target, lang)
    if pdf:
        from channel_equity.reports.pdf import PdfError, print_pdfs

        try:
            print_pdfs(target, result.printable)
        except PdfError as exc:
            raise ReportError(str(exc)) from None
    return result.index
