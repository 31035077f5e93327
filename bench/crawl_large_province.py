"""Crawl throughput on a generated province: pages per second and extraction quality at scale.

The scan runs the real command line in a subprocess against the simulator on 127.0.0.1,
with latency injected into every response so the figure reflects politeness and
concurrency rather than loopback speed.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from channel_equity.quality.extraction import format_quality_table, score_portal
from channel_equity.simulator import build_large_province, serve_province, write_truth
from channel_equity.store import reading
from channel_equity.store.session import open_store

CONCURRENCY_PER_PORTAL = 4
"""The config's default ``crawl.concurrency_per_portal``, which the served config keeps."""


def run(cities: int, items_per_city: int, latency_ms: int) -> None:
    with tempfile.TemporaryDirectory(prefix="ce-bench-") as tmp:
        workdir = Path(tmp)
        province = build_large_province(cities=cities, items_per_city=items_per_city, latency_ms=latency_ms)
        write_truth(province, workdir / "truth.json")
        truth = json.loads((workdir / "truth.json").read_text(encoding="utf-8"))
        db_url = f"sqlite:///{workdir / 'bench.db'}"
        with serve_province(province) as served:
            served.write_config(workdir / "bench.yaml", database=db_url)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "channel_equity", "scan", "--config", str(workdir / "bench.yaml"),
                            "--no-probes"],
                           check=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
        store = open_store(db_url)
        scan = reading.latest_scan(store)
        assert scan is not None
        results = reading.city_results(store, scan.id)
        pages = sum(r.pages_fetched for r in results)
        items = sum(r.items_extracted for r in results)
        rows = []
        for city in truth["cities"]:
            if city["up"]:
                observations = [obs for _, obs in reading.load_observations(store, scan.id, city["id"])]
                rows.append(score_portal(city["id"], city["items"], observations))
        store.close()
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    up = sum(1 for city in truth["cities"] if city["up"])
    bound = up * CONCURRENCY_PER_PORTAL / (latency_ms / 1000) if latency_ms else None
    print(f"crawl: {cities} cities x {items_per_city} items, {latency_ms} ms latency per response")
    print(f"  {pages} pages, {items} guides in {elapsed:.1f} s = {pages / elapsed:.1f} pages/s, "
          f"{items / elapsed:.1f} guides/s")
    print(f"  CPU of the scan process {cpu:.1f} s: {1000 * cpu / max(items, 1):.1f} ms per guide, "
          f"{1000 * cpu / max(pages, 1):.1f} ms per page; peak memory of a child process "
          f"{after.ru_maxrss / 1024:.0f} MB")
    if bound is not None:
        print(f"  network bound {up} portals x {CONCURRENCY_PER_PORTAL} / {latency_ms} ms = {bound:.0f} pages/s: "
              f"ratio {pages / elapsed / bound:.2f}")
    print(format_quality_table(rows))
