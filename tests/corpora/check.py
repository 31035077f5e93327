"""Sanity-check portal corpora with the stdlib only (no extractor, no crawler).

    python -m tests.corpora.check portals2      # one corpus
    python -m tests.corpora.check               # every corpus

For each corpus it verifies that

* the stored files are exactly what :mod:`tests.corpora.build` generates, generation is
  deterministic, and the corpus folder stays under its size limit;
* every file is served (200) byte for byte over HTTP by :mod:`tests.corpora.serve`, with the
  ``Content-Type`` its ``headers.json`` states; every HTML page decodes strictly in its portal's
  charset (a UTF-8 BOM is allowed) and, where the corpus says so, declares it in a ``<meta>``;
  JSON parses; scripts and styles decode and load nothing from another origin;
* no local ``<a href>``, ``src``, ``<link href>`` or form ``action`` is broken;
* on portals that do not need a script, the guides reachable from ``home`` by plain ``<a href>``
  (and ``<frame src>`` / ``<iframe src>``, which a browser shows without a script) are exactly
  the truth items not marked ``link_only_in_script``, and those marked are named in
  some served file (a script, a datastore, a JSON catalog, a sitemap);
* every truth item has every field of ``COMPARED_FIELDS`` (read from
  ``channel_equity/core/observation.py`` with :mod:`ast`, so pydantic is not needed) in the
  contract's vocabulary; its codes are well formed (length, GB 32100 / GB 11714 check characters,
  level digit among ``levels``, ``basic_code`` inside the code); each hall's level follows from
  its name; on portals that do not need a script its page shows its name, code, department,
  material names, location names, visits and day counts, and links its online entry;
* whatever the corpus's own ``extra_check`` verifies (routes only that corpus has).

Exit status 0 when everything holds; otherwise the problems are printed and the status is 1.
"""

from __future__ import annotations

import ast
import codecs
import json
import re
import sys
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from tests.corpora.build import expected_files
from tests.corpora.codes import valid_usci
from tests.corpora.layout import CORPORA_DIR, Corpus, Portal, corpus_names, load
from tests.corpora.serve import HEADERS_FILE, content_type_for, file_for, load_content_types, resolve, url_for

OBSERVATION = CORPORA_DIR.parents[1] / "channel_equity" / "core" / "observation.py"
SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#", "data:")
DIGIT_LEVEL = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
DAYS = ("个工作日", "工作日")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


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
    """Visible text (no script/style), links, resources, link-like targets and meta charsets of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.hrefs: list[str] = []  # <a href>
        self.frames: list[str] = []  # <frame src>, <iframe src>: shown in place, followed like links
        self.resources: list[str] = []  # <script src>, <img src>, <form action>, <link href>
        self.targets: list[str] = []  # <a href>, data-url, window.open('…')
        self.meta_charsets: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
            self.targets.append(values["href"])
        for name in ("src", "action") if tag in ("script", "img", "form") else ():
            if values.get(name):
                self.resources.append(values[name])
        if tag == "link" and values.get("href"):
            self.resources.append(values["href"])
        if tag in ("frame", "iframe") and values.get("src"):
            self.frames.append(values["src"])
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


def fetch_json(base: str, path: str) -> Any:
    status, _ctype, body = fetch(urljoin(base, path))
    if status != 200:
        raise ValueError(f"{path} answered {status}")
    return json.loads(body.decode("utf-8"))


def decode(body: bytes, charset: str) -> str:
    """A page in its portal's charset; a UTF-8 BOM wins, as it does in browsers."""
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8):].decode("utf-8")
    return body.decode(charset)


def local_target(base_url: str, page_url: str, href: str) -> str | None:
    """The path + query of a same-origin link, or None for script, tel, fragment and foreign links."""
    href = href.strip()
    if not href or href.lower().startswith(SKIP_SCHEMES):
        return None
    parts, base = urlsplit(urljoin(page_url, href)), urlsplit(base_url)
    if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def file_of(path_and_query: str) -> str:
    """The file name a path + query is stored under (no fallback), the key for "the same page"."""
    parts = urlsplit(path_and_query)
    return file_for(unquote(parts.path), parts.query)


def full_width(text: str) -> str:
    return text.translate(FULL_WIDTH)


# --- codes and halls -------------------------------------------------------------------------------


