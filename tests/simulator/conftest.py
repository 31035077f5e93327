"""Fixtures: the demo province, its truth, and the province served over real HTTP on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from channel_equity.simulator import ServedProvince, build_demo_province, province_truth, serve_province
from channel_equity.simulator.model import Province


@pytest.fixture(scope="session")
def demo_province() -> Province:
    return build_demo_province()


@pytest.fixture(scope="session")
def demo_truth(demo_province: Province) -> dict[str, Any]:
    return province_truth(demo_province)


@pytest.fixture(scope="session")
def served_demo(demo_province: Province) -> Iterator[ServedProvince]:
    with serve_province(demo_province) as served:
        yield served


@pytest.fixture(scope="session")
def up_cities(demo_truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [city for city in demo_truth["cities"] if city["up"]]
