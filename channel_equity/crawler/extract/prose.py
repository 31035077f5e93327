"""Facts a guide states in its sentences rather than under labels of their own.

Prose guides (办理说明 articles, street-office pages, WeChat halls) say "到现场次数为2次",
"（法定时限15个工作日）", "服务站5个工作日内审核后报县局，县局15个工作日内审批" or "也可通过邮寄
方式提交申请材料" inside their process or place paragraphs. This module reads such facts from
the texts of a guide's sections; :mod:`assemble` takes each only where no labelled field gave
the value, and records on the observation that it was read from prose.

All wording is the lexicon's (``prose`` in ``channel_equity/data/vocabulary.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import CaseType, Channel, Level
from channel_equity.crawler.extract.normalize import (
    CALENDAR_UNIT_DAYS,
    MAX_DAYS,
    MAX_VISITS,
    NUMBER,
    any_of,
    chinese_number,
    fold,
    negated,
    parse_case_type,
    parse_channels,
    parse_levels,
    value_words,
)

CLAUSE_BREAK = re.compile(r"[,;。!?，；：:\n()（）\[\]【】]")
"""Where a clause ends: the words that qualify a number stand in its own clause."""
MAX_PROSE_CHARS = 20_000


@dataclass(frozen=True)
class ProseFacts:
    """What the sentences of one guide say; None / empty where they say nothing."""

    visits: int | None = None
    statutory_days: int | None = None
    promised_days: int | None = None
    case_type: CaseType | None = None
    online_depth: int | None = None
    channels: tuple[Channel, ...] = ()
    levels: tuple[Level, ...] = ()


@dataclass(frozen=True)
class _Patterns:
    visits: re.Pattern[str]
    statutory: tuple[str, ...]
    promised: tuple[str, ...]
    totals: tuple[str, ...]
    not_steps: tuple[str, ...]
    case_types: tuple[str, ...]
    full_online: tuple[str, ...]
    online: tuple[str, ...]
    post: tuple[re.Pattern[str], ...]
    self_service: tuple[str, ...]
    counter: tuple[re.Pattern[str], ...]
    online_cancel: tuple[str, ...]


def _build(lexicon: LabelLexicon) -> _Patterns:
    def words(name: str) -> tuple[str, ...]:
        return tuple(fold(w) for w in lexicon.words(f"prose.{name}") if fold(w))

    visit = any_of(fold(w) for w in lexicon.words("prose.visit_words") if fold(w))
    return _Patterns(
        visits=re.compile(rf"{visit}(?:次数)?[^,;。，；\d零一二两三四五六七八九十]{{0,4}}?{NUMBER}次"),
        statutory=words("statutory_words"),
        promised=words("promised_words"),
        totals=words("total_words"),
        not_steps=words("not_step_words"),
        case_types=words("case_type_words"),
        full_online=words("full_online_words"),
        online=words("online_words"),
        post=tuple(re.compile(p) for p in lexicon.words("prose.post_patterns")),
        self_service=words("self_service_words"),
        counter=tuple(re.compile(p) for p in lexicon.words("prose.counter_patterns")),
        online_cancel=tuple(fold(w) for w in lexicon.word_map("channel_not_followed_by").get("online", ())),
    )


def _patterns(lexicon: LabelLexicon) -> _Patterns:
    return lexicon.memoized("prose_patterns", _build)


def _folded_text(text: str) -> str:
    """The text folded as values are, each line a clause of its own."""
    lines = (fold(line) for line in text.split("\n"))
    return "。".join(line for line in lines if line)[:MAX_PROSE_CHARS]


_NOTE_AFTER = re.compile(r"[（(]([^（）()\d]{1,8})[)）]")
"""A short bracket right after a number says what kind of limit it is: 30个工作日（法定）."""


def _clause_before(text: str, position: int) -> str:
    """The words of the clause that lead up to ``position``."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, position)), default=0)
    return text[start:position]


