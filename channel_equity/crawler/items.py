"""What the spider hands to the pipeline: every fetched page, and every fetch that failed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from channel_equity.core.observation import GuideObservation


@dataclass
class FetchedPage:
    """A page as evidence; ``observation`` is set when the page is a service guide."""

    city_id: str
    url: str
    final_url: str
    http_status: int
    fetched_at: datetime
    content_type: str | None
    declared_encoding: str | None
    detected_encoding: str | None
    body: bytes
    rendered: bool
    text: str = ""  # the decoded body, for the spider's own use (the store keeps the bytes)
    replaced: int = 0  # invalid bytes replaced while decoding (a UTF-8 page with a few bad bytes)
    request_key: str | None = None  # the request that fetched it (see crawler.request_keys)
    replayed_page: int | None = None  # the stored page a resumed scan answered the request with
    unchanged_page: int | None = None  # the last scan's page, unchanged: its guides are observed again
    etag: str | None = None  # the response's validators, for the next scan's conditional request
    last_modified: str | None = None
    observation: GuideObservation | None = None
    observations: list[GuideObservation] = field(default_factory=list)  # JSON lists may hold several


@dataclass
class FetchFailure:
    """A request that produced no usable page: the coverage gap is recorded, never skipped."""

    city_id: str
    url: str
    kind: str  # dns | refused | timeout | http | too-large | robots | browser | other
    message: str
    http_status: int | None = None
    at: datetime = field(default_factory=datetime.now)
