"""Report rendering at province scale: the whole site for 20 cities × 2,000 guides with
about 10,000 findings, against the targets of issue 5 (under 20 s, index.html under 1 MB).

The store is built directly (:mod:`bench.report_store`; setup, not timed). The timed part
is exactly what `channel-equity report` does: read the scan and its history, write every
page, snapshot and export.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.report_store import build_bench_store
from channel_equity.reports.render import render_site
from channel_equity.store.reading import get_scan

TARGET_SECONDS = 20.0
TARGET_INDEX_BYTES = 1_000_000


def run(cities: int = 20, items: int = 2000, findings: int = 10_000, lang: str = "zh") -> None:
    with tempfile.TemporaryDirectory(prefix="ce-bench-report-") as tmp:
        workdir = Path(tmp)
        started = time.perf_counter()
        bench = build_bench_store(workdir, cities, items, findings)
        setup = time.perf_counter() - started
        scan = get_scan(bench.store, bench.scan_id)
        assert scan is not None
        started = time.perf_counter()
        result = render_site(bench.loaded, bench.store, scan, workdir / "report", lang)
        seconds = time.perf_counter() - started
        index_bytes = result.index.stat().st_size
        files = sum(1 for path in (workdir / "report").rglob("*") if path.is_file())
        site_bytes = sum(path.stat().st_size for path in (workdir / "report").rglob("*") if path.is_file())
        bench.store.close()
    print(f"report: {cities} cities × {items} guides, {findings} findings in the store "
          f"(setup {setup:.1f} s, not timed)")
    print(f"  rendered in {seconds:.1f} s (target < {TARGET_SECONDS:.0f} s): "
          f"{'ok' if seconds < TARGET_SECONDS else 'SLOW'}")
    print(f"  index.html {index_bytes:,} bytes (target < {TARGET_INDEX_BYTES:,}): "
          f"{'ok' if index_bytes < TARGET_INDEX_BYTES else 'TOO LARGE'}")
    print(f"  {len(result.pages)} pages, {result.findings} findings shown, {files} files, "
          f"{site_bytes / 1e6:.0f} MB in all")
