"""A large store for the report benchmark, written directly (no crawl, no checks).

Three nightly scans of a province of ``cities`` × ``items`` guides: the latest scan's
observations (the simulated demo province's true guides, replicated with distinct codes),
a stored guide page for every finding (the snapshots the report writes), fetch errors,
and about ``findings`` findings with their history — most opened by the first scan, some
opened, resolved or reopened by the later two — so the report has trends, new and resolved
findings, and cities with hundreds of findings each.

Observations and city results go through the store's recording API; pages, findings and
events, of which there are tens of thousands, are inserted in bulk.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update

from channel_equity.core.config import LoadedConfig, MonitorConfig
from channel_equity.core.observation import GuideObservation
from channel_equity.simulator import build_demo_province, province_truth
from channel_equity.store import recording
from channel_equity.store.models import Blob, Finding, FindingEvent, Page, Scan
from channel_equity.store.session import Store, open_store

T0 = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
BATCH = 2000

# (rule, severity, excerpt, message): the shapes of the rules' real evidence
TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    ("online-only", "high", "…咨询电话：0720-3558319 本事项仅受理网上申请，窗口不再接收纸质材料 无…",
     "the guide accepts only online applications: 仅受理网上申请"),
    ("online-only", "high", "办理渠道：网上办理", "the guide offers no counter channel (only online)"),
    ("offline-only", "high", "…网上预审通过后，请携带全部材料原件及复印件到窗口办理 需本人到现场核验身份…",
     "the standard requires online handling but the guide demands a visit"),
    ("exceeds-standard", "medium", "办理时限：14个工作日",
     "promised days: the guide says 14, the province standard allows at most 10"),
    ("exceeds-standard", "medium", "申请材料（6项）：申请表；身份证明；营业执照；场所证明；设备清单；承诺书",
     "materials: the guide demands 6, the province standard allows at most 5"),
    ("shared-data-demanded", "medium", "需提交的共享材料（1项）：居民身份证复印件",
     "demands 1 paper(s) the government already holds: 「居民身份证复印件」"),
    ("unauthorized-delegation", "high", "实施层级：县级", "exercised at county level; the standard allows city level"),
    ("village-gap", "medium", "办理地点：清河区政务服务中心",
     "the province standard requires village handling; the guide lists no village or community centre"),
    ("visit-reason-missing", "low", "跑动次数：1次；必须现场办理原因：无",
     "the guide requires 1 on-site visit(s) but gives no reason why a visit is needed"),
    ("legacy-browser-required", "medium", "…通知公告 | 查询 该系统只支持IE浏览器，请使用IE浏览器进行访问，对此带…",
     "the page demands a legacy browser: 只支持IE"),
    ("login-wall", "medium", "…用户登录 请先登录后查看办事指南 账号： 密码： 验证码：…",
     "the page shows guide information only after a login: 登录后查看办事指南"),
)


@dataclass
class BenchStore:
    loaded: LoadedConfig
    store: Store
    scan_id: int
    findings: int


def guide_body(city: int, item: int, name: str) -> bytes:
    """A guide page of realistic size (about 12 KB), different for every item."""
    rows = "".join(f"<tr><th>字段{n}</th><td>{name} 第{n}项说明，适用于城市{city}的第{item}个事项。</td></tr>"
                   for n in range(120))
    return (f"<html><head><meta charset='utf-8'><title>{name}</title></head><body><h1>{name}</h1>"
            f"<table>{rows}</table><p>本事项仅受理网上申请，窗口不再接收纸质材料</p></body></html>").encode()


def _scan(store: Store, day: int) -> int:
    scan_id = recording.start_scan(store, "bench", None)
    recording.finish_scan(store, scan_id)
    with store.session(write=True) as session:
        session.execute(update(Scan).where(Scan.id == scan_id).values(
            started_at=T0 + timedelta(days=day), finished_at=T0 + timedelta(days=day, hours=2)))
    return scan_id


def _observations(truth: dict[str, Any], city: int, items: int) -> list[GuideObservation]:
    guides = [item for c in truth["cities"] for item in c["items"] if not item.get("login_wall")]
    fields = set(GuideObservation.model_fields) - {"materials", "locations", "raw_fields"}
    result = []
    for n in range(items):
        data = {key: value for key, value in guides[(n + city) % len(guides)].items() if key in fields}
        data.update(item_code=f"{data.get('item_code') or 'X'}-{city:02d}{n:05d}",
                    url=f"http://127.0.0.1:{9000 + city}/guide/{n}", online_entry_url=None)
        result.append(GuideObservation.model_validate(data))
    return result


def _lifecycle(index: int, total: int) -> tuple[int, list[tuple[int, str]], str]:
    """(scan index that opened it, later events as (scan index, kind), final status)."""
    first_wave, second_wave = int(total * 0.90), int(total * 0.96)
    opened = 0 if index < first_wave else 1 if index < second_wave else 2
    events: list[tuple[int, str]] = []
    if index < int(total * 0.04):
        events.append((1, "resolved"))
        if index < int(total * 0.005):
            events.append((2, "reopened"))
    elif index < int(total * 0.07):
        events.append((2, "resolved"))
    status = {"resolved": "resolved", "reopened": "reopened"}.get(events[-1][1], "open") if events else "open"
    return opened, events, status


def build_bench_store(workdir: Path, cities: int, items: int, findings: int) -> BenchStore:
    truth = province_truth(build_demo_province())
    monitor = MonitorConfig.model_validate({
        "province": {"id": "bench", "name": "基准省"}, "policy": truth["policy"],
        "cities": [{"id": f"city{i:02d}", "name": f"城市{i:02d}", "portal": f"http://127.0.0.1:{9000 + i}/"}
                   for i in range(cities)],
    })
    loaded = LoadedConfig(path=workdir / "bench.yaml", monitor=monitor)
    store = open_store(f"sqlite:///{workdir / 'bench.db'}")
    scans = [_scan(store, day) for day in range(3)]
    latest = scans[-1]
    for city in range(cities):
        city_id = f"city{city:02d}"
        observations = _observations(truth, city, items)
        ids: list[int] = []
        for start in range(0, len(observations), BATCH):
            ids += recording.record_observations(store, latest, city_id,
                                                 [(None, obs) for obs in observations[start:start + BATCH]])
        recording.record_matches(store, {oid: (obs.basic_code, "code") if n % 20 else (None, "unmatched")
                                         for n, (oid, obs) in enumerate(zip(ids, observations, strict=True))})
        for scan_id in scans:
            recording.record_city_result(store, scan_id, city_id, portal_url=f"http://127.0.0.1:{9000 + city}/",
                                         status="ok", pages_fetched=items + 40, items_extracted=items)
        for n in range(40):
            recording.record_fetch_error(store, latest, city_id, url=f"http://127.0.0.1:{9000 + city}/guide/x{n}",
                                         kind=("timeout", "http", "refused")[n % 3], http_status=500 if n % 3 == 1
                                         else None, message="simulated failure")
    _write_findings(store, scans, cities, items, findings)
    return BenchStore(loaded, store, latest, findings)


def _write_findings(store: Store, scans: list[int], cities: int, items: int, total: int) -> None:
    blobs: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    lifecycles = []
    for index in range(total):
        city, item = index % cities, (index // cities) % items
        rule, severity, excerpt, message = TEMPLATES[index % len(TEMPLATES)]
        name = f"事项{item:05d}（城市{city:02d}）"
        body = guide_body(city, index, name)
        digest = recording.body_sha256(body)
        url = f"http://127.0.0.1:{9000 + city}/guide/{item}"
        blobs.append({"sha256": digest, "size": len(body), "data": zlib.compress(body, recording.ZLIB_LEVEL)})
        pages.append({"scan_id": scans[-1], "city_id": f"city{city:02d}", "url": url, "http_status": 200,
                      "fetched_at": T0 + timedelta(days=2, minutes=5), "sha256": digest,
                      "detected_encoding": "utf-8"})
        opened, events, status = _lifecycle(index, total)
        lifecycles.append((opened, events))
        resolved_at = T0 + timedelta(days=events[-1][0]) if status == "resolved" else None
        rows.append({
            "fingerprint": f"{rule}|city{city:02d}|{index}", "rule": rule, "city_id": f"city{city:02d}",
            "subject": str(index), "item_code": f"BENCH-{index:06d}", "item_name": name, "standard_code": None,
            "dimension": "materials" if rule == "exceeds-standard" else None, "severity": severity,
            "status": status, "first_seen": T0 + timedelta(days=opened), "last_seen": T0 + timedelta(days=2),
            "resolved_at": resolved_at, "message": message, "last_scan_id": scans[-1], "evidence_url": url,
            "evidence_fetched_at": T0 + timedelta(days=2, minutes=5), "evidence_http_status": 200,
            "evidence_sha256": digest, "evidence_excerpt": excerpt, "evidence_snapshot": f"sha256:{digest}",
            "evidence_screenshot": None,
        })
    with store.session(write=True) as session:
        for start in range(0, total, BATCH):
            session.execute(insert(Blob), blobs[start:start + BATCH])
            session.execute(insert(Page), pages[start:start + BATCH])
        finding_ids: list[int] = []
        for start in range(0, total, BATCH):
            statement = insert(Finding).returning(Finding.id, sort_by_parameter_order=True)
            finding_ids += session.scalars(statement, rows[start:start + BATCH]).all()
        event_rows: list[dict[str, Any]] = []
        for finding_id, (opened, later) in zip(finding_ids, lifecycles, strict=True):
            event_rows.append({"finding_id": finding_id, "scan_id": scans[opened], "event": "opened",
                               "at": T0 + timedelta(days=opened, minutes=30)})
            event_rows += [{"finding_id": finding_id, "scan_id": scans[at], "event": kind,
                            "at": T0 + timedelta(days=at, minutes=30)} for at, kind in later]
        for start in range(0, len(event_rows), BATCH):
            session.execute(insert(FindingEvent), event_rows[start:start + BATCH])
