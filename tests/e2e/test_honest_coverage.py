"""A portal is never "ok" for what the scan did not read: ``empty`` when it yielded no guide,
``partial (10/40)`` when its own list states more items than were read, and then its city-wide
share of 即办件 is not judged — recorded as such, not passed as compliant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.corpora.serve import serve_portal
from tests.running import run_cli

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1>
<table>
<tr><th>事项名称</th><td>{name}</td></tr>
<tr><th>实施主体</th><td>{city}市民政局</td></tr>
<tr><th>办件类型</th><td>承诺件</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr>
<tr><th>到办事现场次数</th><td>1次</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
</table></body></html>
"""

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{city}政务服务网</title></head><body>
<h1>{city}政务服务网</h1><p><a href="list.html">办事指南</a></p></body></html>
"""

LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head><body>
<ul>{links}</ul><div class="pager">共 {total} 条记录，第1页</div></body></html>
"""

EMPTY_LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head><body>
<p>系统升级中，请稍后访问。</p></body></html>
"""


def write_portal(root: Path, city: str, guides: int, stated: int | None) -> None:
    """A home page, a catalogue linking ``guides`` guides that states ``stated`` items."""
    root.mkdir(parents=True)
    (root / "index.html").write_text(HOME.format(city=city), encoding="utf-8")
    if stated is None:
        (root / "list.html").write_text(EMPTY_LIST, encoding="utf-8")
        return
    names = [f"{city}第{n}号救助事项审批" for n in range(1, guides + 1)]
    links = "".join(f'<li><a href="guide{n}.html">{name}</a></li>' for n, name in enumerate(names, 1))
    (root / "list.html").write_text(LIST.format(links=links, total=stated), encoding="utf-8")
    for n, name in enumerate(names, 1):
        (root / f"guide{n}.html").write_text(GUIDE.format(name=name, city=city), encoding="utf-8")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    work = tmp_path_factory.mktemp("coverage")
    portals = {"quarter": ("四分", 10, 40), "whole": ("全读", 10, 10), "nothing": ("无物", 0, None)}
    for portal_id, (city, guides, stated) in portals.items():
        write_portal(work / "portals" / portal_id, city, guides, stated)
    db = work / "m.db"
    with (serve_portal(work / "portals", "quarter") as quarter, serve_portal(work / "portals", "whole") as whole,
          serve_portal(work / "portals", "nothing") as nothing):
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": "quarter", "name": "四分市", "portal": quarter},
                             {"id": "whole", "name": "全读市", "portal": whole},
                             {"id": "nothing", "name": "无物市", "portal": nothing}]}
        path = work / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("run", "--config", str(path), "--out", str(work / "report"))
    assert result.returncode == 3, result.stderr[-2000:]  # checked and reported, with coverage gaps
    yield db, result.stdout


def test_a_portal_that_lists_40_and_yields_10_is_partial_and_an_empty_one_is_empty(scanned: tuple[Path, str]) -> None:
    db, stdout = scanned
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        cities = {c.city_id: c for c in reading.city_results(store, scan.id)}
    finally:
        store.close()
    quarter, whole, nothing = cities["quarter"], cities["whole"], cities["nothing"]
    assert (quarter.status, quarter.items_extracted, quarter.stated_total) == ("partial", 10, 40)
    assert "read 10 of the 40 items" in (quarter.error or "")
    assert (whole.status, whole.items_extracted, whole.stated_total) == ("ok", 10, 10)
    assert (nothing.status, nothing.items_extracted, nothing.pages_fetched) == ("empty", 0, 2)
    assert "10/40" in stdout, "the scan's table shows what was read of what the portal lists"
    summary = stdout.strip().splitlines()[-1]  # the run's one line, for the scheduler's log
    assert summary.startswith("run: scan ") and "3 cities (1 empty, 1 ok, 1 partial)" in summary
    assert "coverage gaps: quarter, nothing" in summary and summary.endswith("exit 3")


def test_the_share_of_immediate_items_is_judged_only_where_the_catalogue_was_read(scanned: tuple[Path, str]) -> None:
    db, stdout = scanned
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        fired = {f.city_id for f in reading.findings(store, "all") if f.rule == "immediate-share-low"}
        gaps = {(g.city_id, g.rule): g.reason for g in reading.not_judged(store, scan.id)}
    finally:
        store.close()
    assert fired == {"whole"}, "0 of 10 即办件 where all 10 listed were read: judged and found low"
    assert "read 10 of the 40 items" in gaps["quarter", "immediate-share-low"]
    assert "empty" in gaps["nothing", "immediate-share-low"]
    assert ("whole", "immediate-share-low") not in gaps
    assert "not judged: immediate-share-low in quarter" in stdout


def test_the_report_shows_what_was_read_of_what_is_listed_and_what_was_not_judged(scanned: tuple[Path, str]) -> None:
    db, _ = scanned
    coverage = (db.parent / "report" / "coverage.html").read_text(encoding="utf-8")
    assert "10 / 40 (25%)" in coverage
    assert "未读取到任何指南" in coverage, "the empty portal's status, in the report's language"
    assert "immediate-share-low" in coverage and "门户列明 40 项，仅读取 10 项（25%）" in coverage, \
        "why it was not judged, in the report's language"
    assert "门户列明 40 项，仅读取 10 项</td>" in coverage and "read 10 of the 40 items" not in coverage, \
        "why the city is partial, in the report's language too"
    assert coverage.count('id="not-judged-') == 2, "the quarter-read and the empty city; the whole one was judged"
