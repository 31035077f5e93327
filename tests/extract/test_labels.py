"""The lexicon: tolerant label matching, preference, exclusions, extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from channel_equity.core.labels import LabelMatch, normalize_key, normalize_label
from channel_equity.crawler.extract import LabelLexicon, load_label_lexicon


def _match(lexicon: LabelLexicon, label: str) -> LabelMatch:
    match = lexicon.fields.match(label)
    assert match is not None, label
    return match


@pytest.mark.parametrize(("printed", "folded"), [
    ("事项名称：", "事项名称"),
    ("*事项名称:", "事项名称"),
    ("  事 项 名 称  ", "事项名称"),
    ("一、事项名称", "事项名称"),
    ("（3）办理地点", "办理地点"),
    ("1. 办理地点", "办理地点"),
    ("【办理地点】", "办理地点"),
    ("承诺办结时限（工作日）", "承诺办结时限"),
])
def test_normalize_label(printed: str, folded: str) -> None:
    assert normalize_label(printed) == folded


def test_normalize_key() -> None:
    assert normalize_key("TASK_NAME") == normalize_key("taskName") == normalize_key("task-name") == "taskname"


@pytest.mark.parametrize(("label", "field"), [
    ("事项名称", "name"), ("权力名称", "name"), ("实施编码", "item_code"), ("基本编码", "basic_code"),
    ("实施主体", "department"), ("实施主体名称", "department"), ("办理部门：", "department"),
    ("行使层级", "levels"), ("办理形式", "channels"), ("申请方式", "channels"), ("是否网办", "online_available"),
    ("网上办理深度", "online_depth"), ("网办深度", "online_depth"), ("到办事现场次数", "visits"),
    ("跑动次数", "visits"), ("必须现场办理原因说明", "visit_reason"), ("法定办结时限", "statutory_days"),
    ("法定时限", "statutory_days"), ("承诺办结时限", "promised_days"), ("办结时限", "promised_days"),
    ("办理时限", "promised_days"), ("办件类型", "case_type"), ("是否收费", "fee"),
    ("是否支持预约办理", "appointment"), ("是否支持物流快递", "express"), ("办理地点", "locations"),
    ("窗口地址", "locations"), ("办理时间", "hours"), ("咨询电话", "phone"), ("监督投诉电话", "complaint_phone"),
    ("网办地址", "online_entry_url"), ("申报材料", "materials"), ("实施主体编码", "department_code"),
])
def test_field_labels(label: str, field: str, lexicon: LabelLexicon) -> None:
    match = lexicon.fields.match(label)
    assert match is not None and match.key == field


def test_prose_and_unknown_labels_do_not_match(lexicon: LabelLexicon) -> None:
    assert lexicon.fields.match("本事项需要申请人携带身份证原件到窗口办理，法定办结时限为二十日") is None
    assert lexicon.fields.match("结果送达") is None


def test_exclusions_keep_statutory_and_promised_apart(lexicon: LabelLexicon) -> None:
    assert lexicon.fields.match("法定办结时限说明") is None
    assert _match(lexicon, "承诺办结时限").key == "promised_days"
    assert _match(lexicon, "法定办结时限").key == "statutory_days"


def test_exact_variants_rank_before_tail_matches(lexicon: LabelLexicon) -> None:
    exact = _match(lexicon, "实施主体")
    tailed = _match(lexicon, "实施主体名称")
    assert exact.rank < tailed.rank


def test_extra_labels_extend_a_field(lexicon: LabelLexicon) -> None:
    extended = lexicon.extended({"promised_days": ["承诺办件时间"]})
    assert _match(extended, "承诺办件时间").key == "promised_days"
    assert lexicon.fields.match("承诺办件时间") is None
    assert lexicon.extended({"promised_days": ["承诺办件时间"]}) is extended  # cached per portal


def test_province_file_extends_the_default(tmp_path: Path) -> None:
    province = tmp_path / "labels.yaml"
    province.write_text("fields:\n  department: [承办单位]\njson_keys:\n  name: [SXMC_NEW]\n", encoding="utf-8")
    lexicon = load_label_lexicon(province)
    assert _match(lexicon, "承办单位").key == "department"
    assert _match(lexicon, "实施主体").key == "department"  # default kept
    assert "sxmcnew" in lexicon.json_keys["name"]


def test_province_file_can_replace_the_default(tmp_path: Path) -> None:
    province = tmp_path / "labels.yaml"
    province.write_text("replace: true\nfields:\n  name: [项目名称]\n", encoding="utf-8")
    lexicon = load_label_lexicon(province)
    assert _match(lexicon, "项目名称").key == "name"
    assert lexicon.fields.match("事项名称") is None


def test_bad_lexicon_file_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "labels.yaml"
    broken.write_text("fields: [not, a, map]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="fields"):
        load_label_lexicon(broken)
    with pytest.raises(ValueError, match="cannot read"):
        load_label_lexicon(tmp_path / "missing.yaml")


def test_extra_argument_of_loader(lexicon: LabelLexicon) -> None:
    loaded = load_label_lexicon(extra={"department": ["主办科室"]})
    assert _match(loaded, "主办科室").key == "department"
