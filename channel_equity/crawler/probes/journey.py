"""A citizen's journey to apply for one item, walked in the browser as a citizen walks it.

Home page → the portal's own site search → the item's name typed and sent → the result that
names the item → (choice pages some portals put in between: 请选择办理区县 → 请选择乡镇（街道）→
请选择实施部门; the first option is taken, as a citizen takes one) → the item's guide → its apply
button (在线办理 …) → the page that button leads to, the online entry. What it costs is counted,
what stopped it is said in plain words, and a login form shown where the guide was expected and
the CAPTCHAs met on the way are noted.

How steps are counted (the excess-steps rule's threshold counts ``page_loads``):

- ``load``: a new page in front of the citizen: the home page opened, or an action that brought a
  new document into the tab (or into a tab it opened), or changed the tab's address (a
  script-built portal's route). Redirects after one action, by the server or by a script, make
  one load: the citizen waited once.
- ``fill``: a field typed into (the search box: one).
- ``submit``: the search sent, by its button or by Enter. A search answered in place (results
  drawn into the same page) adds no load.
- ``click``: a link or button followed: a result, a choice page's option, the apply button.

So a portal whose search lists the item, whose result leads to the guide and whose apply button
opens the entry costs 4 loads (home, results, guide, entry), 1 fill, 1 submit and 2 clicks; each
choice page in between one load and one click more.

Everything read from a page is untrusted data: it is matched, never run. The page is read by
``journey_page.js`` (which stamps the elements the walker may press with ``data-ce-journey``) and
judged by ``journey_reading.py``; this module moves through the pages and counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import time
from collections.abc import Callable
from typing import Any

from playwright.async_api import BrowserContext, Dialog, Locator, Page, Response
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from channel_equity.crawler.probes.journey_reading import (
    ATTRIBUTE,
    DEFAULT_WORDS,
    READ_JS,
    JourneyWords,
    PageReading,
    Pressable,
    apply_button,
    item_links,
    looks_like_guide,
    page_key,
    search_box,
)
from channel_equity.crawler.probes.journey_steps import SEARCH_FOUND_NOTHING, Journey, JourneyStep, short
from channel_equity.crawler.probes.visit import MAY_MOVE_JS, BrowserGone, browser_gone

__all__ = ["DEFAULT_WORDS", "SEARCH_FOUND_NOTHING", "Journey", "JourneyStep", "JourneyWords", "walk"]

SETTLE_SECONDS = 0.3
MAX_SETTLE_SECONDS = 8.0
WAIT_FOR_CONTENT_SECONDS = 3.0
"""How long a page that shows nothing to go on with is read again (a list a script draws late)."""
CLICK_TIMEOUT_MS = 5000
PRESS_GRACE_SECONDS = 0.5
"""How long a press that has not navigated yet is given to (a script's navigation a moment later)."""


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:300]


class _Stop(Exception):
    """The journey ends here; the message is :attr:`Journey.failure`."""


