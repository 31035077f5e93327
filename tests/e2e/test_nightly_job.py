"""The nightly job an operator leaves alone: one run at a time (a second one exits 4 and does
nothing), a scan a dead process left ``running`` marked interrupted, the run's one-line summary
and exit code, and ``schedule`` running ``run`` on the config's cron expression."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from channel_equity.store import reading, recording
from channel_equity.store.locking import this_host
from channel_equity.store.models import RunLock, Scan, utcnow
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.served import served_city

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>夜巡市政务服务网</title></head><body>
<h1>夜巡市政务服务网</h1><ul><li><a href="g1.html">食品经营许可</a></li></ul></body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品经营许可</title></head><body>
<h1>食品经营许可</h1><table>
<tr><th>事项名称</th><td>食品经营许可</td></tr><tr><th>实施编码</th><td>NX0001</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr><tr><th>承诺办结时限</th><td>5个工作日</td></tr>
</table></body></html>
"""


@pytest.fixture
def province(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A one-guide portal served on loopback and its config (runs every second when scheduled)."""
    files = {"index.html": HOME, "g1.html": GUIDE}
    with served_city(tmp_path, "night", files, schedule="* * * * * */1") as city:
        yield city.config, city.db


def scans(db: Path) -> list[tuple[int, str]]:
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            return [(s.id, s.status) for s in session.scalars(select(Scan).order_by(Scan.id))]
    finally:
        store.close()


def test_a_second_run_exits_locked_and_does_nothing(province: tuple[Path, Path], tmp_path: Path) -> None:
    path, db = province
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # a run still going
    try:
        store = open_store(f"sqlite:///{db}")
        with store.session(write=True) as session:
            session.add(RunLock(name="scan:test", host=this_host(), pid=live.pid, acquired_at=utcnow(),
                                heartbeat_at=utcnow()))
        store.close()
        result = run_cli("run", "--config", str(path), "--out", str(tmp_path / "report"))
        scanned = run_cli("scan", "--config", str(path))
    finally:
        live.kill()
        live.wait()
    assert result.returncode == 4 and scanned.returncode == 4
    assert f"another scan of test is running (process {live.pid} on {this_host()}" in result.stderr
    assert scans(db) == [], "nothing was crawled"


def test_a_run_after_a_crash_marks_the_dead_scan_interrupted_and_sums_up(province: tuple[Path, Path],
                                                                         tmp_path: Path) -> None:
    path, db = province
    crashed = subprocess.Popen([sys.executable, "-c", "pass"])
    crashed.wait()  # a process that held the lock and died (SIGKILL) mid-scan
    store = open_store(f"sqlite:///{db}")
    left_running = recording.start_scan(store, "test", path)
    with store.session(write=True) as session:
        session.add(RunLock(name="scan:test", host=this_host(), pid=crashed.pid, acquired_at=utcnow(),
                            heartbeat_at=utcnow()))
    store.close()
    # --no-resume: a new scan beside the dead one (by default run would continue it: test_resume)
    result = run_cli("run", "--config", str(path), "--out", str(tmp_path / "report"), "--no-resume")
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"scan {left_running} was left running by a process that ended: marked interrupted" in result.stdout
    [(old, old_status), (new, new_status)] = scans(db)
    assert (old, old_status, new_status) == (left_running, "interrupted", "finished")
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"run: scan {new}, 1 cities (1 ok), 1 guides") and summary.endswith("exit 0")
    store = open_store(f"sqlite:///{db}")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(RunLock)) == 0, "the lock is released"
    assert reading.latest_scan(store) is not None
    store.close()


def test_schedule_runs_run_on_its_cron_expression_and_logs_each_run(province: tuple[Path, Path],
                                                                    tmp_path: Path) -> None:
    path, db = province
    result = run_cli("schedule", "--config", str(path), "--out", str(tmp_path / "report"), "--runs", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    log = [line for line in result.stdout.splitlines() if line.startswith("schedule:")]
    assert log[0].startswith("schedule: '* * * * * */1' for test")
    assert log[1].startswith("schedule: next run at ") and log[2].startswith("schedule: run started at ")
    assert log[3].startswith("schedule: run ended at ") and log[3].endswith("exit 0 (ok)")
    assert [status for _, status in scans(db)] == ["finished"]
    assert (tmp_path / "report" / "index.html").exists()


def test_schedule_refuses_a_config_without_a_valid_cron_expression(province: tuple[Path, Path]) -> None:
    path, _ = province
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["schedule"] = "every night"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = run_cli("schedule", "--config", str(path), "--runs", "1")
    assert result.returncode == 2 and "schedule" in result.stderr and "cron expression" in result.stderr
