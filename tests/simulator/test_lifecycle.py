"""Three epochs of one province: exactly the documented changes between them, served one after
another on the same ports, and the finding states a correct monitor must reach after each scan."""

from __future__ import annotations

import http.client
import socket
from typing import Any
from urllib.parse import urlsplit

import pytest

from channel_equity.simulator import (
    LifecycleChanges,
    build_lifecycle_provinces,
    lifecycle_changes,
    province_truth,
    serve_province,
)
from channel_equity.simulator.city_rules import NON_JS_STYLES
from channel_equity.simulator.lifecycle import FIXED_NOTE
from channel_equity.simulator.model import Province
from tests.simulator.fetching import fetch, visible_text
from tests.simulator.oracle import ExpectedFinding, FindingKey, expected_lifecycle, finding_key


@pytest.fixture(scope="module")
def epochs() -> list[Province]:
    return build_lifecycle_provinces()


@pytest.fixture(scope="module")
def truths(epochs: list[Province]) -> list[dict[str, Any]]:
    return [province_truth(epoch) for epoch in epochs]


@pytest.fixture(scope="module")
def changes() -> LifecycleChanges:
    return lifecycle_changes()


def _keys(truth: dict[str, Any], side: str = "violations") -> set[FindingKey]:
    return {finding_key(entry) for entry in truth[side]}


def _x(changes: LifecycleChanges) -> FindingKey:
    return (changes.fixed.rule, changes.fixed.city, changes.fixed.item_code, changes.fixed.dimension, None)


def _y(changes: LifecycleChanges) -> FindingKey:
    return (changes.new.rule, changes.new.city, changes.new.item_code, changes.new.dimension, None)


def _down(changes: LifecycleChanges) -> set[FindingKey]:
    return {
        (rule, changes.down_city, item, dimension, path)
        for rule, item, dimension, path in changes.down_city_violations
    }


def _items(truth: dict[str, Any], city_id: str) -> dict[str, dict[str, Any]]:
    city = next(c for c in truth["cities"] if c["id"] == city_id)
    return {item["item_code"]: item for item in city["items"]}


def test_epochs_are_small_and_deterministic(epochs: list[Province], truths: list[dict[str, Any]]) -> None:
    assert len(epochs) == 3
    assert [province_truth(p) for p in build_lifecycle_provinces()] == truths
    for truth in truths:
        assert len(truth["cities"]) == 4
        assert {c["style"] for c in truth["cities"]} <= set(NON_JS_STYLES)
        for city in truth["cities"]:
            assert not city["up"] or 10 <= len(city["items"]) <= 15


def test_changes_name_what_differs(changes: LifecycleChanges, truths: list[dict[str, Any]]) -> None:
    first, second, third = (_keys(truth) for truth in truths)
    x, y, down = _x(changes), _y(changes), _down(changes)
    assert changes.fixed.city != changes.down_city and changes.new.city != changes.down_city
    assert x != y and down and x in first and y not in first
    assert any(key[2] is not None for key in down), "the down city must have guide-level findings"
    assert down == {key for key in first if key[1] == changes.down_city}
    unreachable = ("portal-unreachable", changes.down_city, None, None, None)
    assert second == (first - {x} - down) | {y, unreachable}
    assert third == first | {y}
    city = next(c for c in truths[1]["cities"] if c["id"] == changes.down_city)
    assert not city["up"] and city["outage"] == "connection-refused" and city["items"] == []
    assert ("shared-data-demanded", changes.fixed.city, changes.fixed.item_code, None, None) in _keys(
        truths[1], "traps"
    )


