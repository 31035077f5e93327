"""A link too long to request is recorded, not dropped: Scrapy's ``UrlLengthMiddleware`` in its place.

Scrapy drops links over ``URLLENGTH_LIMIT`` (2,083 characters, an old browser's limit) with a
log line nobody reads; real portals put whole query objects in their links, and a guide behind
one would vanish from the scan. The limit here is ``URL_LENGTH_LIMIT`` (8,192 characters: the
request line most web servers accept), and a link over it becomes a ``url-too-long`` fault of
its city, which the coverage page shows; the portal is no longer read whole.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy.http import Request, Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from channel_equity.crawler.items import FetchFailure

SHOWN = 300
"""Characters of a too-long link kept in its fault's message (the whole of it is the URL)."""


class LongUrlMiddleware(BaseSpiderMiddleware):
    """Turns each request for a link over the limit into a ``url-too-long`` fault of its city."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.limit = crawler.settings.getint("URL_LENGTH_LIMIT")

    def process_spider_output(self, response: Response | None, result: Iterable[Any], spider: Any = None
                              ) -> Iterator[Any]:
        for item in result:
            yield self.checked(item)

    async def process_spider_output_async(self, response: Response | None, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        async for item in result:
            yield self.checked(item)

    def checked(self, item: Any) -> Any:
        if not isinstance(item, Request) or len(item.url) <= self.limit or "city_id" not in item.meta:
            return item
        city_id = item.meta["city_id"]
        states = getattr(self.crawler.spider, "states", {})
        if city_id in states:
            states[city_id].errors += 1  # a page of the portal not read: a gap
        return FetchFailure(city_id, item.url, "url-too-long",
                            f"a link of {len(item.url)} characters, over the limit of {self.limit}: not fetched")
