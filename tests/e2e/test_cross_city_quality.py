"""Detection quality of cross-city-divergence through the whole pipeline: the cross-city province
is served on 127.0.0.1, scanned and checked through the command line, and the exported findings
are scored against the simulator's truth — its planted divergences found, none of its traps —
and each finding's excerpt is on the page it stores."""

from __future__ import annotations

import time
from pathlib import Path

from channel_equity.quality.rules import format_score_table, score_findings, truth_key
from channel_equity.simulator import build_cross_city_province, province_truth, serve_province
from channel_equity.store import open_store
from tests.e2e.test_rule_quality import assert_quality, check_and_export
from tests.evidence_integrity import excerpt_problems
from tests.running import run_cli

RULE = "cross-city-divergence"


def test_cross_city_divergence_on_the_cross_city_province(tmp_path: Path) -> None:
    province = build_cross_city_province()
    truth = province_truth(province)
    config, database = tmp_path / "cross-city.yaml", f"sqlite:///{tmp_path / 'm.db'}"
    started = time.monotonic()
    with serve_province(province) as served:
        served.write_config(config, database=database)
        scanned = run_cli("scan", "--config", str(config))
    assert scanned.returncode == 0, scanned.stderr[-2000:]
    findings = [f for f in check_and_export(config) if f["rule"] == RULE]
    violations = [v for v in truth["violations"] if v["rule"] == RULE]
    scores = score_findings(findings, violations)
    table = format_score_table(scores)
    print(f"\n{table}\nscan, check and export: {time.monotonic() - started:.1f} s")
    assert len(violations) >= 20
    assert_quality(scores, frozenset({RULE}), table)
    fired = {truth_key(finding) for finding in findings}
    assert [t for t in truth["traps"] if t["rule"] == RULE and truth_key(t) in fired] == []
    for finding in findings:  # the evidence names the guide page of every city compared
        assert (
            len(finding["evidence"]["pages"]) >= 3
            and finding["evidence"]["url"] in finding["evidence"]["pages"]
        )
    store = open_store(database)
    try:
        assert excerpt_problems(store, findings) == []
    finally:
        store.close()
