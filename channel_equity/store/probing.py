"""Storing and reading what the headless-browser probes saw.

A probe's visit is one transaction: the page as rendered (a ``pages`` row marked ``probed``, so
an excerpt a probe finding quotes is found in a stored body like any other), the screenshot and
the WARC (blobs, stored once per content), and the ``probe_results`` row that ties them together.
A probe that failed is stored too, with its reason: a gap the report shows, never a pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from channel_equity.store.models import Page, ProbeResult, ProbeStatus, utcnow
from channel_equity.store.recording import body_sha256, store_blob
from channel_equity.store.session import Store


@dataclass(frozen=True)
class RenderedPage:
    """The page a probe ended on, as the browser rendered it (its DOM, UTF-8)."""

    final_url: str
    http_status: int
    dom: bytes


@dataclass
class ProbeRecord:
    """One probe visit, ready to be stored."""

    city_id: str
    probe: str
    role: str
    target_url: str
    status: ProbeStatus
    variant: str = "chromium"
    item_code: str | None = None
    error: str | None = None
    attempts: int = 1
    page: RenderedPage | None = None
    redirects: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    timings: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    screenshot: bytes | None = None
    warc: bytes | None = None
    started_at: datetime | None = None
    duration_ms: int = 0


def record_probe(store: Store, scan_id: int, record: ProbeRecord) -> int:
    """Store one probe visit with its evidence; returns the probe result's id."""
    with store.session(write=True) as session:
        page_id = None
        if record.page is not None:
            digest = body_sha256(record.page.dom)
            store_blob(session, digest, record.page.dom)
            page = Page(scan_id=scan_id, city_id=record.city_id, url=record.target_url,
                        final_url=record.page.final_url if record.page.final_url != record.target_url else None,
                        http_status=record.page.http_status, fetched_at=record.started_at or utcnow(),
                        content_type="text/html; charset=utf-8", detected_encoding="utf-8", sha256=digest,
                        rendered=True, probed=True, request_key=f"probe {record.probe} {record.variant}")
            session.add(page)
            session.flush()
            page_id = page.id
        blobs: dict[str, str | None] = {}
        for name, data in (("screenshot", record.screenshot), ("warc", record.warc)):
            blobs[name] = None
            if data:
                digest = blobs[name] = body_sha256(data)
                store_blob(session, digest, data)
        row = ProbeResult(
            scan_id=scan_id, city_id=record.city_id, probe=record.probe, role=record.role, variant=record.variant,
            target_url=record.target_url, item_code=record.item_code, status=record.status, error=record.error,
            attempts=record.attempts, page_id=page_id,
            final_url=record.page.final_url if record.page else None,
            http_status=record.page.http_status if record.page else None,
            redirects=record.redirects, console_errors=record.console_errors, timings=record.timings,
            facts=record.facts, screenshot_sha256=blobs["screenshot"], warc_sha256=blobs["warc"],
            started_at=record.started_at or utcnow(), duration_ms=record.duration_ms,
        )
        session.add(row)
        session.flush()
        return row.id


def clear_probes(store: Store, scan_id: int, city_ids: Iterable[str] | None = None) -> int:
    """Remove a scan's probe results (and the pages they rendered) before its probes run again;
    returns how many results went. ``probe`` run twice over one scan keeps the latest visit."""
    with store.session(write=True) as session:
        query = select(ProbeResult).where(ProbeResult.scan_id == scan_id)
        pages = select(Page).where(Page.scan_id == scan_id, Page.probed.is_(True))
        if city_ids is not None:
            cities = list(city_ids)
            query = query.where(ProbeResult.city_id.in_(cities))
            pages = pages.where(Page.city_id.in_(cities))
        results = list(session.scalars(query))
        for result in results:
            session.delete(result)
        session.flush()
        for page in session.scalars(pages):
            session.delete(page)
        return len(results)