def _visits(text: str, patterns: _Patterns, lexicon: LabelLexicon) -> int | None:
    for found in patterns.visits.finditer(text):
        amount = chinese_number(found.group(1))
        if amount is not None and 0 <= amount <= MAX_VISITS:
            return int(amount)
    return 0 if value_words(lexicon).zero_visits.search(text) else None


@dataclass
class _Days:
    statutory: int | None = None
    promised: int | None = None
    total: int | None = None
    steps: list[int] = field(default_factory=list)


def _days(text: str, patterns: _Patterns, lexicon: LabelLexicon) -> _Days:
    """Each number of days read by the words of its clause: 法定 (statutory), 承诺 (promised),
    a stated total (合计, 全程 …), else one step's time; 当场 / 即办 clauses are steps of 0."""
    words = value_words(lexicon)
    days = _Days()
    for found in words.days_with_unit.finditer(text):
        amount = chinese_number(found.group(1))
        if amount is None:
            continue
        if words.unit_days[found.group(2)] >= CALENDAR_UNIT_DAYS and "个" not in found.group(0):
            continue  # "一月至三月集中申报" names months; "3个月" is a span
        if words.unit_days[found.group(2)] < 1:
            continue  # "24小时自助服务区" is opening time; hours make no working days
        value = amount * words.unit_days[found.group(2)]
        if not 0 <= value <= MAX_DAYS:
            continue
        clause = _clause_before(text, found.start())
        said_after = _NOTE_AFTER.match(text, found.end())  # "30个工作日（法定）"
        if said_after:
            clause += said_after.group(1)
        if any(w in clause for w in patterns.statutory):
            days.statutory = int(value) if days.statutory is None else days.statutory
        elif any(w in clause for w in patterns.promised):
            days.promised = int(value) if days.promised is None else days.promised
        elif any(w in clause for w in patterns.totals):
            days.total = int(value) if days.total is None else days.total
        elif not any(w in clause for w in patterns.not_steps):
            days.steps.append(int(value))
    if not days.steps and words.immediate_days.search(text):
        days.steps.append(0)
    return days


def _promised(sections: Sequence[str], patterns: _Patterns, lexicon: LabelLexicon) -> tuple[int | None, int | None]:
    """(promised, statutory): a promise or stated total wins; else the steps of the first
    section that has any, summed (the citizen waits for all of them)."""
    read = [_days(text, patterns, lexicon) for text in sections]
    statutory = next((d.statutory for d in read if d.statutory is not None), None)
    for pick in (lambda d: d.promised, lambda d: d.total):
        chosen = next((value for d in read if (value := pick(d)) is not None), None)
        if chosen is not None:
            return chosen, statutory
    steps = next((d.steps for d in read if d.steps), [])
    return (sum(steps) if steps else None), statutory


_STATED_LEVEL = re.compile(r"(?:(?:实施|行使|受理|审批)?层级(?:为|是|:)?([^,;。]{1,12}?级)"
                           r"|(?:^|[,;。])((?:国家|省|市|县|区|镇|乡|街道)[^,;。]{0,6}级)(?=$|[,;。]))")


def _levels(text: str, lexicon: LabelLexicon) -> tuple[Level, ...]:
    """Levels a sentence states ("实施层级为市级", "实施层级：镇（街道）级")."""
    found: list[Level] = []
    for stated in _STATED_LEVEL.finditer(text):
        words = stated.group(1) or stated.group(2)
        found.extend(level for level in parse_levels(words, lexicon) if level not in found)
    return tuple(found)


def _case_type(text: str, patterns: _Patterns, lexicon: LabelLexicon) -> CaseType | None:
    for word in patterns.case_types:
        if word in text:
            return parse_case_type(word, lexicon)
    return None


_CANCEL_FILLERS = ("提前", "进行", "在线", "先")


def _says(text: str, word: str, lexicon: LabelLexicon, cancel: tuple[str, ...] = ()) -> bool:
    """Does ``word`` occur un-negated, and not followed by a word of ``cancel`` ("公众号提前预约")?"""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        rest = text[end:end + 8]
        rest = next((rest[len(f):] for f in _CANCEL_FILLERS if rest.startswith(f)), rest)
        if not rest.startswith(cancel) and not negated(text, start, end, lexicon):
            return True
        start = text.find(word, end)
    return False


