"""The CSV export opened in a spreadsheet: scraped words never become live formulas."""

from __future__ import annotations

import csv
import io
from typing import Any

from channel_equity.reports.export import EVIDENCE_KEYS, TOP_LEVEL_KEYS, format_findings


def finding(**fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(TOP_LEVEL_KEYS)
    row.update(rule="shared-data-demanded", city="jinghai", severity="medium", status="open")
    row["evidence"] = {**dict.fromkeys(EVIDENCE_KEYS), "http_status": 200, "pages": [], "spans": []}
    row.update(fields)
    return row


def read(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(format_findings(rows, "csv"))))


def test_a_formula_looking_scraped_name_is_exported_inert() -> None:
    names = ['=HYPERLINK("http://evil.example/","点此")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
    rows = read([finding(item_name=name, evidence={**finding()["evidence"], "excerpt": name}) for name in names])
    for name, row in zip(names, rows, strict=True):
        assert row["item_name"] == "'" + name and row["evidence_excerpt"] == "'" + name


def test_ordinary_cells_are_left_as_they_are() -> None:
    [row] = read([finding(item_name="食品经营许可证核发", message="demands 1 paper(s): 营业执照")])
    assert row["item_name"] == "食品经营许可证核发" and row["evidence_http_status"] == "200"
    assert row["evidence_pages"] == "[]" and row["message"] == "demands 1 paper(s): 营业执照"
