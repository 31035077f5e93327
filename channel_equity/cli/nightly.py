"""What makes ``run`` a job an operator can leave alone: the province's run lock, crashed scans
marked interrupted, the one-line summary at the end and the exit code a scheduler acts on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from rich.console import Console

from channel_equity.checks.runner import CheckSummary
from channel_equity.cli.exit_codes import ExitCode
from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.scan import CityScanResult
from channel_equity.store.frontier import resumable_scan
from channel_equity.store.locking import LockHeld, acquire_lock
from channel_equity.store.models import utcnow
from channel_equity.store.recording import interrupt_running_scans
from channel_equity.store.session import Store


def lock_name(loaded: LoadedConfig) -> str:
    """One lock per province: its scans share the store's frontier and findings."""
    return f"scan:{loaded.monitor.province.id}"


@contextmanager
def province_lock(loaded: LoadedConfig, store: Store, console: Console) -> Iterator[None]:
    """Hold the province's run lock for the block (raises :class:`LockHeld` when a live process
    holds it); scans a dead holder left ``running`` are marked ``interrupted`` first."""
    with acquire_lock(store, lock_name(loaded)) as handle:
        if handle.taken_over is not None:
            console.print(f"took over the run lock from {handle.taken_over.describe()}, which is gone")
        for scan_id in interrupt_running_scans(store, loaded.monitor.province.id):
            console.print(f"scan {scan_id} was left running by a process that ended: marked interrupted")
        yield


SAME_NIGHT = timedelta(hours=12)
"""How recent an interrupted scan ``run`` resumes by default: tonight's, not last week's."""


def scan_to_resume(loaded: LoadedConfig, store: Store, resume: bool | None, console: Console) -> int | None:
    """The interrupted scan to continue: the province's latest when ``resume`` is asked, the
    latest of the same night by default (``None``, what ``run`` does), none when refused.
    Call inside :func:`province_lock`, which marks a dead process's scan interrupted."""
    if resume is False:
        return None
    since = None if resume else utcnow() - SAME_NIGHT
    scan_id = resumable_scan(store, loaded.monitor.province.id, since)
    if scan_id is not None:
        console.print(f"resuming scan {scan_id}: the pages it stored are read from the store, not fetched again")
    elif resume:
        console.print("no interrupted scan to resume: a new scan starts")
    return scan_id


def locked_message(loaded: LoadedConfig, exc: LockHeld) -> str:
    return (f"another scan of {loaded.monitor.province.id} is running ({exc.holder.describe()}): nothing done; "
            f"exit {int(ExitCode.LOCKED)}")


@dataclass(frozen=True)
class RunOutcome:
    scan_id: int
    results: list[CityScanResult]
    checked: CheckSummary
    report: Path
    complaints: Counter[str] = field(default_factory=Counter)  # verdict -> open complaints re-checked

    @property
    def gaps(self) -> list[CityScanResult]:
        """The portals not fully read: their silence is no compliance."""
        return [result for result in self.results if result.status != "ok"]

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.COVERAGE_GAPS if self.gaps else ExitCode.OK

    def summary(self) -> str:
        """The run in one line, for the scheduler's log and the operator's mail."""
        statuses: dict[str, int] = {}
        for result in self.results:
            statuses[result.status] = statuses.get(result.status, 0) + 1
        cities = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
        counts = self.checked.lifecycle
        gaps = f"coverage gaps: {', '.join(r.city_id for r in self.gaps)}" if self.gaps else "no coverage gaps"
        rechecked = (f"complaints re-checked {sum(self.complaints.values())} ("
                     + ", ".join(f"{count} {verdict}" for verdict, count in sorted(self.complaints.items())) + "); "
                     if self.complaints else "")
        return (f"run: scan {self.scan_id}, {len(self.results)} cities ({cities}), {self.checked.guides} guides, "
                f"findings +{counts.opened} new, {counts.reopened} reopened, {counts.resolved} resolved; {gaps}; "
                f"{rechecked}"
                f"report {self.report}; exit {int(self.exit_code)}")
