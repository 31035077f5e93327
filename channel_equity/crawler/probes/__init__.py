"""Headless-browser probes: the portal used in a real Chromium, the way a citizen uses it.

The crawl reads what guides say; the probes visit what a citizen meets — each city's home page
and the online entries its guides offer — and keep what they saw as evidence (the page as
rendered, a screenshot, a WARC of the visit, timings, console errors). ``run_probes`` is what
``scan`` runs after the crawl and what ``probe`` runs alone over the latest scan.
"""

from __future__ import annotations

from collections.abc import Iterable

from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.probes.runner import ProbeRunSummary, ProgressCallback, run_probe_targets
from channel_equity.crawler.probes.targets import (
    ProbeTarget,
    entry_targets,
    guide_targets,
    journey_targets,
    portal_targets,
    with_accessibility_sample,
)
from channel_equity.store.probing import clear_probes
from channel_equity.store.session import Store


def run_probes(loaded: LoadedConfig, store: Store, scan_id: int, city_ids: Iterable[str] | None = None,
               items: Iterable[str] | None = None, on_progress: ProgressCallback | None = None) -> ProbeRunSummary:
    """Probe the scan's cities (all configured, or those named; ``items``: only those guides'
    entries) and store the results under the scan. Probing whole cities again replaces their
    earlier visits in the scan; probing items adds visits (the rules read the latest of each)."""
    cities = list(city_ids) if city_ids is not None else [city.id for city in loaded.monitor.cities]
    settings = loaded.monitor.probes
    wanted = list(items) if items is not None else None
    targets = [] if wanted is not None else portal_targets(loaded, cities) + guide_targets(
        store, scan_id, cities, settings.guide_samples) + journey_targets(loaded, store, scan_id, cities,
                                                                          settings.journeys)
    entries = entry_targets(store, scan_id, cities, settings.entry_rotation, wanted)
    if wanted is None and settings.accessibility_entries is not None:
        entries = with_accessibility_sample(entries, scan_id, settings.accessibility_entries)
    targets += entries
    if wanted is None:  # a whole city probed again: its earlier visits in this scan go
        clear_probes(store, scan_id, cities)
    return run_probe_targets(store, scan_id, settings, targets, on_progress)


__all__ = ["ProbeRunSummary", "ProbeTarget", "run_probes"]
