"""Sanity-check the blind corpus with the standard library only (no extractor, no crawler).

    python -m tests.blind.check_corpus

For every portal it serves the directory with :mod:`tests.blind.serve` and checks that

* every file is served (200) byte for byte at the URL :func:`serve.url_for` gives it, with the
  ``Content-Type`` its ``headers.json`` states, and every page decodes strictly in the portal's
  charset (a UTF-8 BOM is allowed);
* every local ``<a href>`` on every page answers 200 (no broken links, by construction);
* the guides reachable from the home page by following ``<a href>`` alone (no script) are exactly
  the truth items not marked ``link_only_in_script``, and those marked are linked from a script;
* every truth item has every compared field; its page answers 200 and shows its name, code,
  department, material names and location names; its online entry page exists and is linked.
"""

from __future__ import annotations

import codecs
import html
import json
import sys
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from tests.blind.serve import HEADERS_FILE, PORTALS_DIR, content_type_for, load_content_types, url_for

TRUTH_PATH = Path(__file__).resolve().parent / "truth.json"
# channel_equity.core.observation.COMPARED_FIELDS, restated so that this check needs only the stdlib
COMPARED_FIELDS = ("item_code", "name", "department", "levels", "channels", "online_entry_url", "online_depth",
                   "visits", "statutory_days", "promised_days", "case_type", "materials", "locations")
LEVELS = {"national", "province", "city", "county", "town", "village"}
CHANNELS = {"counter", "online", "post", "self_service"}
FORMS = {"paper", "electronic", "both", None}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.hrefs.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def decode(body: bytes, charset: str) -> str:
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8):].decode("utf-8")
    return body.decode(charset)


def is_page(name: str) -> bool:
    return not name.endswith((".css", ".js", ".gif", ".txt", ".json"))


def local_links(page_url: str, text: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(text)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin(page_url, href)
        if absolute.startswith(base):
            out.append(absolute.split("#", 1)[0])
    return out


def visible_text(text: str) -> str:
    parser = _Links()
    parser.feed(text)
    return html.unescape("".join(parser.text))


def check_portal(portal: dict[str, Any], errors: list[str]) -> None:
    from tests.blind.serve import serve_blind_portal

    pid, charset = portal["id"], portal["charset"]
    root = PORTALS_DIR / pid
    rules = load_content_types(root)
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != HEADERS_FILE)
    with serve_blind_portal(pid) as base:
        pages: dict[str, str] = {}
        for name in files:
            path_query = url_for(name)
            status, ctype, body = fetch(base.rstrip("/") + path_query)
            if status != 200 or body != (root / name).read_bytes():
                errors.append(f"{pid}: {path_query} served {status} / different bytes")
                continue
            want = content_type_for(urlsplit(path_query).path, rules)
            if ctype != want:
                errors.append(f"{pid}: {path_query} Content-Type {ctype!r}, want {want!r}")
            if is_page(name):
                try:
                    pages[urljoin(base, path_query)] = decode(body, charset)
                except UnicodeDecodeError as error:
                    errors.append(f"{pid}: {path_query} does not decode as {charset}: {error}")
        # no broken links
        for url, text in pages.items():
            for link in local_links(url, text, base):
                if link not in pages and fetch(link)[0] != 200:
                    errors.append(f"{pid}: broken link {link} on {url}")
        # reachability by <a href> only
        home = urljoin(base, portal["home"])
        seen, queue = {home}, deque([home])
        while queue:
            url = queue.popleft()
            known = pages.get(url)
            if known is not None:
                text = known
            else:
                status, _, body = fetch(url)
                if status != 200:
                    continue
                text = decode(body, charset)
            for link in local_links(url, text, base):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
        all_script = "\n".join(pages.values())
        for item in portal["items"]:
            url = urljoin(base, item["url"])
            reachable = url in seen
            if reachable == bool(item.get("link_only_in_script")):
                errors.append(f"{pid}: {item['name']} reachable by plain links = {reachable}, "
                              f"but link_only_in_script = {item.get('link_only_in_script')}")
            if not reachable and item["url"].replace("&", "&amp;") not in all_script:
                errors.append(f"{pid}: {item['name']} is linked from nowhere, not even a script")
            check_item(pid, item, url, pages, errors)


def check_item(pid: str, item: dict[str, Any], url: str, pages: dict[str, str], errors: list[str]) -> None:
    where = f"{pid}: {item['name']}"
    missing = [f for f in COMPARED_FIELDS if f not in item]
    if missing:
        errors.append(f"{where}: truth lacks {missing}")
    text = pages.get(url)
    if text is None:
        errors.append(f"{where}: guide page {item['url']} not served")
        return
    seen = visible_text(text)
    wanted = [item["name"], item["department"]] + [m["name"] for m in item["materials"]]
    wanted += [loc["name"] for loc in item["locations"]]
    if item["item_code"]:
        wanted.append(item["item_code"])
    for value in wanted:
        if value not in seen:
            errors.append(f"{where}: {value!r} not shown on its page")
    if not set(item["levels"]) <= LEVELS or not set(item["channels"]) <= CHANNELS:
        errors.append(f"{where}: bad levels/channels vocabulary")
    if any(m["form"] not in FORMS for m in item["materials"]):
        errors.append(f"{where}: bad material form")
    if item["case_type"] not in ("immediate", "promised", "other", None):
        errors.append(f"{where}: bad case_type")
    if item["online_depth"] not in (1, 2, 3, 4, None):
        errors.append(f"{where}: bad online_depth")
    entry = item["online_entry_url"]
    if entry:
        if urljoin(url, entry) not in pages:
            errors.append(f"{where}: online entry {entry} not served")
        if entry not in html.unescape(text):
            errors.append(f"{where}: online entry {entry} not on its page")
    if item.get("item_code") and len(item["item_code"]) not in (12, 31, 33):
        errors.append(f"{where}: code {item['item_code']} has an unusual length")


def main() -> int:
    truth = json.loads(TRUTH_PATH.read_text(encoding="utf-8"))
    errors: list[str] = []
    for portal in truth["portals"]:
        before = len(errors)
        check_portal(portal, errors)
        status = "ok" if len(errors) == before else f"{len(errors) - before} problems"
        print(f"{portal['id']:<8} {len(portal['items']):>3} items  {status}")
    for error in errors:
        print("  " + error)
    size = sum(p.stat().st_size for p in TRUTH_PATH.parent.rglob("*") if p.is_file())
    print(f"tests/blind: {size / 1e6:.2f} MB")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
