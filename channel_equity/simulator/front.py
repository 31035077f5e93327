"""What answers at a city's port: its portal behind the city's front-door quirk, a 503 outage,
or nothing at all (connections refused).

Front-door quirks make a portal look unreachable to a careless crawler although it is not
(the truth records them as ``portal-unreachable`` traps): the home page answering 503 to the
first request only, a robots.txt that answers 404, '/' redirecting to '/index.html'. The
HTTP-503 outage is a portal that is down although something listens: every request, every
time, answers nginx's 503 page.

Front doors keep state (how often the home page was asked for), so each ``serve_province``
call builds fresh ones: serving a province again starts from the same state.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Protocol

from channel_equity.simulator.model import City, Province
from channel_equity.simulator.styles import portal_app
from channel_equity.simulator.styles.base import PortalApp, Request, Response, redirect
from channel_equity.simulator.styles.identity import DEMO_IDENTITY_ORIGIN

OUTAGE_503_PAGE = (
    b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    b"<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


class Door(Protocol):
    def handle(self, request: Request) -> Response: ...


class OutagePortal:
    """A down portal that still answers: HTTP 503 to every request."""

    def handle(self, request: Request) -> Response:
        return Response(503, OUTAGE_503_PAGE, "text/html")


class FrontDoorPortal:
    """A working portal whose front door behaves oddly (``City.front_door``)."""

    def __init__(self, app: PortalApp, front_door: str) -> None:
        self.app = app
        self.front_door = front_door
        self._lock = threading.Lock()
        self._home_requests = 0

    def handle(self, request: Request) -> Response:
        door, path = self.front_door, request.path
        if door == "transient-503" and path == "/":
            with self._lock:
                self._home_requests += 1
                first = self._home_requests == 1
            if first:
                return Response(503, OUTAGE_503_PAGE, "text/html")
        if door == "robots-404" and path == "/robots.txt":
            return self.app.not_found()
        if door == "home-redirect":
            if path == "/":
                return redirect("/index.html")
            if path == "/index.html":
                request = replace(request, path="/")
        return self.app.handle(request)


def front_door(city: City, province: Province, identity_origin: str = DEMO_IDENTITY_ORIGIN) -> Door | None:
    """The object that answers at ``city``'s port; ``None`` where nothing may listen."""
    if city.up:
        app = portal_app(city, province, identity_origin)
        return app if city.front_door == "plain" else FrontDoorPortal(app, city.front_door)
    if city.outage == "http-503":
        return OutagePortal()
    return None
