"""The run lock: one scan of a province at a time, whoever starts it and wherever.

The lock is a row in the store (``run_locks``), not a file: two machines sharing a PostgreSQL
store see the same row. A holder is a host and a pid. A lock is taken over only from a holder
that is certainly gone: on this host, a pid that no longer runs (a crash, SIGKILL); on another
host, a heartbeat older than ``stale_after`` (the holder beats while it runs). Otherwise the
second run is refused with the holder named, and exits with its documented code.
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, select, update
from sqlalchemy.exc import IntegrityError

from channel_equity.store.models import RunLock, utcnow
from channel_equity.store.session import Store

HEARTBEAT_SECONDS = 30.0
STALE_AFTER = timedelta(minutes=10)
"""A holder on another host that has not beaten for this long is gone (20 missed heartbeats)."""


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    acquired_at: datetime
    heartbeat_at: datetime

    def describe(self) -> str:
        return (f"process {self.pid} on {self.host}, since {self.acquired_at:%Y-%m-%d %H:%M:%S} UTC "
                f"(last heartbeat {self.heartbeat_at:%H:%M:%S} UTC)")


class LockHeld(Exception):
    """Another live process holds the lock."""

    def __init__(self, name: str, holder: Holder) -> None:
        super().__init__(f"{name} is held by {holder.describe()}")
        self.holder = holder


def this_host() -> str:
    return socket.gethostname()


def pid_running(pid: int) -> bool:
    """Does a process with this pid run on this host (signal 0 tests without sending anything)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, as another user
        return True
    return True


def is_gone(holder: Holder, now: datetime, stale_after: timedelta) -> bool:
    """Is the holder certainly gone: its process ended on this host, or it stopped beating?"""
    if holder.host == this_host():
        return not pid_running(holder.pid)
    return now - holder.heartbeat_at > stale_after


class RunLockHandle:
    """A held lock: beats in a background thread until released (``with`` releases it)."""

    def __init__(self, store: Store, name: str, taken_over: Holder | None) -> None:
        self.store, self.name, self.taken_over = store, name, taken_over
        self._stop = threading.Event()
        self._beat = threading.Thread(target=self._beat_until_stopped, name=f"heartbeat {name}", daemon=True)
        self._beat.start()

    def _owned(self) -> ColumnElement[bool]:
        return and_(RunLock.name == self.name, RunLock.host == this_host(), RunLock.pid == os.getpid())

    def _beat_until_stopped(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            try:
                with self.store.session(write=True) as session:
                    session.execute(update(RunLock).where(self._owned()).values(heartbeat_at=utcnow()))
            except Exception:  # noqa: BLE001 - a missed beat is retried; the run goes on
                continue

    def release(self) -> None:
        self._stop.set()
        self._beat.join(timeout=5)
        with self.store.session(write=True) as session:
            session.execute(delete(RunLock).where(self._owned()))

    def __enter__(self) -> RunLockHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _holder(row: RunLock) -> Holder:
    return Holder(row.host, row.pid, row.acquired_at, row.heartbeat_at)


def acquire_lock(store: Store, name: str, *, stale_after: timedelta = STALE_AFTER) -> RunLockHandle:
    """Take ``name`` for this process, or raise :class:`LockHeld` naming the live holder.

    A lock left by a holder that is gone is taken over (``RunLockHandle.taken_over`` says from
    whom); two processes racing for a free lock meet on its primary key, and the loser sees the
    winner as the holder."""
    for _ in range(2):
        now = utcnow()
        try:
            with store.session(write=True) as session:
                row = session.scalars(select(RunLock).where(RunLock.name == name)).first()
                if row is None:
                    session.add(RunLock(name=name, host=this_host(), pid=os.getpid(), acquired_at=now,
                                        heartbeat_at=now))
                    session.flush()
                    return RunLockHandle(store, name, None)
                holder = _holder(row)
                if not is_gone(holder, now, stale_after):
                    raise LockHeld(name, holder)
                row.host, row.pid, row.acquired_at, row.heartbeat_at = this_host(), os.getpid(), now, now
            return RunLockHandle(store, name, holder)
        except IntegrityError:  # another process inserted it first: look again
            continue
    raise LockHeld(name, lock_holder(store, name) or Holder("?", 0, utcnow(), utcnow()))


def lock_holder(store: Store, name: str) -> Holder | None:
    """Who holds ``name`` now, if anyone."""
    with store.session() as session:
        row = session.scalars(select(RunLock).where(RunLock.name == name)).first()
        return _holder(row) if row is not None else None
