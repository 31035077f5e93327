"""A city's coverage problems in the reader's language.

The scan stores why a city is not ``ok`` as English clauses joined by "; " ("page limit
reached; read 10 of the 40 items the portal lists"; see ``crawler/scan.py``). Each clause the
scan writes from a template is translated here by matching it back to that template; any
other clause (a portal's own error text, "Connection refused") is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translate = Callable[[str], str]

CLAUSES: tuple[str, ...] = (
    "page limit reached",
    "read {read} of the {listed} items the portal lists",
    "read {read} of the {listed} pages of a list",
    "no guide read from {pages} page(s)",
    "{count} guide-like page(s) yielded no guide",
    "no entry page could be fetched",
)
"""The clauses ``crawler/scan.py`` writes, as message ids of the report's catalogs."""


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if n % 2 == 0 else rf"(?P<{part}>\d+)" for n, part in enumerate(parts))
    return re.compile(rf"^{regex}$")


_PATTERNS = tuple((template, _pattern(template)) for template in CLAUSES)


def translated_problems(text: str | None, translate: Translate) -> str | None:
    """``text`` with every clause the scan writes from a template in the reader's language."""
    if not text:
        return text
    clauses = []
    for clause in text.split("; "):
        for template, pattern in _PATTERNS:
            matched = pattern.match(clause)
            if matched:
                clause = translate(template).format_map(matched.groupdict())
                break
        clauses.append(clause)
    return translate("; ").join(clauses)
