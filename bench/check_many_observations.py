"""Checking throughput: all rules plus the findings lifecycle over N generated observations.

The observations are the simulated demo province's true guides, replicated with distinct
codes across cities until there are N of them, written into a fresh SQLite store (setup,
not timed). The timed part is exactly what `channel-equity check` does: load the scan,
match, run every rule, write findings and their history.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from channel_equity.checks.runner import run_checks
from channel_equity.core.config import LoadedConfig, MonitorConfig
from channel_equity.core.observation import GuideObservation
from channel_equity.simulator import build_demo_province, province_truth
from channel_equity.store import recording
from channel_equity.store.session import open_store

CITIES = 20
BATCH = 5000


def replicated_observations(truth: dict[str, Any], count: int) -> list[tuple[str, GuideObservation]]:
    """``count`` observations spread over CITIES cities, each a true guide with a unique code."""
    items = [item for city in truth["cities"] for item in city["items"] if not item.get("login_wall")]
    fields = set(GuideObservation.model_fields)
    result: list[tuple[str, GuideObservation]] = []
    for n in range(count):
        item = items[n % len(items)]
        data = {key: value for key, value in item.items() if key in fields}
        data["item_code"] = f"{item['item_code']}-{n:06d}"
        data["url"] = f"http://127.0.0.1/guide/{n}"
        data["online_entry_url"] = None  # entry fetches are crawl work, not check work
        result.append((f"city{n % CITIES:02d}", GuideObservation.model_validate(data)))
    return result


def run(count: int) -> None:
    truth = province_truth(build_demo_province())
    monitor = MonitorConfig.model_validate({
        "province": {"id": "bench", "name": "基准省"}, "policy": truth["policy"],
        "cities": [{"id": f"city{i:02d}", "name": f"城市{i}", "portal": f"http://127.0.0.1:{9000 + i}/"}
                   for i in range(CITIES)],
    })
    with tempfile.TemporaryDirectory(prefix="ce-bench-check-") as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        loaded = LoadedConfig(path=Path(tmp) / "bench.yaml", monitor=monitor)
        scan_id = recording.start_scan(store, "bench", str(loaded.path))
        observations = replicated_observations(truth, count)
        started = time.perf_counter()
        for city in monitor.cities:
            mine = [(None, obs) for city_id, obs in observations if city_id == city.id]
            for start in range(0, len(mine), BATCH):
                recording.record_observations(store, scan_id, city.id, mine[start:start + BATCH])
            recording.record_city_result(store, scan_id, city.id, portal_url=city.portal, status="ok",
                                         pages_fetched=len(mine), items_extracted=len(mine))
        recording.finish_scan(store, scan_id, "finished")
        setup = time.perf_counter() - started
        started = time.perf_counter()
        summary = run_checks(loaded, store, scan_id)
        first = time.perf_counter() - started
        started = time.perf_counter()
        run_checks(loaded, store, scan_id)
        again = time.perf_counter() - started
        store.close()
    fired = sum(summary.verdicts.values())
    print(f"check: {count} observations in {CITIES} cities (setup {setup:.1f} s, not timed)")
    print(f"  first check {first:.1f} s ({count / first:,.0f} observations/s), {fired} verdicts, "
          f"{summary.lifecycle.opened} findings opened")
    print(f"  re-check of the same scan {again:.1f} s")
