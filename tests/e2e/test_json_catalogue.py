"""A catalogue only its data knows: the list page draws the items' names from a JSON answer
and links none of them; the answer gives each guide's address and the list's total. The scan
follows the data the rendered page fetched, reads every guide, and compares the total."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.corpora.serve import serve_portal
from tests.running import run_cli

pytestmark = pytest.mark.browser

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施主体</th><td>数据市民政局</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr><tr><th>办理形式</th><td>窗口办理</td></tr></table></body></html>
"""
HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>数据市政务服务网</title></head><body>
<h1>数据市政务服务网</h1><p><a href="list.html">办事指南</a></p></body></html>
"""
LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head><body>
<ul id="items"></ul>
<script>
fetch('api/items.json').then((r) => r.json()).then((answer) => {
  const list = document.getElementById('items');
  for (const row of answer.data.rows) {
    const item = document.createElement('li');
    item.textContent = row.sxmc;  // names only: the page links no guide
    list.appendChild(item);
  }
});
</script></body></html>
"""


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("json-catalogue")
    root = work / "portals" / "data"
    (root / "api").mkdir(parents=True)
    names = [f"数据市第{n}号事项审批" for n in range(1, 11)]
    (root / "index.html").write_text(HOME, encoding="utf-8")
    (root / "list.html").write_text(LIST, encoding="utf-8")
    rows = [{"sxmc": name, "linkUrl": f"/bszn/g{n}.html"} for n, name in enumerate(names, 1)]
    (root / "api" / "items.json").write_text(json.dumps({"code": 0, "data": {"total": "12", "rows": rows}},
                                                        ensure_ascii=False), encoding="utf-8")
    (root / "bszn").mkdir()
    for n, name in enumerate(names, 1):
        (root / "bszn" / f"g{n}.html").write_text(GUIDE.format(name=name), encoding="utf-8")
    db = work / "m.db"
    with serve_portal(work / "portals", "data") as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": "data", "name": "数据市", "portal": portal}]}
        path = work / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    yield db


def test_every_guide_the_data_lists_is_read_and_its_total_compared(scanned: Path) -> None:
    store = open_store(f"sqlite:///{scanned}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        names = {obs.name for _, obs in reading.load_observations(store, scan.id, "data")}
        city = reading.city_results(store, scan.id)[0]
    finally:
        store.close()
    assert names == {f"数据市第{n}号事项审批" for n in range(1, 11)}
    assert (city.status, city.items_extracted, city.stated_total) == ("partial", 10, 12), \
        "the answer states 12 items: two were never listed, so the city is not fully read"
