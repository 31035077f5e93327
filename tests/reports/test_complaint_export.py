"""The complaints export from a real SQLite store: every column, the deadline in working days,
overdue as of the day asked about, the re-checks nested, CSV with the same columns."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from channel_equity.core.config import ComplaintSettings
from channel_equity.reports.complaint_export import COLUMNS, render_complaints
from channel_equity.store import recording
from channel_equity.store.complaints import (
    NewCheck,
    NewComplaint,
    close_complaint,
    record_check,
    record_complaint,
)
from channel_equity.store.models import Finding
from channel_equity.store.session import Store, open_store

RECEIVED = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday: 15 working days later is Monday 23 November
SETTINGS = ComplaintSettings()
EVIDENCE = {"rule": "online-only", "message": "the guide accepts only online applications: 仅限网上申请",
            "url": "http://127.0.0.1:8101/guide/1", "excerpt": "仅限网上申请", "quoted": True, "http_status": 200,
            "sha256": "ab" * 32, "snapshot": f"sha256:{'ab' * 32}", "screenshot": None, "warc": None,
            "fetched_at": "2026-11-20T08:00:00+00:00", "spans": [{"start": 0, "end": 6, "source": "visible"}]}


def _complaint(text: str, claim: str = "online-only") -> NewComplaint:
    return NewComplaint(city_id="jinghai", item_ref="XK-0012-1", item_code="XK-0012-1", item_name="食品经营许可证核发",
                        guide_url="http://127.0.0.1:8101/guide/1", entry_url=None, claim=claim, text=text,
                        received=RECEIVED, reference="JH-7", recorded_by="inspector-li")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store("sqlite:///" + str(tmp_path / "m.db"))


@pytest.fixture
def complaints(store: Store) -> dict[str, int]:
    """One open complaint re-checked twice (could not check, then substantiated, citing a finding),
    one closed, and one never re-checked whose text starts like a spreadsheet formula."""
    scan_id = recording.start_scan(store, "demo", None)
    recording.finish_scan(store, scan_id)
    with store.session(write=True) as session:
        finding = Finding(fingerprint="online-only|jinghai|XK-0012-1", rule="online-only", city_id="jinghai",
                          subject="XK-0012-1", severity="high", status="open", first_seen=RECEIVED, last_seen=RECEIVED,
                          message="the guide accepts only online applications", last_scan_id=scan_id)
        session.add(finding)
        session.flush()
        finding_id = finding.id
    cited = record_complaint(store, _complaint("窗口说只能网上办"))
    record_check(store, NewCheck(cited, scan_id, "could-not-check", "the guide could not be fetched", ["online-only"],
                                 ["GET http://127.0.0.1:8101/guide/1: timeout"], [], []))
    record_check(store, NewCheck(cited, scan_id, "substantiated", "online-only: the guide accepts only online",
                                 ["online-only"], ["guide http://127.0.0.1:8101/guide/1 (HTTP 200)"], [EVIDENCE],
                                 [finding_id]))
    closed = record_complaint(store, _complaint("跑了三次", "excess-visits"))
    close_complaint(store, closed, "the city answered")
    formula = record_complaint(store, _complaint('=HYPERLINK("http://evil.example/","点此")', "other"))
    return {"cited": cited, "closed": closed, "formula": formula, "finding": finding_id}


def test_json_has_every_column_and_the_complaints_values(store: Store, complaints: dict[str, int]) -> None:
    rows = json.loads(render_complaints(store, SETTINGS, "json", today=date(2026, 11, 24)))
    assert [row["id"] for row in rows] == [complaints["cited"], complaints["closed"], complaints["formula"]]
    assert all(tuple(row) == COLUMNS for row in rows)
    cited, closed, never = rows
    assert cited["received"] == "2026-11-02" and cited["due_date"] == "2026-11-23"
    assert cited["status"] == "open" and cited["overdue"] is True
    assert cited["city_id"] == "jinghai" and cited["item_code"] == "XK-0012-1" and cited["reference"] == "JH-7"
    assert cited["recorded_by"] == "inspector-li" and cited["recorded_at"].endswith("Z")
    assert cited["latest_verdict"] == "substantiated"
    assert cited["latest_detail"] == "online-only: the guide accepts only online"
    assert cited["latest_checked_at"] == cited["checks"][-1]["checked_at"]
    assert [check["verdict"] for check in cited["checks"]] == ["could-not-check", "substantiated"]
    assert cited["checks"][-1] == {
        "checked_at": cited["latest_checked_at"], "verdict": "substantiated",
        "detail": "online-only: the guide accepts only online", "scan_id": cited["checks"][0]["scan_id"],
        "rules": ["online-only"], "checked": ["guide http://127.0.0.1:8101/guide/1 (HTTP 200)"],
        "evidence": [EVIDENCE], "finding_ids": [complaints["finding"]]}
    assert cited["fixed_since"] is None and cited["closed_at"] is None and cited["close_note"] is None
    assert closed["status"] == "closed" and closed["overdue"] is False  # closed: never overdue
    assert closed["close_note"] == "the city answered" and closed["closed_at"].endswith("Z")
    assert never["latest_verdict"] is None and never["latest_checked_at"] is None and never["checks"] == []


def test_overdue_is_judged_on_the_day_asked_about(store: Store, complaints: dict[str, int]) -> None:
    def overdue(today: date, settings: ComplaintSettings = SETTINGS) -> dict[int, bool]:
        return {row["id"]: row["overdue"] for row in json.loads(render_complaints(store, settings, "json", today=today))}

    assert overdue(date(2026, 11, 23)) == {complaints["cited"]: False, complaints["closed"]: False,
                                           complaints["formula"]: False}  # the due day itself is in time
    assert overdue(date(2026, 11, 24))[complaints["cited"]] is True
    holiday = ComplaintSettings(holidays=[date(2026, 11, 10)])  # one working day less: due a day later
    assert overdue(date(2026, 11, 24), holiday)[complaints["cited"]] is False
    [row] = json.loads(render_complaints(store, holiday, "json", status="closed", today=date(2026, 11, 24)))
    assert row["id"] == complaints["closed"] and row["due_date"] == "2026-11-24"


def test_csv_has_the_same_columns_nested_lists_as_json_and_inert_formulas(
    store: Store, complaints: dict[str, int]
) -> None:
    text = render_complaints(store, SETTINGS, "csv", today=date(2026, 11, 24))
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = {int(row["id"]): row for row in reader}
    cited = rows[complaints["cited"]]
    assert cited["overdue"] == "True" and rows[complaints["closed"]]["overdue"] == "False"
    assert cited["due_date"] == "2026-11-23" and cited["latest_verdict"] == "substantiated"
    checks = json.loads(cited["checks"])
    assert [check["verdict"] for check in checks] == ["could-not-check", "substantiated"]
    assert checks[1]["evidence"] == [EVIDENCE] and checks[1]["finding_ids"] == [complaints["finding"]]
    assert rows[complaints["formula"]]["text"] == "'" + '=HYPERLINK("http://evil.example/","点此")'
    assert rows[complaints["formula"]]["checks"] == "[]"
    only_open = render_complaints(store, SETTINGS, "csv", status="open", today=date(2026, 11, 24))
    assert [int(row["id"]) for row in csv.DictReader(io.StringIO(only_open))] == [complaints["cited"],
                                                                                  complaints["formula"]]


def test_an_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        render_complaints(store, SETTINGS, "xml")
