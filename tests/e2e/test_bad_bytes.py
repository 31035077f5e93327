"""A UTF-8 guide with a few invalid bytes in one field is read as a browser shows it — UTF-8,
the bad bytes replaced and counted — not decoded wholesale as another charset and lost."""

from __future__ import annotations

from pathlib import Path

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.served import served_city

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>坏字市政务服务网</title></head><body>
<ul><li><a href="g1.html">食品经营许可证核发</a></li></ul></body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品经营许可证核发</title></head><body>
<h1>食品经营许可证核发</h1><table>
<tr><th>事项名称</th><td>食品经营许可证核发</td></tr><tr><th>实施编码</th><td>HZ0001</td></tr>
<tr><th>实施主体</th><td>坏字市市场监督管理局</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
<tr><th>办理地点</th><td>坏字市市民中心BROKEN二楼食品窗口</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr><tr><th>到办事现场次数</th><td>1次</td></tr>
</table></body></html>
"""


def test_a_utf8_guide_with_eight_bad_bytes_is_read(tmp_path: Path) -> None:
    damaged = GUIDE.encode("utf-8").replace(b"BROKEN", b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28")
    with served_city(tmp_path, "bad", {"index.html": HOME, "g1.html": damaged}) as city:
        result = run_cli("scan", "--config", str(city.config))
        db = city.db
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        [(_, guide)] = reading.load_observations(store, scan.id, "bad")
        faults = [(f.kind, f.message) for f in reading.fetch_errors(store, scan.id)]
        [city] = reading.city_results(store, scan.id)
    finally:
        store.close()
    assert (guide.name, guide.department, guide.channels) == ("食品经营许可证核发", "坏字市市场监督管理局",
                                                             ["counter", "online"])
    assert (guide.promised_days, guide.visits) == (5, 1), "the fields after the damaged one are read too"
    place = guide.raw_fields["办理地点"]  # the damaged field itself: its good words kept, the bad bytes marked
    assert place.startswith("坏字市市民中心") and place.endswith("二楼食品窗口") and "\ufffd" in place
    # 8 bytes written, 2 of them a valid "(" after a broken lead byte: 6 invalid bytes
    assert faults == [("decode", "6 invalid byte(s) replaced; the page was read as UTF-8")]
    assert city.status == "ok", "a few bad bytes are noted, not a failed page"
