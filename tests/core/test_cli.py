"""The command line a new user meets: help that explains, exports in the documented shape."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from channel_equity.cli import app
from channel_equity.reports.export import EVIDENCE_KEYS, TOP_LEVEL_KEYS
from tests.core.test_config_errors import GOOD

runner = CliRunner()


def test_help_lists_the_commands_and_what_they_do() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("scan", "findings", "demo"):
        assert command in result.output
    scan_help = runner.invoke(app, ["scan", "--help"])
    assert "--config" in scan_help.output and "--city" in scan_help.output


def test_findings_export_on_a_new_store_is_an_empty_list_and_csv_has_the_documented_columns(tmp_path: Path) -> None:
    config = tmp_path / "p.yaml"
    config.write_text(GOOD, encoding="utf-8")
    as_json = runner.invoke(app, ["findings", "--config", str(config), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output) == []
    assert (tmp_path / "var" / "monitor.db").exists(), "the default store is a SQLite file beside the config"
    as_csv = runner.invoke(app, ["findings", "--config", str(config), "--format", "csv", "--status", "all"])
    header = next(csv.reader(io.StringIO(as_csv.output)))
    assert header == [*TOP_LEVEL_KEYS, *(f"evidence_{k}" for k in EVIDENCE_KEYS)]


def test_bad_options_and_unknown_city_are_clear_errors(tmp_path: Path) -> None:
    config = tmp_path / "p.yaml"
    config.write_text(GOOD, encoding="utf-8")
    bad_format = runner.invoke(app, ["findings", "--config", str(config), "--format", "xml"])
    assert bad_format.exit_code == 2 and "expected json or csv" in bad_format.output
    unknown_city = runner.invoke(app, ["scan", "--config", str(config), "--city", "atlantis"])
    assert unknown_city.exit_code == 2 and "no city 'atlantis'" in unknown_city.output


def test_unusable_database_url_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "p.yaml"
    config.write_text(GOOD + "database: mysql://nobody@127.0.0.1/x\n", encoding="utf-8")
    result = runner.invoke(app, ["findings", "--config", str(config)])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output
