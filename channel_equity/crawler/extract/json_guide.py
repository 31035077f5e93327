"""Guides served as JSON (detail APIs) — or as XML/JSON data embedded in a page.

The guide object is found wherever it sits (under data/result/custom, inside a
JSON-encoded string, in a list) by scoring every object on how many machine keys of the
lexicon (``json_keys``; TASK_NAME = taskName = task_name) or Chinese labels it carries.
Its material rows and halls may sit beside it, so lists are looked for in the guide
object and in the objects that contain it.
"""

from __future__ import annotations

import json
import logging
import re
from collections import deque
from collections.abc import Iterator
from typing import Any

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.core.labels import LabelLexicon, normalize_key
from channel_equity.core.observation import GuideObservation, Location, Material
from channel_equity.crawler.extract.assemble import FieldValue, GuideEvidence, build_observation, forced_value
from channel_equity.crawler.extract.links import absolute_url
from channel_equity.crawler.extract.locations import build_location, merge_locations
from channel_equity.crawler.extract.materials import ColumnTexts, build_material, merge_materials
from channel_equity.crawler.extract.normalize import clean_value

log = logging.getLogger(__name__)

MAX_NODES = 200_000
MAX_DEPTH = 40
MAX_JSON_STRING = 5_000_000
ANCESTOR_RANK_PENALTY = 500
MIN_ITEM_FIELDS = 2
"""Known fields (besides the name) that make a list item a guide-like item."""
LABEL_KEY_RANK_PENALTY = 50
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_TEXT_KEYS = ("text", "name", "label", "value", "title", "content")
Path = tuple[dict[str, Any], ...]


def loads_or_none(text: str | bytes) -> Any:
    """Decoded JSON, or None when it is not JSON (an HTML error page inside an API, say)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    stripped = text.strip().lstrip("\ufeff")
    if not stripped.startswith(("{", "[")) or len(stripped) > MAX_JSON_STRING:
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def looks_like_json(text: str) -> bool:
    """A string that may hold JSON (a JSON-encoded object inside JSON)."""
    return text.lstrip()[:1] in ("{", "[")


def to_text(value: Any) -> str:
    """A JSON value as the text a page would show (lists joined with 、)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float, str)):
        return clean_value(str(value))
    if isinstance(value, list):
        return "、".join(t for t in (to_text(v) for v in value[:100] if not isinstance(v, list)) if t)
    if isinstance(value, dict):
        for key in _TEXT_KEYS:
            if key in value and not isinstance(value[key], (dict, list)):
                return to_text(value[key])
    return ""


def _walk(root: Any) -> Iterator[tuple[dict[str, Any], Path, int]]:
    """Every object in ``root`` with the objects containing it and the id of the list it is
    an item of (0 when none), shallow first, bounded."""
    queue: deque[tuple[Any, Path, int]] = deque([(root, (), 0)])
    visited = 0
    while queue and visited < MAX_NODES:
        node, ancestors, in_list = queue.popleft()
        visited += 1
        if isinstance(node, str):
            node = loads_or_none(node) if looks_like_json(node) else None
        if isinstance(node, dict):
            yield node, ancestors, in_list
            if len(ancestors) < MAX_DEPTH:
                queue.extend((v, (*ancestors, node), 0) for v in node.values() if isinstance(v, (dict, list, str)))
        elif isinstance(node, list):
            pairs = _label_value_object(node)
            if pairs is not None:
                yield pairs, ancestors, 0
            queue.extend((v, ancestors, id(node)) for v in node[:5000] if isinstance(v, (dict, list, str)))


_LABEL_KEYS = ("label", "name", "title", "key", "fieldname", "fieldlabel", "text")
_VALUE_KEYS = ("value", "content", "val", "fieldvalue", "text", "desc")


def _label_value_object(items: list[Any]) -> dict[str, Any] | None:
    """[{"label": "事项名称", "value": "…"}, …] — a guide sent as a list of label/value
    entries (form-like APIs) — as one object keyed by the labels; None for other lists."""
    found: dict[str, Any] = {}
    for item in items[:300]:
        if not isinstance(item, dict):
            return None
        folded = {normalize_key(str(k)): v for k, v in item.items()}
        label_key = next((k for k in _LABEL_KEYS if isinstance(folded.get(k), str)), None)
        value_key = next((k for k in _VALUE_KEYS if k in folded and k != label_key), None)
        if label_key is None or value_key is None or len(folded[label_key]) > 24:
            return None
        found.setdefault(folded[label_key], folded[value_key])
    return found if len(found) >= 3 else None


