"""Exponential backoff before a retried request goes out again.

Scrapy's RetryMiddleware re-schedules a failed request at once; a portal that is briefly
overloaded deserves a pause first. The policy (how long) lives here, the mechanism (when
to retry) stays in Scrapy's middleware. Settings: ``RETRY_BACKOFF_BASE`` (seconds before
the first retry, doubled for each further one) and ``RETRY_BACKOFF_MAX`` (the cap).
"""

from __future__ import annotations

import asyncio
from typing import Any


class RetryBackoffMiddleware:
    def __init__(self, base_seconds: float, max_seconds: float) -> None:
        self.base_seconds = base_seconds
        self.max_seconds = max_seconds

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryBackoffMiddleware:
        settings = crawler.settings
        return cls(settings.getfloat("RETRY_BACKOFF_BASE", 0.5), settings.getfloat("RETRY_BACKOFF_MAX", 30.0))

    def delay_for(self, retry_times: int) -> float:
        return 0.0 if retry_times <= 0 else min(self.max_seconds, self.base_seconds * 2 ** (retry_times - 1))

    async def process_request(self, request: Any, spider: Any = None) -> None:
        delay = self.delay_for(int(request.meta.get("retry_times", 0)))
        if delay:
            await asyncio.sleep(delay)
