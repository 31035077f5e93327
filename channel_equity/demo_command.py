"""``channel-equity demo``: the bundled simulated province, served, scanned, checked and summarised."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console

from channel_equity.check_command import print_check_summary
from channel_equity.config import LoadedConfig
from channel_equity.report_command import render_report
from channel_equity.scan_command import scan_and_print
from channel_equity.store.session import Store
from checks.runner import run_checks
from crawler.simulator import build_demo_province, serve_province, write_truth


def demo_ports(loaded: LoadedConfig) -> dict[str, int]:
    """The demo serves each city on the port its portal URL names in config/demo.yaml."""
    return {city.id: urlsplit(city.portal).port or 80 for city in loaded.monitor.cities}


def run_demo(loaded: LoadedConfig, store: Store, workdir: Path, console: Console) -> int:
    province = build_demo_province()
    truth_path = workdir / "ground-truth.json"
    write_truth(province, truth_path)
    with serve_province(province, ports=demo_ports(loaded)):
        console.print(f"serving the simulated province {loaded.monitor.province.name} on 127.0.0.1 "
                      f"({len(loaded.monitor.cities)} city portals)")
        scan_id = scan_and_print(loaded, store, None, console)
    print_check_summary(run_checks(loaded, store, scan_id), console)
    index = render_report(loaded, store, workdir / "report", "zh", scan_id)
    console.print(f"report: {index.resolve()}")
    console.print(f"ground truth: {truth_path.resolve()}")
    return scan_id
