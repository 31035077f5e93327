"""``schedule``: run ``run`` on the config's cron expression until stopped.

Each run is a child process (``python -m channel_equity run …``), so a crash or a leak in one
night's scan never takes the scheduler down, and the run lock (in the store) keeps a run that
outlives its slot from overlapping the next: that one exits ``LOCKED`` and is logged as such.
SIGTERM or SIGINT stops the loop; a run in progress is asked to stop (SIGTERM) and waited for.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from types import FrameType

from croniter import croniter

from channel_equity.cli.exit_codes import ExitCode

Log = Callable[[str], None]


def now() -> datetime:
    return datetime.now().astimezone()


def next_fire(expression: str, after: datetime) -> datetime:
    """The first moment after ``after`` the cron expression names (machine's local time)."""
    return croniter(expression, after).get_next(datetime)  # type: ignore[no-any-return]


def describe_exit(code: int) -> str:
    try:
        return ExitCode(code).name.lower().replace("_", " ")
    except ValueError:
        return "killed by a signal" if code < 0 else "unknown"


class Scheduler:
    """The loop: wait for the next fire time, run the child, log its start and end."""

    def __init__(self, expression: str, command: Sequence[str], log: Log) -> None:
        self.expression, self.command, self.log = expression, list(command), log
        self.stopping = threading.Event()
        self.child: subprocess.Popen[bytes] | None = None

    def stop(self, signum: int, _frame: FrameType | None = None) -> None:
        self.log(f"schedule: {signal.Signals(signum).name} received, stopping")
        self.stopping.set()
        if self.child is not None and self.child.poll() is None:
            self.child.terminate()

    def run_once(self) -> int:
        started = now()
        self.log(f"schedule: run started at {started:%Y-%m-%d %H:%M:%S %z}")
        self.child = subprocess.Popen(self.command)
        try:
            code = self.child.wait()
        finally:
            self.child = None
        ended = now()
        self.log(f"schedule: run ended at {ended:%Y-%m-%d %H:%M:%S %z} after {(ended - started).total_seconds():.0f} s, "
                 f"exit {code} ({describe_exit(code)})")
        return code

    def loop(self, runs: int | None) -> int:
        """Run on every fire time until stopped (or ``runs`` runs); the last run's exit code."""
        last = int(ExitCode.OK)
        done = 0
        while not self.stopping.is_set() and (runs is None or done < runs):
            due = next_fire(self.expression, now())
            self.log(f"schedule: next run at {due:%Y-%m-%d %H:%M:%S %z}")
            if self.stopping.wait(max(0.0, (due - now()).total_seconds())):
                break
            last = self.run_once()
            done += 1
        return last


def run_schedule(expression: str, run_arguments: Sequence[str], runs: int | None, log: Log) -> int:
    """Install the stop signals and loop; returns the exit code of the last run."""
    scheduler = Scheduler(expression, [sys.executable, "-m", "channel_equity", "run", *run_arguments], log)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, scheduler.stop)
    return scheduler.loop(runs)
