"""Contexts for the wording rules (online-only, offline-only, online-entry-broken and the page
signals): hand-built ones for unit tests, and one read from the simulated province served on
loopback, so the rules can be measured against its ground truth in a few seconds.

The served context stands in for the crawler: it fetches every listing, guide and chrome page
and every online entry with urllib (redirects followed), decodes and extracts them with the
real charset detection and HTML guide extractor, and keeps the bodies in memory. For the
JavaScript portal it stands in for the browser too: the guide shell's script would fetch the
detail API and lay its rows out under the portal's labels, and ``render_script_guide`` does
the same in a few lines. Rules see nothing of this: only the ``CheckContext``.
"""

from __future__ import annotations

import hashlib
import html
import http.client
import json
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

from channel_equity.checks.context import (
    CheckContext,
    CityCoverage,
    FetchFailureRecord,
    GuideRecord,
    PageRecord,
)
from channel_equity.checks.matching import standard_index
from channel_equity.checks.phrases import load_phrase_book
from channel_equity.core.charset import decode_page
from channel_equity.core.config import MonitorConfig
from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.extract import extract_guide, load_label_lexicon, looks_like_guide
from channel_equity.simulator import build_demo_province, portal_app, province_truth, serve_province

SCANNED_AT = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
CITY = "jinghai"
PORTAL = "http://127.0.0.1:8101/"
GUIDE_URL = "http://127.0.0.1:8101/bszn/detail?id=1"
REQUIRED = {"code": "000117002000", "name": "个体工商户设立登记", "online": "required", "offline": "required"}
OPTIONAL = {"code": "000105010000", "name": "最低生活保障对象认定", "online": "optional", "offline": "required"}
ONLY = {"code": "000117005000", "name": "企业年度报告公示", "online": "only", "offline": "optional"}


# --- hand-built contexts -------------------------------------------------------------------

def make_config(standard_items: Iterable[Mapping[str, Any]] = (REQUIRED, OPTIONAL, ONLY),
                phrases: Mapping[str, list[str]] | None = None) -> MonitorConfig:
    return MonitorConfig.model_validate({
        "province": {"id": "demo", "name": "示范省"},
        "cities": [{"id": CITY, "name": "镜海市", "portal": PORTAL}],
        "policy": {"standard_items": [dict(item) for item in standard_items]},
        "phrases": dict(phrases or {}),
    })


def guide(standard: Mapping[str, Any] | None = REQUIRED, number: int = 1, page: PageRecord | None = None,
          **fields: Any) -> GuideRecord:
    """A guide record; ``standard`` is the policy entry it matched (None: unmatched)."""
    fields.setdefault("url", GUIDE_URL)
    fields.setdefault("name", standard["name"] if standard else "本地便民事项")
    fields.setdefault("item_code", f"11330100MB0000000X3{standard['code'] if standard else '880101001000'}")
    observation = GuideObservation.model_validate(fields)
    item = next((s for s in make_config().policy.standard_items if standard and s.code == standard["code"]), None)
    return GuideRecord(number, CITY, observation, page, item, "code" if item else "unmatched")


def page(url: str, status: int = 200, page_id: int = 1, final_url: str | None = None) -> PageRecord:
    return PageRecord(page_id, CITY, url, final_url or url, status, SCANNED_AT, f"{page_id:064x}", "utf-8")


def context(guides: Iterable[GuideRecord] = (), pages: Mapping[PageRecord, str] | None = None,
            failures: Iterable[FetchFailureRecord] = (), config: MonitorConfig | None = None) -> CheckContext:
    """A context whose pages have the given texts (``page_text_loader`` reads the mapping)."""
    config = config or make_config()
    texts = {p.page_id: text for p, text in (pages or {}).items()}
    return CheckContext(
        scan_id=1, scanned_at=SCANNED_AT, config=config, phrases=load_phrase_book(config.phrases),
        guides=list(guides), coverage={CITY: CityCoverage(CITY, "ok", None, PORTAL, 10, 1)},
        pages=list(pages or {}), failures=list(failures), page_text_loader=lambda p: texts.get(p.page_id, ""),
    )


# --- the served simulated province ---------------------------------------------------------

@dataclass
class Fetched:
    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None


def _fetch(url: str) -> Fetched | FetchFailureRecord:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return Fetched(url, response.geturl(), response.status, response.read(),
                           response.headers.get("Content-Type"))
    except urllib.error.HTTPError as error:
        return Fetched(url, error.geturl() or url, error.code, error.read(), error.headers.get("Content-Type"))
    except (TimeoutError, http.client.HTTPException, ConnectionError, urllib.error.URLError) as error:
        reason = getattr(error, "reason", error)
        kind = "refused" if isinstance(reason, ConnectionRefusedError) else (
            "timeout" if isinstance(reason, socket.timeout) else "connection")
        return FetchFailureRecord("", url, kind, f"online entry: {type(error).__name__}", None, SCANNED_AT)


@dataclass
class SimulatedScan:
    context: CheckContext
    truth: dict[str, Any]


class _Recorder:
    """Turns fetches into page records and guide records, keeping the texts in memory."""

    def __init__(self) -> None:
        self.pages: list[PageRecord] = []
        self.texts: dict[int, str] = {}
        self.guides: list[GuideRecord] = []
        self.failures: list[FetchFailureRecord] = []
        self.lexicon = load_label_lexicon()

    def page(self, city_id: str, fetched: Fetched) -> tuple[PageRecord, str]:
        decoded = decode_page(fetched.body, fetched.content_type)
        record = PageRecord(len(self.pages) + 1, city_id, fetched.url, fetched.final_url, fetched.status,
                            SCANNED_AT, hashlib.sha256(fetched.body).hexdigest(), decoded.used)
        self.pages.append(record)
        self.texts[record.page_id] = decoded.text
        return record, decoded.text

    def guide(self, city_id: str, record: PageRecord, text: str) -> None:
        if looks_like_guide(text, self.lexicon):
            observation = extract_guide(text, record.url, self.lexicon)
            if observation is not None:
                self.guides.append(GuideRecord(len(self.guides) + 1, city_id, observation, record))


