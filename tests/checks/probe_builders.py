"""Probe visits built by hand, for the probe rules' unit tests: a guide whose online entry the
browser visited, what the page was made of, and the words it showed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from channel_equity.checks.context import CHROMIUM, CheckContext, GuideRecord, ProbeVisit, ProbeVisits
from channel_equity.core.config import MonitorConfig
from tests.checks import wording_context as worded

ENTRY = "http://127.0.0.1:8101/apply/wsbs/1"
FORM = {"forms": 1, "fields": 3, "password_fields": 0, "buttons": 1, "links": 0, "login_form_hosts": []}
UNIFIED = "tyrz.example.gov.cn"
NOTHING = {"forms": 0, "fields": 0, "password_fields": 0, "buttons": 0, "links": 0, "login_form_hosts": []}


def unified_config() -> MonitorConfig:
    """The hand-built contexts' config, with the province's unified identity service named."""
    config = worded.make_config()
    return config.model_copy(update={"policy": config.policy.model_copy(update={"unified_login_hosts": [UNIFIED]})})


def login(posting_to: str) -> dict[str, Any]:
    return {**FORM, "fields": 2, "password_fields": 1, "login_form_hosts": [posting_to]}


def visit(facts: dict[str, Any] | None = None, *, final_url: str = ENTRY, status: int = 200, page_id: int = 50,
          variant: str = CHROMIUM, error: str | None = None, shown: bool = True, done: bool = True,
          url: str = ENTRY) -> ProbeVisit:
    page = worded.page(url, status=status, page_id=page_id, final_url=final_url) if shown else None
    return ProbeVisit(1, worded.CITY, "entry", "entry", variant, url, None, done, error,
                      final_url if shown else None, status if shown else None, (url,), dict(facts or FORM),
                      {"load_ms": 120}, worded.SCANNED_AT, page, f"sha256:{'ab' * 32}" if shown else None,
                      f"sha256:{'cd' * 32}" if shown else None)


def entry_guide(url: str = ENTRY) -> GuideRecord:
    page = worded.page(worded.GUIDE_URL, page_id=1)
    return worded.guide(page=page, channels=["counter", "online"], online_available=True, online_entry_url=url)


def probed_context(visits: list[ProbeVisit], texts: dict[int, str] | None = None, guides: list[GuideRecord] | None = None,
                   config: MonitorConfig | None = None) -> CheckContext:
    """The guides (one guide offering ``ENTRY`` by default) with these visits; ``texts``: the
    rendered words of the visits' pages, by page id."""
    pages = {v.page: (texts or {}).get(v.page.page_id, "") for v in visits if v.page is not None}
    context = worded.context(guides if guides is not None else [entry_guide()], pages=pages, config=config)
    return replace(context, pages=[], probes=ProbeVisits(visits))