class _Documents:
    """Per tab of the context: how many documents its main frame received and the last one's HTTP
    status. Listened to on the context, so that a tab a click opens is counted from its first
    document."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.count: dict[Page, int] = {}
        self.status: dict[Page, int] = {}
        context.on("response", self._on_response)

    def _on_response(self, response: Response) -> None:
        with contextlib.suppress(PlaywrightError):
            frame = response.frame
            if response.request.resource_type == "document" and frame == frame.page.main_frame:
                self.count[frame.page] = self.count.get(frame.page, 0) + 1
                self.status[frame.page] = response.status

    def where(self, page: Page) -> tuple[int, str]:
        return self.count.get(page, 0), page_key(page.url)

    def detach(self) -> None:
        with contextlib.suppress(Exception):
            self.context.remove_listener("response", self._on_response)


class _Walker:
    """One journey's state: the tab it is in, the pages seen, the steps taken."""

    def __init__(self, page: Page, item_name: str, guide_url: str | None, words: JourneyWords,
                 timeout_ms: float, max_page_loads: int) -> None:
        self.page = page  # the tab the journey is in: the caller's, or one a click opened
        self.first_page = page
        self.journey = Journey(item_name)
        self.guide_key = page_key(guide_url) if guide_url else None
        self.words = words
        self.timeout_ms = timeout_ms
        self.max_page_loads = max_page_loads
        self.visited: set[str] = set()
        self.documents = _Documents(page.context)
        self.dialogs: list[str] = []
        self.opened: list[Page] = []  # tabs the journey's clicks opened
        self.stamps = itertools.count(1)  # one per reading: a mark names an element of the latest one
        self._listen(page)

    def _listen(self, page: Page) -> None:
        page.on("dialog", self._on_dialog)
        page.on("popup", self._on_popup)

    def _on_popup(self, page: Page) -> None:
        self.opened.append(page)

    def _on_dialog(self, dialog: Dialog) -> None:
        """A script's alert ("请先登录") is noted and dismissed, as a citizen closes it."""
        self.dialogs.append(short(dialog.message))
        asyncio.ensure_future(self._dismiss(dialog))

    @staticmethod
    async def _dismiss(dialog: Dialog) -> None:
        with contextlib.suppress(PlaywrightError):
            await dialog.dismiss()

    async def close(self) -> None:
        """Stop listening and close the tabs the journey opened (the caller's page stays open)."""
        self.documents.detach()
        with contextlib.suppress(Exception):
            self.first_page.remove_listener("dialog", self._on_dialog)
            self.first_page.remove_listener("popup", self._on_popup)
        for opened in self.opened:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(opened.close(), 5)

    def _step(self, action: str, detail: str) -> None:
        self.journey.steps.append(JourneyStep(action, self.page.url, short(detail)))

    def _room(self) -> None:
        if self.journey.page_loads >= self.max_page_loads:
            raise _Stop(f"gave up after {self.journey.page_loads} page loads")

    async def walk(self, home_url: str) -> None:
        home = await self._open(home_url)
        results = await self._search(home)
        guide = await self._find_guide(results)
        await self._apply(guide)

    async def _open(self, url: str) -> PageReading:
        try:
            response = await self.page.goto(url, timeout=self.timeout_ms, wait_until="domcontentloaded")
        except PlaywrightTimeout as error:
            raise _Stop(f"the page did not load: no answer within {self.timeout_ms / 1000:g} s ({url})") from error
        except PlaywrightError as error:
            if browser_gone(error):
                raise
            raise _Stop(f"the page did not load: {_first_line(error)}") from error
        return await self._arrived(response.status if response is not None else None)

    async def _arrived(self, status: int | None = None, leading_to: str = "") -> PageReading:
        """A new page is in front of the citizen: wait for it, count the load, read it."""
        await self._settle(self.page)
        status = self.documents.status.get(self.page, status)
        self._step("load", await self._title())
        self.visited.add(page_key(self.page.url))
        if self.page.url.startswith("chrome-error:"):  # Chromium's own error page: say where it meant to go
            if leading_to.startswith("http"):
                self.journey.steps[-1].url = leading_to
            raise _Stop(f"the page did not load: the browser could not open {leading_to or 'the page'}")
        if status is not None and status >= 400:
            raise _Stop(f"the page did not load: HTTP {status} at {self.page.url}")
        return await self._read()

    async def _title(self) -> str:
        with contextlib.suppress(PlaywrightError):
            return await self.page.title()
        return ""

    async def _settle(self, page: Page) -> None:
        """Wait for the load, then (on a page with scripts) until it stops navigating by itself."""
        with contextlib.suppress(PlaywrightTimeout):
            await page.wait_for_load_state("load", timeout=self.timeout_ms)
        if not await self._evaluate(page, MAY_MOVE_JS, None):
            return
        with contextlib.suppress(PlaywrightTimeout):
            await page.wait_for_load_state("networkidle", timeout=min(self.timeout_ms, 2000))
        deadline, seen = time.monotonic() + MAX_SETTLE_SECONDS, self.documents.where(page)
        while time.monotonic() < deadline:
            await asyncio.sleep(SETTLE_SECONDS)
            if self.documents.where(page) == seen:
                return
            seen = self.documents.where(page)
            with contextlib.suppress(PlaywrightTimeout):
                await page.wait_for_load_state("load", timeout=self.timeout_ms)

    async def _evaluate(self, page: Page, script: str, arg: Any) -> Any:
        """Evaluate once more if a late navigation destroyed the page's context in between."""
        for attempt in range(3):
            try:
                return await page.evaluate(script, arg)
            except PlaywrightError as error:
                if browser_gone(error) or attempt == 2 or "context was destroyed" not in str(error):
                    raise
                with contextlib.suppress(PlaywrightTimeout):
                    await page.wait_for_load_state("load", timeout=self.timeout_ms)
        return None

    async def _read(self) -> PageReading:
        raw = await self._evaluate(self.page, READ_JS, {"stamp": next(self.stamps),
                                                        "choiceWords": list(self.words.choice_headings)})
        reading = PageReading.from_json(raw)
        self.journey.captchas += [kind for kind in reading.captchas if kind not in self.journey.captchas]
        return reading

    async def _read_until(self, reading: PageReading, ready: Callable[[PageReading], bool]) -> PageReading:
        """Read the page again until ``ready(reading)`` or :data:`WAIT_FOR_CONTENT_SECONDS` pass:
        a list or a box a script draws after the load."""
        deadline = time.monotonic() + WAIT_FOR_CONTENT_SECONDS
        while not ready(reading) and time.monotonic() < deadline:
            await asyncio.sleep(SETTLE_SECONDS)
            reading = await self._read()
        return reading

    async def _search(self, home: PageReading) -> PageReading:
        """Type the item's name into the site search and send it: the page that shows the results."""
        home = await self._read_until(home, lambda reading: search_box(reading, self.words) is not None)
        found = search_box(home, self.words)
        if found is None:
            raise _Stop("no site search box on the home page")
        box, button = found
        try:
            await self._stamped(box.mark).fill(self.journey.item_name, timeout=CLICK_TIMEOUT_MS)
        except PlaywrightError as error:
            if browser_gone(error):
                raise
            raise _Stop(f"could not type into the search box: {_first_line(error)}") from error
        self._step("fill", box.cues)
        self._room()
        before, opened = self.documents.where(self.page), len(self.opened)
        self._step("submit", "the search button" if button else "Enter")
        if button is None or not await self._click(button):
            await self._stamped(box.mark).press("Enter", timeout=CLICK_TIMEOUT_MS)
        arrived = await self._after_press(before, opened, "the search's results")
        return arrived if arrived is not None else await self._read()

    async def _find_guide(self, reading: PageReading) -> PageReading:
        """From the results to the guide, through the choice pages some portals put in between."""
        from_search = True
        while True:
            move = self._next_move(reading, from_search)
            if move is None:
                reading = await self._read_until(reading, functools.partial(self._has_move, from_search=from_search))
                move = self._next_move(reading, from_search)
            if move == "guide":
                self.journey.reached_guide, self.journey.guide_url = True, reading.url
                return reading
            if move == "login":
                self.journey.login_wall = True
                raise _Stop("a login page was shown where the guide was expected")
            if not isinstance(move, Pressable):
                raise _Stop(self._dead_end(reading, from_search))
            self._room()
            reading, from_search = await self._follow(move), False

    def _next_move(self, reading: PageReading, from_search: bool) -> Pressable | str | None:
        """What a citizen does on this page: "guide" (it is the guide), "login" (a login form where
        the guide was expected), a link to follow (to the item, else a choice page's first option),
        None (nothing to go on with)."""
        links = item_links(reading, self.journey.item_name, self.guide_key, self.visited)
        elsewhere = len({page_key(link.href) if link.href.startswith("http") else link.mark for link in links})
        if looks_like_guide(reading, self.journey.item_name, self.words, elsewhere, from_search):
            return "guide"
        at_guide = self.guide_key is not None and page_key(reading.url) == self.guide_key
        if at_guide and not (reading.passwords and apply_button(reading, self.words) is None):
            return "guide"  # the known address, unless it shows a login form instead of the guide
        if links:
            return links[0]
        if from_search:
            return None
        if reading.passwords:
            return "login"
        options = [option for option in reading.options
                   if not (option.href.startswith("http") and page_key(option.href) in self.visited)]
        return options[0] if options else None

    def _has_move(self, reading: PageReading, from_search: bool) -> bool:
        return self._next_move(reading, from_search) is not None

    def _dead_end(self, reading: PageReading, from_search: bool) -> str:
        if from_search:
            return ("the search led to a login page" if reading.passwords
                    else SEARCH_FOUND_NOTHING)
        return (f"the page the item's link led to is neither its guide nor a choice of where to apply "
                f"({short(reading.title) or reading.url})")

    async def _follow(self, link: Pressable) -> PageReading:
        before, opened = self.documents.where(self.page), len(self.opened)
        self._step("click", link.label or link.href)
        if not await self._click(link.mark, link.href):
            raise _Stop(f"could not click “{short(link.label)}”")
        arrived = await self._after_press(before, opened, link.href)
        if arrived is None:
            raise _Stop(f"the link “{short(link.label)}” led nowhere{self._said()}")
        return arrived

    async def _apply(self, guide: PageReading) -> None:
        """Press the guide's apply button: the page it leads to is the online entry."""
        guide = await self._read_until(guide, lambda reading: apply_button(reading, self.words) is not None)
        button = apply_button(guide, self.words)
        if button is None:
            raise _Stop("no apply button on the guide")
        self._room()
        before, opened, loads = self.documents.where(self.page), len(self.opened), self.journey.page_loads
        self._step("click", button.label)
        if not await self._click(button.mark, button.href):
            raise _Stop(f"could not click the apply button “{short(button.label)}”")
        try:
            arrived = await self._after_press(before, opened, button.href)
        finally:
            if self.journey.page_loads > loads:
                self.journey.entry_url = self.journey.steps[-1].url
        if arrived is None:
            raise _Stop(f"the apply button “{short(button.label)}” led nowhere{self._said()}")
        self.journey.reached_entry = True

    def _said(self) -> str:
        return f" (the page said: {self.dialogs[-1]})" if self.dialogs else ""

    def _stamped(self, mark: str) -> Locator:
        return self.page.locator(f'[{ATTRIBUTE}="{mark}"]').first

    async def _click(self, mark: str, href: str = "") -> bool:
        """Click a stamped element; a click something covers is forced, and a link that still will
        not click is followed by its address. False when none of it worked."""
        for force in (False, True):
            try:
                await self._stamped(mark).click(timeout=CLICK_TIMEOUT_MS, force=force)
                return True
            except PlaywrightError as error:
                if browser_gone(error):
                    raise
        if not href.startswith(("http://", "https://")):
            return False
        try:
            await self.page.goto(href, timeout=self.timeout_ms, wait_until="domcontentloaded")
        except PlaywrightError as error:
            if browser_gone(error):
                raise
        return True

    async def _after_press(self, before: tuple[int, str], opened: int, leading_to: str) -> PageReading | None:
        """The page a press led to, in this tab or in one it opened; None when it led nowhere (a
        script's navigation a moment after the click is waited for, briefly)."""
        await self._settle(self.page)
        deadline = time.monotonic() + PRESS_GRACE_SECONDS
        while True:
            if len(self.opened) > opened:
                self.page = self.opened[-1]
                self._listen(self.page)
                return await self._arrived(leading_to=leading_to)
            if self.documents.where(self.page) != before:
                return await self._arrived(leading_to=leading_to)
            if time.monotonic() >= deadline:
                return None
            await asyncio.sleep(0.1)


async def walk(page: Page, home_url: str, item_name: str, *, guide_url: str | None = None,
               words: JourneyWords = DEFAULT_WORDS, timeout_ms: float = 20000, max_page_loads: int = 12) -> Journey:
    """Walk from ``home_url`` to the online entry of ``item_name`` in ``page`` (left wherever the
    journey ended; tabs the journey opened are closed). ``guide_url``, the guide's address as the
    crawler knows it, is recognised when reached. Raises :class:`BrowserGone` when the browser dies."""
    walker = _Walker(page, item_name, guide_url, words, timeout_ms, max_page_loads)
    try:
        await walker.walk(home_url)
    except _Stop as stop:
        walker.journey.failure = str(stop)
    except PlaywrightError as error:
        if browser_gone(error):
            raise BrowserGone(_first_line(error)) from error
        walker.journey.failure = f"the browser stopped the journey: {_first_line(error)}"
    finally:
        await walker.close()
    return walker.journey
