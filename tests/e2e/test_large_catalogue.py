"""A city of 2,000 guides whose catalogue pages all link to one another is read completely
under the default page budget: repeats the dupefilter drops cost nothing."""

from __future__ import annotations

from pathlib import Path

import yaml

from channel_equity.core.config import CrawlSettings
from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.corpora.serve import serve_portal
from tests.running import run_cli

GUIDES = 2000
PER_PAGE = 20
PAGES = GUIDES // PER_PAGE

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table>
<tr><th>事项名称</th><td>{name}</td></tr><tr><th>办件类型</th><td>承诺件</td></tr>
<tr><th>承诺办结时限</th><td>{days}个工作日</td></tr><tr><th>办理形式</th><td>窗口办理</td></tr>
</table></body></html>
"""


def catalogue_page(number: int) -> str:
    """Page ``number`` of the catalogue: its 20 guides and a link to every other page."""
    first = (number - 1) * PER_PAGE + 1
    guides = "".join(f'<li><a href="/guide/{n}.html">第{n}项登记事项</a></li>' for n in range(first, first + PER_PAGE))
    pager = "".join(f'<a href="/list/{p}.html">{p}</a> ' for p in range(1, PAGES + 1))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head><body>'
            f'<ul>{guides}</ul><div class="pager">共 {GUIDES} 条 {pager}</div></body></html>')


def write_city(root: Path) -> None:
    (root / "list").mkdir(parents=True)
    (root / "guide").mkdir()
    (root / "index.html").write_text('<html><body><a href="/list/1.html">办事指南</a></body></html>', encoding="utf-8")
    for number in range(1, PAGES + 1):
        (root / "list" / f"{number}.html").write_text(catalogue_page(number), encoding="utf-8")
    for n in range(1, GUIDES + 1):
        (root / "guide" / f"{n}.html").write_text(GUIDE.format(name=f"第{n}项登记事项", days=n % 20 + 1),
                                                   encoding="utf-8")


def test_a_densely_cross_linked_catalogue_of_2000_guides_is_read_whole(tmp_path: Path) -> None:
    write_city(tmp_path / "portals" / "dense")
    links_asked = PAGES * PAGES + GUIDES
    assert links_asked > CrawlSettings().max_pages_per_portal, "the repeats alone would spend the default budget"
    db = tmp_path / "m.db"
    with serve_portal(tmp_path / "portals", "dense") as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": "dense", "name": "密链市", "portal": portal}],
                  "crawl": {"concurrency_per_portal": 16}}
        path = tmp_path / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(path), timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        [city] = reading.city_results(store, scan.id)
    finally:
        store.close()
    assert (city.status, city.items_extracted, city.stated_total) == ("ok", GUIDES, GUIDES), city.error
    assert city.pages_fetched == 1 + PAGES + GUIDES, "every page once: no repeat fetched, none left out"
