"""Guides that contradict themselves: depth Ⅳ with visits, 即办 filed as 承诺件, visits without a reason."""

from __future__ import annotations

from typing import Any

import pytest

from channel_equity.checks.rules.consistency import (
    DepthVisitsContradiction,
    ImmediateCaseTypeMismatch,
    VisitReasonMissing,
    has_reason,
)
from tests.checks.rule_builders import judge, observation

# --- depth-visits-contradiction ---------------------------------------------------------------


def test_fully_online_with_a_visit_fires_quoting_both_fields() -> None:
    guide = observation(online_depth=4, visits=1, raw_fields={"网办深度": "全程网办（Ⅳ级）", "跑动次数": "1次"})
    [verdict] = judge(DepthVisitsContradiction(), guide)
    assert verdict.rule == "depth-visits-contradiction" and verdict.dimension is None
    assert verdict.evidence.excerpt == "网办深度：全程网办（Ⅳ级）；跑动次数：1次"


@pytest.mark.parametrize("fields", [
    {"online_depth": 4, "visits": 0},  # the consistent fully-online guide
    {"online_depth": 3, "visits": 2},
    {"online_depth": 4, "visits": None},
    {"online_depth": None, "visits": 1},
])
def test_depth_and_visits_that_agree_or_are_unknown_do_not_fire(fields: dict[str, Any]) -> None:
    assert judge(DepthVisitsContradiction(), observation(**fields)) == []


def test_guides_without_a_standard_are_judged() -> None:
    assert len(judge(DepthVisitsContradiction(), observation(name="本地事项", online_depth=4, visits=2))) == 1


# --- immediate-case-type-mismatch -------------------------------------------------------------


def test_immediate_promise_filed_as_promised_case_fires() -> None:
    guide = observation(promised_days=0, case_type="promised")
    [verdict] = judge(ImmediateCaseTypeMismatch(), guide)
    assert verdict.evidence.excerpt == "即办；承诺件"  # no raw text kept: the values, never an invented label


@pytest.mark.parametrize("fields", [
    {"promised_days": 0, "case_type": "immediate"},
    {"promised_days": 5, "case_type": "promised"},
    {"promised_days": 0, "case_type": None},
    {"promised_days": None, "case_type": "promised"},
])
def test_consistent_or_unknown_case_types_do_not_fire(fields: dict[str, Any]) -> None:
    assert judge(ImmediateCaseTypeMismatch(), observation(**fields)) == []


# --- visit-reason-missing ---------------------------------------------------------------------


@pytest.mark.parametrize("reason", [None, "", "无", " 暂无 ", "/"])
def test_visits_without_a_real_reason_fire(reason: str | None) -> None:
    [verdict] = judge(VisitReasonMissing(), observation(visits=1, visit_reason=reason))
    assert "1 on-site visit" in verdict.message


def test_the_reason_excerpt_uses_the_portals_labels_or_machine_keys() -> None:
    guide = observation(visits=2, raw_fields={"LIMIT_SCENE_NUM": "2", "LIMIT_SCENE_EXPLAIN": "无"})
    [verdict] = judge(VisitReasonMissing(), guide)
    assert verdict.evidence.excerpt == "LIMIT_SCENE_NUM：2；LIMIT_SCENE_EXPLAIN：无"


@pytest.mark.parametrize("fields", [
    {"visits": 1, "visit_reason": "需现场核验申请人身份及材料原件"},
    {"visits": 0, "visit_reason": None},
    {"visits": None, "visit_reason": None},
])
def test_visits_with_a_reason_or_no_visits_do_not_fire(fields: dict[str, Any]) -> None:
    assert judge(VisitReasonMissing(), observation(**fields)) == []


def test_placeholders_are_not_reasons() -> None:
    assert not has_reason("无") and not has_reason("  ") and has_reason("需本人到场签字")
