"""Places of handling (办理地点 / 窗口) and their administrative level.

Halls come from hall tables (名称/地址/办公时间/电话), from label/value cards, from JSON
rows, or — when the guide has nothing structured — from the 办理地点 text split into
parts. The level is read from the hall's name: the deepest administrative unit it names
(…村便民服务站 -> village, …街道便民服务中心 -> town, …区政务服务中心 -> county).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import Level, Location
from channel_equity.crawler.extract.normalize import BRACKETED, LEADING_LIST_MARK, LIST_MARK, any_of

MAX_LOCATIONS = 200
_DEPTH: dict[str, int] = {"village": 0, "town": 1, "county": 2, "city": 3, "province": 4, "national": 5}
_PART_SPLIT = re.compile(rf"[\n；;]+|(?:(?<=\s)|(?<=。)|^)(?={LIST_MARK})")
_SUB_LABEL = re.compile(r"([^\s:：，,；;（()）]{1,8})[:：]")


def _level_pattern(lexicon: LabelLexicon) -> tuple[re.Pattern[str], dict[str, Level], tuple[str, ...]]:
    """One alternation of all level words, longest first (so 社区 beats 区), cached per lexicon."""
    cached = lexicon.memo.get("location_levels")
    if cached is None:
        words: dict[str, Level] = {}
        for level, level_words in lexicon.word_map("location_levels").items():
            for word in level_words:
                words.setdefault(word, level)  # type: ignore[arg-type]
        ordered = sorted(words, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else re.compile(r"(?!)")
        cached = (pattern, words, lexicon.words("location_level_ignore"))
        lexicon.memo["location_levels"] = cached
    return cached  # type: ignore[no-any-return]




def level_of(name: str, lexicon: LabelLexicon) -> Level | None:
    """The deepest administrative unit named in a hall's name, or None.

    A unit is a level word that ends a place's name: not one inside a street's name (杨柳村路)
    or inside a larger unit's name (梅村街道), nor in a parenthesised address."""
    pattern, words, ignore = _level_pattern(lexicon)
    name = BRACKETED.sub("", name)
    for word, replacement in lexicon.word_map("location_level_rewrites").items():
        name = name.replace(word, "".join(replacement))
    for word in ignore:
        name = name.replace(word, "·")
    streets = lexicon.words("location_street_words")
    found = []
    for match in pattern.finditer(name):
        if match.start() and name[match.start() - 1].isascii() and name[match.start() - 1].isalnum():
            continue  # "3楼A区"
        after = name[match.end():]
        if after.startswith(streets) or pattern.match(after):
            continue
        found.append(words[match.group(0)])
    if not found:
        return None
    deepest: Level = min(found, key=_DEPTH.__getitem__)
    return deepest


def build_location(
    name: str | None, address: str | None, hours: str | None, phone: str | None, lexicon: LabelLexicon
) -> Location | None:
    """A Location named by its name, else by its address; None when it has neither."""
    name = (name or "").strip() or (address or "").strip()
    if not name or name.startswith(tuple(lexicon.words("location_generic_prefixes"))):
        return None  # "各街道便民服务中心", "户籍所在地派出所": a kind of place, not a hall
    return Location(
        name=name[:200],
        level=level_of(name, lexicon),
        address=(address or None),
        hours=(hours or None),
        phone=(phone or None),
    )


_FIELD_AS_HALL_COLUMN = {"hours": "hours", "phone": "phone", "locations": "address"}


def _hall_parts(part: str, lexicon: LabelLexicon) -> tuple[str, dict[str, str]]:
    """'XX中心（地址：YY路1号） 办公时间：9:00-17:00' -> ('XX中心', {'address': …, 'hours': …})."""
    marks: list[tuple[int, int, str]] = []
    for found in _SUB_LABEL.finditer(part):
        column = lexicon.location_columns.match(found.group(1))
        key = column.key if column and column.key != "name" else None
        if key is None:
            field = lexicon.fields.match(found.group(1))
            key = _FIELD_AS_HALL_COLUMN.get(field.key) if field else None
        if key:
            marks.append((found.start(1), found.end(), key))
    if not marks:
        return part, {}
    columns: dict[str, str] = {}
    for number, (_, value_start, key) in enumerate(marks):
        end = marks[number + 1][0] if number + 1 < len(marks) else len(part)
        value = part[value_start:end].strip(" ，,。；;（()）")
        if value:
            columns.setdefault(key, value)
    return part[: marks[0][0]].strip(" ，,。；;（("), columns


_NAME_THEN_ADDRESS = re.compile(r"([^:：]{2,40})[:：](.+)", re.S)
_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_TRAILING_PARENTHESIS = re.compile(r"[（(]([^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*)[)）]$")


