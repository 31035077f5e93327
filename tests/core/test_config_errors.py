"""A broken config gets one clear error naming the file, the field and what was expected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from channel_equity.core.config import ConfigError, load_config

GOOD = """\
province: {id: demo, name: 示范省}
cities:
  - id: jinghai
    name: 镜海市
    portal: http://127.0.0.1:8101/
policy:
  standard_items:
    - {code: "000120001000", name: 食品经营许可证核发, online: required}
"""

BAD_CONFIGS = {
    "invalid-yaml": ("province: {id: demo, name: 示范省\ncities: [", ["not valid YAML", "line"]),
    "not-a-mapping": ("- just\n- a list\n", ["expected a mapping"]),
    "missing-field": (GOOD.replace("province: {id: demo, name: 示范省}", "province: {id: demo}"),
                      ["province.name", "required field is missing"]),
    "wrong-type": (GOOD + "crawl: {concurrency_per_portal: many}\n", ["crawl.concurrency_per_portal", "integer"]),
    "bad-url": (GOOD.replace("http://127.0.0.1:8101/", "ftp://127.0.0.1/"),
                ["cities[0] (id jinghai).portal", "expected an http(s) URL"]),
    "unknown-key": (GOOD.replace("    portal:", "    portl: x\n    portal:"), ["cities[0] (id jinghai).portl", "unknown key"]),
    "duplicate-city": (GOOD.replace("policy:", "  - {id: jinghai, name: 又一市, portal: 'http://127.0.0.1:8102/'}\npolicy:"),
                       ["appears twice"]),
    "bad-enum": (GOOD.replace("online: required", "online: sometimes"),
                 ["policy.standard_items[0].online", "'required', 'optional' or 'only'"]),
    "empty-cities": (GOOD.split("cities:")[0] + "cities: []\n", ["cities", "at least 1"]),
    "bad-city-id": (GOOD.replace("id: jinghai", "id: Jing Hai"), ["cities[0] (id Jing Hai).id", "lower-case id"]),
    "share-out-of-range": (GOOD + "  immediate_share_min: 3\n", ["policy.immediate_share_min", "less than or equal to 1"]),
}


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / f"{name}.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_good_config_loads(tmp_path: Path) -> None:
    loaded = load_config(write(tmp_path, "good", GOOD))
    assert loaded.monitor.cities[0].id == "jinghai"
    assert loaded.database_url() == f"sqlite:///{(tmp_path / 'var' / 'monitor.db').resolve()}"


@pytest.mark.parametrize("name", sorted(BAD_CONFIGS))
def test_bad_config_names_file_and_field(tmp_path: Path, name: str) -> None:
    text, expected = BAD_CONFIGS[name]
    path = write(tmp_path, name, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert str(path) in message
    for fragment in expected:
        assert fragment in message, message


def test_missing_file_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nowhere.yaml")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(write(tmp_path, "gbk", GOOD.encode("gbk")))


def test_relative_sqlite_path_is_beside_the_config(tmp_path: Path) -> None:
    loaded = load_config(write(tmp_path, "db", GOOD + "database: sqlite:///state/m.db\n"))
    assert loaded.database_url() == f"sqlite:///{(tmp_path / 'state' / 'm.db').resolve()}"
    assert loaded.database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize("name", ["unknown-key", "invalid-yaml"])
def test_cli_shows_one_clear_line_and_no_traceback(tmp_path: Path, name: str) -> None:
    text, expected = BAD_CONFIGS[name]
    path = write(tmp_path, name, text)
    result = subprocess.run(
        [sys.executable, "-m", "channel_equity", "scan", "--config", str(path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr and expected[0] in result.stderr
