"""Find label -> value pairs in a page, whatever its markup.

Tables are read by :mod:`channel_equity.crawler.extract.tables`; everything else is read from lines
(:mod:`channel_equity.crawler.extract.lines`) with labels found by :mod:`channel_equity.crawler.extract.line_labels`.
A line that is only a known label (a <dt>, a heading, a div) takes its value from the
next line, or — for fields that run over paragraphs (``multiline_fields``) — from the
following lines up to the next label or heading. Summary tiles that print the value
above the label, and tab bars that merely name sections, are recognised by shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from channel_equity.core.labels import LabelLexicon, LabelMatch, is_label_shaped, normalize_label
from channel_equity.crawler.extract.dom import (
    WorkBudget,
    element_lines,
    is_hidden,
    short_text,
    tag_of,
    within,
)
from channel_equity.crawler.extract.line_labels import label_spans, match_any
from channel_equity.crawler.extract.lines import Line, LineScan, scan_lines
from channel_equity.crawler.extract.normalize import LEADING_LIST_MARK, clean_value
from channel_equity.crawler.extract.tables import TableReading

MAX_PAIRS = 2000
MAX_VALUE_LINES = 40
MAX_VALUE_CHARS = 5000
MAX_TILE_CHARS = 40
MAX_TILE_VALUE = 16
_VALUE_TRIM = " \t\n;；,，|"
HIDDEN_RANK_PENALTY = 1000
"""Added to the rank of a pair in a hidden element: any visible label of the field wins."""
LINE_HEADING_RANK = 7
"""The rank of a heading drawn without <h*>: a bold line, 一、…, 【…】 (every <h*> ends its section)."""
_SECTION_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|【)")
_BOLD_TAGS = frozenset({"strong", "b"})
_LINK_TAGS = frozenset({"a"})


@dataclass
class Pair:
    """A label and its value as read; ``key`` is the lexicon field (None when unknown).

    Keys of material and location columns read outside tables are prefixed
    (``material.name``, ``location.address``), to be grouped into cards.
    """

    label: str
    value: str
    key: str | None
    rank: int
    order: int
    nodes: tuple[Any, ...] = ()
    lines: tuple[str, ...] = ()


def _inside_tag(element: Any, block: Any, tags: frozenset[str]) -> bool:
    """Is ``element`` one of ``tags`` or inside one, below the line's block (an <a>, a <b>)?"""
    node = element
    for _ in range(4):
        if node is None or node is block:
            return False
        if tag_of(node) in tags:
            return True
        node = node.getparent()
    return False


_COMPANIONS = {"locations": frozenset({"hours", "phone", "complaint_phone"})}
"""Guide fields that may appear inside another field's multi-line value."""


def _heading_rank(line: Line) -> int:
    """1..6 for <h1>..<h6>; 0 (outranks all) for <legend>/<caption>."""
    tag = tag_of(line.block)
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else 0


def _nodes_between(line: Line, start: int, end: int) -> tuple[Any, ...]:
    nodes: list[Any] = []
    offset = 0
    for fragment in line.fragments:
        fragment_end = offset + len(fragment.text)
        if fragment_end > start and offset < end and fragment.element not in nodes:
            nodes.append(fragment.element)
        offset = fragment_end
    return tuple(nodes)


