"""A catalogue served as data: the JSON a list page fetches to draw itself.

Script-built catalogues ask an endpoint for their rows (``/api/sxList?page=2`` answering
``{"total": "20", "rows": [{"sxmc": "…", "linkUrl": "/bszn/detail.html?id=7"}]}``). The
rendered page's requests are recorded (:mod:`channel_equity.crawler.rendered_links`), the
spider fetches those endpoints like pages, and a JSON answer that is no guide is read here as
a catalogue: the guide addresses its rows give, with the row's name as the link's text, and
the total it states — compared with what was read exactly as a printed 共N条 is.

Keys are data: ``navigation.json_link_keys``, ``json_total_keys`` and ``json_name_keys`` in
``channel_equity/data/vocabulary.yaml`` (compared case- and separator-blind).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from channel_equity.core.labels import LabelLexicon, normalize_key

MAX_NODES = 20_000
"""JSON values walked per answer: a catalogue page has hundreds; more is not a list to follow."""
MAX_TOTAL = 1_000_000
MAX_TEXT = 80


@dataclass
class JsonCatalogue:
    """What one JSON answer lists: (address, link text) pairs, and the total it states."""

    links: list[tuple[str, str]] = field(default_factory=list)
    total: int | None = None


def _keys(lexicon: LabelLexicon, name: str) -> tuple[str, ...]:
    """The keys of ``navigation.<name>``, folded, in the lexicon's order (the first name key a
    row has names it)."""
    return lexicon.memoized(f"json_catalogue_{name}", lambda lex: tuple(dict.fromkeys(
        normalize_key(k) for k in lex.words(f"navigation.{name}"))))


def _count(value: Any) -> int | None:
    """A total as JSON writes it: 20 or "20"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        return None
    return number if 0 < number <= MAX_TOTAL else None


def _walk(data: Any) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every object in the answer, breadth first, within ``MAX_NODES`` values, and whether it
    is a row (inside a list) rather than the answer's own envelope."""
    queue: list[tuple[Any, bool]] = [(data, False)]
    seen = 0
    while queue and seen < MAX_NODES:
        node, in_list = queue.pop(0)
        seen += 1
        if isinstance(node, dict):
            yield node, in_list
            queue.extend((value, in_list) for value in node.values())
        elif isinstance(node, list):
            queue.extend((value, True) for value in node)


def read_json_catalogue(data: Any, lexicon: LabelLexicon) -> JsonCatalogue:
    """The links and the stated total of a JSON answer (nothing when it lists nothing)."""
    link_keys, total_keys = _keys(lexicon, "json_link_keys"), _keys(lexicon, "json_total_keys")
    name_keys = _keys(lexicon, "json_name_keys")
    catalogue = JsonCatalogue()
    totals: list[int] = []
    for node, row in _walk(data):
        folded = {normalize_key(str(key)): value for key, value in node.items()}
        text = next((str(folded[k]).strip()[:MAX_TEXT] for k in name_keys
                     if isinstance(folded.get(k), str) and folded[k].strip()), "")
        for key, value in folded.items():
            if key in link_keys and isinstance(value, str) and value.strip():
                catalogue.links.append((value.strip(), text))
            elif key in total_keys and not row and (count := _count(value)) is not None:  # a row's count is no total
                totals.append(count)
    catalogue.total = max(totals) if totals else None
    return catalogue