def _named_address(name: str, columns: dict[str, str], place_words: tuple[str, ...]) -> str:
    """'XX便民服务中心：YY路1号（工作日9:00-17:00）' -> 'XX便民服务中心', address and hours in columns.

    A hall written as "name：address" puts the name first; the address may end with the
    opening hours in brackets.
    """
    named = _NAME_THEN_ADDRESS.match(name)
    if named is None:
        return name
    head, rest = named.group(1).strip(), named.group(2).strip(" ，,。；;")
    if not rest or not any(word in head for word in place_words):
        return name
    hours = _TRAILING_PARENTHESIS.search(rest)
    if hours and _CLOCK.search(hours.group(1)):
        columns.setdefault("hours", hours.group(1))
        rest = rest[: hours.start()].rstrip()
    columns.setdefault("address", rest)
    return head


_STREET_NUMBER = re.compile(r"[路街巷道弄]\s*\d+\s*号")
_ADDRESS_FIRST = re.compile(rf"[^，,；;（(：:]{{0,12}}?{_STREET_NUMBER.pattern}")
"""A part that begins with a street and number ("云溪区翠屏路1号一楼户政窗口") is an address."""


_OFFICE_AFTER_HALL = re.compile(r"(?<=[所站局心厅])[\u4e00-\u9fff]{1,3}[室科]$")
"""A room of the hall after its name ("派出所户籍室"): the hall is the name before it."""


def _bracketed_address(name: str, columns: dict[str, str], lexicon: LabelLexicon) -> str:
    """'XX服务站（镇政府院内西侧平房）' -> 'XX服务站', the bracket its address (or its hours): a
    hall's name ends where its kind does ("…服务站", "…中心")."""
    bracket = _TRAILING_PARENTHESIS.search(name)
    head = _OFFICE_AFTER_HALL.sub("", name[: bracket.start()].rstrip()) if bracket else ""  # …派出所户籍室
    if bracket is None or not head.endswith(tuple(lexicon.words("hall_name_endings"))):
        return name
    columns.setdefault("hours" if _CLOCK.search(bracket.group(1)) else "address", bracket.group(1))
    return head


def locations_from_text(text: str, lexicon: LabelLexicon) -> list[Location]:
    """Split 办理地点 wording into halls: one per line / '；' / numbered part.

    A part starts a hall only if it names a place (lexicon ``location_place_words``), so
    that "网上办理，无需到现场" is not a location. Labelled parts ("地址：…", "办公时间：…")
    go to the hall they follow, or to the hall named before them on the same line.
    """
    place_words = lexicon.words("location_place_words")
    halls: list[dict[str, str]] = []
    for raw in _PART_SPLIT.split(text):
        part = LEADING_LIST_MARK.sub("", raw or "").strip(" ，,。、")
        if not part:
            continue
        name, columns = _hall_parts(part, lexicon)
        if halls and not columns and "address" not in halls[-1] and _ADDRESS_FIRST.match(name):
            halls[-1]["address"] = name  # the hall's name, then its street address on a line of its own
            continue
        name = _bracketed_address(_named_address(name, columns, place_words), columns, lexicon)
        if name and any(word in name for word in place_words):
            halls.append({"name": name, **columns})
        elif columns and not name and halls:
            for key, value in columns.items():
                halls[-1].setdefault(key, value)
        elif columns.get("address") and not name:
            halls.append({"name": columns["address"], **columns})
    locations = [build_location(h.get("name"), h.get("address"), h.get("hours"), h.get("phone"), lexicon)
                 for h in halls]
    return [loc for loc in locations if loc is not None]


def merge_locations(groups: Iterable[Iterable[Location]]) -> list[Location]:
    """Concatenate location lists, keeping the first of each name."""
    seen: set[str] = set()
    merged: list[Location] = []
    for group in groups:
        for location in group:
            if location.name not in seen and len(merged) < MAX_LOCATIONS:
                seen.add(location.name)
                merged.append(location)
    return merged


MAX_HALL_ORGANISATION = 10
"""Characters of an office's name between the place and the kind of hall (青杉市·公安局户政·服务大厅)."""
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def reads_as_sentence(text: str, lexicon: LabelLexicon) -> bool:
    """Is a place's "name" a sentence (clause punctuation, or a verb of applying: 申请, 提交 …)?"""
    return any(mark in text for mark in "。，；,;") or any(v in text for v in lexicon.words("prose.sentence_verbs"))


