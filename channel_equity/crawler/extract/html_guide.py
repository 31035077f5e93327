"""Read one guide page (HTML) into a GuideObservation.

The steps: parse safely (dom), read tables by shape (tables), read every other label/value
pair from lines (pairs), group material and hall records, find the online entry (links),
apply the portal's override selectors, then normalise (assemble). A page whose visible
text is not a guide may still carry the guide as a data block (embedded).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

import parsel

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import GuideObservation, Location, Material
from channel_equity.crawler.extract.assemble import (
    UNLABELLED_CHANNEL_RANK,
    FieldValue,
    GuideEvidence,
    build_observation,
    forced_value,
)
from channel_equity.crawler.extract.dom import (
    ParsedPage,
    WorkBudget,
    element_lines,
    element_text,
    parse_html,
    short_text,
    tag_of,
    within,
)
from channel_equity.crawler.extract.embedded import guide_from_embedded_data
from channel_equity.crawler.extract.links import absolute_url, find_entry_urls, url_from_value, url_of
from channel_equity.crawler.extract.locations import (
    build_location,
    hall_names,
    level_of,
    locations_from_text,
    merge_locations,
)
from channel_equity.crawler.extract.materials import (
    build_material,
    column_texts,
    materials_from_lines,
    merge_materials,
)
from channel_equity.crawler.extract.pairs import Pair, clean_label, names_a_channel, read_pairs
from channel_equity.crawler.extract.prose import is_channel_list
from channel_equity.crawler.extract.record_cards import hall_cards, material_cards
from channel_equity.crawler.extract.tables import RecordTable, read_tables

log = logging.getLogger(__name__)

_ABOUT_WRAPPER = re.compile(r"^关于(.{2,}?)的$")
_TITLE_SEPARATORS = re.compile(r"\s*[-_|｜—–·»>]+\s*")

_RECORD_JOINERS = {
    "location.": {"hours": "hours", "phone": "phone", "locations": "address"},
    "material.": {"notes": "note"},
}
"""Guide fields that, inside a card, are the card's column (a hall's 咨询电话, a material's 备注)."""


def _group_records(pairs: Sequence[Pair], prefix: str, lexicon: LabelLexicon) -> list[list[tuple[str, str, str]]]:
    """Label/value cards of materials or halls outside tables ("材料名称：… 材料形式：…").

    A record starts at a name label of the kind (``material.name``); further labels of
    the same kind join it; any other guide-field label ends it. A hall card may also start
    at the guide's own place label when a hall's column follows it ("办理地点：XX中心 /
    详细地址：YY路1号", repeated per hall): there the place label names the hall.
    """
    joiners = _RECORD_JOINERS.get(prefix, {})
    hall_endings = tuple(lexicon.words("hall_name_endings"))
    records: list[list[tuple[str, str, str]]] = []
    current: list[tuple[str, str, str]] | None = None
    for index, pair in enumerate(pairs):
        if prefix == "location." and pair.key == "locations" and _names_a_hall(pairs, index, hall_endings):
            current = [("name", pair.label, pair.value)]
            records.append(current)
        elif current is not None and pair.key in joiners:
            current.append((joiners[pair.key], pair.label, pair.value))
        elif pair.key and pair.key.startswith(prefix):
            column = pair.key[len(prefix):]
            if column == "name":
                current = []
                records.append(current)
            if current is not None:
                current.append((column, pair.label, pair.value))
        elif pair.key is not None:
            current = None
    return records


def _names_a_hall(pairs: Sequence[Pair], index: int, hall_endings: tuple[str, ...]) -> bool:
    """A one-line place value that names a hall (ends in 中心, 大厅, 服务站 …) and whose next
    pair is an address: the place is the hall's name, the address its address."""
    value = pairs[index].value.strip()
    following = pairs[index + 1] if index + 1 < len(pairs) else None
    return "\n" not in value and value.endswith(hall_endings) \
        and following is not None and following.key == "location.address"


def _table_records(records: list[RecordTable], kind: str, budget: WorkBudget) -> list[list[tuple[str, str, str]]]:
    return [
        [(key, header, element_text(cell.element, budget, 2000)) for key, header, cell in row]
        for table in records if table.kind == kind
        for row in table.rows
    ]


_STEPS_ORDER = 10**6
"""A process table is read after the page's labelled sections: a stated total comes first."""


def _steps_text(rows: list[list[tuple[str, str, str]]]) -> str:
    """A process table as the sentences it stands for ("审核：5个工作日；支付：10个工作日"), so
    that the prose reader sums its steps' days as it would a written process."""
    steps = []
    for row in rows:
        columns = {key: " ".join(text.split()) for key, _, text in row}
        if columns.get("days"):
            steps.append(f"{columns.get('name', '')}：{columns['days']}")
    return "；".join(steps)


