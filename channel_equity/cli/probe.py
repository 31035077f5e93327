"""The probes' presentation: a progress bar while the browser visits, then what it did."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.probes import ProbeRunSummary, run_probes
from channel_equity.store.session import Store

MAX_FAILURES_SHOWN = 10


def probe_and_print(loaded: LoadedConfig, store: Store, scan_id: int, console: Console,
                    city_ids: Iterable[str] | None = None, items: Iterable[str] | None = None) -> ProbeRunSummary:
    """Run the probes over the scan with a progress bar; print how many visits were made and failed."""
    with Progress(SpinnerColumn(), TextColumn("probes"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=False, disable=not console.is_terminal) as progress:
        task = progress.add_task("probes", total=None)

        def update(done: int, planned: int) -> None:
            progress.update(task, total=planned, completed=done)

        summary = run_probes(loaded, store, scan_id, city_ids, items, update)
    console.print(probe_summary_line(summary), highlight=False, soft_wrap=True)
    for failure in summary.failures[:MAX_FAILURES_SHOWN]:
        console.print(f"  probe failed: {escape(failure)}", highlight=False, soft_wrap=True)
    if len(summary.failures) > MAX_FAILURES_SHOWN:
        console.print(f"  … and {len(summary.failures) - MAX_FAILURES_SHOWN} more failed probes")
    return summary


def probe_summary_line(summary: ProbeRunSummary) -> str:
    cities = len(summary.per_city)
    line = (f"probes of scan {summary.scan_id}: {summary.visits} visit(s) in {cities} city(ies), "
            f"{summary.failed} failed, {summary.retried} retried, browser started {summary.browser_launches} "
            f"time(s), {summary.seconds:.1f} s")
    return line
