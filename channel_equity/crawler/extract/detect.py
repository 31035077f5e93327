"""A cheap test whether a page is worth a full extraction (the crawler asks it per page)."""

from __future__ import annotations

import logging
import re

from channel_equity.core.labels import LabelLexicon
from channel_equity.crawler.extract.dom import cut_code_blocks

log = logging.getLogger(__name__)

MIN_LABELED_FIELDS = 3
"""Distinct non-weak guide fields whose labels must appear (extract_guide asks the same)."""

PROSE_GUIDE_SECTIONS = frozenset({"process", "channels", "locations", "promised_days", "statutory_days"})
"""With 申请材料, one of these makes a minimal guide: a title, what to bring, how it goes."""


def enough_guide_fields(fields: set[str]) -> bool:
    """Do these recognised fields make a guide? Three of any kind, or the two sections a
    minimal prose guide has: its materials and how (or where, or how fast) it is handled."""
    return len(fields) >= MIN_LABELED_FIELDS or ("materials" in fields and bool(fields & PROSE_GUIDE_SECTIONS))

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


def _heading_pattern(lexicon: LabelLexicon) -> re.Pattern[str]:
    """A variant standing as a heading or label of its own: alone in its element after at most
    a numbering ("<h3>一、申请材料</h3>", "<b>【办理流程】</b>"), or before a colon; not a word
    inside a sentence ("…压减办理时限和申请材料，…")."""
    pattern, _ = _variant_pattern(lexicon)
    return re.compile(rf">[^<>]{{0,6}}?({pattern.pattern})[^<>，。,;；:：]{{0,4}}?\s*"
                      rf"(?:[（(][^<>（）()]{{0,12}}[)）])?\s*[】\]]?\s*(?:<|[:：])")


def _fields_headed(text: str, lexicon: LabelLexicon) -> set[str]:
    headed = lexicon.memoized("detect_heading_pattern", _heading_pattern)
    _, owner = _variant_pattern(lexicon)
    return {owner[variant] for variant in set(headed.findall(text))}


def _names_a_guide(markup: str, lexicon: LabelLexicon) -> bool:
    """Three guide fields named anywhere, or a minimal guide's sections as headings."""
    named = _fields_named(markup, lexicon)
    if len(named) >= MIN_LABELED_FIELDS:
        return True
    return enough_guide_fields(named) and enough_guide_fields(_fields_headed(markup, lexicon))


def _fields_keyed(text: str, lexicon: LabelLexicon) -> set[str]:
    """Fields whose machine keys appear as JSON keys or XML tags (case and '_' ignored)."""
    folded = text.lower().replace("_", "").replace("-", "")
    return {
        field for field, keys in lexicon.json_keys.items()
        if field not in lexicon.weak_fields and any(f'"{k}"' in folded or f"<{k}>" in folded for k in keys)
    }


def names_guide_fields(html: str, lexicon: LabelLexicon) -> bool:
    """True when the page's own markup (not its script data) heads or labels enough guide
    fields: what a reader sees as a guide. A page that does and yields no guide is a coverage
    gap to list, so words inside sentences (a notice that mentions 申请材料 and 办事流程) do not
    count here, as they may in the cheaper crawl filter below."""
    try:
        markup, _ = cut_code_blocks(html)
        return enough_guide_fields(_fields_headed(markup[:SCANNED_CHARS], lexicon))
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
        if _names_a_guide(markup, lexicon):
            return True
        data = "\n".join(data_blocks)[:SCANNED_CHARS]
        return len(_fields_keyed(markup + data, lexicon)) >= MIN_LABELED_FIELDS
    except Exception:  # a cheap filter must never stop a crawl
        log.warning("looks_like_guide failed", exc_info=True)
        return False
