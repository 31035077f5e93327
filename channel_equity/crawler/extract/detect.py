"""A cheap test whether a page is worth a full extraction (the crawler asks it per page)."""

from __future__ import annotations

import logging
import re

from channel_equity.core.labels import LabelLexicon
from channel_equity.crawler.extract.dom import cut_code_blocks

log = logging.getLogger(__name__)

MIN_LABELED_FIELDS = 3
"""Distinct non-weak guide fields whose labels must appear (extract_guide asks the same)."""

SCANNED_CHARS = 1_500_000
"""Characters of markup searched: guide labels come early; this keeps the test cheap."""


def _variant_pattern(lexicon: LabelLexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every non-weak label variant (one pass over the page, not 300)."""
    cached = lexicon.memo.get("detect_pattern")
    if cached is None:
        owner = {
            variant: field
            for field, variants in lexicon.fields.variants.items() if field not in lexicon.weak_fields
            for variant in variants
        }
        pattern = re.compile("|".join(map(re.escape, sorted(owner, key=len, reverse=True))))
        cached = lexicon.memo["detect_pattern"] = (pattern, owner)
    return cached  # type: ignore[no-any-return]


def _fields_named(text: str, lexicon: LabelLexicon) -> set[str]:
    pattern, owner = _variant_pattern(lexicon)
    return {owner[variant] for variant in set(pattern.findall(text))}


def _fields_keyed(text: str, lexicon: LabelLexicon) -> set[str]:
    """Fields whose machine keys appear as JSON keys or XML tags (case and '_' ignored)."""
    folded = text.lower().replace("_", "").replace("-", "")
    return {
        field for field, keys in lexicon.json_keys.items()
        if field not in lexicon.weak_fields and any(f'"{k}"' in folded or f"<{k}>" in folded for k in keys)
    }


def names_guide_fields(html: str, lexicon: LabelLexicon) -> bool:
    """True when the page's own markup (not its script data) names enough guide fields: what a
    reader sees as a guide. A page that does and yields no guide is a coverage gap to list."""
    try:
        markup, _ = cut_code_blocks(html)
        return len(_fields_named(markup[:SCANNED_CHARS], lexicon)) >= MIN_LABELED_FIELDS
    except Exception:  # a cheap filter must never stop a crawl
        log.warning("names_guide_fields failed", exc_info=True)
        return False


def looks_like_guide(html: str, lexicon: LabelLexicon) -> bool:
    """True when the page names enough guide fields to be a guide (or to carry one as data).

    Scripts and styles are cut first: label words inside code do not count. This is a
    filter, not a verdict — extract_guide still decides (catalog pages pass here).
    """
    try:
        markup, data_blocks = cut_code_blocks(html)
        markup = markup[:SCANNED_CHARS]
        if len(_fields_named(markup, lexicon)) >= MIN_LABELED_FIELDS:
            return True
        data = "\n".join(data_blocks)[:SCANNED_CHARS]
        return len(_fields_keyed(markup + data, lexicon)) >= MIN_LABELED_FIELDS
    except Exception:  # a cheap filter must never stop a crawl
        log.warning("looks_like_guide failed", exc_info=True)
        return False
