"""How many items a catalogue page says it lists: 共40条, 共有 12 项记录, 总计：40个事项.

Portals print the size of their lists; comparing it with what the crawl read is how a scan
knows it read a quarter of a catalogue instead of calling the city covered. The words are
data (``navigation.total_prefixes`` / ``total_units`` in ``channel_equity/data/vocabulary.yaml``).

A total says nothing on its own (a news list says 共356条 too): the spider counts it only for
a page through which at least one guide was found (``CityCrawlState.stated_total``).
"""

from __future__ import annotations

import re

from channel_equity.core.labels import LabelLexicon, default_lexicon
from channel_equity.crawler.navigation import visible_text, word_alternation

MAX_TOTAL = 1_000_000
"""A larger number is a visitor counter or a phone number, not a catalogue's size."""


def _total_pattern(lexicon: LabelLexicon) -> re.Pattern[str]:
    prefixes = word_alternation(lexicon.words("navigation.total_prefixes"))
    units = word_alternation(lexicon.words("navigation.total_units"))
    return re.compile(rf"{prefixes}\s*[:：]?\s*(\d{{1,7}})\s*{units}")


def total_pattern(lexicon: LabelLexicon | None = None) -> re.Pattern[str]:
    """The stated-total pattern of ``lexicon`` (the packaged default when None), built once."""
    lexicon = default_lexicon() if lexicon is None else lexicon
    pattern = lexicon.memo.get("total_pattern")
    return pattern if pattern is not None else lexicon.memoized("total_pattern", _total_pattern)


def stated_total(html: str, lexicon: LabelLexicon | None = None) -> int | None:
    """The largest item count the page states in words, or None when it states none."""
    try:
        text = visible_text(html)
    except ValueError:  # markup parsel cannot read: no total, never a crash
        return None
    numbers = [int(n) for n in total_pattern(lexicon).findall(text)]
    plausible = [n for n in numbers if 0 < n <= MAX_TOTAL]
    return max(plausible) if plausible else None
