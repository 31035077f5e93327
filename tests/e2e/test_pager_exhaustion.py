"""A paged list is read to its last page, or the city says it was not: a catalogue whose
pages 2–5 are reached only through a jump box (no link) is ``partial (1 of 5 pages)``; one
whose every page is linked is ``ok``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from channel_equity.store import reading
from channel_equity.store.models import ScanCity
from channel_equity.store.session import open_store
from tests.corpora.serve import serve_portal
from tests.running import run_cli

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施主体</th><td>分页市民政局</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr><tr><th>办理形式</th><td>窗口办理</td></tr></table></body></html>
"""
HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>分页市政务服务网</title></head><body>
<p><a href="list.asp?classid=5">办事指南</a></p></body></html>
"""
LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head><body>
<ul>{links}</ul><div class="pager">第{page}/5页 {pager}
<select onchange="location.href='list.asp?classid=5&amp;page='+this.value">
<option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select></div>
</body></html>
"""


def write_portal(root: Path, linked_pager: bool) -> None:
    root.mkdir(parents=True)
    (root / "headers.json").write_text('{"*.asp": "text/html; charset=utf-8"}', encoding="utf-8")
    (root / "index.html").write_text(HOME, encoding="utf-8")
    for page in range(1, 6):
        names = [f"分页市第{page}-{n}号事项审批" for n in range(1, 3)]
        links = "".join(f'<li><a href="g{page}_{n}.html">{name}</a></li>' for n, name in enumerate(names, 1))
        pager = " ".join(f'<a href="list.asp@classid=5&page={p}">{p}</a>' for p in range(1, 6)) if linked_pager else ""
        pager = pager.replace("@", "?")
        names_of_page = [f"list.asp@classid=5&page={page}"] + (["list.asp@classid=5"] if page == 1 else [])
        for file_name in names_of_page:
            (root / file_name).write_text(LIST.format(links=links, page=page, pager=pager), encoding="utf-8")
        for n, guide in enumerate(names, 1):
            (root / f"g{page}_{n}.html").write_text(GUIDE.format(name=guide), encoding="utf-8")


@pytest.fixture(scope="module")
def cities(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ScanCity]]:
    work = tmp_path_factory.mktemp("pager")
    write_portal(work / "portals" / "jump", linked_pager=False)
    write_portal(work / "portals" / "linked", linked_pager=True)
    db = work / "m.db"
    with serve_portal(work / "portals", "jump") as jump, serve_portal(work / "portals", "linked") as linked:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": "jump", "name": "跳页市", "portal": jump},
                             {"id": "linked", "name": "分页市", "portal": linked}]}
        path = work / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        yield {city.city_id: city for city in reading.city_results(store, scan.id)}
    finally:
        store.close()


def test_a_list_whose_later_pages_no_link_reaches_is_partial(cities: dict[str, ScanCity]) -> None:
    jump = cities["jump"]
    assert (jump.status, jump.items_extracted) == ("partial", 2)
    assert "read 1 of the 5 pages of a list" in (jump.error or "")


def test_a_list_read_to_its_last_page_is_whole(cities: dict[str, ScanCity]) -> None:
    linked = cities["linked"]
    assert (linked.status, linked.items_extracted, linked.error) == ("ok", 10, None)
