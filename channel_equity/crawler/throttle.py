"""AutoThrottle that takes a ``304 Not Modified`` for the healthy answer it is.

Scrapy's AutoThrottle lowers a portal's delay only on a 200: error pages are small and quick,
and a delay lowered on them would speed the crawl up exactly when the portal is failing. A
304 is no failure but the answer a re-scan hopes for on most pages; counted as an error, a
re-scan of an unchanged portal would never leave the start delay and take as long as reading
everything. Its latency is the server's real cost of the answer, so the delay follows it as
it follows a 200's; everything else is Scrapy's policy unchanged.
"""

from __future__ import annotations

from http import HTTPStatus

from scrapy.core.downloader import Slot
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response


class RevalidatingAutoThrottle(AutoThrottle):
    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        if response.status == HTTPStatus.NOT_MODIFIED:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)
