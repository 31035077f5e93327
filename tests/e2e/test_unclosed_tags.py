"""Guides whose tables leave inline tags and rows unclosed, served over HTTP and scanned by the
real crawler, are read as a browser shows them: the rows after an unclosed ``<font>`` are rows,
not one cell's text (issue 13, found by an operator on a live portal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.served import served_city

pytestmark = pytest.mark.e2e

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>乱码市政务服务网</title></head><body>
<ul><li><a href="g1.html">食品经营许可证核发</a></li><li><a href="g2.html">药品零售企业许可</a></li></ul></body></html>
"""
OPEN_FONT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品经营许可证核发</title></head><body>
<h1>食品经营许可证核发</h1><table>
<tr><th>事项名称</th><td>食品经营许可证核发</td></tr><tr><th>实施编码</th><td>LM0001</td></tr>
<tr><th>实施主体</th><td>乱码市市场监督管理局</td></tr>
<tr><th>办理形式</th><td><font color="red">窗口办理、网上办理
<tr><th>办理地点</th><td>乱码市市民中心二楼食品窗口</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr><tr><th>到办事现场次数</th><td>1次</td></tr>
</table></body></html>
"""
GB2312_LAYOUT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>药品零售企业许可</title></head><body><table width=100% border=1>
<tr><td width=20%><font size=2>事项名称</font><td><font size=2>药品零售企业许可
<tr><td><font size=2>实施主体</font><td><font size=2>乱码市市场监督管理局
<tr><td><font size=2>办理形式</font><td><font size=2><b>窗口办理
<tr><td><font size=2>承诺办结时限</font><td><font color=red>15个工作日
<tr><td><font size=2>到办事现场次数</font><td><font size=2>2次
<tr><td><font size=2>办理地点</font><td><font size=2>乱码市市民中心三楼
</table></body></html>
"""


def test_guides_with_unclosed_tags_in_their_tables_are_read_whole(tmp_path: Path) -> None:
    files = {"index.html": HOME, "g1.html": OPEN_FONT, "g2.html": GB2312_LAYOUT.encode("gb2312")}
    with served_city(tmp_path, "lm", files) as city:
        result = run_cli("scan", "--config", str(city.config))
        db = city.db
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        guides = {guide.name: guide for _, guide in reading.load_observations(store, scan.id, "lm")}
    finally:
        store.close()
    assert sorted(guides) == ["药品零售企业许可", "食品经营许可证核发"]
    food, drugs = guides["食品经营许可证核发"], guides["药品零售企业许可"]
    assert (food.department, food.channels, food.promised_days, food.visits) == (
        "乱码市市场监督管理局", ["counter", "online"], 5, 1)
    assert food.raw_fields["办理形式"] == "窗口办理、网上办理", "the open <font> ends with its row"
    assert food.raw_fields["办理地点"] == "乱码市市民中心二楼食品窗口"
    assert (drugs.department, drugs.channels, drugs.promised_days, drugs.visits) == (
        "乱码市市场监督管理局", ["counter"], 15, 2)
    assert drugs.raw_fields["办理地点"] == "乱码市市民中心三楼"
