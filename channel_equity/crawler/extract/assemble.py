"""Turn what was read from one guide (HTML or JSON alike) into a GuideObservation.

Readers collect *evidence*: every candidate value per field with the rank of the label
or key it came under. This module picks, per field, the best-ranked candidate that
normalises (an override selector or JSON path always ranks first), decides whether the
page is a guide at all, and fills the observation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import Channel, GuideObservation, Level, Location, Material
from channel_equity.crawler.extract import normalize as norm
from channel_equity.crawler.extract.locations import locations_from_text, merge_locations
from channel_equity.crawler.extract.materials import materials_from_lines, merge_materials

MIN_GUIDE_FIELDS = 3
"""Distinct recognised fields, besides the name, that make a page a guide."""

LIST_PAGE_NAMES = 3
"""This many different item names on one page make it a list (catalog), not a guide."""

FORCED_RANK = -1
_LEVEL_DIGITS = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
T = TypeVar("T")
_BARE_CODE = re.compile(r"^[\d\s,，、;；^|/]+$")


@dataclass
class FieldValue:
    """One candidate value of a field: its text, the label's rank, its document order."""

    text: str
    rank: int = 0
    order: int = 0
    lines: tuple[str, ...] = ()


@dataclass
class GuideEvidence:
    """Everything a reader found on one page, before normalisation."""

    url: str
    values: dict[str, list[FieldValue]] = field(default_factory=dict)
    raw_fields: dict[str, str] = field(default_factory=dict)
    materials: list[Material] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    entry_urls: list[str] = field(default_factory=list)
    fallback_name: str | None = None
    list_rows: int = 0

    def add(self, key: str, value: FieldValue) -> None:
        self.values.setdefault(key, []).append(value)

    def add_raw(self, label: str, value: str) -> None:
        """Keep the first non-empty value of each label, as read."""
        if label and len(self.raw_fields) < 400 and not self.raw_fields.get(label):
            self.raw_fields[label] = value

    def candidates(self, key: str) -> list[FieldValue]:
        return sorted(self.values.get(key, []), key=lambda v: (v.rank, v.order))

    def texts(self, key: str) -> list[str]:
        return [v.text for v in self.candidates(key) if v.text]


def _first(evidence: GuideEvidence, key: str, parse: Callable[[str], T | None]) -> T | None:
    for candidate in evidence.candidates(key):
        if candidate.text:
            parsed = parse(candidate.text)
            if parsed is not None and parsed != []:
                return parsed
    return None


def _codes(evidence: GuideEvidence) -> tuple[str | None, str | None]:
    """(item_code, basic_code). The implementation code is the item code; when a guide
    shows only its basic code, that is both. A basic code longer than the "implementation"
    one means the labels were swapped: the longer code is the item code.
    """
    item = _first(evidence, "item_code", norm.extract_code)
    basic = _first(evidence, "basic_code", norm.extract_code)
    if basic is None:  # a 12-character code under an item-code label (事项编码 next to 实施编码)
        codes = (norm.extract_code(t) for t in evidence.texts("item_code"))
        basic = next((c for c in codes if c and len(c) == 12 and c != item), None)
    if item is None:
        return basic, basic
    if basic is not None and len(basic) > len(item):
        return basic, item
    return item, basic


def _levels(evidence: GuideEvidence, item_code: str | None, lexicon: LabelLexicon) -> list[Level]:
    """行使层级, else the level digit of a 31/33-character implementation code."""
    levels = _first(evidence, "levels", lambda t: norm.parse_levels(t, lexicon))
    if levels:
        return levels
    if item_code and len(item_code) in (31, 33) and item_code[18] in _LEVEL_DIGITS:
        return [_LEVEL_DIGITS[item_code[18]]]  # type: ignore[list-item]
    return []


def _channels(evidence: GuideEvidence, online: bool | None, has_places: bool, lexicon: LabelLexicon) -> list[Channel]:
    """办理形式; when the guide has no such field, inferred from 是否网办 and a stated place.

    Inference only fills a gap: an explicit 办理形式 is never extended, because a guide that
    says 是否网办=是 but 办理形式=窗口办理 is exactly the contradiction checks look for.
    """
    explicit = _first(evidence, "channels", lambda t: norm.parse_channels(t, lexicon))
    if explicit or evidence.values.get("channels"):
        return explicit or []
    inferred: list[Channel] = []
    if has_places:
        inferred.append("counter")
    if online:
        inferred.append("online")
    return inferred


def _entry_url(evidence: GuideEvidence) -> str | None:
    texts = evidence.texts("online_entry_url")
    return texts[0] if texts else (evidence.entry_urls[0] if evidence.entry_urls else None)


def _materials(evidence: GuideEvidence, lexicon: LabelLexicon) -> list[Material]:
    if evidence.materials:
        return evidence.materials
    listed = [materials_from_lines(c.lines or tuple(c.text.split("\n")), lexicon)
              for c in evidence.candidates("materials") if c.text]
    return merge_materials(listed[:1])


