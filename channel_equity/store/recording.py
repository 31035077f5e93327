"""The write API the crawler pipeline uses: scans, pages, fetch errors, observations.

Every function is one short transaction of its own, so it can be called from the
crawler's (Twisted) thread while another thread reads, and a crash loses at most the
record being written. Where thousands of rows arrive together, :func:`record_observations`
writes a batch in one transaction.

Arguments are checked before anything is written: an unknown status is a bug in the
caller and fails loudly here, not as a constraint violation deep in the database.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import ColumnElement, Insert, Table, delete, insert, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from channel_equity.core.observation import GuideObservation
from channel_equity.store.models import (
    CITY_STATUSES,
    MATCH_METHODS,
    SCAN_STATUSES,
    Base,
    Blob,
    CityStatus,
    FetchError,
    MatchMethod,
    NotJudgedRecord,
    Observation,
    ObservedLocation,
    ObservedMaterial,
    Page,
    Scan,
    ScanCity,
    ScanKind,
    ScanStatus,
    utcnow,
)
from channel_equity.store.session import Store

ZLIB_LEVEL = 6
"""zlib's default: HTML compresses about 5-10x; higher levels cost much CPU for little."""


def body_sha256(body: bytes) -> str:
    """The hex SHA-256 that identifies a body in the store and in findings' evidence."""
    return hashlib.sha256(body).hexdigest()


def start_scan(
    store: Store, province_id: str, config_path: str | Path | None, *, notes: str | None = None,
    kind: ScanKind = "nightly",
) -> int:
    """Record that a scan began (``kind``: a nightly scan of the province, or a complaint's
    re-check of one item); returns its id for the other calls."""
    scan = Scan(
        province_id=province_id,
        kind=kind,
        config_path=str(config_path) if config_path is not None else None,
        started_at=utcnow(),
        status="running",
        notes=notes,
    )
    with store.session(write=True) as session:
        session.add(scan)
        session.flush()
        return scan.id


def finish_scan(
    store: Store, scan_id: int, status: ScanStatus = "finished", *, notes: str | None = None
) -> None:
    """Close a scan with its final status (``finished``, ``failed`` or ``interrupted``)."""
    _check_choice("scan status", status, SCAN_STATUSES)
    values: dict[str, object] = {"status": status, "finished_at": utcnow()}
    if notes is not None:
        values["notes"] = notes
    with store.session(write=True) as session:
        result = session.execute(update(Scan).where(Scan.id == scan_id).values(**values))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise LookupError(f"no scan {scan_id}")


def interrupt_running_scans(store: Store, province_id: str) -> list[int]:
    """Mark nightly scans left ``running`` by a crashed process as ``interrupted``; returns their ids.

    Call before :func:`start_scan` when only one scan of a province runs at a time. A complaint's
    re-check, which runs beside the nightly scan, marks its own scan when it fails.
    """
    with store.session(write=True) as session:
        ids = list(session.scalars(select(Scan.id).where(Scan.province_id == province_id, Scan.status == "running",
                                                         Scan.kind == "nightly")))
        if ids:
            session.execute(
                update(Scan).where(Scan.id.in_(ids)).values(status="interrupted", finished_at=utcnow())
            )
        return ids


def reopen_scan(store: Store, scan_id: int) -> None:
    """Make an ``interrupted`` scan ``running`` again, to be resumed by a new crawl.

    Its pages and observations stay (the resumed crawl answers their requests from the store);
    its fetch errors and city results go, for the resumed crawl asks the failed requests again
    and counts each city afresh. The scan's notes say when it was resumed.
    """
    with store.session(write=True) as session:
        scan = session.get(Scan, scan_id)
        if scan is None or scan.status != "interrupted":
            state = "no such scan" if scan is None else f"it is {scan.status}"
            raise LookupError(f"scan {scan_id} cannot be resumed: {state}")
        resumed = f"resumed {utcnow().isoformat(timespec='seconds')}"
        scan.notes = f"{scan.notes}; {resumed}" if scan.notes else resumed
        scan.status, scan.finished_at = "running", None
        session.execute(delete(FetchError).where(FetchError.scan_id == scan_id))
        session.execute(delete(ScanCity).where(ScanCity.scan_id == scan_id))


def replace_page_observations(
    store: Store, scan_id: int, city_id: str, page_id: int, observations: Iterable[GuideObservation]
) -> None:
    """The guides read from a stored page, in place of whatever was recorded from it before:
    a resumed scan reads its stored pages again, and a crash may have come between a page and
    its guides. One transaction, so a guide is never there twice nor missing."""
    rows = [_observation_row(scan_id, city_id, page_id, obs) for obs in observations]
    with store.session(write=True) as session:
        old = select(Observation.id).where(Observation.page_id == page_id)
        session.execute(delete(ObservedMaterial).where(ObservedMaterial.observation_id.in_(old)))
        session.execute(delete(ObservedLocation).where(ObservedLocation.observation_id.in_(old)))
        session.execute(delete(Observation).where(Observation.page_id == page_id))
        session.add_all(rows)


