"""Lists whose last items only a POST gives, scanned from real servers on 127.0.0.1.

- A CMS column holds its first records in a script datastore and leaves the rest to a data
  proxy its pager script posts to; the page states the proxy, the total and the page size. The
  proxy answers a POST only (a GET of the address its datastore links is a 404).
- A rendered hall lists one tab by GET and loads another only when the tab is clicked, by a
  form POST, paged with 下一页 while the first tab's pager (hidden) stays on the page and a
  third tab sits beside it; its rows open the guides by ``window.open``. The scan clicks the tab, pages it, and asks its data again
  as the page asked it, by POST.
"""

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

pytestmark = pytest.mark.e2e

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施主体</th><td>测试市民政局</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr><tr><th>办理形式</th><td>窗口办理</td></tr></table></body></html>
"""
RECORD = '<record><![CDATA[<li><a href="/art/{n}.html" title="{name}">{name}</a></li>]]></record>'
COLUMN = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>区民政局</title></head><body>
<h1>区民政局办事指南</h1><p>本栏目发布区民政局政务服务事项办事指南，具体以区政务服务中心窗口一次性告知为准。
办事群众可通过本栏目查阅救助审核类事项的申请条件、申请材料、办理流程和办理时限，也可拨打政务服务热线咨询。
本栏目内容由区民政局负责维护，如有变动以最新发布为准。</p>
<div id="77"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/proxy/data.jsp?page=1&columnid=7&unitid=77"></a>]]></nextgroup>
<recordset>{records}</recordset></datastore></script></div><div id="pager77"></div>
<script>pagerInit({{container: '77', columnid: '7', unitid: '77', perPage: 2, totalRecord: 5,
  proxyUrl: '/proxy/data.jsp'}});</script></body></html>
"""
ANSWER = """<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>5</totalrecord><recordset>
{records}</recordset></datastore>"""


def _scan(work: Path, portal_id: str, name: str) -> Path:
    db = work / "m.db"
    with serve_portal(work / "portals", portal_id) as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": portal_id, "name": name, "portal": portal}]}
        path = work / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def _read(db: Path, city_id: str) -> tuple[set[str], str, int, list[str]]:
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        names = {obs.name for _, obs in reading.load_observations(store, scan.id, city_id) if obs.name}
        city = reading.city_results(store, scan.id)[0]
        errors = [f"{e.url} {e.message}" for e in reading.fetch_errors(store, scan.id, city_id)]
    finally:
        store.close()
    return names, city.status, city.items_extracted, errors


COLUMN_NAMES = [f"测试区第{n}号救助审核" for n in range(1, 6)]


@pytest.fixture(scope="module")
def column_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("posted-column")
    root = work / "portals" / "column"
    (root / "art").mkdir(parents=True)
    (root / "proxy").mkdir()
    records = [RECORD.format(n=n, name=name) for n, name in enumerate(COLUMN_NAMES, 1)]
    (root / "index.html").write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试区</title></head>'
                                     '<body><a href="/col.html">办事指南</a></body></html>', encoding="utf-8")
    (root / "col.html").write_text(COLUMN.format(records="".join(records[:2])), encoding="utf-8")
    for first in (3, 5):  # the proxy's answers, chosen by the range and the posted column
        answer = ANSWER.format(records="".join(records[first - 1:first + 1]))
        name = f"data.jsp@columnid=7&endrecord={first + 1}&perpage=2&startrecord={first}&unitid=77"
        (root / "proxy" / name).write_text(answer, encoding="utf-8")
    for n, name in enumerate(COLUMN_NAMES, 1):
        (root / "art" / f"{n}.html").write_text(GUIDE.format(name=name), encoding="utf-8")
    (root / "headers.json").write_text(json.dumps({"/proxy/*": "text/xml;charset=UTF-8",
                                                   "*": "text/html;charset=UTF-8"}), encoding="utf-8")
    (root / "post.json").write_text(json.dumps({"/proxy/data.jsp": [["columnid", "unitid"]]}), encoding="utf-8")
    return _scan(work, "column", "测试区")


def test_a_column_is_read_past_its_datastore_through_the_proxy_it_states(column_scan: Path) -> None:
    names, status, items, errors = _read(column_scan, "column")
    assert names == set(COLUMN_NAMES), "records 3-5 exist only in the proxy's answers to a POST"
    assert (status, items, errors) == ("ok", 5, []), \
        "the proxy's address in the datastore is asked by POST, never by a GET that fails"


