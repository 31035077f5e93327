"""A city's coverage problems, written by the scan in English, shown in the reader's language."""

from __future__ import annotations

from channel_equity.reports.coverage_text import CLAUSES, translated_problems
from channel_equity.reports.i18n import load_translations


def test_each_clause_the_scan_writes_is_translated_and_any_other_kept() -> None:
    _ = load_translations("zh").gettext
    text = "page limit reached; read 10 of the 40 items the portal lists; Connection refused <b>"
    assert translated_problems(text, _) == "已达页面上限；门户列明 40 项，仅读取 10 项；Connection refused <b>"
    assert translated_problems(None, _) is None
    assert translated_problems(text, load_translations("en").gettext) == text


def test_every_clause_is_in_the_catalog() -> None:
    _ = load_translations("zh").gettext
    assert all(_(clause) != clause for clause in CLAUSES)
