"""The phrase lexicon the wording-based rules read portals with (``channel_equity/data/phrases.yaml``).

Rules never hard-code Chinese wording: they ask a ``PhraseBook`` whether a text says
something of a *category* ("online_only", "legacy_browser" …). A province adds phrases per
category in its config (``phrases:``), so a portal with new wording is handled by data.

Phrase syntax (one string per phrase):

* a plain string matches literally, case-insensitively, with optional whitespace between
  its characters (pages break words with markup); ``…`` (or ``...``) inside it stands for a
  short gap of up to 24 characters within the same sentence that contains no negation cue:
  ``网上预审通过后…到窗口办理``;
* ``re:<pattern>`` is a Python regular expression (case-insensitive); the token ``{gap}`` in
  it expands to that same gap.

Texts are matched after folding full-width ASCII to half-width (``ＩＥ`` → ``IE``, ``，`` →
``,``) and traditional characters to simplified ones (``網上辦理`` → ``网上办理``; a portal in
Hong Kong, Macao or Taiwan style, or a page pasted from one), one character for one, so
regexes must escape ``(`` even where the page shows ``（`` and are written in simplified
characters only. Letter-spaced words (``网 上 办 理``, ``I E``, ``A P P``: single characters
each followed by a space, a layout trick of some templates) are read as if unspaced. Hit offsets always index
the caller's text.

Three kinds of cue keep a hit honest; all are categories of the same lexicon:

* ``negation``: a cue that starts in the 8 characters before a hit, within its clause,
  cancels it: "不支持网上办理", "无需到现场". Gaps never span a negation cue either. A
  cancelled match does not hide a later one overlapping it ("无需到场，但须到窗口核验"). A
  negation cue that a ``double_negation`` cue ends right before is no negation: "并非无需到场"
  says the citizen must come.
* ``negation_after``: a cue starting right after a hit (within 3 characters, same clause)
  cancels it: "网上办理（暂不支持）".
* ``<category>_unless``: a cue anywhere in the hit's sentence that is not itself negated
  cancels it — the mixed-channel wording: "仅受理网上申请" is not online-only in a sentence
  that goes on "也可到窗口办理".
* ``<category>_with``: when a category has such cues, a hit counts only in a sentence that
  also has one of them (inside the hit or not), not itself negated — the subject a phrase
  leaves unsaid: "网页版暂不支持在线申请" is app-only only beside an app or a QR code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml

from channel_equity.core.traditional_chinese import TO_SIMPLIFIED
from channel_equity.data import data_file

DEFAULT_PHRASES_PATH = data_file("phrases.yaml")
"""The packaged default lexicon (``channel_equity/data/phrases.yaml``)."""
SENTENCE_ENDS = "。;!?\n\r"  # after folding: ；！？ became ; ! ?
CLAUSE_ENDS = SENTENCE_ENDS + ",:、"
NEGATION_WINDOW = 8
NEGATION_AFTER_WINDOW = 3
GAP_MAX = 24
EXCERPT_CONTEXT = 20
CUE_SUFFIXES = ("_unless", "_with")
CUE_CATEGORIES = ("negation", "negation_after", "double_negation")
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20} | TO_SIMPLIFIED
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_SPACES = re.compile(r"[ \t]+")


class PhraseError(ValueError):
    """A lexicon that cannot be used (unknown category, bad regex); the message says which."""


@dataclass(frozen=True)
class PhraseHit:
    """Where a text says something of a category: the lexicon entry that matched, the span in
    the text, the matched words with some context for an inspector to read, and the matched
    words alone (for messages: a regex entry means nothing to an inspector)."""

    phrase: str
    start: int
    end: int
    excerpt: str
    words: str = ""


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Full-width ASCII to half-width, the ideographic space to a space and traditional
    characters to simplified ones, length-preserving."""
    return text.translate(_FOLD)


def _spaced(text: str, start: int, end: int) -> bool:
    """Whether the blanks ``text[start:end]`` only letter-space a word: both neighbours are
    non-blank and at least one of them stands alone between blanks (``网 上`` in ``网 上 办 理``,
    not the gap in ``个人登录 法人登录``); beside an ASCII letter or digit both must stand alone
    (``I E``, ``A P P``, not ``IE 8`` or ``Windows 7``)."""
    if start == 0 or end >= len(text):
        return False
    left, right = text[start - 1], text[end]
    if left.isspace() or right.isspace():
        return False
    alone_left = start == 1 or text[start - 2].isspace()
    alone_right = end + 1 == len(text) or text[end + 1].isspace()
    if left in _ALNUM or right in _ALNUM:  # "I E", "A P P": letters each alone, not "IE 8"
        return alone_left and alone_right
    return alone_left or alone_right


