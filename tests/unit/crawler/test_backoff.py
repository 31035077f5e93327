"""The pause before a retried request goes out again (RetryBackoffMiddleware)."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.http import Request
from scrapy.utils.test import get_crawler

from channel_equity.crawler.middlewares import backoff
from channel_equity.crawler.middlewares.backoff import RetryBackoffMiddleware


def test_delay_doubles_from_the_base_and_stops_at_the_cap() -> None:
    mw = RetryBackoffMiddleware(base_seconds=0.5, max_seconds=3.0)
    assert [mw.delay_for(n) for n in range(6)] == [0.0, 0.5, 1.0, 2.0, 3.0, 3.0]
    assert mw.delay_for(-1) == 0.0


def test_settings_set_base_and_cap_with_defaults() -> None:
    mw = RetryBackoffMiddleware.from_crawler(get_crawler(settings_dict={"RETRY_BACKOFF_BASE": 2.0}))
    assert (mw.base_seconds, mw.max_seconds) == (2.0, 30.0)
    mw = RetryBackoffMiddleware.from_crawler(get_crawler())
    assert (mw.base_seconds, mw.max_seconds) == (0.5, 30.0)


def test_only_a_retried_request_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(backoff.asyncio, "sleep", sleep)
    mw = RetryBackoffMiddleware(base_seconds=0.5, max_seconds=30.0)
    assert asyncio.run(mw.process_request(Request("http://a.test/"))) is None
    assert slept == []
    asyncio.run(mw.process_request(Request("http://a.test/", meta={"retry_times": 3})))
    assert slept == [2.0]
