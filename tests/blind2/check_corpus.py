"""Sanity-check the second blind corpus with the stdlib only: ``python -m tests.blind2.check_corpus``.

It verifies that

* the stored files are exactly what ``build_corpus`` generates (and that generation is deterministic),
  and the corpus stays under 1.5 MB;
* every file is served byte for byte over HTTP with the ``Content-Type`` its ``headers.json`` states;
* every HTML page decodes strictly in its portal's charset and declares that charset in a ``<meta>``;
  heting uses at least one character GBK cannot encode; jinshui is strict GB2312;
* no local ``<a href>`` is broken;
* the guides reachable from ``home`` by plain ``<a href>`` links are exactly the truth items not marked
  ``link_only_in_script``; those are listed in heting's ``sitemap.xml`` and in its JSON catalog;
* every truth item has every field of ``COMPARED_FIELDS`` (read from ``channel_equity/observation.py``
  with :mod:`ast`, so pydantic is not needed), in the contract's vocabulary, and its page shows its
  name, code, department, material names, location names and stated numbers; its online entry page
  exists and is the target of an ``href``, ``data-url`` or ``window.open`` on the page.

Exit status 0 when everything holds; otherwise the problems are printed and the status is 1.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from tests.blind2.build_corpus import PORTALS_DIR, ROOT, TRUTH_FILE, expected_files
from tests.blind2.render_util import full_width
from tests.blind2.serve import content_type_for, file_for, load_content_types, serve_blind_portal, url_for

OBSERVATION = Path(__file__).resolve().parents[2] / "channel_equity" / "observation.py"
SIZE_LIMIT = 1_500_000
SKIP_SCHEMES = ("javascript:", "tel:", "mailto:", "#")


def contract() -> tuple[tuple[str, ...], dict[str, set[str]]]:
    """COMPARED_FIELDS and the Literal vocabularies, read from observation.py without importing it."""
    tree = ast.parse(OBSERVATION.read_text(encoding="utf-8"))
    fields: tuple[str, ...] = ()
    vocab: dict[str, set[str]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        value = getattr(node, "value", None)
        if not isinstance(target, ast.Name) or value is None:
            continue
        if target.id == "COMPARED_FIELDS":
            fields = tuple(ast.literal_eval(value))
        elif isinstance(value, ast.Subscript) and getattr(value.value, "id", "") == "Literal":
            vocab[target.id] = set(ast.literal_eval(value.slice))
    return fields, vocab


class PageParser(HTMLParser):
    """Visible text (no script/style/comments) and link-like attributes of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.hrefs: list[str] = []
        self.targets: list[str] = []
        self.meta_charsets: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
            self.targets.append(values["href"])
        if "data-url" in values:
            self.targets.append(values["data-url"])
        for handler in ("onclick", "href"):
            found = re.search(r"window\.open\('([^']+)'", values.get(handler, ""))
            if found:
                self.targets.append(found.group(1))
        if tag == "meta":
            if "charset" in values:
                self.meta_charsets.append(values["charset"].lower())
            content = values.get("content", "")
            if values.get("http-equiv", "").lower() == "content-type" and "charset=" in content:
                self.meta_charsets.append(content.split("charset=")[1].strip().lower())

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


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


def local_target(base_url: str, page_url: str, href: str) -> str | None:
    """The path + query of a local link, or None for script, tel, fragment and foreign links."""
    href = href.strip()
    if not href or href.lower().startswith(SKIP_SCHEMES):
        return None
    absolute = urljoin(page_url, href)
    parts, base = urlsplit(absolute), urlsplit(base_url)
    if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def file_of(path_and_query: str) -> str:
    parts = urlsplit(path_and_query)
    return file_for(parts.path, parts.query)


