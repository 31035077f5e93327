"""The value normalisers on any text (hypothesis): they never crash, never hang on hostile
input, answer in their vocabulary, and read back what they can be written as."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from channel_equity.core.labels import default_lexicon
from channel_equity.crawler.extract.normalize import (
    parse_bool,
    parse_case_type,
    parse_channels,
    parse_days,
    parse_depth,
    parse_fee,
    parse_levels,
    parse_material_form,
    parse_visits,
)

LEXICON = default_lexicon()
# Text that looks like guide values: Chinese value words, digits, brackets and units, mixed
# with anything Unicode has.
VALUE_WORDS = ["个工作日", "工作日", "天", "日", "次", "即办", "承诺件", "窗口", "网上", "不", "无", "是", "否", "（", "）",
               "(", ")", "最多跑", "零", "一", "二", "十", "百", "纸质", "电子", "村", "社区", "县", "市级", "、", "，", ":"]
value_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(VALUE_WORDS), st.integers(0, 10**6).map(str), st.text(max_size=3)),
             max_size=60).map("".join),
)
GENEROUS = settings(max_examples=300, deadline=timedelta(seconds=1))


@GENEROUS
@given(value_text)
def test_no_normaliser_crashes_and_each_answers_in_its_vocabulary(text: str) -> None:
    days, visits, depth = parse_days(text, lexicon=LEXICON), parse_visits(text, LEXICON), parse_depth(text)
    assert days is None or (isinstance(days, int) and days >= 0)
    assert visits is None or (isinstance(visits, int) and visits >= 0)
    assert depth is None or depth in (1, 2, 3, 4)
    assert parse_bool(text, LEXICON) in (True, False, None)
    assert parse_fee(text, lexicon=LEXICON) in (True, False, None)
    assert parse_case_type(text, LEXICON) in ("immediate", "promised", "other", None)
    assert set(parse_levels(text, LEXICON)) <= {"national", "province", "city", "county", "town", "village"}
    assert set(parse_channels(text, LEXICON)) <= {"counter", "online", "post", "self_service"}
    assert parse_material_form(text, LEXICON) in ("paper", "electronic", "both", None)


@settings(max_examples=50, deadline=timedelta(seconds=1))
@given(st.sampled_from(["1", "个", "(", "工作日", "次", "跑", "、"]), st.integers(1000, 20_000))
def test_long_runs_of_value_characters_do_not_hang(piece: str, repeat: int) -> None:
    text = piece * repeat
    parse_days(text, lexicon=LEXICON)
    parse_visits(text, LEXICON)
    parse_channels(text, LEXICON)


CHINESE_DIGITS = "零一二三四五六七八九"


def chinese(number: int) -> str:
    """1..99 as written in guides: 三, 十二, 二十, 四十五."""
    tens, ones = divmod(number, 10)
    if tens == 0:
        return CHINESE_DIGITS[ones]
    return (CHINESE_DIGITS[tens] if tens > 1 else "") + "十" + (CHINESE_DIGITS[ones] if ones else "")


@given(st.integers(0, 10_000), st.sampled_from(["{n}个工作日", "{n}工作日", "{n}天", "{n}(工作日)", "{n}（工作日）",
                                               "自受理之日起{n}个工作日内办结"]))
def test_days_read_back_as_written(number: int, form: str) -> None:
    assert parse_days(form.format(n=number), lexicon=LEXICON) == number


@given(st.integers(1, 99))
def test_days_in_chinese_numerals_read_back(number: int) -> None:
    assert parse_days(f"{chinese(number)}个工作日", lexicon=LEXICON) == number


@given(st.integers(0, 20), st.sampled_from(["{n}次", "到现场{n}次", "需到现场{n}次"]))
def test_visits_read_back_as_written(number: int, form: str) -> None:
    assert parse_visits(form.format(n=number), LEXICON) == number
