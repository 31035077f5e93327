"""Read HTML tables by their shape, whatever the portal's classes.

Four shapes occur on guide pages: label/value rows (2 columns, or 4 = two pairs per row,
sometimes behind a rowspan section cell), record tables whose first row is a header
(materials, halls, or a one-row guide summary), and layout tables that merely wrap other
content. A header row is recognised by its words (lexicon ``material_columns``,
``location_columns``, guide ``fields``), never by markup classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from channel_equity.core.labels import LabelLexicon, LabelMatch, Vocabulary, is_label_shaped, normalize_label
from channel_equity.crawler.extract.dom import WorkBudget, attribute, short_text, tag_of

MAX_TABLES = 400
MAX_ROWS = 600
MAX_SPAN = 50
MAX_COLUMNS = 40


@dataclass
class Cell:
    """One table cell with the short text used to judge it."""

    element: Any
    text: str
    is_th: bool
    colspan: int = 1
    rowspan: int = 1


@dataclass
class TablePair:
    """A label cell and its value cell."""

    label: Cell
    value: Cell
    match: LabelMatch | None


@dataclass
class RecordTable:
    """A table with a header row: each row lists (column key, header text, cell)."""

    kind: str  # "materials" | "locations" | "guide" | "steps"
    rows: list[list[tuple[str, str, Cell]]]


@dataclass
class TableReading:
    """Everything read from the tables of one page."""

    pairs: list[TablePair] = field(default_factory=list)
    records: list[RecordTable] = field(default_factory=list)
    consumed: set[Any] = field(default_factory=set)  # elements the line scan must not read again


def _span(node: Any, name: str) -> int:
    value = attribute(node, name)
    return max(1, min(MAX_SPAN, int(value))) if value.isdigit() else 1


def _row_elements(table: Any) -> list[Any]:
    """The table's own rows (not those of nested tables)."""
    rows: list[Any] = []
    for child in table:
        tag = tag_of(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if tag_of(r) == "tr")
        if len(rows) >= MAX_ROWS:
            break
    return rows


def _cells(row: Any, budget: WorkBudget) -> list[Cell]:
    return [
        Cell(c, short_text(c, budget), tag_of(c) == "th", _span(c, "colspan"), _span(c, "rowspan"))
        for c in row
        if tag_of(c) in ("td", "th")
    ][:MAX_COLUMNS]


def expand_grid(rows: list[list[Cell]]) -> list[list[Cell | None]]:
    """Place cells on a grid, repeating rowspan/colspan cells where they extend."""
    grid: list[list[Cell | None]] = []
    carried: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to cover)
    for cells in rows:
        line: list[Cell | None] = []
        queue = list(cells)
        column = 0
        while (queue or column in carried) and column < MAX_COLUMNS:
            if column in carried:
                cell, left = carried.pop(column)
                if left > 1:
                    carried[column] = (cell, left - 1)
                line.append(cell)
                column += 1
                continue
            cell = queue.pop(0)
            for _ in range(cell.colspan):
                if column >= MAX_COLUMNS:
                    break
                if cell.rowspan > 1:
                    carried[column] = (cell, cell.rowspan - 1)
                line.append(cell)
                column += 1
        grid.append(line)
    return grid


