"""Hash routes are pages of their own: a dupefilter that tells ``/#/guide/1`` from ``/#/guide/2``.

Scrapy's fingerprint ignores the fragment, so to it every route of a single-page app is its
home page. This filter (``DUPEFILTER_CLASS``) keys a hash route by its exact URL — fragment,
query and all — and leaves every other request to ``RFPDupeFilter``. A route and the page
it hangs on do not shadow each other: ``/`` and ``/#/a`` are both fetched.

A request may name its own key (meta ``dedupe_key``): an ASP.NET postback is the same page
whatever ``__VIEWSTATE`` the page it came from carried, so it is keyed by its URL and event.
"""

from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request
from scrapy.utils.request import RequestFingerprinterProtocol

from channel_equity.crawler.request_keys import dedupe_key


class HashRouteDupeFilter(RFPDupeFilter):
    def __init__(
        self, path: str | None = None, debug: bool = False, *, fingerprinter: RequestFingerprinterProtocol | None = None
    ) -> None:
        super().__init__(path, debug, fingerprinter=fingerprinter)
        self.routes: set[str] = set()  # exact URLs; Request has already percent-encoded them

    def request_seen(self, request: Request) -> bool:
        key = dedupe_key(request)
        if key is None:
            return super().request_seen(request)
        if key in self.routes:
            return True
        self.routes.add(key)
        return False
