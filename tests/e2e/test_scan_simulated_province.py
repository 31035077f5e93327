"""Crawl the simulated province end to end and measure what was read against the truth."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import or_

from channel_equity.quality.extraction import format_quality_table, score_portal
from channel_equity.store import reading
from channel_equity.store.models import Page
from tests.running import ScannedProvince

MIN_RECALL = 0.99
MIN_FIELD_ACCURACY = 0.98


def latest_scan_id(scanned: ScannedProvince) -> int:
    scan = reading.latest_scan(scanned.store)
    assert scan is not None and scan.status == "finished"
    return scan.id


def test_every_up_portal_is_read_completely_and_exactly(scanned_province: ScannedProvince) -> None:
    scan_id = latest_scan_id(scanned_province)
    rows = []
    for city in scanned_province.truth["cities"]:
        if not city["up"]:
            continue
        observations = [obs for _, obs in reading.load_observations(scanned_province.store, scan_id, city["id"])]
        rows.append(score_portal(city["id"], city["items"], observations))
    table = format_quality_table(rows)
    print("\n" + table)
    for row in rows:
        assert row.expected >= 20, f"{row.city_id}: the simulator should serve a real catalog"
        assert row.recall >= MIN_RECALL, f"{row.city_id} missed {row.misses[:5]}\n{table}"
        assert row.field_accuracy >= MIN_FIELD_ACCURACY, f"{row.city_id}: {row.examples}\n{table}"


def test_down_portal_is_recorded_unreachable_with_its_error(scanned_province: ScannedProvince) -> None:
    scan_id = latest_scan_id(scanned_province)
    results = {r.city_id: r for r in reading.city_results(scanned_province.store, scan_id)}
    down = [c["id"] for c in scanned_province.truth["cities"] if not c["up"]]
    assert down, "the simulated province must have a portal that is down"
    for city_id in down:
        assert results[city_id].status == "unreachable"
        assert results[city_id].error and "refused" in results[city_id].error
        assert results[city_id].items_extracted == 0
        errors = reading.fetch_errors(scanned_province.store, scan_id, city_id)
        assert any(e.kind == "refused" for e in errors)
    for city in scanned_province.truth["cities"]:
        if city["up"]:
            assert results[city["id"]].status in ("ok", "partial"), results[city["id"]].error
    assert "unreachable" in scanned_province.stdout


def test_gbk_portal_is_stored_and_decoded_correctly(scanned_province: ScannedProvince) -> None:
    scan_id = latest_scan_id(scanned_province)
    gbk_cities = [c for c in scanned_province.truth["cities"] if c["up"] and c["charset"].lower() != "utf-8"]
    assert gbk_cities, "the simulated province must have a GBK/GB2312 portal"
    for city in gbk_cities:
        observations = reading.load_observations(scanned_province.store, scan_id, city["id"])
        names = {obs.name for _, obs in observations}
        true_names = {item["name"] for item in city["items"] if not item.get("login_wall")}
        assert len(names & true_names) >= 0.99 * len(true_names)
        guide_urls = [obs.url for _, obs in observations][:5]
        with scanned_province.store.session() as session:
            pages = session.query(Page).filter(Page.scan_id == scan_id, or_(Page.url.in_(guide_urls), Page.final_url.in_(guide_urls))).all()
        assert len(pages) == len(guide_urls)
        for page in pages:
            assert page.declared_encoding == "gb2312" and "charset" not in (page.content_type or "")
            assert page.detected_encoding == "gb18030", page.url
            body = reading.page_body(scanned_province.store, page.sha256)
            assert not is_utf8(body), "the stored body must be the original GBK bytes"
            assert body.decode("gb18030").count("办") > 0


def is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_robots_txt_is_obeyed(scanned_province: ScannedProvince) -> None:
    scan_id = latest_scan_id(scanned_province)
    with scanned_province.store.session() as session:
        paths = [urlsplit(url).path for (url,) in session.query(Page.url).filter(Page.scan_id == scan_id)]
    assert paths
    assert not [p for p in paths if p.startswith("/admin")]
    errors = reading.fetch_errors(scanned_province.store, scan_id)
    assert any(e.kind == "robots" for e in errors), "links into disallowed paths should be refused and recorded"
