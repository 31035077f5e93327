"""Serve one portal of a corpus over real HTTP on 127.0.0.1 (stdlib only).

Usage::

    from tests.corpora.serve import serve_corpus_portal
    with serve_corpus_portal("portals1", "jinghe") as base_url:   # "http://127.0.0.1:54321/"
        ...  # crawl urljoin(base_url, truth_portal["home"])

or, to browse by hand: ``python -m tests.corpora.serve portals1 jinghe [port]``.

How a request maps to a file under ``portals/<portal_id>/`` (see :func:`file_for`):

* the path is percent-decoded; a path ending in ``/`` gets ``index.html`` appended;
* a request with a query string ``?a=1&b=2`` is served from the file ``<path>@<query>``, where
  the query is re-encoded with its parameters sorted by name (so ``list?type=x&page=2`` and
  ``list?page=2&type=x`` both read ``list@page=2&type=x``); if that file does not exist but
  ``<path>`` does, ``<path>`` is served (real servers ignore unknown parameters);
* anything else is a 404 (with an HTML body, as real portals send).

Bytes are served exactly as stored: nothing is transcoded. The ``Content-Type`` header comes
from the portal's optional ``headers.json``: an object mapping ``fnmatch`` globs, matched against
the decoded request path (without query, with its leading ``/``), to header values; the first
glob that matches wins, in file order. Without a match the type is guessed from the file
extension, without any charset. This is how the wrong-charset portals are served exactly as
the real ones are (e.g. ``text/html; charset=utf-8`` over a GB18030 body, or no charset at all).

``POST`` is answered only where the portal's optional ``post.json`` allows it (ASP.NET
WebForms pagers that exist only as ``__doPostBack`` form posts); everywhere else it is refused
as before (501). ``post.json`` maps ``fnmatch`` globs of the decoded request path to a list of
field sets, e.g. ``{"/bszn/list.aspx": [["__EVENTTARGET", "__EVENTARGUMENT"], ["txtPageIndex"]]}``.
An ``application/x-www-form-urlencoded`` body is read like a query string, but only the first
field set whose fields all have non-blank values is kept (so the hidden ``__VIEWSTATE``,
``__EVENTVALIDATION`` and blank fields never reach the file name); those fields are added to
the request's own query and the file is chosen as for ``GET`` (:func:`post_query`), with the
same fallback to the bare path. A body of another type, or one that fills no field set, selects
the bare path (+ its query). The answers are therefore also served for a ``GET`` that names the
same fields in its query string, as ASP.NET itself treats such a ``GET`` as a postback.
"""

from __future__ import annotations

import fnmatch
import json
import mimetypes
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

HEADERS_FILE = "headers.json"
POST_FILE = "post.json"
FORM_TYPE = "application/x-www-form-urlencoded"
NOT_FOUND = (b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
             b"<body><h1>404 Not Found</h1></body></html>")


