"""The wording rules on a second blind wording corpus, held out: written after the lexicon
was tuned on the first (``wording/``), by someone who had seen neither the lexicon nor that
corpus. Same harness, same scoring; its figures are the honest measure of the lexicon on
wording nobody tuned it for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from channel_equity.quality.rules import RuleScore
from tests.blind.test_blind_wording import RULE_IDS, print_table, score

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "wording2" / "cases.yaml").read_text("utf-8"))
FLOORS: dict[str, tuple[float, float]] = {
    "online-only": (0.80, 0.90),
    "offline-only": (0.85, 0.85),
    "legacy-browser-required": (0.90, 0.70),
    "app-only-entry": (0.80, 0.45),
    "login-wall": (0.90, 0.55),
}
"""(precision, recall) floors: the figures of this corpus's first scoring (2026-12-01, after two
rounds of lexicon work on the first corpus), rounded down. First scored against the lexicon
before the second round: online-only 0.78/0.90, offline-only 0.87/0.87, legacy-browser-required
0.92/0.63, app-only-entry 0.82/0.47, login-wall 0.91/0.56. Low recall for app-only-entry and
login-wall on wording nobody tuned for is the known weakness of a phrase lexicon here; raise the
floors only with work measured on a corpus the work did not see."""


@pytest.fixture(scope="module")
def held_out_scores() -> dict[str, RuleScore]:
    table = score(CASES)
    print_table("held-out wording corpus (wording2)", table)
    return table


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_wording_rule_on_held_out_cases(held_out_scores: dict[str, RuleScore], rule_id: str) -> None:
    rule_score = held_out_scores[rule_id]
    min_precision, min_recall = FLOORS[rule_id]
    assert rule_score.true_positives >= 8
    assert rule_score.precision >= min_precision, "false positives:\n" + "\n".join(rule_score.false_positives)
    assert rule_score.recall >= min_recall, "missed:\n" + "\n".join(rule_score.false_negatives)
