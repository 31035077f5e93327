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
from typing import Any, TypeVar, cast

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import CaseType, Channel, GuideObservation, Level, Location, Material
from channel_equity.crawler.extract import normalize as norm
from channel_equity.crawler.extract.detect import enough_guide_fields
from channel_equity.crawler.extract.locations import (
    halls_in_text,
    locations_from_text,
    merge_locations,
    reads_as_sentence,
)
from channel_equity.crawler.extract.materials import materials_from_lines, merge_materials
from channel_equity.crawler.extract.prose import (
    ProseFacts,
    days_in,
    department_name,
    is_prose,
    prose_channels,
    read_prose,
)

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
    head_department: str | None = None
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


def _levels(evidence: GuideEvidence, item_code: str | None, hall_levels: list[Level],
            lexicon: LabelLexicon) -> list[Level]:
    """行使层级, else the level digit of a 31/33-character implementation code together with
    the levels of the halls that handle it (a county body's item received at a town's centre is
    handled at both). A stated 行使层级 is the guide's own word and stands alone."""
    levels = _first(evidence, "levels", lambda t: norm.parse_levels(t, lexicon))
    if levels:
        return levels
    if item_code and len(item_code) in (31, 33) and item_code[18] in _LEVEL_DIGITS:
        return _unique([cast(Level, _LEVEL_DIGITS[item_code[18]]), *hall_levels])
    return []


UNLABELLED_CHANNEL_RANK = 100
"""A value read as a channel list under a label the lexicon does not know ranks after any known one."""


def _channels(evidence: GuideEvidence, online: bool | None, locations: list[Location], facts: ProseFacts,
              lexicon: LabelLexicon, provenance: dict[str, str]) -> list[Channel]:
    """办理形式; when the guide has no such field, inferred from 是否网办, a stated place and
    what its sentences offer.

    Inference only fills a gap: an explicit 办理形式 is never extended, because a guide that
    says 是否网办=是 but 办理形式=窗口办理 is exactly the contradiction checks look for. An
    办理方式 written as sentences is read as sentences ("到…窗口申请", "也可邮寄申请材料").
    """
    stated = evidence.texts("channels")
    if stated and is_prose(stated[0]):
        provenance["channels"] = "prose"
        counter: list[Channel] = ["counter"] if locations else []
        return _unique([*counter, *prose_channels(stated[0], lexicon)])
    explicit = _first(evidence, "channels", lambda t: norm.parse_channels(t, lexicon))
    if explicit or evidence.values.get("channels"):
        if explicit and all(c.rank >= UNLABELLED_CHANNEL_RANK for c in evidence.candidates("channels")):
            # "服务方式：窗口办理" or a step "1. 受理：窗口当场受理": a value that reads as
            # channels under a label nobody declared as a channel label is not a statement of them
            provenance["channels"] = "unlabelled"
        return explicit or []
    inferred: list[Channel] = []
    if locations or evidence.texts("locations"):
        inferred.append("counter")
    if online:
        inferred.append("online")
    # a section named after a channel ("网上办理：可通过…提交申请") adds the channel it describes
    sections = [c for text in evidence.texts("channel_sections") for c in norm.parse_channels(text, lexicon)]
    if inferred or facts.channels or sections:
        provenance["channels"] = "prose" if facts.channels or sections else "inferred"
    return _unique([*inferred, *facts.channels, *sections])


def _unique(values: list[T]) -> list[T]:
    return list(dict.fromkeys(values))


def _entry_url(evidence: GuideEvidence) -> str | None:
    texts = evidence.texts("online_entry_url")
    return texts[0] if texts else (evidence.entry_urls[0] if evidence.entry_urls else None)


def _materials(evidence: GuideEvidence, lexicon: LabelLexicon) -> list[Material]:
    if evidence.materials:
        return evidence.materials
    listed = [materials_from_lines(c.lines or tuple(c.text.split("\n")), lexicon)
              for c in evidence.candidates("materials") if c.text]
    return merge_materials(listed[:1])


