"""The portal's page of apps, mini-programs and accounts (移动端, 掌上办, APP下载 …): finding it
from the home page, and asking whether each download it offers still answers.

The channels page is the one a home-page link leads to whose words are a channel cue
(``probes.channel_page_words``), on the portal's own host; a province may name it instead
(``cities[].channels_pages``). On it, every link to an app download (an ``.apk`` / ``.ipa``, an
app store, a link saying 下载 or 安装) is requested once — ``HEAD``, or a one-byte ``GET`` where a
server refuses ``HEAD`` — so that a dead download is measured, not guessed. The rows of channels
and their update dates are read later, by the rule, from the page as rendered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from playwright.async_api import APIRequestContext
from playwright.async_api import Error as PlaywrightError

DOWNLOAD_HREF = re.compile(
    r"\.(apk|ipa|hap)([?#]|$)|itunes\.apple\.com|apps\.apple\.com|play\.google\.com|appgallery|app\.mi\.com"
    r"|sj\.qq\.com|/download[s]?/", re.IGNORECASE)
DOWNLOAD_TEXT = re.compile(r"下载|安装|download", re.IGNORECASE)
MAX_CHANNEL_PAGES = 2
MAX_DOWNLOAD_CHECKS = 20
REFUSES_HEAD = (405, 501)


def _links(dom: bytes | str, base: str) -> Iterable[tuple[str, str]]:
    """(absolute href, visible words) of the page's links, scripts' pseudo-links left out."""
    text = dom.decode("utf-8", "replace") if isinstance(dom, bytes) else dom
    for anchor in Selector(text=text).css("a[href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#", "mailto:", "tel:")):
            continue
        words = " ".join(" ".join(anchor.css("::text, img::attr(alt), ::attr(title)").getall()).split())
        yield urljoin(base, href), words


def channel_page_links(dom: bytes | str, base: str, words: Sequence[str], hosts: Iterable[str]) -> list[str]:
    """The channels pages a home page links to: a link whose words hold a cue, on one of
    ``hosts`` (the portal's), not itself a download; at most :data:`MAX_CHANNEL_PAGES`."""
    allowed = {host.lower() for host in hosts}
    found: list[str] = []
    for url, text in _links(dom, base):
        folded = text.lower()
        if (urlsplit(url).netloc.lower() in allowed and any(word.lower() in folded for word in words)
                and not is_download_link(url, "") and url.split("#")[0] not in found):
            found.append(url.split("#")[0])
    return found[:MAX_CHANNEL_PAGES]


def is_download_link(url: str, text: str) -> bool:
    """A link that hands out an app: a package, an app store, or a link that says 下载 / 安装."""
    return bool(DOWNLOAD_HREF.search(url) or DOWNLOAD_TEXT.search(text))


def download_links(dom: bytes | str, base: str) -> list[str]:
    """The page's app-download links, each once, at most :data:`MAX_DOWNLOAD_CHECKS`."""
    found = dict.fromkeys(url for url, text in _links(dom, base) if is_download_link(url, text)
                          and urlsplit(url).scheme in ("http", "https"))
    return list(found)[:MAX_DOWNLOAD_CHECKS]


async def check_download(request: APIRequestContext, url: str, timeout_seconds: float) -> dict[str, Any]:
    """Whether a download still answers: its status (after redirects) and type, or the error."""
    timeout = timeout_seconds * 1000
    try:
        response = await request.head(url, timeout=timeout, max_redirects=5, fail_on_status_code=False)
        if response.status in REFUSES_HEAD:
            response = await request.get(url, timeout=timeout, max_redirects=5, fail_on_status_code=False,
                                         headers={"Range": "bytes=0-0"})
        checked = {"url": url, "status": response.status, "final_url": response.url,
                   "content_type": response.headers.get("content-type", "")[:100]}
        await response.dispose()  # the body (a package, when a server ignores the range) is not kept
        return checked
    except PlaywrightError as error:
        return {"url": url, "status": None, "error": str(error).splitlines()[0][:300]}


def download_works(check: dict[str, Any]) -> bool:
    status = check.get("status")
    return isinstance(status, int) and status < 400
