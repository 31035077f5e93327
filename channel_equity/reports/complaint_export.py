"""Complaints as an export: a JSON array, CSV with the same columns, or an XLSX workbook of
them (headers in Chinese or English), one row per complaint.

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
from pathlib import Path
from typing import Any

from channel_equity.core.config import ComplaintSettings
from channel_equity.reports.export import csv_cell
from channel_equity.reports.xlsx.columns import Column, SheetLanguage
from channel_equity.store.complaints import deadline, latest_check, list_complaints, received_day
from channel_equity.store.models import Complaint, ComplaintCheck
from channel_equity.store.reading import export_time
from channel_equity.store.session import Store

COMPLAINT_COLUMNS: tuple[Column, ...] = (
    Column("id", "No.", "编号", 8),
    Column("city_id", "City", "城市", 12),
    Column("item_code", "Item code", "事项编码", 22),
    Column("item_name", "Item name", "事项名称", 28, wrap=True),
    Column("item_ref", "Item as named", "投诉所指事项", 22, wrap=True),
    Column("guide_url", "Guide URL", "办事指南网址", 36, wrap=True),
    Column("entry_url", "Online entry URL", "网上办理入口", 36, wrap=True),
    Column("claim", "Claim", "投诉类型", 14),
    Column("text", "Complaint text", "投诉内容", 48, wrap=True),
    Column("received", "Received", "收到日期", 12),
    Column("reference", "Reference", "登记编号", 16),
    Column("recorded_by", "Recorded by", "登记人", 14),
    Column("recorded_at", "Recorded at (UTC)", "登记时间（UTC）", 21),
    Column("status", "Status", "状态", 10),
    Column("due_date", "Due date", "办结期限", 12),
    Column("overdue", "Overdue", "已超期", 9),
    Column("fixed_since", "Fixed since (UTC)", "已整改自（UTC）", 21),
    Column("closed_at", "Closed at (UTC)", "关闭时间（UTC）", 21),
    Column("close_note", "Closing note", "关闭说明", 28, wrap=True),
    Column("latest_verdict", "Latest verdict", "最近核查结论", 16),
    Column("latest_checked_at", "Latest check (UTC)", "最近核查时间（UTC）", 21),
    Column("latest_detail", "Latest check's detail", "最近核查详情", 40, wrap=True),
    Column("checks", "Every re-check (JSON)", "全部核查记录（JSON）", 40),
)
"""Every column of the export, in order: key (the JSON field and CSV header), the XLSX
workbook's English and Chinese headers, its width there."""
COLUMNS = tuple(column.key for column in COMPLAINT_COLUMNS)
FORMATS = ("json", "csv")
"""The text formats; ``xlsx`` is written by :func:`write_complaints_xlsx`."""


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


def _rows(store: Store, settings: ComplaintSettings, status: str | None, today: date | None) -> list[dict[str, Any]]:
    return complaint_rows(list_complaints(store, status), settings, today or datetime.now(UTC).date())


def render_complaints(store: Store, settings: ComplaintSettings, format: str, status: str | None = None,
                      today: date | None = None) -> str:
    """The complaints (of one ``status`` if named), oldest first, as JSON or CSV; overdue as of
    ``today`` (default: today in UTC; the command passes the province's day)."""
    return format_complaints(_rows(store, settings, status, today), format)


def write_complaints_xlsx(store: Store, settings: ComplaintSettings, path: Path, lang: SheetLanguage,
                          status: str | None = None, today: date | None = None) -> int:
    """The complaints as :func:`render_complaints` selects them, written to ``path`` as a workbook
    of one sheet with the CSV's columns (``checks`` as its JSON text); how many complaints."""
    from channel_equity.reports.xlsx.sheet import table_workbook  # openpyxl only when a workbook is asked for

    title = "投诉" if lang == SheetLanguage.zh else "Complaints"
    workbook, _, count = table_workbook(title, COMPLAINT_COLUMNS, _rows(store, settings, status, today), lang)
    workbook.save(path)
    return count