def hall_level(name: str) -> str | None:
    """The level a hall name implies (portals1/README.md conventions; 行政服务中心 as 政务服务中心)."""
    if re.search(r"(社区|村)便民服务站$", name):
        return "village"
    if re.search(r"(街道|镇|乡)便民服务中心$", name):
        return "town"
    if re.match(r"^([\u4e00-\u9fff]{2}市)?[\u4e00-\u9fff]{2}[区县]", name):  # 白鹭市鹭湖区政务服务中心 too
        return "county"
    if re.match(r"^[\u4e00-\u9fff]{2}市", name):
        return "city"
    return None


# --- the checks ---------------------------------------------------------------------------------


def check_storage(corpus: Corpus, problems: list[str]) -> None:
    first, second = expected_files(corpus), expected_files(corpus)
    if first != second:
        problems.append(f"{corpus.name}: generation is not deterministic")
    stored = {path for path in corpus.portals_dir.rglob("*") if path.is_file()} | {corpus.truth_path}
    rebuild = f"(run python -m tests.corpora.build {corpus.name})"
    for path in sorted(set(first) - stored):
        problems.append(f"not generated yet: {path.relative_to(CORPORA_DIR)} {rebuild}")
    for path in sorted(stored - set(first)):
        problems.append(f"stray file: {path.relative_to(CORPORA_DIR)} {rebuild}")
    for path, data in first.items():
        if path in stored and path.read_bytes() != data:
            problems.append(f"stale file: {path.relative_to(CORPORA_DIR)} {rebuild}")
    size = sum(path.stat().st_size for path in corpus.root.rglob("*")
               if path.is_file() and "__pycache__" not in path.parts)
    if corpus.size_limit is not None and size > corpus.size_limit:
        problems.append(f"tests/corpora/{corpus.name} is {size} bytes, over {corpus.size_limit}")


def check_item(item: dict[str, Any], fields: tuple[str, ...], vocab: dict[str, set[str]], where: str,
               problems: list[str]) -> None:
    missing = [name for name in (*fields, "url") if name not in item]
    if missing:
        problems.append(f"{where}: truth lacks {missing}")
        return
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
        if set(mat) != {"name", "form", "exempt"} or mat["form"] not in vocab["MaterialForm"] | {None} \
                or not isinstance(mat["exempt"], bool) or mat["name"] != mat["name"].strip("；。 \u3000"):
            problems.append(f"{where}: bad material {mat}")
    for loc in item["locations"]:
        if set(loc) != {"name", "level"} or loc["level"] not in vocab["Level"]:
            problems.append(f"{where}: bad location {loc}")
        elif hall_level(loc["name"]) not in (None, loc["level"]):
            problems.append(f"{where}: hall {loc['name']} is {loc['level']}, its name says {hall_level(loc['name'])}")
    code = item["item_code"]
    if code is None:
        return
    if len(code) not in (12, 31, 33):
        problems.append(f"{where}: item_code of length {len(code)}")
    elif len(code) in (31, 33):
        if not valid_usci(code[:18]):
            problems.append(f"{where}: {code} does not start with a valid USCI")
        if DIGIT_LEVEL.get(code[18]) not in item["levels"]:
            problems.append(f"{where}: code level digit {code[18]} not in levels {item['levels']}")
    if item.get("basic_code") and item["basic_code"] not in (code[-12:], code[19:31]):
        problems.append(f"{where}: basic_code {item['basic_code']} does not match {code}")


def shows_number(text: str, value: int, units: tuple[str, ...], zero_words: tuple[str, ...] = ()) -> bool:
    """``text`` states ``value`` with one of ``units`` (spaces ignored, full-width digits accepted)."""
    if value == 0 and zero_words:
        return any(word in text for word in zero_words)
    compact = re.sub(r"\s", "", text)
    return any(f"{digits}{unit}" in compact for digits in (str(value), full_width(str(value))) for unit in units)


