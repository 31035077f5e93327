"""portals7's own checks: what the shared static check cannot see.

* every portal: the truth rows keep the corpus's own conventions (material names without
  numbering, title marks, form or copies words; item names without genre suffixes);
* dongze: the 民政 column's datastore holds its first records and the data proxy, asked by POST
  as ``jpage.js`` asks it, answers the rest: together exactly that column's guides;
* luting (script-rendered): the three catalogue routes (GET offset list, POST list, iframe rows),
  followed as ``catalog.js`` and ``openSx`` follow them, give exactly the truth's guide URLs; each
  guide page shows its name, department, codes, materials, halls, visits and online entry, and its
  promised days either printed or as the sum of its step table;
* wangcen: a guide said to be named only in ``<title>`` really has no other name on its page;
* huaipo: the catalogue's stated total is the number of guides, and its pages list them all.

Stdlib only; called by :mod:`tests.corpora.check` once per portal.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from typing import Any
from urllib.parse import urljoin

GENRE = ("办事指南", "办理指南", "服务指南", "办理说明")
NUMBERING = re.compile(r"^(\d+[.、．]|[（(]\d+[)）]|[①-⑳]|[一二三四五六七八九十]+、)")
FORM_WORDS = ("原件", "复印件", "扫描件", "电子版", "一份", "1份", "各一份")


def post(url: str, fields: dict[str, str]) -> bytes:
    data = urllib.parse.urlencode(fields).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body: bytes = response.read()
        return body


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        body: bytes = response.read()
        return body


def check_conventions(portal: dict[str, Any], problems: list[str]) -> None:
    for item in portal["items"]:
        where = f"{portal['id']}: {item['name']}"
        if item["name"].endswith(GENRE):
            problems.append(f"{where}: name keeps a genre suffix")
        for material in item["materials"]:
            name = material["name"]
            if NUMBERING.match(name) or "《" in name or name.endswith(FORM_WORDS):
                problems.append(f"{where}: material name {name!r} breaks the conventions")
        if item["online_depth"] == 4 and "online" not in item["channels"]:
            problems.append(f"{where}: 全程网办 without the online channel")
        if item["online_entry_url"] and "online" not in item["channels"]:
            problems.append(f"{where}: an online entry without the online channel")
        if item["case_type"] == "immediate" and item["promised_days"] not in (0, None):
            problems.append(f"{where}: 即办件 with {item['promised_days']} promised days")


def check_dongze(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    from tests.corpora.portals7 import portal_dongze as dz

    column = pages.get(f"col/col{dz.JPAGE_COLUMN}/index.html", "")
    inline = re.findall(r'<record><!\[CDATA\[<li><a href="([^"]+)"', column)
    fields = {"col": "1", "appid": "1", "webid": "1", "path": "/", "columnid": dz.JPAGE_COLUMN,
              "sourceContentType": "1", "unitid": dz.JPAGE_UNIT, "webname": dz.SITE, "permissiontype": "0"}
    start, per = len(inline) + 1, dz.JPAGE_FIRST
    proxy = f"module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={start + per - 1}&perpage={per}"
    answer = post(urljoin(base, proxy), fields).decode("utf-8")
    total = re.search(r"<totalrecord>(\d+)</totalrecord>", answer)
    proxied = re.findall(r'<record><!\[CDATA\[<li><a href="([^"]+)"', answer)
    wanted = [item["url"] for item in portal["items"] if item["url"].startswith("/art/") and
              f"/art_{dz.JPAGE_COLUMN}_" in item["url"]]
    if sorted(inline + proxied) != sorted(wanted):
        problems.append(f"dongze: datastore {len(inline)} + proxy {len(proxied)} records are not the column's "
                        f"{len(wanted)} guides")
    if total is None or int(total.group(1)) != len(wanted):
        problems.append("dongze: the data proxy does not state the column's total")
    flagged = {item["url"] for item in portal["items"] if item.get("link_only_in_script")}
    if flagged != set(wanted):
        problems.append("dongze: link_only_in_script is not exactly the jpage column")


def visible_text(html: str) -> str:
    from tests.corpora.check import parse

    return "".join(parse(html).text)


def step_days(html: str) -> int | None:
    """The sum of the 办理时限 column of a luting step table (即时 / — count 0), None without one."""
    table = re.search(r'<table class="step-table">(.*?)</table>', html, re.S)
    if table is None:
        return None
    total = 0
    for row in re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)[1:]:
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        found = re.match(r"(\d+)个工作日", cells[2]) if len(cells) > 2 else None
        total += int(found.group(1)) if found else 0
    return total


def check_luting(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    from tests.corpora.check import file_of, shows_number
    from tests.corpora.portals7 import portal_luting as lt

    reached: set[str] = set()
    start, total = 0, None
    while total is None or start < total:  # as loadGr pages: by offset until the (string) total
        data = json.loads(get(urljoin(base, f"zwdt/rest/sxList?start={start}&limit={lt.GR_LIMIT}&sxlx=gr")))
        total = int(data["total"])
        reached |= {f"/zwdt/bszn/detail.jsp?rowguid={row['rowguid']}&sxlx=gr" for row in data["rows"]}
        start += lt.GR_LIMIT
    index, pages_fr = 1, None
    while pages_fr is None or index <= pages_fr:  # as loadFr pages: POST pageIndex until the page count
        custom = json.loads(post(urljoin(base, "zwdt/rest/frList.action"),
                                 {"sxlx": "fr", "pageIndex": str(index), "pageSize": str(lt.FR_SIZE)}))["custom"]
        pages_fr = -(-custom["total"] // lt.FR_SIZE)
        reached |= {f"/zwdt/bszn/detail.jsp?rowguid={row['rowguid']}&sxlx=fr" for row in custom["list"]}
        index += 1
    reached |= {f"/zwdt/bszn/detail.jsp?rowguid={guid}&sxlx=gg"
                for guid in re.findall(r'data-rowguid="([^"]+)"', pages.get("zwdt/ggfw.html", ""))}
    if reached != {item["url"] for item in portal["items"]}:
        problems.append(f"luting: the catalogue routes reach {len(reached)} guides, not the truth's "
                        f"{len(portal['items'])}")
    for item in portal["items"]:
        where = f"luting: {item['name']}"
        html = pages.get(file_of(item["url"]))
        if html is None:
            problems.append(f"{where}: guide page missing")
            continue
        text = visible_text(html)
        wanted = [item["name"], item["department"] or "", item["item_code"] or "", item.get("basic_code") or ""]
        wanted += [m["name"] for m in item["materials"]] + [place["name"] for place in item["locations"]]
        for value in wanted:
            if value and value not in text:
                problems.append(f"{where}: page does not show {value!r}")
        if item["visits"] is not None and not shows_number(text, item["visits"], ("次",)):
            problems.append(f"{where}: page does not show {item['visits']} visits")
        if item["statutory_days"] is not None and f"{item['statutory_days']}个工作日" not in text:
            problems.append(f"{where}: page does not show statutory {item['statutory_days']}")
        promised = item["promised_days"]
        if promised is not None and not (f"{promised}个工作日" in text or (promised == 0 and "即办" in text)
                                         or step_days(html) == promised):
            problems.append(f"{where}: promised {promised} is neither shown nor the steps' sum")
        if item["online_entry_url"] and item["online_entry_url"].replace("&", "&amp;") not in html \
                and item["online_entry_url"] not in html:
            problems.append(f"{where}: page does not link its online entry")


def check_wangcen(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    from tests.corpora.check import file_of
    from tests.corpora.portals7 import portal_wangcen as wc

    by_url = {guide.url: guide for guide in wc.GUIDES}
    for item in portal["items"]:
        guide = by_url[item["url"]]
        html = pages.get(file_of(item["url"]), "")
        body = html.split("<body>", 1)[-1]
        own = body.split('<div class="card rec">', 1)[0]  # the guide's own cards, before 猜你想办
        if guide.name_mode == "title" and item["name"] in own:
            problems.append(f"wangcen: {item['name']} is meant to be named only in <title>")
        if guide.name_mode != "label" and "事项名称" in own:
            problems.append(f"wangcen: {item['name']} is meant to have no 事项名称 label")


def check_huaipo(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    first = pages.get("bmfw/list.asp@classid=5", "")
    stated = re.search(r"共<font color=\"red\">(\d+)</font>条记录", first)
    if stated is None or int(stated.group(1)) != len(portal["items"]):
        problems.append("huaipo: the catalogue does not state the number of guides")
    listed = set()
    for name, html in pages.items():
        if name.startswith("bmfw/list.asp@classid=5&page="):
            listed |= set(re.findall(r'href="show\.asp\?id=(\d+)"', html))
    if {f"/bmfw/show.asp?id={sid}" for sid in listed} != {item["url"] for item in portal["items"]}:
        problems.append("huaipo: the catalogue pages do not list exactly the guides")


def extra_check(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    check_conventions(portal, problems)
    own = {"dongze": check_dongze, "luting": check_luting, "wangcen": check_wangcen, "huaipo": check_huaipo}
    if portal["id"] in own:
        own[portal["id"]](portal, base, pages, problems)