def check_storage(problems: list[str]) -> None:
    first, second = expected_files(), expected_files()
    if first != second:
        problems.append("build_corpus is not deterministic")
    stored = {path for path in PORTALS_DIR.rglob("*") if path.is_file()} | {TRUTH_FILE}
    for path in sorted(set(first) - stored):
        problems.append(f"not generated yet: {path.relative_to(ROOT)} (run python -m tests.blind2.build_corpus)")
    for path in sorted(stored - set(first)):
        problems.append(f"stray file: {path.relative_to(ROOT)}")
    for path, data in first.items():
        if path in stored and path.read_bytes() != data:
            problems.append(f"stale file: {path.relative_to(ROOT)} (run python -m tests.blind2.build_corpus)")
    size = sum(path.stat().st_size for path in ROOT.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    if size > SIZE_LIMIT:
        problems.append(f"tests/blind2 is {size} bytes, over {SIZE_LIMIT}")


def check_item(item: dict[str, Any], fields: tuple[str, ...], vocab: dict[str, set[str]], where: str,
               problems: list[str]) -> None:
    for name in (*fields, "url"):
        if name not in item:
            problems.append(f"{where}: truth lacks {name}")
    if not set(item.get("levels", [])) <= vocab["Level"]:
        problems.append(f"{where}: bad levels {item.get('levels')}")
    if not set(item.get("channels", [])) <= vocab["Channel"]:
        problems.append(f"{where}: bad channels {item.get('channels')}")
    if item.get("case_type") not in vocab["CaseType"] | {None}:
        problems.append(f"{where}: bad case_type {item.get('case_type')}")
    if item.get("online_depth") not in (None, 1, 2, 3, 4):
        problems.append(f"{where}: bad online_depth {item.get('online_depth')}")
    for key in ("visits", "statutory_days", "promised_days"):
        if item.get(key) is not None and (not isinstance(item[key], int) or item[key] < 0):
            problems.append(f"{where}: bad {key} {item[key]!r}")
    for mat in item.get("materials", []):
        if set(mat) != {"name", "form", "exempt"} or mat["form"] not in vocab["MaterialForm"] | {None} \
                or not isinstance(mat["exempt"], bool):
            problems.append(f"{where}: bad material {mat}")
    for loc in item.get("locations", []):
        if set(loc) != {"name", "level"} or loc["level"] not in vocab["Level"]:
            problems.append(f"{where}: bad location {loc}")
    code = item.get("item_code")
    if code is not None:
        if len(code) not in (12, 31, 33):
            problems.append(f"{where}: item_code of length {len(code)}")
        level_of = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
        if len(code) in (31, 33) and level_of.get(code[18]) not in item.get("levels", []):
            problems.append(f"{where}: code level digit {code[18]} not in levels {item.get('levels')}")
        if item.get("basic_code") and item["basic_code"] != code[-12:] and item["basic_code"] != code[19:31]:
            problems.append(f"{where}: basic_code {item['basic_code']} does not match {code}")


def shows_number(text: str, value: int, unit: str, zero_words: tuple[str, ...] = ()) -> bool:
    if value == 0 and zero_words:
        return any(word in text for word in zero_words)
    return f"{value}{unit}" in text or full_width(f"{value}{unit}") in text


def check_portal(portal: dict[str, Any], fields: tuple[str, ...], vocab: dict[str, set[str]],
                 problems: list[str]) -> dict[str, int]:
    pid, charset = portal["id"], portal["charset"]
    root = PORTALS_DIR / pid
    rules = load_content_types(root)
    names = sorted(str(path.relative_to(root)) for path in root.rglob("*")
                   if path.is_file() and path.name != "headers.json")
    stats = {"files": len(names), "pages": 0, "links": 0, "reachable": 0}
    with serve_blind_portal(pid) as base:
        html_pages: dict[str, PageParser] = {}
        non_gbk = False
        for name in names:
            url = url_for(name)
            status, ctype, body = fetch(urljoin(base, url))
            path = urlsplit(url).path
            if status != 200 or body != (root / name).read_bytes():
                problems.append(f"{pid}: {url} served {status} / different bytes")
            if ctype != content_type_for(path, rules):
                problems.append(f"{pid}: {url} Content-Type {ctype!r}")
            if not ctype.startswith("text/html"):
                declared = re.search(r"charset=([\w-]+)", ctype)
                if declared:
                    try:
                        body.decode(declared.group(1))
                    except UnicodeDecodeError:
                        problems.append(f"{pid}: {url} does not decode as {declared.group(1)}")
                continue
            try:
                text = body.decode(charset)
            except UnicodeDecodeError as error:
                problems.append(f"{pid}: {url} does not decode as {charset}: {error}")
                continue
            try:
                text.encode("gbk")
            except UnicodeEncodeError:
                non_gbk = True
            parsed = parse(text)
            if charset.lower().replace("-", "") not in {c.replace("-", "") for c in parsed.meta_charsets}:
                problems.append(f"{pid}: {url} declares {parsed.meta_charsets}, not {charset}")
            html_pages[name] = parsed
        stats["pages"] = len(html_pages)
        if pid == "heting" and not non_gbk:
            problems.append("heting: no page needs GB18030 (expected a character GBK cannot encode)")
        # broken links
        checked: dict[str, int] = {}
        for name, parsed in html_pages.items():
            page_url = urljoin(base, url_for(name))
            for href in parsed.hrefs:
                target = local_target(base, page_url, href)
                if target is None:
                    continue
                if target not in checked:
                    checked[target] = fetch(urljoin(base, target), "HEAD")[0]
                if checked[target] != 200:
                    problems.append(f"{pid}: broken link {href!r} on {url_for(name)}")
        stats["links"] = len(checked)
        # reachability by plain links
        start = local_target(base, base, portal["home"]) or "/"
        seen, queue = {file_of(start)}, deque([start])
        while queue:
            current = queue.popleft()
            parsed_page = html_pages.get(file_of(current))
            if parsed_page is None:
                continue
            for href in parsed_page.hrefs:
                target = local_target(base, urljoin(base, current), href)
                if target is not None and file_of(target) not in seen:
                    seen.add(file_of(target))
                    queue.append(target)
        items = portal["items"]
        for item in items:
            reached = file_of(item["url"]) in seen
            if reached == bool(item.get("link_only_in_script")):
                problems.append(f"{pid}: {item['url']} reachable by plain links = {reached}, "
                                f"link_only_in_script = {bool(item.get('link_only_in_script'))}")
        stats["reachable"] = sum(1 for item in items if file_of(item["url"]) in seen)
        hidden = [item["url"] for item in items if item.get("link_only_in_script")]
        if hidden:
            check_script_routes(pid, base, hidden, problems)
        # per item
        keys = set()
        for item in items:
            where = f"{pid}: {item.get('url')}"
            check_item(item, fields, vocab, where, problems)
            key = (item["name"], item["item_code"])
            if key in keys or any(other is not item and other["url"] == item["url"] for other in items):
                problems.append(f"{where}: duplicate name/code or url")
            keys.add(key)
            parsed_guide = html_pages.get(file_of(item["url"]))
            if parsed_guide is None:
                problems.append(f"{where}: guide page missing")
                continue
            text = "".join(parsed_guide.text)
            wanted = [item["name"], item["department"], item["item_code"] or "", item.get("basic_code") or ""]
            wanted += [mat["name"] for mat in item["materials"]] + [loc["name"] for loc in item["locations"]]
            for value in wanted:
                if value and value not in text:
                    problems.append(f"{where}: page does not show {value!r}")
            if item["visits"] is not None and not shows_number(text, item["visits"], "次"):
                problems.append(f"{where}: page does not show {item['visits']} visits")
            if item["statutory_days"] is not None and not shows_number(text, item["statutory_days"], "个工作日"):
                problems.append(f"{where}: page does not show statutory {item['statutory_days']}")
            if item["promised_days"] is not None and not shows_number(
                    text, item["promised_days"], "个工作日", ("即办", "当场办结")):
                problems.append(f"{where}: page does not show promised {item['promised_days']}")
            entry = item["online_entry_url"]
            if entry is not None:
                page_url = urljoin(base, item["url"])
                targets = {local_target(base, page_url, t) for t in parsed_guide.targets}
                if entry not in targets:
                    problems.append(f"{where}: page does not link its online entry {entry}")
                if fetch(urljoin(base, entry), "HEAD")[0] != 200:
                    problems.append(f"{where}: online entry {entry} is not served")
    return stats


def check_script_routes(pid: str, base: str, hidden: list[str], problems: list[str]) -> None:
    """Script-only guides must be reachable through the routes the README documents."""
    status, _ctype, robots = fetch(urljoin(base, "robots.txt"))
    sitemap_line = re.search(r"^Sitemap:\s*(\S+)", robots.decode("utf-8"), re.M) if status == 200 else None
    if sitemap_line is None:
        problems.append(f"{pid}: no Sitemap line in robots.txt")
        return
    _status, _ctype, sitemap = fetch(urljoin(base, sitemap_line.group(1)))
    locs = {loc.replace("&amp;", "&") for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.decode("utf-8"))}
    api: set[str] = set()
    page, pages = 1, 1
    while page <= pages:
        _status, _ctype, body = fetch(urljoin(base, f"api/items?page={page}"))
        data = json.loads(body.decode("utf-8"))["data"]
        pages = data["pages"]
        api |= {entry["guideUrl"] for entry in data["list"]}
        page += 1
    for url in hidden:
        if url not in locs:
            problems.append(f"{pid}: {url} is not in the sitemap")
        if url not in api:
            problems.append(f"{pid}: {url} is not in the JSON catalog")


def main() -> int:
    problems: list[str] = []
    fields, vocab = contract()
    if not fields or not {"Level", "Channel", "CaseType", "MaterialForm"} <= set(vocab):
        print("could not read COMPARED_FIELDS / vocabularies from observation.py")
        return 1
    check_storage(problems)
    truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
    print(f"{'portal':<11}{'items':>6}{'files':>7}{'pages':>7}{'links':>7}{'plain':>7}")
    for portal in truth["portals"]:
        stats = check_portal(portal, fields, vocab, problems)
        print(f"{portal['id']:<11}{len(portal['items']):>6}{stats['files']:>7}{stats['pages']:>7}"
              f"{stats['links']:>7}{stats['reachable']:>7}")
    for problem in problems:
        print("PROBLEM", problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