def check_page_shows(item: dict[str, Any], page: PageParser, source: str, page_url: str, base: str, where: str,
                     problems: list[str]) -> None:
    """A static guide page shows the item's values and links its online entry."""
    text = "".join(page.text)
    wanted = [item["name"], item["department"], item["item_code"] or "", item.get("basic_code") or ""]
    wanted += [mat["name"] for mat in item["materials"]] + [loc["name"] for loc in item["locations"]]
    for value in wanted:
        if value and value not in text:
            problems.append(f"{where}: page does not show {value!r}")
    if item["visits"] is not None and not shows_number(text, item["visits"], ("次",)):
        problems.append(f"{where}: page does not show {item['visits']} visits")
    if item["statutory_days"] is not None and not shows_number(text, item["statutory_days"], DAYS):
        problems.append(f"{where}: page does not show statutory {item['statutory_days']}")
    if item["promised_days"] is not None and not shows_number(
            text, item["promised_days"], DAYS, ("即办", "当场办结")):
        problems.append(f"{where}: page does not show promised {item['promised_days']}")
    entry = item["online_entry_url"]
    if entry is not None:
        targets = {local_target(base, page_url, target) for target in page.targets}
        if entry not in targets and entry not in source:  # an href, data-url, window.open or onclick target
            problems.append(f"{where}: page does not link its online entry {entry}")


def serve_and_decode(portal: Portal, root: Path, base: str, meta_charset: bool,
                     problems: list[str]) -> dict[str, str]:
    """Fetch every stored file over HTTP; returns the decoded text of every HTML page by file name."""
    pid, charset = portal["id"], portal["charset"]
    rules = load_content_types(root)
    pages: dict[str, str] = {}
    for file_path in sorted(path for path in root.rglob("*") if path.is_file() and path.name != HEADERS_FILE):
        name = file_path.relative_to(root).as_posix()
        url = url_for(name)
        status, ctype, body = fetch(urljoin(base, url))
        if status != 200 or body != file_path.read_bytes():
            problems.append(f"{pid}: {url} served {status} / different bytes")
        if ctype != content_type_for(urlsplit(url).path, rules):
            problems.append(f"{pid}: {url} Content-Type {ctype!r}")
        kind = ctype.split(";")[0].strip()
        declared = re.search(r"charset=([\w-]+)", ctype)
        try:
            if kind == "text/html":
                text = pages[name] = decode(body, charset)
                if meta_charset and charset.replace("-", "") not in {
                        c.replace("-", "") for c in parse(text).meta_charsets}:
                    problems.append(f"{pid}: {url} declares {parse(text).meta_charsets}, not {charset}")
            elif kind == "application/json":
                json.loads(body.decode(declared.group(1) if declared else "utf-8"))
            elif declared:
                body.decode(declared.group(1))
            elif kind in ("application/javascript", "text/css"):
                text = body.decode(charset)
                foreign = re.findall(r"""['"(](?:https?:)?//[^'")\s]+""", text)
                if foreign:
                    problems.append(f"{pid}: {url} references another origin: {foreign[:2]}")
        except (UnicodeDecodeError, ValueError) as error:
            problems.append(f"{pid}: {url} ({kind}) does not decode: {error}")
    return pages


def check_links(pid: str, base: str, parsed: dict[str, PageParser], problems: list[str]) -> int:
    """No broken local reference; returns how many distinct local targets were checked."""
    status_of: dict[str, int] = {}
    for name, page in parsed.items():
        page_url = urljoin(base, url_for(name))
        for ref in page.hrefs + page.resources + page.frames:
            target = local_target(base, page_url, ref)
            if target is None:
                continue
            if target not in status_of:
                status_of[target] = fetch(urljoin(base, target), "HEAD")[0]
            if status_of[target] != 200:
                problems.append(f"{pid}: broken reference {ref!r} on {url_for(name)}")
    return len(status_of)


def reachable_by_plain_links(portal: Portal, root: Path, base: str, parsed: dict[str, PageParser]) -> set[str]:
    """Files (by :func:`file_of`) reached from ``home`` by ``<a href>`` (and frame / iframe ``src``) alone,
    as a crawler without script would."""
    start = local_target(base, base, portal["home"]) or "/"
    seen, queue = {file_of(start)}, deque([start])
    while queue:
        current = queue.popleft()
        parts = urlsplit(current)
        served = resolve(root, unquote(parts.path) or "/", parts.query)  # with the fallback to the bare path
        page = parsed.get(served.relative_to(root).as_posix()) if served is not None else None
        if page is None:
            continue
        for href in page.hrefs + page.frames:
            target = local_target(base, urljoin(base, current), href)
            if target is not None and file_of(target) not in seen:
                seen.add(file_of(target))
                queue.append(target)
    return seen


