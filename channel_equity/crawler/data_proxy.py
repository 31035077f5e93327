"""A list whose further records only a data proxy gives, asked by POST as the page states.

CMS columns embed their first records in the page (a ``<script type="text/xml">`` datastore
of CDATA records, read by :mod:`channel_equity.crawler.navigation`) and leave the rest to a
pager script that posts to a proxy for the next records when the reader pages on. The page
states all the pager needs in an object literal of a script::

    jpageInit({"columnid": "12", "unitid": "40", "perPage": 15, "totalRecord": 36,
               "proxyUrl": "/module/web/jpage/dataproxy.jsp"});

An object with a proxy address, a total and a page size is such a pager. Its other scalar
entries (and the query of a link to the proxy in the page's data, which states the proxy's
fields again) are the form fields posted; the records asked for are those after the ones
the page holds, a page at a time, to the stated total, named as the pager library names
its range (``startrecord``, ``endrecord``, ``perpage``).

The keys and parameter names are data: ``navigation.proxy_url_keys``, ``per_page_keys``,
``json_total_keys``, ``record_start_parameters``, ``record_end_parameters`` and
``record_size_parameters`` in ``channel_equity/data/vocabulary.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from parsel import Selector

from channel_equity.core.labels import LabelLexicon, default_lexicon, normalize_key
from channel_equity.crawler.navigation import followable_url

MAX_PROXY_PAGES = 200
"""Record ranges asked per pager: a column lists hundreds of items; more is not a list."""
MAX_TOTAL = 1_000_000
FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"

_OBJECT = re.compile(r"\{[^{}]{1,4000}\}")
_ENTRY = re.compile(r"""["']?([A-Za-z_$][\w$]{0,60})["']?\s*:\s*"""
                    r"""(?:"((?:[^"\\\n]|\\.){0,500})"|'((?:[^'\\\n]|\\.){0,500})'|(-?\d{1,12})(?![\w.]))""")
_ESCAPE = re.compile(r"\\(.)")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


@dataclass(frozen=True)
class ProxyRequest:
    """One range of records asked of the proxy: the address (with the range) and the form."""

    url: str
    body: str
    content_type: str = FORM_TYPE


@dataclass(frozen=True)
class StatedPager:
    """A pager a page states: its proxy, the list's total, and the ranges to ask for."""

    proxy: str  # the proxy's absolute address, without the range
    total: int
    requests: tuple[ProxyRequest, ...]


def _entries(literal: str) -> dict[str, str]:
    """The scalar entries of a script object literal (strings and integers), keys as written."""
    entries: dict[str, str] = {}
    for key, double, single, number in _ENTRY.findall(literal):
        value = double or single
        entries.setdefault(key, _ESCAPE.sub(r"\1", value) if value or not number else number)
    return entries


def _first(entries: dict[str, str], keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The first entry (as written, value) whose folded key is one of ``keys``."""
    folded = {normalize_key(key): key for key in entries}
    for wanted in keys:
        if wanted in folded:
            return folded[wanted], entries[folded[wanted]]
    return None


def _count(value: str) -> int | None:
    return int(value) if value.isdigit() and 0 < int(value) <= MAX_TOTAL else None


def _records_held(selector: Selector, entries: dict[str, str]) -> int:
    """Records the page already holds for this pager: CDATA records naming a link, in the
    datastore inside the element the pager names (its container), or in the page's only one."""
    stores = selector.xpath("//script[contains(., '<![CDATA[')]")
    named = [store for store in stores
             if set(store.xpath("ancestor::*/@id").getall()) & set(entries.values())]
    chosen = named or (stores if len(stores) == 1 else [])
    return sum(1 for store in chosen for record in _CDATA.findall(store.get())
               if re.search(r"<a\b[^>]*>\s*[^<\s]", record))


def _proxy_link_fields(html: str, proxy_path: str) -> list[tuple[str, str]]:
    """The query of a link to the proxy in the page's embedded data (its fields, stated again)."""
    for match in re.finditer(r"""href=["']([^"']+)["']""", "".join(_CDATA.findall(html))):
        parts = urlsplit(match.group(1).replace("&amp;", "&"))
        if parts.path == proxy_path and parts.query:
            return parse_qsl(parts.query, keep_blank_values=True)
    return []


def _keys(lexicon: LabelLexicon, name: str) -> tuple[str, ...]:
    return lexicon.memoized(f"data_proxy_{name}", lambda lex: tuple(dict.fromkeys(
        normalize_key(k) for k in lex.words(f"navigation.{name}"))))


def stated_pagers(html: str, page_url: str, origin: str, lexicon: LabelLexicon | None = None) -> list[StatedPager]:
    """The data-proxy pagers the page's scripts state, each with the record ranges it would
    ask for beyond the records the page holds (none when it holds them all)."""
    if "<script" not in html.lower():
        return []
    lexicon = default_lexicon() if lexicon is None else lexicon
    url_keys, total_keys, size_keys = (_keys(lexicon, name) for name in ("proxy_url_keys", "json_total_keys",
                                                                        "per_page_keys"))
    start_name, end_name, size_name = (next(iter(lexicon.words(f"navigation.{name}")), "") for name in
                                       ("record_start_parameters", "record_end_parameters", "record_size_parameters"))
    if not (start_name and end_name):
        return []
    selector = Selector(text=html)
    pagers: list[StatedPager] = []
    for script in selector.xpath("//script[not(@src)]/text()").getall():
        for literal in _OBJECT.findall(script):
            entries = _entries(literal)
            proxy, total, size = (_first(entries, keys) for keys in (url_keys, total_keys, size_keys))
            if proxy is None or total is None or size is None:
                continue
            address = followable_url(proxy[1], page_url, origin)
            records, per_page = _count(total[1]), _count(size[1])
            if address is None or records is None or per_page is None:
                continue
            paging = {proxy[0], total[0], size[0]}
            fields = dict((key, value) for key, value in entries.items() if key not in paging)
            fields.update(_proxy_link_fields(html, urlsplit(address).path))
            for name in (start_name, end_name, size_name):
                fields.pop(name, None)
            body = urlencode(list(fields.items()))
            requests: list[ProxyRequest] = []
            first = _records_held(selector, entries) + 1
            while first <= records and len(requests) < MAX_PROXY_PAGES:
                last = first + per_page - 1
                query = [(start_name, str(first)), (end_name, str(last))] + ([(size_name, str(per_page))]
                                                                           if size_name else [])
                joiner = "&" if urlsplit(address).query else "?"
                requests.append(ProxyRequest(f"{address}{joiner}{urlencode(query)}", body))
                first = last + 1
            pagers.append(StatedPager(address, records, tuple(requests)))
    return pagers