def test_guides_stay_the_same_except_x_and_y(changes: LifecycleChanges, truths: list[dict[str, Any]]) -> None:
    for city in truths[0]["cities"]:
        before = _items(truths[0], city["id"])
        for epoch in (1, 2):
            after = _items(truths[epoch], city["id"])
            if city["id"] == changes.down_city and epoch == 1:
                assert after == {}
                continue
            assert list(after) == list(before)
            for code, item in after.items():
                differs = {key for key in item if item[key] != before[code][key]}
                if code == changes.new.item_code:
                    assert {"promised_days", "raw_fields", "scenarios"} >= differs >= {"promised_days"}
                elif code == changes.fixed.item_code and epoch == 1:
                    assert {"materials", "raw_fields", "scenarios"} >= differs >= {"materials", "scenarios"}
                else:
                    assert not differs, (epoch, code, differs)
    x_before = _items(truths[0], changes.fixed.city)[changes.fixed.item_code]
    x_fixed = _items(truths[1], changes.fixed.city)[changes.fixed.item_code]
    assert [m["exempt"] for m in x_before["materials"]].count(True) + 1 == [
        m["exempt"] for m in x_fixed["materials"]
    ].count(True)
    y_after = _items(truths[1], changes.new.city)[changes.new.item_code]
    standard = next(s for s in truths[1]["policy"]["standard_items"] if s["code"] == y_after["standard_code"])
    assert y_after["promised_days"] == standard["max_promised_days"] + 1


def test_expected_finding_states(changes: LifecycleChanges, truths: list[dict[str, Any]]) -> None:
    """Every finding's status and dates (epoch numbers) after each of the three scans."""
    states = expected_lifecycle(truths)
    x, y, down = _x(changes), _y(changes), _down(changes)
    unreachable = ("portal-unreachable", changes.down_city, None, None, None)
    steady = _keys(truths[0]) - {x} - down
    assert unreachable in _keys(truths[1])  # the truth: a portal down as the province stands
    assert states[0] == {key: ExpectedFinding("open", 0, 0, history=["opened"]) for key in _keys(truths[0])}
    assert states[1] == {  # one failed night: the down city's findings stay open, no portal-unreachable
        **{key: ExpectedFinding("open", 0, 1, history=["opened"]) for key in steady},
        **{key: ExpectedFinding("open", 0, 0, history=["opened"]) for key in down},
        x: ExpectedFinding("resolved", 0, 0, 1, ["opened", "resolved"]),
        y: ExpectedFinding("open", 1, 1, history=["opened"]),
    }
    assert states[2] == {
        **{key: ExpectedFinding("open", 0, 2, history=["opened"]) for key in steady | down},
        x: ExpectedFinding("reopened", 0, 2, None, ["opened", "resolved", "reopened"]),
        y: ExpectedFinding("open", 1, 2, history=["opened"]),
    }


def _refused(url: str) -> bool:
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_epochs_serve_one_after_another_on_the_same_ports(
    epochs: list[Province], changes: LifecycleChanges, truths: list[dict[str, Any]]
) -> None:
    ports: dict[str, int] | None = None
    configs = []
    for number, (epoch, truth) in enumerate(zip(epochs, truths, strict=True)):
        with serve_province(epoch, ports=ports) as served:
            if ports is not None:
                assert served.ports == ports
            ports = dict(served.ports)
            configs.append(served.config())
            down = served.base_url(changes.down_city)
            assert _refused(down) == (number == changes.down_epoch)
            if number != changes.down_epoch:
                assert fetch(down).status == 200
            for city in truth["cities"]:
                base = served.base_url(city["id"]).rstrip("/")
                for item in city["items"]:
                    text = visible_text(
                        fetch(base + item["guide_path"], follow=True).body.decode(city["charset"])
                    )
                    assert all(value in text for value in item["raw_fields"].values()), (
                        number,
                        item["item_code"],
                    )
            x_page = fetch(served.base_url(changes.fixed.city).rstrip("/") + changes.fixed.guide_path)
            assert x_page.status == 200 and (FIXED_NOTE in x_page.text()) == (number == 1)
            held = http.client.HTTPConnection("127.0.0.1", ports[changes.fixed.city], timeout=5)
            held.request("GET", "/")
            assert held.getresponse().read()
        with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
            held.request("GET", "/")
            held.getresponse().read()
        held.close()
        assert all(_refused(f"http://127.0.0.1:{port}/") for port in ports.values())
    assert configs[0] == configs[1] == configs[2]