def _channel_links(pairs: Sequence[Pair], url: str, lexicon: LabelLexicon, budget: WorkBudget) -> list[str]:
    """Links inside the 办理方式 value ("网上办理（<a>XX市市场主体登记电子化平台</a>）"): where the
    online channel it names is used, after any apply button (not a booking or an enquiry)."""
    excluded = lexicon.words("online_entry_exclude")
    found: list[str] = []
    for pair in pairs:
        if pair.key != "channels":
            continue
        for node in pair.nodes:
            links = [node] if tag_of(node) == "a" else list(node.iter("a")) if tag_of(node) else []
            for link in links[:5]:
                text = short_text(link, budget, 40)
                if not any(word in text for word in excluded) and (target := url_of(link, url)):
                    found.append(target)
    return list(dict.fromkeys(found))


def _location(row: list[tuple[str, str, str]], lexicon: LabelLexicon) -> Location | None:
    values: dict[str, str] = {}
    for key, _, text in row:
        values.setdefault(key, " ".join(text.split()))
    name, address = values.get("name"), values.get("address")
    if name and address and level_of(name, lexicon) is None and (halls := hall_names(address, lexicon)):
        name = halls[0]  # a window ("公积金业务窗口") in the hall its address names ("XX市政务服务中心二楼")
    return build_location(name, address, values.get("hours"), values.get("phone"), lexicon)


def _materials_of(rows: Iterable[list[tuple[str, str, str]]], lexicon: LabelLexicon) -> list[Material]:
    return [m for row in rows if (m := build_material(column_texts(row), lexicon))]


def _locations_of(rows: Iterable[list[tuple[str, str, str]]], lexicon: LabelLexicon) -> list[Location]:
    return [loc for row in rows if (loc := _location(row, lexicon))]


_TRUNCATION = re.compile(r"(\.{3}|…+)$")


def _linked_name(link_text: str | None, page: ParsedPage, lexicon: LabelLexicon, budget: WorkBudget) -> str | None:
    """The catalogue link's text, when it is the name this page shows (in its <title> or
    anywhere in its text): what the citizen clicked is the item. A text cut short ("居民身份
    证申领…") is completed from the <title> part it begins."""
    text = " ".join((link_text or "").split())
    if not 2 <= len(text) <= 80 or text in lexicon.words("navigation.generic_link_texts"):
        return None
    truncated = _TRUNCATION.search(text)
    if truncated:
        stem = text[: truncated.start()].strip()
        whole = [part for part in _TITLE_SEPARATORS.split(page.title) if len(stem) >= 2 and part.startswith(stem)]
        return whole[0].strip() if whole else None
    if text in page.title:  # the usual case, and cheap: this runs for every guide page
        return text
    return text if text in short_text(page.root, budget, 200_000) else None


def _fallback_name(page: ParsedPage, lexicon: LabelLexicon, budget: WorkBudget, link_text: str | None = None
                   ) -> str | None:
    """The item name for guides without 事项名称: the catalogue link's text (when the page
    shows it), else the first heading, else the <title> less the site's name."""
    candidates = [name] if (name := _linked_name(link_text, page, lexicon, budget)) else []
    candidates += [short_text(h, budget, 100) for tag in ("h1", "h2") if (h := page.root.find(f".//{tag}")) is not None]
    candidates += _TITLE_SEPARATORS.split(page.title)
    return next((found for candidate in candidates if (found := _item_name(candidate, lexicon))), None)


def _item_name(text: str, lexicon: LabelLexicon) -> str | None:
    """A heading or title part as an item's name: without genre words (办事指南) and a 关于…的
    wrapper; None when it is the site's name, a field's label (实施主体) or no name at all."""
    for noise in lexicon.words("title_noise_words"):
        text = text.replace(noise, "")
    text = _ABOUT_WRAPPER.sub(r"\1", text.strip(" 【】[]:："))  # 关于X的(办事指南) -> X
    if 2 <= len(text) <= 80 and not any(word in text for word in lexicon.words("title_site_words")) \
            and lexicon.fields.match(text) is None:
        return text
    return None


MAX_BADGE_CHARS = 12
MAX_BADGES = 8
MAX_HEAD_ELEMENTS = 30


def _name_heading(page: ParsedPage, lexicon: LabelLexicon, budget: WorkBudget) -> Any | None:
    """The heading that names the item: the first <h1>–<h3> that is not the site's name or a
    genre word alone (a mobile bar titled 事项详情 above a card whose <h2> is the name)."""
    return next((heading for heading in page.root.iter("h1", "h2", "h3")
                 if _item_name(short_text(heading, budget, 100), lexicon)), None)  # not <h2>实施主体</h2>


