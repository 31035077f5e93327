"""Spreadsheets both ways through the real command line over a real SQLite store: findings
exported as XLSX, decided in the workbook as an inspector would (openpyxl edits it), imported
with `triage import` — valid rows applied with the reason and who, every other row refused with
its reason, nothing written on --dry-run or from a file that is no findings workbook — and the
complaints exported as XLSX too."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msoffcrypto
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select, update

from channel_equity.cli.exit_codes import ExitCode
from channel_equity.reports.complaint_export import COMPLAINT_COLUMNS
from channel_equity.reports.xlsx.findings_sheet import FINDING_COLUMNS
from channel_equity.store.complaints import NewComplaint, record_complaint
from channel_equity.store.models import Finding, TriageEvent
from channel_equity.store.triage import Decision, decide, find_findings, triage_history
from tests.reports.conftest import ReportStore, build_report_store
from tests.running import run_cli

ROWS_REFUSED = ExitCode.ROWS_REFUSED
FORMULA_TEXT = '=HYPERLINK("http://evil.example/","点此")'
RECEIVED = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday: due 15 working days later, Monday 23 November


@pytest.fixture
def report(tmp_path: Path) -> ReportStore:
    (tmp_path / "store").mkdir()
    built = build_report_store(tmp_path / "store")
    decide(built.store, find_findings(built.store, [str(built.finding_ids["many-3"])]),
           Decision("accept", "已转交", "inspector-wang"))
    return built


def _config(report: ReportStore) -> str:
    return str(report.loaded.path)


def _events(report: ReportStore) -> int:
    with report.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(TriageEvent)) or 0)


def _export(report: ReportStore, out: Path, *extra: str) -> None:
    done = run_cli("findings", "--config", _config(report), "--format", "xlsx", "--out", str(out), *extra)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout


class InspectorsSheet:
    """The exported workbook as an inspector edits it: cells by finding number and column key,
    found through the header (the Chinese one, the default)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.workbook = load_workbook(path)
        self.sheet = self.workbook.worksheets[0]
        labels = {column.zh: column.key for column in FINDING_COLUMNS}
        self.column = {labels[cell.value]: cell.column for cell in self.sheet[1]}
        self.row_of = {self.sheet.cell(row=row, column=self.column["number"]).value: row
                       for row in range(2, self.sheet.max_row + 1)}

    def set(self, number: int, key: str, value: Any) -> int:
        row = self.row_of[number]
        self.sheet.cell(row=row, column=self.column[key], value=value)
        return row

    def decide(self, number: int, decision: str, reason: str | None = None) -> int:
        self.set(number, "reason", reason)
        return self.set(number, "decision", decision)

    def save(self, path: Path) -> Path:
        self.workbook.save(path)
        return path


def _import(report: ReportStore, sheet: Path, *extra: str) -> tuple[int, str, str]:
    done = run_cli("triage", "import", str(sheet), "--config", _config(report), *extra)
    return done.returncode, done.stdout, done.stderr


