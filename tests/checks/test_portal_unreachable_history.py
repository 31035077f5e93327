"""portal-unreachable over a fortnight of nightly scans in a real store, checked as `check`
checks them: one failed night is a coverage gap, a second one in the week is the finding (with
each failed attempt in its evidence), which stands while the week exceeds the share, resolves
when the failures age out of the window and reopens when the portal fails again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from channel_equity.checks.runner import CheckSummary, run_checks
from channel_equity.core.config import LoadedConfig
from channel_equity.store import Store, open_store, reading, recording
from channel_equity.store.models import Finding, FindingEvent, Scan, ScanStatus
from tests.checks.rule_builders import CITY, PORTAL, make_config

OTHER, OTHER_PORTAL = "shanyang", "http://127.0.0.1:8102/"
NIGHT_ONE = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)  # 02:00 in the province


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def loaded(tmp_path: Path) -> LoadedConfig:
    return LoadedConfig(path=tmp_path / "province.yaml",
                        monitor=make_config(cities=((CITY, PORTAL), (OTHER, OTHER_PORTAL))))


def night(number: float) -> datetime:
    return NIGHT_ONE + timedelta(days=number)


def scan(store: Store, number: float, down: bool, status: ScanStatus = "finished") -> int:
    """The scan of night ``number``: the city's portal refused (``down``) or answered; the other
    city's always answered."""
    scan_id = recording.start_scan(store, "demo", None)
    with store.session(write=True) as session:
        session.execute(update(Scan).where(Scan.id == scan_id).values(started_at=night(number)))
    if down:
        recording.record_fetch_error(store, scan_id, CITY, url=PORTAL, kind="refused", message="Connection refused",
                                     at=night(number) + timedelta(seconds=20))
        recording.record_city_result(store, scan_id, CITY, portal_url=PORTAL, status="unreachable",
                                     error="Connection refused", error_count=1)
    else:
        recording.record_city_result(store, scan_id, CITY, portal_url=PORTAL, status="ok", pages_fetched=10)
    recording.record_city_result(store, scan_id, OTHER, portal_url=OTHER_PORTAL, status="ok", pages_fetched=10)
    recording.finish_scan(store, scan_id, status)
    return scan_id


def unreachable_findings(store: Store) -> list[Finding]:
    with store.session() as session:
        return list(session.scalars(select(Finding).where(Finding.rule == "portal-unreachable")))


def history(store: Store, finding: Finding) -> list[tuple[str, int | None]]:
    with store.session() as session:
        events = session.scalars(select(FindingEvent).where(FindingEvent.finding_id == finding.id)
                                 .order_by(FindingEvent.id))
        return [(event.event, event.scan_id) for event in events]


def test_a_fortnight_of_nights_opens_keeps_resolves_and_reopens_the_finding(store: Store, loaded: LoadedConfig) -> None:
    scans: dict[float, int] = {}
    summaries: dict[float, CheckSummary] = {}

    def nightly(number: float, down: bool, status: ScanStatus = "finished") -> None:
        scans[number] = scan(store, number, down, status)
        if status == "finished":
            summaries[number] = run_checks(loaded, store, scans[number])

    for number in (1, 2):
        nightly(number, down=False)
    nightly(3, down=True)  # one failed night: a coverage gap, no finding
    assert summaries[3].unreachable == [CITY]
    assert {c.city_id: c.status for c in reading.city_results(store, scans[3])}[CITY] == "unreachable"
    assert unreachable_findings(store) == []

    nightly(4, down=True)  # the second failed night of the week: 2 of 4 scans
    [finding] = unreachable_findings(store)
    assert (finding.city_id, finding.status, finding.first_seen) == (CITY, "open", night(4))
    assert finding.message == ("the portal could not be reached in 2 of 4 scans over the last 7 days "
                               "(50%, more than the 5% allowed)")
    assert finding.evidence_excerpt == (f"2 / 4 = 50% > 5%\n"
                                        f"scan {scans[3]}, 2026-11-04T18:00:20Z: Connection refused\n"
                                        f"scan {scans[4]}, 2026-11-05T18:00:20Z: Connection refused")
    assert (finding.evidence_url, finding.evidence_fetched_at, finding.evidence_basis) == (
        PORTAL, night(4) + timedelta(seconds=20), "measured")

    nightly(4.5, down=True, status="failed")  # the monitor's own failure: no attempt, no check
    nightly(5, down=False)  # reached, yet 2 of the week's 5 scans failed: the finding stands
    for number in (6, 7, 8, 9):
        nightly(number, down=False)
    [finding] = unreachable_findings(store)
    assert (finding.status, finding.last_seen) == ("open", night(9))
    assert finding.message.startswith("the portal could not be reached in 2 of 7 scans")

    nightly(10, down=False)  # night 3 left the window: one failed night of seven
    [finding] = unreachable_findings(store)
    assert (finding.status, finding.resolved_at, finding.last_seen) == ("resolved", night(10), night(9))

    nightly(11, down=True)  # with night 4 gone from the window, one failed night again
    assert unreachable_findings(store)[0].status == "resolved"
    nightly(12, down=True)
    [finding] = unreachable_findings(store)
    assert finding.status == "reopened"
    assert history(store, finding) == [("opened", scans[4]), ("resolved", scans[10]), ("reopened", scans[12])]
    assert all(summary.verdicts["portal-unreachable"] == 0 for summary in summaries.values()
               if summary.scan_id in {scans[n] for n in (1, 2, 3, 10, 11)})


def test_a_night_retried_is_still_one_night(store: Store, loaded: LoadedConfig) -> None:
    for number in (1, 2, 3):
        scan(store, number, down=False)
    for hours in (0, 2, 4):  # the nightly job re-run twice while the portal was down
        run_checks(loaded, store, scan(store, 4 + hours / 24, down=True))
    assert unreachable_findings(store) == []