HALL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>网上办事大厅</title></head><body>
<ul class="tabs"><li id="tab-a" onclick="show('a')">个人办事</li><li id="tab-b" onclick="show('b')">法人办事</li><li id="tab-c" onclick="show('c')">公共服务</li></ul>
<div id="pane-a"><ul id="list-a"></ul><div id="pager-a"></div></div>
<div id="pane-b" style="display:none"><ul id="list-b"></ul><div id="pager-b"></div></div>
<div id="pane-c" style="display:none"><p>公共服务事项请到市政务服务中心咨询。</p></div>
<script>
function open_(id) { window.open('/detail.jsp?id=' + id, '_blank'); }
function draw(pane, rows, page, pages, load) {
  document.getElementById('list-' + pane).innerHTML = rows.map((row) =>
    '<li><a href="javascript:void(0);" onclick="open_(\\'' + row.id + '\\')">' + row.name + '</a></li>').join('');
  document.getElementById('pager-' + pane).innerHTML = '<span>第' + page + '/' + pages + '页</span>' +
    (page > 1 ? ' <a href="javascript:void(0);" onclick="' + load + '(' + (page - 1) + ')">上一页</a>' : '') +
    (page < pages ? ' <a href="javascript:void(0);" onclick="' + load + '(' + (page + 1) + ')">下一页</a>' : '');
}
function loadA(page) {
  fetch('/rest/a?page=' + page).then((r) => r.json()).then((d) => draw('a', d.rows, page, 2, 'loadA'));
}
function loadB(page) {
  fetch('/rest/b.action', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                           body: 'kind=b&pageIndex=' + page})
    .then((r) => r.json()).then((d) => draw('b', d.custom.list, page, 2, 'loadB'));
}
let loadedB = false;
function show(name) {
  for (const pane of ['a', 'b', 'c']) {
    document.getElementById('pane-' + pane).style.display = name === pane ? 'block' : 'none';
  }
  if (name === 'b' && !loadedB) { loadedB = true; loadB(1); }
}
loadA(1);
</script></body></html>
"""
HALL_NAMES = {"a": [f"个人第{n}号证明开具" for n in range(1, 5)], "b": [f"法人第{n}号经营许可" for n in range(1, 5)]}


@pytest.fixture(scope="module")
def hall_scan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("posted-tab")
    root = work / "portals" / "hall"
    (root / "rest").mkdir(parents=True)
    (root / "index.html").write_text(HALL, encoding="utf-8")
    for kind, names in HALL_NAMES.items():
        for page in (1, 2):
            rows = [{"id": f"{kind}{n}", "name": names[n - 1]} for n in (2 * page - 1, 2 * page)]
            if kind == "a":
                (root / "rest" / f"a@page={page}").write_text(json.dumps({"total": 4, "rows": rows},
                                                                         ensure_ascii=False), encoding="utf-8")
            else:
                (root / "rest" / f"b.action@kind=b&pageIndex={page}").write_text(
                    json.dumps({"custom": {"total": 4, "list": rows}}, ensure_ascii=False), encoding="utf-8")
        for n, name in enumerate(names, 1):
            (root / f"detail.jsp@id={kind}{n}").write_text(GUIDE.format(name=name), encoding="utf-8")
    (root / "headers.json").write_text(json.dumps({"/rest/*": "application/json;charset=UTF-8",
                                                   "*": "text/html;charset=UTF-8"}), encoding="utf-8")
    (root / "post.json").write_text(json.dumps({"/rest/b.action": [["kind", "pageIndex"]]}), encoding="utf-8")
    yield _scan(work, "hall", "测试市")


@pytest.mark.browser
def test_a_tab_loaded_by_post_is_paged_and_its_data_asked_by_post(hall_scan: Path) -> None:
    names, status, items, errors = _read(hall_scan, "hall")
    assert names == set(HALL_NAMES["a"]) | set(HALL_NAMES["b"]), \
        "the second page of the clicked tab is reached by its own 下一页, not the hidden tab's"
    assert (status, items, errors) == ("ok", 8, []), "the tab's data is asked again by POST, which the server answers"