def _hall_pattern(lexicon: LabelLexicon) -> re.Pattern[str]:
    """A place name (one to four administrative units: 云岚市栖凤区, 鹤鸣镇, 桃源村) ending in a
    kind of hall (政务服务中心, 便民服务站, 村民委员会 …), both from the lexicon."""
    unit = any_of(lexicon.words("prose.hall_place_units"))
    kind = any_of(lexicon.words("prose.hall_kinds"))
    named = any_of(lexicon.words("prose.hall_kinds_after_name"))
    return re.compile(rf"(?:{_HAN}{{1,8}}?{unit}){{1,4}}{_HAN}{{0,{MAX_HALL_ORGANISATION}}}?{kind}"
                      rf"|{_HAN}{{2}}{named}")


def _kind_after_pattern(lexicon: LabelLexicon) -> re.Pattern[str]:
    return re.compile(rf"{_HAN}{{0,6}}?{any_of(lexicon.words('prose.hall_kinds'))}")


_SENT_TO = ("寄至", "寄到", "寄往", "递至", "送至", "寄给")
_NOT_PART_OF_A_NAME = re.compile(r"[\d楼层窗室区号座栋]")


def _hall_after(rest: str, lexicon: LabelLexicon) -> str:
    """A kind of hall right after a hall's name, with no floor or window between
    ("服务中心服务大厅"): the first is part of the second's name."""
    found = lexicon.memoized("prose_hall_kind_after", _kind_after_pattern).match(rest)
    return found.group(0) if found and not _NOT_PART_OF_A_NAME.search(found.group(0)) else ""


def hall_names(text: str, lexicon: LabelLexicon) -> list[str]:
    """The halls a sentence names, without the floor, window or address that follow them
    ("到云岚市栖凤区政务服务中心一楼社会救助窗口申请" -> 云岚市栖凤区政务服务中心). Words before
    the place that are not part of it (户籍所在地的, 也可到, 或) are cut off."""
    names = _hall_names_in(BRACKETED.sub("，", text), lexicon)  # a bracket holds an address ...
    if names:
        return names
    # ... or, when the text names no hall outside it, the hall ("向街道提出申请（XX街道便民服务中心
    # 卫健窗口）"): read as a clause of its own, where only a whole hall's name is found
    return _hall_names_in(BRACKETED.sub(lambda found: "，" if _STREET_NUMBER.search(found.group(0))
                                             else "，" + found.group(0)[1:-1] + "，", text), lexicon)


def _generic_place_pattern(lexicon: LabelLexicon) -> re.Pattern[str]:
    """A generic place word right before a unit ("户籍所在地街道…", "居住地社区…"): no named place."""
    generic = [word for word in lexicon.words("location_generic_prefixes") if len(word) > 1]
    return re.compile(rf"{any_of(generic)}{any_of(lexicon.words('prose.hall_place_units'))}")


def _hall_names_in(plain: str, lexicon: LabelLexicon) -> list[str]:
    pattern = lexicon.memoized("prose_hall_pattern", _hall_pattern)
    cut_words = lexicon.words("prose.hall_cut_words")
    units = tuple(lexicon.words("prose.hall_place_units"))
    conjunctions = tuple(lexicon.words("prose.hall_leading_conjunctions"))
    names: list[str] = []
    previous_end = -1
    generic = lexicon.memoized("generic_place", _generic_place_pattern)
    for found in pattern.finditer(plain):
        name = found.group(0)
        if generic.search(name):
            continue  # "向户籍所在地街道便民服务中心提出申请": a kind of hall, not one
        longer = _hall_after(plain[found.end():], lexicon)
        if longer:  # 社会保险服务中心 + 服务大厅: the hall is the whole name
            name += longer
        cut = max((name.rfind(word) + len(word) for word in cut_words if word in name[:-2]), default=0)
        if plain[max(0, found.start() + cut - 3):found.start() + cut].endswith(_SENT_TO):
            continue  # "将申请材料邮寄至XX中心": an address to post to, not a hall to go to
        name = name[cut:]
        if found.start() + cut == previous_end and name.startswith(conjunctions):
            name = name[1:]  # "…A中心和B中心": the 和 joins the two
        previous_end = found.end()
        if len(name) > 4 and not name.startswith(units) and name not in names \
                and not any(word in name for word in lexicon.words("prose.hall_not_words")) \
                and level_of(name, lexicon) is not None:
            names.append(name)
    return names


def halls_in_text(text: str, lexicon: LabelLexicon) -> list[Location]:
    """Locations for the halls named in prose (see :func:`hall_names`)."""
    return [loc for name in hall_names(text, lexicon) if (loc := build_location(name, None, None, None, lexicon))]
