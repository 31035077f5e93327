"""Precision and recall of findings against a ground truth (the simulator's, or an audit's).

A truth entry is ``{rule, city, item_code, dimension[, path]}``; a finding is the export
shape of ``channel-equity findings``. Page-level entries are compared by the page's path (a
page-level finding, one per portal, by each page it lists),
item-level ones by item code and dimension, city-level ones by city alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

Key = tuple[str, str, str | None, str | None]


@dataclass
class RuleScore:
    rule: str
    true_positives: int = 0
    false_positives: list[Key] = field(default_factory=list)
    false_negatives: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + len(self.false_positives)
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positives + len(self.false_negatives)
        return self.true_positives / actual if actual else 1.0


def _path(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def truth_key(entry: Mapping[str, Any]) -> Key:
    subject = entry.get("item_code") or entry.get("path")
    return entry["rule"], entry["city"], subject, entry.get("dimension")


def finding_identity(finding: Mapping[str, Any], page_rules: frozenset[str]) -> Key:
    """What a finding is about, as its fingerprint has it: a page-level finding is the
    portal's (one per city), any other one its item (or city)."""
    subject = None if finding["rule"] in page_rules else finding.get("item_code")
    return finding["rule"], finding["city"], subject, finding.get("dimension")


def finding_keys(finding: Mapping[str, Any], page_rules: frozenset[str]) -> list[Key]:
    """The truth keys a finding claims: a page-level finding (one per portal) claims every page
    it lists, any other one its item (or city)."""
    if finding["rule"] in page_rules:
        evidence = finding["evidence"]
        return [(finding["rule"], finding["city"], _path(url), finding.get("dimension"))
                for url in evidence.get("pages") or [evidence["url"]]]
    return [(finding["rule"], finding["city"], finding.get("item_code"), finding.get("dimension"))]


def score_findings(findings: Iterable[Mapping[str, Any]], violations: Iterable[Mapping[str, Any]],
                   page_rules: Iterable[str] = ()) -> dict[str, RuleScore]:
    """Per rule: which findings the truth confirms, which it does not, which it misses."""
    page_rule_set = frozenset(page_rules)
    return score_keys({truth_key(v) for v in violations},
                      {key for f in findings for key in finding_keys(f, page_rule_set)})


def score_keys(expected: set[Key], predicted: set[Key]) -> dict[str, RuleScore]:
    """Per rule (a key's first part): the predicted keys the expected ones confirm, the rest."""
    scores: dict[str, RuleScore] = {}
    for key in sorted(expected | predicted, key=repr):
        score = scores.setdefault(key[0], RuleScore(key[0]))
        if key in expected and key in predicted:
            score.true_positives += 1
        elif key in predicted:
            score.false_positives.append(key)
        else:
            score.false_negatives.append(key)
    return scores


def format_score_table(scores: Mapping[str, RuleScore]) -> str:
    lines = [f"{'rule':<30}{'TP':>6}{'FP':>6}{'FN':>6}{'precision':>11}{'recall':>9}"]
    for rule in sorted(scores):
        s = scores[rule]
        lines.append(f"{rule:<30}{s.true_positives:>6}{len(s.false_positives):>6}{len(s.false_negatives):>6}"
                     f"{s.precision:>11.3f}{s.recall:>9.3f}")
    return "\n".join(lines)