MAX_HEAD_LINE_CHARS = 30


def _tags_container(page: ParsedPage, lexicon: LabelLexicon) -> Any | None:
    """A head with no heading (the name only in <title>): the block holding the first
    element classed as tags (lexicon ``head_badge_classes``) outside any link."""
    classes = {word.lower() for word in lexicon.words("head_badge_classes")}
    for element in page.root.iter():
        if not isinstance(element.tag, str) or tag_of(element) == "a":
            continue
        if classes.intersection((element.get("class") or "").lower().split()):
            if any(tag_of(a) == "a" for a in element.iterancestors()):
                continue
            parent = element.getparent()
            return parent.getparent() if parent is not None and tag_of(parent) == tag_of(element) == "span" else parent
    return None


def _head_lines(page: ParsedPage, lexicon: LabelLexicon, budget: WorkBudget) -> list[str]:
    """The short lines a guide's head shows beside its title (承诺件, 全程网办, 跑动0次, the
    implementing body under an icon): the text elements of the name heading's container
    other than the heading and its links, each a few words."""
    heading = _name_heading(page, lexicon, budget)
    container = heading.getparent() if heading is not None else _tags_container(page, lexicon)
    if container is None or tag_of(container) in ("body", "html"):
        return []
    elements = [e for e in container.iter() if isinstance(e.tag, str)]
    if len(elements) > MAX_HEAD_ELEMENTS:  # a page header or a whole column, not a guide's head
        return []
    lines: list[str] = []
    for element in elements:
        if any(short_text(child, budget, 2) for child in element) or within(element, heading) \
                or tag_of(element) == "a" or any(tag_of(a) == "a" for a in element.iterancestors()):
            continue  # an element with texts of its own children is read through them
        text = short_text(element, budget, MAX_HEAD_LINE_CHARS + 1)
        if 2 <= len(text) <= MAX_HEAD_LINE_CHARS and len(lines) < MAX_BADGES:
            lines.append(text)
    return lines


def _head_department(lines: Sequence[str], lexicon: LabelLexicon) -> str | None:
    """The one head line that is a body's name (ends like 局 / 委员会 / 管理中心): the item's
    department on a card that prints it unlabelled under the name."""
    endings = tuple(lexicon.words("navigation.department_endings"))
    named = [line for line in lines if len(line) >= 4 and line.endswith(endings) and lexicon.fields.match(line) is None
             and not re.search(r"[，。：:；;、\s]", line)]
    return named[0] if len(named) == 1 else None


def _selected(root: Any, expression: str) -> list[Any]:
    """Elements or strings an override selector picks (XPath when it starts with '/' or '(')."""
    selector = parsel.Selector(root=root, type="html")
    try:
        found = selector.xpath(expression) if expression.lstrip().startswith(("/", "(")) else selector.css(expression)
    except Exception as exc:  # a bad selector is a config error: say so, read on without it
        log.warning("extraction override selector %r is invalid: %s", expression, exc)
        return []
    return [item.root for item in found[:50]]


def _apply_record_selector(
    field_name: str, found: list[Any], lexicon: LabelLexicon, evidence: GuideEvidence, budget: WorkBudget
) -> None:
    """A selector for materials/locations: a table read by its header, else its lines."""
    elements = [f for f in found if not isinstance(f, str)]
    rows = _table_records(read_tables(elements[0], lexicon, budget).records, field_name, budget) if elements else []
    lines = [line for e in elements for line in element_lines(e, budget)] + [f for f in found if isinstance(f, str)]
    if field_name == "materials":
        evidence.materials = _materials_of(rows, lexicon) or materials_from_lines(lines, lexicon)
    else:
        evidence.locations = _locations_of(rows, lexicon) or locations_from_text("\n".join(lines), lexicon)


def _selected_url(found: list[Any], url: str) -> str:
    """A selector for the online entry: the element's link, or the string as a URL."""
    for item in found:
        if isinstance(item, str):
            candidate = absolute_url(item, url)
        else:
            candidate = url_of(item, url) or url_from_value([item], "", url)
        if candidate:
            return candidate
    return ""


