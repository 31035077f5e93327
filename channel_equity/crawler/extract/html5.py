"""Untrusted HTML nested as a browser nests it, before lxml reads it.

lxml's recovery (libxml2's) is not the HTML5 tree-construction algorithm, and on markup that
portals really serve the two disagree where it hurts: an inline element left open in a cell
whose row is not closed (``<td><font color=red>5个工作日<tr>…``) takes every later row into
that cell, so the fields after it (到办事现场次数, 承诺办结时限) are read as one value; cells
outside a row (``<table><td>``) or after a stray ``</tr>`` are dropped. People read portals
in browsers, and every browser builds the HTML5 tree. So Lexbor (selectolax), an HTML5
parser, builds the tree, and its serialisation, well-formed with nothing left to recover, is
what lxml parses: every XPath and walk downstream reads the browser's tree (implied
``<tbody>``, text fostered out of tables, closed cells). It costs a second parse: parsing a
corpus page takes 0.18 ms instead of 0.11, 150 kB of markup 14 ms instead of 7.

The HTML5 algorithm has costs lxml's recovery has not: block start and end tags look through
the open elements for one in scope, and formatting elements that a block closed are opened
again (cloned) in the next block. Markup that keeps thousands of elements open (an unclosed
``<div>`` per generated item, a ``<p><font id=…>`` per line) would take Lexbor seconds or
minutes (200,000 nested ``<div>``: four minutes). Such markup is measured first, in one
linear pass over its tags, and left to lxml as before when it would cost more than
:data:`MAX_TREE_WORK`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, SelectolaxError

log = logging.getLogger(__name__)

MAX_TREE_WORK = 10_000_000
"""Estimated tree-building steps (see :func:`tree_work`) above which lxml parses the page as it
is. Markup just below it takes Lexbor and lxml some 50 ms at worst; ordinary pages, even
of megabytes, need a twentieth of it."""

SMALL_PAGE_TAGS = 500
"""Pages with fewer tags are nested without measuring: the worst of them (a distinct
``<font>`` left open on every line) costs some 30 ms, and most are far below measuring's cost."""

CLONE_WORK = 100
"""Steps counted per formatting element a block may clone (re-open in the next block): a
clone costs Lexbor, and lxml reading it, about a hundred scan steps."""

_SHALLOW = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
                      "keygen", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body",
                      "p", "li", "dt", "dd", "option", "optgroup", "rb", "rp", "rt", "rtc"})
"""Elements that never deepen the tree: void ones, the document's own (opened once), and those
the next of their kind closes (an unclosed <p> or <li> stays one deep)."""
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
                     "dl", "dd", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                     "h5", "h6", "header", "hgroup", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
                     "summary", "ul"})
"""Elements whose start or end may close formatting elements that the next text re-opens."""
_TABLE_PARTS = frozenset({"td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"})
"""Inside a table, each of these closes whatever the previous cell left open."""
_FORMATTING = frozenset({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                         "tt", "u"})
"""HTML5's formatting elements: closed by a block, they are re-opened in the next one."""
_TAG = re.compile(r"</?[a-z][a-z0-9]*")
"""A start or end tag's opening, up to the end of its name, in lower-cased markup."""
_FORMATTING_START = re.compile(rf"<(?:{'|'.join(sorted(_FORMATTING))})(?![a-z0-9])([^<>]*)")
"""A formatting start tag's attributes; it matches where :data:`_TAG` meets those start tags, in
the same order (a second, rarer scan is cheaper than taking every tag's attributes). ``[^<>]``
keeps it linear on markup whose tags never close."""
_SAME_FORMATTING_KEPT = 3
"""HTML5 re-opens at most three identical formatting tags (the "Noah's Ark" clause); an <a>
closes the open one, so only one is ever kept."""


@dataclass
class _OpenElements:
    """What :func:`tree_work` counts as open in one table cell, or outside tables."""

    counts: dict[str, int] = field(default_factory=dict)
    """Open elements by name, formatting ones by their whole start tag (HTML5 keeps identical ones apart)."""
    formatting_tags: dict[str, list[str]] = field(default_factory=dict)
    """The open formatting start tags of each name, the latest last: the one an end tag closes."""
    depth: int = 0
    formatting: int = 0

    def open(self, name: str, attributes: str) -> None:
        """A start tag (``attributes`` only matter for formatting ones)."""
        formatting = name in _FORMATTING
        key = name + " ".join(attributes.split()) if formatting else name
        if formatting and self.counts.get(key, 0) >= (1 if name == "a" else _SAME_FORMATTING_KEPT):
            return
        self.counts[key] = self.counts.get(key, 0) + 1
        self.depth += 1
        if formatting:
            self.formatting += 1
            self.formatting_tags.setdefault(name, []).append(key)

    def close(self, name: str) -> None:
        """An end tag: it closes the latest open element of its name, if any."""
        tags = self.formatting_tags.get(name)
        key = tags.pop() if tags else name
        if self.counts.get(key, 0) > 0:  # an end tag that matches nothing open is ignored, as in HTML5
            self.counts[key] -= 1
            self.depth -= 1
            if name in _FORMATTING:
                self.formatting -= 1


def tree_work(markup: str) -> int:
    """An estimate of the steps HTML5 tree construction takes on ``markup``, in one pass.

    Each tag costs the elements open in its table cell (which it may look through: a cell
    bounds the search), a block also :data:`CLONE_WORK` for each formatting element it may
    clone. An estimate, not a parse: it need only tell megabytes of sane markup from
    thousands of elements left open.
    """
    here = _OpenElements()
    around_tables: list[_OpenElements] = []  # what was open where each open table began
    work = 0
    lower = markup.lower()
    formatting_attributes = iter(_FORMATTING_START.findall(lower))
    for tag in _TAG.findall(lower):
        closing = tag[1] == "/"
        name = tag[2:] if closing else tag[1:]
        work += here.depth + 1
        if name in _BLOCKS:
            work += CLONE_WORK * here.formatting
        if name in _SHALLOW:
            continue
        if name == "table":
            if not closing:
                around_tables.append(here)
                here = _OpenElements()
            elif around_tables:
                here = around_tables.pop()
        elif name in _TABLE_PARTS:
            if around_tables and here.depth:
                here = _OpenElements()
        elif closing:
            here.close(name)
        else:
            here.open(name, next(formatting_attributes, "") if name in _FORMATTING else "")
    return work


def browser_markup(markup: str) -> str:
    """``markup`` as the HTML5 parser nests it, serialised; unchanged when nesting it would cost
    too much (:data:`MAX_TREE_WORK`) or the parser fails."""
    if markup.count("<") > SMALL_PAGE_TAGS and tree_work(markup) > MAX_TREE_WORK:
        log.info("markup keeps too many elements open to nest as HTML5; recovered by lxml instead")
        return markup
    try:
        return LexborHTMLParser(markup).html or markup
    except (SelectolaxError, RuntimeError, ValueError) as exc:  # Lexbor failing must not lose the page: lxml reads it
        log.warning("HTML5 parser failed (%s); recovered by lxml instead", exc)
        return markup
