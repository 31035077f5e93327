"""Pages, observations and failures reach a real SQLite store (StorePipeline)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrapy.utils.test import get_crawler

from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.items import FetchedPage, FetchFailure
from channel_equity.crawler.pipelines import StorePipeline
from channel_equity.store import reading
from channel_equity.store.models import Page
from channel_equity.store.recording import start_scan
from channel_equity.store.session import open_store

URL = "http://portal.test/guide/1"


def page(**fields: object) -> FetchedPage:
    values: dict[str, object] = dict(
        city_id="qingxi", url=URL, final_url=URL, http_status=200, fetched_at=datetime(2026, 1, 2, tzinfo=UTC),
        content_type="text/html; charset=gbk", declared_encoding="gbk", detected_encoding="gb18030",
        body="<p>事项名称：养犬登记</p>".encode("gb18030"), rendered=False)
    values.update(fields)
    return FetchedPage(**values)  # type: ignore[arg-type]


def test_pages_observations_and_failures_are_stored(tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "m.db")
    store = open_store(url)
    scan_id = start_scan(store, "test", None)
    crawler = get_crawler(settings_dict={"CHANNEL_EQUITY_STORE_URL": url, "CHANNEL_EQUITY_SCAN_ID": scan_id})
    pipeline = StorePipeline.from_crawler(crawler)
    guide = page(observation=GuideObservation(url=URL, name="养犬登记"))
    listing = page(url="http://portal.test/list.json", final_url="http://portal.test/list.json", rendered=True,
                   observations=[GuideObservation(url=URL + "?a", name="甲"), GuideObservation(url=URL + "?b", name="乙")])
    failure = FetchFailure("qingxi", "http://portal.test/slow", "timeout", "timed out")
    plain = page(url="http://portal.test/", final_url="http://portal.test/")
    for item in (guide, listing, failure, plain, "something else"):
        assert pipeline.process_item(item) is item, "nothing is dropped"
    pipeline.close_spider()

    with store.session() as session:
        pages = {(p.url, p.http_status, p.rendered, p.declared_encoding) for p in session.query(Page)}
    assert pages == {(URL, 200, False, "gbk"), ("http://portal.test/list.json", 200, True, "gbk"),
                     ("http://portal.test/", 200, False, "gbk")}
    observed = sorted((obs.name, page_id is not None) for page_id, obs in reading.load_observations(store, scan_id))
    assert observed == [("乙", True), ("养犬登记", True), ("甲", True)]
    [error] = reading.fetch_errors(store, scan_id)
    assert (error.url, error.kind, error.message, error.http_status) == (
        "http://portal.test/slow", "timeout", "timed out", None)
    with store.session() as session:
        [sha] = {p.sha256 for p in session.query(Page)}  # three pages, one body: stored once
    assert reading.page_body(store, sha) == guide.body, "the raw bytes are kept, undecoded"
    store.close()
