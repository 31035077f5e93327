"""What every browser test of a rendered report checks, in real headless Chromium: pages
that load with no console error, failed request or dialog; links, stylesheets, images
and fragments that resolve inside the site; no serious axe-core violation."""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright

from channel_equity.core.browser import chromium_launch_options

ELEMENT_ID = re.compile(r'\sid="([^"]+)"')


@contextmanager
def launched_browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        try:
            yield browser
        finally:
            browser.close()


class WatchedPage:
    """A page that records console errors, failed requests and dialogs."""

    def __init__(self, browser: Browser, width: int = 1280, height: int = 900) -> None:
        self.page: Page = browser.new_page(viewport={"width": width, "height": height})
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed {r.url}: {r.failure}"))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> Page:
        response = self.page.goto(path.as_uri())
        assert response is None or response.ok, path
        return self.page


def assert_links_resolve(page: Page, path: Path, ids: dict[Path, set[str]]) -> None:
    """Every link, stylesheet and image of the open page names a file of the site, and every
    fragment names an element of its target (``ids`` caches each file's element ids) — but for
    the one way out the report has, a guide's own page on its portal (the comparison across
    cities): an http(s) link marked ``rel="external noopener noreferrer"``."""
    targets, outside, inert = page.evaluate(
        "[[...document.querySelectorAll('a[href]:not([rel~=external]), link[href], img[src]')]"
        ".map(e => e.href || e.src),"
        " [...document.querySelectorAll('a[rel~=external]')].map(a => [a.href, a.rel]),"
        " document.querySelectorAll('script, iframe, object, embed, [onerror], [onload]').length]")
    assert inert == 0, f"{path}: active content in the report"
    for target, rel in outside:
        assert target.split(":", 1)[0] in ("http", "https"), f"{path}: external link {target}"
        assert rel == "external noopener noreferrer", f"{path}: {target} opens with rel={rel!r}"
    for target in targets:
        assert target.startswith("file://"), f"{path}: external resource {target}"
        address, _, fragment = target.partition("#")
        file = Path(unquote(address.removeprefix("file://")))
        assert file.is_file(), f"{path}: broken link {target}"
        if fragment:
            if file not in ids:
                ids[file] = set(ELEMENT_ID.findall(file.read_text(encoding="utf-8")))
            assert unquote(fragment) in ids[file], f"{path}: no element #{fragment} in {file}"


def serious_violations(page: Page) -> list[tuple[str, str, list[str]]]:
    """axe-core's serious and critical violations on the open page (rule, impact, first nodes)."""
    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], [n["html"] for n in v["nodes"]][:2]) for v in violations
            if v["impact"] in ("serious", "critical")]


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG file's header; fails unless it is a PNG."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)