def _header_kind(cells: list[Cell], lexicon: LabelLexicon) -> tuple[str, Vocabulary] | None:
    """Is this row a header row, and of which kind of record table?"""
    texts = [c.text for c in cells if c.text]
    if len(texts) < 2 or not all(is_label_shaped(t) for t in texts):
        return None
    neutral = {normalize_label(w) for w in lexicon.words("table_neutral_columns")}
    texts = [t for t in texts if normalize_label(t) not in neutral]
    candidates = (
        ("materials", lexicon.material_columns, "name"),
        ("locations", lexicon.location_columns, None),
        ("guide", lexicon.fields, None),
        ("steps", lexicon.step_columns, "days"),
    )
    for kind, vocabulary, required in candidates:
        keys = [m.key for m in (vocabulary.match(t) for t in texts) if m is not None]
        matched, unmatched = len(keys), len(texts) - len(keys)
        # material tables have odd columns; a process table any (办理人员, 审查标准) beside its two
        tolerated = 0 if kind == "guide" else len(texts) if kind == "steps" else max(1, matched // 2)
        if matched < 2 or unmatched > tolerated or len(set(keys)) < 2:
            continue
        if required and required not in keys:
            continue
        if kind == "locations" and not {"name", "address"} & set(keys):
            continue
        return kind, vocabulary
    return None


OTHER_COLUMN = "other"
"""A material table's column the lexicon does not name: kept, because any cell of a row may say
the paper need not be handed in."""


def _read_record_table(
    grid: list[list[Cell | None]], header: int, kind: str, vocabulary: Vocabulary
) -> RecordTable:
    columns: dict[int, tuple[str, str]] = {}
    for index, cell in enumerate(grid[header]):
        match = vocabulary.match(cell.text) if cell is not None else None
        if cell is not None and match is not None:
            columns[index] = (match.key, cell.text)
        elif cell is not None and kind == "materials" and cell.text:
            columns[index] = (OTHER_COLUMN, cell.text)  # read for an exemption ("免提交（数据共享）")
    records: list[list[tuple[str, str, Cell]]] = []
    for line in grid[header + 1:]:
        distinct = {id(c.element) for c in line if c is not None and c.text}
        if len(distinct) < 2:  # a group caption spanning the row ("情形一：个人申请")
            continue
        records.append([
            (key, header_text, cell)
            for index, (key, header_text) in columns.items()
            if index < len(line) and (cell := line[index]) is not None
        ])
    return RecordTable(kind, records)


def _plain_cell(cell: Cell) -> bool:
    """No nested table and no links: a layout cell (menu beside content) is not a label/value."""
    element = cell.element
    return element.find(".//table") is None and element.find(".//a") is None


def _answers(row: list[Cell], matches: list[LabelMatch | None], index: int, lexicon: LabelLexicon) -> bool:
    """Is the cell after label ``index`` its answer though it reads as a label ("是否收费 | 收费 |
    法定办结时限 | 20个工作日")? A word of ``label_answers`` for the label's field, with no value of
    its own: the row ends after it or a label follows."""
    label = matches[index]
    after = index + 2
    return label is not None and lexicon.answers(label.key, row[index + 1].text) and (
        after >= len(row) or matches[after] is not None)


def _pairs_in_row(cells: list[Cell], lexicon: LabelLexicon) -> list[TablePair]:
    """Label/value pairs of one row: 2 or 4 cells, or recognised labels anywhere in the row."""
    start = 1 if len(cells) % 2 == 1 and len(cells) > 1 and cells[0].rowspan > 1 else 0
    row = cells[start:]
    even = len(row) % 2 == 0
    matches = [lexicon.fields.match(c.text) if is_label_shaped(c.text) else None for c in row]
    pairs: list[TablePair] = []
    index = 0
    while index < len(row) - 1:
        label, value = row[index], row[index + 1]
        known = matches[index] is not None
        unknown_ok = (
            even and index % 2 == 0 and is_label_shaped(label.text)
            and (label.is_th or not value.is_th) and len(normalize_label(label.text)) <= 12
            and _plain_cell(label) and _plain_cell(value)
        )
        answers = known and _answers(row, matches, index, lexicon)
        if (known or unknown_ok) and (matches[index + 1] is None or answers) \
                and not (label.is_th and value.is_th and not known):
            pairs.append(TablePair(label, value, matches[index]))
            index += 2
        else:
            index += 1
    return pairs


def read_tables(root: Any, lexicon: LabelLexicon, budget: WorkBudget) -> TableReading:
    """Read every table of the page (outer tables before the tables nested in them)."""
    reading = TableReading()
    for count, table in enumerate(root.iter("table")):
        if count >= MAX_TABLES or budget.remaining < 0:
            break
        rows = [_cells(r, budget) for r in _row_elements(table)]
        rows = [r for r in rows if r]
        if not rows:
            continue
        if _read_as_records(table, rows, lexicon, reading):
            continue
        if _has_unknown_header(rows):  # 办理流程, 收费项目 ...: records we have no columns for
            reading.records.append(RecordTable("other", []))
            reading.consumed.add(table)
            continue
        pairs = [pair for cells in rows for pair in _pairs_in_row(cells, lexicon)]
        if not any(pair.match is not None for pair in pairs):
            continue  # a data table, not a label/value table: leave it to the line scan
        for pair in pairs:
            reading.pairs.append(pair)
            reading.consumed.update((pair.label.element, pair.value.element))
    return reading


def _has_unknown_header(rows: list[list[Cell]]) -> bool:
    """A first row of 3+ <th> over rows as wide is a header row, even with unknown words."""
    first = rows[0]
    return (
        len(first) >= 3 and all(c.is_th for c in first) and len(rows) > 1
        and all(len(r) >= len(first) - 1 for r in rows[1:3])
    )


def _read_as_records(table: Any, rows: list[list[Cell]], lexicon: LabelLexicon, reading: TableReading) -> bool:
    for header in range(min(3, len(rows))):
        found = _header_kind(rows[header], lexicon)
        if found is None:
            continue
        kind, vocabulary = found
        record_table = _read_record_table(expand_grid(rows), header, kind, vocabulary)
        if kind == "guide" and len(record_table.rows) == 1:
            # a one-row summary table: header cell -> the cell under it, as pairs
            grid = expand_grid(rows)
            for label, value in zip(grid[header], grid[header + 1], strict=False):
                if label is not None and value is not None and label is not value:
                    reading.pairs.append(TablePair(label, value, lexicon.fields.match(label.text)))
        reading.records.append(record_table)
        reading.consumed.add(table)
        return True
    return False
