"""A scan's frontier in the store: the requests it has already answered, and those the last
scan answered.

A resumed scan is not fetched again from the start: every request the interrupted crawl
stored a page for is answered from that page (``StoredResponse``), keyed by the request that
fetched it (``pages.request_key``). A new scan asks the last finished scan's pages again
conditionally (``PreviousPage``: the validators to send, and what the page gave: its guides'
online entries, its decoding note), so that a page that has not changed is neither parsed
nor stored again. Both are read once when the crawl starts, so the crawler never queries the
store per request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from channel_equity.store.models import FetchError, Observation, Page, Scan
from channel_equity.store.session import Store


@dataclass(frozen=True)
class StoredResponse:
    """What a stored page says of the response that fetched it: enough to answer the request again."""

    page_id: int
    city_id: str
    url: str
    final_url: str
    http_status: int
    content_type: str | None
    sha256: str
    rendered: bool


def stored_responses(store: Store, scan_id: int) -> dict[str, StoredResponse]:
    """The scan's stored pages by the key of the request that fetched them (the latest page
    when one request was answered twice); pages stored without a key are not answered."""
    query = (select(Page.id, Page.city_id, Page.url, Page.final_url, Page.http_status, Page.content_type,
                    Page.sha256, Page.rendered, Page.request_key)
             .where(Page.scan_id == scan_id, Page.request_key.is_not(None), Page.probed.is_(False)).order_by(Page.id))
    with store.session() as session:
        return {row.request_key: StoredResponse(row.id, row.city_id, row.url, row.final_url or row.url,
                                                row.http_status, row.content_type, row.sha256, row.rendered)
                for row in session.execute(query)}


@dataclass(frozen=True)
class PreviousPage:
    """A page of the last finished scan: how to ask whether it changed, and what it gave."""

    page_id: int
    sha256: str
    http_status: int
    content_type: str | None
    rendered: bool
    etag: str | None
    last_modified: str | None
    # the online entry of each guide read from it, the portal's navigation among them (none: no guide)
    entries: tuple[str | None, ...]
    decode_note: str | None  # the bytes it had to replace to be read as UTF-8


def previous_scan(store: Store, province_id: str, before: int) -> int | None:
    """The province's latest finished scan started before scan ``before``: the one a new scan
    asks "changed since?" of."""
    query = (select(Scan.id).where(Scan.province_id == province_id, Scan.status == "finished", Scan.id < before,
                                   Scan.kind == "nightly")
             .order_by(Scan.started_at.desc(), Scan.id.desc()).limit(1))
    with store.session() as session:
        return session.scalar(query)


def previous_pages(store: Store, scan_id: int) -> dict[str, PreviousPage]:
    """The scan's pages by the key of the request that fetched them, with what each gave."""
    with store.session() as session:
        entries: dict[int, list[str | None]] = {}
        guides = select(Observation.page_id, func.coalesce(Observation.online_entry_url, Observation.shared_entry_url))
        for page_id, entry in session.execute(guides.where(Observation.scan_id == scan_id).order_by(Observation.id)):
            if page_id is not None:
                entries.setdefault(page_id, []).append(entry)
        notes = {url: message for url, message in session.execute(
            select(FetchError.url, FetchError.message).where(FetchError.scan_id == scan_id, FetchError.kind == "decode"))}
        rows = session.execute(select(Page.id, Page.request_key, Page.url, Page.sha256, Page.http_status,
                                      Page.content_type, Page.rendered, Page.etag, Page.last_modified)
                               .where(Page.scan_id == scan_id, Page.request_key.is_not(None), Page.probed.is_(False)).order_by(Page.id))
        return {row.request_key: PreviousPage(row.id, row.sha256, row.http_status, row.content_type, row.rendered, row.etag,
                                              row.last_modified, tuple(entries.get(row.id, ())), notes.get(row.url))
                for row in rows}


def resumable_scan(store: Store, province_id: str, since: datetime | None = None) -> int | None:
    """The province's latest scan, when it was interrupted (and started after ``since``): what
    ``--resume`` continues. A finished or failed latest scan leaves nothing to resume."""
    query = (select(Scan).where(Scan.province_id == province_id, Scan.kind == "nightly")
             .order_by(Scan.started_at.desc(), Scan.id.desc()))
    with store.session() as session:
        latest = session.scalars(query.limit(1)).first()
    if latest is None or latest.status != "interrupted":
        return None
    if since is not None and latest.started_at < since:
        return None
    return latest.id
