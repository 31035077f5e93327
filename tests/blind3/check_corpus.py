"""Sanity-check the third blind corpus with the stdlib only: ``python -m tests.blind3.check_corpus``.

It verifies that

* the stored files are exactly what ``build_corpus`` generates, generation is deterministic, and
  ``tests/blind3`` stays under 1 MiB;
* every file is served byte for byte over HTTP with the ``Content-Type`` its ``headers.json`` states;
  every HTML page decodes strictly in its portal's charset and declares it in a ``<meta>``; every
  JSON file parses; scripts and styles decode in their portal's charset;
* no page or script loads anything from another origin; every ``src`` / ``href`` of a static page
  (scripts, styles, links) is served;
* the guides each portal's documented route reaches (yaotai: the paged catalog API; shatang: plain
  ``<a href>`` from home; chengyu: ``/api/list.json``) are exactly the truth items, and every link a
  script would render from the data (related items, hot items) points at a served guide;
* every truth item has every field of ``COMPARED_FIELDS`` (read from ``channel_equity/observation.py``
  with :mod:`ast`) in the contract's vocabulary; its codes are valid (GB 32100 / GB 11714 check
  characters, level digit among ``levels``, basic code inside the 31); its hall levels follow from
  the hall names; and **an independent decoder of the portal's own data** (the JSON, or the blob in
  the page) reproduces every compared field of the truth item. The online entry is served.

Rendering in a browser is not checked here (it needs Chromium); README.md says how it was checked.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from tests.blind3.build_corpus import PORTALS_DIR, ROOT, TRUTH_FILE, expected_files
from tests.blind3.serve import content_type_for, file_for, load_content_types, serve_blind_portal, url_for

OBSERVATION = ROOT.parents[1] / "channel_equity" / "observation.py"
SIZE_LIMIT = 1024 * 1024
USCI_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCI_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
DIGIT_LEVEL = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#", "data:")
Decoded = dict[str, Any]


# --- the contract -----------------------------------------------------------------------------


def contract() -> tuple[tuple[str, ...], dict[str, set[str]]]:
    """COMPARED_FIELDS and the Literal vocabularies of observation.py, read without importing it."""
    tree = ast.parse(OBSERVATION.read_text(encoding="utf-8"))
    fields: tuple[str, ...] = ()
    vocab: dict[str, set[str]] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        if target == "COMPARED_FIELDS" and isinstance(value, ast.Tuple):
            fields = tuple(ast.literal_eval(value))
        elif target and isinstance(value, ast.Subscript) and getattr(value.value, "id", "") == "Literal":
            vocab[target] = set(ast.literal_eval(value.slice))
    return fields, vocab


# --- fetching and parsing -------------------------------------------------------------------------


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []  # <a href>
        self.resources: list[str] = []  # <script src>, <link href>, <img src>, <form action>
        self.meta_charsets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
        for name in ("src", "action") if tag in ("script", "img", "form") else ():
            if values.get(name):
                self.resources.append(values[name])
        if tag == "link" and values.get("href"):
            self.resources.append(values["href"])
        if tag == "meta":
            if "charset" in values:
                self.meta_charsets.append(values["charset"].lower())
            content = values.get("content", "")
            if values.get("http-equiv", "").lower() == "content-type" and "charset=" in content:
                self.meta_charsets.append(content.split("charset=")[1].strip().lower())


def parse(text: str) -> PageParser:
    parser = PageParser()
    parser.feed(text)
    parser.close()
    return parser


def fetch(url: str, method: str = "GET") -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def fetch_json(base: str, path: str) -> Any:
    status, _ctype, body = fetch(urljoin(base, path))
    if status != 200:
        raise ValueError(f"{path} answered {status}")
    return json.loads(body.decode("utf-8"))


def local_target(base_url: str, page_url: str, href: str) -> str | None:
    """The path + query of a same-origin link, or None for script / fragment / foreign links."""
    href = href.strip()
    if not href or href.lower().startswith(SKIP_SCHEMES):
        return None
    parts, base = urlsplit(urljoin(page_url, href)), urlsplit(base_url)
    if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def file_of(path_and_query: str) -> str:
    parts = urlsplit(path_and_query)
    return file_for(parts.path, parts.query)


# --- codes and halls -------------------------------------------------------------------------------


def valid_usci(usci: str) -> bool:
    if len(usci) != 18 or any(char not in USCI_CHARS for char in usci):
        return False
    total = sum(USCI_CHARS.index(char) * weight for char, weight in zip(usci[:17], USCI_WEIGHTS, strict=True))
    if USCI_CHARS[(31 - total % 31) % 31] != usci[17]:
        return False
    org = usci[8:17]
    check = 11 - sum(int(char, 36) * w for char, w in zip(org[:8], ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(check, str(check)) == org[8]


def hall_level(name: str) -> str | None:
    """The level a hall name implies (tests/blind/README.md conventions; 行政服务中心 as 政务服务中心)."""
    if re.search(r"(社区|村)便民服务站$", name):
        return "village"
    if re.search(r"(街道|镇|乡)便民服务中心$", name):
        return "town"
    if re.match(r"^[\u4e00-\u9fff]{2}[区县]", name):
        return "county"
    if re.match(r"^[\u4e00-\u9fff]{2}市", name):
        return "city"
    return None


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


# --- the checks ---------------------------------------------------------------------------------


def check_storage(problems: list[str]) -> None:
    first, second = expected_files(), expected_files()
    if first != second:
        problems.append("build_corpus is not deterministic")
    stored = {path for path in PORTALS_DIR.rglob("*") if path.is_file()} | {TRUTH_FILE}
    for path in sorted(set(first) - stored):
        problems.append(f"not generated yet: {path.relative_to(ROOT)} (run python -m tests.blind3.build_corpus)")
    for path in sorted(stored - set(first)):
        problems.append(f"stray file: {path.relative_to(ROOT)}")
    for path, data in first.items():
        if path in stored and path.read_bytes() != data:
            problems.append(f"stale file: {path.relative_to(ROOT)} (run python -m tests.blind3.build_corpus)")
    size = sum(path.stat().st_size for path in ROOT.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    if size > SIZE_LIMIT:
        problems.append(f"tests/blind3 is {size} bytes, over {SIZE_LIMIT}")


def check_item(item: Decoded, fields: tuple[str, ...], vocab: dict[str, set[str]], where: str,
               problems: list[str]) -> None:
    for name in (*fields, "url", "data_url", "link_only_in_script"):
        if name not in item:
            problems.append(f"{where}: truth lacks {name}")
    if not set(item["levels"]) <= vocab["Level"] or not set(item["channels"]) <= vocab["Channel"]:
        problems.append(f"{where}: bad levels / channels {item['levels']} {item['channels']}")
    if item["case_type"] not in vocab["CaseType"] | {None}:
        problems.append(f"{where}: bad case_type {item['case_type']}")
    if item["online_depth"] not in (None, 1, 2, 3, 4):
        problems.append(f"{where}: bad online_depth {item['online_depth']}")
    for key in ("visits", "statutory_days", "promised_days"):
        if item[key] is not None and (not isinstance(item[key], int) or item[key] < 0):
            problems.append(f"{where}: bad {key} {item[key]!r}")
    for mat in item["materials"]:
        if set(mat) != {"name", "form", "exempt"} or mat["form"] not in vocab["MaterialForm"] \
                or not isinstance(mat["exempt"], bool) or mat["name"] != mat["name"].strip("；。 \u3000"):
            problems.append(f"{where}: bad material {mat}")
    for loc in item["locations"]:
        if set(loc) != {"name", "level"} or loc["level"] not in vocab["Level"] or hall_level(loc["name"]) != loc["level"]:
            problems.append(f"{where}: bad location {loc}")
    code = item["item_code"]
    if len(code) != 31 or not valid_usci(code[:18]):
        problems.append(f"{where}: bad implementation code {code}")
    elif DIGIT_LEVEL.get(code[18]) not in item["levels"]:
        problems.append(f"{where}: code level digit {code[18]} not in levels {item['levels']}")
    if item.get("basic_code") and item["basic_code"] != code[19:]:
        problems.append(f"{where}: basic_code {item['basic_code']} is not the tail of {code}")


def serve_and_decode(portal: Decoded, base: str, problems: list[str]) -> dict[str, str]:
    """Fetch every stored file over HTTP; returns the decoded text of every HTML page by file name."""
    pid, charset = portal["id"], portal["charset"]
    root = PORTALS_DIR / pid
    rules = load_content_types(root)
    pages: dict[str, str] = {}
    for file_path in sorted(path for path in root.rglob("*") if path.is_file() and path.name != "headers.json"):
        name = str(file_path.relative_to(root))
        url = url_for(name)
        status, ctype, body = fetch(urljoin(base, url))
        if status != 200 or body != file_path.read_bytes():
            problems.append(f"{pid}: {url} served {status} / different bytes")
        if ctype != content_type_for(urlsplit(url).path, rules):
            problems.append(f"{pid}: {url} Content-Type {ctype!r}")
        kind = ctype.split(";")[0].strip()
        if kind == "application/json":
            try:
                json.loads(body.decode("utf-8"))
            except ValueError as error:
                problems.append(f"{pid}: {url} is not UTF-8 JSON: {error}")
        elif kind in ("text/html", "application/javascript", "text/css"):
            try:
                text = body.decode(charset)
            except UnicodeDecodeError as error:
                problems.append(f"{pid}: {url} does not decode as {charset}: {error}")
                continue
            if kind == "text/html":
                pages[name] = text
                declared = {c.replace("-", "") for c in parse(text).meta_charsets}
                if charset.replace("-", "") not in declared:
                    problems.append(f"{pid}: {url} declares {declared}, not {charset}")
            else:
                foreign = re.findall(r"""['"(](?:https?:)?//[^'")\s]+""", text)
                if foreign:
                    problems.append(f"{pid}: {url} references another origin: {foreign[:2]}")
    return pages