def record_page(
    store: Store,
    scan_id: int,
    city_id: str,
    *,
    url: str,
    body: bytes,
    http_status: int,
    final_url: str | None = None,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    declared_encoding: str | None = None,
    detected_encoding: str | None = None,
    rendered: bool = False,
    request_key: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> int:
    """Store one fetched response as evidence; the body is kept once per distinct content.

    ``body`` is the raw bytes as received (undecoded), so the stored hash matches what the
    server sent whatever encoding it claimed. ``request_key`` names the request that fetched
    it (a resumed scan answers that request from the store), ``etag`` and ``last_modified``
    are the response's validators (the next scan asks whether the page changed since).
    Returns the page id.
    """
    digest = body_sha256(body)
    with store.session(write=True) as session:
        store_blob(session, digest, body)
        page = Page(
            scan_id=scan_id,
            city_id=city_id,
            url=url,
            final_url=final_url if final_url != url else None,
            http_status=http_status,
            fetched_at=fetched_at or utcnow(),
            content_type=content_type,
            declared_encoding=declared_encoding,
            detected_encoding=detected_encoding,
            sha256=digest,
            rendered=rendered,
            request_key=request_key,
            etag=etag,
            last_modified=last_modified,
        )
        session.add(page)
        session.flush()
        return page.id


@dataclass(frozen=True)
class UnchangedPage:
    """A page unchanged since the last scan (the server said 304, or sent the same bytes): the
    last scan's page, and what this fetch adds (when, by which request, its validators)."""

    previous_page_id: int
    fetched_at: datetime | None = None
    request_key: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def record_unchanged_pages(store: Store, scan_id: int, pages: Iterable[UnchangedPage]) -> list[int]:
    """Pages unchanged since the last scan: a new page row on each one's stored body, and the
    guides read from it then, observed again in this scan — without parsing or storing the
    pages again. Copied inside the database (INSERT … SELECT), all in one transaction (many
    pages are written together: a re-scan has thousands); returns the new pages' ids."""
    with store.session(write=True) as session:
        return [_copy_page(session, scan_id, page) for page in pages]


def _copy_page(session: Session, scan_id: int, page: UnchangedPage) -> int:
    new_values = {"scan_id": literal(scan_id), "fetched_at": literal(page.fetched_at or utcnow(), Page.fetched_at.type)}
    for column in ("request_key", "etag", "last_modified"):
        value = getattr(page, column)
        if value is not None:
            new_values[column] = literal(value, Page.__table__.c[column].type)
    old_page = page.previous_page_id
    page_id = session.scalar(_copy_rows(Page, Page.id == old_page, new_values).returning(Page.id))
    if page_id is None:
        raise LookupError(f"no page {old_page}")
    old_guides = session.scalars(select(Observation.id).where(Observation.page_id == old_page)
                                 .order_by(Observation.id)).all()
    for old_id in old_guides:
        guide_id = session.scalar(_copy_rows(Observation, Observation.id == old_id, {
            "scan_id": literal(scan_id), "page_id": literal(page_id)}).returning(Observation.id))
        for part in (ObservedMaterial, ObservedLocation):
            session.execute(_copy_rows(part, part.observation_id == old_id, {"observation_id": literal(guide_id)}))
    return int(page_id)


def _copy_rows(model: type[Base], where: ColumnElement[bool], new_values: Mapping[str, Any]) -> Insert:
    """INSERT INTO model SELECT its rows matching ``where``, with ``new_values`` (SQL expressions)
    in place of their own columns and a fresh id."""
    table = cast(Table, model.__table__)
    columns = [column for column in table.c if column.key != "id"]
    selected = [new_values.get(column.key, column) for column in columns]
    return insert(table).from_select([column.key for column in columns], select(*selected).where(where))


def record_fetch_error(
    store: Store,
    scan_id: int,
    city_id: str,
    *,
    url: str,
    kind: str,
    message: str,
    http_status: int | None = None,
    at: datetime | None = None,
) -> int:
    """Record a request that yielded no usable page (a coverage gap); returns its id.

    ``kind`` is one of :data:`~channel_equity.store.models.FETCH_ERROR_KINDS` by
    convention; other values are stored as given.
    """
    error = FetchError(
        scan_id=scan_id,
        city_id=city_id,
        url=url,
        kind=kind,
        message=message,
        http_status=http_status,
        at=at or utcnow(),
    )
    with store.session(write=True) as session:
        session.add(error)
        session.flush()
        return error.id


def record_observation(
    store: Store, scan_id: int, city_id: str, page_id: int | None, obs: GuideObservation
) -> int:
    """Store what one guide said, with its materials and locations; returns its id."""
    return record_observations(store, scan_id, city_id, [(page_id, obs)])[0]


def record_observations(
    store: Store, scan_id: int, city_id: str, items: Iterable[tuple[int | None, GuideObservation]]
) -> list[int]:
    """Store many observations of one city in one transaction; ids in the given order.

    For bulk work (re-ingesting a crawl, a pipeline that buffers items): one commit per
    batch instead of one per guide.
    """
    rows = [_observation_row(scan_id, city_id, page_id, obs) for page_id, obs in items]
    with store.session(write=True) as session:
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def record_city_result(
    store: Store,
    scan_id: int,
    city_id: str,
    *,
    portal_url: str,
    status: CityStatus,
    pages_fetched: int = 0,
    items_extracted: int = 0,
    error_count: int = 0,
    error: str | None = None,
    stated_total: int | None = None,
    unread_guides: int = 0,
) -> None:
    """Record how a city's portal went in a scan; a second call for the same city (a
    resumed scan) replaces the first. ``stated_total`` is the item count the portal's own
    lists state, ``unread_guides`` the pages that looked like guides but yielded none."""
    _check_choice("city status", status, CITY_STATUSES)
    values = {
        "scan_id": scan_id,
        "city_id": city_id,
        "portal_url": portal_url,
        "status": status,
        "pages_fetched": pages_fetched,
        "items_extracted": items_extracted,
        "error_count": error_count,
        "error": error,
        "stated_total": stated_total,
        "unread_guides": unread_guides,
    }
    dialect = postgresql if store.dialect == "postgresql" else sqlite
    statement = dialect.insert(ScanCity).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=[ScanCity.scan_id, ScanCity.city_id],
        set_={key: statement.excluded[key] for key in values if key not in ("scan_id", "city_id")},
    )
    with store.session(write=True) as session:
        session.execute(statement)


