"""Findings as the documented export: a JSON array, or CSV with one column per field.

The JSON shape is a public contract (design.md, README): keep keys, add rather than change.
CSV flattens ``evidence`` into ``evidence_url``, ``evidence_fetched_at`` … columns; a list
(``pages``, ``spans``) is written as its JSON text; a cell starting as a formula would (``=``,
``+``, ``-``, ``@``, tab, CR) gets a leading apostrophe, so a spreadsheet shows it as text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Literal

from channel_equity.store import reading
from channel_equity.store.models import TriageEvent
from channel_equity.store.session import Store
from channel_equity.store.triage import latest_decisions

TOP_LEVEL_KEYS = ("rule", "city", "item_code", "item_name", "standard_code", "dimension", "severity", "status",
                  "first_seen", "last_seen", "resolved_at", "message")
EVIDENCE_KEYS = ("url", "fetched_at", "http_status", "sha256", "excerpt", "snapshot", "screenshot", "warc", "pages",
                 "quoted", "spans", "basis")


def export_rows(store: Store, status: Literal["open", "resolved", "all"]) -> list[dict[str, Any]]:
    """Every finding of ``status`` in the export shape, with the inspectors' latest ``decision``
    on it (``{action, reason, by, at}``, or null when none was taken)."""
    decisions = latest_decisions(store)
    rows = []
    for finding in reading.findings(store, status=status):
        row = reading.finding_to_export(finding)
        row["decision"] = decision_to_export(decisions.get(finding.fingerprint))
        rows.append(row)
    return rows


def decision_to_export(event: TriageEvent | None) -> dict[str, Any] | None:
    """A triage event as the exports show a finding's standing decision: ``{action, reason, by, at}``."""
    if event is None:
        return None
    return {"action": event.action, "reason": event.reason, "by": event.decided_by,
            "at": reading.export_time(event.at)}


def render_findings(store: Store, format: str, status: Literal["open", "resolved", "all"]) -> str:
    return format_findings(export_rows(store, status), format)


def format_findings(rows: list[dict[str, Any]], format: str) -> str:
    """Rows of :func:`export_rows` as the JSON array or the CSV table."""
    if format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    extra = sorted({key for row in rows for key in row} - set(TOP_LEVEL_KEYS) - {"evidence"})
    header = [*TOP_LEVEL_KEYS, *extra, *(f"evidence_{key}" for key in EVIDENCE_KEYS)]
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        evidence = row.get("evidence") or {}
        writer.writerow([csv_cell(value) for value in (*(row.get(k) for k in TOP_LEVEL_KEYS),
                                                    *(row.get(k) for k in extra),
                                                    *(evidence.get(k) for k in EVIDENCE_KEYS))])
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (``=HYPERLINK(…)`` in a scraped name)."""


def csv_cell(value: Any) -> Any:
    """A CSV cell: lists and mappings as their JSON text; text a spreadsheet would run as a
    formula kept inert by a leading apostrophe (scraped words are untrusted)."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