@lru_cache(maxsize=64)
def squeeze(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` without the blanks that letter-space its words, and where each character of the
    result stands in ``text`` (None when nothing was removed: the offsets are the same)."""
    cuts = [(m.start(), m.end()) for m in _SPACES.finditer(text) if _spaced(text, m.start(), m.end())]
    if not cuts:
        return text, None
    pieces: list[str] = []
    where: list[int] = []
    kept = 0
    for start, end in cuts:
        pieces.append(text[kept:start])
        where.extend(range(kept, start))
        kept = end
    pieces.append(text[kept:])
    where.extend(range(kept, len(text)))
    return "".join(pieces), tuple(where)


def excerpt(text: str, start: int, end: int, context: int = EXCERPT_CONTEXT) -> str:
    """The words ``text[start:end]`` with ``context`` characters either side, whitespace
    collapsed, "…" where the text goes on."""
    left, right = max(0, start - context), min(len(text), end + context)
    body = re.sub(r"\s+", " ", text[left:right]).strip()
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


@dataclass(frozen=True)
class _Phrase:
    source: str
    pattern: re.Pattern[str]


class PhraseBook:
    """Compiled phrase categories; ``find`` / ``find_all`` apply the negation and mixed-channel
    cues described in the module docstring."""

    def __init__(self, categories: Mapping[str, Sequence[str]]) -> None:
        self._sources = {name: tuple(dict.fromkeys(phrases)) for name, phrases in categories.items()}
        self._negators = [_phrase("negation", p, None) for p in self._sources.get("negation", ())]
        voiders = [_phrase("double_negation", p, None) for p in self._sources.get("double_negation", ())]
        self._voiders = [re.compile(f"(?:{v.pattern.pattern})$", re.IGNORECASE) for v in voiders]
        negators = "|".join(f"(?:{n.pattern.pattern})" for n in self._negators) or r"(?!)"
        gap = rf"(?:(?!{negators})[^{re.escape(SENTENCE_ENDS)}]){{0,{GAP_MAX}}}"
        self._compiled = {name: [_phrase(name, p, gap) for p in phrases] for name, phrases in self._sources.items()}

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self._sources)

    def phrases(self, category: str) -> tuple[str, ...]:
        return self._sources.get(category, ())

    def merged(self, extra: Mapping[str, Sequence[str]]) -> PhraseBook:
        """This book with ``extra`` phrases added per category (a province's ``phrases:``).

        An unknown category is a typo more often than an extension, so it is refused unless
        it is a cue list (``<category>_unless``, ``<category>_with``) of a known category.
        """
        for name in extra:
            base = next((name.removesuffix(s) for s in CUE_SUFFIXES if name.endswith(s)), name)
            if name not in self._sources and base not in self._sources and name not in CUE_CATEGORIES:
                known = ", ".join(c for c in self._sources if not c.endswith(CUE_SUFFIXES))
                raise PhraseError(f"phrases: unknown category {name!r} (known: {known})")
        names = dict.fromkeys([*self._sources, *extra])
        return PhraseBook({n: [*self._sources.get(n, ()), *extra.get(n, ())] for n in names})

    def find(self, category: str, text: str | None) -> PhraseHit | None:
        """The earliest hit of ``category`` in ``text`` that no cue cancels, or None."""
        return next(self._hits(category, text), None)

    def find_all(self, category: str, text: str | None) -> list[PhraseHit]:
        """Every hit of ``category`` in ``text`` that no cue cancels, in text order."""
        return list(self._hits(category, text))

    def _hits(self, category: str, text: str | None) -> Iterator[PhraseHit]:
        if category not in self._compiled:
            raise KeyError(f"no phrase category {category!r} (known: {', '.join(self._compiled)})")
        if not text:
            return
        folded, where = squeeze(fold(text))
        found: list[tuple[int, int, str]] = []
        for phrase in self._compiled[category]:
            position = 0
            while (match := phrase.pattern.search(folded, position)) is not None:
                start, end = match.span()
                if end > start and self._counts(category, folded, start, end):
                    position = end
                    if where is not None:
                        start, end = where[start], where[end - 1] + 1
                    found.append((start, end, phrase.source))
                else:  # a cancelled match must not hide a later one that overlaps it
                    position = start + 1
        for start, end, source in sorted(found):
            yield PhraseHit(source, start, end, excerpt(text, start, end), " ".join(text[start:end].split()))

    def _counts(self, category: str, folded: str, start: int, end: int) -> bool:
        if self._negated(folded, start, end):
            return False
        unless = self._compiled.get(f"{category}_unless", ())
        with_ = self._compiled.get(f"{category}_with", ())
        if not unless and not with_:
            return True
        sentence_start, sentence_end = _bounds(folded, start, end, SENTENCE_ENDS)
        for cue in unless:
            for match in cue.pattern.finditer(folded, sentence_start, sentence_end):
                overlaps = match.start() < end and match.end() > start
                if not overlaps and not self._negated(folded, match.start(), match.end()):
                    return False
        if with_:
            return any(not self._negated(folded, match.start(), match.end())
                       for cue in with_ for match in cue.pattern.finditer(folded, sentence_start, sentence_end))
        return True

    def _negated(self, folded: str, start: int, end: int) -> bool:
        clause_start, clause_end = _bounds(folded, start, end, CLAUSE_ENDS)
        window_start = max(clause_start, start - NEGATION_WINDOW)
        probe = folded[window_start:end]
        before = start - window_start
        for cue in self._negators:
            for m in cue.pattern.finditer(probe):
                if m.start() < before and not self._voided(folded, window_start + m.start()):
                    return True
        after = folded[end:clause_end]
        for cue in self._compiled.get("negation_after", ()):
            match = cue.pattern.search(after)
            if match and match.start() <= NEGATION_AFTER_WINDOW:
                return True
        return False


    def _voided(self, folded: str, cue_start: int) -> bool:
        """Whether a ``double_negation`` cue ends right where a negation cue starts."""
        lead = folded[max(0, cue_start - NEGATION_WINDOW):cue_start]
        return any(voider.search(lead) for voider in self._voiders)


def _bounds(text: str, start: int, end: int, delimiters: str) -> tuple[int, int]:
    """The span of the clause or sentence around ``text[start:end]``."""
    left = max((text.rfind(d, 0, start) for d in delimiters), default=-1) + 1
    rights = [i for i in (text.find(d, end) for d in delimiters) if i >= 0]
    return left, min(rights, default=len(text))


def _compile_plain(phrase: str, gap: str | None) -> str:
    """A plain phrase as a regex: literal characters, optional whitespace between them."""
    pieces = re.split(r"…|\.\.\.", fold(phrase))
    literal = [r"\s*".join(re.escape(ch) for ch in piece.strip() if not ch.isspace()) for piece in pieces]
    joiner = rf"\s*{gap}\s*" if gap is not None else ""
    return joiner.join(p for p in literal if p)


def _phrase(category: str, source: str, gap: str | None) -> _Phrase:
    if not isinstance(source, str) or not source.strip():
        raise PhraseError(f"phrases: {category}: expected a non-empty string, got {source!r}")
    if source.startswith("re:"):
        pattern = source[3:].replace("{gap}", gap or "")
    else:
        pattern = _compile_plain(source, gap)
    try:
        return _Phrase(source, re.compile(pattern, re.IGNORECASE))
    except re.error as exc:
        raise PhraseError(f"phrases: {category}: {source!r} is not a valid regular expression ({exc})") from None


def _read(path: Path | Traversable) -> dict[str, list[str]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PhraseError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise PhraseError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise PhraseError(f"{path}: expected a mapping of category -> list of phrases")
    return {str(k): [str(p) for p in v] for k, v in data.items()}


def load_phrase_book(extra: Mapping[str, Sequence[str]] | None = None, path: Path | None = None) -> PhraseBook:
    """The lexicon of ``path`` (default ``channel_equity/data/phrases.yaml``) plus ``extra`` phrases per
    category (the config's ``phrases:`` section). Raises ``PhraseError`` naming the problem."""
    book = PhraseBook(_read(path or DEFAULT_PHRASES_PATH))
    return book.merged(extra) if extra else book
