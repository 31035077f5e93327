"""A re-check's verdict on one item: substantiated only by the claim's rules firing, not
reproduced only when they judged the guide and did not fire, and could-not-check whenever the
item was not there to judge — never a gap passed off as "not reproduced"."""

from __future__ import annotations

from collections.abc import Sequence

from channel_equity.checks.complaint_recheck import RecheckItem, judge_item
from channel_equity.checks.context import FetchFailureRecord, GuideRecord
from channel_equity.checks.registry import ALL_RULES
from channel_equity.checks.rule import Rule
from tests.checks.wording_context import CITY, GUIDE_URL, REQUIRED, SCANNED_AT, context, guide, page

GUIDE_PAGE = page(GUIDE_URL)
CODE = f"11330100MB0000000X3{REQUIRED['code']}"


def item(claim: str) -> RecheckItem:
    return RecheckItem(7, CITY, claim, CODE, REQUIRED["name"], GUIDE_URL, None)


def judged(claim: str, *guides: GuideRecord, rules: Sequence[Rule] = ALL_RULES) -> tuple[str, str]:
    scan = context(guides, {GUIDE_PAGE: "<p>办理形式：网上办理</p>"})
    outcome = judge_item(item(claim), scan, list(rules)).outcome
    return outcome.verdict, outcome.detail


def test_the_claim_s_rule_firing_substantiates_it() -> None:
    verdict, detail = judged("online-only", guide(REQUIRED, page=GUIDE_PAGE, channels=["online"],
                                                  raw_fields={"办理形式": "网上办理"}))
    assert verdict == "substantiated" and detail.startswith("online-only: ")


def test_a_guide_judged_and_clean_is_not_reproduced() -> None:
    verdict, detail = judged("online-only", guide(REQUIRED, page=GUIDE_PAGE, channels=["counter", "online"]))
    assert verdict == "not-reproduced" and "online-only did not fire" in detail


def test_another_rule_firing_does_not_substantiate_the_claim() -> None:
    # online-only fires on this guide, but the citizen complained about shared papers
    verdict, _ = judged("shared-data", guide(REQUIRED, page=GUIDE_PAGE, channels=["online"]))
    assert verdict == "not-reproduced"


def test_channels_only_guessed_could_not_be_checked() -> None:
    verdict, detail = judged("online-only", guide(REQUIRED, page=GUIDE_PAGE, channels=["online"],
                                                  provenance={"channels": "inferred"}))
    assert verdict == "could-not-check" and "online-only could not judge the guide" in detail


def test_a_page_without_the_guide_or_a_failed_fetch_could_not_be_checked() -> None:
    verdict, detail = judged("online-only")
    assert verdict == "could-not-check" and "shows it no more" in detail
    failed = FetchFailureRecord(CITY, GUIDE_URL, "refused", "connection refused", None, SCANNED_AT)
    scan = context([], {}, [failed])
    outcome = judge_item(item("online-only"), scan, list(ALL_RULES)).outcome
    assert outcome.verdict == "could-not-check" and "could not be fetched (failed: connection refused)" in outcome.detail


def test_no_entry_or_no_rule_to_run_could_not_be_checked() -> None:
    verdict, detail = judged("entry-broken", guide(REQUIRED, page=GUIDE_PAGE, channels=["counter"]))
    assert (verdict, detail) == ("could-not-check", "the guide offers no online entry to check")
    verdict, detail = judged("online-only", guide(REQUIRED, page=GUIDE_PAGE, channels=["online"]),
                             rules=[rule for rule in ALL_RULES if rule.id != "online-only"])
    assert verdict == "could-not-check" and "switched off" in detail
