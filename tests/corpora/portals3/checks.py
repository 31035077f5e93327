"""Checks only the third corpus needs: its routes, and an independent decoder of each portal's data.

Called by :mod:`tests.corpora.check` for every portal of this corpus (``CORPUS.extra_check``). The
harness cannot read these guides from static HTML (every one needs a script), so here

* the guides each portal's documented route reaches (yaotai: the paged catalog API; shatang: plain
  ``<a href>`` from home; chengyu: ``/api/list.json``) are exactly the truth items, and every link a
  script would render from the data (related items, hot items) points at a served guide;
* every truth item has its ``url``, ``data_url`` and ``link_only_in_script``, a 31-character code
  whose tail is its ``basic_code``, and halls whose levels follow from their names;
* **an independent decoder of the portal's own data** (the JSON, or the blob in the page)
  reproduces every compared field of the truth item, and its ``data_url`` is served.

Rendering in a browser is not checked here (it needs Chromium); README.md says how it was checked.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from tests.corpora.check import (
    DIGIT_LEVEL,
    PageParser,
    contract,
    fetch,
    fetch_json,
    file_of,
    hall_level,
    local_target,
    parse,
)

Decoded = dict[str, Any]


def level_of_code(code: str) -> list[str]:
    return [DIGIT_LEVEL[code[18]]]


def halls(names: list[str]) -> list[dict[str, Any]]:
    return [{"name": name, "level": hall_level(name)} for name in names]


# --- independent decoders of each portal's data ------------------------------------------------

FORM_BY_CODE = {"1": "paper", "2": "electronic", "3": "both", "1,2": "both"}
CASE_BY_CODE = {"1": "immediate", "2": "promised", "3": "other"}
HANDLE_BY_CODE = {"1": "counter", "2": "online", "3": "post", "4": "self_service"}


def optional_int(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


def decode_yaotai(data: Decoded) -> Decoded:
    levels = [DIGIT_LEVEL[c] for c in data["useLevel"].split("^")] if data["useLevel"] else level_of_code(
        data["taskCode"])
    return {
        "item_code": data["taskCode"], "name": data["taskName"], "department": data["deptName"],
        "levels": levels, "channels": [HANDLE_BY_CODE[c] for c in data["handleType"].split("^")],
        "online_entry_url": data["onlineHandleUrl"] or None, "online_depth": optional_int(data["wsfwsd"]),
        "visits": optional_int(data["limitSceneNum"]), "statutory_days": optional_int(data["anticipateDay"]),
        "promised_days": optional_int(data["promiseDay"]), "case_type": CASE_BY_CODE.get(data["projectType"]),
        "materials": [{"name": mat["materialName"], "form": FORM_BY_CODE[mat["materialFormat"]],
                       "exempt": mat["isFreeSubmit"] == "1" or bool(mat["elecLicenseName"])}
                      for mat in data["materials"]],
        "locations": halls([lobby["name"] for lobby in data["lobbys"]]),
    }


def decode_shatang(info: Decoded) -> Decoded:
    depth = optional_int(info["WBSD_LEVEL"])
    if depth is None and "全程网办" in info["WBSD_LEVEL_TEXT"]:
        depth = 4
    levels = [DIGIT_LEVEL[c] for c in info["USE_LEVEL"].split(",")] if info["USE_LEVEL"] else level_of_code(
        info["TASK_CODE"])
    return {
        "item_code": info["TASK_CODE"], "name": info["TASK_NAME"], "department": info["DEPT_NAME"],
        "levels": levels, "channels": [HANDLE_BY_CODE[c] for c in info["HANDLE_TYPE"].split("^")],
        "online_entry_url": info["TRANSACT_WEB_URL"] or None, "online_depth": depth,
        "visits": optional_int(info["LIMIT_SCENE_NUM"]), "statutory_days": optional_int(info["ANTICIPATE_DAY"]),
        "promised_days": optional_int(info["PROMISE_DAY"]), "case_type": CASE_BY_CODE.get(info["PROJECT_TYPE"]),
        "materials": [{"name": mat["MATERIAL_NAME"].rstrip("；。;"), "form": FORM_BY_CODE[mat["MATERIAL_FORMAT"]],
                       "exempt": mat["IS_FREE"] == "1"} for mat in info["AUDIT_MATERIAL"]],
        "locations": halls([lobby["NAME"] for lobby in info["AUDIT_CATALOG_LOBBY"]]),
    }


def shatang_blob(html_text: str) -> tuple[Decoded, str]:
    """The guide object of a shatang page and the page's ``<h1>``."""
    heading = re.search(r"<h1[^>]*>([^<]*)</h1>", html_text)
    plain = re.search(r"var guideInfo = (\{.*\});\n</script>", html_text)
    if plain:
        info = json.loads(plain.group(1).replace("<\\/", "</"))
    else:
        state = re.search(r"window\.__INITIAL_STATE__ = JSON\.parse\((\".*\")\);</script>", html_text)
        if state is None:
            raise ValueError("no data blob")
        info = json.loads(json.loads(state.group(1)))["guide"]["detail"]
    return info, (heading.group(1) if heading else "")


