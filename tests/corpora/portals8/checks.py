"""portals8's own checks: the routes the shared check cannot follow (stdlib only).

* yunshao: the catalogue API pages chain up to ``total`` and list every guide once; each guide's
  detail JSON names what its truth row states (name, code, body, materials, lobbies, entry, the
  day counts as digits or Chinese numerals); the page script calls both endpoints.
* pingling: every list column's ``createPageHTML(countPage, …)`` count matches its stored
  ``index_N.html`` files, and every script-only guide is linked from one of them.
* lanshi: the getmsg history chains by ``next_offset`` while ``can_msg_continue``; its
  ``general_msg_list`` string parses; every script-only guide is in it, and every post it
  names is served.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urljoin

CN_DIGITS = "零一二三四五六七八九十"


def _get(base: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urljoin(base, path), timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def _json(base: str, path: str, problems: list[str], pid: str) -> Any:
    status, body = _get(base, path)
    if status != 200:
        problems.append(f"{pid}: {path} answered {status}")
        return None
    return json.loads(body.decode("utf-8"))


def _days_written(text: str, value: int) -> bool:
    if value == 0:
        return "即时办结" in text or "即办" in text
    words = [str(value)] + ([CN_DIGITS[value]] if value <= 10 else [])
    return any(f"{w}个工作日" in text or f"{w}(工作日)" in text for w in words)


def check_yunshao(portal: dict[str, Any], base: str, problems: list[str]) -> None:
    pid = portal["id"]
    _status, script = _get(base, "/static/js/app.6b1d0e2a.js")
    for endpoint in ("/catalog/page?pageNo=", "/task/detail?taskId="):
        if endpoint not in script.decode("utf-8"):
            problems.append(f"{pid}: the app script does not call {endpoint}")
    seen: list[str] = []
    page_no, total = 1, None
    while total is None or len(seen) < total:
        answer = _json(base, f"/api/v1/catalog/page?pageNo={page_no}&pageSize=6", problems, pid)
        if answer is None or not answer["data"]["records"]:
            break
        total = answer["data"]["total"]
        seen += [row["taskId"] for row in answer["data"]["records"]]
        page_no += 1
    wanted = [item["url"].split("taskId=")[1] for item in portal["items"]]
    if sorted(seen) != sorted(wanted) or len(seen) != total:
        problems.append(f"{pid}: catalogue lists {len(seen)} guides of {total}, truth has {len(wanted)}")
    for item in portal["items"]:
        tid = item["url"].split("taskId=")[1]
        answer = _json(base, f"/api/v1/task/detail?taskId={tid}", problems, pid)
        if answer is None:
            continue
        d = answer["data"]
        text = json.dumps(d, ensure_ascii=False)
        where = f"{pid}: {tid}"
        if (d["TASK_NAME"], d["TASK_CODE"], d["DEPT_NAME"]) != (item["name"], item["item_code"], item["department"]):
            problems.append(f"{where}: name / code / department differ from the truth")
        names = [re.sub("[《》]", "", m["MATERIAL_NAME"]) for m in d["AUDIT_MATERIAL"]]
        for mat in item["materials"]:
            if not any(mat["name"] in name for name in names):
                problems.append(f"{where}: material {mat['name']} not in the detail")
        if sorted(lobby["NAME"] for lobby in d["AUDIT_CATALOG_LOBBY"]) != sorted(loc["name"] for loc in item["locations"]):
            problems.append(f"{where}: lobbies differ from the truth locations")
        if (d["TRANSACT_WEB_URL"] or None) != item["online_entry_url"]:
            problems.append(f"{where}: TRANSACT_WEB_URL differs from the truth entry")
        for key in ("statutory_days", "promised_days"):
            value = item[key]
            stated = [f["value"] for f in d["baseInfo"] if ("法定" in f["label"]) == (key == "statutory_days")
                      and "时限" in f["label"]]
            if value is not None and stated and not _days_written(stated[0], value):
                problems.append(f"{where}: {key} {value} is not what the detail states ({stated[0]})")
            steps = sum(int(n) for s in d["STEPS"] for n in re.findall(r"(\d+)个工作日", s["TIME_LIMIT"]))
            if value is not None and not stated and key == "promised_days" and steps != value:
                problems.append(f"{where}: promised {value} is not the sum of the step limits ({steps})")
        if item["visits"] is not None and f'"value": "{item["visits"]}"' not in text:
            problems.append(f"{where}: visits {item['visits']} not in the detail")


def check_pingling(portal: dict[str, Any], pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    for column in ("grbs", "frbs"):
        first = pages.get(f"zwfw/bszn/{column}/index.html", "")
        found = re.search(r"var countPage = (\d+)", first)
        if not found or "createPageHTML(countPage, 0" not in first:
            problems.append(f"{pid}: {column} has no createPageHTML pager")
            continue
        count = int(found.group(1))
        stored = sorted(name for name in pages if re.fullmatch(rf"zwfw/bszn/{column}/index(_\d+)?\.html", name))
        expected = sorted([f"zwfw/bszn/{column}/index.html"] + [f"zwfw/bszn/{column}/index_{n}.html" for n in range(1, count)])
        if stored != expected:
            problems.append(f"{pid}: {column} pager says {count} pages, stored {stored}")
    listed = "\n".join(text for name, text in pages.items() if re.search(r"/index(_\d+)?\.html$", name))
    for item in portal["items"]:
        if item.get("link_only_in_script") and f'href="{item["url"]}"' not in listed:
            problems.append(f"{pid}: {item['url']} is on no list page")


def check_lanshi(portal: dict[str, Any], base: str, problems: list[str]) -> None:
    pid = portal["id"]
    offset, urls = 0, []
    while True:
        answer = _json(base, f"/mp/profile_ext?action=getmsg&__biz=MzI4NTQ2MDc1Ng&f=json&offset={offset}&count=10",
                       problems, pid)
        if answer is None or answer["ret"] != 0:
            break
        for msg in json.loads(answer["general_msg_list"])["list"]:
            info = msg["app_msg_ext_info"]
            urls += [a["content_url"].replace("&amp;", "&") for a in [info] + info["multi_app_msg_item_list"]]
        if answer["can_msg_continue"] != 1:
            break
        offset = answer["next_offset"]
    for url in urls:
        if _get(base, url)[0] != 200:
            problems.append(f"{pid}: history names {url}, which is not served")
    for item in portal["items"]:
        if item["url"] not in urls:
            problems.append(f"{pid}: {item['url']} is not in the message history")


def extra_check(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    if portal["id"] == "yunshao":
        check_yunshao(portal, base, problems)
    elif portal["id"] == "pingling":
        check_pingling(portal, pages, problems)
    elif portal["id"] == "lanshi":
        check_lanshi(portal, base, problems)
