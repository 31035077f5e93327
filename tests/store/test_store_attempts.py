"""The portals' attempts over a window of scans (``reading.portal_attempts``): what
``portal-unreachable`` counts, read from the scans' city records and the home pages' fetch errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from channel_equity.store import Store, reading, recording
from channel_equity.store.models import Scan, ScanStatus

NIGHT_ONE = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)  # 02:00 in the province
PORTALS = {"jinghai": "http://127.0.0.1:8101/", "shanyang": "http://127.0.0.1:8102/"}


def scan_night(store: Store, night: int, down: tuple[str, ...] = (), *, status: ScanStatus = "finished",
               province: str = "demo", cities: tuple[str, ...] = tuple(PORTALS)) -> int:
    """A scan started on ``night`` (days after ``NIGHT_ONE``) that could not reach the ``down`` cities."""
    scan_id = recording.start_scan(store, province, None)
    started = NIGHT_ONE + timedelta(days=night)
    with store.session(write=True) as session:
        session.execute(update(Scan).where(Scan.id == scan_id).values(started_at=started))
    for city in cities:
        if city in down:
            for second in (5, 35):  # the first try and its retry
                recording.record_fetch_error(store, scan_id, city, url=PORTALS[city], kind="http", http_status=503,
                                             message="HTTP 503", at=started + timedelta(seconds=second))
            recording.record_fetch_error(store, scan_id, city, url=PORTALS[city] + "items", kind="refused",
                                         message="Connection refused", at=started + timedelta(seconds=90))
            recording.record_city_result(store, scan_id, city, portal_url=PORTALS[city], status="unreachable",
                                         error="HTTP 503", error_count=3)
        else:
            recording.record_city_result(store, scan_id, city, portal_url=PORTALS[city], status="ok",
                                         pages_fetched=10, items_extracted=8)
    if status != "running":
        recording.finish_scan(store, scan_id, status)
    return scan_id


def test_attempts_are_the_scans_of_the_window_oldest_first(store: Store) -> None:
    before = scan_night(store, 0, down=("jinghai",))  # the window's start: not in it
    first = scan_night(store, 1, down=("jinghai",))
    second = scan_night(store, 2, cities=("shanyang",))  # jinghai not scanned: no attempt
    third = scan_night(store, 3)
    scan_night(store, 4, down=("jinghai",))  # after the window's end
    attempts = reading.portal_attempts(store, "demo", NIGHT_ONE, NIGHT_ONE + timedelta(days=3))
    assert before not in {a.scan_id for a in attempts}
    assert [(a.scan_id, a.city_id, a.reached) for a in attempts] == [
        (first, "jinghai", False), (first, "shanyang", True), (second, "shanyang", True),
        (third, "jinghai", True), (third, "shanyang", True)]
    failed = attempts[0]
    start = NIGHT_ONE + timedelta(days=1)
    assert (failed.started_at, failed.at, failed.error, failed.http_status, failed.portal_url) == (
        start, start + timedelta(seconds=35), "HTTP 503", 503, PORTALS["jinghai"])  # the home page's last failure
    reached = attempts[1]
    assert (reached.at, reached.error, reached.http_status) == (start, None, None)


def test_only_finished_and_interrupted_scans_of_the_province_count(store: Store) -> None:
    finished = scan_night(store, 1, down=("jinghai",))
    interrupted = scan_night(store, 2, down=("jinghai",), status="interrupted")
    scan_night(store, 3, down=("jinghai",), status="failed")
    scan_night(store, 4, down=("jinghai",), status="running")
    scan_night(store, 5, down=("jinghai",), province="elsewhere")
    attempts = reading.portal_attempts(store, "demo", NIGHT_ONE, NIGHT_ONE + timedelta(days=9))
    assert sorted({a.scan_id for a in attempts}) == [finished, interrupted]
    assert reading.portal_attempts(store, "demo", NIGHT_ONE + timedelta(days=9), NIGHT_ONE + timedelta(days=19)) == []