def _locations(evidence: GuideEvidence, lexicon: LabelLexicon, sections: list[str],
               provenance: dict[str, str]) -> list[Location]:
    """Halls from tables and cards; else from the place text, where a hall named inside a
    sentence ("到XX中心一楼某窗口申请") is that hall; else the halls the sections name."""
    if evidence.locations:
        return _halls_named_in_sentences(evidence.locations, lexicon, provenance, from_text=False)
    stated = evidence.texts("locations")[:1]
    found = _halls_named_in_sentences(merge_locations(locations_from_text(t, lexicon) for t in stated),
                                      lexicon, provenance, from_text=True)
    if not found and sections:
        found = merge_locations(halls_in_text(text, lexicon) for text in sections)
        if found:
            provenance["locations"] = "prose"
    if len(found) == 1:  # one hall: the guide's own hours and phone are that hall's
        hours, phones = evidence.texts("hours"), evidence.texts("phone")
        found[0] = found[0].model_copy(update={
            "hours": found[0].hours or (hours[0] if hours else None),
            "phone": found[0].phone or (phones[0] if phones else None),
        })
    return found


def _halls_named_in_sentences(locations: list[Location], lexicon: LabelLexicon, provenance: dict[str, str],
                              from_text: bool) -> list[Location]:
    """A place written as a sentence ("到XX中心二楼某窗口申请，或…") is the halls it names, and
    nothing when it names none. A place read from running text that runs on past its hall
    into a floor or window ("XX中心一楼医保服务区") is that hall; a hall's name as a table or
    card gives it (窗口名称 "XX中心综合受理窗口") stays whole."""
    found: list[Location] = []
    for location in locations:
        sentence = reads_as_sentence(location.name, lexicon)
        named = halls_in_text(location.name, lexicon) if sentence or from_text else []
        if named and (len(named) > 1 or named[0].name != location.name):
            provenance["locations"] = "prose"
            address = location.address if len(named) == 1 else None
            found.extend(n.model_copy(update={"address": address, "hours": location.hours, "phone": location.phone})
                         for n in named)
        elif not sentence and not (from_text and location.level is None):  # "打印本页 关闭窗口"
            found.append(location)
    return merge_locations([found])


_CRUMB_SPLIT = re.compile(r"\s*[>›»/＞]\s*")


def _department_in_breadcrumb(evidence: GuideEvidence, lexicon: LabelLexicon) -> str | None:
    """A guide filed under a department in the portal's breadcrumb ("首页 > 部门办事 >
    蓼川市市场监督管理局 > 办事指南") is that department's, when the guide names none."""
    labels = set(lexicon.words("navigation.breadcrumb_labels"))
    endings = tuple(lexicon.words("navigation.department_endings"))
    for label, value in evidence.raw_fields.items():
        if label in labels:
            parts = [part for part in _CRUMB_SPLIT.split(value) if 4 <= len(part) <= 30]
            named = [part for part in parts if part.endswith(endings)]
            if len(named) == 1:
                return named[0]
    return None


STATUTORY_MARK = "法定"


def _prose_sections(evidence: GuideEvidence, lexicon: LabelLexicon, but: tuple[str, ...] = ()) -> list[str]:
    """The texts of the sections whose sentences may state facts, in document order (less the
    fields in ``but``)."""
    keys = set(lexicon.words("prose.section_fields")) - set(but)
    values = sorted(((k, v) for k, vs in evidence.values.items() if k in keys or k.startswith("location.")
                     for v in vs if v.text and v.rank >= 0),
                    key=lambda kv: kv[1].order)
    # under a 法定时限 label the days are statutory though its value does not say 法定
    return [STATUTORY_MARK + v.text if k == "statutory_days" else v.text for k, v in values]


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
    return enough_guide_fields(recognised)


def _promised_days(evidence: GuideEvidence, lexicon: LabelLexicon) -> int | None:
    """承诺时限; a value written as several steps with their days is read as sentences
    (a stated total, else the sum of the steps)."""
    def parse(text: str) -> int | None:
        stated = norm.BRACKETED.sub("", text).strip(" 。.;；")  # "30个工作日（其中镇审核15个工作日…）"
        days = norm.parse_days(stated, prefer="承诺") if stated and not is_prose(stated) else None
        if days is not None:
            return days
        return days_in(text, lexicon)[0] if is_prose(text) else norm.parse_days(text, prefer="承诺")
    return _first(evidence, "promised_days", parse)


