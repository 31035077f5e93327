"""A config that names a threshold or rule no rule declares, or gives a threshold a value it
cannot take, is refused by every command as one line naming the key, before anything is
crawled (the real command line, in a subprocess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_config_errors import GOOD
from tests.running import run_cli


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "province.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def test_a_misspelt_threshold_key_is_one_line_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "thresholds: {immediate_share_mni: 0.2}\n")
    result = run_cli("check", "--config", str(path), timeout=120)
    assert result.returncode == 2, result.stderr
    assert error_lines(result.stderr) == [
        f"error: {path}: thresholds: unknown key 'immediate_share_mni' "
        "(known: cross_city_days_excess, cross_city_majority_share, cross_city_materials_excess, "
        "cross_city_min_cities, cross_city_visits_excess, immediate_share_min, immediate_share_min_items, max_journey_steps, min_coverage, slow_page_samples, slow_page_seconds, "
        "unreachable_failure_share, unreachable_min_attempts, unreachable_min_failed_nights, unreachable_window_days, "
        "zombie_channel_days)"]


def test_a_threshold_of_the_wrong_type_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "thresholds: {immediate_share_min_items: many}\n")
    result = run_cli("check", "--config", str(path), timeout=120)
    assert result.returncode == 2, result.stderr
    assert error_lines(result.stderr) == [
        f"error: {path}: thresholds.immediate_share_min_items: expected a whole number ≥ 0, got 'many'"]
    assert not (tmp_path / "var").exists(), "refused before the store was opened"


def test_a_good_threshold_key_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "thresholds: {immediate_share_min: 0.25, immediate_share_min_items: 5}\n")
    result = run_cli("check", "--config", str(path), timeout=120)
    # past the config: the new store simply has no scan to check yet
    assert result.returncode == 2 and "no finished scan" in result.stderr, result.stderr
    assert "thresholds" not in result.stderr
    exported = run_cli("findings", "--config", str(path), timeout=120)
    assert exported.returncode == 0 and exported.stdout.strip() == "[]", exported.stderr


@pytest.mark.parametrize("command", ["scan", "run", "report", "findings"])
def test_every_command_refuses_a_bad_threshold_before_crawling(tmp_path: Path, command: str) -> None:
    path = write(tmp_path, GOOD + "thresholds: {immediate_share_mni: 0.2}\n")
    result = run_cli(command, "--config", str(path), timeout=120)
    assert result.returncode == 2, result.stderr
    assert "immediate_share_mni" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "var").exists(), "refused before the store was opened"


def test_an_unknown_rule_id_is_refused_by_scan_before_crawling(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "rules: {no-such-rule: {enabled: false}}\n")
    result = run_cli("scan", "--config", str(path), timeout=120)
    assert result.returncode == 2, result.stderr
    [line] = error_lines(result.stderr)
    assert line.startswith(f"error: {path}: rules: unknown rule id(s) no-such-rule (known: ")
    assert not (tmp_path / "var").exists()