def _key_index(lexicon: LabelLexicon) -> dict[str, tuple[str, int]]:
    index = lexicon.memo.get("json_key_index")
    if index is None:
        index = {}
        for field_name, keys in lexicon.json_keys.items():
            for rank, key in enumerate(keys):
                index.setdefault(key, (field_name, rank))
        lexicon.memo["json_key_index"] = index
    return index  # type: ignore[no-any-return]


def _fields_of(obj: dict[str, Any], lexicon: LabelLexicon) -> Iterator[tuple[str, int, str, Any]]:
    """(field, rank, key, value) for each key of ``obj`` the lexicon knows."""
    index = _key_index(lexicon)
    for key, value in obj.items():
        if not isinstance(key, str):
            continue
        found = index.get(normalize_key(key))
        if found is None and not key.isascii():
            match = lexicon.fields.match(key)
            found = (match.key, match.rank + LABEL_KEY_RANK_PENALTY) if match else None
        if found is not None:
            yield found[0], found[1], key, value


def _score(obj: dict[str, Any], lexicon: LabelLexicon) -> tuple[bool, int]:
    fields = {f for f, _, _, v in _fields_of(obj, lexicon) if to_text(v)}
    return "name" in fields, len(fields - lexicon.weak_fields)


def find_guide_object(root: Any, lexicon: LabelLexicon) -> tuple[dict[str, Any], Path] | None:
    """The object that best looks like a guide: has a name key, then most known keys.

    None when that object is one of several guide-like items of one list: a catalog page
    of an API, whose first item must not pass for a guide.
    """
    best: tuple[tuple[bool, int], dict[str, Any], Path, int] | None = None
    items_per_list: dict[int, int] = {}
    for obj, ancestors, in_list in _walk(root):
        score = _score(obj, lexicon)
        if not score[0]:
            continue
        if in_list and score[1] >= MIN_ITEM_FIELDS:
            items_per_list[in_list] = items_per_list.get(in_list, 0) + 1
        if best is None or score > best[0]:
            best = (score, obj, ancestors, in_list)
    if best is None or (best[3] and items_per_list.get(best[3], 0) > 1):
        return None
    return best[1], best[2]


def _rows(obj: dict[str, Any], keys: dict[str, tuple[str, ...]]) -> ColumnTexts:
    folded = {normalize_key(k): v for k, v in obj.items() if isinstance(k, str)}
    values: ColumnTexts = {}
    for column, candidates in keys.items():
        for key in candidates:
            text = to_text(folded.get(key))
            if text:
                values[column] = [("", text)]
                break
    return values


def material_from_object(obj: dict[str, Any], lexicon: LabelLexicon) -> Material | None:
    """One AUDIT_MATERIAL-like row; PAGE_NUM / PAGE_COPYNUM become "原件N份、复印件M份"."""
    values = _rows(obj, lexicon.json_material_keys)
    copies = [f"{word}{text}份" for key, word in (("copies_original", "原件"), ("copies_duplicate", "复印件"))
              for _, text in values.pop(key, []) if _NUMBER.fullmatch(text) and text != "0"]
    if copies and "copies" not in values:
        values["copies"] = [("", "、".join(copies))]
    return build_material(values, lexicon)


def location_from_object(obj: dict[str, Any], lexicon: LabelLexicon) -> Location | None:
    """One AUDIT_CATALOG_LOBBY-like row {NAME, ADDRESS, TIME, TEL}."""
    values = {k: v[0][1] for k, v in _rows(obj, lexicon.json_location_keys).items()}
    return build_location(values.get("name"), values.get("address"), values.get("hours"), values.get("phone"),
                          lexicon)


def _object_lists(obj: dict[str, Any], depth: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    for key, value in obj.items():
        if isinstance(value, str):
            value = loads_or_none(value) if looks_like_json(value) else None
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:20]):
            yield normalize_key(str(key)), value
        elif isinstance(value, dict) and depth > 0:
            yield from _object_lists(value, depth - 1)


def _lists_near(guide: dict[str, Any], ancestors: Path) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    yield from _object_lists(guide, 3)
    for ancestor in reversed(ancestors):
        yield from _object_lists(ancestor, 1)


def _read_lists(guide: dict[str, Any], ancestors: Path, lexicon: LabelLexicon, evidence: GuideEvidence) -> None:
    material_lists = {normalize_key(k) for k in lexicon.words("json_material_lists")}
    location_lists = {normalize_key(k) for k in lexicon.words("json_location_lists")}
    name_keys = set(lexicon.json_material_keys.get("name", ()))
    hall_keys = {k for keys in lexicon.json_location_keys.values() for k in keys}
    materials: list[list[Material]] = []
    locations: list[list[Location]] = []
    for key, rows in _lists_near(guide, ancestors):
        first = {normalize_key(str(k)) for k in rows[0]}
        if key in material_lists or first & name_keys:
            materials.append([m for r in rows[:500] if (m := material_from_object(r, lexicon))])
        elif key in location_lists or len(first & hall_keys) >= 3:
            locations.append([loc for r in rows[:200] if (loc := location_from_object(r, lexicon))])
    evidence.materials = merge_materials(materials[:1])  # the list nearest the guide
    evidence.locations = merge_locations(locations[:1])


