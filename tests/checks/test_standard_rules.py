"""Rules that judge a guide against the province's lists: exceeds-standard, abolished-item,
unauthorized-delegation, shared-data-demanded, village-gap."""

from __future__ import annotations

from typing import Any

import pytest

from channel_equity.checks.rules.abolished_item import AbolishedItemRule
from channel_equity.checks.rules.exceeds_standard import ExceedsStandard
from channel_equity.checks.rules.shared_data_demanded import SharedDataDemanded, fold_material_name
from channel_equity.checks.rules.unauthorized_delegation import UnauthorizedDelegation
from channel_equity.checks.rules.village_gap import VillageGap
from channel_equity.core.observation import Location, Material
from tests.checks.rule_builders import POLICY, judge, make_config, observation

IMPL = "11330000MB0000000X4"  # USCI + level digit: an implementation code is this + the basic code


def materials(*names: str, exempt: tuple[str, ...] = ()) -> list[Material]:
    return [Material(name=name) for name in names] + [Material(name=name, exempt=True) for name in exempt]


# --- exceeds-standard -------------------------------------------------------------------------


def test_visits_above_the_standard_fire_with_the_raw_field_as_excerpt() -> None:
    guide = observation(visits=2, raw_fields={"到现场次数": "2次", "办件类型": "承诺件"})
    [verdict] = judge(ExceedsStandard(), guide)
    assert verdict.dimension == "visits"
    assert "2" in verdict.message and "at most 1" in verdict.message and "000117002000" in verdict.message
    assert verdict.evidence.excerpt == "到现场次数：2次"
    assert verdict.standard_code == "000117002000"


@pytest.mark.parametrize("fields", [
    {"visits": 1, "promised_days": 3},  # equal to the standard complies
    {"visits": None, "promised_days": None},  # the guide does not say: not judged
    {"visits": 0, "promised_days": 0},
])
def test_values_at_or_below_the_standard_or_unknown_do_not_fire(fields: dict[str, Any]) -> None:
    assert judge(ExceedsStandard(), observation(**fields)) == []


def test_a_standard_without_a_maximum_never_fires() -> None:
    assert judge(ExceedsStandard(), observation(name="公章刻制备案", visits=9, promised_days=90)) == []


def test_promised_days_above_the_standard_fire_with_a_fallback_excerpt() -> None:
    [verdict] = judge(ExceedsStandard(), observation(promised_days=5))
    assert verdict.dimension == "promised_days"
    assert verdict.evidence.excerpt == "5个工作日"  # the value as guides write it, no label the page may lack


def test_exempt_materials_are_not_counted() -> None:
    at_limit = observation(materials=materials("申请书", "经营场所使用证明", "照片", exempt=("营业执照复印件",)))
    assert judge(ExceedsStandard(), at_limit) == []
    over = observation(materials=materials("申请书", "经营场所使用证明", "照片", "委托书", exempt=("身份证",)))
    [verdict] = judge(ExceedsStandard(), over)
    assert verdict.dimension == "materials" and "4" in verdict.message
    assert verdict.evidence.excerpt.startswith("申请书；")
    assert "身份证" not in verdict.evidence.excerpt


def test_each_dimension_is_its_own_verdict() -> None:
    guide = observation(visits=3, promised_days=10, materials=materials("a", "b", "c", "d"))
    assert sorted(v.dimension or "" for v in judge(ExceedsStandard(), guide)) == [
        "materials", "promised_days", "visits"]


def test_unmatched_guides_are_not_judged_against_a_standard() -> None:
    assert judge(ExceedsStandard(), observation(name="本地特色事项", visits=5)) == []


def test_a_bracketed_name_variant_is_judged_against_its_standard() -> None:
    guide = observation(name="个体工商户设立登记（县级权限）", visits=2)
    assert [v.dimension for v in judge(ExceedsStandard(), guide)] == ["visits"]


# --- abolished-item ---------------------------------------------------------------------------


@pytest.mark.parametrize("fields", [
    {"name": "印章刻制审批", "item_code": "000103901000"},  # name and basic code
    {"name": "印章刻制核准（备案）", "item_code": IMPL + "000103901000"},  # disguised, code kept
    {"name": "企业年度检验", "basic_code": "000117901000", "item_code": IMPL + "000117901000"},
    {"name": "印章刻制审批（县级权限）", "item_code": IMPL + "888103950000"},  # local code, same name
])
def test_abolished_items_fire_by_code_or_equal_name(fields: dict[str, Any]) -> None:
    [verdict] = judge(AbolishedItemRule(), observation(**fields))
    assert "印章刻制审批" in verdict.message or "企业年检" in verdict.message
    assert verdict.evidence.excerpt.startswith(fields["name"])