def _apply_selectors(
    root: Any, selectors: dict[str, str], url: str, lexicon: LabelLexicon, evidence: GuideEvidence, budget: WorkBudget
) -> None:
    """Each override selector supplies its field's raw value, which outranks every label."""
    for field_name, expression in selectors.items():
        found = _selected(root, expression)
        if not found:
            continue
        if field_name in ("materials", "locations"):
            _apply_record_selector(field_name, found, lexicon, evidence, budget)
        elif field_name == "online_entry_url":
            evidence.add(field_name, forced_value(_selected_url(found, url)))
        else:
            texts = [item.strip() if isinstance(item, str) else element_text(item, budget) for item in found]
            evidence.add(field_name, forced_value("\n".join(t for t in texts if t)))


def _evidence(page: ParsedPage, url: str, lexicon: LabelLexicon, overrides: ExtractionOverrides | None,
              link_text: str | None = None) -> GuideEvidence:
    budget = WorkBudget()
    reading = read_tables(page.root, lexicon, budget)
    pairs = read_pairs(page.root, reading, lexicon, budget)
    evidence = GuideEvidence(url)
    for pair in pairs:
        evidence.add_raw(pair.label, pair.value)
        if pair.key is None and is_channel_list(pair.value, lexicon):  # "服务方式：窗口办理、网上办理"
            evidence.add("channels", FieldValue(pair.value, UNLABELLED_CHANNEL_RANK, pair.order, pair.lines))
        elif pair.key is None and pair.value and names_a_channel(pair.label, lexicon):
            # "八、网上办理：网上申报（…）": a section named after a channel says how that channel works
            evidence.add("channel_sections", FieldValue(f"{clean_label(pair.label)}：{pair.value}", order=pair.order))
        if pair.key is not None and pair.key.startswith("location."):  # a hall card's sentences are prose too
            evidence.add("location.text", FieldValue(pair.value, pair.rank, pair.order, pair.lines))
        if pair.key is None or "." in pair.key:
            continue
        text = pair.value
        if pair.key == "online_entry_url":
            text = url_from_value(pair.nodes, pair.value, url) or ""
        evidence.add(pair.key, FieldValue(text, pair.rank, pair.order, pair.lines))
    evidence.materials = merge_materials([
        _materials_of(_table_records(reading.records, "materials", budget), lexicon),
        _materials_of(_group_records(pairs, "material.", lexicon), lexicon),
        material_cards(pairs, lexicon, budget),
    ])
    evidence.locations = merge_locations([
        _locations_of(_table_records(reading.records, "locations", budget), lexicon),
        _locations_of(_group_records(pairs, "location.", lexicon), lexicon),
        hall_cards(pairs, lexicon, budget),
    ])
    if steps := _steps_text(_table_records(reading.records, "steps", budget)):
        evidence.add("process", FieldValue(steps, order=_STEPS_ORDER))
    evidence.list_rows = sum(len(t.rows) for t in reading.records if t.kind == "guide" and len(t.rows) > 1)
    evidence.entry_urls = find_entry_urls(page.root, url, lexicon, budget) + _channel_links(pairs, url, lexicon, budget)
    evidence.fallback_name = _fallback_name(page, lexicon, budget, link_text)
    head_lines = _head_lines(page, lexicon, budget)
    evidence.head_department = _head_department(head_lines, lexicon)
    if badges := "\n".join(line for line in head_lines
                            if len(line) <= MAX_BADGE_CHARS and line != evidence.head_department):
        evidence.add("badges", FieldValue(badges, order=-1))
    if overrides and overrides.selectors:
        _apply_selectors(page.root, overrides.selectors, url, lexicon, evidence, budget)
    return evidence


def _guide_from_html(
    html: str, url: str, lexicon: LabelLexicon, overrides: ExtractionOverrides | None, link_text: str | None
) -> GuideObservation | None:
    page = parse_html(html)
    if page is None:
        return None
    observation = build_observation(_evidence(page, url, lexicon, overrides, link_text), lexicon)
    if observation is None and (page.data_blocks or page.root.find(".//xml") is not None):
        observation = guide_from_embedded_data(page, url, lexicon, overrides)
    return observation


def extract_guide(
    html: str, url: str, lexicon: LabelLexicon, overrides: ExtractionOverrides | None = None,
    link_text: str | None = None,
) -> GuideObservation | None:
    """The guide on an HTML page, or None when the page is not a guide. Never raises.

    ``html`` is decoded text; ``url`` the page's final URL (relative links resolve against
    it). ``overrides`` adds label variants and per-field selectors for one portal.
    ``link_text`` is the text (or title) of the catalogue link that led here: the item's
    name when the page labels none.
    """
    try:
        lex = lexicon.extended(overrides.labels if overrides else None)
        return _guide_from_html(html, url, lex, overrides, link_text)
    except Exception:  # the boundary: one hostile page must not stop a crawl; the log has the bug
        log.warning("guide extraction failed for %s", url, exc_info=True)
        return None

