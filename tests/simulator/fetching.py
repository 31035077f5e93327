"""A tiny HTTP client for the simulator tests: no redirects followed unless asked, bytes kept."""

from __future__ import annotations

import html
import http.client
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)["']""", re.IGNORECASE)
SCRIPT_URL = re.compile(r"""(?:openGuide|window\.open)\(\s*'([^']+)'""")


@dataclass
class Fetched:
    status: int
    headers: dict[str, str]
    body: bytes

    def text(self, charset: str = "utf-8") -> str:
        return self.body.decode(charset)


def fetch(
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    follow: bool = False,
    headers: dict[str, str] | None = None,
) -> Fetched:
    for _ in range(5):
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
        try:
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request(method, target, body=body, headers=headers or {})
            response = connection.getresponse()
            fetched = Fetched(
                response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
            )
        finally:
            connection.close()
        if follow and fetched.status in (301, 302, 303, 307) and "location" in fetched.headers:
            url = urljoin(url, fetched.headers["location"])
            continue
        return fetched
    raise AssertionError(f"too many redirects from {url}")


def page_links(page: str) -> list[str]:
    """Every URL a generic crawler should find on a page: hrefs and URLs inside onclick."""
    found = [html.unescape(u) for u in HREF.findall(page) + SCRIPT_URL.findall(page)]
    return [u for u in found if not u.startswith(("javascript:", "mailto:"))]


def visible_text(page: str) -> str:
    """Markup stripped and entities decoded, whitespace collapsed (scripts and styles dropped)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))
