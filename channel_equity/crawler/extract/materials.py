"""Material rows (申请材料) from record tables, label/value records or plain lists.

All three sources end in :func:`build_material`, which takes the portal's texts per
column key (lexicon ``material_columns``) so that tables, ``<dl>`` cards and JSON rows are
judged by the same rules: exempt when a cell says 免提交 / 数据共享获取 / 电子证照, form
from 纸质/电子 wording or codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import Material, MaterialForm
from channel_equity.crawler.extract.material_sentences import SUMMARY, SentenceReader, split_outside_brackets
from channel_equity.crawler.extract.normalize import (
    LEADING_LIST_MARK,
    clean_value,
    fold,
    parse_bool,
    parse_material_form,
    says_exempt,
)
from channel_equity.crawler.extract.tables import OTHER_COLUMN

MAX_MATERIALS = 300
MAX_NAME_CHARS = 150
ColumnTexts = dict[str, list[tuple[str, str]]]
"""Column key -> [(header as printed, cell text)], several when a key has several columns."""

_ITEM_SPLIT = re.compile(r"(?:(?<=[\s；;。，,)）])|^)(?=(?:\d{1,2}[、.．)](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]))")
_PARENTHESISED = re.compile(r"[（(]([^（）()]*)[)）]")
_COPY_WORDS = ("份", "原件", "复印件", "纸质", "电子", "提交", "共享", "证照", "张", "页", "复印")
_COLUMN_PART = re.compile(r"\s*([^:：]{1,16})[:：](.*)", re.S)
MAX_SENTENCE_CHARS = 1000
_NOT_A_MATERIAL = re.compile(r"^(?:注|备注|说明|以上|温馨提示|特别提示|提示|无|暂无|材料名称)(?:[:：]|$)")


def _ticked(text: str) -> bool:
    """A tick column ("√", "是", "1份") says yes."""
    answer = parse_bool(text)
    if answer is not None:
        return answer
    return bool(text.strip()) and any(ch in text for ch in "√✓●◎") or bool(re.search(r"\d\s*份", text))


def clean_material_name(text: str, lexicon: LabelLexicon) -> tuple[str, list[str]]:
    """A material's name without numbering, download-link words, badges and trailing
    punctuation; and the badges (免提交, 容缺) that followed it."""
    noise = lexicon.words("material_name_noise")
    lines = [line.strip(" []【】<>") for line in text.split("\n")]
    lines = [line for line in lines if line and line not in noise]
    name = " ".join(lines)
    name = LEADING_LIST_MARK.sub("", name)
    for word in noise:
        if name.endswith(word):
            name = name[: -len(word)].rstrip(" []【】:：")
    tags: list[str] = []
    stripped = True
    while stripped:
        stripped = False
        for tag in lexicon.words("material_name_tags"):
            if name.endswith(tag) and len(name) > len(tag) + 1:
                tags.append(tag)
                name = name[: -len(tag)].rstrip(" []【】()（）:：")
                stripped = True
    return name.strip(" ;；,，。.、")[:MAX_NAME_CHARS], tags


def _form(values: ColumnTexts, lexicon: LabelLexicon) -> MaterialForm | None:
    for _, text in values.get("form", []):
        form = parse_material_form(text, lexicon)
        if form:
            return form
    paper = any(_ticked(t) for _, t in values.get("form_paper", []))
    electronic = any(_ticked(t) for _, t in values.get("form_electronic", []))
    if paper and electronic:
        return "both"
    if paper or electronic:
        return "paper" if paper else "electronic"
    return None


def _exempt(values: ColumnTexts, name: str, lexicon: LabelLexicon) -> bool:
    for key in ("exempt", "e_certificate"):
        for _, text in values.get(key, []):
            answer = parse_bool(text)
            if answer is True or (answer is None and says_exempt(text, lexicon)):
                return True
    for key in ("form", "source", "note", "copies", "necessity", OTHER_COLUMN):
        if any(says_exempt(text, lexicon) for _, text in values.get(key, [])):
            return True
    return any(says_exempt(part, lexicon) for part in _PARENTHESISED.findall(name))


def _necessity(values: ColumnTexts, lexicon: LabelLexicon) -> str | None:
    for header, text in values.get("necessity", []):
        coded = lexicon.codes("material_necessity").get(fold(text))
        if coded:
            return coded
        answer = parse_bool(text) if "是否" in header or fold(text) in ("是", "否") else None
        if answer is not None:
            return "必要" if answer else "非必要"
        if text:
            return text
    return None


def _joined(values: ColumnTexts, key: str, lexicon: LabelLexicon, codes: str | None = None) -> str | None:
    entries = [(h, t) for h, t in values.get(key, []) if t]
    if not entries:
        return None
    table = lexicon.codes(codes) if codes else {}
    texts = [table.get(fold(t), t) for _, t in entries]
    if len(entries) == 1:
        return texts[0]
    return "、".join(_with_header(h, t) for (h, _), t in zip(entries, texts, strict=True))


def _with_header(header: str, text: str) -> str:
    """Several columns of one key read as one phrase: 原件份数 "1" -> "原件1份"."""
    if header.endswith("份数") and text.isdigit():
        return f"{header[:-2]}{text}份"
    return f"{header}：{text}" if header and not text.startswith(header) else text


def build_material(values: ColumnTexts, lexicon: LabelLexicon) -> Material | None:
    """One Material from texts per column key; None when it has no usable name."""
    names = [t for _, t in values.get("name", []) if t]
    name, tags = clean_material_name(names[0], lexicon) if names else ("", [])
    if not name or _NOT_A_MATERIAL.match(name):
        return None
    if tags:
        values = {**values, "note": [*values.get("note", []), *(("", tag) for tag in tags)]}
    return Material(
        name=name,
        form=_form(values, lexicon),
        copies=_joined(values, "copies", lexicon),
        source=_joined(values, "source", lexicon, codes="material_source"),
        exempt=_exempt(values, name, lexicon),
        necessity=_necessity(values, lexicon),
    )


def split_items(lines: Iterable[str]) -> list[str]:
    """Items of a material list: one per line, and "1.… 2.…" runs on one line split apart."""
    items: list[str] = []
    for line in lines:
        items.extend(part.strip() for part in _ITEM_SPLIT.split(line) if part.strip())
    return items


def _strip_copy_note(item: str) -> str:
    """'身份证（原件1份）' -> '身份证': a trailing note about copies/form is not part of the name."""
    match = re.search(r"[（(]([^（）()]*)[)）]\s*$", item)
    if match and any(w in match.group(1) for w in _COPY_WORDS):
        return item[: match.start()].rstrip()
    return item


def _described_columns(item: str, lexicon: LabelLexicon) -> tuple[str, ColumnTexts] | None:
    """'身份证（材料形式：纸质；份数：1；来源渠道：申请人自备）' -> name and its columns.

    A trailing parenthesis of "column：value" parts naming material columns describes the
    material the way a material table would.
    """
    trailing = _trailing_parenthesis(item)
    if trailing is None:
        return None
    start, inner = trailing
    values: ColumnTexts = {}
    for part in split_outside_brackets(inner, "；;，,"):
        labelled = _COLUMN_PART.match(part)
        column = lexicon.material_columns.match(labelled.group(1)) if labelled else None
        if labelled and column is not None and column.key != "name":
            values.setdefault(column.key, []).append((labelled.group(1).strip(), clean_value(labelled.group(2))))
        elif part.strip():  # "原件1份", "免提交": said of the material without a column name
            key = "copies" if "份" in part and labelled is None else "note"
            values.setdefault(key, []).append(("", clean_value(part)))
    if not any(key not in ("copies", "note") for key in values):
        return None
    values["name"] = [("", item[:start])]
    return item[:start], values


def _trailing_parenthesis(item: str) -> tuple[int, str] | None:
    """Where the parenthesis closing ``item`` opens, and its content (nesting allowed)."""
    text = item.rstrip()
    if not text.endswith(("）", ")")):
        return None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] in "）)":
            depth += 1
        elif text[index] in "（(":
            depth -= 1
            if depth == 0:
                return index, text[index + 1:-1]
    return None


def materials_from_lines(lines: Sequence[str], lexicon: LabelLexicon) -> list[Material]:
    """Materials written as a list, numbered paragraphs or sentences under 申请材料.

    An item that describes itself ("身份证（材料形式：纸质；份数：1）") or is one name is built as
    a table row would be; an item written as an enumeration or sentences is read by
    :class:`~channel_equity.crawler.extract.material_sentences.SentenceReader`.
    """
    reader = SentenceReader(lexicon)
    for listed in split_items(lines):
        item = listed.rstrip(" ;；,，。.、")
        bare = LEADING_LIST_MARK.sub("", item)
        if reader.describes_last(bare) or (SUMMARY.match(bare) and len(item) <= MAX_SENTENCE_CHARS):
            reader.read(item)  # "以上材料均需提供原件及复印件": the form of the papers above
            continue
        if len(item) > MAX_SENTENCE_CHARS or _NOT_A_MATERIAL.match(bare):
            continue
        described = _described_columns(item, lexicon)
        if described is None and reader.reads_as_sentences(item):
            reader.read(item)
            continue
        if described is not None:
            material = build_material(described[1], lexicon)
        elif len(item) > 2 * MAX_NAME_CHARS:
            continue
        else:
            name = _strip_copy_note(item)
            # the form is said in the note after the name ("（纸质原件1份）"), never by the name itself
            # (医保电子凭证); a linked e-certificate (电子证照) says exempt, not the form
            form_words = item[len(name):].replace("电子证照", "")
            material = build_material({"name": [("", name)], "form": [("", form_words)], "note": [("", item)]}, lexicon)
        if material is not None:
            reader.add(material, None if described is not None else item)
    return reader.materials()


def merge_materials(groups: Iterable[Iterable[Material]]) -> list[Material]:
    """Concatenate material lists, keeping the first of each name."""
    seen: set[str] = set()
    merged: list[Material] = []
    for group in groups:
        for material in group:
            if material.name not in seen and len(merged) < MAX_MATERIALS:
                seen.add(material.name)
                merged.append(material)
    return merged


def column_texts(pairs: Iterable[tuple[str, str, str]]) -> ColumnTexts:
    """(key, header, text) triples -> ColumnTexts, texts cleaned."""
    values: ColumnTexts = {}
    for key, header, text in pairs:
        values.setdefault(key, []).append((header, clean_value(text)))
    return values
