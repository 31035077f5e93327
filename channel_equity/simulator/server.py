"""Serving a simulated province over real HTTP on loopback: one server per up city (and per
city whose outage answers HTTP 503), a port that refuses connections for a city that is
down with ``outage: connection-refused``, and the province's unified identity service on a
port of its own (the demo's 8110 beside the cities' 8101-8109, else any free port).

A probed province's slow pages are answered late by the server, not by the portal: rendering
a page (the truth, the determinism digest) costs no time.

``serve_province`` is a context manager; servers run in daemon threads and are shut down
and closed on exit — their open keep-alive connections too — so tests can start and stop
provinces freely, and serve the epochs of a changing province one after another on the same
ports (``ports=`` the previous ``ServedProvince.ports``).
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from channel_equity.simulator.config_output import catalog_path_for, config_yaml, province_config
from channel_equity.simulator.demo_config import DEMO_PORTS
from channel_equity.simulator.front import Door, front_door
from channel_equity.simulator.model import Province
from channel_equity.simulator.styles import portal_app
from channel_equity.simulator.styles.base import Request, Response
from channel_equity.simulator.styles.exchange import DEFAULT_HOST
from channel_equity.simulator.styles.identity import DEMO_IDENTITY_PORT, IdentityService
from channel_equity.simulator.truth import province_truth

SERVER_NAME = "nginx"


def entity_tag(body: bytes) -> str:
    """The ETag a static web server gives a page: one value per content."""
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


def _handler_class(
    app: Door, latency_ms: int, slow: Mapping[str, float] | None = None
) -> type[BaseHTTPRequestHandler]:
    slow_paths = dict(slow or {})

    class PortalHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = SERVER_NAME
        sys_version = ""

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = Request(
                method if method != "HEAD" else "GET",
                parts.path or "/",
                dict(parse_qsl(parts.query, keep_blank_values=True)),
                body,
                self.headers.get("Host") or DEFAULT_HOST,
            )
            delay = latency_ms / 1000 + slow_paths.get(self.path, 0.0)
            if delay:
                time.sleep(delay)
            response = app.handle(request)
            if response.drop_connection:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            etag = entity_tag(response.body) if method != "POST" and response.status == 200 else None
            if etag is not None and self.headers.get("If-None-Match") == etag:  # as nginx answers a revalidation
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            if etag is not None:
                self.send_header("ETag", etag)
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(response.body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._serve("GET")

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve("HEAD")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by design
            return

    return PortalHandler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True  # the next epoch binds the same port at once

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:  # type: ignore[no-untyped-def]
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Cut keep-alive connections still open, so a stopped portal answers nothing more."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """Clients hanging up mid-answer are normal for a crawler test bed; anything else is a bug."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def refused_port(host: str) -> int:
    """A port that was just bound and closed: connections to it are refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class PublishedPages:
    """A portal published as static pages, the way TRS and Hanweb content systems publish
    theirs: each page is rendered once and served as it is (an ETag per content) until it is
    published again. ``republish`` drops the pages showing a changed item, so that only they
    are rendered anew; a 304 costs the server no rendering, as nginx's does not. POSTs and
    anything but a 200 are answered live."""

    def __init__(self, door: Door) -> None:
        self.door = door
        self.pages: dict[tuple[str, tuple[tuple[str, str], ...]], Response] = {}
        self.lock = threading.Lock()

    def handle(self, request: Request) -> Response:
        if request.method != "GET":
            return self.door.handle(request)
        key = (request.path, tuple(sorted(request.query.items())))
        with self.lock:
            page = self.pages.get(key)
        if page is None:
            page = self.door.handle(request)
            if page.status == 200 and not page.drop_connection:
                with self.lock:
                    self.pages[key] = page
        return page

    def republish(self, marker: bytes) -> int:
        """Forget the published pages that show ``marker`` (an item's code); how many."""
        with self.lock:
            stale = [key for key, page in self.pages.items() if marker in page.body]
            for key in stale:
                del self.pages[key]
        return len(stale)


@dataclass
class ServedProvince:
    """A running province: where each city is, and the config that points at it."""

    province: Province
    host: str
    ports: dict[str, int]  # city id -> port
    servers: list[_QuietServer] = field(default_factory=list)
    published: dict[str, PublishedPages] = field(default_factory=dict)  # by city, when served as static pages
    identity_port: int = 0

    @property
    def identity_host(self) -> str:
        """host:port of the unified identity service (``policy.unified_login_hosts``)."""
        return f"{self.host}:{self.identity_port}"

    @property
    def identity_origin(self) -> str:
        return f"http://{self.identity_host}"

    def republish(self, city_id: str, marker: str) -> int:
        """The city's pages showing ``marker`` are published anew (rendered on their next request)."""
        return self.published[city_id].republish(marker.encode("utf-8"))

    def base_url(self, city_id: str) -> str:
        return f"http://{self.host}:{self.ports[city_id]}/"

    def config(self, database: str | None = None) -> dict:
        return province_config(
            self.province, self.base_url, database, catalog_path_for(self.province), self.identity_host
        )

    def truth(self) -> dict[str, Any]:
        """The province's ground truth, naming the identity service where it runs."""
        return province_truth(self.province, self.identity_host)

    def config_yaml(self, database: str | None = None, header: str = "") -> str:
        return config_yaml(self.config(database), header)

    def write_config(self, path: str | Path, database: str | None = None) -> Path:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.config_yaml(database), encoding="utf-8")
        return target