class _LineReader:
    """Pairs from the lines of one page (see the module docstring for the rules)."""

    def __init__(self, lines: list[Line], lexicon: LabelLexicon, budget: WorkBudget) -> None:
        self.lines = lines
        self.lexicon = lexicon
        self.budget = budget
        self.multiline = lexicon.multiline_fields
        self.spans = [label_spans(line, lexicon) if line.kind != "boundary" else [] for line in lines]
        self.label_only = [self._label_only(i) for i in range(len(lines))]

    def _label_only(self, index: int) -> LabelMatch | None:
        line = self.lines[index]
        if line.kind == "boundary" or self.spans[index]:
            return None
        text = line.text.strip()
        match = match_any(text, self.lexicon) if is_label_shaped(text) else None
        return None if match is None or self._is_navigation(line) else match

    def _is_navigation(self, line: Line) -> bool:
        """Tab bars and menus name sections ("申请材料 | 办理流程"); they are not labels.

        A line that is all link text is navigation, and so is an element next to a sibling
        of the same tag whose text is a known label too (<li>/<div>/<span> tabs).
        """
        if all(_inside_tag(f.element, line.block, _LINK_TAGS) for f in line.fragments if f.text.strip()):
            return True
        tag = tag_of(line.block)
        if not tag or line.block.getparent() is None:
            return False
        for sibling in (line.block.getprevious(), line.block.getnext()):
            if sibling is not None and tag_of(sibling) == tag:
                text = short_text(sibling, self.budget, 30)
                if is_label_shaped(text) and match_any(text, self.lexicon) is not None:
                    return True
        return False

    def _tile_value(self, index: int) -> str | None:
        """Summary tiles print the value above the label ("0次" over "到现场次数").

        The label is then the last text of a small container and the value the text
        before it in that container.
        """
        line = self.lines[index]
        container = line.block.getparent() if line.block is not None else None
        if container is None:
            return None
        if not self._last_text(line.block):
            return None  # the label is not the container's last text ("收费" over "不收费" in a <dl>)
        label = "".join(line.text.split())
        compact = "".join(short_text(container, self.budget, MAX_TILE_CHARS).split())
        if len(compact) > MAX_TILE_CHARS or not compact.endswith(label):
            return None
        before = compact[: -len(label)]
        if not before or len(before) > MAX_TILE_VALUE or match_any(before, self.lexicon) is not None:
            return None
        return before

    def _last_text(self, block: Any) -> bool:
        """Does no text follow ``block`` inside its parent?"""
        if (block.tail or "").strip():
            return False
        return not any((isinstance(after.tag, str) and short_text(after, self.budget, 1).strip())
                       or (after.tail or "").strip() for after in block.itersiblings())

    def _line_heading(self, index: int) -> bool:
        """A short line drawn as a heading without <h*> tags: numbered 一、/（一）/【】, or all bold.

        Prose guides head their sections this way; under such a heading the section runs to
        the next one, whatever labels its sentences begin with."""
        line = self.lines[index]
        text = line.text.strip()
        if line.kind != "text" or not is_label_shaped(text):
            return False
        if _SECTION_NUMBER.match(text) or _ENDS_IN_COUNT.search(text):  # "办理材料（3）" heads a card
            return True
        return all(_inside_tag(f.element, line.block, _BOLD_TAGS) for f in line.fragments if f.text.strip())

    def _names_a_channel(self, index: int) -> bool:
        """Is line ``index`` a heading named after one channel (see :func:`names_a_channel`)?"""
        line = self.lines[index]
        return (line.kind == "heading" or self._line_heading(index)) and names_a_channel(line.text, self.lexicon)

    def _starts_pair(self, index: int) -> bool:
        spans = self.spans[index]
        return bool(spans) and not self.lines[index].text[: spans[0].start].strip()

    def _continues(self, index: int, key: str | None, section: bool) -> bool:
        """May line ``index`` belong to the multi-line value of ``key``?

        Sub-labels of the field continue it (a hall's 地址 / 办公时间 under 办理地点); under a
        section heading, so do labels the lexicon does not know ("注：…").
        """
        if self.label_only[index] is not None:
            found = self.label_only[index]
        elif self._starts_pair(index):
            found = match_any(self.spans[index][0].label, self.lexicon)
        else:
            return True
        if found is None:  # unknown labels end the value, unless numbered like its entries ("①XX中心：…")
            return section or LEADING_LIST_MARK.match(self.lines[index].text) is not None \
                or (key == "locations" and self._names_a_place(index))
        return "." in found.key or found.key in _COMPANIONS.get(key or "", ())

    def _unknown_label(self, index: int) -> bool:
        """Does line ``index`` begin with a label the lexicon does not know?"""
        spans = self.spans[index]
        return self.label_only[index] is None and bool(spans) and match_any(spans[0].label, self.lexicon) is None

    def _names_a_place(self, index: int) -> bool:
        """Is the unknown label of line ``index`` a hall's name ("XX政务服务中心：YY路1号")?"""
        spans = self.spans[index]
        label = spans[0].label if spans else ""
        return any(word in label for word in self.lexicon.words("location_place_words"))

    def _following(self, start: int, key: str | None, heading: int | None) -> tuple[list[str], tuple[Any, ...], int]:
        """Value lines after a label with nothing after it; returns lines, nodes, lines used.

        ``heading`` is the rank (1 for <h1>) of the label's own heading: deeper headings
        (hall names in <h4> under <h2>办理地点) are part of the value. Lines from the first
        labelled one on are part of the value but not *used*: they are read again as pairs
        (material and hall cards under a 申请材料 / 办理地点 heading).
        """
        multiline = key in self.multiline
        limit = MAX_VALUE_LINES if multiline else 1
        taken: list[str] = []
        nodes: list[Any] = []
        used: int | None = None
        index = start
        section = self._section_of(start) if heading is not None or multiline else None
        own_labels = False
        while index < len(self.lines) and len(taken) < limit:
            line = self.lines[index]
            if line.kind == "boundary" or (
                line.kind == "heading" and (not multiline or heading is None or _heading_rank(line) <= heading)
            ) or (section is not None and not within(line.block, section)) or (
                heading == LINE_HEADING_RANK and self._line_heading(index)
            ):
                break
            if not taken and self._answers(index, key):
                taken.append(line.text)
                nodes.extend(f.element for f in line.fragments)
                index += 1
                continue
            plain = self.label_only[index] is None and not self._starts_pair(index)
            if not plain:
                # a section's lines may begin with labels of their own ("方式一：…", "方式二：…")
                own_labels = (not taken or own_labels) and self._unknown_label(index)
                if not (multiline and (own_labels or self._continues(index, key, heading is not None))):
                    break
                used = index - start if used is None else used
            taken.append(line.text)
            nodes.extend(f.element for f in line.fragments)
            index += 1
        return taken, tuple(nodes), index - start if used is None else used

    def _answers(self, index: int, key: str | None) -> bool:
        """Is label-only line ``index`` the answer of the field ``key`` whose label stands above it
        with no value ("是否收费" over "收费"): a word of ``label_answers`` with no value of its own?"""
        if key is None or self.label_only[index] is None or not self.lexicon.answers(key, self.lines[index].text):
            return False
        after = index + 1
        return after >= len(self.lines) or self.lines[after].kind in ("boundary", "heading") \
            or self.label_only[after] is not None or self._starts_pair(after)

    def _section_of(self, start: int) -> Any:
        """The element a heading's section lives in: the nearest ancestor holding both the
        heading (line ``start - 1``) and its first line. Its value ends where that element
        does, so a page footer after the last section is not read as part of it."""
        if start >= len(self.lines) or start == 0:
            return None
        heading, first = self.lines[start - 1].block, self.lines[start].block
        if heading is None or first is None:
            return None
        # the proxies are kept alive while their ids are compared: lxml hands out a new proxy
        # (and Python may reuse a freed id) for an element nobody holds
        first_and_ancestors = [first, *first.iterancestors()]
        around_first = {id(node) for node in first_and_ancestors}
        for node in heading.iterancestors():
            if id(node) in around_first:
                return None if node.getparent() is None or tag_of(node) == "body" else node
        return None

    def read(self) -> list[Pair]:
        pairs: list[Pair] = []
        index = 0
        while index < len(self.lines) and len(pairs) < MAX_PAIRS:
            index = self._read_line(index, pairs)
        return pairs

    def _read_line(self, index: int, pairs: list[Pair]) -> int:
        line = self.lines[index]
        only = self.label_only[index]
        if only is not None:
            tile = self._tile_value(index)
            if tile is not None:
                pairs.append(_make_pair(line.text, tile, only, line.order, ()))
                return index + 1
            heading = _heading_rank(line) if line.kind == "heading" else (
                LINE_HEADING_RANK if self._line_heading(index) else None)
            taken, nodes, used = self._following(index + 1, only.key, heading)
            pairs.append(_make_pair(line.text, "\n".join(taken), only, line.order, nodes))
            return index + 1 + used
        text = line.text
        spans = self.spans[index]
        next_index = index + 1
        if not spans and self._names_a_channel(index):  # "四、网上办理" over "申请人可通过…在线提交"
            taken, nodes, used = self._following(index + 1, None, LINE_HEADING_RANK)
            pairs.append(_make_pair(text, "\n".join(taken), None, line.order, nodes))
            return next_index + used
        chrome = any(self.lexicon.is_chrome(span.label) for span in spans)  # "主办单位：… 承办单位：…"
        for number, span in enumerate(spans):
            end = spans[number + 1].start if number + 1 < len(spans) else len(text)
            value = _value_text(text[span.value_start:end])
            nodes = _nodes_between(line, span.value_start, end)
            match = None if chrome else match_any(span.label, self.lexicon)
            if not value and number == len(spans) - 1:
                heading = LINE_HEADING_RANK if len(spans) == 1 and self._line_heading(index) else None
                taken, nodes, used = self._following(index + 1, match.key if match else None, heading)
                value = "\n".join(taken)
                next_index += used
            pairs.append(_make_pair(span.label, value, match, line.order, nodes))
        return next_index