def _add_units(evidence: GuideEvidence) -> None:
    """ANTICIPATE_DAY "20" + ANTICIPATE_TYPE_TEXT "工作日" -> "20工作日"."""
    for days, unit in (("statutory_days", "statutory_unit"), ("promised_days", "promised_unit")):
        units = [t for t in evidence.texts(unit) if not t.isdigit()]
        for candidate in evidence.values.get(days, []):
            if units and _NUMBER.fullmatch(candidate.text):
                candidate.text += units[0]


def evidence_from_object(guide: dict[str, Any], ancestors: Path, url: str, lexicon: LabelLexicon) -> GuideEvidence:
    """Candidates from the guide object, then (ranked lower) from the objects around it."""
    evidence = GuideEvidence(url)
    for depth, obj in enumerate((guide, *reversed(ancestors))):
        for field_name, rank, _key, value in _fields_of(obj, lexicon):
            text = to_text(value)
            if field_name == "online_entry_url":
                text = absolute_url(text, url) or ""
            if text:
                evidence.add(field_name, FieldValue(text, rank + depth * ANCESTOR_RANK_PENALTY, depth))
    for key, value in guide.items():
        if isinstance(value, (str, int, float, bool)) and not (isinstance(value, str) and looks_like_json(value)):
            evidence.add_raw(str(key), to_text(value))
    _add_units(evidence)
    _read_lists(guide, ancestors, lexicon, evidence)
    return evidence


def value_at(root: Any, path: str) -> Any:
    """The value at a dotted path ("data.TASK_NAME", "data.list.0.name"); None if absent.

    Keys match exactly first, then case/underscore-insensitively; JSON strings on the way
    are decoded.
    """
    node = root
    for part in path.split("."):
        if isinstance(node, str):
            node = loads_or_none(node)
        if isinstance(node, dict):
            if part in node:
                node = node[part]
            else:
                wanted = normalize_key(part)
                node = next((v for k, v in node.items() if normalize_key(str(k)) == wanted), None)
        elif isinstance(node, list) and part.lstrip("-").isdigit() and -len(node) <= int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _apply_paths(root: Any, paths: dict[str, str], url: str, lexicon: LabelLexicon, evidence: GuideEvidence) -> None:
    for field_name, path in paths.items():
        value = value_at(root, path)
        if isinstance(value, str) and looks_like_json(value):
            value = loads_or_none(value)
        if field_name == "materials" and isinstance(value, list):
            evidence.materials = [m for v in value if isinstance(v, dict) if (m := material_from_object(v, lexicon))]
        elif field_name == "locations" and isinstance(value, list):
            evidence.locations = [loc for v in value if isinstance(v, dict) if (loc := location_from_object(v, lexicon))]
        elif value is not None:
            text = to_text(value)
            if field_name == "online_entry_url":
                text = absolute_url(text, url) or ""
            evidence.add(field_name, forced_value(text))


def guide_from_object(
    root: Any, url: str, lexicon: LabelLexicon, overrides: ExtractionOverrides | None = None
) -> GuideObservation | None:
    """The guide in a decoded JSON document (raises on bugs; callers at the boundary catch)."""
    if isinstance(root, (str, bytes)):
        root = loads_or_none(root)
    if root is None:
        return None
    paths = overrides.json_api.fields if overrides and overrides.json_api else {}
    found = find_guide_object(root, lexicon)
    if found is None and not paths:
        return None
    evidence = evidence_from_object(found[0], found[1], url, lexicon) if found else GuideEvidence(url)
    _apply_paths(root, paths, url, lexicon, evidence)
    return build_observation(evidence, lexicon)


def extract_guide_from_json(
    obj: Any, url: str, lexicon: LabelLexicon, overrides: ExtractionOverrides | None = None
) -> GuideObservation | None:
    """The guide in a JSON API answer, or None when it holds none. Never raises.

    ``obj`` is the decoded JSON (or its text). ``overrides.json_api.fields`` (dotted paths)
    win over the lexicon's keys; ``overrides.labels`` adds Chinese keys.
    """
    try:
        lex = lexicon.extended(overrides.labels if overrides else None)
        return guide_from_object(obj, url, lex, overrides)
    except Exception:  # the boundary: one bad API answer must not stop a crawl
        log.warning("guide extraction from JSON failed for %s", url, exc_info=True)
        return None
