"""The ``prune`` command's work and presentation: what was (or would be) removed, in a few lines.

The command itself is registered in ``app.py`` (which holds the run lock around it); this
module does not import ``app``, so the floors stay free of cycles.
"""

from __future__ import annotations

from rich.console import Console

from channel_equity.core.config import LoadedConfig
from channel_equity.store.retention import PruneResult, prune
from channel_equity.store.session import Store


def prune_and_print(loaded: LoadedConfig, store: Store, keep: int, *, dry_run: bool, vacuum: bool,
                    console: Console) -> PruneResult:
    """Prune the province's old scans (see :mod:`channel_equity.store.retention`) and print the summary."""
    result = prune(store, loaded.monitor.province.id, keep=keep, dry_run=dry_run, vacuum=vacuum)
    for line in summary_lines(result):
        console.print(line, highlight=False, soft_wrap=True, markup=False)
    console.print(f"store: {store.display_url}", highlight=False, markup=False)
    return result


def summary_lines(result: PruneResult) -> list[str]:
    """The summary ``prune`` prints: the window, what went, what evidence kept."""
    verb = "would remove" if result.dry_run else "removed"
    who = result.province_id or "every province"
    lines = [f"prune {who}: keeping scans {_ids(result.kept_scans)} "
             f"(the newest {result.keep} finished, any started since, any running)"]
    if not result.old_scans:
        lines.append(f"nothing to prune: {who} has no scan older than its newest {result.keep} finished ones")
    else:
        lines.append(
            f"{verb} {result.pages_deleted} page rows and {result.blobs_deleted} page bodies from "
            f"{len(result.scans_pruned)} of {len(result.old_scans)} older scans ({_ids(result.scans_pruned)}): "
            f"{_size(result.bytes_freed)} of pages, {_size(result.stored_bytes_freed)} as stored")
        lines.append(
            f"kept as evidence of findings not resolved before the window, and of complaints: "
            f"{result.blobs_kept_for_evidence} bodies only older scans had, "
            f"{result.pages_kept_for_evidence} page rows of older scans")
        lines.append(f"browser probes: {verb} {result.probe_results_deleted} visits of older scans and "
                     f"{result.probe_blobs_deleted} of their screenshots and WARCs ({_size(result.probe_bytes_freed)})")
        lines.append("screenshots: none stored on disk" if not result.screenshots_removed
                     else f"screenshots: {verb} {result.screenshots_removed}")
    if result.vacuum_reclaimed is not None:
        lines.append(f"vacuum: the database file shrank by {_size(result.vacuum_reclaimed)}")
    if result.dry_run:
        lines.append("dry run: nothing was changed")
    return lines


def _ids(scan_ids: list[int]) -> str:
    if not scan_ids:
        return "none"
    ordered = sorted(scan_ids)
    shown = ", ".join(str(scan_id) for scan_id in ordered[:12])
    return shown + (f" and {len(ordered) - 12} more" if len(ordered) > 12 else "")


def _size(count: int) -> str:
    if abs(count) < 1024:
        return f"{count} bytes"
    amount, units = count / 1024, ["KiB", "MiB", "GiB"]
    unit = units.pop(0)
    while abs(amount) >= 1024 and units:
        amount, unit = amount / 1024, units.pop(0)
    return f"{amount:.1f} {unit}"