def names_a_channel(label: str, lexicon: LabelLexicon) -> bool:
    """Is ``label`` named after one channel ("网上办理", lexicon ``channel_section_labels``)? Its
    section says how that channel is used, though no field is named."""
    words = lexicon.memoized("channel_section_labels", lambda lex: frozenset(
        normalize_label(w) for w in lex.words("channel_section_labels")))
    return normalize_label(label) in words


_HEADING_COUNT = re.compile(r"[（(]\s*(?:共\s*)?\d+\s*(?:项|个|份|条)?\s*[)）]")
_ENDS_IN_COUNT = re.compile(rf"\S{_HEADING_COUNT.pattern}\s*$")


def _value_text(text: str) -> str:
    """A value as written after its label, without the colon that "【label】：value" leaves.
    A bare count in brackets ("办理材料（3）") numbers the section's entries: no value."""
    value = text.strip(_VALUE_TRIM).lstrip(":：").strip(_VALUE_TRIM)
    return "" if _HEADING_COUNT.fullmatch(value) else value


def _make_pair(label: str, value: str, match: LabelMatch | None, order: int, nodes: tuple[Any, ...]) -> Pair:
    cleaned = clean_value(value)[:MAX_VALUE_CHARS]
    return Pair(
        label=clean_label(label),
        value=cleaned,
        key=match.key if match else None,
        rank=match.rank if match else 0,
        order=order,
        nodes=nodes,
        lines=tuple(cleaned.split("\n")) if cleaned else (),
    )


