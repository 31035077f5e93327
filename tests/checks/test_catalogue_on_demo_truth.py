"""How well the rules judge what a perfect crawler would read: precision and recall per rule
against the simulator's ground truth, with no scenario trap firing.

The crawler's errors are left out on purpose (tests/e2e/test_rule_quality.py scores
the whole pipeline): a miss here is the rule's own.
"""

from __future__ import annotations

from typing import Any

import pytest

import channel_equity.simulator as simulator
from channel_equity.checks.registry import ALL_RULES
from channel_equity.checks.rule import Rule
from channel_equity.quality.rules import format_score_table, score_findings, truth_key
from tests.checks.rule_builders import as_finding, catalogue_entry, truth_context

RULES: tuple[Rule, ...] = tuple(rule for rule in ALL_RULES if not rule.phrase_categories and not rule.judges_probes)
"""The registry's rules that read no wording and no browser visit: the truth has observations, not pages
to read (the wording rules are measured on the served province: test_channel_rules.py,
test_page_signal_rules.py; the probe rules on the probed province: tests/e2e/test_probe_rules.py)."""
RULE_IDS = frozenset(rule.id for rule in RULES)
MIN_PRECISION = MIN_RECALL = 0.95


def measure(truth: dict[str, Any], rules: tuple[Rule, ...]) -> None:
    ids = frozenset(rule.id for rule in rules)
    context = truth_context(truth)
    findings = [as_finding(verdict) for rule in rules for verdict in rule.evaluate(context)]
    violations = [e for e in map(catalogue_entry, truth["violations"]) if e["rule"] in ids]
    traps = [e for e in map(catalogue_entry, truth["traps"]) if e["rule"] in ids]
    scores = score_findings(findings, violations)
    table = format_score_table(scores)
    print("\n" + table)
    for rule in sorted(ids):
        score = scores.get(rule)
        assert score is not None, f"{rule}: no case in the truth and no finding\n{table}"
        assert score.precision >= MIN_PRECISION, f"{rule} false positives {score.false_positives[:5]}\n{table}"
        assert score.recall >= MIN_RECALL, f"{rule} missed {score.false_negatives[:5]}\n{table}"
    fired = {truth_key(finding) for finding in findings}
    assert [truth_key(t) for t in traps if truth_key(t) in fired] == [], "traps fired"


@pytest.fixture(scope="module")
def demo_truth() -> dict[str, Any]:
    return simulator.province_truth(simulator.build_demo_province())


def test_rules_on_the_demo_province_truth(demo_truth: dict[str, Any]) -> None:
    measure(demo_truth, RULES)


def test_city_rules_on_a_province_of_many_cities() -> None:
    """The demo has only eight reachable cities; a province built for city rules has more."""
    build = getattr(simulator, "build_city_rules_province", None)
    if build is None:
        pytest.skip("the simulator has no city-rules province yet")
    measure(simulator.province_truth(build()), tuple(r for r in RULES if r.scope == "city"))


def test_cross_city_divergence_on_the_cross_city_province() -> None:
    """The demo's few divergences are incidental; a province built for the rule plants twenty-odd
    and their look-alikes. The other rules find there what its truth lists, and nothing else."""
    truth = simulator.province_truth(simulator.build_cross_city_province())
    listed = {violation["rule"] for violation in truth["violations"]}
    assert "cross-city-divergence" in listed
    measure(truth, tuple(rule for rule in RULES if rule.id in listed))
    context = truth_context(truth)
    assert [v for rule in RULES if rule.id not in listed for v in rule.evaluate(context)] == []