CHINESE_DEPTH = {"一级": 1, "二级": 2, "三级": 3, "四级": 4}
LEVEL_WORDS = {"国家级": "national", "省级": "province", "市级": "city", "县级": "county", "乡镇（街道）级": "town"}
HANDLE_WORDS = {"窗口办理": "counter", "网上办理": "online", "快递申请": "post", "自助终端办理": "self_service"}
FORM_WORDS = {"纸质": "paper", "电子化": "electronic", "纸质、电子化": "both"}


def days_of(text: str) -> int | None:
    if text == "无":
        return None
    if text in ("即办", "当场办结"):
        return 0
    found = re.match(r"(\d+)个工作日", text)
    if found is None:
        raise ValueError(f"unreadable limit {text!r}")
    return int(found.group(1))


def decode_chengyu(data: Decoded) -> Decoded:
    values: dict[str, str] = {}
    rows: dict[str, list[dict[str, str]]] = {}
    for section in data["sections"]:
        for pair in section.get("fields", []):
            values.setdefault(pair["label"], pair["value"])
        if "rows" in section:
            rows[section["title"]] = section["rows"]
    code = values["实施编码"]
    depth_text = values["网办深度"]
    case_text = values["办件类型"]
    return {
        "item_code": code, "name": values["事项名称"].strip(), "department": values["实施机构"].strip(),
        "levels": [LEVEL_WORDS[w] for w in values["实施层级"].split("、")] if "实施层级" in values
        else level_of_code(code),
        "channels": [HANDLE_WORDS[w] for w in values["办理方式"].split("、")],
        "online_entry_url": None if values["网上办理地址"] == "无" else values["网上办理地址"],
        "online_depth": None if depth_text == "无" else CHINESE_DEPTH[depth_text[:2]],
        "visits": int(values["到现场次数"].rstrip("次")),
        "statutory_days": days_of(re.sub(r"（.*）$", "", values["法定时限"])),
        "promised_days": days_of(values["承诺时限"]),
        "case_type": {"即办件": "immediate", "承诺件": "promised"}.get(case_text, "other"),
        "materials": [{"name": row["材料名称"], "form": FORM_WORDS[row["材料形式"]], "exempt": row["是否免提交"] == "是"}
                      for row in rows["申请材料"]],
        "locations": halls([row["大厅名称"] for row in rows["办理地点"]]),
    }


def comparable(name: str, value: Any) -> Any:
    if name in ("levels", "channels"):
        return frozenset(value or ())
    if name == "materials":
        return frozenset((m["name"], m["form"], m["exempt"]) for m in value or ())
    if name == "locations":
        return frozenset((loc["name"], loc["level"]) for loc in value or ())
    return value



def route_yaotai(base: str, portal: Decoded, problems: list[str]) -> dict[str, Decoded]:
    """The paged catalog API → guide routes; returns url → decoded guide."""
    found: dict[str, Decoded] = {}
    page, pages = 1, 1
    while page <= pages:
        data = fetch_json(base, f"api/catalog?page={page}")["data"]
        pages = data["pages"]
        if data["current"] != page or data["total"] != len(portal["items"]):
            problems.append(f"yaotai: catalog page {page} says current {data['current']} total {data['total']}")
        for record in data["records"]:
            if not isinstance(record["id"], str):
                problems.append(f"yaotai: catalog id {record['id']!r} is not a string")
            body = fetch_json(base, f"api/guide?id={record['id']}")
            if str(body["code"]) != "200" or body["data"]["taskName"] != record["taskName"]:
                problems.append(f"yaotai: guide {record['id']} does not answer its catalog record")
                continue
            found[f"/#/guide/{record['id']}"] = body["data"]
        page += 1
    soft = fetch_json(base, "api/guide")
    if soft.get("data") is not None:
        problems.append("yaotai: /api/guide without id should be the 未找到匹配的信息 soft failure")
    for data in found.values():
        for related in data["relatedTasks"]:
            if f"/#/guide/{related['id']}" not in found:
                problems.append(f"yaotai: related task {related['id']} is not a guide")
    return {url: decode_yaotai(data) for url, data in found.items()}


