"""Complaints followed night after night: the nightly ``run`` re-checks every open complaint.

On the lifecycle province (``simulator.lifecycle``): on night 0 a guide demands a paper the
government holds, and a citizen's complaint about it is substantiated; on night 1 the city has
fixed it (and another city's portal is down), so the nightly run finds the complaint not
reproduced and marks it fixed since its finding resolved — still open until an inspector closes
it — while the complaint about the down city could not be checked; on night 2 the paper is
demanded again and the complaint is substantiated again. A complaint received long ago is
overdue; one received today is not.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from channel_equity.simulator import (
    build_lifecycle_provinces,
    lifecycle_changes,
    province_truth,
    serve_province,
)
from channel_equity.simulator.server import refused_port
from channel_equity.store.complaints import get_complaint
from channel_equity.store.models import Finding
from channel_equity.store.session import open_store
from tests.running import run_cli


def number_of(out: str) -> int:
    return int(out.split("complaint #", 1)[1].split()[0])


def test_the_nightly_run_rechecks_open_complaints_and_picks_up_a_fix(tmp_path: Path) -> None:
    provinces = build_lifecycle_provinces()
    changes = lifecycle_changes()
    truth = province_truth(provinces[0])
    ports = {city["id"]: refused_port("127.0.0.1") for city in truth["cities"]}
    config, db = tmp_path / "province.yaml", f"sqlite:///{tmp_path / 'm.db'}"
    down_item = next(i for c in truth["cities"] if c["id"] == changes.down_city for i in c["items"] if i["item_code"])
    fixed = changes.fixed

    with serve_province(provinces[0], ports=ports) as served:
        served.write_config(config, database=db)
        assert run_cli("run", "--config", str(config), "--out", str(tmp_path / "report")).returncode == 0
        added = [run_cli("complaint", "add", "--config", str(config), "--city", city, "--item", item, "--claim", claim,
                         "--text", "要求提供政府部门已有的证明", "--received", received)
                 for city, item, claim, received in (
                     (fixed.city, fixed.item_code, "shared-data", "2026-09-01"),
                     (changes.down_city, down_item["item_code"], "other", datetime.now(UTC).date().isoformat()))]
    assert all(done.returncode == 0 for done in added), [done.stderr for done in added]
    about_fix, about_down = (number_of(done.stdout) for done in added)
    assert f"complaint #{about_fix}: substantiated — shared-data-demanded" in added[0].stdout

    listed = run_cli("complaint", "list", "--config", str(config)).stdout
    overdue = {int(line.split("│")[1]) for line in listed.splitlines() if "OVERDUE" in line}
    assert overdue == {about_fix}, listed  # received in September; the other came in today

    with serve_province(provinces[1], ports=ports):
        night = run_cli("run", "--config", str(config), "--out", str(tmp_path / "report"))
    assert night.returncode == 3, night.stderr[-2000:]  # the down city is a coverage gap
    assert "complaints re-checked 2 (1 could-not-check, 1 not-reproduced)" in " ".join(night.stdout.split())
    store = open_store(db)
    try:
        row = get_complaint(store, about_fix)
        assert [check.verdict for check in row.checks] == ["substantiated", "not-reproduced"]
        with store.session() as session:
            finding = session.get(Finding, row.checks[0].finding_ids[0])
            assert finding is not None and finding.status == "resolved"
            assert row.fixed_since == finding.resolved_at  # fixed since the night its finding resolved
        assert row.status == "open"  # only an inspector closes it
        down = get_complaint(store, about_down)
        assert down.checks[-1].verdict == "could-not-check" and "could not be fetched" in down.checks[-1].detail
    finally:
        store.close()

    with serve_province(provinces[2], ports=ports):
        again = run_cli("run", "--config", str(config), "--out", str(tmp_path / "report"))
    assert again.returncode == 0, again.stderr[-2000:]
    store = open_store(db)
    try:
        row = get_complaint(store, about_fix)
        assert row.checks[-1].verdict == "substantiated" and row.fixed_since is None  # the paper is demanded again
    finally:
        store.close()
