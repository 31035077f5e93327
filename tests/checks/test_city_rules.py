"""City-level rules: immediate-share-low and portal-unreachable, and when they count as re-checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from channel_equity.checks.context import (
    CheckContext,
    FetchFailureRecord,
    GuideRecord,
    PageRecord,
)
from channel_equity.checks.rules.immediate_share_low import ImmediateShareLow
from channel_equity.checks.rules.portal_unreachable import PortalUnreachable
from channel_equity.core.observation import CaseType
from channel_equity.store.reading import PortalAttempt
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


def attempt(days_ago: float, reached: bool = True, error: str | None = "connection refused",
            http_status: int | None = None, scan_id: int | None = None) -> PortalAttempt:
    """An earlier scan's attempt at the city's portal, ``days_ago`` before this scan."""
    at = SCANNED_AT - timedelta(days=days_ago)
    number = scan_id if scan_id is not None else 1000 - int(days_ago * 24)
    return PortalAttempt(number, CITY, at, at, reached, PORTAL, None if reached else error,
                         None if reached else http_status)


def history_context(earlier: list[PortalAttempt], tonight: str = "ok", error: str | None = "connection refused",
                    failures: list[FetchFailureRecord] | None = None, **thresholds: Any) -> CheckContext:
    """This scan (``tonight``'s status for the city) after the ``earlier`` scans, as the store
    would give them: those started within the window asked for."""
    context = make_context([], make_config(thresholds=thresholds),
                           [coverage(status=tonight, error=error if tonight == "unreachable" else None)],
                           failures=failures or [])
    return replace(context, attempts_loader=lambda since: [a for a in earlier if a.started_at > since])


def nightly(nights: int, failed_on: tuple[int, ...] = ()) -> list[PortalAttempt]:
    """Scans 1 … ``nights`` nights before this one, failed on the nights in ``failed_on``."""
    return [attempt(night, reached=night not in failed_on) for night in range(1, nights + 1)]


def hourly(count: int, failed_at: tuple[int, ...] = ()) -> list[PortalAttempt]:
    """``count`` scans every 6 hours before this one, failed at the positions in ``failed_at``."""
    return [attempt(n / 4, reached=n not in failed_at, scan_id=500 - n) for n in range(1, count + 1)]


def test_one_failed_night_is_a_coverage_gap_not_a_finding() -> None:
    rule = PortalUnreachable()
    alone = history_context([], tonight="unreachable")
    assert list(rule.evaluate(alone)) == []
    assert not rule.covers(alone, CITY, "")  # one attempt: too few to judge, nothing resolved
    after_a_week = history_context(nightly(6), tonight="unreachable")  # 1 of 7 = 14%, but one night
    assert list(rule.evaluate(after_a_week)) == []
    assert rule.covers(after_a_week, CITY, "")


def test_one_failed_attempt_in_twenty_is_five_percent_not_more() -> None:
    context = history_context(hourly(19), tonight="unreachable")
    assert len(context.portal_attempts(CITY, 7)) == 20
    assert list(PortalUnreachable().evaluate(context)) == []
    # the share alone (one failed night enough): 1 in 20 is within 5%, 1 in 19 is not
    by_share: dict[str, Any] = {"unreachable_min_failed_nights": 1}
    assert list(PortalUnreachable().evaluate(history_context(hourly(19), tonight="unreachable", **by_share))) == []
    assert len(list(PortalUnreachable().evaluate(history_context(hourly(18), tonight="unreachable", **by_share)))) == 1


def test_two_failed_nights_in_twenty_attempts_are_a_finding_with_both_in_evidence() -> None:
    failure = FetchFailureRecord(CITY, PORTAL, "http", "HTTP 503", 503, SCANNED_AT + timedelta(seconds=30))
    context = history_context(hourly(19, failed_at=(8,)), tonight="unreachable", error="HTTP 503",
                              failures=[failure])
    [verdict] = PortalUnreachable().evaluate(context)
    assert (verdict.rule, verdict.city_id, verdict.subject, verdict.item_code) == ("portal-unreachable", CITY, "", None)
    assert verdict.message == ("the portal could not be reached in 2 of 20 scans over the last 7 days "
                               "(10%, more than the 5% allowed)")
    assert verdict.evidence.excerpt.splitlines() == [
        "2 / 20 = 10% > 5%",
        "scan 492, 2026-11-23T02:00:00Z: connection refused",
        "scan 1, 2026-11-25T02:00:30Z: HTTP 503",
    ]
    assert verdict.evidence.url == PORTAL and verdict.evidence.sha256 is None
    assert (verdict.evidence.fetched_at, verdict.evidence.http_status) == (failure.at, 503)  # the latest failure
    assert verdict.evidence.basis == "measured"


def test_failures_of_one_night_count_once_however_often_retried() -> None:
    three_hours = [attempt(h / 24, reached=False, scan_id=700 - h) for h in (1, 2, 3)]
    context = history_context(nightly(6) + three_hours, tonight="unreachable")  # 4 of 10 failed, one night
    assert list(PortalUnreachable().evaluate(context)) == []
    assert len(list(PortalUnreachable().evaluate(history_context(nightly(6, failed_on=(1,)) + three_hours)))) == 1


def test_failures_older_than_the_window_are_ignored() -> None:
    old = [attempt(8, reached=False), attempt(9, reached=False), attempt(10, reached=False)]
    context = history_context(old + nightly(5), tonight="unreachable")
    assert [a.scan_id for a in context.portal_attempts(CITY, 7)][-1] == 1  # this scan's attempt, last
    assert len(context.portal_attempts(CITY, 7)) == 6
    assert list(PortalUnreachable().evaluate(context)) == []
    assert len(list(PortalUnreachable().evaluate(history_context(old + nightly(5), tonight="unreachable",
                                                                 unreachable_window_days=9)))) == 1


def test_too_few_attempts_are_not_judged_however_many_failed() -> None:
    rule = PortalUnreachable()
    context = history_context([attempt(1, reached=False)], tonight="unreachable")  # 2 of 2, two nights
    assert list(rule.evaluate(context)) == []
    assert not rule.covers(context, CITY, "")
    lowered = history_context([attempt(1, reached=False)], tonight="unreachable", unreachable_min_attempts=2)
    assert len(list(rule.evaluate(lowered))) == 1


def test_the_finding_stands_while_the_window_exceeds_the_share_and_resolves_when_it_no_longer_does() -> None:
    rule = PortalUnreachable()
    answered_tonight = history_context(nightly(6, failed_on=(1, 2)))
    assert len(list(rule.evaluate(answered_tonight))) == 1  # reached tonight, 2 of 7 nights failed this week
    week_later = history_context(nightly(6, failed_on=(7, 8)))  # the failed nights left the window
    assert list(rule.evaluate(week_later)) == []
    assert rule.covers(week_later, CITY, "")
    assert not rule.covers(week_later, "elsewhere", "")  # a city this scan did not scan


def test_the_thresholds_tune_the_rule() -> None:
    one_night = history_context(nightly(6), tonight="unreachable")
    assert len(list(PortalUnreachable().evaluate(replace(
        one_night, config=make_config(thresholds={"unreachable_min_failed_nights": 1}))))) == 1
    two_nights = nightly(6, failed_on=(1,))
    assert list(PortalUnreachable().evaluate(history_context(two_nights, tonight="unreachable",
                                                             unreachable_failure_share=0.3))) == []
    assert PortalUnreachable.severity == "info"