def _negated_before(text: str, start: int, lexicon: LabelLexicon) -> bool:
    """"本事项不能通过网上或邮寄方式申请": a negator earlier in the clause."""
    clause = _clause_before(text, start)[-12:]
    return any(n in clause for n in lexicon.words("channel_negators_before") if len(n) > 1)


def prose_channels(text: str, lexicon: LabelLexicon) -> list[Channel]:
    """Channels a sentence offers: a hall or window to go to, an online application, the
    application sent by post, a self-service terminal. Collecting the result (窗口领取,
    邮寄送达) and booking online (网上预约) offer none."""
    patterns = _patterns(lexicon)
    value = fold(text).upper()
    found: list[Channel] = []
    if any(pattern.search(value) for pattern in patterns.counter):
        found.append("counter")
    if any(_says(value, word.upper(), lexicon, patterns.online_cancel) for word in patterns.online):
        found.append("online")
    if any(not _negated_before(value, m.start(), lexicon) for pattern in patterns.post for m in pattern.finditer(value)):
        found.append("post")
    if any(_says(value, word, lexicon) for word in patterns.self_service):
        found.append("self_service")
    return found


def read_prose(sections: Sequence[str], lexicon: LabelLexicon) -> ProseFacts:
    """The facts the sentences of a guide's sections state (texts in document order)."""
    patterns = _patterns(lexicon)
    folded = [_folded_text(text) for text in sections if text]
    whole = "。".join(folded)
    if not whole:
        return ProseFacts()
    promised, statutory = _promised(folded, patterns, lexicon)
    depth = 4 if any(_says(whole, word, lexicon) for word in patterns.full_online) else None
    return ProseFacts(
        visits=_visits(whole, patterns, lexicon),
        statutory_days=statutory,
        promised_days=promised,
        case_type=_case_type(whole, patterns, lexicon),
        online_depth=depth,
        channels=tuple(prose_channels(whole, lexicon)),
        levels=_levels(whole, lexicon),
    )


def is_prose(text: str) -> bool:
    """A value written as sentences (not a list of words): long, with clause punctuation."""
    return len(text) > 15 and any(mark in text for mark in "。，；,;")


_LIST_SPLIT = re.compile(r"[、，,/；;\s]+")
MAX_CHANNEL_LIST_CHARS = 40


def is_channel_list(text: str, lexicon: LabelLexicon) -> bool:
    """Is a value a list of channels ("窗口办理、网上办理、快递办理") whatever its label says?
    Every part must be short and name a channel: a sentence that mentions one is not a list."""
    if not 0 < len(text) <= MAX_CHANNEL_LIST_CHARS:
        return False
    parts = [p for p in _LIST_SPLIT.split(text.strip(" 。.")) if p]
    return bool(parts) and all(len(p) <= 8 and parse_channels(p, lexicon) for p in parts)


def days_in(text: str, lexicon: LabelLexicon) -> tuple[int | None, int | None]:
    """(promised, statutory) days of one text read as sentences (see :func:`read_prose`)."""
    return _promised([_folded_text(text)], _patterns(lexicon), lexicon)


_RESPONSIBLE = re.compile(r"由([^，。；,;（(]{2,30}?)(?:负责|承担|受理|组织|实施)")
_FIRST_CLAUSE = re.compile(r"[，。；,;（(]")
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[)）]$")


def department_name(text: str) -> str | None:
    """The implementing body: the first line, less a trailing note in brackets ("XX局（受理：
    YY街道）"); in a sentence, the body it says is responsible ("本事项由XX局负责办理，…")."""
    line = text.split("\n")[0].strip()
    responsible = _RESPONSIBLE.search(line) if is_prose(line) else None  # "本事项由XX局负责办理，…"
    line = responsible.group(1) if responsible else _FIRST_CLAUSE.split(line, maxsplit=1)[0]  # "XX局，市级。"
    line = _TRAILING_NOTE.sub("", line).strip(" 。.")
    return line or None