def test_an_inspectors_workbook_is_imported_row_by_row(report: ReportStore, tmp_path: Path) -> None:
    ids = report.finding_ids
    exported = tmp_path / "findings.xlsx"
    _export(report, exported)
    sheet = InspectorsSheet(exported)
    assert sheet.sheet.cell(row=1, column=1).value == "编号"  # the default: Chinese headers
    rows = {
        "accepted": sheet.decide(ids["carried"], "accept", "转交城市整改"),
        "dismissed": sheet.decide(ids["xss"], "dismiss", "依法须现场核验原件"),
        "typed": sheet.decide(ids["many-2"], "  Accept "),  # as typed by hand: case and spaces aside
        "no-reason": sheet.decide(ids["portal"], "dismiss"),
        "renumbered": sheet.decide(ids["screenshot"], "accept", "ok"),
        "changed": sheet.decide(ids["fake-shot"], "dismiss", "入口已恢复"),
        "unknown-word": sheet.decide(ids["many-0"], "maybe"),
        "reopen-undecided": sheet.decide(ids["many-1"], "reopen"),
        "already": sheet.decide(ids["many-3"], "accept"),
    }
    sheet.set(ids["screenshot"], "number", 999999)  # a finding number changed to one that is no finding
    edited = sheet.save(tmp_path / "decided.xlsx")
    with report.store.session(write=True) as session:  # a later check saw other evidence for one finding
        session.execute(update(Finding).where(Finding.id == ids["fake-shot"]).values(evidence_excerpt="HTTP 500"))
    before = _events(report)

    code, out, err = _import(report, edited, "--by", "inspector-zhao", "--dry-run")
    assert code == ROWS_REFUSED, err
    assert f"row {rows['accepted']}: finding #{ids['carried']} would be accepted" in out
    assert "dry run: nothing written" in out
    assert _events(report) == before  # --dry-run applies nothing

    code, out, err = _import(report, edited, "--by", "inspector-zhao")
    assert code == ROWS_REFUSED, err
    lines = out.splitlines()

    def line(key: str) -> str:
        [found] = [text for text in lines if text.startswith(f"row {rows[key]}: ")]
        return found

    assert line("accepted").startswith(f"row {rows['accepted']}: finding #{ids['carried']} accepted: online-only")
    assert f"finding #{ids['xss']} dismissed" in line("dismissed")
    assert f"finding #{ids['many-2']} accepted" in line("typed")
    assert f"#{ids['portal']} refused: a dismissal needs a reason" in line("no-reason")
    assert "finding #999999 refused: no such finding" in line("renumbered")
    assert f"fingerprint is finding #{ids['screenshot']}'s" in line("renumbered")
    assert f"#{ids['fake-shot']} refused: its evidence changed since the sheet was exported" in line("changed")
    assert "HTTP 500" in line("changed")
    assert f"#{ids['many-0']} refused: unknown decision 'maybe'" in line("unknown-word")
    assert f"#{ids['many-1']} unchanged: already undecided" in line("reopen-undecided")
    assert f"#{ids['many-3']} unchanged: already accepted" in line("already")
    assert lines[-1] == "triage import: 9 row(s) with a decision: 3 applied, 2 unchanged, 4 refused"

    assert _events(report) == before + 3
    [accepted] = find_findings(report.store, [str(ids["carried"])])
    [event] = triage_history(report.store, accepted.fingerprint)
    assert (event.action, event.reason, event.decided_by) == ("accept", "转交城市整改", "inspector-zhao")
    [dismissed] = find_findings(report.store, [str(ids["xss"])])
    [event] = triage_history(report.store, dismissed.fingerprint)
    assert (event.action, event.reason, event.decided_by) == ("dismiss", "依法须现场核验原件", "inspector-zhao")
    for refused in ("portal", "screenshot", "fake-shot", "many-0", "many-1"):
        [finding] = find_findings(report.store, [str(ids[refused])])
        assert triage_history(report.store, finding.fingerprint) == [], refused
    [kept] = find_findings(report.store, [str(ids["many-3"])])
    assert len(triage_history(report.store, kept.fingerprint)) == 1  # unchanged: not written again

    code, out, _ = _import(report, edited, "--by", "inspector-zhao")  # the same sheet again
    assert code == ROWS_REFUSED and "0 applied, 5 unchanged, 4 refused" in out


def test_a_clean_english_sheet_exits_0_and_decides_as_the_os_user(report: ReportStore, tmp_path: Path) -> None:
    exported = tmp_path / "findings-en.xlsx"
    _export(report, exported, "--lang", "en", "--status", "all")
    workbook = load_workbook(exported)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header == [column.en for column in FINDING_COLUMNS]
    sheet.insert_rows(1, 2)  # a title above the header: the header is looked for
    sheet["A1"] = "Findings to decide, week 48"
    decision, number = header.index("Decision (accept/dismiss/reopen)") + 1, header.index("No.") + 1
    target = next(row for row in range(4, sheet.max_row + 1)
                  if sheet.cell(row=row, column=number).value == report.finding_ids["fixed"])  # a resolved finding
    sheet.cell(row=target, column=decision, value="accept")
    edited = tmp_path / "clean.xlsx"
    workbook.save(edited)

    code, out, err = _import(report, edited)
    assert code == 0, out + err
    assert f"row {target}: finding #{report.finding_ids['fixed']} accepted" in out
    [finding] = find_findings(report.store, [str(report.finding_ids["fixed"])])
    [event] = triage_history(report.store, finding.fingerprint)
    assert event.decided_by == getpass.getuser() and event.reason is None


