"""The triggering words of an excerpt, found again for highlighting.

A finding stores the excerpt that made its rule fire, not where in it the rule looked. The
report finds the words again the way the rule did: wording rules ask the same phrase lexicon
(``channel_equity/data/phrases.yaml`` plus the province's ``phrases:``) for the categories the rule
declares as its triggering words (``Rule.highlight_categories``); field
rules quote "label：value" parts (``checks/rules/_fields.py``), whose values are what the
rule judged. When neither applies (an HTTP error, the 即办件 arithmetic) nothing is marked.

The result is a list of plain-text parts, each marked or not; the template wraps marked
parts in ``<mark>`` and Jinja2 escapes every part, so no scraped text is ever markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from channel_equity.checks.phrases import PhraseBook
from channel_equity.checks.registry import RULES_BY_ID

FIELD_SEPARATOR = "；"  # between the parts of a field excerpt (checks/rules/_fields.py)
LABEL_END = "："


@dataclass(frozen=True)
class ExcerptPart:
    text: str
    marked: bool = False


def rule_categories(rule_id: str, phrases: PhraseBook) -> tuple[str, ...]:
    """The phrase categories ``rule_id`` fires on (as it declares them) that this lexicon knows."""
    rule = RULES_BY_ID.get(rule_id)
    categories = rule.highlight_categories if rule is not None else ()
    return tuple(category for category in categories if category in phrases.categories)


def phrase_spans(excerpt: str, categories: tuple[str, ...], phrases: PhraseBook) -> list[tuple[int, int]]:
    return [(hit.start, hit.end) for category in categories for hit in phrases.find_all(category, excerpt)]


def field_value_spans(excerpt: str) -> list[tuple[int, int]]:
    """The values of a "label：value；label：value" excerpt; none if it has no label at all.

    A part without a label continues the previous value (a list of material names).
    """
    if LABEL_END not in excerpt:
        return []
    spans: list[tuple[int, int]] = []
    position = 0
    for part in excerpt.split(FIELD_SEPARATOR):
        label_end = part.find(LABEL_END)
        start = position + (label_end + 1 if label_end >= 0 else 0)
        end = position + len(part)
        while start < end and excerpt[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
        position = end + len(FIELD_SEPARATOR)
    return spans


def _looks_like_fields(excerpt: str) -> bool:
    """Phrase excerpts are words in context ("…办理 只支持IE 浏览器…"); field excerpts start at a label."""
    head = excerpt.split(FIELD_SEPARATOR, 1)[0]
    return not excerpt.startswith("…") and 0 < head.find(LABEL_END) <= 24


def triggering_spans(rule_id: str, excerpt: str, phrases: PhraseBook | None) -> list[tuple[int, int]]:
    """Where in ``excerpt`` the words that made ``rule_id`` fire are, merged and in order."""
    spans: list[tuple[int, int]] = []
    categories = rule_categories(rule_id, phrases) if phrases is not None else ()
    if phrases is not None and categories:
        spans = phrase_spans(excerpt, categories, phrases)
    rule = RULES_BY_ID.get(rule_id)
    if not spans and rule is not None and rule.scope == "item" and _looks_like_fields(excerpt):
        spans = field_value_spans(excerpt)
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt_parts(rule_id: str, excerpt: str | None, phrases: PhraseBook | None) -> list[ExcerptPart]:
    """``excerpt`` cut into plain and marked parts (empty when there is no excerpt)."""
    if not excerpt:
        return []
    parts: list[ExcerptPart] = []
    position = 0
    for start, end in triggering_spans(rule_id, excerpt, phrases):
        if start > position:
            parts.append(ExcerptPart(excerpt[position:start]))
        parts.append(ExcerptPart(excerpt[start:end], marked=True))
        position = end
    if position < len(excerpt):
        parts.append(ExcerptPart(excerpt[position:]))
    return parts
