"""A page whose script loops for ever is bounded: the rendered fetch fails as
``script-timeout``, the browser page is closed, and the rest of the scan completes."""

from __future__ import annotations

from pathlib import Path

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.served import served_city

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>死循环市政务服务网</title></head><body>
<ul><li><a href="g1.html">食品经营许可</a></li><li><a href="loop.html">办事大厅导航</a></li></ul></body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品经营许可</title></head><body>
<h1>食品经营许可</h1><table>
<tr><th>事项名称</th><td>食品经营许可</td></tr><tr><th>实施编码</th><td>SX0001</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr><tr><th>承诺办结时限</th><td>5个工作日</td></tr>
</table></body></html>
"""
# once loaded, the page's own script never yields its one thread again
ENDLESS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事大厅导航</title></head><body>
<p>正在加载……</p><script>window.addEventListener("load", function () { setTimeout(function () { for (;;) {} }, 0); });
</script></body></html>
"""


def test_an_endless_script_is_bounded_recorded_and_the_scan_goes_on(tmp_path: Path) -> None:
    files = {"index.html": HOME, "g1.html": GUIDE, "loop.html": ENDLESS}
    with served_city(tmp_path, "loop", files, city={"extraction": {"render": "js"}},
                     crawl={"timeout_seconds": 4, "retries": 0}) as city:
        result = run_cli("scan", "--config", str(city.config), timeout=240)
        db = city.db
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None and scan.status == "finished"
        faults = [(f.url.rsplit("/", 1)[-1], f.kind) for f in reading.fetch_errors(store, scan.id)]
        names = [obs.name for _, obs in reading.load_observations(store, scan.id, "loop")]
    finally:
        store.close()
    assert ("loop.html", "script-timeout") in faults
    assert names == ["食品经营许可"], "the rest of the portal is read"
