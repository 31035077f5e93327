"""The findings workbook from a real SQLite store: its declared columns under Chinese or English
headers, frozen and filtered, with their widths and wrapped text; the decision column offered as a
list; the standing decision and the evidence hash a decision records; scraped text that looks
like a formula (or an error value, or holds control characters) written as inert text."""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from channel_equity.reports.xlsx.columns import SheetLanguage, header_keys, header_text
from channel_equity.reports.xlsx.findings_sheet import FINDING_COLUMNS, write_findings_xlsx
from channel_equity.store.models import Finding
from channel_equity.store.reading import findings
from channel_equity.store.triage import Decision, decide, find_findings, finding_evidence_hash
from tests.reports.conftest import T0, ReportStore, build_report_store

FORMULA_NAME = '=HYPERLINK("http://evil.example/","点此")'
FORMULA_EXCERPT = "+cmd|' /C calc'!A0"
FORMULA_MESSAGE = "-2+3 visits"
FORMULA_URL = "@SUM(1+1)*cmd|' /C calc'!A0"
ERROR_LOOKALIKE = "#N/A"
BELL = "窗口\x07办理"


def _hostile_finding(scan_id: int) -> Finding:
    """A finding whose scraped words start like formulas, one an error value, one a control character."""
    return Finding(fingerprint="hostile|jinghai|XK-0099-1", rule="online-only", city_id="jinghai",
                   subject="XK-0099-1", item_code=ERROR_LOOKALIKE, item_name=FORMULA_NAME, standard_code=BELL,
                   severity="high", status="open", first_seen=T0, last_seen=T0 + timedelta(days=1),
                   message=FORMULA_MESSAGE, last_scan_id=scan_id, evidence_url=FORMULA_URL, evidence_fetched_at=T0,
                   evidence_http_status=200, evidence_excerpt=FORMULA_EXCERPT)


@pytest.fixture(scope="module")
def decided_store(tmp_path_factory: pytest.TempPathFactory) -> ReportStore:
    """The report store with the hostile finding added and two decisions taken."""
    report = build_report_store(tmp_path_factory.mktemp("xlsx-store"))
    with report.store.session(write=True) as session:
        session.add(_hostile_finding(report.scan_ids[-1]))
    decide(report.store, find_findings(report.store, [str(report.finding_ids["xss"])]),
           Decision("dismiss", "依法须现场核验原件", "inspector-li"))
    decide(report.store, find_findings(report.store, [str(report.finding_ids["carried"])]),
           Decision("accept", None, "inspector-wang"))
    return report


