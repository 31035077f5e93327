"""A complaint's re-check against a full scan: the seconds one item takes to be read again,
its entry visited in Chromium and its claim's rules run, on the demo province.

The demo province is served on loopback and scanned once (the crawl alone, timed); then each of
the simulator's complaint scenarios (``simulator.complaints``: every claim kind, substantiated
and not) is recorded with ``complaint add``, which re-checks it at once — each command timed
whole, and the re-check alone as the command reports it — and finally ``complaint recheck``
re-checks all of them in one small scan, as the nightly ``run`` does.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from channel_equity.simulator import build_demo_province, serve_province
from channel_equity.simulator.complaints import complaint_scenarios

RECHECKED = re.compile(r"re-checked (\d+) complaint\(s\) in ([\d.]+) s")


def cli(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "channel_equity", *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout


def run() -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="ce-bench-complaints-") as tmp:
        workdir = Path(tmp)
        with serve_province(build_demo_province()) as served:
            config = str(served.write_config(workdir / "bench.yaml", database=f"sqlite:///{workdir / 'bench.db'}"))
            scan_seconds, _ = cli("scan", "--config", config, "--no-probes")
            commands, rechecks = [], []
            for scenario in complaint_scenarios(served.truth()):
                seconds, out = cli("complaint", "add", "--config", config, "--city", scenario.city_id, "--item",
                                   scenario.item_code, "--claim", scenario.claim, "--text", scenario.text)
                found = RECHECKED.search(out)
                assert found is not None, out
                commands.append(seconds)
                rechecks.append(float(found.group(2)))
            batch_seconds, out = cli("complaint", "recheck", "--config", config)
            batch = RECHECKED.search(out)
            assert batch is not None, out
    print(f"complaint re-check (demo province, {len(rechecks)} complaints, every claim kind): one item re-checked "
          f"in median {statistics.median(rechecks):.1f} s (max {max(rechecks):.1f} s; the whole `complaint add` "
          f"median {statistics.median(commands):.1f} s); all {batch.group(1)} open re-checked in one scan in "
          f"{float(batch.group(2)):.1f} s ({batch_seconds:.1f} s the command); the crawl of the province alone "
          f"{scan_seconds:.1f} s")
    return statistics.median(rechecks), float(batch.group(2))
