"""Which rules bear out which claim: the claim's own rules, as the config enables them."""

from __future__ import annotations

from channel_equity.checks.complaint_claims import CLAIM_RULES, ClaimRule, bears_out, claim_rules
from channel_equity.checks.registry import ALL_RULES
from channel_equity.checks.verdict import Evidence, Verdict

RULE_IDS = {rule.id for rule in ALL_RULES}


def verdict(rule: str, dimension: str | None = None) -> Verdict:
    return Verdict(rule, "c", "s", "m", {}, Evidence(None, None, None, None, ""), dimension=dimension)


def test_every_claim_names_rules_that_exist() -> None:
    for claim, wanted in CLAIM_RULES.items():
        assert wanted and {c.rule for c in wanted} <= RULE_IDS, claim


def test_a_claim_runs_its_enabled_rules_only() -> None:
    run, claimed = claim_rules("entry-broken", [r for r in ALL_RULES if r.id != "separate-login"])
    assert {rule.id for rule in run} == {"online-entry-broken", "app-only-entry", "legacy-browser-required",
                                         "login-wall"}
    assert ClaimRule("separate-login") not in claimed
    assert claim_rules("shared-data", [r for r in ALL_RULES if r.id != "shared-data-demanded"]) == ([], [])


def test_other_runs_every_item_rule() -> None:
    run, _ = claim_rules("other", ALL_RULES)
    assert {rule.id for rule in run} == {rule.id for rule in ALL_RULES if rule.scope == "item"}
    assert "online-only" in {rule.id for rule in run} and "portal-unreachable" not in {rule.id for rule in run}


def test_only_the_claimed_dimension_bears_out_visits() -> None:
    _, claimed = claim_rules("excess-visits", ALL_RULES)
    assert bears_out(verdict("exceeds-standard", "visits"), claimed)
    assert not bears_out(verdict("exceeds-standard", "promised_days"), claimed)
    assert bears_out(verdict("depth-visits-contradiction"), claimed)
    assert not bears_out(verdict("online-only"), claimed)
