"""A response as the spider and its middlewares read it: declared type, decoded text, evidence."""

from __future__ import annotations

import hashlib
import re
from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import Any

from scrapy.http import Response

from channel_equity.core.charset import decode_page
from channel_equity.crawler.items import FetchedPage
from channel_equity.crawler.request_keys import PREVIOUS, REPLAYED, UNCHANGED, stored_key
from channel_equity.store.frontier import PreviousPage


def content_type(response: Response) -> str | None:
    return header(response, "Content-Type")


def header(response: Response, name: str) -> str | None:
    return (response.headers.get(name) or b"").decode("latin-1") or None


def page_text(response: Response) -> str:
    return decode_page(response.body, content_type(response)).text


def is_json(declared_type: str | None, text: str) -> bool:
    return "json" in (declared_type or "").lower() or text.lstrip().startswith(("{", "["))


TAGS = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
SOMETHING_TO_FOLLOW = re.compile(r"<(?:script|frame|iframe|a|form|img|object|embed|meta\s+http-equiv)\b", re.I)


def is_empty_page(text: str) -> bool:
    """A 200 that says nothing: no words once the tags are gone, and nothing a browser would
    run, frame or follow. Not a page read again (its guide is not observed), but a fault."""
    if text.strip() and (is_json(None, text) or SOMETHING_TO_FOLLOW.search(text)):
        return False
    return not TAGS.sub("", text).replace("&nbsp;", "").strip()


def fetched_page(city_id: str, response: Response) -> FetchedPage:
    """The response as evidence: the URL first asked for, the raw body, how it was decoded."""
    declared_type = content_type(response)
    decoded = decode_page(response.body, declared_type)
    return FetchedPage(
        city_id=city_id, url=response.meta.get("redirect_urls", [response.url])[0],
        final_url=response.url, http_status=response.status, fetched_at=datetime.now(UTC),
        content_type=declared_type, declared_encoding=decoded.declared,
        detected_encoding=decoded.used, body=response.body, rendered=bool(response.meta.get("playwright")),
        text=decoded.text, replaced=decoded.replaced, request_key=stored_key(response.meta),
        replayed_page=response.meta.get(REPLAYED), etag=header(response, "ETag"),
        last_modified=header(response, "Last-Modified"),
    )


def unchanged_since(meta: MutableMapping[str, Any], status: int, body: bytes) -> PreviousPage | None:
    """The last scan's page, when this response is that page unchanged: the server said 304, or
    sent the same bytes. None for anything else. The answer is kept in ``meta`` (``unchanged``),
    so the shell middleware and the spider hash the body once between them."""
    previous: PreviousPage | None = meta.get(PREVIOUS)
    if previous is None or status >= 400:
        return None
    if UNCHANGED not in meta:
        meta[UNCHANGED] = hashlib.sha256(body).hexdigest() == previous.sha256
    return previous if meta[UNCHANGED] else None


def unchanged_guide(meta: MutableMapping[str, Any], status: int, body: bytes) -> PreviousPage | None:
    """The last scan's page, when it is unchanged and guides were read from it: they are observed
    again as they were, the page neither parsed nor stored again. A page that gave no guide is
    read as usual, for its links."""
    previous = unchanged_since(meta, status, body)
    return previous if previous is not None and previous.entries else None


def unchanged_page(city_id: str, response: Response, previous: PreviousPage) -> FetchedPage:
    """The response as evidence of a page unchanged since the last scan (its body is stored)."""
    return FetchedPage(
        city_id=city_id, url=response.meta.get("redirect_urls", [response.url])[0], final_url=response.url,
        http_status=response.status, fetched_at=datetime.now(UTC), content_type=previous.content_type,
        declared_encoding=None, detected_encoding=None, body=b"", rendered=previous.rendered,
        request_key=stored_key(response.meta), etag=header(response, "ETag"),
        last_modified=header(response, "Last-Modified"), unchanged_page=previous.page_id,
    )
