"""Guides from JSON detail APIs, wherever the guide object sits."""

from __future__ import annotations

import json

from channel_equity.core.extraction_overrides import ExtractionOverrides, JsonApiOverrides
from channel_equity.crawler.extract import LabelLexicon, extract_guide_from_json
from tests.extract.pages import fixture_json

API_URL = "https://www.gdzwfw.example.gov.cn/portal/api/guide/detail"


def test_guangdong_api_with_json_encoded_custom(lexicon: LabelLexicon) -> None:
    guide = extract_guide_from_json(fixture_json("gd_api.json"), API_URL, lexicon)
    assert guide is not None
    assert guide.name == "建设工程消防验收"
    assert guide.item_code == "11440100MB2C12345X3440106012000"
    assert guide.basic_code == "440106012000"
    assert guide.item_type == "行政许可"  # the _TEXT companion wins over the code
    assert guide.department == "广州市住房和城乡建设局"
    assert guide.levels == ["city"]
    assert guide.channels == ["counter", "online"]
    assert guide.online_available is True
    assert guide.online_depth == 3
    assert (guide.visits, guide.statutory_days, guide.promised_days) == (1, 15, 5)
    assert guide.case_type == "promised"
    assert (guide.fee, guide.appointment, guide.express) == (False, True, False)
    assert guide.online_entry_url == "https://www.gdzwfw.example.gov.cn/wsbs/apply?taskCode=11440100MB2C12345X3440106012000"
    assert [(m.name, m.form, m.exempt) for m in guide.materials] == [
        ("消防验收申请表", "both", False), ("工程竣工验收报告", "paper", False), ("营业执照", "electronic", True),
    ]
    assert guide.materials[1].copies == "原件1份、复印件2份"
    assert guide.materials[2].necessity == "容缺后补"
    assert guide.materials[0].source == "申请人自备"
    assert [(loc.name, loc.level) for loc in guide.locations] == [
        ("广州市政务服务中心", "city"), ("天河区政务服务中心", "county"),
    ]
    assert guide.raw_fields["PROMISE_DAY"] == "5"
    assert "1^2" not in (guide.channel_text or "")


def test_camel_case_api(lexicon: LabelLexicon) -> None:
    guide = extract_guide_from_json(fixture_json("cq_api.json"), API_URL, lexicon)
    assert guide is not None
    assert guide.name == "出生医学证明补发"
    assert guide.levels == ["province"]
    assert guide.channels == ["online", "post"]
    assert guide.online_available is True
    assert guide.online_depth == 4
    assert (guide.visits, guide.statutory_days, guide.promised_days) == (0, 20, 0)
    assert guide.case_type == "immediate"
    assert guide.online_entry_url == "https://zwykb.cq.gov.cn/v2/apply?id=88"
    assert [(m.name, m.exempt, m.necessity) for m in guide.materials] == [("身份证", True, "必要")]
    assert guide.locations[0].phone == "023-6666"


def test_json_text_and_chinese_keys(lexicon: LabelLexicon) -> None:
    payload = {"result": [{"事项名称": "不动产登记资料查询", "实施主体": "镜海市自然资源局", "办理形式": "窗口办理",
                           "承诺时限": "即办", "办件类型": "即办件"}]}
    guide = extract_guide_from_json(json.dumps(payload, ensure_ascii=False), API_URL, lexicon)
    assert guide is not None
    assert guide.name == "不动产登记资料查询"
    assert guide.promised_days == 0
    assert guide.channels == ["counter"]


def test_soft_failures_are_not_guides(lexicon: LabelLexicon) -> None:
    assert extract_guide_from_json({"errCode": 0, "msg": "未找到匹配的信息", "data": None}, API_URL, lexicon) is None
    assert extract_guide_from_json({"error": "系统升级维护中，请稍后再试", "code": "MAINTENANCE"}, API_URL, lexicon) is None
    assert extract_guide_from_json("<!DOCTYPE html><html><body>error</body></html>", API_URL, lexicon) is None
    assert extract_guide_from_json({"data": {"TASK_NAME": "只有名字"}}, API_URL, lexicon) is None
    assert extract_guide_from_json([1, 2, 3], API_URL, lexicon) is None
    assert extract_guide_from_json(None, API_URL, lexicon) is None


def test_the_richest_object_is_the_guide(lexicon: LabelLexicon) -> None:
    payload = {
        "related": [{"TASK_NAME": "相关事项A"}],
        "data": {"item": {"TASK_NAME": "主事项", "DEPT_NAME": "甲局", "PROMISE_DAY": 3, "PROJECT_TYPE_TEXT": "承诺件",
                          "HANDLE_TYPE_TEXT": "窗口办理"}},
    }
    guide = extract_guide_from_json(payload, API_URL, lexicon)
    assert guide is not None
    assert guide.name == "主事项"


def test_json_path_overrides_win(lexicon: LabelLexicon) -> None:
    payload = {"d": {"mc": "特殊字段名的事项", "bm": "乙局", "sx": "7", "lx": "承诺件", "xs": "窗口办理",
                     "TASK_NAME": "错误的名字", "cl": [{"MATERIAL_NAME": "申请表", "ZZHDZB": "1"}]}}
    overrides = ExtractionOverrides(json_api=JsonApiOverrides(fields={
        "name": "d.mc", "department": "d.bm", "promised_days": "d.sx", "case_type": "d.lx", "channels": "d.xs",
        "materials": "d.cl",
    }))
    guide = extract_guide_from_json(payload, API_URL, lexicon, overrides)
    assert guide is not None
    assert guide.name == "特殊字段名的事项"
    assert guide.department == "乙局"
    assert guide.promised_days == 7
    assert [m.name for m in guide.materials] == ["申请表"]


def test_override_labels_reach_chinese_keys(lexicon: LabelLexicon) -> None:
    payload = {"事项名称": "甲", "承办单位": "丙局", "办理形式": "窗口办理", "承诺时限": "5个工作日"}
    overrides = ExtractionOverrides(labels={"department": ["承办单位"]})
    guide = extract_guide_from_json(payload, API_URL, lexicon, overrides)
    assert guide is not None
    assert guide.department == "丙局"


def test_catalog_api_is_not_a_guide(lexicon: LabelLexicon) -> None:
    items = [{"TASK_NAME": f"事项{i}", "TASK_CODE": f"C{i:04d}", "DEPT_NAME": "甲局", "PROMISE_DAY": 5} for i in range(3)]
    assert extract_guide_from_json({"data": {"list": items, "PAGEINFO": {"total": 3}}}, API_URL, lexicon) is None
    single = {"data": {"list": items[:1]}}
    guide = extract_guide_from_json(single, API_URL, lexicon)
    assert guide is not None and guide.name == "事项0"


def test_label_value_entry_lists(lexicon: LabelLexicon) -> None:
    payload = {"code": 0, "data": {"fields": [
        {"label": "事项名称", "value": "燃气经营许可证核发"},
        {"label": "实施主体", "value": "镜海市城市管理局"},
        {"label": "办理形式", "value": "窗口办理、网上办理"},
        {"label": "承诺办结时限", "value": "15个工作日"},
        {"label": "办件类型", "value": "承诺件"},
    ]}}
    guide = extract_guide_from_json(payload, API_URL, lexicon)
    assert guide is not None
    assert guide.name == "燃气经营许可证核发"
    assert guide.promised_days == 15
    assert guide.channels == ["counter", "online"]
