"""``prune --keep N`` from the command line: a dry run says what would go and changes nothing;
the real run removes the old scans' pages and keeps the newest scan and the evidence in force."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from channel_equity.store import reading
from channel_equity.store.models import Page
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.served import served_city

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>留存市政务服务网</title></head><body>
<ul><li><a href="g1.html">食品经营许可</a></li></ul></body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品经营许可</title></head><body>
<h1>食品经营许可</h1><table>
<tr><th>事项名称</th><td>食品经营许可</td></tr><tr><th>实施编码</th><td>LC0001</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr><tr><th>承诺办结时限</th><td>{days}个工作日</td></tr>
</table></body></html>
"""


def pages_per_scan(db: Path) -> dict[int, int]:
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            rows = session.execute(select(Page.scan_id, func.count()).group_by(Page.scan_id))
            return {scan_id: count for scan_id, count in rows}
    finally:
        store.close()


def test_prune_keeps_the_newest_scans_and_says_what_it_removed(tmp_path: Path) -> None:
    with served_city(tmp_path, "liucun", {"index.html": HOME, "g1.html": GUIDE.format(days=1)}) as city:
        for days in (1, 2, 3):  # three nights, the guide changing each time (distinct bodies)
            city.write({"g1.html": GUIDE.format(days=days)})
            scanned = run_cli("scan", "--config", str(city.config))
            assert scanned.returncode == 0, scanned.stderr[-2000:]
    before = pages_per_scan(city.db)
    assert sorted(before) == [1, 2, 3]

    dry = run_cli("prune", "--config", str(city.config), "--keep", "1", "--dry-run")
    assert dry.returncode == 0, dry.stderr[-2000:]
    assert "would remove" in dry.stdout and "dry run: nothing was changed" in dry.stdout
    assert pages_per_scan(city.db) == before

    pruned = run_cli("prune", "--config", str(city.config), "--keep", "1")
    assert pruned.returncode == 0, pruned.stderr[-2000:]
    assert "removed" in pruned.stdout and "keeping scans 3" in pruned.stdout
    after = pages_per_scan(city.db)
    assert after.get(3) == before[3], "the newest scan is untouched"
    assert not after.get(1) and not after.get(2), "the old scans' pages are gone"
    store = open_store(f"sqlite:///{city.db}")
    try:
        assert len(reading.load_observations(store, 1, "liucun")) == 1, "the old scan's guide is still history"
    finally:
        store.close()

    again = run_cli("prune", "--config", str(city.config), "--keep", "0")
    assert again.returncode == 2, "--keep must be at least 1"
