"""The browser probes over the demo province: how many visits a minute one machine makes, and
how much memory the browser takes at its peak.

The demo province is served on loopback and crawled first without probes; then ``probe`` runs
alone over that scan (every city's home page and every online entry, the IE second visits where
Chromium got nothing) while a sampler adds up, five times a second, the proportional set size
(PSS: shared pages split between the processes that share them) of every Chromium process the
command started — the browser, its GPU and network processes and its renderers.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from channel_equity.simulator import build_demo_province, serve_province
from channel_equity.store.models import ProbeResult
from channel_equity.store.session import open_store


def descendants(root: int) -> list[int]:
    """The processes descending from ``root`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def chromium_pss_kib(root: int) -> int:
    total = 0
    for pid in descendants(root):
        try:
            if b"chrom" not in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0", 1)[0]:
                continue
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def run() -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="ce-bench-probes-") as tmp:
        workdir = Path(tmp)
        db_url = f"sqlite:///{workdir / 'bench.db'}"
        with serve_province(build_demo_province()) as served:
            config = served.write_config(workdir / "bench.yaml", database=db_url)
            subprocess.run([sys.executable, "-m", "channel_equity", "scan", "--config", str(config), "--no-probes"],
                           check=True, stdout=subprocess.DEVNULL)
            started = time.perf_counter()
            process = subprocess.Popen([sys.executable, "-m", "channel_equity", "probe", "--config", str(config)],
                                       stdout=subprocess.DEVNULL)
            peak = [0]

            def sample() -> None:
                while process.poll() is None:
                    peak[0] = max(peak[0], chromium_pss_kib(process.pid))
                    time.sleep(0.2)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            process.wait()
            seconds = time.perf_counter() - started
            sampler.join()
            if process.returncode != 0:
                raise SystemExit(f"probe exited {process.returncode}")
        store = open_store(db_url)
        try:
            with store.session() as session:
                visits = session.scalar(select(func.count()).select_from(ProbeResult)) or 0
                failed = session.scalar(select(func.count()).select_from(ProbeResult)
                                        .where(ProbeResult.status == "failed")) or 0
        finally:
            store.close()
    per_minute = visits / seconds * 60
    peak_mib = peak[0] / 1024
    print(f"probes: demo province, {visits} visits ({failed} failed) in {seconds:.1f} s "
          f"(command start included): {per_minute:.0f} probes per minute; "
          f"peak browser memory {peak_mib:.0f} MiB (PSS of every Chromium process)")
    return per_minute, peak_mib
