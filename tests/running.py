"""Running the real command line from tests, and the shared scan of the simulated province.

The simulator serves real HTTP on 127.0.0.1 (ephemeral ports), the scan runs the real
command line in a subprocess (Scrapy, headless Chromium for the JavaScript portal, a real
SQLite store), and the tests compare what was stored with the simulator's ground truth.
The ``scanned_province`` fixture (``tests/conftest.py``) makes one such scan per session.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from channel_equity.simulator import build_demo_province, serve_province, write_truth
from channel_equity.store.session import Store, open_store


@dataclass
class ScannedProvince:
    store: Store
    truth: dict[str, Any]
    stdout: str
    config_path: Path
    ports: dict[str, int] = field(default_factory=dict)  # where each city was served: serve it there again
    identity_port: int = 0

    def truth_city(self, city_id: str) -> dict[str, Any]:
        return next(c for c in self.truth["cities"] if c["id"] == city_id)


CRAWLING_COMMANDS = ("scan", "run")


def run_cli(*args: str, timeout: float = 600, probes: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m channel_equity ARGS`` in a subprocess, as a user would run it.

    ``scan`` and ``run`` get ``--no-probes`` unless ``probes``: the browser probes have tests of
    their own (tests/e2e/test_probes.py), and the crawl tests need not wait for them."""
    env = {**os.environ, "COLUMNS": "200"}
    extra = ["--no-probes"] if args and args[0] in CRAWLING_COMMANDS and not probes else []
    return subprocess.run([sys.executable, "-m", "channel_equity", *args, *extra], capture_output=True, text=True,
                          timeout=timeout, env=env)


def scan_demo_province(workdir: Path) -> ScannedProvince:
    """Serve the demo province, scan it with the command line into ``workdir``, open the store."""
    province = build_demo_province()
    truth_path = workdir / "truth.json"
    write_truth(province, truth_path)
    config_path = workdir / "province.yaml"
    with serve_province(province) as served:
        served.write_config(config_path, database=f"sqlite:///{workdir / 'monitor.db'}")
        result = run_cli("scan", "--config", str(config_path))
    assert result.returncode == 0, result.stderr[-3000:]
    store = open_store(f"sqlite:///{workdir / 'monitor.db'}")
    return ScannedProvince(store, json.loads(truth_path.read_text(encoding="utf-8")), result.stdout, config_path,
                           dict(served.ports), served.identity_port)


def copy_store(scanned: ScannedProvince, target: Path) -> str:
    """A copy of the shared scan's SQLite store (for tests that add to it); its URL."""
    source = sqlite3.connect(scanned.store.url.removeprefix("sqlite:///"))
    copy = sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.close()
    return f"sqlite:///{target}"
