"""The inspectors' decisions read back from a findings workbook (``triage import``).

The sheet may have been reordered, filtered, given a title above its header or saved by
another spreadsheet program: the header row is looked for among the first rows of each
sheet, by the labels of :data:`FINDING_COLUMNS` in either language (or their keys), and
columns are taken by header, not by position. A row whose decision cell is empty is no
decision and is skipped. What cannot be read at all — not an XLSX file, a password-protected
or old ``.xls`` workbook, no recognisable header — is a :class:`DecisionSheetError`, one line.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from channel_equity.reports.xlsx.columns import header_keys, header_text
from channel_equity.reports.xlsx.findings_sheet import DECISION_KEY, FINDING_COLUMNS, REASON_KEY

HEADER_SEARCH_ROWS = 20
"""How far down a sheet its header row is looked for (a title or notes may stand above it)."""
IDENTITY_KEYS = ("number", "fingerprint")
"""A sheet names its findings by at least one of these columns."""
NEEDED_KEYS = ("evidence_hash", DECISION_KEY)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The start of an OLE compound file: an Excel 97–2003 workbook, or an encrypted XLSX."""
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
"""The stream an encrypted (password-protected) Office file holds its key in."""


class DecisionSheetError(ValueError):
    """A file that cannot be read as a findings workbook: the one-line reason."""


@dataclass(frozen=True)
class SheetDecision:
    """One row with a decision, as written: the row number the spreadsheet shows, the finding it
    names (``number_text`` as typed, ``number`` when it is one), its evidence hash, the decision
    word and the reason."""

    row: int
    number_text: str
    number: int | None
    fingerprint: str
    evidence_hash: str
    decision: str
    reason: str


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number a spreadsheet stored as 12.0
    return "" if value is None else str(value).strip()


def _finding_number(text: str) -> int | None:
    digits = text.removeprefix("#").strip()
    return int(digits) if digits.isascii() and digits.isdigit() else None


def _refuse_unreadable(path: Path) -> None:
    """Say what the file is when it is no XLSX workbook, before openpyxl tries."""
    try:
        with path.open("rb") as file:
            head = file.read(len(OLE_MAGIC))
            # an OLE file's directory, which names its streams, may stand anywhere in it
            whole = head + file.read() if head == OLE_MAGIC else head
    except OSError as exc:
        raise DecisionSheetError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    if head == OLE_MAGIC:
        if ENCRYPTED_MARK in whole:
            raise DecisionSheetError(f"{path}: the workbook is password-protected: save it without a password "
                                     "and import that copy")
        raise DecisionSheetError(f"{path}: an Excel 97–2003 workbook (.xls): save it as .xlsx and import that")
    if not head.startswith(b"PK\x03\x04"):
        raise DecisionSheetError(f"{path}: not an XLSX workbook")


def _columns_by_key(values: Sequence[Any]) -> dict[str, int]:
    """The header row's known columns: key -> position (the first of a header repeated)."""
    known = header_keys(FINDING_COLUMNS)
    found: dict[str, int] = {}
    for position, value in enumerate(values):
        key = known.get(header_text(value))
        if key is not None:
            found.setdefault(key, position)
    return found


def _is_header(columns: dict[str, int]) -> bool:
    return all(key in columns for key in NEEDED_KEYS) and any(key in columns for key in IDENTITY_KEYS)


def _decision(row: int, values: Sequence[Any], columns: dict[str, int]) -> SheetDecision | None:
    def cell(key: str) -> str:
        position = columns.get(key)
        return _text(values[position]) if position is not None and position < len(values) else ""

    decision = cell(DECISION_KEY)
    if not decision:
        return None
    number_text = cell("number")
    return SheetDecision(row, number_text, _finding_number(number_text), cell("fingerprint"),
                         cell("evidence_hash").lower(), decision.casefold(), cell(REASON_KEY))


def read_decisions(path: Path) -> list[SheetDecision]:
    """Every row with a decision, in the first sheet that has a findings header, top to bottom."""
    _refuse_unreadable(path)
    try:
        with path.open("rb") as file:  # a file object: openpyxl would refuse a name not ending in .xlsx
            workbook = load_workbook(file, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError) as exc:
        raise DecisionSheetError(f"{path}: not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None
    for sheet in workbook.worksheets:
        rows = sheet.iter_rows(values_only=True)
        for header_row, values in enumerate(rows, start=1):
            if header_row > HEADER_SEARCH_ROWS:
                break
            columns = _columns_by_key(values)
            if _is_header(columns):
                decisions = (_decision(number, row, columns) for number, row in enumerate(rows, start=header_row + 1))
                return [decision for decision in decisions if decision is not None]
    wanted = [column for column in FINDING_COLUMNS if column.key in (*IDENTITY_KEYS, *NEEDED_KEYS)]
    raise DecisionSheetError(f"{path}: no findings header in its first {HEADER_SEARCH_ROWS} rows: expected the columns "
                             + ", ".join(f"{column.zh}/{column.en}" for column in wanted)
                             + " (as `findings --format xlsx` writes them)")
