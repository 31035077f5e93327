"""The nightly re-scan against a full scan: how much of a first scan's time a second one costs
when 5% of the guides changed in between.

The simulated province is served as the content systems of real portals (TRS, Hanweb) publish
theirs: static pages, each rendered once and served with an ``ETag`` per content, ``304 Not
Modified`` when it still matches, as nginx does; an edited guide's pages are published anew.
Latency is injected into every answer, 304s included. The first scan reads everything into a fresh store; between
the scans every twentieth guide of every city changes its promised days; the second scan asks
each page "if changed" and reads only what did. The figure is the second scan's time as a share
of the first's (the issue's target: at most 25%), and the check that nothing was lost on the way:
as many guides observed, the changed ones with their new days.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from channel_equity.simulator import build_large_province, serve_province
from channel_equity.store.models import Observation
from channel_equity.store.session import open_store

CHANGED_EVERY = 20  # every twentieth guide changes: 5%
TARGET = 0.25


def timed_scan(config: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "channel_equity", "scan", "--config", str(config), "--no-probes"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run(cities: int, items_per_city: int, latency_ms: int) -> float:
    with tempfile.TemporaryDirectory(prefix="ce-bench-rescan-") as tmp:
        workdir = Path(tmp)
        province = build_large_province(cities=cities, items_per_city=items_per_city, latency_ms=latency_ms)
        db_url = f"sqlite:///{workdir / 'bench.db'}"
        changed: dict[tuple[str, str], int] = {}  # (city, item code) -> its new promised days
        republished = 0
        with serve_province(province, static=True) as served:
            config = served.write_config(workdir / "bench.yaml", database=db_url)
            full = timed_scan(config)
            for city in province.cities:
                for item in city.items[::CHANGED_EVERY]:
                    item.promised_days += 1
                    if city.up:
                        changed[(city.id, item.item_code)] = item.promised_days
                        republished += served.republish(city.id, item.item_code)
            again = timed_scan(config)
        store = open_store(db_url)
        try:
            with store.session() as session:
                rows = session.execute(select(Observation.scan_id, Observation.city_id, Observation.item_code,
                                              Observation.promised_days)).all()
        finally:
            store.close()
    guides = {scan: sum(1 for row in rows if row.scan_id == scan) for scan in (1, 2)}
    read_afresh = sum(1 for row in rows
                      if row.scan_id == 2 and changed.get((row.city_id, row.item_code or "")) == row.promised_days)
    ratio = again / full
    print(f"re-scan: {cities} cities x {items_per_city} items, {latency_ms} ms latency, "
          f"{len(changed)} guides changed ({100 / CHANGED_EVERY:.0f}%, {republished} pages published anew)")
    print(f"  full scan {full:.1f} s ({guides[1]} guides), re-scan {again:.1f} s ({guides[2]} guides, "
          f"{read_afresh} changed ones read with their new days): {ratio:.0%} of the full scan "
          f"(target <= {TARGET:.0%})")
    return ratio
