"""The label lexicon: which page labels and machine keys mean which guide field.

All vocabulary lives in package data so that a portal with new wording is handled by adding
words, not code: ``channel_equity/data/labels.yaml`` (how portals name fields) and
``channel_equity/data/vocabulary.yaml`` (the words in values and on navigation links: empty
words, yes/no answers, day units, pagination ...), read into one :class:`LabelLexicon` that a
province extends with one file of the same shape. This module only loads them and matches
labels tolerantly (whitespace, numbering, colons, asterisks, parenthesised units are ignored).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml

from channel_equity.core.traditional_chinese import to_simplified
from channel_equity.data import data_file

DEFAULT_LEXICON_PATH = data_file("labels.yaml")
"""The packaged default lexicon (``channel_equity/data/labels.yaml``)."""

DEFAULT_VOCABULARY_PATH = data_file("vocabulary.yaml")
"""The packaged value and navigation vocabularies, part of the default lexicon."""

VOCABULARY_SECTIONS = ("values", "navigation", "prose", "material_sentences")
"""The sections of ``vocabulary.yaml``: name -> word list (or, for ``day_units``, unit -> days)."""

_T = TypeVar("_T")

LABEL_MAX_CHARS = 24
"""A normalised label longer than this is prose, not a label (keeps matching cheap too)."""

TAIL_RANK_PENALTY = 100
"""Added to a match's rank when it needed a tail ("实施主体名称"): exact variants win."""

_NUMBERING = re.compile(
    r"^(?:第?[0-9一二三四五六七八九十]{1,3}[、.:)]|\([0-9一二三四五六七八九十]{1,3}\)|[①-⑳])"
)
_PARENTHESISED = re.compile(r"\([^()]{0,30}\)")
_EDGE_NOISE = "*★☆●■◆▪·•-—_|>»:【】[]〔〕 "
_KEY_NOISE = re.compile(r"[_\-\s.]")
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;！!？?《》“”\"]")
_COLON_VALUE = re.compile(r"^[^:：]{1,24}[:：]\s*\S")


def normalize_label(text: str) -> str:
    """Fold a label as printed on a page to the form the lexicon is matched against."""
    folded = to_simplified(unicodedata.normalize("NFKC", text))
    folded = "".join(folded.split())
    for _ in range(2):
        folded = _NUMBERING.sub("", folded.strip(_EDGE_NOISE))
    folded = _PARENTHESISED.sub("", folded).strip(_EDGE_NOISE)
    return folded.lower()


def is_label_shaped(text: str) -> bool:
    """Short, no sentence punctuation, some letters: could be a label."""
    label = normalize_label(text)
    return (
        0 < len(label) <= LABEL_MAX_CHARS
        and not _SENTENCE_PUNCTUATION.search(label)
        and not _COLON_VALUE.match(text)
        and any(ch.isalpha() for ch in label)
    )


def normalize_key(key: str) -> str:
    """Fold a machine key so that TASK_NAME, taskName and task-name compare equal."""
    return _KEY_NOISE.sub("", key).lower()


_JOINED_LABEL = re.compile(r"(.{2,}?)(?:及|和|与)(.{2,})")
"""A heading naming two things ("办理方式及地点") is read under the first (field labels only,
the vocabulary that takes tails: column words such as 纸质 also stand in values)."""
_PARTICLE = "的"
"""Labels name the same field with or without it: 需提交的材料, 需提交材料."""


@dataclass(frozen=True)
class LabelMatch:
    """A label recognised as ``key``; a lower ``rank`` is a more preferred variant."""

    key: str
    rank: int


