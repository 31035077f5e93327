"""Safe parsing of untrusted HTML and bounded text extraction from its elements.

Portal pages are hostile in the accidental sense: 10 MB pages, unclosed tags, layout
tables nested dozens deep, labels inside scripts. Everything here is linear in the input
and capped, so extraction cannot hang: the raw text is capped, executable script and
style bodies are cut before parsing (their text must never be read as guide content),
and every walk over elements draws on a shared :class:`WorkBudget`. Unclosed tags are
nested as a browser nests them (:mod:`.html5`), not as lxml's recovery would.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from channel_equity.crawler.extract.html5 import browser_markup
from channel_equity.crawler.extract.script_state import state_blobs

MAX_HTML_CHARS = 2_000_000
"""Characters of a page that are parsed; guides are far smaller, the rest is noise or attack."""

MAX_DATA_BLOCK_CHARS = 2_000_000
"""Characters kept of JSON/XML data blocks (``<script type="application/json">``)."""

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "legend", "caption"})
DROPPED_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "select")
_STATE_HINT = re.compile(r"=\s*(?:\{\s*[\"']|\[\s*\{|JSON\.parse\s*\()")
"""A cheap look for a JSON literal assigned in a script, before the careful read."""
_DATA_SCRIPT_TYPE = re.compile(r"type\s*=\s*['\"]?[^'\">]*(json|xml)", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
"""``<?xml version="1.0" encoding="utf-8"?>`` atop XHTML pages and data blocks: a comment to a
browser, and lxml refuses any text that declares an encoding."""


def cut_code_blocks(html: str) -> tuple[str, list[str]]:
    """Cut the bodies of <script> and <style> out of ``html`` in one linear scan.

    Returns the remaining markup and the bodies of data scripts (type json/xml), which may
    carry the guide as machine data. An unclosed script swallows the rest, as in a browser.
    Done on the raw text (before the cap) so that a page padded with megabytes of inline
    script still has its guide content within the parsed part.
    """
    lower = html.lower()
    parts: list[str] = []
    data_blocks: list[str] = []
    position = 0
    while True:
        start = min((i for i in (lower.find("<script", position), lower.find("<style", position)) if i >= 0),
                    default=-1)
        if start < 0:
            parts.append(html[position:])
            break
        tag = "script" if lower.startswith("<script", start) else "style"
        open_end = lower.find(">", start)
        if open_end < 0:
            parts.append(html[position:start])
            break
        close = lower.find(f"</{tag}", open_end)
        body_end = close if close >= 0 else len(html)
        if tag == "script" and _DATA_SCRIPT_TYPE.search(html, start, open_end):
            data_blocks.append(html[open_end + 1:body_end][:MAX_DATA_BLOCK_CHARS])
        elif tag == "script" and _STATE_HINT.search(html, open_end, min(body_end, open_end + MAX_DATA_BLOCK_CHARS)):
            data_blocks.extend(state_blobs(html[open_end + 1:body_end][:MAX_DATA_BLOCK_CHARS]))
        parts.append(html[position:open_end + 1])
        if close < 0:
            break
        position = close
    return "".join(parts), data_blocks


@dataclass
class ParsedPage:
    """A parsed page: its element tree without scripts, its <title>, its data blocks."""

    root: Any
    title: str
    data_blocks: list[str] = field(default_factory=list)


_PARSER = etree.HTMLParser(recover=True, remove_comments=True, remove_pis=True, no_network=True,
                           default_doctype=False)


_GLYPH_OR_REFERENCE = re.compile(r"[\ue000-\uf8ff]|&#[xX]([0-9a-fA-F]{1,6});|&#(\d{1,7});")


def _drop_icon_glyph(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.group(1), match.group(2)
    if hexadecimal is None and decimal is None:
        return ""
    code = int(hexadecimal, 16) if hexadecimal is not None else int(decimal)
    return "" if 0xE000 <= code <= 0xF8FF else match.group(0)


def drop_icon_glyphs(markup: str) -> str:
    """Icon-font glyphs (<i class="iconfont">&#xe651;</i>) are Private Use Area characters that
    show a picture, not text; left in, they glue themselves to labels and names."""
    return _GLYPH_OR_REFERENCE.sub(_drop_icon_glyph, markup)


def parse_html(html: str) -> ParsedPage | None:
    """Parse untrusted HTML, nested as a browser nests it; None when nothing parses. Never
    raises on bad markup."""
    markup, data_blocks = cut_code_blocks(html)
    markup = drop_icon_glyphs(markup[:MAX_HTML_CHARS])
    if not markup.strip():
        return None
    try:
        root = etree.fromstring(browser_markup(XML_DECLARATION.sub("", markup, count=1)), _PARSER)
    except (etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    title_el = root.find(".//title")
    title = " ".join("".join(title_el.itertext()).split()) if title_el is not None else ""
    for textarea in root.iter("textarea"):  # hidden textareas are a classic home of XML data islands
        text = (textarea.text or "").strip()
        if text.startswith(("<", "{", "[")):
            data_blocks.append(text[:MAX_DATA_BLOCK_CHARS])
    _show_form_values(root)
    etree.strip_elements(root, *DROPPED_TAGS, "title", "textarea", with_tail=False)
    return ParsedPage(root, title, data_blocks)


def _show_form_values(root: Any) -> None:
    """Guides rendered as read-only forms keep values in attributes: make them text.

    ``<input readonly value="…">`` shows its value; a disabled ``<select>`` shows its
    selected option (other selects are dropped with their option lists).
    """
    for field_element in root.iter("input", "select"):
        if not any(field_element.get(flag) is not None for flag in ("readonly", "disabled")):
            continue
        if field_element.tag == "input" and attribute(field_element, "type").lower() in ("", "text"):
            field_element.text = attribute(field_element, "value")
        elif field_element.tag == "select":
            chosen = field_element.find(".//option[@selected]")
            label = " ".join("".join(chosen.itertext()).split()) if chosen is not None else ""
            for child in list(field_element):
                field_element.remove(child)
            field_element.tag = "span"
            field_element.text = label


@dataclass
class WorkBudget:
    """How many more element events the extraction of one page may spend.

    Shared by all walks over one page, so that pathological markup (nested layout tables
    whose every cell is walked again) ends in bounded time with a partial reading.
    """

    remaining: int = 1_000_000

    def spend(self, events: int = 1) -> bool:
        """Spend ``events``; True when the budget is exhausted."""
        self.remaining -= events
        return self.remaining < 0


def tag_of(node: Any) -> str:
    """The lower-case tag name, '' for comments/entities."""
    return node.tag.lower() if isinstance(node.tag, str) else ""


def within(node: Any, container: Any) -> bool:
    """Whether ``node`` is ``container`` or lies within it."""
    return node is not None and (node is container or any(a is container for a in node.iterancestors()))


def walk(element: Any, budget: WorkBudget) -> Iterator[tuple[str, Any]]:
    """(event, element) start/end events over a subtree, stopping when the budget runs out."""
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if budget.spend():
            return
        yield event, node


def element_lines(element: Any, budget: WorkBudget, max_chars: int = 5000) -> list[str]:
    """The text of ``element`` as lines broken at block elements and <br>, whitespace-collapsed."""
    lines: list[str] = []
    current: list[str] = []
    total = 0

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, node in walk(element, budget):
        tag = tag_of(node)
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
            text = node.text
        else:
            if tag in BLOCK_TAGS:
                flush()
            text = node.tail if node is not element else None
        if text:
            current.append(text)
            total += len(text)
            if total > max_chars:
                break
    flush()
    return lines


def element_text(element: Any, budget: WorkBudget, max_chars: int = 5000) -> str:
    """The text of ``element``, lines joined by newlines."""
    return "\n".join(element_lines(element, budget, max_chars))


def short_text(element: Any, budget: WorkBudget, max_chars: int = 80) -> str:
    """At most ``max_chars`` of an element's text, on one line (for label tests).

    A text longer than ``max_chars`` comes back longer than ``max_chars`` so that callers can
    tell it is not a short label; the walk stops there whatever the subtree's size.
    """
    pieces: list[str] = []
    total = 0
    for events, (event, node) in enumerate(etree.iterwalk(element, events=("start", "end"))):
        if events > 4 * max_chars or budget.spend():
            pieces.append("…" * (max_chars + 1))
            break
        text = node.text if event == "start" else (node.tail if node is not element else None)
        if text:
            pieces.append(text)
            total += len(text.strip())
            if total > max_chars:
                break
    return " ".join("".join(pieces).split())


_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(node: Any) -> bool:
    """Is ``node`` inside an element hidden inline (style display:none, the hidden attribute)?

    Hidden rows often keep stale values, but inactive tab panels are hidden the same way,
    so callers rank hidden text below visible text rather than dropping it."""
    while node is not None:
        if isinstance(node.tag, str) and (node.get("hidden") is not None
                                          or _HIDING_STYLE.search(node.get("style") or "")):
            return True
        node = node.getparent()
    return False


def attribute(node: Any, name: str) -> str:
    """An attribute's value, '' when absent (lxml returns None)."""
    value = node.get(name)
    return value.strip() if isinstance(value, str) else ""