def route_shatang(base: str, portal: Decoded, parsed: dict[str, PageParser], pages: dict[str, str],
                  problems: list[str]) -> dict[str, Decoded]:
    """Plain ``<a href>`` from home → guide pages; returns url → decoded blob."""
    start = local_target(base, base, portal["home"]) or "/"
    seen, queue = {file_of(start)}, deque([start])
    reached: set[str] = set()
    while queue:
        current = queue.popleft()
        page = parsed.get(file_of(current))
        if page is None:
            continue
        for href in page.hrefs:
            target = local_target(base, urljoin(base, current), href)
            if target is None or file_of(target) in seen:
                continue
            seen.add(file_of(target))
            queue.append(target)
            if target.startswith("/portal/guide/"):
                reached.add(target)
    found: dict[str, Decoded] = {}
    for url in sorted(reached):
        info, heading = shatang_blob(pages[file_of(url)])
        if heading != info["TASK_NAME"]:
            problems.append(f"shatang: {url} heading {heading!r} is not TASK_NAME")
        found[url] = decode_shatang(info)
    for name, text in pages.items():
        if name.startswith("portal/guide/") and "hotItems" in text:
            state = re.search(r"JSON\.parse\((\".*\")\);</script>", text)
            hot = json.loads(json.loads(state.group(1)))["hotItems"] if state else []
            for entry in hot:
                if f"/portal/guide/{entry['TASK_CODE']}" not in reached:
                    problems.append(f"shatang: hot item {entry['TASK_CODE']} on {name} is not a guide")
    return found


def route_chengyu(base: str, portal: Decoded, problems: list[str]) -> dict[str, Decoded]:
    """``/api/list.json`` (data is a JSON string) → detail shells; returns url → decoded detail."""
    body = fetch_json(base, "api/list.json")
    if not isinstance(body["data"], str):
        problems.append("chengyu: list.json data should be a JSON-encoded string")
        return {}
    rows = json.loads(body["data"])["rows"]
    found: dict[str, Decoded] = {}
    for row in rows:
        detail = fetch_json(base, f"api/detail/{row['itemCode']}.json")
        if detail["data"]["title"] != row["itemName"]:
            problems.append(f"chengyu: detail {row['itemCode']} title differs from the list")
        status, ctype, _body = fetch(urljoin(base, f"bszn/detail.html?code={row['itemCode']}"))
        if status != 200 or not ctype.startswith("text/html"):
            problems.append(f"chengyu: detail shell for {row['itemCode']} answered {status} {ctype}")
        found[f"/bszn/detail.html?code={row['itemCode']}"] = decode_chengyu(detail["data"])
    return found


def check_portal(portal: Decoded, base: str, pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    fields, _vocab = contract()
    parsed = {name: parse(text) for name, text in pages.items()}
    routes: dict[str, Callable[[], dict[str, Decoded]]] = {
        "yaotai": lambda: route_yaotai(base, portal, problems),
        "shatang": lambda: route_shatang(base, portal, parsed, pages, problems),
        "chengyu": lambda: route_chengyu(base, portal, problems),
    }
    decoded = routes[pid]()
    items = {item["url"]: item for item in portal["items"]}
    for url in sorted(set(items) ^ set(decoded)):
        problems.append(f"{pid}: {url} is {'a truth item only' if url in items else 'reachable but not in truth'}")
    for url, item in items.items():
        where = f"{pid}: {url}"
        for name in ("data_url", "link_only_in_script"):
            if name not in item:
                problems.append(f"{where}: truth lacks {name}")
        code = item["item_code"]
        if code is None or len(code) != 31:
            problems.append(f"{where}: item_code {code} is not a 31-character implementation code")
        elif item.get("basic_code") and item["basic_code"] != code[19:]:
            problems.append(f"{where}: basic_code {item['basic_code']} is not the tail of {code}")
        for loc in item["locations"]:
            if hall_level(loc["name"]) != loc["level"]:
                problems.append(f"{where}: hall {loc['name']} is {loc['level']}, its name says {hall_level(loc['name'])}")
        if url in decoded:
            for name in fields:
                if comparable(name, item[name]) != comparable(name, decoded[url][name]):
                    problems.append(f"{where}: {name} truth {item[name]!r} but the data says {decoded[url][name]!r}")
        if item["link_only_in_script"] != (pid != "shatang"):
            problems.append(f"{where}: link_only_in_script {item['link_only_in_script']}")
        if fetch(urljoin(base, item["data_url"]), "HEAD")[0] != 200:
            problems.append(f"{where}: data_url {item['data_url']} is not served")
