"""Complaints and their re-checks as the store keeps them, on SQLite and PostgreSQL: a
complaint's "fixed since" follows its verdicts and the findings they cite, scans of a
complaint's re-check are never the province's latest scan, and what re-checks cite is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from channel_equity.store import Store, reading, recording
from channel_equity.store.complaints import (
    NewCheck,
    NewComplaint,
    close_complaint,
    complaints_citing,
    get_complaint,
    list_complaints,
    record_check,
    record_complaint,
)
from channel_equity.store.models import Finding
from channel_equity.store.retention import complaint_evidence

RESOLVED_AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def complaint(store: Store, city: str = "jinghai") -> int:
    return record_complaint(store, NewComplaint(
        city, "公章刻制备案", "11330100MB0000000X3000103006000", "公章刻制备案", "http://127.0.0.1:8101/g/1",
        None, "shared-data", "要我交身份证复印件", datetime(2026, 11, 30, tzinfo=UTC), "12345-2026-0091", "wang"))


def finding(store: Store) -> int:
    scan_id = recording.start_scan(store, "demo", None)
    with store.session(write=True) as session:
        row = Finding(fingerprint="f" * 40, rule="shared-data-demanded", city_id="jinghai", subject="s",
                      severity="medium", status="open", first_seen=RESOLVED_AT, last_seen=RESOLVED_AT,
                      message="m", last_scan_id=scan_id)
        session.add(row)
        session.flush()
        return row.id


def check(number: int, verdict: str, findings: tuple[int, ...] = (), sha: str | None = None) -> NewCheck:
    evidence = [{"rule": "shared-data-demanded", "sha256": sha, "snapshot": f"sha256:{sha}",
                 "screenshot": "sha256:" + "c" * 64, "warc": None}] if sha else []
    return NewCheck(number, None, verdict, "detail", ["shared-data-demanded"], ["guide page …: HTTP 200"], evidence,
                    list(findings))


def test_fixed_since_follows_the_verdicts_and_the_findings_they_cite(store: Store) -> None:
    number, finding_id = complaint(store), finding(store)
    record_check(store, check(number, "substantiated", (finding_id,), sha="a" * 64))
    assert get_complaint(store, number).fixed_since is None
    with store.session(write=True) as session:
        row = session.get(Finding, finding_id)
        assert row is not None
        row.status, row.resolved_at = "resolved", RESOLVED_AT
    record_check(store, check(number, "could-not-check"))
    assert get_complaint(store, number).fixed_since is None  # a re-check that saw nothing says nothing
    record_check(store, check(number, "not-reproduced"))
    row_after = get_complaint(store, number)
    assert row_after.fixed_since == RESOLVED_AT and row_after.status == "open"  # fixed since its finding resolved
    assert [c.verdict for c in row_after.checks] == ["substantiated", "could-not-check", "not-reproduced"]
    assert row_after.checks[0].evidence[0]["sha256"] == "a" * 64 and row_after.checks[0].rules == ["shared-data-demanded"]
    record_check(store, check(number, "substantiated", (finding_id,)))
    assert get_complaint(store, number).fixed_since is None  # borne out again
    assert complaints_citing(store, [finding_id, 999]) == {finding_id: [number]}


def test_not_reproduced_without_a_substantiated_check_is_no_fix(store: Store) -> None:
    number = complaint(store)
    record_check(store, check(number, "not-reproduced"))
    assert get_complaint(store, number).fixed_since is None


def test_lists_filter_and_close_keeps_the_first_close(store: Store) -> None:
    first, second = complaint(store), complaint(store, "yuntai")
    close_complaint(store, first, "已转市局督办")
    close_complaint(store, first, "again")
    assert [c.id for c in list_complaints(store, "open")] == [second]
    assert [c.id for c in list_complaints(store, None, "jinghai")] == [first]
    assert get_complaint(store, first).close_note == "已转市局督办"


def test_a_recheck_scan_is_never_the_latest_scan(store: Store) -> None:
    nightly = recording.start_scan(store, "demo", None)
    recording.finish_scan(store, nightly)
    recheck = recording.start_scan(store, "demo", None, kind="complaint")
    recording.finish_scan(store, recheck)
    latest = reading.latest_scan(store, province_id="demo")
    assert latest is not None and latest.id == nightly
    assert recording.interrupt_running_scans(store, "demo") == []
    running = recording.start_scan(store, "demo", None, kind="complaint")
    assert recording.interrupt_running_scans(store, "demo") == []  # a re-check beside the night is left alone
    assert reading.get_scan(store, running) is not None


def test_what_rechecks_cite_is_kept_from_pruning(store: Store) -> None:
    number = complaint(store)
    record_check(store, check(number, "substantiated", sha="d" * 64))
    with store.session() as session:
        assert complaint_evidence(session) == {"d" * 64, "c" * 64}
