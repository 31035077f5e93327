"""What an XLSX export's columns are: each declared once with its key, its header in Chinese
and in English and its width; and how a header read back is recognised in either language.

No openpyxl here: the command line and the report name these without loading it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class SheetLanguage(StrEnum):
    """The language of a workbook's header row (and of its sheet name and input prompts)."""

    zh = "zh"
    en = "en"


@dataclass(frozen=True)
class Column:
    """A column of an XLSX export: its key (the JSON/CSV field), its header in each language,
    its width in characters (a Chinese character counts two), whether long text wraps, and
    whether an inspector fills it in (its header is coloured)."""

    key: str
    en: str
    zh: str
    width: int
    wrap: bool = False
    input: bool = False

    def label(self, lang: SheetLanguage) -> str:
        return self.zh if lang == SheetLanguage.zh else self.en


def header_text(text: object) -> str:
    """A header cell as it is compared: spaces collapsed, case folded (``Evidence  hash`` is
    ``evidence hash``), full-width brackets as ASCII ones."""
    folded = str(text or "").replace("（", "(").replace("）", ")")
    return " ".join(folded.split()).casefold()


def header_keys(columns: Sequence[Column]) -> dict[str, str]:
    """Every header text a column is recognised by (its key, its English and its Chinese label)
    -> its key."""
    return {header_text(name): column.key for column in columns for name in (column.key, column.en, column.zh)}
