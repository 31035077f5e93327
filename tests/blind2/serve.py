"""Serve one portal of the second blind corpus over real HTTP on 127.0.0.1 (stdlib only).

This is the server of ``tests/blind/serve.py`` (same URL → file mapping, same ``headers.json``
rules, bytes served as stored) pointed at ``tests/blind2/portals/``::

    from tests.blind2.serve import serve_blind_portal
    with serve_blind_portal("heting") as base_url:   # "http://127.0.0.1:54321/"
        ...  # crawl urljoin(base_url, truth_portal["home"])

or by hand: ``python -m tests.blind2.serve heting [port]``.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import ThreadingHTTPServer
from pathlib import Path

from tests.blind.serve import (
    canonical_query,
    content_type_for,
    file_for,
    load_content_types,
    make_handler,
    url_for,
)

PORTALS_DIR = Path(__file__).resolve().parent / "portals"

__all__ = ["PORTALS_DIR", "canonical_query", "content_type_for", "file_for", "load_content_types",
           "serve_blind_portal", "url_for"]


@contextmanager
def serve_blind_portal(portal_id: str, port: int = 0) -> Iterator[str]:
    """Serve ``tests/blind2/portals/<portal_id>`` on 127.0.0.1; yields the base URL, ending in ``/``."""
    root = (PORTALS_DIR / portal_id).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"no blind2 portal {portal_id!r} under {PORTALS_DIR}")
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(root))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"blind2-{portal_id}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str]) -> None:
    portal_id = argv[1] if len(argv) > 1 else "wangchuan"
    port = int(argv[2]) if len(argv) > 2 else 8000
    with serve_blind_portal(portal_id, port) as base_url:
        print(f"serving {portal_id} at {base_url} (Ctrl-C to stop)")
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main(sys.argv)
