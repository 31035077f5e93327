"""Sitemaps named in robots.txt, sitemap indexes and relative locations."""

from __future__ import annotations

from channel_equity.crawler.sitemaps import sitemap_entries, sitemaps_in_robots

ROBOTS = "http://127.0.0.1:8000/robots.txt"


def test_robots_names_its_sitemaps_else_the_conventional_one() -> None:
    robots = "User-agent: *\nDisallow: /admin/\nSitemap: http://127.0.0.1:8000/map/a.xml\nsitemap:/map/b.xml\n"
    assert sitemaps_in_robots(robots, ROBOTS) == ["http://127.0.0.1:8000/map/a.xml", "http://127.0.0.1:8000/map/b.xml"]
    assert sitemaps_in_robots("User-agent: *\nDisallow:\n", ROBOTS) == ["http://127.0.0.1:8000/sitemap.xml"]


def test_sitemap_pages_and_nested_sitemaps() -> None:
    urlset = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>http://127.0.0.1:8000/bszn/detail.do?taskId=1&amp;v=2</loc></url><url><loc> /bszn/2.html </loc></url>
    </urlset>"""
    pages, nested = sitemap_entries(urlset, "http://127.0.0.1:8000/sitemap.xml")
    assert pages == ["http://127.0.0.1:8000/bszn/detail.do?taskId=1&v=2", "http://127.0.0.1:8000/bszn/2.html"]
    assert nested == []
    index = "<sitemapindex><sitemap><loc>/sitemap-1.xml</loc></sitemap></sitemapindex>"
    assert sitemap_entries(index, "http://127.0.0.1:8000/sitemap.xml") == ([], ["http://127.0.0.1:8000/sitemap-1.xml"])
