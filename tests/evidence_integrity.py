"""Every excerpt of every finding is on its page, and every finding says how it was established
(never a high-severity one on inferred values): the integrity check shared by the simulator,
corpus and demo tests.

A finding that names a stored page either quotes it (``quoted``: the excerpt is the page's own
words at its ``spans``, checked here against the page as the checks read it) or says it does not
(``quoted=False``), which only rules that reason rather than quote may do: a share over the
portal, an HTTP status, a failed fetch, and what a browser probe measured on a page it rendered
(``basis: measured``: its structure, its load times, the steps of a journey). The pages the probes
rendered are checked as the crawl's are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from channel_equity.checks.loading import load_pages, load_probe_visits
from channel_equity.checks.quoting import JOINER
from channel_equity.checks.rules._text import page_words
from channel_equity.checks.runner import page_text_loader
from channel_equity.store import reading
from channel_equity.store.session import Store

DERIVING_RULES = frozenset({"immediate-share-low", "online-entry-broken", "portal-unreachable"})
"""Rules whose excerpt may be their own reckoning (a ratio, an HTTP status, the failed attempts at a portal)."""


def excerpt_problems(store: Store, findings: Iterable[Mapping[str, Any]], scan_id: int | None = None) -> list[str]:
    """What is wrong with the findings' evidence: an excerpt not at its spans on its page, or a
    quoting rule's excerpt not found there at all. Empty when every excerpt is on its page.
    The pages are those of ``scan_id`` (default: the latest nightly scan)."""
    if scan_id is None:
        scan = reading.latest_scan(store)
        assert scan is not None
        scan_id = scan.id
    pages = {page.sha256: page for page in load_pages(store, scan_id)}
    pages.update((page.sha256, page) for page in load_probe_visits(store, [scan_id]).pages())
    text_of = page_text_loader(store)
    problems: list[str] = []
    for finding in findings:
        evidence = finding["evidence"]
        if evidence.get("basis") is None:
            problems.append(f"{finding['rule']} {evidence['url']}: no basis (how it was established)")
        elif evidence["basis"] == "inferred" and finding["severity"] in ("critical", "high"):
            problems.append(f"{finding['rule']} {evidence['url']}: a high-severity finding on inferred values")
        page = pages.get(evidence.get("sha256") or "")
        if page is None or not evidence.get("excerpt"):
            continue
        where = f"{finding['rule']} {evidence['url']}"
        if not evidence.get("quoted"):
            if finding["rule"] not in DERIVING_RULES and evidence["basis"] != "measured":
                problems.append(f"{where}: excerpt not on the page: {evidence['excerpt'][:80]!r}")
            continue
        words = page_words(text_of(page))
        quoted = [(words.visible if span["source"] == "visible" else words.code)[span["start"]:span["end"]]
                  for span in evidence.get("spans") or []]
        if not quoted or JOINER.join(quoted) != evidence["excerpt"]:
            problems.append(f"{where}: spans {evidence.get('spans')} do not hold {evidence['excerpt'][:80]!r}")
    return problems
