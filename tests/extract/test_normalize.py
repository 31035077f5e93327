"""Each value vocabulary, as portals write it."""

from __future__ import annotations

import pytest

from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.extract import normalize as norm


@pytest.mark.parametrize(("text", "expected"), [
    ("1^2^3", ["counter", "online", "post"]),
    ("1,2", ["counter", "online"]),
    ("2", ["online"]),
    ("窗口办理,网上办理", ["counter", "online"]),
    ("窗口办理、网上办理、快递申请", ["counter", "online", "post"]),
    ("线上+线下", ["counter", "online"]),
    ("自助终端办理", ["self_service"]),
    ("邮寄申请", ["post"]),
    ("网上预约后到窗口办理", ["counter"]),
    ("网上咨询，现场办理", ["counter"]),
    ("网上预审，窗口领证", ["online"]),
    ("全程网办", ["online"]),
    ("在线申报", ["online"]),
    ("不支持网上办理，请到窗口办理", ["counter"]),
    ("网上办理（无需到现场）", ["online"]),
    ("仅网办", ["online"]),
    ("登录网上办事大厅申请", ["online"]),
    ("掌上办（APP）", ["online"]),
    ("", []),
])
def test_channels(text: str, expected: list[str], lexicon: LabelLexicon) -> None:
    assert norm.parse_channels(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("市级", ["city"]),
    ("县级", ["county"]),
    ("县(区)级", ["county"]),
    ("县（市、区）级", ["county"]),
    ("镇(乡、街道)级", ["town"]),
    ("村（社区）级", ["village"]),
    ("省级、市级、县级", ["province", "city", "county"]),
    ("2,3", ["province", "city"]),
    ("4", ["county"]),
    ("设区的市级", ["city"]),
    ("国家级", ["national"]),
    ("自治区级", ["province"]),
    ("", []),
])
def test_levels(text: str, expected: list[str], lexicon: LabelLexicon) -> None:
    assert norm.parse_levels(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("20个工作日", 20),
    ("20工作日", 20),
    ("20日", 20),
    ("20 天", 20),
    ("二十个工作日", 20),
    ("十五日", 15),
    ("即办", 0),
    ("当场办结", 0),
    ("立即办结", 0),
    ("1个月", 30),
    ("2小时", 0),
    ("5", 5),
    ("20个工作日（不含专家评审时间）", 20),
    ("无", None),
    ("", None),
    ("按规定办理", None),
])
def test_days(text: str, expected: int | None) -> None:
    assert norm.parse_days(text) == expected


def test_days_prefer_part() -> None:
    text = "法定20个工作日，承诺5个工作日"
    assert norm.parse_days(text, prefer="承诺") == 5
    assert norm.parse_days(text, prefer="法定") == 20


@pytest.mark.parametrize(("text", "expected"), [
    ("0次", 0), ("1次", 1), ("2 次", 2), ("最多跑一次", 1), ("跑两次", 2), ("零跑动", 0),
    ("不用跑", 0), ("无需到现场", 0), ("0", 0), ("无", 0), ("", None), ("根据情况", None),
])
def test_visits(text: str, expected: int | None) -> None:
    assert norm.parse_visits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ⅰ级", 1), ("Ⅱ", 2), ("Ⅲ级", 3), ("Ⅳ级", 4), ("IV", 4), ("III级", 3), ("四级", 4), ("二级", 2),
    ("全程网办（Ⅳ级）", 4), ("全程网办", 4), ("在线预审", 3), ("网上预审", 3), ("在线申办", 3),
    ("5星", 4), ("4星", 3), ("3星", 3), ("2星", 2), ("★★★★★", 4),
    ("1,2,3,4,5,6", 4), ("1,2,3", 3), ("互联网咨询、收件、预审、受理、办理", 4),
    ("4", 4), ("事项公开", 1), ("", None), ("其他", None),
])
def test_online_depth(text: str, expected: int | None) -> None:
    assert norm.parse_depth(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("即办件", "immediate"), ("承诺件", "promised"), ("上报件", "other"), ("联办件", "other"),
    ("1", "immediate"), ("2", "promised"), ("即审即办", "immediate"), ("", None), ("暂无", None),
])
def test_case_type(text: str, expected: str | None, lexicon: LabelLexicon) -> None:
    assert norm.parse_case_type(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("是", True), ("否", False), ("支持", True), ("不支持", False), ("1", True), ("0", False),
    ("Y", True), ("N", False), ("是（全程网办）", True), ("可以", True), ("不可以", False),
    ("已开通", True), ("未开通", False), ("true", True), ("", None), ("视情况而定", None),
])
def test_booleans(text: str, expected: bool | None) -> None:
    assert norm.parse_bool(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("否", False), ("不收费", False), ("免费", False), ("收费", True), ("是", True), ("工本费10元", True),
])
def test_fee(text: str, expected: bool) -> None:
    assert norm.parse_fee(text) == expected


def test_fee_standard_is_read_strictly() -> None:
    assert norm.parse_fee("按国家标准执行", strict=True) is None
    assert norm.parse_fee("不收费", strict=True) is False
    assert norm.parse_fee("每证20元", strict=True) is True


@pytest.mark.parametrize(("text", "expected"), [
    ("纸质", "paper"), ("电子化", "electronic"), ("电子", "electronic"), ("纸质/电子化", "both"),
    ("纸质、电子", "both"), ("1", "paper"), ("2", "electronic"), ("3", "both"), ("", None),
])
def test_material_form(text: str, expected: str | None, lexicon: LabelLexicon) -> None:
    assert norm.parse_material_form(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("免提交", True), ("由部门共享获取", True), ("通过数据共享获取", True), ("已关联电子证照", True),
    ("无需提交", True), ("免于提交", True), ("申请人自备", False), ("政府部门核发", False),
    ("非电子证照", False),
])
def test_exempt_wording(text: str, expected: bool, lexicon: LabelLexicon) -> None:
    assert norm.says_exempt(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("440102001001", "440102001001"),
    ("440102001001（基本编码）", "440102001001"),
    (" 11440000MB2D0164XH2440289876000 ", "11440000MB2D0164XH2440289876000"),
    ("511A0138000000-511602000000-000-115113010833722043-1-00",
     "511A0138000000-511602000000-000-115113010833722043-1-00"),
    ("无", None),
])
def test_codes(text: str, expected: str | None) -> None:
    assert norm.extract_code(text) == expected


def test_chinese_numbers() -> None:
    assert [norm.chinese_number(t) for t in ("二十", "十五", "一百二十", "两", "零", "x")] == [20, 15, 120, 2, 0, None]


def test_clean_value_drops_template_placeholders() -> None:
    assert norm.clean_value("{{ item.taskName }}") == ""
    assert norm.clean_value("  a \n\n  b   c ") == "a\nb c"


def test_stated_text_treats_none_words_as_unsaid() -> None:
    assert norm.stated_text("无") is None
    assert norm.stated_text(" / ") is None
    assert norm.stated_text("需现场核验原件") == "需现场核验原件"
