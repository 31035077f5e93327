"""``channel-equity demo``: the bundled simulated province, served, scanned, checked and summarised."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console

from channel_equity.checks.runner import run_checks
from channel_equity.cli.check import print_check_summary
from channel_equity.cli.report import render_report
from channel_equity.cli.scan import scan_and_print
from channel_equity.core.config import LoadedConfig
from channel_equity.simulator import build_demo_province, serve_province, write_truth
from channel_equity.simulator.demo_config import write_demo_config
from channel_equity.store.session import Store

__all__ = ["demo_ports", "run_demo", "write_demo_config"]


def demo_ports(loaded: LoadedConfig) -> dict[str, int]:
    """The demo serves each city on the port its portal URL names in the demo config."""
    return {city.id: urlsplit(city.portal).port or 80 for city in loaded.monitor.cities}


def run_demo(loaded: LoadedConfig, store: Store, workdir: Path, console: Console) -> int:
    province = build_demo_province()
    truth_path = workdir / "ground-truth.json"
    write_truth(province, truth_path)
    with serve_province(province, ports=demo_ports(loaded)):
        console.print(f"serving the simulated province {loaded.monitor.province.name} on 127.0.0.1 "
                      f"({len(loaded.monitor.cities)} city portals)")
        scan_id, _ = scan_and_print(loaded, store, None, console)
    print_check_summary(run_checks(loaded, store, scan_id), console)
    index = render_report(loaded, store, workdir / "report", "zh", scan_id)
    console.print(f"report: {index.resolve()}")
    console.print(f"ground truth: {truth_path.resolve()}")
    return scan_id
