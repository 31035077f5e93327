"""A scan killed mid-crawl (SIGKILL: no clean-up ran) is marked interrupted by the next command
and continued by ``scan --resume``: no page it stored is fetched again, no guide is lost or
counted twice; and the nightly ``run`` continues a scan interrupted the same night by itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from channel_equity.store import reading, recording
from channel_equity.store.models import Observation, Page, Scan
from channel_equity.store.session import open_store
from tests.e2e.hostile_portal import serving
from tests.running import run_cli

GUIDES = 40
PER_LIST = 20
GUIDE_SECONDS = 0.25  # each guide page takes this long: the kill lands mid-crawl
KILL_AFTER_PAGES = 15

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施编码</th><td>XJ{number:04d}</td></tr>
<tr><th>实施主体</th><td>续接市市场监督管理局</td></tr><tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
<tr><th>到办事现场次数</th><td>1次</td></tr><tr><th>承诺办结时限</th><td>{number}个工作日</td></tr></table></body></html>
"""


def guide_name(number: int) -> str:
    return f"第{number}号许可事项办理"


def list_page(page: int) -> str:
    numbers = range((page - 1) * PER_LIST + 1, page * PER_LIST + 1)
    links = "".join(f'<li><a href="{"/old/" if n == 7 else "/g/"}{n}">{guide_name(n)}</a></li>' for n in numbers)
    pager = f'<a href="/list?page={page + 1}">下一页</a>' if page * PER_LIST < GUIDES else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head><body><ul>{links}</ul>'
            f"{pager}</body></html>")


class SlowPortal(BaseHTTPRequestHandler):
    """A home, a two-page list of guides, slow guide pages; /old/7 redirects to /g/7."""

    hits: list[str] = []
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        with self.lock:
            self.hits.append(self.path)
        if self.path.startswith("/old/"):
            self.send_response(301)
            self.send_header("Location", self.path.replace("/old/", "/g/"))
            self.end_headers()
            return
        if self.path == "/":
            body = '<html><body><h1>续接市政务服务网</h1><a href="/list?page=1">办事指南</a></body></html>'
        elif self.path.startswith("/list?page="):
            body = list_page(int(self.path.rsplit("=", 1)[-1]))
        elif self.path.startswith("/g/"):
            time.sleep(GUIDE_SECONDS)
            number = int(self.path.rsplit("/", 1)[-1])
            body = GUIDE.format(name=guide_name(number), number=number)
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def portal_config(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    SlowPortal.hits = []
    db = tmp_path / "m.db"
    with serving(SlowPortal) as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "crawl": {"obey_robots": False, "concurrency_per_portal": 2},
                  "cities": [{"id": "xujie", "name": "续接市", "portal": portal}]}
        path = tmp_path / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        yield path, db


def stored_pages(db: Path) -> int:
    store = open_store(f"sqlite:///{db}", upgrade=False)
    try:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(Page)) or 0
    except Exception:  # the scan has not created its tables yet
        return 0
    finally:
        store.close()


def kill_mid_scan(path: Path, db: Path) -> None:
    """Start ``scan`` and SIGKILL it once it has stored some of the portal's pages."""
    process = subprocess.Popen([sys.executable, "-m", "channel_equity", "scan", "--config", str(path), "--no-probes"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while stored_pages(db) < KILL_AFTER_PAGES:
            assert process.poll() is None, "the scan ended before it could be killed"
            assert time.monotonic() < deadline, "the scan stored too few pages in time"
            time.sleep(0.1)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


def test_a_killed_scan_is_resumed_without_fetching_a_stored_page_again(portal_config: tuple[Path, Path]) -> None:
    path, db = portal_config
    kill_mid_scan(path, db)
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            [(scan_id, status)] = session.execute(select(Scan.id, Scan.status)).all()
            stored_before = set(session.scalars(select(Page.url).where(Page.scan_id == scan_id)))
        assert status == "running", "SIGKILL left the scan as it was"
        assert KILL_AFTER_PAGES <= len(stored_before) < GUIDES, "killed mid-crawl"
        hits_before = len(SlowPortal.hits)

        resumed = run_cli("scan", "--config", str(path), "--resume")
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        assert f"scan {scan_id} was left running by a process that ended: marked interrupted" in resumed.stdout
        assert f"resuming scan {scan_id}" in resumed.stdout

        fetched_again = [hit for hit in SlowPortal.hits[hits_before:] if any(
            url.endswith(hit) for url in stored_before)]
        assert fetched_again == [], "pages the killed scan stored were fetched again"
        scan = reading.get_scan(store, scan_id)
        assert scan is not None and scan.status == "finished" and "resumed" in (scan.notes or "")
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Scan)) == 1, "no second scan"
            names = Counter(session.scalars(select(Observation.name).where(Observation.scan_id == scan_id)))
            keys = Counter(session.scalars(select(Page.request_key).where(Page.scan_id == scan_id)))
        assert sorted(names) == sorted(guide_name(n) for n in range(1, GUIDES + 1)), "every guide, none lost"
        assert set(names.values()) == {1}, "no guide counted twice"
        assert None not in keys and set(keys.values()) == {1}, "no page stored twice"
        [city] = reading.city_results(store, scan_id)
        assert (city.status, city.items_extracted, city.error_count) == ("ok", GUIDES, 0)
    finally:
        store.close()


def test_the_nightly_run_continues_tonights_interrupted_scan_unless_told_not_to(
        portal_config: tuple[Path, Path], tmp_path: Path) -> None:
    path, db = portal_config
    store = open_store(f"sqlite:///{db}")
    try:
        interrupted = recording.start_scan(store, "test", path)
        recording.finish_scan(store, interrupted, "interrupted")
    finally:
        store.close()
    afresh = run_cli("run", "--config", str(path), "--out", str(tmp_path / "r1"), "--no-resume")
    assert afresh.returncode == 0, afresh.stderr[-3000:]
    assert "resuming" not in afresh.stdout and f"run: scan {interrupted + 1}," in afresh.stdout

    store = open_store(f"sqlite:///{db}")
    try:
        again = recording.start_scan(store, "test", path)
        recording.finish_scan(store, again, "interrupted")
    finally:
        store.close()
    nightly = run_cli("run", "--config", str(path), "--out", str(tmp_path / "r2"))
    assert nightly.returncode == 0, nightly.stderr[-3000:]
    assert f"resuming scan {again}" in nightly.stdout and f"run: scan {again}," in nightly.stdout
