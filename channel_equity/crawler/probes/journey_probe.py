"""A citizen's journey (``journey.walk``) as a probe: walked in a page of the portal's context,
with what the probes keep of any visit — the page where it ended as rendered, a screenshot of it,
the WARC of every request and response of the journey's tab — and the journey itself
(``facts.journey``: its steps, how far it got, why it stopped)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from playwright.async_api import BrowserContext

from channel_equity.crawler.probes.journey import walk
from channel_equity.crawler.probes.visit import BrowserGone, Visit, recorded_page, screenshot_png

if TYPE_CHECKING:
    from channel_equity.crawler.probes.browser import BrowserHost

HEIGHT_JS = "() => document.documentElement ? document.documentElement.scrollHeight : 0"


async def journey_visit(host: BrowserHost, context: BrowserContext, home_url: str, item_name: str,
                        guide_url: str | None, *, timeout_seconds: float, screenshot: bool, keep_warc: bool,
                        name: str, max_page_loads: int) -> Visit:
    """Walk from ``home_url`` to ``item_name``'s online entry and keep what the citizen met."""
    started_at, started = datetime.now(UTC), time.monotonic()
    async with recorded_page(host, context, keep_warc) as lease:
        page, recorder = lease.page, lease.recorder
        journey = await walk(page, home_url, item_name, guide_url=guide_url, timeout_ms=timeout_seconds * 1000,
                             max_page_loads=max_page_loads)
        if recorder.crashed:
            raise BrowserGone("the page's renderer crashed")
        facts = {"journey": journey.to_json()}  # not the end page's structure: it stands for no target of its own
        height = await page.evaluate(HEIGHT_JS)
        document = recorder.documents[-1] if recorder.documents else None
        image = await screenshot_png(page, int(height or 0), timeout_seconds * 1000) if screenshot else None
        seen = Visit(url=home_url, final_url=page.url, http_status=document.status if document is not None else None,
                     dom=(await page.content()).encode("utf-8"), facts=facts,
                     timings={},
                     redirects=recorder.redirects(home_url), console_errors=recorder.console_errors,
                     screenshot=image, warc=await recorder.warc(name), started_at=started_at,
                     duration_ms=round((time.monotonic() - started) * 1000))
        lease.reusable = True
        return seen