class Vocabulary:
    """Variants per key, in order of preference, matched after :func:`normalize_label`."""

    def __init__(
        self,
        variants: Mapping[str, Sequence[str]],
        tails: Sequence[str] = (),
        exclude: Mapping[str, Sequence[str]] | None = None,
        overriding: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.variants: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in variants.items()}
        self._exact: dict[str, LabelMatch] = {}
        for key, words in variants.items():
            for rank, word in enumerate(words):
                self._exact.setdefault(normalize_label(word), LabelMatch(key, rank))
        for key, words in (overriding or {}).items():
            self.variants[key] = self.variants.get(key, ()) + tuple(words)
            for word in words:  # a portal's own label is meant for this field, whatever the default says
                self._exact[normalize_label(word)] = LabelMatch(key, 0)
        self._plain = frozenset(word for words in self.variants.values() for word in words)
        self._tails = tuple(normalize_label(t) for t in tails)
        self._exclude = {k: tuple(normalize_label(w) for w in ws) for k, ws in (exclude or {}).items()}
        self._cache: dict[str, LabelMatch | None] = {}

    def match(self, text: str) -> LabelMatch | None:
        """Return the key ``text`` names, or None; results are cached (labels repeat a lot)."""
        if len(text) > 4 * LABEL_MAX_CHARS:
            return None
        if text in self._cache:
            return self._cache[text]
        result = self._match_normalized(normalize_label(text))
        if len(self._cache) < 50_000:
            self._cache[text] = result
        return result

    def _match_normalized(self, label: str) -> LabelMatch | None:
        if not label or len(label) > LABEL_MAX_CHARS:
            return None
        found = self._exact.get(label)
        if found is None:
            for tail in self._tails:
                stem = label[: -len(tail)] if label.endswith(tail) else ""
                if stem in self._exact:
                    base = self._exact[stem]
                    found = LabelMatch(base.key, base.rank + TAIL_RANK_PENALTY)
                    break
        if found is None and _PARTICLE in label:  # 需提交的材料 is 需提交材料
            return self._match_normalized(label.replace(_PARTICLE, ""))
        if found is None and self._tails and (joined := _JOINED_LABEL.match(label)) and joined.group(1) in self._exact:
            base = self._exact[joined.group(1)]  # 办理方式及地点: the first field named, then the rest
            found = LabelMatch(base.key, base.rank + TAIL_RANK_PENALTY)
        if found is not None and any(word in label for word in self._exclude.get(found.key, ())):
            return None
        return found

    def is_exact(self, text: str) -> bool:
        """True when ``text`` is a variant itself (no tail): the strict test for splitting lines."""
        return text in self._plain or normalize_label(text) in self._exact

    def is_variant(self, text: str) -> bool:
        """True when ``text`` is a variant exactly as written (no folding): the cheap test
        tried on every suffix before a colon in running text."""
        return text in self._plain


@dataclass(frozen=True, eq=False)
class LabelLexicon:
    """Everything the extractor knows about wording, loaded from ``channel_equity/data/labels.yaml``
    and ``channel_equity/data/vocabulary.yaml`` (the ``values`` and ``navigation`` sections)."""

    data: dict[str, Any]
    fields: Vocabulary
    material_columns: Vocabulary
    location_columns: Vocabulary
    json_keys: dict[str, tuple[str, ...]]
    json_material_keys: dict[str, tuple[str, ...]]
    json_location_keys: dict[str, tuple[str, ...]]
    _extended: dict[tuple[tuple[str, tuple[str, ...]], ...], LabelLexicon] = field(
        default_factory=dict, compare=False, repr=False
    )
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Structures derived from the words (compiled patterns), built once per lexicon."""

    def _section(self, name: str) -> Any:
        """The entry ``name`` of the data; a dotted name ("values.empty") looks into a section."""
        value: Any = self.data
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value

    def knows(self, label: str) -> bool:
        """Does the lexicon know this label: a guide field, a material or hall column, or the
        page chrome (当前位置, 发布时间, 主办单位) that is no field at all?"""
        if self.fields.match(label) or self.material_columns.match(label) or self.location_columns.match(label):
            return True
        return self._is_chrome_word(label)

    def _is_chrome_word(self, label: str) -> bool:
        chrome = self.memoized("chrome_labels", lambda lex: frozenset(
            normalize_label(w) for w in lex.words("navigation.chrome_labels")))
        return normalize_label(label) in chrome

    def is_chrome(self, label: str) -> bool:
        """Is this a label of the page's chrome only (主办单位, 版权所有, 发布时间), never a field's?
        A line carrying one is the site's footer or byline: its other labels (承办单位 beside
        主办单位) are the site's, not the guide's."""
        return self.fields.match(label) is None and self._is_chrome_word(label)

    def words(self, name: str) -> tuple[str, ...]:
        """A flat word list of the lexicon (``online_entry_texts``, ``values.empty`` ...)."""
        return tuple(str(w) for w in self._section(name) or ())

    def word_map(self, name: str) -> dict[str, tuple[str, ...]]:
        """A key -> word list section (``channel_words``, ``location_levels``)."""
        return {str(k): tuple(str(w) for w in v or ()) for k, v in (self._section(name) or {}).items()}

    def numbers(self, name: str) -> dict[str, float]:
        """A word -> number section (``values.day_units``); "1/24" is a fraction."""
        return {str(k): float(Fraction(str(v))) for k, v in (self._section(name) or {}).items()}

    @property
    def step_columns(self) -> Vocabulary:
        """Columns of a process table (环节名称 / 办理时限): its steps and each step's time."""
        return self.memoized("step_columns", lambda lex: Vocabulary(_word_lists(lex.data, "step_columns")))

    def memoized(self, key: str, build: Callable[[LabelLexicon], _T]) -> _T:
        """``build(self)``, computed once per lexicon: compiled patterns and sets of its words."""
        if key not in self.memo:
            self.memo[key] = build(self)
        return cast(_T, self.memo[key])

    def codes(self, name: str) -> dict[str, str]:
        """A code table of ``codes:`` (``levels``, ``material_form`` ...)."""
        return {str(k): str(v) for k, v in ((self.data.get("codes") or {}).get(name) or {}).items()}

    def answers(self, key: str, text: str) -> bool:
        """Is ``text`` a label that also answers the field ``key`` (``label_answers``: 是否收费 answered
        收费, which labels the fee standard elsewhere)? The caller decides that it stands where an
        answer would: right after the field's empty label, with no value of its own."""
        answers = self.memoized("label_answers", lambda lex: {
            field: frozenset(normalize_label(word) for word in words)
            for field, words in lex.word_map("label_answers").items()})
        return key in answers and normalize_label(text) in answers[key]

    @property
    def multiline_fields(self) -> frozenset[str]:
        return frozenset(self.words("multiline_fields"))

    @property
    def weak_fields(self) -> frozenset[str]:
        return frozenset(self.words("weak_fields"))

    def extended(self, extra: Mapping[str, Sequence[str]] | None) -> LabelLexicon:
        """This lexicon plus a portal's extra label variants (cached: one portal, many pages)."""
        if not extra:
            return self
        key = tuple(sorted((k, tuple(v)) for k, v in extra.items()))
        if key not in self._extended:
            self._extended[key] = _build(self.data, extra)
        return self._extended[key]