def clean_label(label: str) -> str:
    """The label as read, trimmed of whitespace, 【】, trailing colons and required-field stars."""
    return " ".join(label.split()).strip("【】").rstrip(":： ").strip("*＊ ")


_NESTED_LABEL = re.compile(r"^([^:：]{2,16})[:：]\s*(.*)$", re.S)
_FREE_TEXT_FIELDS = frozenset({"locations", "materials", "notes", "legal_basis", "conditions", "process",
                               "fee_standard", "scope", "visit_reason"})
"""Fields written as prose or lists: a "label：" inside them is part of their text
(a step's 办理时限 inside 办理流程), never a field of its own."""


def _nested_pairs(label: str, lines: list[str], match: LabelMatch | None, order: int,
                  nodes: tuple[Any, ...], lexicon: LabelLexicon) -> list[Pair]:
    """One table cell holding several labelled lines is several pairs.

    Legacy portals fold fields into one cell: 办理时限 "法定时限：20工作日 / 承诺时限：10个工作日",
    办理方式 "窗口办理、网上办理 / 网上办理深度：三级 / 到现场次数：1次". A line that starts with a
    field's label starts that field's pair; the cell's own pair keeps the lines before it
    (none, when every line is labelled).
    """
    parent = match.key if match else None
    if parent in _FREE_TEXT_FIELDS or len(lines) < 2:
        return [_make_pair(label, "\n".join(lines), match, order, nodes)]
    own: list[str] = []
    nested: list[tuple[str, list[str], LabelMatch]] = []
    for line in lines:
        labelled = _NESTED_LABEL.match(line)
        found = match_any(labelled.group(1), lexicon) if labelled else None
        if labelled and found is not None and "." not in found.key \
                and found.key not in _COMPANIONS.get(parent or "", ()):
            nested.append((labelled.group(1), [labelled.group(2)], found))
        elif nested:
            nested[-1][1].append(line)
        else:
            own.append(line)
    pairs = [_make_pair(label, "\n".join(own), match, order, nodes)]
    pairs += [_make_pair(sub_label, "\n".join(sub_lines), found, order, nodes) for sub_label, sub_lines, found in nested]
    return pairs


def table_pairs(reading: TableReading, scan: LineScan, lexicon: LabelLexicon, budget: WorkBudget) -> list[Pair]:
    """Pairs from label/value table cells, ordered by where the line scan skipped them."""
    pairs: list[Pair] = []
    for found in reading.pairs[:MAX_PAIRS]:
        lines = element_lines(found.value.element, budget, MAX_VALUE_CHARS)
        order = scan.skipped_order.get(found.label.element, scan.skipped_order.get(found.value.element, -1))
        if order < 0:  # inside a consumed table: use the table's position
            parent = found.label.element.getparent()
            while parent is not None and parent not in scan.skipped_order:
                parent = parent.getparent()
            order = scan.skipped_order.get(parent, 0) if parent is not None else 0
        match = found.match or match_any(found.label.text, lexicon)
        pairs.extend(_nested_pairs(found.label.text, lines, match, order, (found.value.element,), lexicon))
    return pairs


def read_pairs(root: Any, reading: TableReading, lexicon: LabelLexicon, budget: WorkBudget) -> list[Pair]:
    """Every label/value pair of the page, tables and text, in document order."""
    scan = scan_lines(root, reading.consumed, budget)
    pairs = table_pairs(reading, scan, lexicon, budget) + _LineReader(scan.lines, lexicon, budget).read()
    for pair in pairs:
        if pair.nodes and is_hidden(pair.nodes[0]):
            pair.rank += HIDDEN_RANK_PENALTY
    pairs.sort(key=lambda p: p.order)
    return pairs
