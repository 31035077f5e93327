"""``check`` re-judges a stored scan after the config changed, without crawling again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import yaml

from tests.running import ScannedProvince, run_cli


def test_changed_policy_and_severity_apply_to_the_same_scan(scanned_province: ScannedProvince, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    first = run_cli("check", "--config", str(scanned_province.config_path))
    assert first.returncode == 0, first.stderr[-2000:]
    with sqlite3.connect(Path(scanned_province.config_path).parent / "monitor.db") as source, \
            sqlite3.connect(db) as target:
        source.backup(target)  # the WAL's content too, which a file copy would miss
    config = yaml.safe_load(scanned_province.config_path.read_text(encoding="utf-8"))
    config["database"] = f"sqlite:///{db}"
    config["rules"] = {"online-only": {"severity": "low"}, "village-gap": {"enabled": False}}
    config["policy"]["shared_data_materials"] = []
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")

    before = json.loads(run_cli("findings", "--config", str(changed), "--status", "all").stdout)
    assert any(f["rule"] == "shared-data-demanded" and f["status"] == "open" for f in before)
    result = run_cli("check", "--config", str(changed))
    assert result.returncode == 0, result.stderr[-2000:]
    after = json.loads(run_cli("findings", "--config", str(changed), "--status", "all").stdout)
    by_rule: dict[str, set[str]] = {}
    for finding in after:
        by_rule.setdefault(finding["rule"], set()).add(finding["status"])
    assert by_rule["shared-data-demanded"] == {"resolved"}, "no listed paper: the same scan no longer violates"
    assert {f["severity"] for f in after if f["rule"] == "online-only"} == {"low"}
    assert by_rule["village-gap"] == {"open"}, "a disabled rule leaves its findings as they were"
    assert len(after) == len(before)

    config["rules"] = {"no-such-rule": {"enabled": False}}
    changed.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    bad = run_cli("check", "--config", str(changed))
    assert bad.returncode == 2 and "unknown rule id(s) no-such-rule" in bad.stderr and "Traceback" not in bad.stderr
