"""The store as the crawl's frontier, on both backends: a resumed scan's stored answers, the last
scan's pages with what they gave, an unchanged page and its guides copied whole into a new
scan, a stored page's guides replaced, an interrupted scan reopened."""

from __future__ import annotations

from sqlalchemy import func, select

from channel_equity.core.observation import GuideObservation
from channel_equity.store import Store, reading, recording
from channel_equity.store.frontier import previous_pages, previous_scan, resumable_scan, stored_responses
from channel_equity.store.models import Blob, FetchError, Observation, ScanCity
from tests.store.test_store_recording import full_observation

GUIDE = "http://127.0.0.1:8101/guide/1"
LIST = "http://127.0.0.1:8101/list"


def finished_scan_with_a_guide(store: Store) -> tuple[int, int, int]:
    """Scan 1: a list page and a guide page (with one full guide and a decoding note), finished."""
    scan_id = recording.start_scan(store, "demo", None)
    list_page = recording.record_page(store, scan_id, "jinghai", url=LIST, body=b"<ul>list</ul>", http_status=200,
                                      request_key="key-list", content_type="text/html")
    guide_page = recording.record_page(store, scan_id, "jinghai", url=GUIDE, body=b"<table>guide</table>",
                                       http_status=200, request_key="key-guide", etag='"abc"',
                                       last_modified="Tue, 14 Nov 2023 22:13:20 GMT", content_type="text/html")
    recording.record_observation(store, scan_id, "jinghai", guide_page, full_observation(GUIDE))
    recording.record_fetch_error(store, scan_id, "jinghai", url=GUIDE, kind="decode",
                                 message="2 invalid byte(s) replaced; the page was read as UTF-8")
    recording.finish_scan(store, scan_id)
    return scan_id, list_page, guide_page


def test_the_last_scan_s_pages_say_how_to_ask_again_and_what_they_gave(store: Store) -> None:
    scan_id, list_page, guide_page = finished_scan_with_a_guide(store)
    running = recording.start_scan(store, "demo", None)
    assert previous_scan(store, "demo", running) == scan_id
    assert previous_scan(store, "demo", scan_id) is None, "no finished scan before the first"
    pages = previous_pages(store, scan_id)
    assert set(pages) == {"key-list", "key-guide"}
    guide = pages["key-guide"]
    assert (guide.page_id, guide.etag, guide.last_modified, guide.content_type) == (
        guide_page, '"abc"', "Tue, 14 Nov 2023 22:13:20 GMT", "text/html")
    assert guide.entries == ("http://127.0.0.1:8101/apply?item=XK-0012",)
    assert guide.decode_note == "2 invalid byte(s) replaced; the page was read as UTF-8"
    assert pages["key-list"].entries == () and pages["key-list"].decode_note is None


def test_an_unchanged_page_and_its_guides_are_copied_whole_into_the_new_scan(store: Store) -> None:
    scan_id, _, guide_page = finished_scan_with_a_guide(store)
    new_scan = recording.start_scan(store, "demo", None)
    with store.session() as session:
        bodies = session.scalar(select(func.count()).select_from(Blob))
    [copied] = recording.record_unchanged_pages(store, new_scan, [
        recording.UnchangedPage(guide_page, request_key="key-guide", etag='"abc"')])
    [(_, before)] = reading.load_observations(store, scan_id)
    [(_, after)] = reading.load_observations(store, new_scan)
    assert after == before, "every field, material and location, in order"
    page = reading.pages_by_id(store, [copied])[copied]
    assert (page.scan_id, page.url, page.sha256, page.request_key) == (
        new_scan, GUIDE, reading.pages_by_id(store, [guide_page])[guide_page].sha256, "key-guide")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == bodies, "the body is not stored again"
        assert session.scalar(select(Observation.page_id).where(Observation.scan_id == new_scan)) == copied


def test_a_resumed_scan_answers_from_its_own_pages_and_replaces_their_guides(store: Store) -> None:
    scan_id = recording.start_scan(store, "demo", None)
    page_id = recording.record_page(store, scan_id, "jinghai", url=GUIDE, final_url=GUIDE + "?v=2", body=b"<p/>",
                                    http_status=200, request_key="key-guide")
    recording.record_observation(store, scan_id, "jinghai", page_id, full_observation(GUIDE))
    recording.record_fetch_error(store, scan_id, "jinghai", url=LIST, kind="timeout", message="timed out")
    recording.record_city_result(store, scan_id, "jinghai", portal_url=LIST, status="partial")
    recording.finish_scan(store, scan_id, "interrupted")
    assert resumable_scan(store, "demo") == scan_id

    recording.reopen_scan(store, scan_id)
    scan = reading.get_scan(store, scan_id)
    assert scan is not None and scan.status == "running" and (scan.notes or "").startswith("resumed ")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(FetchError)) == 0, "failed requests are asked again"
        assert session.scalar(select(func.count()).select_from(ScanCity)) == 0, "cities counted afresh"
    answer = stored_responses(store, scan_id)["key-guide"]
    assert (answer.page_id, answer.url, answer.final_url) == (page_id, GUIDE, GUIDE + "?v=2")

    again = GuideObservation(url=GUIDE, name="食品经营许可证核发（新办）")
    recording.replace_page_observations(store, scan_id, "jinghai", page_id, [again])
    assert [obs for _, obs in reading.load_observations(store, scan_id)] == [again], "replaced, not added"
    assert resumable_scan(store, "demo") is None, "a running scan is not resumable"


def test_an_entry_found_to_be_navigation_is_kept_aside_for_the_next_scan(store: Store) -> None:
    scan_id, _, _ = finished_scan_with_a_guide(store)
    menu = "http://127.0.0.1:8101/apply?item=XK-0012"  # say every guide gave it: the portal's menu
    recording.drop_online_entries(store, scan_id, "jinghai", [menu])
    [(_, guide)] = reading.load_observations(store, scan_id)
    assert guide.online_entry_url is None, "the rules never read it as the guide's entry"
    assert previous_pages(store, scan_id)["key-guide"].entries == (menu,), "the next scan counts it again"
