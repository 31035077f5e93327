"""The run lock in the store: a live holder refuses a second run, a gone one is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import update

from channel_equity.store import Store
from channel_equity.store.locking import LockHeld, acquire_lock, lock_holder, this_host
from channel_equity.store.models import RunLock, utcnow


def ended_pid() -> int:
    """The pid of a process that has just ended on this host."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_held_lock_refuses_a_second_holder_until_released(store: Store) -> None:
    with acquire_lock(store, "scan:demo"):
        holder = lock_holder(store, "scan:demo")
        assert holder is not None and holder.host == this_host()
        with store.session(write=True) as session:  # as if another live process held it
            session.execute(update(RunLock).values(pid=1))
        with pytest.raises(LockHeld, match="held by process 1 on"):
            acquire_lock(store, "scan:demo")
        with store.session(write=True) as session:
            session.execute(update(RunLock).values(pid=os.getpid()))
    assert lock_holder(store, "scan:demo") is None
    with acquire_lock(store, "scan:demo") as again:
        assert again.taken_over is None


def test_locks_of_other_provinces_do_not_meet(store: Store) -> None:
    with acquire_lock(store, "scan:demo"), acquire_lock(store, "scan:other"):
        assert lock_holder(store, "scan:other") is not None


def test_a_lock_left_by_a_process_that_ended_is_taken_over(store: Store) -> None:
    gone = ended_pid()
    with store.session(write=True) as session:
        session.add(RunLock(name="scan:demo", host=this_host(), pid=gone, acquired_at=utcnow(),
                            heartbeat_at=utcnow()))
    with acquire_lock(store, "scan:demo") as handle:
        assert handle.taken_over is not None and handle.taken_over.pid == gone


def test_another_hosts_lock_is_taken_over_only_when_its_heartbeat_stopped(store: Store) -> None:
    with store.session(write=True) as session:
        session.add(RunLock(name="scan:demo", host="elsewhere.example", pid=4242, acquired_at=utcnow(),
                            heartbeat_at=utcnow()))
    with pytest.raises(LockHeld, match="elsewhere.example"):
        acquire_lock(store, "scan:demo")
    with store.session(write=True) as session:
        session.execute(update(RunLock).values(heartbeat_at=utcnow() - timedelta(hours=1)))
    with acquire_lock(store, "scan:demo", stale_after=timedelta(minutes=10)) as handle:
        assert handle.taken_over is not None and handle.taken_over.host == "elsewhere.example"