def _merge(base: Any, more: Any) -> Any:
    """Deep-merge a province's lexicon into the default: maps merge, lists append."""
    if isinstance(base, dict) and isinstance(more, dict):
        merged = dict(base)
        for key, value in more.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(more, list):
        return base + [item for item in more if item not in base]
    return more


def _read_yaml(path: Path | Traversable) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot read label lexicon {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"label lexicon {path} must be a mapping at top level")
    return data


def _word_lists(data: dict[str, Any], section: str) -> dict[str, list[str]]:
    value = data.get(section) or {}
    if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
        raise ValueError(f"label lexicon: '{section}' must map names to lists of words")
    return {str(k): [str(w) for w in v] for k, v in value.items()}


def _key_lists(data: dict[str, Any], section: str) -> dict[str, tuple[str, ...]]:
    return {k: tuple(normalize_key(w) for w in v) for k, v in _word_lists(data, section).items()}


def _check_vocabulary(data: dict[str, Any]) -> None:
    """Each section of ``vocabulary.yaml`` maps names to lists of words (``day_units`` to numbers)."""
    for section in VOCABULARY_SECTIONS:
        value = data.get(section) or {}
        if not isinstance(value, dict):
            raise ValueError(f"label lexicon: '{section}' must map names to lists of words")
        for name, words in value.items():
            if isinstance(words, dict):
                try:
                    [Fraction(str(v)) for v in words.values()]
                except (ValueError, ZeroDivisionError) as exc:
                    raise ValueError(f"label lexicon: '{section}.{name}' must map words to numbers") from exc
            elif not isinstance(words, list) or any(isinstance(w, dict | list) for w in words):
                raise ValueError(f"label lexicon: '{section}.{name}' must be a list of words")


def _build(data: dict[str, Any], extra: Mapping[str, Sequence[str]] | None = None) -> LabelLexicon:
    _check_vocabulary(data)
    tails = [str(t) for t in data.get("label_tails") or ()]
    return LabelLexicon(
        data=data,
        fields=Vocabulary(_word_lists(data, "fields"), tails, _word_lists(data, "exclude"), extra),
        material_columns=Vocabulary(_word_lists(data, "material_columns")),
        location_columns=Vocabulary(_word_lists(data, "location_columns")),
        json_keys=_key_lists(data, "json_keys"),
        json_material_keys=_key_lists(data, "json_material_keys"),
        json_location_keys=_key_lists(data, "json_location_keys"),
    )


def default_data() -> dict[str, Any]:
    """The packaged default lexicon: ``labels.yaml`` and ``vocabulary.yaml`` as one mapping."""
    data = _read_yaml(DEFAULT_LEXICON_PATH)
    vocabulary = _read_yaml(DEFAULT_VOCABULARY_PATH)
    clash = sorted(set(data) & set(vocabulary))
    if clash:
        raise ValueError(f"label lexicon: {', '.join(clash)} defined in both labels.yaml and vocabulary.yaml")
    return {**data, **vocabulary}


def load_label_lexicon(path: Path | None = None, extra: dict[str, list[str]] | None = None) -> LabelLexicon:
    """Load the default lexicon, extended by a province's file at ``path`` and ``extra`` labels.

    ``path`` holds YAML of the same shape as ``channel_equity/data/labels.yaml`` (and may carry
    the ``values:`` / ``navigation:`` sections of ``vocabulary.yaml`` too); it is merged into the
    default (lists appended, maps merged) unless it says ``replace: true``, in which case it is
    the whole lexicon. ``extra`` maps a field to more label variants, as a city's
    ``extraction.labels`` does. Raises ValueError with a one-line reason on a bad file.
    """
    data = default_data()
    if path is not None and str(Path(path).resolve()) != str(DEFAULT_LEXICON_PATH):
        province = _read_yaml(Path(path))
        data = province if province.pop("replace", False) else _merge(data, province)
    return _build(data, extra)


@cache
def default_lexicon() -> LabelLexicon:
    """The packaged default lexicon, loaded once: for code that is given no lexicon."""
    return load_label_lexicon()
