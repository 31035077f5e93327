"""Halls and materials printed as cards: the record's name on a line of its own, its details
labelled below.

Many portals list the places of handling, and mobile sites the materials, as one box per
record::

    <div>镜河市政务服务中心                       <div class="mat"><p>1 户口簿</p>
      <div>办理地点：镜河市滨河大道160号</div>       <p>材料形式：纸质、电子化</p>
      <div>咨询电话：…</div></div>                   <p>是否免提交：是</p></div>

The name carries no label, so label grouping alone reads the address as the hall and loses
the material. A card is found from a labelled detail upwards: the nearest enclosing element
whose first line is an unlabelled name, and whose labelled lines are all details of the same
kind of record, is the record; every such detail inside it belongs to that record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from channel_equity.core.labels import LABEL_MAX_CHARS, LabelLexicon
from channel_equity.core.observation import Location, Material
from channel_equity.crawler.extract.dom import WorkBudget, element_lines
from channel_equity.crawler.extract.line_labels import match_any
from channel_equity.crawler.extract.locations import build_location
from channel_equity.crawler.extract.materials import build_material, column_texts
from channel_equity.crawler.extract.normalize import LEADING_LIST_MARK
from channel_equity.crawler.extract.pairs import Pair

MAX_ANCESTORS = 4
MAX_CARD_CHARS = 800
MAX_NAME_CHARS = 80
_LABELLED_LINE = re.compile(r"^\s*(?:【([^】]{1,16})】|([^:：【】]{2,16})[:：])")


@dataclass(frozen=True)
class CardKind:
    """What a card of one kind of record looks like.

    ``prefix`` is the lexicon's column prefix; ``fields`` maps guide fields that are, inside
    a card, one of its columns (a hall's 办理地点 is its address); ``anchors`` are the keys of
    which a card needs one to count: a footer's 地址 and 联系电话 under the site owner's name
    are no hall, but the guide's own 办理地点 is.
    """

    prefix: str
    fields: dict[str, str]
    anchors: frozenset[str]
    names_a_record: Callable[[str, LabelLexicon], bool]

    def column(self, pair: Pair) -> str | None:
        if pair.key is None:
            return None
        if pair.key.startswith(self.prefix):
            column = pair.key[len(self.prefix):]
            return None if column == "name" else column
        return self.fields.get(pair.key)

    def is_detail(self, key: str) -> bool:
        return key.startswith(self.prefix) or key in self.fields


def _names_a_hall(name: str, lexicon: LabelLexicon) -> bool:
    return any(word in name for word in lexicon.words("location_place_words")) and \
        not name.endswith(lexicon.words("location_heading_endings"))


HALLS = CardKind("location.", {"locations": "address", "hours": "hours", "phone": "phone"},
                 frozenset({"locations"}), _names_a_hall)
MATERIALS = CardKind("material.", {}, frozenset({"material.form", "material.exempt", "material.copies",
                                                 "material.source", "material.necessity", "material.e_certificate"}),
                     lambda name, lexicon: True)


def _leading_number(element: Any) -> str:
    """A record number printed in an element of its own (<span class="no">1</span>户口簿)."""
    for text in element.itertext():
        stripped = text.strip()
        if stripped:
            return stripped if stripped.isdigit() and len(stripped) <= 3 else ""
    return ""


def _card_name(element: Any, lines: list[str], kind: CardKind, lexicon: LabelLexicon) -> str | None:
    if not lines:
        return None
    first = lines[0]
    number = _leading_number(element)
    if number and first.startswith(number) and len(first) > len(number):
        first = first[len(number):]
    first = LEADING_LIST_MARK.sub("", first).strip(" ：:")
    if not first or len(first) > MAX_NAME_CHARS or "：" in first or ":" in first or _LABELLED_LINE.match(first):
        return None
    if match_any(first, lexicon) is not None or not kind.names_a_record(first, lexicon):
        return None
    return first


def _only_details(lines: list[str], kind: CardKind, lexicon: LabelLexicon) -> bool:
    """Does no line label anything but a detail of the kind? A box labelling 事项名称 or 审批部门
    too is the guide (or a part of it), not one record's card."""
    for line in lines:
        labelled = _LABELLED_LINE.match(line)
        if labelled:
            found = match_any(labelled.group(1) or labelled.group(2), lexicon)
        else:  # a label standing alone on its line, as a table cell or a <dt> prints it
            stripped = line.strip(" ：:")
            found = match_any(stripped, lexicon) if 2 <= len(stripped) <= LABEL_MAX_CHARS else None
        if found is not None and not kind.is_detail(found.key):
            return False
    return True


_STOP = ""
"""Memo value of an element that is too big, or labels other things: no card at it or above."""


def _judge(element: Any, kind: CardKind, lexicon: LabelLexicon, budget: WorkBudget) -> str | None:
    """The record's name if ``element`` is a card, ``_STOP`` if no card can enclose it, else None."""
    lines = element_lines(element, budget, 4 * MAX_CARD_CHARS)  # raw text, before spaces collapse
    if sum(len(line) for line in lines) > MAX_CARD_CHARS or not _only_details(lines, kind, lexicon):
        return _STOP
    return _card_name(element, lines, kind, lexicon)


def _card_of(node: Any, kind: CardKind, lexicon: LabelLexicon, budget: WorkBudget,
             memo: dict[Any, str | None]) -> tuple[Any, str] | None:
    """The card element around a detail, and the record's name; None when not in a card.

    ``memo`` keeps each element's verdict: the details of one card share their ancestors."""
    element = node.getparent() if node is not None else None
    for _ in range(MAX_ANCESTORS):
        if element is None:
            return None
        if element not in memo:
            memo[element] = _judge(element, kind, lexicon, budget)
        name = memo[element]
        if name == _STOP:
            return None
        if name is not None:
            return element, name
        element = element.getparent()
    return None


def _cards(pairs: Iterable[Pair], kind: CardKind, lexicon: LabelLexicon,
           budget: WorkBudget) -> list[list[tuple[str, str, str]]]:
    """Each card as (column, label, value) triples, its name first, in page order."""
    cards: dict[Any, list[tuple[str, str, str]]] = {}
    anchored: set[Any] = set()
    memo: dict[Any, str | None] = {}
    for pair in pairs:
        column = kind.column(pair)
        if column is None or not pair.nodes or not pair.value or len(pair.lines) > 1:
            continue  # a 办理地点 heading's value runs over all the halls: not one hall's detail
        found = _card_of(pair.nodes[0], kind, lexicon, budget, memo)
        if found is None:
            continue
        element, name = found
        cards.setdefault(element, [("name", "", name)]).append((column, pair.label, " ".join(pair.value.split())))
        if pair.key in kind.anchors:
            anchored.add(element)
    return [card for element, card in cards.items() if element in anchored]


def hall_cards(pairs: Iterable[Pair], lexicon: LabelLexicon, budget: WorkBudget) -> list[Location]:
    """The halls printed as cards on a page, in page order."""
    locations = []
    for card in _cards(pairs, HALLS, lexicon, budget):
        values: dict[str, str] = {}
        for column, _, value in card:
            values.setdefault(column, value)
        locations.append(build_location(values["name"], values.get("address"), values.get("hours"),
                                        values.get("phone"), lexicon))
    return [location for location in locations if location is not None]


def material_cards(pairs: Iterable[Pair], lexicon: LabelLexicon, budget: WorkBudget) -> list[Material]:
    """The materials printed as cards on a page, in page order."""
    materials = [build_material(column_texts(card), lexicon) for card in _cards(pairs, MATERIALS, lexicon, budget)]
    return [material for material in materials if material is not None]
