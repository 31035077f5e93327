"""Guides carried as data inside an HTML page: JSON or XML data blocks and XML islands.

Some portals (Hanweb-style sites, server-rendered apps) ship the guide as a data block —
``<script type="application/json">``, ``<script type="text/xml">``, a hidden
``<textarea>`` or an IE ``<xml>`` island — and draw it with script. These blocks are read
only through machine keys (json_keys), and only when the visible page is not a guide:
executable scripts are never read at all.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.extract.dom import XML_DECLARATION, ParsedPage, tag_of
from channel_equity.crawler.extract.json_guide import guide_from_object, loads_or_none, looks_like_json

MAX_BLOCKS = 20
MAX_XML_DEPTH = 60
MAX_XML_ELEMENTS = 100_000
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True,
                              remove_comments=True, huge_tree=False)


def element_to_object(element: Any, depth: int = 0, budget: list[int] | None = None) -> Any:
    """An XML element as JSON-like data: leaves -> text, repeated children -> lists."""
    budget = budget if budget is not None else [MAX_XML_ELEMENTS]
    children = [c for c in element if tag_of(c)]
    budget[0] -= 1 + len(children)
    if not children or depth >= MAX_XML_DEPTH or budget[0] < 0:
        return "".join(element.itertext()).strip()
    obj: dict[str, Any] = {}
    for child in children:
        key = etree.QName(child).localname
        value = element_to_object(child, depth + 1, budget)
        if key in obj:
            existing = obj[key]
            obj[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            obj[key] = value
    return obj


def _xml_object(text: str) -> Any:
    try:
        root = etree.fromstring(XML_DECLARATION.sub("", text), _XML_PARSER)
    except (etree.LxmlError, ValueError):
        return None
    return None if root is None else {etree.QName(root).localname: element_to_object(root)}


def data_objects(page: ParsedPage) -> list[Any]:
    """Decoded data blocks and XML islands of a page."""
    objects: list[Any] = []
    for block in page.data_blocks[:MAX_BLOCKS]:
        stripped = block.strip()
        decoded = loads_or_none(stripped) if looks_like_json(stripped) else _xml_object(stripped)
        if decoded is not None:
            objects.append(decoded)
    for island in page.root.iter("xml"):
        if len(objects) >= MAX_BLOCKS:
            break
        objects.append(element_to_object(island))
    return objects


def guide_from_embedded_data(
    page: ParsedPage, url: str, lexicon: LabelLexicon, overrides: ExtractionOverrides | None
) -> GuideObservation | None:
    """The first guide found in the page's data blocks, or None."""
    for obj in data_objects(page):
        observation = guide_from_object(obj, url, lexicon, overrides)
        if observation is not None:
            return observation
    return None
