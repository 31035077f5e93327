"""Evidence an inspector can find on the page: every excerpt located in the stored page's text.

A rule words its excerpt from what it read (a phrase in context, a label and its value); the
page may print the same words across two cells, with other blanks, or only inside a script.
Before a finding is stored, its excerpt is looked up in the page it names, as stored:

* the page's visible words (``page_words(...).visible``: tags, scripts and styles removed,
  block elements on their own lines), else the code the browser runs (script bodies), marked so;
* the whole excerpt, else the same characters with the blanks ignored, else its pieces (a label
  and a value quoted from two cells, "办理形式：窗口办理") each found in order.

Each piece found is a ``Span`` (offsets into that text); the excerpt stored is the page's own
words at those spans, joined by " … ". An excerpt that cannot be found is no quote: the finding
keeps the words as the monitor read them, marked ``quoted=False`` ("derived"), and the report
says so instead of presenting them as the page's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from channel_equity.checks.rules._text import PageWords, page_words
from channel_equity.checks.verdict import Evidence, Source, Span, Verdict

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext

PIECE_SEPARATORS = re.compile(r"\s*(?:[：:；;]|…+|\.{3}|\n)\s*")
BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
CONTEXT_CHARS = 40
"""Characters of the page's own line kept on each side of a matched phrase."""
MIN_PIECE_CHARS = 2
"""A shorter piece (a value such as "1" or "是") counts only close after the piece before it."""
NEAR_CHARS = 40
"""How far after the piece before it a short piece may stand (the next cell, the next line)."""
JOINER = " … "


class _Compact:
    """A text without its blanks, each character remembering where it stood."""

    def __init__(self, text: str) -> None:
        self.positions = [i for i, char in enumerate(text) if not char.isspace()]
        self.text = "".join(text[i] for i in self.positions)

    def find(self, words: str, start: int = 0) -> tuple[int, int] | None:
        """Offsets in the original text of ``words`` (blanks ignored), at or after ``start``."""
        compact = "".join(words.split())
        if not compact:
            return None
        at = self.text.find(compact, bisect_left(self.positions, start))
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(compact) - 1] + 1


@lru_cache(maxsize=4)
def _compact(text: str) -> _Compact:
    """A page's compact text, built once for all the findings quoting that page."""
    return _Compact(text)


def _piece_spans(pieces: list[str], compact: _Compact, source: Source) -> list[Span | None]:
    """Each piece's span (None where the page does not print it), searched after the piece
    before it first, then anywhere; a piece also counts without its bracketed note."""
    spans: list[Span | None] = []
    position = 0
    for piece in pieces:
        found = None
        if len(piece.strip()) < MIN_PIECE_CHARS:  # "到办事现场次数（次）：1": the value in the next cell
            near = compact.find(piece, position) if spans and spans[-1] is not None else None
            found = near if near is not None and near[0] - position <= NEAR_CHARS else None
        else:
            for words in dict.fromkeys((piece, BRACKETED.sub("", piece))):
                found = compact.find(words, position) or compact.find(words)
                if found is not None:
                    break
        spans.append(Span(*found, source) if found else None)
        position = found[1] if found else position
    return spans


def _in_text(excerpt: str, text: str, source: Source) -> tuple[tuple[Span, ...], bool]:
    """The spans of ``excerpt`` in ``text`` and whether all of it was found there."""
    if not text:
        return (), False
    at = text.find(excerpt)
    if at >= 0:
        return (Span(at, at + len(excerpt), source),), True
    compact = _compact(text)
    whole = compact.find(excerpt)
    if whole is not None:
        return (Span(*whole, source),), True
    pieces = [piece for piece in PIECE_SEPARATORS.split(excerpt) if piece.strip()]
    if len(pieces) < 2:
        return (), False
    spans = _piece_spans(pieces, compact, source)
    return tuple(span for span in spans if span is not None), all(spans)


def locate(excerpt: str, words: PageWords) -> tuple[tuple[Span, ...], bool]:
    """The spans of ``excerpt`` in the page's visible words, else in its code, and whether the
    page prints all of it (spans may cover only some pieces of it)."""
    excerpt = excerpt.strip(" \n：:；;")  # "受理地点：" with nothing after it: the label
    if not excerpt:
        return (), False
    visible = _in_text(excerpt, words.visible, "visible")
    if visible[1]:
        return visible
    code = _in_text(excerpt, words.code, "code")
    return code if code[1] or len(code[0]) > len(visible[0]) else visible


def around(words_said: str, words: PageWords) -> tuple[tuple[Span, ...], bool]:
    """The matched words of a phrase (a rule's ``words``) in the page, with the page's own
    context around them on their line: for an excerpt the rule built from joined fields."""
    spans, whole = locate(words_said, words)
    if not whole or len(spans) != 1:
        return (), False
    span = spans[0]
    text = words.visible if span.source == "visible" else words.code
    start = max(text.rfind("\n", 0, span.start) + 1, span.start - CONTEXT_CHARS)
    end = text.find("\n", span.end)
    end = min(len(text) if end < 0 else end, span.end + CONTEXT_CHARS)
    return (Span(start, end, span.source),), True


def quoted_text(spans: Iterable[Span], words: PageWords) -> str:
    """The page's own words at ``spans``, joined by " … "."""
    return JOINER.join((words.visible if span.source == "visible" else words.code)[span.start:span.end]
                       for span in spans)


def quote_evidence(verdicts: Iterable[Verdict], context: CheckContext) -> list[Verdict]:
    """Each verdict whose evidence names a stored page (crawled, or rendered by a probe), with its
    excerpt located in that page:
    the page's own words and their spans, or ``quoted=False`` when the page does not print it."""
    pages = {page.sha256: page for page in [*context.pages, *context.probes.pages()]}
    words: dict[str, PageWords] = {}
    located: list[Verdict] = []
    for verdict in verdicts:
        evidence = verdict.evidence
        page = pages.get(evidence.sha256 or "")
        if page is None or not evidence.excerpt.strip() or evidence.quoted is False:
            located.append(verdict)
            continue
        if page.sha256 not in words:
            words[page.sha256] = page_words(context.text_of(page))
        said = verdict.message_args.get("words")  # the phrase a wording rule matched
        located.append(replace(verdict, evidence=_quoted(evidence, said, words[page.sha256])))
    return located


def _quoted(evidence: Evidence, said: object, words: PageWords) -> Evidence:
    spans, whole = locate(evidence.excerpt, words)
    if not whole and isinstance(said, str) and said.strip():
        context_spans, found = around(said, words)
        if found:
            spans, whole = context_spans, True
    if not whole:
        return replace(evidence, spans=spans, quoted=False)
    return replace(evidence, excerpt=quoted_text(spans, words), spans=spans, quoted=True)
