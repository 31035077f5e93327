"""Bulk reads of one scan for the checks: plain column selects, no ORM objects per row.

A province scan holds tens of thousands of guides; building ORM objects with their
children for each one costs more than all the rules together, so the context is read
with a handful of Core queries and assembled in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import select

from channel_equity.checks.context import (
    CityCoverage,
    FetchFailureRecord,
    GuideRecord,
    PageRecord,
    ProbeVisit,
    ProbeVisits,
)
from channel_equity.core.observation import GuideObservation, Location, Material
from channel_equity.store.models import (
    FetchError,
    Observation,
    ObservedLocation,
    ObservedMaterial,
    Page,
    ProbeResult,
    Scan,
    ScanCity,
)
from channel_equity.store.session import Store

OBSERVATION_FIELDS = [name for name in GuideObservation.model_fields if name not in ("materials", "locations")]
MATERIAL_FIELDS = list(Material.model_fields)
LOCATION_FIELDS = list(Location.model_fields)


ModelT = TypeVar("ModelT", bound=BaseModel)


def trusted_model(cls: type[ModelT], values: dict[str, Any]) -> ModelT:
    """A model instance from values the store already validated, every field present.

    What ``model_construct`` does minus default handling, which costs ~10 µs a call —
    seconds over a province's guides with their materials and halls.
    """
    instance = cls.__new__(cls)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", set(values))
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


PAGE_COLUMNS = (Page.id, Page.city_id, Page.url, Page.final_url, Page.http_status, Page.fetched_at, Page.sha256,
                Page.detected_encoding)


def page_record(row: Any) -> PageRecord:
    """A row of :data:`PAGE_COLUMNS` as the checks read a page (no redirect: the final URL is the URL)."""
    return PageRecord(row[0], row[1], row[2], row[3] or row[2], row[4], row[5], row[6], row[7])


def load_pages(store: Store, scan_id: int) -> list[PageRecord]:
    """The crawl's pages of the scan (the probes' rendered pages are read with their visits)."""
    query = select(*PAGE_COLUMNS).where(Page.scan_id == scan_id, Page.probed.is_(False)).order_by(Page.id)
    with store.session() as session:
        return [page_record(row) for row in session.execute(query)]


def load_failures(store: Store, scan_id: int) -> list[FetchFailureRecord]:
    columns = (FetchError.city_id, FetchError.url, FetchError.kind, FetchError.message, FetchError.http_status,
               FetchError.at)
    with store.session() as session:
        rows = session.execute(select(*columns).where(FetchError.scan_id == scan_id).order_by(FetchError.id)).all()
    return [FetchFailureRecord(*row) for row in rows]


def load_coverage(store: Store, scan_id: int) -> dict[str, CityCoverage]:
    columns = (ScanCity.city_id, ScanCity.status, ScanCity.error, ScanCity.portal_url, ScanCity.pages_fetched,
               ScanCity.items_extracted, ScanCity.stated_total, ScanCity.unread_guides)
    with store.session() as session:
        rows = session.execute(select(*columns).where(ScanCity.scan_id == scan_id)).all()
    return {row[0]: CityCoverage(*row) for row in rows}


def _children(store: Store, model: Any, fields: list[str], scan_id: int) -> dict[int, list[dict[str, Any]]]:
    columns = [model.observation_id, *(getattr(model, name) for name in fields)]
    query = (select(*columns).join(Observation, Observation.id == model.observation_id)
             .where(Observation.scan_id == scan_id).order_by(model.observation_id, model.position))
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with store.session() as session:
        for row in session.execute(query):
            grouped[row[0]].append(dict(zip(fields, row[1:], strict=True)))
    return grouped


def load_guides(store: Store, scan_id: int, pages: dict[int, PageRecord]) -> list[GuideRecord]:
    """Every observation of the scan, rebuilt without re-validation (the store validated it)."""
    materials = _children(store, ObservedMaterial, MATERIAL_FIELDS, scan_id)
    locations = _children(store, ObservedLocation, LOCATION_FIELDS, scan_id)
    columns = [Observation.id, Observation.city_id, Observation.page_id,
               *(getattr(Observation, name) for name in OBSERVATION_FIELDS)]
    guides: list[GuideRecord] = []
    with store.session() as session:
        rows = session.execute(select(*columns).where(Observation.scan_id == scan_id).order_by(Observation.id))
        for row in rows:
            observation_id, city_id, page_id = row[0], row[1], row[2]
            data = dict(zip(OBSERVATION_FIELDS, row[3:], strict=True))
            data["materials"] = [trusted_model(Material, m) for m in materials.get(observation_id, ())]
            data["locations"] = [trusted_model(Location, loc) for loc in locations.get(observation_id, ())]
            data["levels"] = list(data["levels"] or [])
            data["channels"] = list(data["channels"] or [])
            data["raw_fields"] = dict(data["raw_fields"] or {})
            observation = trusted_model(GuideObservation, data)
            guides.append(GuideRecord(observation_id, city_id, observation, pages.get(page_id) if page_id else None))
    return guides


def recent_scans(store: Store, scan_id: int, count: int) -> list[int]:
    """This scan and the province's ``count - 1`` scans of its kind before it (newest first): a
    complaint's re-check judges what it saw itself, never an earlier night's visits."""
    with store.session() as session:
        province, kind = session.execute(select(Scan.province_id, Scan.kind).where(Scan.id == scan_id)).one()
        if kind != "nightly":
            return [scan_id]
        query = (select(Scan.id).where(Scan.province_id == province, Scan.id <= scan_id, Scan.kind == kind)
                 .order_by(Scan.id.desc()).limit(count))
        return list(session.scalars(query))


def load_probe_visits(store: Store, scan_ids: Iterable[int]) -> ProbeVisits:
    """Every probe visit of the scans, with its rendered page as evidence."""
    wanted = list(scan_ids)
    with store.session() as session:
        rows = list(session.scalars(select(ProbeResult).where(ProbeResult.scan_id.in_(wanted))))
        page_ids = [row.page_id for row in rows if row.page_id is not None]
        pages = {row[0]: page_record(row)
                 for row in session.execute(select(*PAGE_COLUMNS).where(Page.id.in_(page_ids)))} if page_ids else {}
        visits = [ProbeVisit(
            row.scan_id, row.city_id, row.probe, row.role, row.variant, row.target_url, row.item_code,
            row.status == "done", row.error, row.final_url, row.http_status, tuple(row.redirects or ()),
            dict(row.facts or {}), dict(row.timings or {}), row.started_at,
            pages.get(row.page_id) if row.page_id is not None else None,
            f"sha256:{row.screenshot_sha256}" if row.screenshot_sha256 else None,
            f"sha256:{row.warc_sha256}" if row.warc_sha256 else None) for row in rows]
    return ProbeVisits(visits)
