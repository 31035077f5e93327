"""The read API for the stages after the crawler (checks, reports) and the command line.

Functions return plain model objects detached from their session (loaded columns stay
readable) or rebuilt :class:`GuideObservation` models, so callers never hold a
transaction open while they work.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from channel_equity.core.observation import GuideObservation, Location, Material
from channel_equity.store.models import (
    Blob,
    FetchError,
    Finding,
    NotJudgedRecord,
    Observation,
    Page,
    Scan,
    ScanCity,
    ScanKind,
    ScanStatus,
)
from channel_equity.store.session import Store, StoreError

FindingFilter = Literal["open", "resolved", "all"]
_OPEN_STATUSES = ("open", "reopened")
_FINISHED: tuple[ScanStatus, ...] = ("finished",)


def get_scan(store: Store, scan_id: int) -> Scan | None:
    """The scan with this id, if any."""
    with store.session() as session:
        return session.get(Scan, scan_id)


def latest_scan(
    store: Store,
    *,
    province_id: str | None = None,
    statuses: Collection[ScanStatus] | None = _FINISHED,
    kind: ScanKind = "nightly",
) -> Scan | None:
    """The most recently started scan of ``kind`` (a nightly scan of the province unless asked),
    by default only among finished ones (what ``check`` and ``report`` want); ``statuses=None``
    includes running and failed scans too."""
    query = select(Scan).where(Scan.kind == kind).order_by(Scan.started_at.desc(), Scan.id.desc()).limit(1)
    if province_id is not None:
        query = query.where(Scan.province_id == province_id)
    if statuses is not None:
        query = query.where(Scan.status.in_(list(statuses)))
    with store.session() as session:
        return session.scalars(query).first()


def city_results(store: Store, scan_id: int) -> list[ScanCity]:
    """Each city's coverage record in a scan, by city id."""
    with store.session() as session:
        query = select(ScanCity).where(ScanCity.scan_id == scan_id).order_by(ScanCity.city_id)
        return list(session.scalars(query))


def not_judged(store: Store, scan_id: int) -> list[NotJudgedRecord]:
    """What the rules could not judge in the scan, by city and rule."""
    with store.session() as session:
        query = (select(NotJudgedRecord).where(NotJudgedRecord.scan_id == scan_id)
                 .order_by(NotJudgedRecord.city_id, NotJudgedRecord.rule, NotJudgedRecord.id))
        return list(session.scalars(query))


def unread_guide_pages(store: Store, scan_id: int) -> list[Page]:
    """Pages of the scan that looked like guides but yielded none, by city and URL."""
    with store.session() as session:
        query = (select(Page).where(Page.scan_id == scan_id, Page.unread_guide)
                 .order_by(Page.city_id, Page.url))
        return list(session.scalars(query))


def fetch_errors(store: Store, scan_id: int, city_id: str | None = None) -> list[FetchError]:
    """The fetch errors of a scan (optionally one city's), in the order they happened."""
    query = select(FetchError).where(FetchError.scan_id == scan_id).order_by(FetchError.id)
    if city_id is not None:
        query = query.where(FetchError.city_id == city_id)
    with store.session() as session:
        return list(session.scalars(query))


_ATTEMPTED: tuple[ScanStatus, ...] = ("finished", "interrupted")


@dataclass(frozen=True)
class PortalAttempt:
    """One scan's attempt at a city's portal: whether any of its entry pages could be fetched.

    ``at`` is when the portal's home page last failed in the scan (its recorded fetch error),
    else when the scan began; ``error`` and ``http_status`` say why it failed (the city's recorded error, the
    status the home page answered with), None when it was reached.
    """

    scan_id: int
    city_id: str
    started_at: datetime
    at: datetime
    reached: bool
    portal_url: str
    error: str | None = None
    http_status: int | None = None


def portal_attempts(
    store: Store,
    province_id: str,
    since: datetime,
    until: datetime,
    *,
    statuses: Collection[ScanStatus] = _ATTEMPTED,
) -> list[PortalAttempt]:
    """Every city's attempt at its portal in the province's scans started after ``since`` and
    no later than ``until``, oldest first: one per scan that recorded the city (a city left out
    of a scan, ``scan --city``, made no attempt). Only finished and interrupted scans count by
    default: a failed or running scan says more about the monitor than about the portals."""
    columns = (ScanCity.scan_id, ScanCity.city_id, Scan.started_at, ScanCity.status, ScanCity.error,
               ScanCity.portal_url)
    query = (select(*columns).join(Scan, Scan.id == ScanCity.scan_id)
             .where(Scan.province_id == province_id, Scan.status.in_(list(statuses)), Scan.kind == "nightly",
                    Scan.started_at > since, Scan.started_at <= until)
             .order_by(Scan.started_at, Scan.id, ScanCity.city_id))
    failed_home = (select(FetchError.scan_id, FetchError.city_id, FetchError.at, FetchError.http_status)
                   .join(ScanCity, (ScanCity.scan_id == FetchError.scan_id) & (ScanCity.city_id == FetchError.city_id)
                         & (ScanCity.portal_url == FetchError.url))
                   .join(Scan, Scan.id == ScanCity.scan_id)
                   .where(ScanCity.status == "unreachable", Scan.province_id == province_id,
                          Scan.status.in_(list(statuses)), Scan.kind == "nightly", Scan.started_at > since,
                          Scan.started_at <= until)
                   .order_by(FetchError.id))
    with store.session() as session:
        rows = session.execute(query).all()
        # the home page's last failure in each scan (after the crawler's retries)
        failures = {(scan_id, city_id): (at, http_status)
                    for scan_id, city_id, at, http_status in session.execute(failed_home)}
    attempts = []
    for scan_id, city_id, started_at, status, error, portal_url in rows:
        reached = status != "unreachable"
        at, http_status = (started_at, None) if reached else failures.get((scan_id, city_id), (started_at, None))
        attempts.append(PortalAttempt(scan_id, city_id, started_at, at, reached, portal_url,
                                      None if reached else error, http_status))
    return attempts


