"""Turn a portal's wording of one value into the normalised vocabulary of GuideObservation.

Each parser takes the raw text exactly as read and returns None when the text does not
say (rather than guessing), so that a later, less preferred label can still answer.
Decisions on ambiguous wording are documented on the parser that makes them.

The words themselves (empty words, yes/no answers, day units, zero-visit wording ...) are
data, the ``values`` section of ``channel_equity/data/vocabulary.yaml`` in the label lexicon;
a parser given no lexicon uses the packaged default one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from channel_equity.core.labels import LabelLexicon, default_lexicon
from channel_equity.core.observation import CaseType, Channel, Level, MaterialForm
from channel_equity.core.traditional_chinese import to_simplified

_PLACEHOLDER = re.compile(r"^(?:\{\{.*\}\}|\$\{.*\}|<%.*%>|null|undefined|none|nan)$", re.I | re.S)
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4,
              "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100}
NUMBER = r"(\d{1,7}(?:\.\d{1,3})?|[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰]{1,8})"
"""A count or a limit as guides write it. Bounded runs: an unbounded one makes a search over
a long run of digits quadratic (a hostile value would cost seconds)."""
_CODE_LIST = re.compile(r"^[\d\s,，、;；^|/]+$")
_CODE_SPLIT = re.compile(r"[\s,，、;；^|/]+")
_CODE_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-]{3,}")

LIST_MARK = (r"(?:\d{1,2}\s*[、.．)）:：](?!\d)|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳]"
             r"|[一二三四五六七八九十]{1,3}\s*[、.．])")
"""The mark that numbers an entry of a list written as text: 1、 2. 3） (4) （五） ⑥ 七、"""
LEADING_LIST_MARK = re.compile(rf"^\s*{LIST_MARK}\s*")
BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
"""A bracketed note, full- or half-width, not nested: "（原件1份）", "(法定)"."""


def fold(text: str) -> str:
    """NFKC-fold (full-width digits, colons, brackets, Ⅳ -> IV), write traditional characters
    simplified and drop all whitespace."""
    return to_simplified("".join(unicodedata.normalize("NFKC", text).split()))


@dataclass(frozen=True)
class ValueWords:
    """The ``values`` vocabulary of a lexicon, folded and compiled once per lexicon."""

    empty: frozenset[str]
    no_prefixes: tuple[str, ...]
    yes_prefixes: tuple[str, ...]
    unit_days: dict[str, float]
    days_with_unit: re.Pattern[str]
    immediate_days: re.Pattern[str]
    zero_visits: re.Pattern[str]
    zero_visit_values: frozenset[str]
    fee_free_words: tuple[str, ...]
    fee_free_values: frozenset[str]


def _folded(words: Iterable[str], lower: bool = False) -> tuple[str, ...]:
    """Words folded as values are (empty ones dropped), in their order, each once."""
    folded = (fold(w).lower() if lower else fold(w) for w in words)
    return tuple(dict.fromkeys(w for w in folded if w))


def any_of(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first; one that never matches when empty."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")" if ordered else "(?!)"


def _value_words(lexicon: LabelLexicon) -> ValueWords:
    unit_days = {fold(unit): days for unit, days in lexicon.numbers("values.day_units").items() if fold(unit)}
    return ValueWords(
        empty=frozenset(_folded(lexicon.words("values.empty"))),
        no_prefixes=_folded(lexicon.words("values.no_prefixes"), lower=True),
        yes_prefixes=_folded(lexicon.words("values.yes_prefixes"), lower=True),
        unit_days=unit_days,
        days_with_unit=re.compile(NUMBER + r"\s*个?\s*[(\[]?(" + any_of(unit_days) + ")"),  # 80(工作日)
        immediate_days=re.compile(any_of(_folded(lexicon.words("values.immediate_days")))),
        zero_visits=re.compile(any_of(_folded(lexicon.words("values.zero_visit_words")))),
        zero_visit_values=frozenset(_folded(lexicon.words("values.zero_visit_values"))),
        fee_free_words=_folded(lexicon.words("values.fee_free_words")),
        fee_free_values=frozenset(_folded(lexicon.words("values.fee_free_values"))),
    )


def value_words(lexicon: LabelLexicon | None = None) -> ValueWords:
    """The value vocabulary of ``lexicon`` (the packaged default when None), built once per lexicon."""
    lexicon = default_lexicon() if lexicon is None else lexicon
    words = lexicon.memo.get("value_words")  # the fast path: every value of every page comes here
    return words if words is not None else lexicon.memoized("value_words", _value_words)


def clean_value(text: str) -> str:
    """Trim each line, collapse runs of spaces, drop empty lines; template placeholders -> ''."""
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    cleaned = "\n".join(line for line in lines if line)
    return "" if _PLACEHOLDER.match(cleaned) else cleaned


def chinese_number(text: str) -> float | None:
    """'20' -> 20, '二十' -> 20, '十五' -> 15, '一百二十' -> 120; None if not a number."""
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text)
        except ValueError:
            return None
    total, digit = 0, 0
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[char]
            digit = 0
        else:
            return None
    return float(total + digit)


def parse_bool(text: str, lexicon: LabelLexicon | None = None) -> bool | None:
    """是/否, 支持/不支持, 可以/不可以, 1/0, Y/N, true/false, 已开通/未开通; None otherwise.

    Negative forms (``values.no_prefixes``) are tested first because they usually contain the
    positive word (``values.yes_prefixes``).
    """
    value = fold(text).lower()
    if not value:
        return None
    words = value_words(lexicon)
    if value.startswith(words.no_prefixes):
        return False
    if value.startswith(words.yes_prefixes):
        return True
    return None


def parse_fee(text: str, strict: bool = False, lexicon: LabelLexicon | None = None) -> bool | None:
    """是否收费 -> bool; also 收费标准 wording ("不收费", "工本费10元").

    ``strict`` is for 收费标准 text, where only explicit wording counts (not a leading 是).
    """
    value = fold(text)
    if not strict:
        answer = parse_bool(value, lexicon)
        if answer is not None:
            return answer
    words = value_words(lexicon)
    if value in words.fee_free_values or any(w in value for w in words.fee_free_words):
        return False
    if "收费" in value or re.search(r"\d\s*元", value):
        return True
    return None


def parse_days(text: str, prefer: str | None = None, lexicon: LabelLexicon | None = None) -> int | None:
    """'20个工作日' / '20工作日' / '20日' / '二十天' -> 20; 即办 / 当场办结 / 立即办结 -> 0.

    Working and calendar days are both returned as their number (the guide's own unit is
    kept in raw_fields); 1个月 -> 30, hours round down to whole days (2小时 -> 0). When one
    value states both limits ("法定20个工作日，承诺5个工作日"), ``prefer`` ("法定"/"承诺")
    selects the part read. Whichever comes first wins between a number and 即办 wording.
    Units are ``values.day_units``, 即办 wording ``values.immediate_days``.
    """
    value = fold(text)
    words = value_words(lexicon)
    if value in words.empty:
        return None
    if prefer and prefer in value:
        value = value[value.index(prefer):]
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return _plausible(float(value), MAX_DAYS)
    number = next((found for found in words.days_with_unit.finditer(value)
                   if words.unit_days[found.group(2)] < CALENDAR_UNIT_DAYS or "个" in found.group(0)), None)
    immediate = words.immediate_days.search(value)
    if immediate and (number is None or immediate.start() < number.start()):
        return 0
    if number is None:
        return None
    amount = chinese_number(number.group(1))
    return None if amount is None else _plausible(amount * words.unit_days[number.group(2)], MAX_DAYS)


MAX_DAYS = 100 * 365
CALENDAR_UNIT_DAYS = 30
"""Units this long (月, 年) count only with 个: 8月 is August, 3个月 three months."""
"""A longer time limit is a misread number (a phone, a code), not a limit."""
MAX_VISITS = 100


def _plausible(amount: float, limit: int) -> int | None:
    """``amount`` as a whole number, or None when it is beyond ``limit`` (or not finite)."""
    return int(amount) if 0 <= amount <= limit else None


_VISITS = re.compile(NUMBER + r"次")


def parse_visits(text: str, lexicon: LabelLexicon | None = None) -> int | None:
    """'0次' -> 0, '1次', '最多跑一次' -> 1; '零跑动' / '不用跑' / '无需到现场' / '无' -> 0.

    A whole value of ``values.zero_visit_values`` (无, 零) is 0 visits, another empty word says
    nothing; ``values.zero_visit_words`` anywhere mean 0 unless a count is given.
    """
    value = fold(text)
    words = value_words(lexicon)
    if value in words.zero_visit_values:
        return 0
    if not value or value in words.empty:
        return None
    counted = _VISITS.search(value)
    if counted:
        amount = chinese_number(counted.group(1))
        if amount is not None:
            return _plausible(amount, MAX_VISITS)
    if words.zero_visits.search(value):
        return 0
    if re.fullmatch(r"\d{1,2}", value):
        return int(value)
    return None


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_LEVEL = re.compile(r"(?<![A-Z])(IV|III|II|I)(?![A-Z])")
_NUMBERED_LEVEL = re.compile(r"([一二三四1-4])级")
_STARS = re.compile(r"([1-5一二三四五])星")
_STAR_TO_DEPTH = {1: 1, 2: 2, 3: 3, 4: 3, 5: 4}
_DEPTH_WORDS = (
    (re.compile(r"全程网办|全流程网办|全程在线|全流程在线|全程网上办|零跑"), 4),
    (re.compile(r"预审|在线申办|网上申办|网上受理|在线受理"), 3),
    (re.compile(r"下载|预约|收件"), 2),
    (re.compile(r"公开|咨询|信息发布|信息公示|办事指南"), 1),
)
# national multi-select depth codes: 1 互联网咨询 2 收件 3 预审 4 受理 5 办理 6 结果信息反馈 7 电子证照反馈
_NATIONAL_STEPS = {"互联网咨询": 1, "咨询": 1, "收件": 2, "预审": 3, "受理": 4, "办理": 5,
                   "结果信息反馈": 6, "电子证照反馈": 7}


def _depth_from_national_steps(steps: set[int]) -> int:
    """Map the national step codes to Ⅰ–Ⅳ: handling online (5) is full online handling."""
    if 5 in steps:
        return 4
    if steps & {3, 4}:
        return 3
    return 2 if 2 in steps else 1


def parse_depth(text: str) -> int | None:
    """网上办理深度 -> 1..4 (Ⅰ..Ⅳ).

    Accepts Ⅰ–Ⅳ / I–IV, 一级..四级, 全程网办 (4), 网上/在线预审 or 在线申办 (3), 下载/预约 (2),
    公开/咨询 (1); star schemes 5星 -> 4, 4星 and 3星 -> 3 (网上预审), 2星 -> 2, 1星 -> 1;
    the national multi-select step codes ("1,2,3,4,5" or their names) -> 4 when 办理 (5)
    is online, 3 when 预审/受理 is. A lone digit 1–4 is taken as the level itself.
    """
    value = fold(text).upper()
    if not value:
        return None
    roman = _ROMAN_LEVEL.search(value)
    if roman:
        return _ROMAN[roman.group(1)]
    numbered = _NUMBERED_LEVEL.search(value)
    if numbered:
        return int(chinese_number(numbered.group(1)) or 0) or None
    stars = _STARS.search(value)
    if stars:
        return _STAR_TO_DEPTH[int(chinese_number(stars.group(1)) or 1)]
    if value.count("★") or value.count("☆"):
        return _STAR_TO_DEPTH[min(5, max(1, value.count("★")))]
    tokens = [t for t in _CODE_SPLIT.split(value) if t]
    if len(tokens) > 1 and all(t in _NATIONAL_STEPS or (t.isdigit() and 1 <= int(t) <= 7) for t in tokens):
        return _depth_from_national_steps({_NATIONAL_STEPS.get(t) or int(t) for t in tokens})
    for pattern, depth in _DEPTH_WORDS:
        if pattern.search(value):
            return depth
    if re.fullmatch(r"[1-4]", value):
        return int(value)
    return None


def parse_case_type(text: str, lexicon: LabelLexicon) -> CaseType | None:
    """即办件 / 即审即办 -> immediate; 承诺件 / 前审后批 -> promised; other 'X件' (上报件, 联办件 ...) -> other.

    事项审查类型 (即审即办 / 前审后批) says the same as 办件类型 where a guide shows only it."""
    value = fold(text)
    if not value or value in value_words(lexicon).empty:
        return None
    coded = lexicon.codes("case_type").get(value)
    if coded:
        return cast(CaseType, coded)
    if "即办" in value or "即审即办" in value:
        return "immediate"
    if "承诺" in value or "前审后批" in value:
        return "promised"
    if value.endswith("件") or any(w in value for w in ("上报", "联办", "初审", "转报", "并联")):
        return "other"
    return None


_LEVEL_WORDS: tuple[tuple[re.Pattern[str], Level], ...] = (
    (re.compile(r"国家|国务院|中央|全国"), "national"),
    (re.compile(r"村|社区|嘎查"), "village"),
    (re.compile(r"镇|乡|街道|苏木"), "town"),
    (re.compile(r"省|自治区"), "province"),
    (re.compile(r"地区|自治州|盟"), "city"),
    (re.compile(r"县|区|旗"), "county"),
    (re.compile(r"市|州"), "city"),
)


def parse_levels(text: str, lexicon: LabelLexicon) -> list[Level]:
    """行使层级 -> levels: 市级, 县级 / 县(区)级 / 县（市、区）级, 镇(乡、街道)级, 村(社区)级, codes "2,3".

    Parenthesised alternatives are dropped before splitting ("县（市、区）级" is one level);
    设区的市 is a 市.
    """
    value = fold(text).replace("设区的市", "市")
    codes = lexicon.codes("levels")
    tokens = [t for t in _CODE_SPLIT.split(value) if t] if _CODE_LIST.match(value) else []
    if not tokens:
        value = re.sub(r"\([^()]*\)", "", value)
        tokens = [t for t in re.split(r"[,，、;；/|^和及与]+", value) if t]
    levels: list[Level] = []
    for token in tokens:
        level = codes.get(token) if token.isdigit() else _token_level(token)
        if level and level not in levels:
            levels.append(cast(Level, level))
    return levels


def _token_level(token: str) -> Level | None:
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(token):
            return level
    return None


def negated(text: str, start: int, end: int, lexicon: LabelLexicon) -> bool:
    """Is the channel word at text[start:end] negated ("不支持网上办理", "窗口不再受理")?"""
    fillers = lexicon.words("channel_negation_fillers")
    before = text[max(0, start - 8):start]
    for _ in range(2):
        stripped = next((before[: -len(f)] for f in fillers if before.endswith(f)), before)
        if stripped == before:
            break
        before = stripped
    if any(before.endswith(n) for n in lexicon.words("channel_negators_before")):
        return True
    after = text[end:end + 8]
    after = next((after[len(f):] for f in fillers if after.startswith(f)), after)
    return any(after.startswith(n) for n in lexicon.words("channel_negators_after"))


def parse_channels(text: str, lexicon: LabelLexicon) -> list[Channel]:
    """办理形式 wording or codes -> channels.

    Codes ``1^2^3`` / "1,2" use the national table (1 窗口, 2 网上, 3 快递). In text, a
    channel word counts unless negated ("不支持网上办理") or cancelled by what follows it:
    "网上预约后到窗口办理" is a booking, hence counter only; "窗口领取" is collecting a result.
    Decided: 网上预审 / 在线预审 IS the online channel (the application is submitted online;
    how far it goes is online_depth's business), and 掌上办 / APP / 小程序 count as online.
    """
    value = fold(text)
    if not value:
        return []
    if _CODE_LIST.match(value):
        codes = lexicon.codes("channels")
        coded = [codes[t] for t in _CODE_SPLIT.split(value) if t in codes]
        return cast(list[Channel], list(dict.fromkeys(coded)))
    upper = value.upper()
    followed = lexicon.word_map("channel_not_followed_by")
    preceded = lexicon.word_map("channel_not_preceded_by")
    found: list[Channel] = []
    for channel, words in lexicon.word_map("channel_words").items():
        cancel = (followed.get(channel, ()), preceded.get(channel, ()))
        if any(_word_counts(upper, word.upper(), cancel, lexicon) for word in words):
            found.append(cast(Channel, channel))
    return found


def _word_counts(
    text: str, word: str, cancel: tuple[tuple[str, ...], tuple[str, ...]], lexicon: LabelLexicon
) -> bool:
    """Does ``word`` occur in ``text`` at least once neither cancelled nor negated?"""
    not_followed_by, not_preceded_by = cancel
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        cancelled = text.startswith(not_followed_by, end) or text[:start].endswith(not_preceded_by)
        if not cancelled and not negated(text, start, end, lexicon):
            return True
        start = text.find(word, end)
    return False


_NOT_HANDED_IN = ("免提交", "免于提交", "无需提交", "不需提交", "免交")
"""A form cell saying this: the paper is not handed in, so its e-certificate wording is no form."""


def parse_material_form(text: str, lexicon: LabelLexicon) -> MaterialForm | None:
    """材料形式: 纸质 -> paper, 电子(化) -> electronic, 纸质/电子化 or 纸质、电子 -> both; codes 1/2/3."""
    value = fold(text)
    coded = lexicon.codes("material_form").get(value)
    if coded:
        return cast(MaterialForm, coded)
    if any(word in value for word in _NOT_HANDED_IN):  # "免提交（电子证照库调取）": exempt, no form
        for word in sorted(lexicon.words("material_exempt_words"), key=len, reverse=True):
            value = value.replace(fold(word), "")
    paper = any(w in value for w in ("纸质", "纸本", "书面"))
    electronic = "电子" in value or "扫描件" in value
    if paper and electronic:
        return "both"
    if paper:
        return "paper"
    return "electronic" if electronic else None


def says_exempt(text: str, lexicon: LabelLexicon) -> bool:
    """Does a material cell say the applicant need not hand it in (免提交, 数据共享获取, 电子证照)?"""
    value = fold(text)
    for word in lexicon.words("material_exempt_words"):
        start = value.find(word)
        while start >= 0:
            if not value[max(0, start - 2):start].endswith(("非", "不", "未", "无", "否")):
                return True
            start = value.find(word, start + len(word))
    return False


def extract_code(text: str) -> str | None:
    """The longest code-like run in a value ("440102001001（基本编码）" -> "440102001001")."""
    runs = _CODE_RUN.findall(unicodedata.normalize("NFKC", text))
    return max(runs, key=len).strip("-") if runs else None


def text_or_none(text: str) -> str | None:
    """A free-text field: trimmed text, or None when empty."""
    value = clean_value(text)
    return value or None


def stated_text(text: str, lexicon: LabelLexicon | None = None) -> str | None:
    """A free-text answer where "无" / "/" / "暂无" (``values.empty``) mean nothing was stated
    (必须现场办理原因)."""
    return None if fold(text) in value_words(lexicon).empty else text_or_none(text)
