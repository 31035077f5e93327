"""Where the labels are on one line of text.

A label is the text before the line's first colon (when short and label-shaped, or its
last word when that is a known label), a known label right before a later colon, a
【label】, or a whole inline element whose text is a known label and which more text
follows ("<b>办理地点</b>XX中心"). Colons in times (9:00) and URLs (http://) are not labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from channel_equity.core.labels import (
    LABEL_MAX_CHARS,
    LabelLexicon,
    LabelMatch,
    is_label_shaped,
    normalize_label,
)
from channel_equity.crawler.extract.lines import Line

_BRACKET_LABEL = re.compile(r"【([^【】]{1,24})】")
_COLON = re.compile(r"[:：]")
_SEPARATORS = re.compile(r"[\s，,。；;、|()（）\[\]【】]")
MAX_LINE_CHARS = 20_000


@dataclass
class LabelSpan:
    """A label on a line: where it starts, where its value starts, the label text."""

    start: int
    value_start: int
    label: str


def match_any(text: str, lexicon: LabelLexicon) -> LabelMatch | None:
    """A guide field, else a material or location column (prefixed key).

    Material column words listed in ``material_table_only_labels`` ("名称", "纸质", "电子")
    are headers in a table but values or hall labels anywhere else.
    """
    match = lexicon.fields.match(text)
    if match is not None:
        return match
    table_only = lexicon.memo.get("material_table_only")
    if table_only is None:
        table_only = lexicon.memo["material_table_only"] = frozenset(
            normalize_label(w) for w in lexicon.words("material_table_only_labels")
        )
    for prefix, vocabulary in (("material.", lexicon.material_columns), ("location.", lexicon.location_columns)):
        if prefix == "material." and normalize_label(text) in table_only:
            continue
        found = vocabulary.match(text)
        if found is not None:
            return LabelMatch(prefix + found.key, found.rank)
    return None


def _strong_spans(line: Line, text: str, lexicon: LabelLexicon) -> list[LabelSpan]:
    """【label】 and whole-element known labels followed by more text."""
    spans = [
        LabelSpan(m.start(), m.end(), m.group(1)) for m in _BRACKET_LABEL.finditer(text) if is_label_shaped(m.group(1))
    ]
    offset = 0
    for fragment in line.fragments:
        stripped = fragment.text.strip()
        end = offset + len(fragment.text)
        if (
            stripped and len(stripped) <= LABEL_MAX_CHARS and not _COLON.search(stripped)
            and text[end:].strip() and lexicon.fields.is_exact(stripped)
        ):
            spans.append(LabelSpan(offset + fragment.text.index(stripped), end, stripped))
        offset = end
    return spans


def _unclosed_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _head_label(head: str, lexicon: LabelLexicon) -> str | None:
    """The label before a line's first colon: the whole head, or its last word when that is a
    known label after other text ("镜海市政务服务中心 地址：…"), or an unknown short head."""
    head = head.strip()
    if not head or _unclosed_bracket(head):  # "身份证（材料形式：纸质）": the colon is inside a note
        return None
    if match_any(head, lexicon) is not None:
        return head
    words = head.split()
    if len(words) > 1 and match_any(words[-1], lexicon) is not None:
        return words[-1]
    return head if is_label_shaped(head) and len(normalize_label(head)) <= 16 else None


def _colon_spans(text: str, strong: list[LabelSpan], lexicon: LabelLexicon) -> list[LabelSpan]:
    spans: list[LabelSpan] = []
    for colon in _COLON.finditer(text):
        position = colon.start()
        if text[position + 1:position + 3] == "//" or (
            position and text[position - 1].isdigit() and text[position + 1:position + 2].isdigit()
        ):
            continue
        if any(s.start <= position < s.value_start for s in strong):
            continue
        if not spans and not any(s.start < position for s in strong):
            head = _head_label(text[:position], lexicon)
            if head:
                spans.append(LabelSpan(text.rindex(head, 0, position), colon.end(), head))
                continue
        window = text[max(0, position - LABEL_MAX_CHARS):position]
        window = _SEPARATORS.split(window)[-1]
        for begin in range(len(window) - 1):
            candidate = window[begin:]
            if lexicon.fields.is_variant(candidate):
                spans.append(LabelSpan(position - len(candidate), colon.end(), candidate))
                break
    return spans


def label_spans(line: Line, lexicon: LabelLexicon) -> list[LabelSpan]:
    """All label positions on a line, in order, without overlaps."""
    text = line.text
    if len(text) > MAX_LINE_CHARS:
        text = text[:MAX_LINE_CHARS]
    strong = _strong_spans(line, text, lexicon)
    spans = sorted(strong + _colon_spans(text, strong, lexicon), key=lambda s: s.start)
    kept: list[LabelSpan] = []
    for span in spans:
        if not kept or span.start >= kept[-1].value_start:
            kept.append(span)
    return kept
