"""Findings as stored and as exported (the ``findings --format json`` shape in design.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from channel_equity.store import Store, reading, recording
from channel_equity.store.models import Finding

EXPORT_KEYS = [
    "rule",
    "city",
    "item_code",
    "item_name",
    "standard_code",
    "dimension",
    "severity",
    "status",
    "first_seen",
    "last_seen",
    "resolved_at",
    "message",
    "evidence",
]
EVIDENCE_KEYS = ["url", "fetched_at", "http_status", "sha256", "excerpt", "snapshot", "screenshot", "warc", "pages",
                 "quoted", "spans", "basis"]


def add_findings(store: Store) -> int:
    scan_id = recording.start_scan(store, "demo", None)
    first_seen = datetime(2026, 11, 24, 2, 0, 11, 654321, tzinfo=UTC)
    beijing = timezone(timedelta(hours=8))
    with store.session(write=True) as session:
        session.add_all(
            [
                Finding(
                    fingerprint="online-only|jinghai|XK-0012-3301",
                    rule="online-only",
                    city_id="jinghai",
                    item_code="XK-0012-3301",
                    item_name="食品经营许可证核发",
                    standard_code="XK-0012",
                    severity="high",
                    status="open",
                    first_seen=first_seen,
                    last_seen=datetime(2026, 11, 25, 10, 0, 9, tzinfo=beijing),
                    message="指南仅接受网上申请",
                    last_scan_id=scan_id,
                    evidence_url="http://127.0.0.1:8101/guide/1",
                    evidence_fetched_at=datetime(2026, 11, 25, 2, 0, 9, tzinfo=UTC),
                    evidence_http_status=200,
                    evidence_sha256="ab" * 32,
                    evidence_excerpt="仅限网上申请",
                    evidence_snapshot="sha256:" + "ab" * 32,
                    evidence_basis="prose",
                ),
                Finding(
                    fingerprint="exceeds-standard|jinghai|XK-0012-3301|visits",
                    rule="exceeds-standard",
                    city_id="jinghai",
                    item_code="XK-0012-3301",
                    dimension="visits",
                    severity="medium",
                    status="reopened",
                    first_seen=first_seen,
                    last_seen=first_seen,
                    message="2 visits, standard allows 0",
                ),
                Finding(
                    fingerprint="portal-unreachable|yunhe",
                    rule="portal-unreachable",
                    city_id="yunhe",
                    severity="high",
                    status="resolved",
                    first_seen=first_seen,
                    last_seen=first_seen,
                    resolved_at=first_seen + timedelta(days=1),
                    message="portal could not be fetched",
                ),
            ]
        )
    return scan_id


def test_export_has_exactly_the_documented_shape(store: Store) -> None:
    add_findings(store)
    exported = [reading.finding_to_export(f) for f in reading.findings(store, "all")]
    json.dumps(exported, ensure_ascii=False)  # serialisable as it is

    online_only = next(item for item in exported if item["rule"] == "online-only")
    assert list(online_only) == EXPORT_KEYS
    assert list(online_only["evidence"]) == EVIDENCE_KEYS
    assert online_only == {
        "rule": "online-only",
        "city": "jinghai",
        "item_code": "XK-0012-3301",
        "item_name": "食品经营许可证核发",
        "standard_code": "XK-0012",
        "dimension": None,
        "severity": "high",
        "status": "open",
        "first_seen": "2026-11-24T02:00:11Z",
        "last_seen": "2026-11-25T02:00:09Z",
        "resolved_at": None,
        "message": "指南仅接受网上申请",
        "evidence": {
            "url": "http://127.0.0.1:8101/guide/1",
            "fetched_at": "2026-11-25T02:00:09Z",
            "http_status": 200,
            "sha256": "ab" * 32,
            "excerpt": "仅限网上申请",
            "snapshot": "sha256:" + "ab" * 32,
            "screenshot": None,
            "warc": None,
            "pages": [],
            "quoted": None,
            "spans": [],
            "basis": "prose",
        },
    }
    portal = next(item for item in exported if item["rule"] == "portal-unreachable")
    assert portal["item_code"] is None and portal["evidence"]["fetched_at"] is None


def test_status_filter_counts_reopened_as_open(store: Store) -> None:
    add_findings(store)
    assert sorted(f.status for f in reading.findings(store, "open")) == ["open", "reopened"]
    assert [f.rule for f in reading.findings(store, "resolved")] == ["portal-unreachable"]
    assert len(reading.findings(store, "all")) == 3
    assert [f.city_id for f in reading.findings(store, "all", city_id="yunhe")] == ["yunhe"]
    with pytest.raises(ValueError):
        reading.findings(store, "closed")  # type: ignore[arg-type]


def test_fingerprint_is_unique(store: Store) -> None:
    add_findings(store)
    duplicate = Finding(
        fingerprint="portal-unreachable|yunhe",
        rule="portal-unreachable",
        city_id="yunhe",
        severity="high",
        first_seen=datetime.now(UTC),
        last_seen=datetime.now(UTC),
        message="again",
    )
    with pytest.raises(IntegrityError), store.session(write=True) as session:
        session.add(duplicate)


def test_message_template_and_arguments_round_trip_and_stay_out_of_the_export(store: Store) -> None:
    args = {"levels": {"terms": ["county level", "town level"], "sep": " / "}, "count": 2,
            "words": "<script>alert('x')</script>仅限网上申请", "standard_name": "人力资源服务许可"}
    with store.session(write=True) as session:
        session.add(Finding(fingerprint="unauthorized-delegation|jinghai|X", rule="unauthorized-delegation",
                            city_id="jinghai", severity="high", first_seen=datetime.now(UTC),
                            last_seen=datetime.now(UTC), message="exercised at county level / town level",
                            message_template="exercised at {levels}", message_args=args))
    [finding] = reading.findings(store, "all")
    assert finding.message_template == "exercised at {levels}" and finding.message_args == args
    exported = reading.finding_to_export(finding)
    assert list(exported) == EXPORT_KEYS and exported["message"] == "exercised at county level / town level"