def _locations(evidence: GuideEvidence, lexicon: LabelLexicon) -> list[Location]:
    if evidence.locations:
        return evidence.locations
    found = merge_locations(locations_from_text(t, lexicon) for t in evidence.texts("locations")[:1])
    if len(found) == 1:  # one hall: the guide's own hours and phone are that hall's
        hours, phones = evidence.texts("hours"), evidence.texts("phone")
        found[0] = found[0].model_copy(update={
            "hours": found[0].hours or (hours[0] if hours else None),
            "phone": found[0].phone or (phones[0] if phones else None),
        })
    return found


def _channel_text(evidence: GuideEvidence, lexicon: LabelLexicon) -> str | None:
    """The portal's wording of channel-ish fields, for rules that scan phrases.

    Bare codes ("1^2", "1") are left out: they carry no wording and their text twin is there.
    """
    seen: list[str] = []
    for key in lexicon.words("channel_text_fields"):
        for value in sorted(evidence.values.get(key, []), key=lambda v: v.order):
            if value.text and value.text not in seen and not _BARE_CODE.match(value.text):
                seen.append(value.text)
    return "\n".join(seen) or None


def _repeats_like_a_list(evidence: GuideEvidence, names: int, lexicon: LabelLexicon) -> bool:
    """Several item names with other fields repeated as often: a catalog of cards.

    A guide with a sidebar of related item names repeats only the name.
    """
    repeated = [k for k, vs in evidence.values.items()
                if k != "name" and k not in lexicon.weak_fields and len(vs) >= names]
    return len(repeated) >= 2


def _is_guide(evidence: GuideEvidence, name: str | None, lexicon: LabelLexicon) -> bool:
    if not name:
        return False
    names = {v.text for v in evidence.values.get("name", []) if v.text}
    if len(names) >= LIST_PAGE_NAMES and _repeats_like_a_list(evidence, len(names), lexicon):
        return False
    if not names and evidence.list_rows >= LIST_PAGE_NAMES:
        return False
    weak = lexicon.weak_fields
    recognised = {k for k, vs in evidence.values.items() if k not in weak and "." not in k and any(v.text for v in vs)}
    recognised |= {"materials"} if evidence.materials else set()
    recognised |= {"locations"} if evidence.locations else set()
    return len(recognised) >= MIN_GUIDE_FIELDS


def build_observation(evidence: GuideEvidence, lexicon: LabelLexicon) -> GuideObservation | None:
    """The observation, or None when the evidence does not amount to a guide."""
    name = _first(evidence, "name", norm.text_or_none) or evidence.fallback_name
    if not _is_guide(evidence, name, lexicon) or name is None:
        return None
    item_code, basic_code = _codes(evidence)
    online = _first(evidence, "online_available", norm.parse_bool)
    locations = _locations(evidence, lexicon)
    fee = _first(evidence, "fee", norm.parse_fee)
    if fee is None:
        fee = _first(evidence, "fee_standard", lambda t: norm.parse_fee(t, strict=True))
    return GuideObservation(
        url=evidence.url,
        item_code=item_code,
        basic_code=basic_code,
        name=name.replace("\n", " ")[:300],
        item_type=_first(evidence, "item_type", lambda t: lexicon.codes("item_type").get(norm.fold(t), t) or None),
        department=_first(evidence, "department", lambda t: norm.text_or_none(t.split("\n")[0])),
        levels=_levels(evidence, item_code, lexicon),
        channels=_channels(evidence, online, bool(locations or evidence.texts("locations")), lexicon),
        online_available=online,
        online_entry_url=_entry_url(evidence),
        online_depth=_first(evidence, "online_depth", norm.parse_depth),
        visits=_first(evidence, "visits", norm.parse_visits),
        visit_reason=_first(evidence, "visit_reason", norm.stated_text),
        statutory_days=_first(evidence, "statutory_days", lambda t: norm.parse_days(t, prefer="法定")),
        promised_days=_first(evidence, "promised_days", lambda t: norm.parse_days(t, prefer="承诺")),
        case_type=_first(evidence, "case_type", lambda t: norm.parse_case_type(t, lexicon))
        or _first(evidence, "review_type", lambda t: norm.parse_case_type(t, lexicon)),
        fee=fee,
        appointment=_first(evidence, "appointment", norm.parse_bool),
        express=_first(evidence, "express", norm.parse_bool),
        materials=_materials(evidence, lexicon),
        locations=locations,
        channel_text=_channel_text(evidence, lexicon),
        raw_fields=dict(evidence.raw_fields),
    )


def forced_value(text: Any) -> FieldValue:
    """A value supplied by an override (selector or JSON path): it outranks every label."""
    return FieldValue(text=norm.clean_value(str(text)), rank=FORCED_RANK, order=-1)
