"""Crawl throughput on a generated province: pages per second and extraction quality at scale.

The scan runs the real command line in a subprocess against the simulator on 127.0.0.1,
with latency injected into every response so the figure reflects politeness and
concurrency rather than loopback speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from channel_equity.quality.extraction import format_quality_table, score_portal
from channel_equity.simulator import build_large_province, serve_province, write_truth
from channel_equity.store import reading
from channel_equity.store.session import open_store


def run(cities: int, items_per_city: int, latency_ms: int) -> None:
    with tempfile.TemporaryDirectory(prefix="ce-bench-") as tmp:
        workdir = Path(tmp)
        province = build_large_province(cities=cities, items_per_city=items_per_city, latency_ms=latency_ms)
        write_truth(province, workdir / "truth.json")
        truth = json.loads((workdir / "truth.json").read_text(encoding="utf-8"))
        db_url = f"sqlite:///{workdir / 'bench.db'}"
        with serve_province(province) as served:
            served.write_config(workdir / "bench.yaml", database=db_url)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "channel_equity", "scan", "--config", str(workdir / "bench.yaml"),
                            "--no-probes"],
                           check=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - started
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
    print(f"crawl: {cities} cities x {items_per_city} items, {latency_ms} ms latency per response")
    print(f"  {pages} pages, {items} guides in {elapsed:.1f} s = {pages / elapsed:.1f} pages/s, "
          f"{items / elapsed:.1f} guides/s")
    print(format_quality_table(rows))