def _fill(provenance: dict[str, str], name: str, labelled: T | None, read: T | None, how: str = "prose") -> T | None:
    """The labelled value, else the one read from sentences (recorded in ``provenance``)."""
    if labelled is not None and labelled != []:
        return labelled
    if read is not None and read != []:
        provenance[name] = how
        return read
    return labelled


def build_observation(evidence: GuideEvidence, lexicon: LabelLexicon) -> GuideObservation | None:
    """The observation, or None when the evidence does not amount to a guide.

    ``provenance`` names each field whose value was not stated under its own label: "prose"
    (read from the guide's sentences) or "inferred" (derived from other fields)."""
    name = _first(evidence, "name", norm.text_or_none) or evidence.fallback_name
    if not _is_guide(evidence, name, lexicon) or name is None:
        return None
    provenance: dict[str, str] = {}
    sections = _prose_sections(evidence, lexicon)
    facts = read_prose(sections, lexicon)
    item_code, basic_code = _codes(evidence)
    online = _first(evidence, "online_available", norm.parse_bool)
    # the implementing body (XX服务中心) is no hall the applicant goes to
    locations = _locations(evidence, lexicon, _prose_sections(evidence, lexicon, but=("department",)), provenance)
    hall_levels = list(dict.fromkeys(loc.level for loc in locations if loc.level))
    fee = _first(evidence, "fee", norm.parse_fee)
    if fee is None:
        fee = _first(evidence, "fee_standard", lambda t: norm.parse_fee(t, strict=True))
    promised = _fill(provenance, "promised_days", _promised_days(evidence, lexicon), facts.promised_days)
    case_type: CaseType | None = _first(evidence, "case_type", lambda t: norm.parse_case_type(t, lexicon)) \
        or _first(evidence, "review_type", lambda t: norm.parse_case_type(t, lexicon))
    case_type = _fill(provenance, "case_type", case_type, facts.case_type)
    on_the_spot: CaseType | None = "immediate" if promised == 0 else None  # 当场办结 is a 即办件
    case_type = _fill(provenance, "case_type", case_type, on_the_spot, "inferred")
    return GuideObservation(
        url=evidence.url,
        item_code=item_code,
        basic_code=basic_code,
        name=name.replace("\n", " ")[:300],
        item_type=_first(evidence, "item_type", lambda t: lexicon.codes("item_type").get(norm.fold(t), t) or None),
        department=_fill(provenance, "department", _first(evidence, "department", department_name),
                         _department_in_breadcrumb(evidence, lexicon) or evidence.head_department, "inferred"),
        levels=_fill(provenance, "levels", _fill(provenance, "levels", _levels(evidence, item_code, hall_levels, lexicon),
                                                list(facts.levels)), hall_levels, "inferred") or [],
        channels=_channels(evidence, online, locations, facts, lexicon, provenance),
        online_available=online,
        online_entry_url=_entry_url(evidence),
        online_depth=_fill(provenance, "online_depth", _first(evidence, "online_depth", norm.parse_depth),
                           facts.online_depth),
        visits=_fill(provenance, "visits", _first(evidence, "visits", norm.parse_visits), facts.visits),
        visit_reason=_first(evidence, "visit_reason", norm.stated_text),
        statutory_days=_fill(provenance, "statutory_days", _first(
            evidence, "statutory_days", lambda t: norm.parse_days(t, prefer="法定")), facts.statutory_days),
        promised_days=promised,
        case_type=case_type,
        fee=fee,
        appointment=_first(evidence, "appointment", norm.parse_bool),
        express=_first(evidence, "express", norm.parse_bool),
        materials=_materials(evidence, lexicon),
        locations=locations,
        channel_text=_channel_text(evidence, lexicon),
        raw_fields=dict(evidence.raw_fields),
        provenance=provenance,
    )


def forced_value(text: Any) -> FieldValue:
    """A value supplied by an override (selector or JSON path): it outranks every label."""
    return FieldValue(text=norm.clean_value(str(text)), rank=FORCED_RANK, order=-1)
