"""Three consecutive scans with changes between them: every finding's status and dates.

Epoch 0 → 1: one violation is fixed (the guide is still there, fetched and compliant), a
new one appears, and one portal is down (its findings must stay open: no observation is
not compliance; one failed night is a coverage gap, never a portal-unreachable finding).
Epoch 1 → 2: the fixed violation comes back (reopened), the portal is up. The expected
states come from the simulator's truths through the test oracle.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from channel_equity.checks.registry import ALL_RULES
from channel_equity.quality.rules import finding_identity
from channel_equity.simulator import (
    build_lifecycle_provinces,
    lifecycle_changes,
    province_truth,
    serve_province,
)
from channel_equity.simulator.server import refused_port
from channel_equity.store import reading
from channel_equity.store.models import Finding, FindingEvent
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.simulator.oracle import expected_lifecycle

PAGE_RULES = frozenset(rule.id for rule in ALL_RULES if rule.scope == "page")


def as_export_key(key: tuple[str, str, str | None, str | None, str | None]) -> tuple[str, str, str | None, str | None]:
    rule, city, item_code, dimension, path = key
    return rule, city, item_code or path, dimension


def z(moment: datetime) -> str:
    return reading.export_time(moment) or ""


def scan_epoch(province: Any, ports: dict[str, int], config: Path, db: str) -> str:
    """Scan and check the epoch; what `check` printed."""
    with serve_province(province, ports=ports) as served:
        served.write_config(config, database=db)
        scanned = run_cli("scan", "--config", str(config))
    assert scanned.returncode == 0, scanned.stderr[-2000:]
    checked = run_cli("check", "--config", str(config))
    assert checked.returncode == 0, checked.stderr[-2000:]
    return checked.stdout


def test_three_scans_open_resolve_reopen_and_keep_unobserved_findings_open(tmp_path: Path) -> None:
    provinces = build_lifecycle_provinces()
    truths = [province_truth(p) for p in provinces]
    changes = lifecycle_changes()
    expected_after = expected_lifecycle(truths)
    ports = {city["id"]: refused_port("127.0.0.1") for city in truths[0]["cities"]}
    config, db = tmp_path / "province.yaml", f"sqlite:///{tmp_path / 'm.db'}"
    scan_times: list[str] = []
    for epoch, province in enumerate(provinces):
        checked = scan_epoch(province, ports, config, db)
        store = open_store(db)
        scan = reading.latest_scan(store)
        assert scan is not None
        scan_times.append(z(scan.started_at))
        down = {c.city_id for c in reading.city_results(store, scan.id) if c.status == "unreachable"}
        assert down == ({changes.down_city} if epoch == changes.down_epoch else set()), epoch  # the coverage gap
        said = f"unreachable portals (not checked): {changes.down_city}" in " ".join(checked.split())
        assert said == (epoch == changes.down_epoch), checked
        exported = json.loads(run_cli("findings", "--config", str(config), "--status", "all").stdout)
        actual = {finding_identity(f, PAGE_RULES): f for f in exported}
        expected = {as_export_key(k): v for k, v in expected_after[epoch].items()}
        assert set(actual) == set(expected), (epoch, set(actual) ^ set(expected))
        for key, want in expected.items():
            got = actual[key]
            assert got["status"] == want.status, (epoch, key, got["status"], want.status)
            assert got["first_seen"] == scan_times[want.first_seen], (epoch, key)
            assert got["last_seen"] == scan_times[want.last_seen], (epoch, key)
            want_resolved = scan_times[want.resolved_at] if want.resolved_at is not None else None
            assert got["resolved_at"] == want_resolved, (epoch, key)
        store.close()

    fixed = actual[(changes.fixed.rule, changes.fixed.city, changes.fixed.item_code, changes.fixed.dimension)]
    assert fixed["status"] == "reopened" and fixed["resolved_at"] is None
    new = actual[(changes.new.rule, changes.new.city, changes.new.item_code, changes.new.dimension)]
    assert new["first_seen"] == scan_times[1] and new["status"] == "open"
    down_findings = [f for f in actual.values() if f["city"] == changes.down_city]
    assert down_findings and all(f["status"] == "open" and f["last_seen"] == scan_times[2] for f in down_findings)
    assert "portal-unreachable" not in {f["rule"] for f in actual.values()}  # one failed night: a gap, no finding

    store = open_store(db)
    with store.session() as session:
        finding_id = session.query(Finding.id).filter(
            Finding.item_code == changes.fixed.item_code, Finding.rule == changes.fixed.rule).one()[0]
        events = session.query(FindingEvent.event).filter(FindingEvent.finding_id == finding_id)
        history = [event for (event,) in events.order_by(FindingEvent.id)]
    assert history == ["opened", "resolved", "reopened"]
    store.close()