def check_links(pid: str, base: str, pages: dict[str, str], problems: list[str]) -> dict[str, PageParser]:
    parsed = {name: parse(text) for name, text in pages.items()}
    status_of: dict[str, int] = {}
    for name, page in parsed.items():
        page_url = urljoin(base, url_for(name))
        for ref in page.hrefs + page.resources:
            if ref.startswith("//") or (ref.startswith("http") and urlsplit(ref).netloc != urlsplit(base).netloc):
                problems.append(f"{pid}: {url_for(name)} loads or links another origin: {ref}")
                continue
            target = local_target(base, page_url, ref)
            if target is None:
                continue
            if target not in status_of:
                status_of[target] = fetch(urljoin(base, target), "HEAD")[0]
            if status_of[target] != 200:
                problems.append(f"{pid}: broken reference {ref!r} on {url_for(name)}")
    return parsed


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


def check_portal(portal: Decoded, fields: tuple[str, ...], vocab: dict[str, set[str]],
                 problems: list[str]) -> dict[str, int]:
    pid = portal["id"]
    with serve_blind_portal(pid) as base:
        pages = serve_and_decode(portal, base, problems)
        parsed = check_links(pid, base, pages, problems)
        routes: dict[str, Callable[[], dict[str, Decoded]]] = {
            "yaotai": lambda: route_yaotai(base, portal, problems),
            "shatang": lambda: route_shatang(base, portal, parsed, pages, problems),
            "chengyu": lambda: route_chengyu(base, portal, problems),
        }
        decoded = routes[pid]()
        items = {item["url"]: item for item in portal["items"]}
        if len(items) != len(portal["items"]):
            problems.append(f"{pid}: duplicate truth urls")
        for url in sorted(set(items) ^ set(decoded)):
            problems.append(f"{pid}: {url} is {'a truth item only' if url in items else 'reachable but not in truth'}")
        codes = [item["item_code"] for item in portal["items"]]
        if len(set(codes)) != len(codes):
            problems.append(f"{pid}: duplicate item codes")
        for url, item in items.items():
            where = f"{pid}: {url}"
            check_item(item, fields, vocab, where, problems)
            if url in decoded:
                for name in fields:
                    if comparable(name, item[name]) != comparable(name, decoded[url][name]):
                        problems.append(f"{where}: {name} truth {item[name]!r} but the data says {decoded[url][name]!r}")
            if item["link_only_in_script"] != (pid != "shatang"):
                problems.append(f"{where}: link_only_in_script {item['link_only_in_script']}")
            entry = item["online_entry_url"]
            if entry is not None and fetch(urljoin(base, entry), "HEAD")[0] != 200:
                problems.append(f"{where}: online entry {entry} is not served")
            data_url = item["data_url"]
            if fetch(urljoin(base, data_url), "HEAD")[0] != 200:
                problems.append(f"{where}: data_url {data_url} is not served")
    return {"files": sum(1 for path in (PORTALS_DIR / pid).rglob("*") if path.is_file()), "pages": len(pages),
            "reached": len(decoded)}


def main() -> int:
    problems: list[str] = []
    fields, vocab = contract()
    if not fields or not {"Level", "Channel", "CaseType", "MaterialForm"} <= set(vocab):
        print("could not read COMPARED_FIELDS / vocabularies from observation.py")
        return 1
    check_storage(problems)
    truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
    if [portal["id"] for portal in truth["portals"]] != ["yaotai", "shatang", "chengyu"]:
        problems.append("truth.json should hold yaotai, shatang, chengyu")
    print(f"{'portal':<10}{'items':>6}{'files':>7}{'pages':>7}{'reached':>9}")
    for portal in truth["portals"]:
        if not 15 <= len(portal["items"]) <= 20:
            problems.append(f"{portal['id']}: {len(portal['items'])} guides, want 15-20")
        stats = check_portal(portal, fields, vocab, problems)
        print(f"{portal['id']:<10}{len(portal['items']):>6}{stats['files']:>7}{stats['pages']:>7}{stats['reached']:>9}")
    for problem in problems:
        print("PROBLEM", problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
