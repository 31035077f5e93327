"""Builders for rule unit tests: a small policy, observations, guide records and a context.

Rules are pure functions of a ``CheckContext``, so the tests build one directly instead of
crawling; ``truth_context`` does the same from the simulator's ground truth, standing in
for a perfect crawler.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from channel_equity.checks.context import (
    CheckContext,
    CityCoverage,
    FetchFailureRecord,
    GuideRecord,
    PageRecord,
)
from channel_equity.checks.matching import standard_index
from channel_equity.checks.rule import Rule
from channel_equity.checks.verdict import Verdict
from channel_equity.core.config import MonitorConfig
from channel_equity.core.observation import GuideObservation
from channel_equity.store.reading import PortalAttempt

SCANNED_AT = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
CITY = "jinghai"
PORTAL = "http://127.0.0.1:8101/"

POLICY: dict[str, Any] = {
    "standard_items": [
        {"code": "000117002000", "name": "个体工商户设立登记", "aliases": ["个体工商户开业登记"],
         "online": "required", "offline": "required", "max_visits": 1, "max_promised_days": 3,
         "max_materials": 3, "levels": ["county", "town"], "village": "optional"},
        {"code": "000105010000", "name": "最低生活保障对象认定", "max_visits": 1, "max_promised_days": 20,
         "max_materials": 6, "levels": ["county", "town"], "village": "required"},
        {"code": "000103006000", "name": "公章刻制备案", "aliases": ["印章刻制备案"], "levels": ["county"]},
        {"code": "000106021000", "name": "人力资源服务许可", "levels": ["city"]},
    ],
    "abolished_items": [
        {"code": "000103901000", "name": "印章刻制审批"},
        {"code": "000117901000", "name": "企业年检"},
    ],
    "shared_data_materials": ["居民身份证复印件", "营业执照复印件"],
    "immediate_share_min": 0.30,
}


def make_config(policy: Mapping[str, Any] | None = None, thresholds: Mapping[str, Any] | None = None,
                cities: Iterable[tuple[str, str]] = ((CITY, PORTAL),)) -> MonitorConfig:
    return MonitorConfig.model_validate({
        "province": {"id": "demo", "name": "示范省"},
        "cities": [{"id": city, "name": city, "portal": portal} for city, portal in cities],
        "policy": dict(policy if policy is not None else POLICY),
        "thresholds": dict(thresholds or {}),
    })


def observation(**fields: Any) -> GuideObservation:
    """A guide with a name and URL; everything else as given."""
    fields.setdefault("name", "个体工商户设立登记")
    fields.setdefault("url", "http://127.0.0.1:8101/bszn/detail?id=1")
    return GuideObservation.model_validate(fields)


def record(obs: GuideObservation, config: MonitorConfig | None = None, city: str = CITY,
           number: int = 1) -> GuideRecord:
    """A guide record matched to the standard list as the check runner would."""
    match = standard_index((config or make_config()).policy).match(obs)
    return GuideRecord(number, city, obs, None, match.item, match.method)


def make_context(guides: Iterable[GuideRecord], config: MonitorConfig | None = None,
                 coverage: Iterable[CityCoverage] = (), pages: Iterable[PageRecord] = (),
                 failures: Iterable[FetchFailureRecord] = ()) -> CheckContext:
    """A context; ``phrases`` is left out (None) because these rules do not read wording."""
    return CheckContext(
        scan_id=1, scanned_at=SCANNED_AT, config=config or make_config(), phrases=cast(Any, None),
        guides=list(guides), coverage={c.city_id: c for c in coverage}, pages=list(pages),
        failures=list(failures),
    )


def coverage(city: str = CITY, status: str = "ok", error: str | None = None, portal: str = PORTAL) -> CityCoverage:
    return CityCoverage(city, status, error, portal, pages_fetched=0 if status == "unreachable" else 10,
                        items_extracted=0)


def judge(rule: Rule, *observations: GuideObservation, config: MonitorConfig | None = None) -> list[Verdict]:
    """Run ``rule`` over guides built from ``observations``."""
    guides = [record(obs, config, number=n) for n, obs in enumerate(observations, start=1)]
    return list(rule.evaluate(make_context(guides, config)))


# --- the simulator's truth as a perfect crawler's observations ----------------------------

GUIDE_INCONSISTENT = "guide-inconsistent"
CONSISTENCY_IDS = {
    "depth-visits": "depth-visits-contradiction",
    "immediate-case-type": "immediate-case-type-mismatch",
    "visit-reason": "visit-reason-missing",
}
"""The simulator's ``guide-inconsistent`` dimensions -> the catalogue's rule ids (until the
simulator declares the new ids itself; both spellings are accepted)."""


def catalogue_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A truth outcome under the catalogue's rule ids."""
    renamed = dict(entry)
    if renamed["rule"] == GUIDE_INCONSISTENT:
        renamed["rule"], renamed["dimension"] = CONSISTENCY_IDS[renamed["dimension"]], None
    return renamed


def truth_context(truth: Mapping[str, Any]) -> CheckContext:
    """What a perfect scan of the simulated province would give the rules: every readable
    guide as its truth says, matched to the standard list; unreachable cities as such, on this
    scan and on each night of the week before (the truth is the province as it stands)."""
    cities = truth["cities"]
    portals = [(city["id"], f"http://127.0.0.1:{8101 + n}/") for n, city in enumerate(cities)]
    config = make_config(truth["policy"], cities=portals)
    guides: list[GuideRecord] = []
    coverages: list[CityCoverage] = []
    for city, (_, portal) in zip(cities, portals, strict=True):
        if not city["up"]:
            coverages.append(coverage(city["id"], "unreachable", "connection refused", portal))
            continue
        coverages.append(coverage(city["id"], portal=portal))
        for item in city["items"]:
            if item["login_wall"]:
                continue  # a crawler reads nothing behind the wall
            obs = GuideObservation.model_validate({name: item[name] for name in GuideObservation.model_fields
                                                   if name in item})
            guides.append(record(obs, config, city["id"], number=len(guides) + 1))
    week = [PortalAttempt(-night, c.city_id, at, at, c.status != "unreachable", c.portal_url, c.error)
            for night in range(1, 7) for at in [SCANNED_AT - timedelta(days=night)] for c in coverages]
    return replace(make_context(guides, config, coverages),
                   attempts_loader=lambda since: [a for a in week if a.started_at > since])


def as_finding(verdict: Verdict) -> dict[str, Any]:
    """A verdict in the export shape that ``channel_equity.quality.rules`` reads."""
    return {"rule": verdict.rule, "city": verdict.city_id, "item_code": verdict.item_code,
            "dimension": verdict.dimension, "evidence": {"url": verdict.evidence.url}}