@pytest.mark.parametrize("fields", [
    {"name": "印章刻制业特种行业登记", "item_code": IMPL + "888103970000"},  # look-alike, other code
    {"name": "公章刻制备案", "item_code": IMPL + "000103006000"},  # the lawful replacement
    {"name": "印章刻制备案", "item_code": IMPL + "888103971000"},  # the replacement's alias
    {"name": "企业信用修复申请", "item_code": None},
])
def test_look_alikes_of_abolished_items_do_not_fire(fields: dict[str, Any]) -> None:
    assert judge(AbolishedItemRule(), observation(**fields)) == []


def test_no_abolished_list_means_no_verdicts() -> None:
    config = make_config({**POLICY, "abolished_items": []})
    assert judge(AbolishedItemRule(), observation(name="印章刻制审批"), config=config) == []


# --- unauthorized-delegation ------------------------------------------------------------------


def test_a_level_outside_the_standard_fires() -> None:
    guide = observation(name="人力资源服务许可", levels=["county"], raw_fields={"行使层级": "县级"})
    [verdict] = judge(UnauthorizedDelegation(), guide)
    assert "county level" in verdict.message and "city level" in verdict.message
    assert verdict.evidence.excerpt == "行使层级：县级"


@pytest.mark.parametrize("levels", [["town"], ["county", "town"], []])
def test_allowed_levels_or_no_level_do_not_fire(levels: list[str]) -> None:
    assert judge(UnauthorizedDelegation(), observation(levels=levels)) == []


def test_a_village_location_is_not_a_delegation() -> None:
    guide = observation(name="人力资源服务许可", levels=["city"],
                        locations=[Location(name="某村便民服务站", level="village")])
    assert judge(UnauthorizedDelegation(), guide) == []


def test_a_standard_without_levels_is_not_judged() -> None:
    config = make_config({**POLICY, "standard_items": [{**POLICY["standard_items"][0], "levels": []}]})
    assert judge(UnauthorizedDelegation(), observation(levels=["province"]), config=config) == []


# --- shared-data-demanded ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["居民身份证复印件", "申请人居民身份证复印件", "居民身份证（复印件）",
                                  "申请单位营业执照 复印件"])
def test_shared_papers_fire_under_tolerant_names(name: str) -> None:
    [verdict] = judge(SharedDataDemanded(), observation(materials=materials("申请书", name)))
    assert name in verdict.message
    assert name in verdict.evidence.excerpt


@pytest.mark.parametrize("name", ["居民身份证原件", "身份证明", "营业执照副本原件"])
def test_other_papers_do_not_fire(name: str) -> None:
    assert judge(SharedDataDemanded(), observation(materials=materials(name))) == []


def test_exempt_shared_papers_do_not_fire() -> None:
    guide = observation(materials=materials("申请书", exempt=("居民身份证复印件", "营业执照复印件")))
    assert judge(SharedDataDemanded(), guide) == []


def test_one_verdict_per_guide_names_every_shared_paper() -> None:
    guide = observation(materials=materials("居民身份证复印件", "申请书", "营业执照复印件"))
    [verdict] = judge(SharedDataDemanded(), guide)
    assert "居民身份证复印件" in verdict.message and "营业执照复印件" in verdict.message
    assert verdict.message.startswith("demands 2 paper(s)")


def test_guides_outside_the_standard_list_are_judged_too() -> None:
    assert len(judge(SharedDataDemanded(), observation(name="本地事项", materials=materials("营业执照复印件")))) == 1


def test_folding_keeps_bracketed_words() -> None:
    assert fold_material_name("居民身份证（复印件）") == fold_material_name("居民身份证复印件")
    assert fold_material_name("ＡＢ 证明") == "ab证明"


# --- village-gap ------------------------------------------------------------------------------

HALL = Location(name="镜海市政务服务中心", level="city")


@pytest.mark.parametrize("places", [[HALL], [HALL, Location(name="青石镇便民服务中心", level="town")], []])
def test_required_village_handling_without_a_village_centre_fires(places: list[Location]) -> None:
    [verdict] = judge(VillageGap(), observation(name="最低生活保障对象认定", locations=places))
    assert "000105010000" in verdict.message
    assert ("no location at all" in verdict.message) == (not places)
    assert verdict.evidence.excerpt == "；".join(place.name for place in places)


@pytest.mark.parametrize("centre", ["东湖社区党群服务中心", "柳溪村便民服务站"])
def test_a_village_or_community_centre_satisfies_the_standard(centre: str) -> None:
    guide = observation(name="最低生活保障对象认定", locations=[HALL, Location(name=centre, level="village")])
    assert judge(VillageGap(), guide) == []


def test_optional_village_handling_is_not_judged() -> None:
    assert judge(VillageGap(), observation(locations=[HALL])) == []