PORTAL_CONFIG = re.compile(r"window\.__PORTAL__\s*=\s*(\{.*?\});?\s*</script>", re.S)


def render_script_guide(shell: str, detail: str) -> str:
    """What the JavaScript portal's script shows for a guide: its notices, the entry button, and
    one labelled row per field (the portal's labels, each value's ``_TEXT`` twin), then the
    materials and the places — the DOM a rendering crawler stores."""
    match = PORTAL_CONFIG.search(shell)
    task = json.loads(detail).get("data") if match else None
    if match is None or not task:
        return shell
    portal, esc = json.loads(match.group(1)), html.escape
    parts = [f"<h2>{esc(task['TASK_NAME'])}</h2>"]
    parts += [f"<div class=notice>{esc(n['TEXT'])}</div>" for n in task.get("NOTICES", [])]
    if task.get("TRANSACT_WEB_URL"):
        parts.append(f"<p><a href='{esc(task['TRANSACT_WEB_URL'])}'>{esc(portal['entryLabel'])}</a></p>")
    rows = [(label, task.get(f"{key}_TEXT", task.get(key))) for key, label in portal["fields"]]
    parts.append("<table>" + "".join(f"<tr><th>{esc(label)}</th><td>{esc(str(value))}</td></tr>"
                                     for label, value in rows if value not in (None, "")) + "</table>")
    materials = [[str(i + 1), m["MATERIAL_NAME"], m["MATERIAL_TYPE_TEXT"], m["ZZHDZB"], m["PAGE_NUM"],
                  m["SOURCE_TYPE_TEXT"], m["FREE_EXPLAIN"]] for i, m in enumerate(task["AUDIT_MATERIAL"])]
    places = [[p["NAME"], p["ADDRESS"], p["TIME"], p["TEL"]] for p in task["AUDIT_CATALOG_LOBBY"]]
    for title, headers, table in ((portal["materialsLabel"], portal["materialHeaders"], materials),
                                  (portal["locationsLabel"], ["名称", "地址", "办公时间", "电话"], places)):
        cells = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in table)
        head = "".join(f"<th>{esc(h)}</th>" for h in headers)
        parts.append(f"<h3>{esc(title)}</h3><table><tr>{head}</tr>{cells}</table>")
    body = "\n".join(parts)
    return shell.replace('<div id="app"></div>', f'<div id="app">{body}</div>')


def _script_guide_api(base: str, path: str) -> str | None:
    """The JavaScript portal's guide shell -> the detail API its script reads."""
    parts = urlsplit(path)
    code = parse_qs(parts.query).get("code")
    return urljoin(base, f"/api/task/detail?code={code[0]}") if parts.path == "/app/guide.html" and code else None


def _read_city(recorder: _Recorder, pool: ThreadPoolExecutor, city_id: str, base: str, paths: list[str]) -> None:
    urls = [urljoin(base, path) for path in paths]
    for url, result in zip(urls, pool.map(_fetch, urls), strict=True):
        if not isinstance(result, Fetched):
            continue
        api = _script_guide_api(base, url)
        if api is not None and result.status < 400:
            detail = _fetch(api)
            if isinstance(detail, Fetched):
                rendered = render_script_guide(result.body.decode("utf-8"), detail.body.decode("utf-8"))
                result = Fetched(result.url, result.final_url, result.status, rendered.encode("utf-8"),
                                 "text/html; charset=utf-8")
        record, text = recorder.page(city_id, result)
        if record.http_status < 400:
            recorder.guide(city_id, record, text)
    entries = sorted({g.observation.online_entry_url for g in recorder.guides
                      if g.city_id == city_id and g.observation.online_entry_url})
    for result in pool.map(_fetch, entries):
        if isinstance(result, Fetched):
            recorder.page(city_id, result)
        else:
            recorder.failures.append(replace(result, city_id=city_id))


@cache
def simulated_scan() -> SimulatedScan:
    """The demo province read as a crawler would, once per test session (about 4 s)."""
    province = build_demo_province()
    recorder = _Recorder()
    with serve_province(province) as served, ThreadPoolExecutor(4) as pool:  # more overflows the backlog
        config = MonitorConfig.model_validate(served.config())
        for city in (c for c in province.cities if c.up):
            app = portal_app(city, province)
            chrome: list[str] = getattr(app, "chrome_page_paths", list)()
            _read_city(recorder, pool, city.id, served.base_url(city.id), app.page_paths() + chrome)
        coverage = {c.id: CityCoverage(c.id, "ok" if c.up else "unreachable", None, served.base_url(c.id), 1, 1)
                    for c in province.cities}
    index = standard_index(config.policy)
    for record in recorder.guides:
        match = index.match(record.observation)
        record.standard, record.match_method = match.item, match.method
    context = CheckContext(
        scan_id=1, scanned_at=SCANNED_AT, config=config, phrases=load_phrase_book(config.phrases),
        guides=recorder.guides, coverage=coverage, pages=recorder.pages, failures=recorder.failures,
        page_text_loader=lambda p: recorder.texts[p.page_id],
    )
    return SimulatedScan(context, province_truth(province))
