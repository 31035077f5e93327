"""Complaints as an export: a JSON array, or CSV with the same columns, one row per complaint.

Each complaint carries its deadline as the province counts it (``monitor.complaints``: working
days after the day it was received) and whether it is overdue on ``today`` (open and past that
day), its latest re-check in three columns, and every re-check in ``checks``. CSV writes the
lists (``checks``) as their JSON text and keeps formula-looking cells inert, as the findings
export does (:func:`channel_equity.reports.export.csv_cell`): a citizen's words are untrusted.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from channel_equity.core.config import ComplaintSettings
from channel_equity.reports.export import csv_cell
from channel_equity.store.complaints import deadline, latest_check, list_complaints, received_day
from channel_equity.store.models import Complaint, ComplaintCheck
from channel_equity.store.reading import export_time
from channel_equity.store.session import Store

COLUMNS = ("id", "city_id", "item_code", "item_name", "item_ref", "guide_url", "entry_url", "claim", "text",
           "received", "reference", "recorded_by", "recorded_at", "status", "due_date", "overdue", "fixed_since",
           "closed_at", "close_note", "latest_verdict", "latest_checked_at", "latest_detail", "checks")
FORMATS = ("json", "csv")


def check_to_export(check: ComplaintCheck) -> dict[str, Any]:
    return {"checked_at": export_time(check.checked_at), "verdict": check.verdict, "detail": check.detail,
            "scan_id": check.scan_id, "rules": list(check.rules or []), "checked": list(check.checked or []),
            "evidence": list(check.evidence or []), "finding_ids": list(check.finding_ids or [])}


def complaint_to_export(complaint: Complaint, settings: ComplaintSettings, today: date) -> dict[str, Any]:
    """One complaint in the export shape (the keys of :data:`COLUMNS`)."""
    when = deadline(complaint, settings, today)
    latest = latest_check(complaint)
    return {
        "id": complaint.id, "city_id": complaint.city_id, "item_code": complaint.item_code,
        "item_name": complaint.item_name, "item_ref": complaint.item_ref, "guide_url": complaint.guide_url,
        "entry_url": complaint.entry_url, "claim": complaint.claim, "text": complaint.text,
        "received": received_day(complaint).isoformat(), "reference": complaint.reference,
        "recorded_by": complaint.recorded_by, "recorded_at": export_time(complaint.recorded_at),
        "status": complaint.status, "due_date": when.due.isoformat(), "overdue": when.overdue,
        "fixed_since": export_time(complaint.fixed_since), "closed_at": export_time(complaint.closed_at),
        "close_note": complaint.close_note,
        "latest_verdict": latest.verdict if latest else None,
        "latest_checked_at": export_time(latest.checked_at) if latest else None,
        "latest_detail": latest.detail if latest else None,
        "checks": [check_to_export(check) for check in complaint.checks],
    }


def complaint_rows(complaints: Iterable[Complaint], settings: ComplaintSettings, today: date) -> list[dict[str, Any]]:
    return [complaint_to_export(complaint, settings, today) for complaint in complaints]


def format_complaints(rows: list[dict[str, Any]], format: str) -> str:
    """Rows of :func:`complaint_rows` as the JSON array or the CSV table."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; expected one of {', '.join(FORMATS)}")
    if format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows([csv_cell(row[column]) for column in COLUMNS] for row in rows)
    return buffer.getvalue()


def render_complaints(store: Store, settings: ComplaintSettings, format: str, status: str | None = None,
                      today: date | None = None) -> str:
    """The complaints (of one ``status`` if named), oldest first, as JSON or CSV; overdue as of
    ``today`` (default: today in UTC; the command passes the province's day)."""
    rows = complaint_rows(list_complaints(store, status), settings, today or datetime.now(UTC).date())
    return format_complaints(rows, format)
