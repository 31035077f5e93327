"""One table on one worksheet, as every XLSX export writes it: a header row in the reader's
language, frozen, with an auto-filter over the table, declared column widths, long text
wrapped — and every scraped word written as inert text.

Scraped text is untrusted. openpyxl turns a string starting with ``=`` into a formula and
``#N/A`` into an error cell, so each string is forced to a text cell, and one starting as a
formula would (``=``, ``+``, ``-``, ``@``, as the CSV exports judge it) also gets Excel's quote prefix, so that editing the
cell keeps it text. Control characters a worksheet cannot hold are replaced with U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from channel_equity.reports.export import FORMULA_STARTS
from channel_equity.reports.xlsx.columns import Column, SheetLanguage

CELL_LIMIT = 32767
"""The most characters an Excel cell holds."""
NOT_IN_A_WORKSHEET = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters the XLSX format cannot store (openpyxl refuses them)."""
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
"""The header colour of the columns an inspector fills in."""


def cell_value(value: Any) -> Any:
    """What a cell holds: lists and mappings as their JSON text (nothing when empty), text without
    the control characters a worksheet cannot hold and cut to what a cell holds; numbers and
    booleans as such."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False) if value else None
    if isinstance(value, str):
        value = NOT_IN_A_WORKSHEET.sub("\ufffd", value)
        if len(value) > CELL_LIMIT:
            value = value[: CELL_LIMIT - 1] + "…"
    return value


def _write_cell(sheet: Any, row: int, column: int, value: Any, wrap: bool) -> None:
    cell = sheet.cell(row=row, column=column)
    value = cell_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula ("=…") nor an error value ("#N/A"): scraped text is text
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_table(sheet: Any, columns: Sequence[Column], rows: Iterable[Mapping[str, Any]],
                lang: SheetLanguage) -> int:
    """Write the header (row 1) and one row per mapping (by column key) to ``sheet``; freeze the
    header and the first column, filter over the whole table, set the widths. How many rows."""
    bold = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.label(lang))
        cell.data_type = "s"
        cell.font = bold
        cell.fill = INPUT_FILL if column.input else HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    count = 0
    for count, row in enumerate(rows, start=1):
        for index, column in enumerate(columns, start=1):
            _write_cell(sheet, count + 1, index, row.get(column.key), column.wrap)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return count


def table_workbook(title: str, columns: Sequence[Column], rows: Iterable[Mapping[str, Any]],
                   lang: SheetLanguage) -> tuple[Workbook, Any, int]:
    """A new workbook whose one sheet, named ``title``, holds the table: the workbook, the
    sheet (to add to) and how many rows."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    return workbook, sheet, write_table(sheet, columns, rows, lang)
