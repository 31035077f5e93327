"""The complaint URL guard decides on the address alone: only the city's portal and its guides'
entry hosts (host and port) pass; loopback on another port, private ranges, foreign hosts,
credentials and other schemes are refused — nothing is resolved or connected to."""

from __future__ import annotations

import pytest

from channel_equity.core.url_guard import origin_of, url_problem

ALLOWED = ["http://127.0.0.1:8101/", "https://zwfw.example.gov.cn/", "http://wsbs.example.gov.cn:8080/apply/"]


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8101/bszn/detail?id=1", "HTTP://127.0.0.1:8101/x", "https://zwfw.example.gov.cn:443/g/1",
    "https://ZWFW.example.gov.cn./g/1", "http://wsbs.example.gov.cn:8080/other",
])
def test_the_city_s_own_hosts_pass(url: str) -> None:
    assert url_problem(url, ALLOWED) is None


@pytest.mark.parametrize(("url", "why"), [
    ("http://127.0.0.1:22/", "127.0.0.1:22 is neither"),  # loopback, another port
    ("http://localhost:8101/", "localhost:8101 is neither"),
    ("http://10.1.2.3/admin", "10.1.2.3:80 is neither"),  # private ranges
    ("http://192.168.0.1:8101/", "192.168.0.1:8101"),
    ("http://[::1]:8101/", "::1:8101"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254:80"),  # a cloud's metadata service
    ("https://zwfw.example.gov.cn.evil.example/", "zwfw.example.gov.cn.evil.example:443"),
    ("http://zwfw.example.gov.cn/", "zwfw.example.gov.cn:80"),  # the right host on the wrong scheme's port
    ("http://user:pw@127.0.0.1:8101/", "user name or password"),
    ("ftp://127.0.0.1:8101/", "not an http(s) address"),
    ("file:///etc/passwd", "not an http(s) address"),
    ("http://127.0.0.1:99999/", "not an http(s) address"),
])
def test_everything_else_is_refused_saying_why(url: str, why: str) -> None:
    problem = url_problem(url, ALLOWED)
    assert problem is not None and why in problem


def test_origins_fill_in_the_scheme_s_port() -> None:
    assert origin_of("https://a.example/") == ("a.example", 443)
    assert origin_of("http://a.example:8080") == ("a.example", 8080)
    assert origin_of("mailto:x@a.example") is None
