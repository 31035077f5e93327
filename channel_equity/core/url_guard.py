"""Which addresses a complaint may make the monitor fetch: only the city's own portal and the
online-entry hosts its guides link — decided on the address alone, before any connection.

A complaint is typed by a person and may carry any address: an intranet server, the monitor's
own machine, a foreign site. Nothing is resolved or connected to here; a host and port not on
the list is refused whatever it would have answered (so ``127.0.0.1:22`` is refused even in a
province whose test portals listen on 127.0.0.1 — on other ports).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> tuple[str, int] | None:
    """(host, port) of an http(s) address, the scheme's port filled in; None when it is none."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.hostname.lower().rstrip("."), port or DEFAULT_PORTS[parts.scheme.lower()]


def url_problem(url: str, allowed_urls: Iterable[str]) -> str | None:
    """Why ``url`` may not be fetched for a complaint, or None when its host and port are one of
    ``allowed_urls``' (the city's portal, catalogue, channels pages and known entries)."""
    origin = origin_of(url)
    if origin is None:
        return f"{url!r} is not an http(s) address"
    if "@" in urlsplit(url.strip()).netloc:
        return f"{url!r} carries a user name or password: refused"
    allowed = {found for found in map(origin_of, allowed_urls) if found is not None}
    if origin not in allowed:
        shown = ", ".join(sorted(f"{host}:{port}" for host, port in allowed)) or "none"
        return (f"{origin[0]}:{origin[1]} is neither the city's portal nor a host its guides link for online "
                f"application (allowed: {shown}): not fetched")
    return None
