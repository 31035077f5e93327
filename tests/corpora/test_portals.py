"""Extraction quality on portals written blind: by people who had not seen the extractor.

The simulator and the extractor were written by the same people, so the simulator alone
cannot show that the extractor is generic. The portal corpora (``tests/corpora/portals*/``, each
README says how it was written and how its truth is stated) imitate real vendor styles with
their quirks: BOM against a wrong header, GB18030 behind a ``charset=utf-8`` header, GBK
declared only in a meta tag, department-grouped catalogs, ``onclick`` entries, commented-out
stale values (portals1); tabbed guides, a JSON catalog, a mobile H5 site, ASP.NET WebForms
(portals2, held out: written after the fixes for portals1); a hash-routed single-page app,
data blobs rendered by script, label/value JSON (portals3). Each portal is crawled from its
home page with no per-portal config, and what was stored is scored against the truth with
the floors its corpus declares (``corpus.py``).

``python -m tests.corpora.test_portals [corpus ...]`` scans and prints the quality tables
without asserting anything.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from channel_equity.checks.registry import ALL_RULES
from channel_equity.checks.runner import build_context, run_checks
from channel_equity.core.config import load_config
from channel_equity.quality.extraction import PortalQuality, format_quality_table, score_portal
from channel_equity.quality.field_truth import corpus_policy, score_rules
from channel_equity.quality.rules import RuleScore, format_score_table
from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.corpora.layout import Corpus, Portal, load, load_all
from tests.corpora.serve import serve_portal
from tests.evidence_integrity import excerpt_problems
from tests.running import run_cli

HIGH_SEVERITY = sorted(rule.id for rule in ALL_RULES if rule.severity in ("critical", "high"))
MIN_HIGH_SEVERITY_PRECISION = 0.98
"""What accuses a city is held on every portal: a false accusation costs more than a missed one."""

CASES = [pytest.param(corpus.name, portal_id, id=f"{corpus.name}-{portal_id}")
         for corpus in load_all() if not corpus.held_out for portal_id in sorted(corpus.portals())]


@dataclass
class Scored:
    """One portal's scan, scored: what was read, the verdicts, excerpts not found on their pages."""

    quality: PortalQuality
    rules: dict[str, RuleScore]
    excerpt_problems: list[str]


def scan_portal(corpus: Corpus, portal: Portal, workdir: Path) -> Scored:
    """Serve one portal, scan it from its home page with no per-portal config, check it with a
    policy that judges every guide (``corpus_policy``), score what was read and the verdicts."""
    db = workdir / f"{corpus.name}-{portal['id']}.db"
    config_path = workdir / f"{corpus.name}-{portal['id']}.yaml"
    province_id, province_name = corpus.province
    with serve_portal(corpus.portals_dir, portal["id"]) as base_url:
        config = {"province": {"id": province_id, "name": province_name}, "database": f"sqlite:///{db}",
                  "cities": [{"id": portal["id"], "name": portal["id"], "portal": urljoin(base_url, portal["home"])}],
                  "policy": corpus_policy(portal["items"]).model_dump()}
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(config_path))
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = load_config(config_path)
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        run_checks(loaded, store, scan.id)  # in this process: the command line's check is tested elsewhere
        observations = [obs for _, obs in reading.load_observations(store, scan.id, portal["id"])]
        findings = [reading.finding_to_export(f) for f in reading.findings(store, "all")]
        problems = excerpt_problems(store, findings)
        rules = score_rules(build_context(loaded, store, scan.id), portal["id"], portal["items"], base_url)
    finally:
        store.close()
    return Scored(score_portal(portal["id"], portal["items"], observations), rules, problems)


Measured = dict[tuple[str, str], Scored]


def summed(scores: Iterable[dict[str, RuleScore]]) -> dict[str, RuleScore]:
    """Per rule, the scores of several portals together."""
    total: dict[str, RuleScore] = {}
    for portal_scores in scores:
        for rule, score in portal_scores.items():
            into = total.setdefault(rule, RuleScore(rule))
            into.true_positives += score.true_positives
            into.false_positives += score.false_positives
            into.false_negatives += score.false_negatives
    return total


def print_tables(rows: Measured) -> None:
    for corpus in load_all():
        measured = [row for (name, _), row in sorted(rows.items()) if name == corpus.name]
        if measured:
            print(f"\n{corpus.name}: {corpus.title}\n" + format_quality_table(row.quality for row in measured))
            print("verdicts on what was read against verdicts on what the pages state:\n"
                  + format_score_table(summed(row.rules for row in measured)))
    if rows:
        print("\nall corpora:\n" + format_score_table(summed(row.rules for row in rows.values())))


@pytest.fixture(scope="module")
def measured() -> Iterator[Measured]:
    """(corpus, portal) -> its quality and rule scores, filled by the tests; printed at the end."""
    rows: Measured = {}
    yield rows
    print_tables(rows)


@pytest.mark.parametrize(("corpus_name", "portal_id"), CASES)
def test_blind_portal_is_read_without_tuning(measured: Measured, corpus_name: str, portal_id: str,
                                             tmp_path: Path) -> None:
    corpus = load(corpus_name)
    scored = measured[corpus_name, portal_id] = scan_portal(corpus, corpus.portals()[portal_id], tmp_path)
    row = scored.quality
    print(f"{corpus_name}-{portal_id}: recall {row.recall:.1%}, field accuracy {row.field_accuracy:.2%}")
    assert row.expected >= corpus.min_guides
    min_recall, min_field_accuracy = corpus.floors(portal_id)
    assert row.recall >= min_recall, f"{portal_id} missed {row.misses[:8]}"
    assert row.field_accuracy >= min_field_accuracy, f"{portal_id}: {row.examples}"
    assert scored.excerpt_problems == [], scored.excerpt_problems[:5]
    for rule in HIGH_SEVERITY:
        if rule in scored.rules:
            score = scored.rules[rule]
            assert score.precision >= MIN_HIGH_SEVERITY_PRECISION, f"{rule}: {score.false_positives[:5]}"


def main(argv: list[str]) -> None:
    import tempfile

    # a held-out corpus is scanned only when named: its first scan is its honest figure
    corpora = [load(name) for name in argv[1:]] or [corpus for corpus in load_all() if not corpus.held_out]
    rows: Measured = {}
    with tempfile.TemporaryDirectory() as workdir:
        for corpus in corpora:
            for portal_id, portal in corpus.portals().items():
                scored = rows[corpus.name, portal_id] = scan_portal(corpus, portal, Path(workdir))
                for problem in scored.excerpt_problems:
                    print("excerpt", problem)
                for _, score in sorted(scored.rules.items()):
                    for key in score.false_positives:
                        print("false positive", key)
                    for key in score.false_negatives:
                        print("false negative", key)
    print_tables(rows)


if __name__ == "__main__":
    main(sys.argv)