def test_a_file_that_is_no_findings_workbook_is_refused_and_nothing_applied(
    report: ReportStore, tmp_path: Path
) -> None:
    exported = tmp_path / "findings.xlsx"
    _export(report, exported)
    sheet = InspectorsSheet(exported)
    sheet.decide(report.finding_ids["carried"], "accept")
    decided = sheet.save(tmp_path / "decided.xlsx")
    locked = tmp_path / "locked.xlsx"
    with decided.open("rb") as plain, locked.open("wb") as encrypted:
        msoffcrypto.OfficeFile(plain).encrypt("secret", encrypted)
    csv_named_xlsx = tmp_path / "findings-csv.xlsx"
    done = run_cli("findings", "--config", _config(report), "--format", "csv", "--out", str(csv_named_xlsx))
    assert done.returncode == 0
    headless = InspectorsSheet(decided)
    headless.sheet.delete_rows(1)  # the header row lost
    no_header = headless.save(tmp_path / "no-header.xlsx")
    before = _events(report)

    for path, message in ((locked, "password-protected"), (csv_named_xlsx, "not an XLSX workbook"),
                          (no_header, "no findings header"), (tmp_path / "missing.xlsx", "cannot read it")):
        code, out, err = _import(report, path, "--by", "inspector-zhao")
        assert code == 2, (path, out, err)
        assert message in err and len(err.strip().splitlines()) == 1, err
    assert _events(report) == before


def test_xlsx_needs_an_output_file(report: ReportStore) -> None:
    for command in (("findings",), ("complaint", "export")):
        done = run_cli(*command, "--config", _config(report), "--format", "xlsx")
        assert done.returncode == 2 and "give --out FILE.xlsx" in done.stderr, done.stderr
        assert done.stdout == ""


def test_the_complaints_export_as_a_workbook(report: ReportStore, tmp_path: Path) -> None:
    def complaint(text: str, claim: str) -> NewComplaint:
        return NewComplaint(city_id="jinghai", item_ref="XK-0012-1", item_code="XK-0012-1",
                            item_name="食品经营许可证核发", guide_url="http://127.0.0.1:8101/guide/1", entry_url=None,
                            claim=claim, text=text, received=RECEIVED, reference="JH-7",
                            recorded_by="inspector-li")

    first = record_complaint(report.store, complaint("窗口说只能网上办", "online-only"))
    formula = record_complaint(report.store, complaint(FORMULA_TEXT, "other"))
    out = tmp_path / "complaints.xlsx"
    for lang, labels in (("zh", [column.zh for column in COMPLAINT_COLUMNS]),
                         ("en", [column.en for column in COMPLAINT_COLUMNS])):
        done = run_cli("complaint", "export", "--config", _config(report), "--format", "xlsx", "--out", str(out),
                       "--lang", lang)
        assert done.returncode == 0 and "2 complaints" in done.stdout, done.stderr
        sheet = load_workbook(out).worksheets[0]
        assert [cell.value for cell in sheet[1]] == labels
        last = get_column_letter(len(COMPLAINT_COLUMNS))
        assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
    rows = {row[0].value: {column.key: cell for column, cell in zip(COMPLAINT_COLUMNS, row, strict=True)}
            for row in sheet.iter_rows(min_row=2)}
    assert sorted(rows) == [first, formula]
    assert rows[first]["text"].value == "窗口说只能网上办" and rows[first]["received"].value == "2026-11-02"
    assert rows[first]["due_date"].value == "2026-11-23" and rows[first]["status"].value == "open"
    assert rows[first]["overdue"].value is (report.loaded.monitor.today().isoformat() > "2026-11-23")
    assert rows[first]["recorded_at"].value.endswith("Z") and rows[first]["checks"].value is None
    cell = rows[formula]["text"]
    assert cell.value == FORMULA_TEXT and cell.data_type == "s" and cell.quotePrefix  # text, never a formula
