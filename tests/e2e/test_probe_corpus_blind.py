"""The browser-probe rules on portals nobody tuned them for (tests/probe_corpus/probes1, written
blind from real portal structures): a scan with its probes, the findings scored against the
corpus's truth. The figures printed are the held-out measure of the probe rules; the floors
asserted are those a city may be accused on — no trap fired, and high-severity precision."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from channel_equity.checks.registry import ALL_RULES
from channel_equity.quality.rules import finding_keys, format_score_table, score_findings, truth_key
from tests.probe_corpus.serve import serve_probe_province
from tests.running import run_cli

PROBE_RULES = ("online-entry-broken", "app-only-entry", "legacy-browser-required", "separate-login",
               "captcha-no-alternative", "accessibility", "slow-page", "zombie-channel", "excess-steps")
PAGE_RULES = frozenset(rule.id for rule in ALL_RULES if rule.scope == "page") - {"accessibility"}
HIGH_SEVERITY = frozenset(rule.id for rule in ALL_RULES if rule.severity in ("critical", "high"))


def keyed(item: dict[str, Any]) -> dict[str, Any]:
    """A truth entry as the scoring keys it: accessibility by city and axe rule."""
    return {**item, "path": None} if item["rule"] == "accessibility" else item


def scan_corpus(corpus: str, workdir: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Serve the corpus, scan it with its probes, check the scan, and export every finding."""
    truth = json.loads((Path(__file__).parents[1] / "probe_corpus" / corpus / "truth.json").read_text("utf-8"))
    province_config = importlib.import_module(f"tests.probe_corpus.{corpus}.corpus").province_config
    config = workdir / "province.yaml"
    database = f"sqlite:///{workdir / 'monitor.db'}"
    with serve_probe_province(corpus) as served:
        config.write_text(yaml.safe_dump({**province_config(served), "database": database}, allow_unicode=True),
                          encoding="utf-8")
        result = run_cli("scan", "--config", str(config), probes=True, timeout=900)
        assert result.returncode == 0, result.stderr[-3000:]
    checked = run_cli("check", "--config", str(config), "--db", database)
    assert checked.returncode == 0, checked.stderr[-3000:]
    exported = run_cli("findings", "--config", str(config), "--db", database, "--status", "all")
    assert exported.returncode == 0, exported.stderr[-2000:]
    print(result.stdout[-2500:])
    return json.loads(exported.stdout), truth


@pytest.mark.parametrize("corpus", ["probes1", "probes2"])
def test_probe_rules_on_the_blind_corpus(corpus: str, tmp_path: Path) -> None:
    everything, truth = scan_corpus(corpus, tmp_path)
    findings = [f for f in everything if f["rule"] in PROBE_RULES]
    violations = [keyed(v) for v in truth["violations"] if v["rule"] in PROBE_RULES]
    traps = [keyed(t) for t in truth["traps"] if t["rule"] in PROBE_RULES]
    scores = score_findings(findings, violations, PAGE_RULES)
    print("\n" + format_score_table(scores))
    fired = {key for f in findings for key in finding_keys(f, PAGE_RULES)}
    trapped = [truth_key(t) for t in traps if truth_key(t) in fired]
    for rule in sorted(HIGH_SEVERITY & set(scores)):
        assert scores[rule].precision >= 0.98, f"{rule}: {scores[rule].false_positives[:5]}"
    assert trapped == [], f"traps fired: {trapped}"
