"""The crawler's write API and the read API that gives it back, on both backends."""

from __future__ import annotations

import threading
import zlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from channel_equity.core.observation import GuideObservation, Location, Material
from channel_equity.store import Store, reading, recording
from channel_equity.store.models import Blob, Observation, Page

GBK_PAGE = (
    "<html><head><meta charset='gbk'></head><body>食品经营许可证核发：窗口办理，仅限网上申请</body></html>"
)


def full_observation(url: str = "http://127.0.0.1:8101/guide/1") -> GuideObservation:
    """A guide with every field set, including the awkward ones (unicode, nested lists)."""
    return GuideObservation(
        url=url,
        item_code="11330100002493127XXK00120013301001",
        basic_code="XK-0012",
        name="食品经营许可证核发（新办）",
        item_type="行政许可",
        department="市场监督管理局",
        levels=["city", "county"],
        channels=["counter", "online", "post"],
        online_available=True,
        online_entry_url="http://127.0.0.1:8101/apply?item=XK-0012",
        online_depth=4,
        visits=0,
        visit_reason="无",
        statutory_days=20,
        promised_days=5,
        case_type="promised",
        fee=False,
        appointment=True,
        express=True,
        materials=[
            Material(
                name="食品经营许可申请书",
                form="both",
                copies="原件1份",
                source="申请人自备",
                necessity="必要",
            ),
            Material(name="营业执照复印件", form="paper", copies="复印件2份", exempt=True),
            Material(name="法定代表人身份证明", form="electronic"),
        ],
        locations=[
            Location(
                name="市民中心 3 号窗口", level="city", address="镜海市政务大道 1 号", hours="9:00-17:00"
            ),
            Location(name="城东街道便民服务中心", level="town", phone="0571-0000000"),
        ],
        channel_text="可通过窗口或网上办理",
        raw_fields={"事项名称": "食品经营许可证核发（新办）", "办件类型": "承诺件"},
    )


