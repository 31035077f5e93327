"""What names a request in the store: its key, so that a resumed scan knows it answered it.

The key is taken when the request first reaches the downloader and kept through redirects
(Scrapy copies meta), so a page is stored under the request the spider made, not the address
it ended at. It is the dupefilter's own key (a hash route's exact URL, a post-back's event) or
else Scrapy's request fingerprint (method, canonical URL, body); a page rendered in Chromium
is keyed apart from the same URL fetched plainly, as the crawl fetches both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from scrapy.http import Request
from scrapy.utils.request import RequestFingerprinterProtocol

from channel_equity.crawler.navigation import is_hash_route

REQUEST_KEY = "request_key"  # request meta: the key taken when the request first went out
REPLAYED = "replayed_page"  # request meta: the stored page a resumed scan answered the request with
PREVIOUS = "previous_page"  # request meta: the last scan's page for this request (a PreviousPage)
UNCHANGED = "unchanged"  # request meta: whether the page is the last scan's, unchanged (a 304, or the same bytes)
RENDERED_PREFIX = "rendered "


def take_request_key(request: Request, fingerprinter: RequestFingerprinterProtocol) -> str:
    """The request's store key, taken once (a redirected request keeps its first one)."""
    if REQUEST_KEY not in request.meta:
        own = dedupe_key(request)  # a hash route's whole URL may be long: hashed to the store's width
        request.meta[REQUEST_KEY] = (hashlib.sha1(own.encode()).hexdigest() if own is not None
                                     else fingerprinter.fingerprint(request).hex())
    return stored_key(request.meta) or ""


def stored_key(meta: Mapping[str, Any]) -> str | None:
    """The key a page fetched by a request with this meta is stored under (None: not taken)."""
    key = meta.get(REQUEST_KEY)
    if key is None:
        return None
    return f"{RENDERED_PREFIX}{key}" if meta.get("playwright") else str(key)


DEDUPE_KEY = "dedupe_key"  # request meta: what tells this request apart, instead of its fingerprint


def dedupe_key(request: Request) -> str | None:
    """The key the dupefilter (``middlewares.routes``) tells the request apart by, when not Scrapy's fingerprint: the
    request's own ``dedupe_key``, or the exact URL of a hash route."""
    key = request.meta.get(DEDUPE_KEY)
    if key is not None:
        return str(key)
    return request.url if is_hash_route(request.url) else None
