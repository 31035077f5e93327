"""Faults Scrapy drops quietly leave a trace, each with its own kind, against the address that
led there: a redirect loop, a redirect to a page already asked for, a link over the length
limit (one under it, longer than Scrapy's default 2,083 characters, is fetched), and pages over
the size limit with and without a Content-Length (the limit named in the message)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
import yaml

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.e2e.hostile_portal import serving
from tests.running import run_cli

MAX_BYTES = 100_000
LONG = "/g2?q=" + "x" * 3_000  # longer than Scrapy's default limit, within ours
TOO_LONG = "/g3?q=" + "y" * 9_000  # past any server's request line

HOME = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>痕迹市政务服务网</title></head><body><ul>
<li><a href="/g1">食品经营许可</a></li><li><a href="/more">更多办事指南</a></li>
<li><a href="/loop/a">旧版办事大厅</a></li><li><a href="{LONG}">药品零售许可</a></li>
<li><a href="{TOO_LONG}">超长链接事项</a></li>
<li><a href="/big/declared">超大页面（声明长度）</a></li><li><a href="/big/chunked">超大页面（分块）</a></li>
</ul></body></html>"""
MORE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>更多</title></head><body>
<a href="/alias">食品经营许可（旧地址）</a></body></html>"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施编码</th><td>{code}</td></tr>
<tr><th>实施主体</th><td>痕迹市市场监督管理局</td></tr><tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr></table></body></html>"""
REDIRECTS = {"/alias": "/g1", "/loop/a": "/loop/b", "/loop/b": "/loop/a"}


class FaultyPortal(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/big/chunked":  # no Content-Length: the size shows only as it arrives
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(30):
                    self.wfile.write(b"<p>" + b"z" * 10_000 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if self.path == "/big/declared":
            body = b"<p>" + b"z" * 3 * MAX_BYTES + b"</p>"
        elif self.path in ("/", "/more"):
            body = (HOME if self.path == "/" else MORE).encode()
        elif self.path.startswith(("/g1", "/g2", "/g3")):
            name, code = {"/g1": ("食品经营许可", "HJ0001"), "/g2": ("药品零售许可", "HJ0002"),
                          "/g3": ("超长链接事项", "HJ0003")}[self.path[:3]]
            body = GUIDE.format(name=name, code=code).encode()
        else:
            body, status = b"", 404
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


Faults = tuple[dict[str, tuple[str, str]], list[str], str]


@pytest.fixture(scope="module")
def faults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Faults]:
    """The scan's faults by the path that led there (kind, message), its guides, its city status."""
    tmp_path = tmp_path_factory.mktemp("faults")
    db = tmp_path / "m.db"
    with serving(FaultyPortal) as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "crawl": {"obey_robots": False, "max_page_bytes": MAX_BYTES, "retries": 0},
                  "cities": [{"id": "henji", "name": "痕迹市", "portal": portal}]}
        path = tmp_path / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        found = {"/" + f.url.split("/", 3)[-1]: (f.kind, f.message) for f in reading.fetch_errors(store, scan.id)}
        names = sorted(obs.name or "" for _, obs in reading.load_observations(store, scan.id, "henji"))
        [city] = reading.city_results(store, scan.id)
        yield found, names, city.status
    finally:
        store.close()


def test_a_redirect_loop_is_recorded_against_the_link_that_led_into_it(faults: Faults) -> None:
    kind, message = faults[0]["/loop/a"]
    assert kind == "redirect-loop" and message.startswith("redirect loop: ")
    assert [hop.split("/", 3)[-1] for hop in message.removeprefix("redirect loop: ").split(" → ")] == [
        "loop/a", "loop/b", "loop/a"]


def test_a_redirect_to_a_page_already_asked_for_is_noted(faults: Faults) -> None:
    kind, message = faults[0]["/alias"]
    assert kind == "redirect-to-seen" and message.endswith("/g1, already asked for in this scan")


def test_a_long_link_is_fetched_and_one_past_the_limit_recorded(faults: Faults) -> None:
    found, names, status = faults
    assert "药品零售许可" in names, "a 3,000-character link is followed"
    kind, message = found[TOO_LONG]
    assert kind == "url-too-long" and re.fullmatch(r"a link of 90\d\d characters, over the limit of 8192: not fetched",
                                                   message)
    assert "超长链接事项" not in names and status == "partial", "a link not followed is a gap"


def test_pages_over_the_size_limit_are_too_large_with_the_limit_named(faults: Faults) -> None:
    found = faults[0]
    assert found["/big/declared"] == ("too-large", f"{3 * MAX_BYTES + 7:,} bytes, over the limit of "
                                      f"{MAX_BYTES:,} bytes (crawl.max_page_bytes)")
    assert found["/big/chunked"] == ("too-large", f"the download passed the limit of {MAX_BYTES:,} bytes "
                                     "(crawl.max_page_bytes) and was stopped")