def pages_by_id(store: Store, page_ids: Iterable[int]) -> dict[int, Page]:
    """Pages by id: the evidence (URL, time, status, hash) behind observations."""
    wanted = sorted(set(page_ids))
    result: dict[int, Page] = {}
    with store.session() as session:
        for start in range(0, len(wanted), 500):  # keep IN lists to a size every backend takes
            chunk = wanted[start : start + 500]
            result.update((page.id, page) for page in session.scalars(select(Page).where(Page.id.in_(chunk))))
    return result


def load_observations(
    store: Store, scan_id: int, city_id: str | None = None
) -> list[tuple[int, GuideObservation]]:
    """A scan's observations (optionally one city's) as (observation id, model), in the
    order they were recorded, with materials and locations in the guide's order."""
    query = (
        select(Observation)
        .where(Observation.scan_id == scan_id)
        .options(selectinload(Observation.materials), selectinload(Observation.locations))
        .order_by(Observation.id)
    )
    if city_id is not None:
        query = query.where(Observation.city_id == city_id)
    with store.session() as session:
        return [(row.id, _guide_observation(row)) for row in session.scalars(query)]


def page_body(store: Store, sha256: str) -> bytes:
    """The raw body with this hash, checked against the hash before it is returned.

    Raises ``KeyError`` when no such body is stored and :class:`StoreError` when the stored
    bytes no longer match their hash (evidence must not be silently wrong).
    """
    with store.session() as session:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise KeyError(f"no stored body with sha256 {sha256}")
        body = zlib.decompress(blob.data)
    if hashlib.sha256(body).hexdigest() != sha256 or len(body) != blob.size:
        raise StoreError(f"stored body {sha256} is corrupt: its content no longer matches its hash")
    return body


def findings(store: Store, status: FindingFilter = "open", *, city_id: str | None = None) -> list[Finding]:
    """Findings in a stable order (city, rule, item, dimension).

    ``open`` includes ``reopened``: both are violations standing now.
    """
    query = select(Finding).order_by(
        Finding.city_id, Finding.rule, Finding.item_code, Finding.dimension, Finding.id
    )
    if status == "open":
        query = query.where(Finding.status.in_(_OPEN_STATUSES))
    elif status == "resolved":
        query = query.where(Finding.status == "resolved")
    elif status != "all":
        raise ValueError(f"unknown finding filter {status!r}; expected open, resolved or all")
    if city_id is not None:
        query = query.where(Finding.city_id == city_id)
    with store.session() as session:
        return list(session.scalars(query))


def finding_to_export(finding: Finding) -> dict[str, Any]:
    """One finding in the export shape documented in design.md (``findings --format json``)."""
    return {
        "rule": finding.rule,
        "city": finding.city_id,
        "item_code": finding.item_code,
        "item_name": finding.item_name,
        "standard_code": finding.standard_code,
        "dimension": finding.dimension,
        "severity": finding.severity,
        "status": finding.status,
        "first_seen": export_time(finding.first_seen),
        "last_seen": export_time(finding.last_seen),
        "resolved_at": export_time(finding.resolved_at),  # an extension of design.md's shape
        "message": finding.message,
        "evidence": {
            "url": finding.evidence_url,
            "fetched_at": export_time(finding.evidence_fetched_at),
            "http_status": finding.evidence_http_status,
            "sha256": finding.evidence_sha256,
            "excerpt": finding.evidence_excerpt,
            "snapshot": finding.evidence_snapshot,
            "screenshot": finding.evidence_screenshot,
            "warc": finding.evidence_warc,
            "pages": list(finding.evidence_pages or []),  # page-level rules: every page seen (an extension)
            "quoted": finding.evidence_quoted,  # the excerpt is the page's own words (an extension)
            "spans": list(finding.evidence_spans or []),  # where, in the stored page's text (an extension)
            "basis": finding.evidence_basis,  # how the finding was established (an extension)
        },
    }


def export_time(moment: datetime | None) -> str | None:
    """``2026-11-24T02:00:11Z``: UTC to the second, as exports and reports show times."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _guide_observation(row: Observation) -> GuideObservation:
    """Rebuild the model field by field from the model's own field list, so a field added
    to the contract without a column fails here instead of silently reading as empty."""
    scalar_fields = [name for name in GuideObservation.model_fields if name not in ("materials", "locations")]
    data: dict[str, Any] = {name: getattr(row, name) for name in scalar_fields}
    data["materials"] = [
        Material.model_validate({name: getattr(material, name) for name in Material.model_fields})
        for material in row.materials
    ]
    data["locations"] = [
        Location.model_validate({name: getattr(location, name) for name in Location.model_fields})
        for location in row.locations
    ]
    return GuideObservation.model_validate(data)



def guide_address(store: Store, scan_id: int, city_id: str, item_code: str) -> tuple[str, str | None] | None:
    """Where the scan read the city's guide with this implementation code, and its online entry
    (the first such guide; None when the scan read none)."""
    query = (select(Observation.url, Observation.online_entry_url)
             .where(Observation.scan_id == scan_id, Observation.city_id == city_id, Observation.item_code == item_code)
             .order_by(Observation.id).limit(1))
    with store.session() as session:
        row = session.execute(query).first()
    return (row[0], row[1]) if row is not None else None
