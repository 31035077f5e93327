"""One headless Chromium for a probe run, started again when it dies.

Probes share one browser (starting Chromium costs a second and 100 MB; a context costs little)
and each portal gets contexts of its own, so cookies, storage and a portal's service workers
never leak from one city into another. When the browser crashes or is killed, every context of
it is gone with it: the next probe that asks gets a new browser (``generation`` says which one a
context belongs to, so two probes that see the crash at once start one browser, not two).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, Playwright

from channel_equity.core.browser import chromium_launch_options

VIEWPORT = {"width": 1280, "height": 900}
"""A common desktop size: what a citizen at a home computer sees."""


class BrowserHost:
    """The run's browser and its per-portal contexts."""

    def __init__(self, playwright: Playwright, locale: str = "zh-CN", max_idle_pages: int = 4) -> None:
        self._playwright = playwright
        self._locale = locale
        self._browser: Browser | None = None
        self._contexts: dict[tuple[str, str], tuple[int, BrowserContext]] = {}
        self._idle_pages: dict[int, list[Page]] = {}  # id(context) -> pages left by finished visits
        self._max_idle_pages = max_idle_pages  # a renderer each: kept few, whatever the number of portals
        self._lock = asyncio.Lock()
        self.generation = 0
        self.launches = 0

    async def _browser_now(self) -> Browser:
        async with self._lock:
            if self._browser is None or not self._browser.is_connected():
                await self._discard()
                self._browser = await self._playwright.chromium.launch(**chromium_launch_options())
                self.generation += 1
                self.launches += 1
            return self._browser

    async def _discard(self) -> None:
        """Forget a dead (or closing) browser and its contexts."""
        browser, self._browser = self._browser, None
        self._contexts.clear()
        self._idle_pages.clear()
        if browser is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(browser.close(), 10)

    async def context(self, portal: str, user_agent: str | None) -> BrowserContext:
        """The portal's context for this user agent (``None``: Chromium's own), made on first use."""
        browser = await self._browser_now()
        key = (portal, user_agent or "")
        known = self._contexts.get(key)
        if known is not None and known[0] == self.generation:
            return known[1]
        options: dict[str, Any] = {"viewport": VIEWPORT, "locale": self._locale, "ignore_https_errors": True,
                                   "service_workers": "block", "accept_downloads": False}
        if user_agent:
            options["user_agent"] = user_agent
        made = await browser.new_context(**options)
        self._contexts[key] = (self.generation, made)
        return made

    async def page(self, context: BrowserContext) -> Page:
        """A page of the context: one a finished visit left (a new page costs Chromium a renderer
        and a fifth of a second), else a new one."""
        idle = self._idle_pages.get(id(context))
        while idle:
            page = idle.pop()
            if not page.is_closed():
                return page
        return await context.new_page()

    async def release(self, context: BrowserContext, page: Page, reusable: bool) -> None:
        """Give a page back after a visit; a visit that went wrong closes it instead."""
        known = self._contexts.values()
        if reusable and not page.is_closed() and any(made is context for _, made in known):
            self._idle_pages.setdefault(id(context), []).append(page)
            surplus = self._over_the_limit()
            if surplus is None:
                return
            page = surplus
        with contextlib.suppress(Exception):
            await asyncio.wait_for(page.close(), 5)

    def _over_the_limit(self) -> Page | None:
        """An idle page to close when more than ``max_idle_pages`` wait: one of the portal with the
        most waiting (the portals done with keep none for long)."""
        if sum(len(pages) for pages in self._idle_pages.values()) <= self._max_idle_pages:
            return None
        fullest = max(self._idle_pages.values(), key=len)
        return fullest.pop(0)

    async def restart(self, seen_generation: int) -> None:
        """Throw the browser away after a crash or a hang, unless another probe already did."""
        async with self._lock:
            if self.generation == seen_generation and self._browser is not None:
                await self._discard()

    async def close(self) -> None:
        async with self._lock:
            await self._discard()
