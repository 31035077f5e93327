"""City-level rules: immediate-share-low and portal-unreachable, and when they count as re-checked."""

from __future__ import annotations

from typing import Any

from channel_equity.checks.context import (
    CheckContext,
    CityCoverage,
    FetchFailureRecord,
    GuideRecord,
    PageRecord,
)
from channel_equity.checks.rules.immediate_share_low import ImmediateShareLow
from channel_equity.checks.rules.portal_unreachable import PortalUnreachable
from channel_equity.core.observation import CaseType
from tests.checks.rule_builders import (
    CITY,
    PORTAL,
    SCANNED_AT,
    coverage,
    make_config,
    make_context,
    observation,
)


def guides(immediate: int, promised: int, unknown: int = 0, city: str = CITY) -> list[GuideRecord]:
    kinds: list[CaseType | None] = ["immediate", "promised", None]
    cases = [kinds[0]] * immediate + [kinds[1]] * promised + [kinds[2]] * unknown
    return [
        GuideRecord(n, city, observation(name=f"事项{n}", item_code=f"C{n:04d}", case_type=case), None)
        for n, case in enumerate(cases, start=1)
    ]


def share_context(immediate: int, promised: int, unknown: int = 0, status: str = "ok",
                  **thresholds: Any) -> CheckContext:
    return make_context(guides(immediate, promised, unknown), make_config(thresholds=thresholds),
                        [coverage(status=status)])


# --- immediate-share-low ----------------------------------------------------------------------


def test_a_share_below_the_minimum_fires_with_the_arithmetic_as_excerpt() -> None:
    [verdict] = ImmediateShareLow().evaluate(share_context(5, 43))
    assert (verdict.rule, verdict.city_id, verdict.subject, verdict.item_code) == (
        "immediate-share-low", CITY, "", None)
    assert verdict.evidence.excerpt == "即办件 5 / 48 = 10.4% < 30%"
    assert verdict.evidence.url == PORTAL
    assert "30%" in verdict.message


def test_a_share_exactly_at_the_minimum_complies() -> None:
    assert list(ImmediateShareLow().evaluate(share_context(15, 35))) == []
    assert list(ImmediateShareLow().evaluate(share_context(3, 7))) == []


def test_a_share_above_the_minimum_complies() -> None:
    assert list(ImmediateShareLow().evaluate(share_context(20, 28))) == []


def test_the_threshold_overrides_the_policy_minimum() -> None:
    assert list(ImmediateShareLow().evaluate(share_context(5, 43, immediate_share_min=0.10))) == []
    assert len(list(ImmediateShareLow().evaluate(share_context(20, 28, immediate_share_min=0.5)))) == 1


def test_too_few_guides_are_not_judged_and_not_covered() -> None:
    context = share_context(1, 8)
    rule = ImmediateShareLow()
    assert list(rule.evaluate(context)) == []
    assert not rule.covers(context, CITY, "")
    assert len(list(rule.evaluate(share_context(1, 8, immediate_share_min_items=5)))) == 1


def test_guides_that_state_no_case_type_are_left_out_of_the_share() -> None:
    # 3 of 10 stated = 30%: complies, although 3 of 40 guides would be 7.5%
    context = share_context(3, 7, unknown=30)
    assert list(ImmediateShareLow().evaluate(context)) == []
    assert ImmediateShareLow().covers(context, CITY, "")


def test_unreachable_or_unscanned_cities_are_not_judged() -> None:
    context = share_context(0, 20, status="unreachable")
    assert list(ImmediateShareLow().evaluate(context)) == []
    assert not ImmediateShareLow().covers(context, CITY, "")
    assert not ImmediateShareLow().covers(context, "elsewhere", "")


def test_the_stored_portal_page_is_the_evidence_when_it_was_fetched() -> None:
    page = PageRecord(7, CITY, PORTAL, PORTAL, 200, SCANNED_AT, "ab" * 32, "utf-8")
    context = make_context(guides(1, 19), coverage=[coverage()], pages=[page])
    [verdict] = ImmediateShareLow().evaluate(context)
    assert verdict.evidence.http_status == 200 and verdict.evidence.snapshot == "sha256:" + "ab" * 32


# --- portal-unreachable -----------------------------------------------------------------------


def unreachable(error: str | None = "connection refused") -> CityCoverage:
    return coverage(status="unreachable", error=error)


def test_an_unreachable_portal_is_a_finding_whose_message_is_the_error() -> None:
    [verdict] = PortalUnreachable().evaluate(make_context([], coverage=[unreachable()]))
    assert (verdict.rule, verdict.city_id, verdict.subject) == ("portal-unreachable", CITY, "")
    assert verdict.message == "connection refused"
    assert verdict.evidence.url == PORTAL and verdict.evidence.http_status is None
    assert PortalUnreachable.severity == "info"


def test_the_failed_attempt_dates_the_evidence() -> None:
    failure = FetchFailureRecord(CITY, PORTAL, "connection", "connection refused", None, SCANNED_AT)
    context = make_context([], coverage=[unreachable()], failures=[failure])
    [verdict] = PortalUnreachable().evaluate(context)
    assert verdict.evidence.fetched_at == SCANNED_AT and verdict.evidence.http_status is None


def test_an_unreachable_portal_without_an_error_text_still_says_so() -> None:
    [verdict] = PortalUnreachable().evaluate(make_context([], coverage=[unreachable(None)]))
    assert verdict.message == "the portal could not be fetched"


def test_reachable_portals_are_silent_and_resolve_the_finding() -> None:
    rule = PortalUnreachable()
    for status in ("ok", "partial"):
        context = make_context([], coverage=[coverage(status=status)])
        assert list(rule.evaluate(context)) == []
        assert rule.covers(context, CITY, "")


def test_a_city_still_unreachable_or_not_scanned_is_not_resolved() -> None:
    rule = PortalUnreachable()
    assert not rule.covers(make_context([], coverage=[unreachable()]), CITY, "")
    assert not rule.covers(make_context([], coverage=[]), CITY, "")