def default_identity_port(ports: Mapping[str, int] | None) -> int:
    """The identity service's port when the caller names none: the demo's, beside the demo's
    fixed city ports (what config/demo.yaml says); any free port otherwise."""
    return DEMO_IDENTITY_PORT if ports is not None and dict(ports) == DEMO_PORTS else 0


@contextlib.contextmanager
def serve_province(
    province: Province,
    host: str = "127.0.0.1",
    ports: Mapping[str, int] | None = None,
    latency_ms: int | None = None,
    static: bool = False,
    identity_port: int | None = None,
) -> Iterator[ServedProvince]:
    """Serve every up city (ephemeral ports unless ``ports`` says otherwise); a down city gets
    a port nothing listens on, or one answering 503 to everything if that is its outage.
    ``latency_ms`` (default: the province's) delays each answer; ``static`` serves each city as
    published pages (:class:`PublishedPages`). The identity service listens on
    ``identity_port`` (default: ``default_identity_port(ports)``)."""
    delay = province.latency_ms if latency_ms is None else latency_ms
    served = ServedProvince(province, host, {})
    threads = []

    def start(server: _QuietServer, name: str) -> None:
        served.servers.append(server)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
        )
        thread.start()
        threads.append(thread)

    try:
        port = default_identity_port(ports) if identity_port is None else identity_port
        identity = _QuietServer((host, port), _handler_class(IdentityService(province), delay))
        served.identity_port = int(identity.server_address[1])
        start(identity, "simulator-identity")
        for city in province.cities:
            wanted = (ports or {}).get(city.id, 0)
            door = front_door(city, province, served.identity_origin)
            if door is None:
                served.ports[city.id] = wanted or refused_port(host)
                continue
            if static:
                door = served.published[city.id] = PublishedPages(door)
            slow = portal_app(city, province).service_pages.slow_paths() if city.up else {}
            server = _QuietServer((host, wanted), _handler_class(door, delay, slow))
            served.ports[city.id] = int(server.server_address[1])
            start(server, f"simulator-{city.id}")
        yield served
    finally:
        stoppers = [threading.Thread(target=server.shutdown, daemon=True) for server in served.servers]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join(timeout=5)
        for server in served.servers:
            server.server_close()
            server.close_connections()
        for thread in threads:
            thread.join(timeout=5)
