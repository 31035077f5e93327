"""portals5's own checks: the routes that only a script, a form post or an XHR call takes.

The shared check follows ``<a href>`` and frame sources; here each portal's hidden route is
replayed the way its page would take it (stdlib only) and must reach exactly the truth's guides:

* yutang: the JS array of 个人办事 through ``goDetail``, the ``openDetail`` rows, the ``data-url``
  rows and the relative ``window.open`` links; every guide page shows its values;
* chengling: every page of ``gvList`` by ``__doPostBack`` form posts and by the GO box, and the
  stated "共 N 条记录";
* fengzhu: ``/api/dept/list`` and every page of ``/api/matter/list`` per department, the JSON
  totals, and every guide page's values.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote, urlencode, urljoin

from tests.corpora.layout import Portal

FORM = "application/x-www-form-urlencoded"


def post(url: str, fields: list[tuple[str, str]]) -> tuple[int, str]:
    request = urllib.request.Request(url, data=urlencode(fields).encode("utf-8"), method="POST",
                                     headers={"Content-Type": FORM})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def get_text(base: str, path: str, charset: str, problems: list[str], pid: str) -> str:
    from tests.corpora.check import fetch

    status, _ctype, body = fetch(urljoin(base, path))
    if status != 200:
        problems.append(f"{pid}: {path} answered {status}")
        return ""
    return body.decode(charset)


def compare(pid: str, what: str, found: set[str], portal: Portal, problems: list[str]) -> None:
    wanted = {item["url"] for item in portal["items"]}
    if found != wanted:
        problems.append(f"{pid}: {what} reaches {sorted(found - wanted)} beyond the truth and misses "
                        f"{sorted(wanted - found)}")


def guides_show(portal: Portal, base: str, problems: list[str]) -> None:
    """Script-linked guides are still server-rendered pages: each shows the values its truth states."""
    from tests.corpora.check import check_page_shows, parse

    for item in portal["items"]:
        text = get_text(base, item["url"], portal["charset"], problems, portal["id"])
        if text:
            check_page_shows(item, parse(text), text, urljoin(base, item["url"]), base,
                             f"{portal['id']}: {item['name']} {item['url']}", problems)


def check_yutang(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    from tests.corpora.check import local_target

    pid = portal["id"]
    script = get_text(base, "/js/common.js", "utf-8", problems, pid)
    for needle in ("var ctx = '/';", "ctx + 'bszn/detail_' + id + '.html?type=' + encodeURIComponent(t)",
                   "ctx + 'bszn/guide.html?itemId=' + itemId", "this.getAttribute('data-url')"):
        if needle not in script:
            problems.append(f"{pid}: common.js no longer builds links with {needle!r}")
    found: set[str] = set()
    personal = pages.get("grbs/index.html", "")
    array = re.search(r"var matterData = (\[.*?\]);", personal, re.S)
    rows = json.loads(array.group(1)) if array else []
    shown = set(re.findall(r"javascript:goDetail\((\d+),'([^']+)'\)", personal))
    if not rows or not shown <= {(str(row["id"]), row["type"]) for row in rows}:
        problems.append(f"{pid}: 个人办事 page and its JS array disagree")
    found |= {f"/bszn/detail_{row['id']}.html?type={quote(row['type'], safe='')}" for row in rows}
    found |= {f"/bszn/guide.html?itemId={code}" for code in
              re.findall(r"onclick=\"openDetail\('([^']+)'\)\"", pages.get("frbs/index.html", ""))}
    found |= set(re.findall(r'data-url="([^"]+)"', pages.get("bmbs/index.html", "")))
    found |= {local_target(base, urljoin(base, "/bmfw/"), href) or "" for href in
              re.findall(r"window\.open\('([^']+)'\)", pages.get("bmfw/index.html", ""))}
    compare(pid, "the catalogues' scripts", found, portal, problems)
    if f"已发布办事指南 {portal['stated_total']} 项" not in pages.get("index.html", "") \
            or portal["stated_total"] != len(portal["items"]):
        problems.append(f"{pid}: the home page does not state {portal['stated_total']} guides")
    guides_show(portal, base, problems)


def check_chengling(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    first = pages.get("bszn/list.aspx", "")
    hidden = re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)" />', first)
    stated = re.search(r"共 (\d+) 条记录 共 (\d+) 页", first)
    if not stated or int(stated.group(1)) != portal["stated_total"] or int(stated.group(1)) != len(portal["items"]):
        problems.append(f"{pid}: list.aspx does not state 共 {portal['stated_total']} 条记录")
        return
    links = r'href="(/bszn/detail\.aspx\?ItemGuid=[0-9a-f-]+)"'
    found = set(re.findall(links, first))
    page_count = int(stated.group(2))
    url = urljoin(base, "/bszn/list.aspx")
    for number in range(1, page_count + 1):
        form = dict(hidden) | {"__EVENTTARGET": "gvList", "__EVENTARGUMENT": f"Page${number}"}
        by_pager = post(url, [*form.items(), ("txtPageIndex", ""), ])
        by_box = post(url, [*(dict(hidden) | {"__EVENTTARGET": "", "__EVENTARGUMENT": ""}).items(),
                            ("txtPageIndex", str(number)), ("btnGo", "GO")])
        for how, (status, text) in (("__doPostBack", by_pager), ("GO box", by_box)):
            if status != 200 or f"当前第 {number} 页" not in text:
                problems.append(f"{pid}: POST {how} page {number} answered {status} without 当前第 {number} 页")
        if set(re.findall(links, by_pager[1])) != set(re.findall(links, by_box[1])):
            problems.append(f"{pid}: page {number} differs between the pager and the GO box")
        found |= set(re.findall(links, by_pager[1]))
        if number > 1 and f"__doPostBack('gvList','Page${number}')" not in first:
            problems.append(f"{pid}: page 1 has no pager link to page {number}")
    plain = post(url, list(hidden))
    if plain[0] != 200 or "当前第 1 页" not in plain[1]:
        problems.append(f"{pid}: a POST without pager fields does not answer page 1")
    if post(urljoin(base, "/bszn/detail.aspx"), [])[0] != 501:
        problems.append(f"{pid}: POST is answered where post.json does not allow it")
    compare(pid, "the postback pager", found, portal, problems)


def check_fengzhu(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    from tests.corpora.check import fetch_json

    pid = portal["id"]
    script = get_text(base, "/static/js/matter-list.js", "utf-8", problems, pid)
    for needle in ("var GUIDE = '/zwfw/matter/guide.html?matterId=';", "pageSize: 4",
                   "API + '/matter/list?pageNo=' + no + '&pageSize=' + state.pageSize",
                   "'&deptId=' + encodeURIComponent(state.deptId)", "getJSON(API + '/dept/list')"):
        if needle not in script:
            problems.append(f"{pid}: matter-list.js no longer has {needle!r}")
    if '<ul id="list"></ul>' not in pages.get("zwfw/matter/list.html", ""):
        problems.append(f"{pid}: the list page is not an empty shell")
    found: set[str] = set()
    total = 0
    depts: list[dict[str, Any]] = fetch_json(base, "/api/dept/list")["data"]
    for dept in depts:
        number, seen = 1, 0
        while True:
            data = fetch_json(base, f"/api/matter/list?pageNo={number}&pageSize=4&deptId={dept['deptId']}")["data"]
            seen += len(data["records"])
            found |= {"/zwfw/matter/guide.html?matterId=" + record["matterId"] for record in data["records"]}
            if data["total"] != dept["matterCount"]:
                problems.append(f"{pid}: {dept['deptId']} total {data['total']} != matterCount {dept['matterCount']}")
            if number * 4 >= data["total"]:
                break
            number += 1
        total += seen
    if total != portal["stated_total"] or f"全市共发布政务服务事项 {total} 项" not in pages.get("index.html", ""):
        problems.append(f"{pid}: the API lists {total} guides, the truth states {portal['stated_total']}")
    compare(pid, "the XHR list", found, portal, problems)
    guides_show(portal, base, problems)


def extra_check(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    check = {"yutang": check_yutang, "chengling": check_chengling, "fengzhu": check_fengzhu}.get(portal["id"])
    if check is not None:
        check(portal, base, pages, problems)
