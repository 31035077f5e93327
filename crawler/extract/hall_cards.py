"""Halls printed as cards: the hall's name on a line of its own, its details labelled below.

Many portals list the places of handling as one box per hall::

    <div>镜河市政务服务中心
      <div>办理地点：镜河市滨河大道160号</div> <div>办理时间：…</div> <div>咨询电话：…</div>
    </div>

The name carries no label, so label grouping alone reads the address as the hall. A card
is found from the labelled detail upwards: the nearest enclosing element whose first line
is an unlabelled place name (a word of ``location_place_words``) is the hall, and every
hall detail inside it belongs to that hall.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from channel_equity.observation import Location
from crawler.extract.dom import WorkBudget, element_lines
from crawler.extract.labels import LabelLexicon
from crawler.extract.line_labels import match_any
from crawler.extract.locations import build_location
from crawler.extract.normalize import LEADING_LIST_MARK
from crawler.extract.pairs import Pair

MAX_ANCESTORS = 4
MAX_CARD_CHARS = 800
MAX_NAME_CHARS = 40
_LABELLED_LINE = re.compile(r"^([^:：]{2,16})[:：]")
_DETAIL_OF_FIELD = {"locations": "address", "hours": "hours", "phone": "phone"}


def _detail_column(pair: Pair) -> str | None:
    """Which detail of a hall a pair gives (address / hours / phone), if any."""
    if pair.key is None:
        return None
    if pair.key.startswith("location."):
        column = pair.key[len("location."):]
        return None if column == "name" else column
    return _DETAIL_OF_FIELD.get(pair.key)


def _card_name(lines: list[str], place_words: tuple[str, ...], lexicon: LabelLexicon) -> str | None:
    if not lines:
        return None
    first = LEADING_LIST_MARK.sub("", lines[0]).strip(" ：:")
    if len(first) > MAX_NAME_CHARS or "：" in first or ":" in first:
        return None
    if lexicon.fields.match(first) is not None or not any(word in first for word in place_words):
        return None
    if first.endswith(lexicon.words("location_heading_endings")):
        return None
    return first


def _only_hall_details(lines: list[str], lexicon: LabelLexicon) -> bool:
    """Does no line label anything but a hall detail? A box labelling 事项名称 or 审批部门 too
    is the guide (or a part of it), not one hall's card."""
    for line in lines:
        labelled = _LABELLED_LINE.match(line)
        found = match_any(labelled.group(1), lexicon) if labelled else None
        if found is not None and not (found.key.startswith("location.") or found.key in _DETAIL_OF_FIELD):
            return False
    return True


def _card_of(node: Any, lexicon: LabelLexicon, budget: WorkBudget) -> tuple[Any, str] | None:
    """The card element around a hall detail, and the hall's name; None when not in a card."""
    place_words = lexicon.words("location_place_words")
    element = node.getparent() if node is not None else None
    for _ in range(MAX_ANCESTORS):
        if element is None:
            return None
        lines = element_lines(element, budget, MAX_CARD_CHARS + 1)
        if sum(len(line) for line in lines) > MAX_CARD_CHARS or not _only_hall_details(lines, lexicon):
            return None
        name = _card_name(lines, place_words, lexicon)
        if name is not None:
            return element, name
        element = element.getparent()
    return None


def hall_cards(pairs: Iterable[Pair], lexicon: LabelLexicon, budget: WorkBudget) -> list[Location]:
    """The halls printed as cards on a page, in page order."""
    cards: dict[Any, dict[str, str]] = {}
    for pair in pairs:
        column = _detail_column(pair)
        if column is None or not pair.nodes or not pair.value or (column == "address" and len(pair.lines) > 1):
            continue  # a 办理地点 heading's value runs over all the halls: not one hall's address
        found = _card_of(pair.nodes[0], lexicon, budget)
        if found is None:
            continue
        element, name = found
        card = cards.setdefault(element, {"name": name})
        card.setdefault(column, " ".join(pair.value.split()))
        if pair.key == "locations":
            card["anchored"] = "yes"
    # A card counts when the guide's own 办理地点 label gives its address: a footer's 地址 and
    # 联系电话 under the site owner's name are no hall.
    locations = [build_location(card["name"], card["address"], card.get("hours"), card.get("phone"), lexicon)
                 for card in cards.values() if card.get("address") and card.get("anchored")]
    return [location for location in locations if location is not None]
