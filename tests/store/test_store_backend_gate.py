"""CI must not pass by skipping PostgreSQL: without a server URL the tests fail there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent


def test_postgres_variants_fail_in_ci_without_a_server() -> None:
    env = {key: value for key, value in os.environ.items() if key != "CHANNEL_EQUITY_TEST_PG_URL"}
    env["CI"] = "true"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{TESTS / 'test_store_session.py'}::test_sqlite_parent_directory_is_created",
            f"{TESTS / 'test_store_session.py'}::test_wrong_credentials_or_unopenable_file",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0, result.stdout
    assert "CI must run the PostgreSQL store tests" in result.stdout
    assert "2 passed, 1 error" in result.stdout