def mark_unread_guides(store: Store, scan_id: int, city_id: str, urls: Iterable[str]) -> None:
    """Flag the city's pages at ``urls`` as guide-like pages that yielded no guide."""
    urls = list(urls)
    if not urls:
        return
    with store.session(write=True) as session:
        for start in range(0, len(urls), 500):
            session.execute(update(Page).where(Page.scan_id == scan_id, Page.city_id == city_id,
                                               Page.url.in_(urls[start:start + 500])).values(unread_guide=True))


def drop_online_entries(store: Store, scan_id: int, city_id: str, urls: Iterable[str]) -> None:
    """Forget ``urls`` as online entries of the city's guides in the scan: the crawler found
    them to be the portal's navigation, not any guide's own 在线办理. They are kept aside
    (``shared_entry_url``), so that the next scan still counts them as navigation."""
    urls = list(urls)
    if not urls:
        return
    with store.session(write=True) as session:
        session.execute(update(Observation).where(
            Observation.scan_id == scan_id, Observation.city_id == city_id, Observation.online_entry_url.in_(urls),
        ).values(shared_entry_url=Observation.online_entry_url, online_entry_url=None))


NotJudgedRow = tuple[str, str, str, str | None, Mapping[str, Any] | None]
"""(rule, city id, reason in English, its template, the template's arguments)."""


def record_not_judged(store: Store, scan_id: int, gaps: Iterable[NotJudgedRow]) -> None:
    """Replace the scan's "not judged" rows with ``gaps``."""
    with store.session(write=True) as session:
        session.execute(delete(NotJudgedRecord).where(NotJudgedRecord.scan_id == scan_id))
        session.add_all(NotJudgedRecord(scan_id=scan_id, rule=rule, city_id=city_id, reason=reason,
                                        template=template, args=dict(args) if args is not None else None)
                        for rule, city_id, reason, template, args in gaps)


def record_matches(store: Store, matches: Mapping[int, tuple[str | None, MatchMethod]]) -> None:
    """Record which standard item each observation matched: observation id ->
    (standard code or None, how it matched). Written by the checks."""
    for _code, method in matches.values():
        _check_choice("match method", method, MATCH_METHODS)
    if not matches:
        return
    with store.session(write=True) as session:
        session.execute(
            update(Observation),
            [
                {"id": observation_id, "standard_code": code, "match_method": method}
                for observation_id, (code, method) in matches.items()
            ],
        )


def store_blob(session: Session, digest: str, body: bytes) -> None:
    """Insert the body unless a body with this hash is already stored.

    The existence check spares compressing a body seen before (most pages on a re-scan);
    ON CONFLICT covers a concurrent writer storing the same body in between.
    """
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is not None:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Blob).values(
        sha256=digest, size=len(body), data=zlib.compress(body, ZLIB_LEVEL)
    )
    session.execute(statement.on_conflict_do_nothing(index_elements=[Blob.sha256]))


def _observation_row(scan_id: int, city_id: str, page_id: int | None, obs: GuideObservation) -> Observation:
    fields = obs.model_dump(mode="json", exclude={"materials", "locations"})
    row = Observation(scan_id=scan_id, city_id=city_id, page_id=page_id, **fields)
    row.materials = [
        ObservedMaterial(position=position, **material.model_dump(mode="json"))
        for position, material in enumerate(obs.materials)
    ]
    row.locations = [
        ObservedLocation(position=position, **location.model_dump(mode="json"))
        for position, location in enumerate(obs.locations)
    ]
    return row


def _check_choice(what: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
