"""The page as lines: text broken at block elements and <br>, each piece remembering its element.

Reading labels off lines instead of off markup is what makes the extractor indifferent
to how a portal nests its divs, spans and lists. Subtrees already read as tables are
skipped and leave a *boundary* line, so that a value never runs across them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from channel_equity.crawler.extract.dom import BLOCK_TAGS, HEADING_TAGS, WorkBudget, tag_of

MAX_LINES = 20_000
"""Lines read per page: a guide has hundreds; beyond this a page is a list or an attack."""


@dataclass
class Fragment:
    """A piece of text and the element it belongs to (for links inside values)."""

    text: str
    element: Any


@dataclass
class Line:
    """One visual line of the page; ``kind`` is text, heading or boundary (a skipped table).

    ``block`` is the block element the line sits in (for tiles and menus).
    """

    fragments: list[Fragment]
    kind: str
    order: int
    block: Any = None

    @property
    def text(self) -> str:
        return "".join(f.text for f in self.fragments)


@dataclass
class LineScan:
    """The lines of a page plus the document position of each element the scan skipped."""

    lines: list[Line] = field(default_factory=list)
    skipped_order: dict[Any, int] = field(default_factory=dict)


_MARKER = re.compile(r"\s*\d{1,2}\s*")
_NOT_AN_ENTRY = re.compile(r"\s*(?:[^\u4e00-\u9fff]|个?(?:工作日|自然日|日|天|周|月|年|小时|分钟|时|次|份|项|件|元|号|楼|层"
                           r"|寸|岁|人|户|页|条|张|本|套))")
"""What follows a number that is a count or a date ("<b>0</b>次", "<em>3</em>个工作日"), not an entry."""


def _numbers_the_line(node: Any, current: list[Fragment]) -> bool:
    """Is ``node`` an inline element holding only the number of the entry its line begins
    ("<p><i>1</i>居民户口簿</p>")? Such a number is a list marker, like an <ol>'s."""
    if tag_of(node) in BLOCK_TAGS or len(node) or any(f.text.strip() for f in current):
        return False
    if not _MARKER.fullmatch(node.text or ""):
        return False
    after = node.tail or ""
    return len(after.strip()) >= 2 and not _NOT_AN_ENTRY.match(after)


def scan_lines(root: Any, skip: set[Any], budget: WorkBudget) -> LineScan:
    """Break the page into lines, leaving a boundary where an element of ``skip`` was."""
    scan = LineScan()
    current: list[Fragment] = []
    block: Any = root

    def flush() -> None:
        if any(f.text.strip() for f in current) and len(scan.lines) < MAX_LINES:
            kind = "heading" if tag_of(block) in HEADING_TAGS else "text"
            scan.lines.append(Line(list(current), kind, len(scan.lines), block))
        current.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        if budget.spend() or len(scan.lines) >= MAX_LINES:
            break
        tag = tag_of(node)
        if event == "start":
            if node in skip:
                flush()
                scan.skipped_order[node] = len(scan.lines)
                scan.lines.append(Line([], "boundary", len(scan.lines), node))
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
                block = node
            if _numbers_the_line(node, current):
                continue  # "<i>1</i>居民户口簿": the entry's number, drawn as a marker
            if node.text:
                current.append(Fragment(node.text, node))
            continue
        parent = node.getparent()
        if tag in BLOCK_TAGS or node in skip:
            flush()
            block = parent if parent is not None else root
        if node.tail and parent is not None:
            current.append(Fragment(node.tail, parent))
    flush()
    return scan
