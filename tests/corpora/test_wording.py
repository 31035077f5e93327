"""The wording rules on the blind wording corpora (``wording1/``, and ``wording2/`` held out: written
after the lexicon was tuned on the first, by someone who had seen neither the lexicon nor that
corpus). Same harness (:mod:`tests.corpora.wording`), same scoring; each corpus's floors are
declared in ``wording.CORPORA``, and wording2's figures are the honest measure of the lexicon
on wording nobody tuned it for."""

from __future__ import annotations

import pytest

from channel_equity.quality.rules import RuleScore
from tests.corpora.wording import CASES, CORPORA, RULE_IDS, fired, half, print_table, score


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, RuleScore]]:
    """Wording corpus -> rule id -> its score over the whole corpus (halves printed where the corpus has them)."""
    tables = {}
    for corpus in CORPORA.values():
        cases = corpus.cases()
        verdicts = fired(cases)  # one run: a case's verdicts do not depend on the other cases
        table = tables[corpus.name] = score(cases, verdicts)
        print_table(corpus.title, table)
        if corpus.halves:
            for which in ("tuning", "held-out"):
                print_table(f"  {which} half", score(half(which, cases), verdicts))
    return tables


def test_halves_split_the_corpus() -> None:
    tuning, held_out = half("tuning"), half("held-out")
    assert len(tuning) + len(held_out) == len(CASES)
    assert {c["id"] for c in tuning}.isdisjoint(c["id"] for c in held_out)
    assert tuning[0] is CASES[0] and held_out[0] is CASES[1]
    with pytest.raises(ValueError, match="tuning"):
        half("both")  # type: ignore[arg-type]


@pytest.mark.parametrize(("corpus_name", "rule_id"),
                         [pytest.param(name, rule_id, id=f"{name}-{rule_id}") for name in CORPORA for rule_id in RULE_IDS])
def test_wording_rule(scores: dict[str, dict[str, RuleScore]], corpus_name: str, rule_id: str) -> None:
    corpus, rule_score = CORPORA[corpus_name], scores[corpus_name][rule_id]
    min_precision, min_recall = corpus.floors[rule_id]
    assert rule_score.true_positives >= corpus.min_true_positives
    assert rule_score.precision >= min_precision, "false positives:\n" + "\n".join(rule_score.false_positives)
    assert rule_score.recall >= min_recall, "missed:\n" + "\n".join(rule_score.false_negatives)
