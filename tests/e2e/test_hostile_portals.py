"""Bad input gets a clear error and nothing is lost: the scan goes on past every fault."""

from __future__ import annotations

from pathlib import Path

from channel_equity.store import reading
from channel_equity.store.models import Page
from channel_equity.store.session import open_store
from tests.e2e.hostile_portal import hostile_portal
from tests.running import run_cli

CONFIG = """\
province: {{id: test, name: 测试省}}
database: sqlite:///{db}
cities:
  - {{id: hostile, name: 恶劣市, portal: "{portal}"}}
crawl: {{timeout_seconds: 2, retries: 1, max_page_bytes: 200000}}
"""


def test_faults_are_recorded_and_good_guides_still_read(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with hostile_portal() as portal:
        config = tmp_path / "c.yaml"
        config.write_text(CONFIG.format(db=db, portal=portal), encoding="utf-8")
        result = run_cli("scan", "--config", str(config), timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    scan = reading.latest_scan(store)
    assert scan is not None and scan.status == "finished"
    [city] = reading.city_results(store, scan.id)
    assert city.status == "partial" and city.error_count >= 4
    names = {obs.name for _, obs in reading.load_observations(store, scan.id)}
    assert names == {"食品经营许可证核发", "药品零售企业许可", "个体工商户登记"}
    kinds = {(e.url.rsplit("/", 1)[-1], e.kind) for e in reading.fetch_errors(store, scan.id)}
    assert ("slow", "timeout") in kinds
    assert ("huge", "too-large") in kinds
    assert ("error", "http") in kinds and ("missing", "http") in kinds
    assert ("x", "robots") in kinds
    with store.session() as session:
        error_page = session.query(Page).filter(Page.url.like("%/guide/error")).one()
        assert error_page.http_status == 500, "an error page is evidence too"
    store.close()
