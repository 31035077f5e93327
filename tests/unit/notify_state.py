"""A province's store after two scans, written with the real store, for the notification tests.

Scan 1 opened two findings in jinghai. Scan 2 (the run being told) opened seven more there
(one with a hostile item name), reopened one, resolved one (an ``exceeds-standard`` on visits);
yunhe's portal was unreachable; shanlan was read in full with nothing new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from channel_equity.checks.runner import CheckSummary
from channel_equity.cli.nightly import RunOutcome
from channel_equity.core.config import LoadedConfig, load_config
from channel_equity.crawler.scan import CityScanResult
from channel_equity.store import open_store, recording
from channel_equity.store.models import Finding, FindingEvent
from channel_equity.store.session import Store

HOSTILE_NAME = "<img src=x onerror=alert(1)>食品*许可*"
CITIES = [
    {"id": "jinghai", "name": "镜海市", "portal": "http://127.0.0.1:9/"},
    {"id": "yunhe", "name": "云河市", "portal": "http://127.0.0.1:9/"},
    {"id": "shanlan", "name": "山岚市", "portal": "http://127.0.0.1:9/"},
]


@dataclass
class ProvinceState:
    loaded: LoadedConfig
    store: Store
    outcome: RunOutcome


def write_config(tmp_path: Path, notify: dict[str, Any] | None) -> LoadedConfig:
    document: dict[str, Any] = {"province": {"id": "demo", "name": "示范省"}, "cities": CITIES}
    if notify is not None:
        document["notify"] = notify
    path = tmp_path / "province.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return load_config(path)


def finding(number: int, city: str, rule: str, status: str, at: datetime, **columns: Any) -> Finding:
    return Finding(fingerprint=f"f{number}", rule=rule, city_id=city, subject=columns.pop("subject", f"s{number}"),
                   severity=columns.pop("severity", "medium"), status=status, first_seen=at, last_seen=at,
                   message="m", **columns)


def build_state(tmp_path: Path, notify: dict[str, Any] | None) -> ProvinceState:
    loaded = write_config(tmp_path, notify)
    store = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    first = recording.start_scan(store, "demo", loaded.path)
    recording.finish_scan(store, first)
    current = recording.start_scan(store, "demo", loaded.path)
    coverage = {"jinghai": ("ok", None), "yunhe": ("unreachable", "connection refused"), "shanlan": ("ok", None)}
    for city_id, (status, error) in coverage.items():
        recording.record_city_result(store, current, city_id, portal_url="http://127.0.0.1:9/", status=status,  # type: ignore[arg-type]
                                     pages_fetched=0 if error else 12, items_extracted=0 if error else 10,
                                     error=error)
    recording.finish_scan(store, current)
    before, now = datetime(2026, 11, 24, 2, tzinfo=UTC), datetime(2026, 11, 25, 2, tzinfo=UTC)
    earlier = [finding(1, "jinghai", "online-only", "reopened", before, item_name="食品经营许可证核发",
                       item_code="XK-0012-3301", severity="high"),
               finding(2, "jinghai", "exceeds-standard", "resolved", before, item_name="建筑施工许可",
                       item_code="JZ-0001", dimension="visits")]
    opened = [finding(10 + n, "jinghai", "shared-data-demanded", "open", now, item_name=f"事项{n}",
                      item_code=f"SD-{n:04d}") for n in range(6)]
    opened.append(finding(20, "jinghai", "online-only", "open", now, item_name=HOSTILE_NAME, item_code="XK-9",
                          severity="critical"))
    with store.session(write=True) as session:
        session.add_all(earlier + opened)
        session.flush()
        events = [FindingEvent(finding_id=f.id, scan_id=first, event="opened", at=before) for f in earlier]
        events += [FindingEvent(finding_id=earlier[0].id, scan_id=first, event="resolved", at=before + timedelta(hours=1)),
                   FindingEvent(finding_id=earlier[0].id, scan_id=current, event="reopened", at=now),
                   FindingEvent(finding_id=earlier[1].id, scan_id=current, event="resolved", at=now)]
        events += [FindingEvent(finding_id=f.id, scan_id=current, event="opened", at=now) for f in opened]
        session.add_all(events)
    results = [CityScanResult(city_id, status, 0 if error else 12, 0 if error else 10, 1 if error else 0, error)  # type: ignore[arg-type]
               for city_id, (status, error) in coverage.items()]
    report = tmp_path / "report" / "index.html"
    return ProvinceState(loaded, store, RunOutcome(current, results, CheckSummary(current, guides=20), report))