def test_observation_round_trip_keeps_every_field_and_child_order(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", "config/demo.yaml")
    page_id = recording.record_page(
        store, scan_id, "jinghai", url="http://127.0.0.1:8101/guide/1", body=b"<html/>", http_status=200
    )
    minimal = GuideObservation(url="http://127.0.0.1:8101/guide/2", name="印章刻制审批")
    full = full_observation()

    full_id = recording.record_observation(store, scan_id, "jinghai", page_id, full)
    minimal_id = recording.record_observation(store, scan_id, "jinghai", None, minimal)

    assert reading.load_observations(store, scan_id) == [(full_id, full), (minimal_id, minimal)]


def test_batch_recording_keeps_order_and_filters_by_city(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    batch = [(None, full_observation(f"http://127.0.0.1:8101/guide/{n}")) for n in range(300)]
    ids = recording.record_observations(store, scan_id, "jinghai", batch)
    other = recording.record_observation(store, scan_id, "yunhe", None, full_observation("http://other/1"))

    loaded = reading.load_observations(store, scan_id, "jinghai")
    assert [observation_id for observation_id, _ in loaded] == ids
    assert [obs.url for _, obs in loaded] == [obs.url for _, obs in batch]
    assert reading.load_observations(store, scan_id, "yunhe") == [(other, full_observation("http://other/1"))]
    assert len(reading.load_observations(store, scan_id)) == 301


def test_identical_bodies_are_stored_once(store: Store) -> None:
    first_scan = recording.start_scan(store, "demo", None)
    second_scan = recording.start_scan(store, "demo", None)
    body = GBK_PAGE.encode("gbk")
    page_ids = [
        recording.record_page(store, scan, "jinghai", url=f"http://x/{n}", body=body, http_status=200)
        for scan in (first_scan, second_scan)
        for n in range(3)
    ]
    recording.record_page(store, first_scan, "jinghai", url="http://x/other", body=b"other", http_status=200)

    pages = reading.pages_by_id(store, page_ids)
    assert {page.sha256 for page in pages.values()} == {recording.body_sha256(body)}
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 2
        assert session.scalar(select(func.count()).select_from(Page)) == 7


def test_gbk_body_is_compressed_and_comes_back_byte_for_byte(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    body = (GBK_PAGE * 200).encode("gbk")
    assert body.decode("gbk") != body.decode("utf-8", errors="replace")  # really not UTF-8
    fetched_at = datetime(2026, 11, 24, 2, 0, 11, tzinfo=timezone(timedelta(hours=8)))
    page_id = recording.record_page(
        store,
        scan_id,
        "jinghai",
        url="http://127.0.0.1:8101/guide/1",
        final_url="http://127.0.0.1:8101/guide/1?redirected=1",
        body=body,
        http_status=200,
        fetched_at=fetched_at,
        content_type="text/html; charset=utf-8",
        declared_encoding="utf-8",
        detected_encoding="gb18030",
        rendered=True,
    )

    page = reading.pages_by_id(store, [page_id])[page_id]
    assert reading.page_body(store, page.sha256) == body
    assert page.fetched_at == fetched_at and page.fetched_at.tzinfo == UTC
    assert (page.declared_encoding, page.detected_encoding, page.rendered) == ("utf-8", "gb18030", True)
    assert page.final_url == "http://127.0.0.1:8101/guide/1?redirected=1"
    with store.session() as session:
        blob = session.get(Blob, page.sha256)
        assert blob is not None and blob.size == len(body)
        assert len(blob.data) < len(body) // 10 and zlib.decompress(blob.data) == body


def test_empty_body_and_unknown_hash(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    page_id = recording.record_page(
        store, scan_id, "jinghai", url="http://x/empty", body=b"", http_status=204
    )
    assert reading.page_body(store, reading.pages_by_id(store, [page_id])[page_id].sha256) == b""
    with pytest.raises(KeyError):
        reading.page_body(store, "0" * 64)


def test_fetch_errors_are_kept_per_city_in_order(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    recording.record_fetch_error(
        store, scan_id, "jinghai", url="http://jinghai/", kind="refused", message="Connection refused"
    )
    recording.record_fetch_error(
        store,
        scan_id,
        "yunhe",
        url="http://yunhe/items",
        kind="http",
        http_status=503,
        message="503 Service Unavailable",
    )
    recording.record_fetch_error(
        store,
        scan_id,
        "jinghai",
        url="http://jinghai/g/9",
        kind="decode",
        message="undecodable bytes at 1024",
    )

    everything = reading.fetch_errors(store, scan_id)
    assert [(e.city_id, e.kind) for e in everything] == [
        ("jinghai", "refused"),
        ("yunhe", "http"),
        ("jinghai", "decode"),
    ]
    jinghai = reading.fetch_errors(store, scan_id, "jinghai")
    assert [e.url for e in jinghai] == ["http://jinghai/", "http://jinghai/g/9"]
    assert everything[1].http_status == 503 and everything[0].at.tzinfo == UTC


def test_city_results_record_coverage_and_a_rerun_replaces_it(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    recording.record_city_result(
        store,
        scan_id,
        "yunhe",
        portal_url="http://yunhe/",
        status="unreachable",
        error="DNS lookup failed",
        error_count=1,
    )
    recording.record_city_result(
        store,
        scan_id,
        "jinghai",
        portal_url="http://jinghai/",
        status="partial",
        pages_fetched=10,
        error_count=2,
    )
    recording.record_city_result(
        store,
        scan_id,
        "jinghai",
        portal_url="http://jinghai/",
        status="ok",
        pages_fetched=40,
        items_extracted=38,
    )

    results = reading.city_results(store, scan_id)
    assert [
        (r.city_id, r.status, r.pages_fetched, r.items_extracted, r.error_count, r.error) for r in results
    ] == [
        ("jinghai", "ok", 40, 38, 0, None),
        ("yunhe", "unreachable", 0, 0, 1, "DNS lookup failed"),
    ]
    with pytest.raises(ValueError, match="city status"):
        recording.record_city_result(store, scan_id, "x", portal_url="http://x/", status="down")  # type: ignore[arg-type]


def test_scan_lifecycle_and_latest_scan(store: Store) -> None:
    assert reading.latest_scan(store) is None
    crashed = recording.start_scan(store, "demo", "config/demo.yaml")
    assert recording.interrupt_running_scans(store, "demo") == [crashed]
    finished = recording.start_scan(store, "demo", "config/demo.yaml", notes="nightly")
    recording.finish_scan(store, finished)
    running = recording.start_scan(store, "demo", "config/demo.yaml")

    latest = reading.latest_scan(store)
    assert latest is not None and latest.id == finished and latest.status == "finished"
    assert latest.finished_at is not None and latest.finished_at >= latest.started_at
    assert latest.notes == "nightly" and latest.config_path == "config/demo.yaml"
    any_status = reading.latest_scan(store, statuses=None)
    assert any_status is not None and any_status.id == running
    interrupted = reading.get_scan(store, crashed)
    assert interrupted is not None and interrupted.status == "interrupted"
    assert reading.latest_scan(store, province_id="elsewhere") is None
    with pytest.raises(ValueError, match="scan status"):
        recording.finish_scan(store, running, "done")  # type: ignore[arg-type]
    with pytest.raises(LookupError):
        recording.finish_scan(store, 9999)


def test_matches_are_recorded_on_observations(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    matched, unmatched = recording.record_observations(
        store, scan_id, "jinghai", [(None, full_observation()), (None, full_observation("http://x/2"))]
    )
    recording.record_matches(store, {matched: ("XK-0012", "code"), unmatched: (None, "unmatched")})
    recording.record_matches(store, {})

    with store.session() as session:
        rows = {row.id: (row.standard_code, row.match_method) for row in session.scalars(select(Observation))}
    assert rows == {matched: ("XK-0012", "code"), unmatched: (None, "unmatched")}


def test_naive_timestamps_are_refused(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    with pytest.raises(Exception, match="naive datetime"):
        recording.record_fetch_error(
            store, scan_id, "jinghai", url="http://x/", kind="timeout", message="t", at=datetime(2026, 1, 1)
        )


def test_concurrent_writers_from_threads(store: Store) -> None:
    """The crawler thread and others write at once: nothing lost, no "database is locked"."""
    scan_id = recording.start_scan(store, "demo", None)
    shared_body = GBK_PAGE.encode("gbk")
    failures: list[BaseException] = []

    def crawl(worker: int) -> None:
        try:
            for n in range(25):
                page_id = recording.record_page(
                    store,
                    scan_id,
                    f"city{worker}",
                    url=f"http://x/{worker}/{n}",
                    body=shared_body,
                    http_status=200,
                )
                recording.record_observation(store, scan_id, f"city{worker}", page_id, full_observation())
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=crawl, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert len(reading.load_observations(store, scan_id)) == 100
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