def canonical_query(query: str) -> str:
    """A query string with its parameters sorted by name (stable for equal names)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


def file_for(path: str, query: str = "") -> str:
    """The portal-relative file name that serves ``path`` (decoded, leading ``/``) + ``query``."""
    relative = path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    if query:
        relative += "@" + canonical_query(query)
    return relative


def url_for(file_name: str) -> str:
    """The inverse of :func:`file_for`: the path (+ query) that serves a portal-relative file."""
    path, _, query = file_name.partition("@")
    if path.endswith("index.html") and not query:
        path = path[: -len("index.html")]
    return "/" + path + (f"?{query}" if query else "")


def load_content_types(root: Path) -> list[tuple[str, str]]:
    headers_path = root / HEADERS_FILE
    if not headers_path.exists():
        return []
    mapping = json.loads(headers_path.read_text(encoding="utf-8"))
    return list(mapping.items())


def content_type_for(path: str, rules: list[tuple[str, str]]) -> str:
    for glob, value in rules:
        if fnmatch.fnmatchcase(path, glob):
            return value
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def load_post_rules(root: Path) -> list[tuple[str, list[list[str]]]]:
    post_path = root / POST_FILE
    if not post_path.exists():
        return []
    mapping = json.loads(post_path.read_text(encoding="utf-8"))
    return list(mapping.items())


def post_field_sets(path: str, rules: list[tuple[str, list[list[str]]]]) -> list[list[str]] | None:
    """The field sets ``post.json`` declares for ``path`` (first matching glob), or None: no POST there."""
    for glob, field_sets in rules:
        if fnmatch.fnmatchcase(path, glob):
            return field_sets
    return None


def post_query(query: str, body: str, field_sets: list[list[str]]) -> str:
    """The query that selects a POST's file: the URL's own query plus the first fully filled field set."""
    values = dict(parse_qsl(body, keep_blank_values=True))
    pairs = parse_qsl(query, keep_blank_values=True)
    for fields in field_sets:
        if fields and all(values.get(name, "").strip() for name in fields):
            pairs += [(name, values[name]) for name in fields]
            break
    return urlencode(pairs)


def resolve(root: Path, path: str, query: str = "") -> Path | None:
    """The stored file that answers ``path`` (decoded) + ``query``, with the fallback to ``path``."""
    for name in ([file_for(path, query), file_for(path)] if query else [file_for(path)]):
        candidate = (root / name).resolve()
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    return None


def make_handler(root: Path) -> type[BaseHTTPRequestHandler]:
    rules = load_content_types(root)
    post_rules = load_post_rules(root)

    class PortalHandler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def _respond(self, with_body: bool, query: str | None = None) -> None:
            parts = urlsplit(self.path)
            path = unquote(parts.path) or "/"
            found = resolve(root, path, parts.query if query is None else query)
            if found is None:
                body, status, ctype = NOT_FOUND, 404, "text/html"
            else:
                body, status, ctype = found.read_bytes(), 200, content_type_for(path, rules)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._respond(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(with_body=False)

        def do_POST(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            field_sets = post_field_sets(unquote(parts.path) or "/", post_rules)
            if field_sets is None:  # what http.server answers a method it does not implement
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, f"Unsupported method ({self.command!r})")
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
            form = self.headers.get("Content-Type", "").split(";")[0].strip().lower() == FORM_TYPE
            text = body.decode("utf-8", "replace") if form else ""
            self._respond(with_body=True, query=post_query(parts.query, text, field_sets))

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    return PortalHandler


@contextmanager
def serve_portal(portals_dir: Path, portal_id: str, port: int = 0) -> Iterator[str]:
    """Serve ``<portals_dir>/<portal_id>`` on 127.0.0.1; yields the base URL, ending in ``/``."""
    root = (portals_dir / portal_id).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"no portal {portal_id!r} under {portals_dir}")
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(root))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"portal-{portal_id}", daemon=True)
    thread.start()
    try:
        bound_port = server.server_address[1]
        yield f"http://127.0.0.1:{bound_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def serve_corpus_portal(corpus: str, portal_id: str, port: int = 0) -> AbstractContextManager[str]:
    """Serve ``tests/corpora/<corpus>/portals/<portal_id>`` on 127.0.0.1."""
    from tests.corpora.layout import load

    return serve_portal(load(corpus).portals_dir, portal_id, port)


def main(argv: list[str]) -> None:
    """``python -m tests.corpora.serve corpus [portal_id] [port]``: browse a portal by hand."""
    from tests.corpora.layout import load

    corpus = load(argv[1] if len(argv) > 1 else "portals1")
    portal_id = argv[2] if len(argv) > 2 else corpus.default_portal
    port = int(argv[3]) if len(argv) > 3 else 8000
    with serve_portal(corpus.portals_dir, portal_id, port) as base_url:
        print(f"serving {corpus.name}/{portal_id} at {base_url} (Ctrl-C to stop)")
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main(sys.argv)
