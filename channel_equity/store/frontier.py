"""A scan's frontier in the store: the requests it has already answered.

A resumed scan is not fetched again from the start: every request the interrupted crawl
stored a page for is answered from that page (``StoredResponse``), keyed by the request that
fetched it (``pages.request_key``). Read once when the crawl starts, so the crawler never
queries the store per request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from channel_equity.store.models import Page, Scan
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
             .where(Page.scan_id == scan_id, Page.request_key.is_not(None)).order_by(Page.id))
    with store.session() as session:
        return {row.request_key: StoredResponse(row.id, row.city_id, row.url, row.final_url or row.url,
                                                row.http_status, row.content_type, row.sha256, row.rendered)
                for row in session.execute(query)}


def resumable_scan(store: Store, province_id: str, since: datetime | None = None) -> int | None:
    """The province's latest scan, when it was interrupted (and started after ``since``): what
    ``--resume`` continues. A finished or failed latest scan leaves nothing to resume."""
    query = select(Scan).where(Scan.province_id == province_id).order_by(Scan.started_at.desc(), Scan.id.desc())
    with store.session() as session:
        latest = session.scalars(query.limit(1)).first()
    if latest is None or latest.status != "interrupted":
        return None
    if since is not None and latest.started_at < since:
        return None
    return latest.id
