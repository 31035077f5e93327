"""Evidence excerpts from a guide's fields, shared by the item rules.

An inspector must be able to find the excerpt on the page, so a rule quotes the portal's own
label and wording (``raw_fields``: "到办事现场次数：2次") rather than our normalised value.
Which raw label holds which field is decided by the extractor's label lexicon
(``channel_equity/data/labels.yaml``), the one place that knows how portals name things; when a guide's
raw text was not kept (a JSON portal under an unknown key, a hand-built observation) the
excerpt is the value alone as guides write it: never a label the page may not print. The
checks then locate every excerpt in the stored page (``checks/quoting.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from channel_equity.core.labels import LabelLexicon, load_label_lexicon, normalize_key
from channel_equity.core.observation import GuideObservation, Material

EXCERPT_MAX_CHARS = 400
"""Raw values can be whole paragraphs (or a hostile page's megabytes): excerpts are cut."""

SEPARATOR = "；"
"""Between parts of an excerpt; material names may themselves contain 、 and ，."""

CASE_TYPE_TEXT = {"immediate": "即办件", "promised": "承诺件", "other": "其他"}
LEVEL_TEXT = {
    "national": "国家级", "province": "省级", "city": "市级",
    "county": "县级", "town": "镇（乡、街道）级", "village": "村（社区）级",
}
DEPTH_TEXT = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级（全程网办）"}


@lru_cache(maxsize=1)
def _lexicon() -> LabelLexicon:
    return load_label_lexicon()


@lru_cache(maxsize=65536)  # portals reuse a few dozen labels across thousands of guides
def _label_rank(label: str, field: str) -> int | None:
    """How preferred ``label`` is as a name of ``field`` (lower is better), None if it is not one."""
    lexicon = _lexicon()
    match = lexicon.fields.match(label)
    if match is not None and match.key == field:
        return int(match.rank)
    json_keys = lexicon.json_keys.get(field, ())
    key = normalize_key(label)
    return json_keys.index(key) if key in json_keys else None


def raw_field(observation: GuideObservation, field: str) -> tuple[str, str] | None:
    """(label, text) of the raw field that holds ``field``, the most preferred label first."""
    best: tuple[int, str, str] | None = None
    for label, text in observation.raw_fields.items():
        rank = _label_rank(label, field)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, label, text)
    return (best[1], best[2]) if best else None


def _display(field: str, value: Any) -> str:
    """A normalised value written the way guides write it (for the fallback excerpt)."""
    if value is None or value == "" or value == []:
        return "无"
    if field == "visits":
        return f"{value}次"
    if field == "promised_days":
        return "即办" if value == 0 else f"{value}个工作日"
    if field == "case_type":
        return CASE_TYPE_TEXT.get(value, str(value))
    if field == "online_depth":
        return DEPTH_TEXT.get(value, str(value))
    if field == "levels":
        return "、".join(LEVEL_TEXT.get(level, level) for level in value)
    if field == "locations":
        return SEPARATOR.join(location.name for location in value)
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= EXCERPT_MAX_CHARS else text[: EXCERPT_MAX_CHARS - 1] + "…"


def field_excerpt(observation: GuideObservation, field: str) -> str:
    """"label：text" for one field, as the guide shows it when we kept its raw text; else the
    value alone as guides write it (no label the page may not print); "" when it has none."""
    found = raw_field(observation, field)
    if found is not None:
        return _cut(f"{found[0]}：{found[1]}")
    value = getattr(observation, field)
    return "" if value is None or value == "" or value == [] else _cut(_display(field, value))


def fields_excerpt(observation: GuideObservation, *fields: str) -> str:
    """Several fields side by side: the contradiction an inspector must see at once."""
    return SEPARATOR.join(part for field in fields if (part := field_excerpt(observation, field)))


def demanded_materials(observation: GuideObservation) -> list[Material]:
    """Materials the applicant must hand in: exempt rows (免提交, 部门共享获取, 电子证照) are
    already marked by the extractor and demand nothing."""
    return [material for material in observation.materials if not material.exempt]


def materials_excerpt(materials: Iterable[Material]) -> str:
    """The papers' names as the guide lists them (the count is the message's)."""
    return _cut(SEPARATOR.join(material.name for material in materials))
