"""``channel-equity demo``: the bundled simulated province, served, scanned, checked and summarised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rich.console import Console

from channel_equity.checks.complaint_items import city_guides, resolve_item
from channel_equity.checks.runner import run_checks
from channel_equity.cli.check import print_check_summary
from channel_equity.cli.complaint import received_day
from channel_equity.cli.complaint_recheck import recheck_and_print
from channel_equity.cli.report import render_report
from channel_equity.cli.scan import scan_and_print
from channel_equity.core.config import LoadedConfig
from channel_equity.simulator import build_demo_province, serve_province, write_truth
from channel_equity.simulator.complaints import demo_complaints
from channel_equity.simulator.demo_config import write_demo_config
from channel_equity.store.complaints import get_complaint, record_complaint
from channel_equity.store.reading import findings, latest_scan
from channel_equity.store.session import Store
from channel_equity.store.triage import Decision, decide

__all__ = ["demo_ports", "run_demo", "write_demo_config"]


def demo_ports(loaded: LoadedConfig) -> dict[str, int]:
    """The demo serves each city on the port its portal URL names in the demo config."""
    return {city.id: urlsplit(city.portal).port or 80 for city in loaded.monitor.cities}


def record_demo_complaints(loaded: LoadedConfig, store: Store, truth: dict[str, Any], console: Console) -> None:
    """Two citizens' complaints, as an inspector would record them after the night's scan: one the
    portal bears out, one it does not; each re-checked at once, like ``complaint add``."""
    scan = latest_scan(store)
    assert scan is not None
    rows = []
    for scenario in demo_complaints(truth):
        found = resolve_item(city_guides(store, scan.id, scenario.city_id), scenario.item_code, [])
        number = record_complaint(store, found.complaint(scenario.item_code, scenario.claim, scenario.text,
                                                         received_day(None, loaded.monitor.today()), None, "demo"))
        console.print(f"complaint #{number} recorded: {scenario.city_id} {found.name}, claim {scenario.claim}",
                      markup=False, highlight=False)
        rows.append(get_complaint(store, number))
    recheck_and_print(loaded, store, rows, console)


DEMO_DISMISSAL = ("visit-reason-missing", "经核实，该事项须到现场核验原件系法定要求，指南另有说明（演示）")
"""The rule of the finding the demo's inspector dismisses, and why: the report shows a dismissal."""


def record_demo_dismissal(store: Store, console: Console) -> None:
    """An inspector's dismissal, as the report shows one: the first open finding of the rule."""
    rule, reason = DEMO_DISMISSAL
    finding = next((row for row in findings(store, "open") if row.rule == rule), None)
    if finding is None:
        return
    decide(store, [finding], Decision("dismiss", reason, "demo"))
    console.print(f"finding #{finding.id} ({rule}, {finding.city_id}) dismissed by the demo's inspector: {reason}",
                  markup=False, highlight=False)


def run_demo(loaded: LoadedConfig, store: Store, workdir: Path, console: Console) -> int:
    province = build_demo_province()
    truth_path = workdir / "ground-truth.json"
    write_truth(province, truth_path)
    with serve_province(province, ports=demo_ports(loaded)):
        console.print(f"serving the simulated province {loaded.monitor.province.name} on 127.0.0.1 "
                      f"({len(loaded.monitor.cities)} city portals)")
        scan_id, _ = scan_and_print(loaded, store, None, console)
        print_check_summary(run_checks(loaded, store, scan_id), console)
        record_demo_complaints(loaded, store, json.loads(truth_path.read_text(encoding="utf-8")), console)
    record_demo_dismissal(store, console)
    index = render_report(loaded, store, workdir / "report", "zh", scan_id)
    console.print(f"report: {index.resolve()}")
    console.print(f"ground truth: {truth_path.resolve()}")
    return scan_id
