"""Sitemaps: the guides a portal lists for search engines, read as one more way in.

Portals whose catalog is built by script (a JSON API, a POST pager) often still publish a
``sitemap.xml``, named in ``robots.txt`` (``Sitemap: …``) or at the conventional place.
These readers only parse; the spider decides what to fetch. Both are lenient: a sitemap is
a discovery aid, so anything unreadable just yields nothing.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

MAX_SITEMAPS = 10
MAX_SITEMAP_URLS = 50_000
_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I | re.M)
_LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>", re.I)


def sitemaps_in_robots(robots_txt: str, robots_url: str) -> list[str]:
    """The sitemap URLs ``robots.txt`` names, else the conventional ``/sitemap.xml``."""
    named = [urljoin(robots_url, url) for url in _SITEMAP_LINE.findall(robots_txt)]
    return named[:MAX_SITEMAPS] or [urljoin(robots_url, "/sitemap.xml")]


def sitemap_entries(xml_text: str, sitemap_url: str) -> tuple[list[str], list[str]]:
    """(pages, nested sitemaps) a sitemap lists; relative locations resolve against it."""
    locations = [urljoin(sitemap_url, html.unescape(loc)) for loc in _LOC.findall(xml_text)[:MAX_SITEMAP_URLS]]
    if "<sitemapindex" in xml_text[:2000].lower():
        return [], locations[:MAX_SITEMAPS]
    return locations, []
