"""The province's ``timezone``: an IANA name, Asia/Shanghai unless the config says otherwise;
anything else is one clear config error naming the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from channel_equity.core.config import ConfigError, load_config
from tests.core.test_config_errors import GOOD, write


def test_the_default_zone_is_beijing_time(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "default", GOOD)).monitor.timezone == "Asia/Shanghai"


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Asia/Urumqi", "America/New_York", "UTC"])
def test_an_iana_zone_is_kept(tmp_path: Path, zone: str) -> None:
    assert load_config(write(tmp_path, "zone", GOOD + f"timezone: {zone}\n")).monitor.timezone == zone


@pytest.mark.parametrize("zone", [
    "Asia/Beijing",  # no such zone in the tz database
    "asia/shanghai",  # the names are case-sensitive
    "'Asia/Shanghai '",
    "Asia",  # a directory of the database, not a zone
    "'../etc/passwd'",
    "'+08:00'",  # an offset is no zone: it knows no daylight-saving rules
    "''",
])
def test_an_unknown_zone_is_a_config_error_naming_the_field(tmp_path: Path, zone: str) -> None:
    path = write(tmp_path, "bad-zone", GOOD + f"timezone: {zone}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: timezone: expected an IANA time zone such as 'Asia/Shanghai'"), message
    assert "\n" not in message, "one line"


def test_a_zone_that_is_no_string_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path, "number-zone", GOOD + "timezone: 8\n")
    with pytest.raises(ConfigError, match=r"timezone: Input should be a valid string"):
        load_config(path)