@pytest.fixture(scope="module")
def workbooks(decided_store: ReportStore, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("xlsx")
    paths = {lang.value: out / f"findings-{lang.value}.xlsx" for lang in SheetLanguage}
    for lang in SheetLanguage:
        write_findings_xlsx(decided_store.store, "open", lang, paths[lang.value])
    return paths


def _rows(path: Path) -> tuple[Any, list[str], list[dict[str, Any]]]:
    """The sheet, its header and its rows by column key (the cells, not just values)."""
    sheet = load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    keys = [column.key for column in FINDING_COLUMNS]
    rows = [dict(zip(keys, row, strict=True)) for row in sheet.iter_rows(min_row=2)]
    return sheet, header, rows


def test_the_header_is_in_the_asked_language_and_each_row_is_a_stored_finding(
    decided_store: ReportStore, workbooks: dict[str, Path]
) -> None:
    _, zh_header, rows = _rows(workbooks["zh"])
    sheet_en, en_header, en_rows = _rows(workbooks["en"])
    assert zh_header == [column.zh for column in FINDING_COLUMNS] and "证据哈希" in zh_header
    assert en_header == [column.en for column in FINDING_COLUMNS] and "Evidence hash" in en_header
    assert sheet_en.title == "Findings"
    stored = {finding.id: finding for finding in findings(decided_store.store, "open")}
    assert sorted(row["number"].value for row in rows) == sorted(stored)  # open findings only, each once
    assert len(en_rows) == len(rows)
    for row in rows:
        finding = stored[row["number"].value]
        assert row["fingerprint"].value == finding.fingerprint
        assert row["evidence_hash"].value == finding_evidence_hash(finding)  # what a decision records
        assert row["rule"].value == finding.rule and row["city"].value == finding.city_id
        assert row["decision"].value is None and row["reason"].value is None  # the inspector's to fill
    by_number = {row["number"].value: row for row in rows}
    dismissed = by_number[decided_store.finding_ids["xss"]]
    assert dismissed["decision_action"].value == "dismiss" and dismissed["decision_by"].value == "inspector-li"
    assert dismissed["decision_reason"].value == "依法须现场核验原件"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", dismissed["decision_at"].value)  # ISO-8601 UTC
    accepted = by_number[decided_store.finding_ids["carried"]]
    assert accepted["decision_action"].value == "accept" and accepted["decision_reason"].value is None
    assert accepted["first_seen"].value == "2026-11-23T02:00:00Z"
    assert accepted["evidence_excerpt"].value == "仅限网上申请" and accepted["evidence_http_status"].value == 200
    untouched = by_number[decided_store.finding_ids["screenshot"]]
    assert untouched["decision_action"].value is None


def test_the_header_is_frozen_filtered_sized_and_long_text_wraps(workbooks: dict[str, Path]) -> None:
    sheet, _, rows = _rows(workbooks["zh"])
    last = get_column_letter(len(FINDING_COLUMNS))
    assert sheet.freeze_panes == "B2"  # the header row and the finding's number stay in view
    assert sheet.auto_filter.ref == f"A1:{last}{len(rows) + 1}"
    for index, column in enumerate(FINDING_COLUMNS, start=1):
        assert sheet.column_dimensions[get_column_letter(index)].width == column.width, column.key
    assert all(cell.font.bold for cell in sheet[1])
    assert all(row["message"].alignment.wrap_text for row in rows)
    assert all(row["evidence_excerpt"].alignment.wrap_text for row in rows)
    assert not any(row["severity"].alignment.wrap_text for row in rows)
    inputs = [cell for cell, column in zip(sheet[1], FINDING_COLUMNS, strict=True) if column.input]
    assert [cell.value for cell in inputs] == ["新决定（accept/dismiss/reopen）", "理由"]
    assert len({cell.fill.fgColor.rgb for cell in inputs}) == 1
    assert inputs[0].fill.fgColor.rgb != sheet["A1"].fill.fgColor.rgb  # the columns to fill in stand out


def test_the_decision_column_offers_the_three_decisions(workbooks: dict[str, Path]) -> None:
    for path in workbooks.values():
        sheet, _, rows = _rows(path)
        [offered] = sheet.data_validations.dataValidation
        letter = get_column_letter([column.key for column in FINDING_COLUMNS].index("decision") + 1)
        assert offered.type == "list" and offered.formula1 == '"accept,dismiss,reopen"'
        assert str(offered.sqref) == f"{letter}2:{letter}{len(rows) + 1}"
        assert offered.showErrorMessage and offered.allow_blank


def test_formula_looking_text_is_written_as_text(workbooks: dict[str, Path]) -> None:
    _, _, rows = _rows(workbooks["en"])
    [hostile] = [row for row in rows if row["fingerprint"].value == "hostile|jinghai|XK-0099-1"]
    for key, text in (("item_name", FORMULA_NAME), ("evidence_excerpt", FORMULA_EXCERPT),
                      ("message", FORMULA_MESSAGE), ("evidence_url", FORMULA_URL)):
        cell = hostile[key]
        assert cell.value == text and cell.data_type == "s", key  # the words as scraped, as a string
        assert cell.quotePrefix, key  # and kept text when an inspector edits the cell
    assert hostile["item_code"].value == ERROR_LOOKALIKE and hostile["item_code"].data_type == "s"
    assert hostile["standard_code"].value == "窗口\ufffd办理"  # a control character no worksheet holds
    with zipfile.ZipFile(workbooks["en"]) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere in the sheet
    assert 't="e"' not in sheet_xml  # nor an error value


def test_every_header_names_one_column_in_either_language() -> None:
    names = [(header_text(name), column.key) for column in FINDING_COLUMNS
             for name in {column.key, column.en, column.zh}]
    assert len(header_keys(FINDING_COLUMNS)) == len({text for text, _ in names})
    assert all(header_keys(FINDING_COLUMNS)[text] == key for text, key in names)  # no header names two columns
    assert header_keys(FINDING_COLUMNS)[header_text("新决定(accept/dismiss/reopen)")] == "decision"
    assert header_keys(FINDING_COLUMNS)[header_text("  evidence   HASH ")] == "evidence_hash"


def readme_column_table(after_heading: str) -> list[tuple[str, str, str]]:
    """(key, English header, Chinese header) of the first key/English/Chinese table in the README
    after ``after_heading``."""
    text = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = text[text.index(after_heading):]
    rows = []
    for line in section.splitlines():
        match = re.match(r"\| `([a-z0-9_]+)` \| ([^|]+) \| ([^|]+) \|", line)
        if match:
            rows.append((match[1], match[2].strip(), match[3].strip()))
        elif rows:
            break
    return rows


def test_the_readme_documents_every_workbook_column_as_declared() -> None:
    from channel_equity.reports.complaint_export import COMPLAINT_COLUMNS

    assert readme_column_table("### Triage in a spreadsheet") == [(c.key, c.en, c.zh) for c in FINDING_COLUMNS]
    assert readme_column_table("`complaint export --format xlsx") == [(c.key, c.en, c.zh) for c in COMPLAINT_COLUMNS]
