"""How many items a catalogue page says it lists: 共40条, 共有 12 项记录, 总计：40个事项.

Portals print the size of their lists; comparing it with what the crawl read is how a scan
knows it read a quarter of a catalogue instead of calling the city covered. The words are
data (``navigation.total_prefixes`` / ``total_units`` in ``channel_equity/data/vocabulary.yaml``).

A total says nothing on its own (a news list says 共356条 too): the spider counts it only for
a page through which at least one guide was found (``CityCrawlState.stated_total``).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

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


def _total_in(text: str, lexicon: LabelLexicon | None) -> int | None:
    numbers = [int(n) for n in total_pattern(lexicon).findall(text)]
    plausible = [n for n in numbers if 0 < n <= MAX_TOTAL]
    return max(plausible) if plausible else None


def stated_total(html: str, lexicon: LabelLexicon | None = None) -> int | None:
    """The largest item count the page states in words, or None when it states none."""
    return stated_size(html, lexicon)[0]


MAX_PAGES_STATED = 10_000


def _pages_pattern(lexicon: LabelLexicon) -> re.Pattern[str]:
    """共5页 / 共 5 页; 第1/5页, 1/5页, 页次：1/5 (the number after the slash)."""
    prefixes = word_alternation(lexicon.words("navigation.total_prefixes"))
    units = word_alternation(lexicon.words("navigation.page_units"))
    fraction = word_alternation(lexicon.words("navigation.page_fraction_prefixes"))
    return re.compile(rf"{prefixes}\s*[:：]?\s*(\d{{1,5}})\s*{units}"
                      rf"|(?:{fraction})\s*[:：]?\s*(\d{{1,5}})\s*/\s*(\d{{1,5}})"
                      rf"|(\d{{1,5}})\s*/\s*(\d{{1,5}})\s*{units}")


def _pages_in(text: str, lexicon: LabelLexicon | None) -> int | None:
    """How many pages a paged list says it has (the largest stated), or None."""
    lexicon = default_lexicon() if lexicon is None else lexicon
    numbers: list[int] = []
    for total, current, of, bare_current, bare_of in lexicon.memoized("pages_pattern", _pages_pattern).findall(text):
        if total:
            numbers.append(int(total))
        elif (current, of) != ("", "") or bare_of:
            page, pages = (int(current), int(of)) if of else (int(bare_current), int(bare_of))
            if 1 <= page <= pages:  # "第2/5页"; a date (2024/12) is no page of a list
                numbers.append(pages)
    plausible = [n for n in numbers if 1 < n <= MAX_PAGES_STATED]
    return max(plausible) if plausible else None


def stated_size(html: str, lexicon: LabelLexicon | None = None) -> tuple[int | None, int | None]:
    """(items, pages) the page states of its list, reading its visible text once."""
    try:
        text = visible_text(html)
    except ValueError:  # markup parsel cannot read: no total, never a crash
        return None, None
    return _total_in(text, lexicon), _pages_in(text, lexicon)


_PAGE_PARAMETER = re.compile(r"^(?:page|pageno|pagenum|pageindex|pagenumber|pn|p|cur|curpage|currentpage|start|offset|"
                             r"startrecord|endrecord)$", re.I)


def list_key(url: str, pages: int) -> str:
    """The list a page stating ``pages`` pages is one page of: its folder and its query less the
    page number, with that count. CMSs name a list's first page and the others differently
    (``index.html``, ``list_2.html``; ``list.asp?classid=5``, ``list.asp?classid=5&page=2``)."""
    parts = urlsplit(url)
    folder = parts.path.rsplit("/", 1)[0]
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _PAGE_PARAMETER.match(k))
    return f"{parts.netloc}{folder}/?{urlencode(query)}#{pages}"
