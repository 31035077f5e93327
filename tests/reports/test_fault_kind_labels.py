"""Every kind of fault the crawler records is a kind the store declares and the coverage page
names in words (none falls to "Other error" unnoticed), in English and in Chinese."""

from __future__ import annotations

import ast
from pathlib import Path

import channel_equity.crawler as crawler_package
from channel_equity.reports.labels import ERROR_KIND_LABELS
from channel_equity.reports.locale.zh_messages import ZH
from channel_equity.store.models import FETCH_ERROR_KINDS


def kinds_the_crawler_records() -> set[str]:
    """String kinds passed to ``FetchFailure(city, url, kind, …)`` and returned or declared as the
    first of a pair by ``crawler/failures.py`` (``classify_failure``)."""
    kinds: set[str] = set()
    for path in Path(crawler_package.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FetchFailure"
                    and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant)):
                kinds.add(node.args[2].value)
            if path.name == "failures.py" and isinstance(node, ast.Tuple) and len(node.elts) == 2:
                first, second = node.elts
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.islower():
                    kinds.add(first.value)  # return "kind", message
                if isinstance(first, ast.Tuple) and isinstance(second, ast.Constant):
                    kinds.add(second.value)  # KINDS: ((exception types), "kind")
    return kinds


def test_every_kind_the_crawler_records_is_declared() -> None:
    recorded = kinds_the_crawler_records()
    assert {"http", "empty-body", "redirect-loop", "url-too-long", "too-large", "script-timeout", "dns",
            "connection"} <= recorded
    assert recorded <= set(FETCH_ERROR_KINDS), recorded - set(FETCH_ERROR_KINDS)


def test_every_declared_kind_is_named_in_english_and_chinese() -> None:
    assert set(ERROR_KIND_LABELS) == set(FETCH_ERROR_KINDS)
    assert all(label in ZH for label in ERROR_KIND_LABELS.values())
    assert len(set(ERROR_KIND_LABELS.values())) == len(ERROR_KIND_LABELS), "each kind its own words"
