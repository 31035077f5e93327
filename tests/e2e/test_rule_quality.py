"""Detection quality: per-rule precision and recall of the findings against the simulator's truth.

The whole pipeline runs for real: the simulated province is crawled (conftest), the rules
run through ``channel-equity check``, and the exported findings are scored. City-level
rules (one verdict per city) are scored on a second province built with enough cities.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from channel_equity.checks.registry import ALL_RULES
from channel_equity.quality.rules import format_score_table, score_findings
from channel_equity.simulator import build_city_rules_province, province_truth, serve_province
from channel_equity.store import open_store
from channel_equity.store.models import Scan
from tests.evidence_integrity import excerpt_problems
from tests.running import ScannedProvince, run_cli

MIN_PRECISION = MIN_RECALL = 0.95
MIN_HIGH_SEVERITY_PRECISION = 0.98
"""What accuses a city is held higher: a false accusation costs more than a missed violation."""
HIGH_SEVERITY = frozenset(rule.id for rule in ALL_RULES if rule.severity in ("critical", "high"))
PAGE_RULES = frozenset(rule.id for rule in ALL_RULES if rule.scope == "page")
CITY_RULES = frozenset(rule.id for rule in ALL_RULES if rule.scope == "city" and not rule.judges_probes)
PROBE_ONLY_RULES = frozenset(rule.id for rule in ALL_RULES if rule.judges_probes)
"""Judged only from the browser probes, which the shared crawl of the province does not run
(--no-probes): scored on the probed province (tests/e2e/test_probe_rules.py)."""


def check_and_export(config: Path) -> list[dict[str, Any]]:
    checked = run_cli("check", "--config", str(config))
    assert checked.returncode == 0, checked.stderr[-2000:]
    exported = run_cli("findings", "--config", str(config), "--format", "json", "--status", "all")
    assert exported.returncode == 0, exported.stderr[-2000:]
    return json.loads(exported.stdout)


def assert_quality(scores: dict[str, Any], rules: frozenset[str], table: str) -> None:
    for rule in sorted(rules):
        score = scores.get(rule)
        assert score is not None, f"{rule}: neither findings nor truth\n{table}"
        floor = MIN_HIGH_SEVERITY_PRECISION if rule in HIGH_SEVERITY else MIN_PRECISION
        assert score.precision >= floor, f"{rule} false positives {score.false_positives[:5]}\n{table}"
        assert score.recall >= MIN_RECALL, f"{rule} missed {score.false_negatives[:5]}\n{table}"


def test_item_and_page_rules_on_the_demo_province(scanned_province: ScannedProvince) -> None:
    findings = check_and_export(scanned_province.config_path)
    violations = [v for v in scanned_province.truth["violations"] if v["rule"] not in CITY_RULES]
    scores = score_findings([f for f in findings if f["rule"] not in CITY_RULES], violations, PAGE_RULES)
    table = format_score_table(scores)
    print("\n" + table)
    assert_quality(scores, frozenset(r.id for r in ALL_RULES) - CITY_RULES - PROBE_ONLY_RULES, table)


def test_every_excerpt_is_on_its_page(scanned_province: ScannedProvince) -> None:
    """The excerpt-integrity test: each finding quotes its stored page (at the spans it stores)
    or, for the rules that reckon rather than quote, says it does not."""
    findings = check_and_export(scanned_province.config_path)
    assert excerpt_problems(scanned_province.store, findings) == []
    quoted = [f for f in findings if f["evidence"]["quoted"]]
    assert len(quoted) >= 0.9 * len([f for f in findings if f["evidence"]["sha256"]])


def a_night_earlier(database: str) -> None:
    """Every scan so far, as if it had run a night earlier."""
    store = open_store(database)
    with store.session(write=True) as session:
        for scan in session.scalars(select(Scan)):
            scan.started_at -= timedelta(days=1)
    store.close()


def test_city_rules_on_a_province_of_many_cities(tmp_path: Path) -> None:
    """portal-unreachable judges the scans of a week: the province is scanned on three nights."""
    province = build_city_rules_province()
    truth = province_truth(province)
    config, database = tmp_path / "cities.yaml", f"sqlite:///{tmp_path / 'm.db'}"
    with serve_province(province) as served:
        served.write_config(config, database=database)
        for night in range(3):
            if night:
                a_night_earlier(database)
            scanned = run_cli("scan", "--config", str(config))
            assert scanned.returncode == 0, scanned.stderr[-2000:]
    findings = [f for f in check_and_export(config) if f["rule"] in CITY_RULES]
    violations = [v for v in truth["violations"] if v["rule"] in CITY_RULES]
    scores = score_findings(findings, violations)
    table = format_score_table(scores)
    print("\n" + table)
    assert_quality(scores, CITY_RULES, table)
