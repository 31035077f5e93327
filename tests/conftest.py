"""Fixtures shared across the suite, and the test tiers.

Tests under ``tests/e2e/`` and ``tests/corpora/`` run whole scans (real servers on
127.0.0.1, the real command line, Chromium): they are marked ``e2e`` here, so
``make test-fast`` can leave them out (``-m "not e2e and not browser"``, with the tests that
drive Chromium, marked ``browser`` where they are written) while ``make test`` runs all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.running import ScannedProvince, scan_demo_province

TESTS = Path(__file__).resolve().parent
WHOLE_SCAN_FOLDERS = ("e2e", "corpora")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        relative = Path(str(item.path)).resolve().relative_to(TESTS)
        if relative.parts and relative.parts[0] in WHOLE_SCAN_FOLDERS:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def scanned_province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScannedProvince]:
    """One real scan of the simulated province, shared by every test that reads it."""
    scanned = scan_demo_province(tmp_path_factory.mktemp("province"))
    yield scanned
    scanned.store.close()