def check_portal(corpus: Corpus, portal: Portal, fields: tuple[str, ...], vocab: dict[str, set[str]],
                 problems: list[str]) -> dict[str, int]:
    from tests.corpora.serve import serve_portal

    pid = portal["id"]
    root = corpus.portals_dir / pid
    static = pid not in corpus.script_rendered
    items = portal["items"]
    stats = {"files": sum(1 for path in root.rglob("*") if path.is_file()), "pages": 0, "links": 0, "plain": 0}
    if len(items) < corpus.min_guides:
        problems.append(f"{pid}: {len(items)} guides, fewer than {corpus.min_guides}")
    with serve_portal(corpus.portals_dir, pid) as base:
        pages = serve_and_decode(portal, root, base, corpus.meta_charset, problems)
        parsed = {name: parse(text) for name, text in pages.items()}
        stats["pages"] = len(pages)
        stats["links"] = check_links(pid, base, parsed, problems)
        if static:
            seen = reachable_by_plain_links(portal, root, base, parsed)
            every_file = "\n".join(path.read_bytes().decode("utf-8", "replace") for path in root.rglob("*")
                                   if path.is_file())
            for item in items:
                reached = file_of(item["url"]) in seen
                if reached == bool(item.get("link_only_in_script")):
                    problems.append(f"{pid}: {item['url']} reachable by plain links = {reached}, "
                                    f"link_only_in_script = {bool(item.get('link_only_in_script'))}")
                if not reached and item["url"] not in every_file and item["url"].replace("&", "&amp;") not in every_file:
                    problems.append(f"{pid}: {item['url']} is named nowhere, not even in a script")
            stats["plain"] = sum(1 for item in items if file_of(item["url"]) in seen)
        keys: set[tuple[str, str | None]] = set()
        for item in items:
            where = f"{pid}: {item.get('name')} {item.get('url')}"
            check_item(item, fields, vocab, where, problems)
            key = (item["name"], item["item_code"])
            if key in keys or any(other is not item and other["url"] == item["url"] for other in items):
                problems.append(f"{where}: duplicate name/code or url")
            keys.add(key)
            entry = item["online_entry_url"]
            if entry is not None and fetch(urljoin(base, entry), "HEAD")[0] != 200:
                problems.append(f"{where}: online entry {entry} is not served")
            if not static:
                continue
            name = file_of(item["url"])
            if name not in parsed:
                problems.append(f"{where}: guide page missing")
                continue
            check_page_shows(item, parsed[name], pages[name], urljoin(base, item["url"]), base, where, problems)
        if corpus.extra_check is not None:
            corpus.extra_check(portal, base, pages, problems)
    return stats


def check_corpus(corpus: Corpus) -> list[str]:
    """Every problem of one corpus (none when it is sound); prints one row per portal."""
    problems: list[str] = []
    fields, vocab = contract()
    if not fields or not {"Level", "Channel", "CaseType", "MaterialForm"} <= set(vocab):
        return [f"could not read COMPARED_FIELDS / vocabularies from {OBSERVATION}"]
    check_storage(corpus, problems)
    truth = corpus.truth()
    ids = [portal["id"] for portal in truth["portals"]]
    print(f"{corpus.name}\n{'portal':<11}{'items':>6}{'files':>7}{'pages':>7}{'links':>7}{'plain':>7}")
    for portal in truth["portals"]:
        before = len(problems)
        stats = check_portal(corpus, portal, fields, vocab, problems)
        status = "ok" if len(problems) == before else f"{len(problems) - before} problem(s)"
        print(f"{portal['id']:<11}{len(portal['items']):>6}{stats['files']:>7}{stats['pages']:>7}"
              f"{stats['links']:>7}{stats['plain']:>7}  {status}")
    if corpus.default_portal not in ids:
        problems.append(f"{corpus.name}: default portal {corpus.default_portal} is not in truth.json")
    return problems


def main(argv: list[str]) -> int:
    problems: list[str] = []
    for name in argv[1:] or corpus_names():
        problems += check_corpus(load(name))
    for problem in problems:
        print("PROBLEM", problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
