"""The ``scan`` command's presentation: a live progress bar and the per-city table."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.scan import CityScanResult, run_scan
from channel_equity.crawler.spiders.portal import CityCrawlState
from channel_equity.store.session import Store

STATUS_STYLE = {"ok": "green", "partial": "yellow", "empty": "bold red", "unreachable": "bold red"}


def scan_with_progress(
    loaded: LoadedConfig, store: Store, city_ids: list[str] | None, console: Console, resume: int | None = None
) -> tuple[int, list[CityScanResult]]:
    """Run the crawl showing, per city, pages done out of pages queued so far."""
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("items {task.fields[items]}  errors {task.fields[errors]}"), TimeElapsedColumn(),
        console=console, transient=False, disable=not console.is_terminal,
    ) as progress:
        tasks: dict[str, TaskID] = {}

        def update(states: dict[str, CityCrawlState]) -> None:
            for city_id, state in states.items():
                if city_id not in tasks:
                    tasks[city_id] = progress.add_task(city_id, total=1, items=0, errors=0)
                done = state.pages_fetched + state.errors
                progress.update(tasks[city_id], total=max(state.requested, 1), completed=done,
                                items=state.items_extracted, errors=state.errors)

        return run_scan(loaded, store, city_ids, on_progress=update, resume=resume)


def city_table(scan_id: int, results: list[CityScanResult], names: dict[str, str]) -> Table:
    table = Table(title=f"scan {scan_id}: pages fetched, guide items extracted (of those the portal lists), "
                        "guide-like pages not read, fetch errors", show_lines=False)
    for column, justify in (("city", "left"), ("name", "left"), ("status", "left"), ("pages", "right"),
                            ("items", "right"), ("unread", "right"), ("errors", "right")):
        table.add_column(column, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    table.add_column("problem", overflow="fold")
    for result in results:
        style = STATUS_STYLE.get(result.status, "")
        items = str(result.items_extracted) + (f"/{result.stated_total}" if result.stated_total else "")
        table.add_row(result.city_id, names.get(result.city_id, ""), f"[{style}]{result.status}[/]",
                      str(result.pages_fetched), items, str(result.unread_guides), str(result.errors),
                      (result.error or "")[:160])
    return table


def scan_and_print(loaded: LoadedConfig, store: Store, city_ids: list[str] | None,
                   console: Console, resume: int | None = None, probes: bool = True) -> tuple[int, list[CityScanResult]]:
    """Crawl with a progress bar and print each city's result; then, unless ``probes`` is false or
    the config switches them off (``probes.enabled``), run the browser probes over the scan."""
    from channel_equity.cli.probe import probe_and_print

    scan_id, results = scan_with_progress(loaded, store, city_ids, console, resume)
    names = {c.id: c.name for c in loaded.monitor.cities}
    console.print(city_table(scan_id, results, names))
    if probes and loaded.monitor.probes.enabled:
        probe_and_print(loaded, store, scan_id, console, city_ids)
    console.print(f"store: {store.display_url}")
    return scan_id, results
