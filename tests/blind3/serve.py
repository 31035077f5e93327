"""Serve one portal of the third blind corpus over real HTTP on 127.0.0.1 (stdlib only).

This is the server of ``tests/blind/serve.py`` (same URL → file mapping, same ``headers.json``
rules, bytes served as stored) pointed at ``tests/blind3/portals/``::

    from tests.blind3.serve import serve_blind_portal
    with serve_blind_portal("yaotai") as base_url:   # "http://127.0.0.1:54321/"
        ...  # crawl urljoin(base_url, truth_portal["home"])

or by hand: ``python -m tests.blind3.serve yaotai [port]``.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path

from tests.blind.serve import (
    canonical_query,
    content_type_for,
    file_for,
    load_content_types,
    main,
    serve_portal,
    url_for,
)

PORTALS_DIR = Path(__file__).resolve().parent / "portals"

__all__ = ["PORTALS_DIR", "canonical_query", "content_type_for", "file_for", "load_content_types",
           "serve_blind_portal", "url_for"]


def serve_blind_portal(portal_id: str, port: int = 0) -> AbstractContextManager[str]:
    """Serve ``tests/blind3/portals/<portal_id>`` on 127.0.0.1; yields the base URL, ending in ``/``."""
    return serve_portal(PORTALS_DIR, portal_id, port)


if __name__ == "__main__":
    main(sys.argv, PORTALS_DIR, "yaotai")
