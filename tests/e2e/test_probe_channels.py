"""Finding a portal's channels page and asking its downloads whether they still answer: the
links chosen (a cue on the portal's own host, never a download), the downloads asked (packages,
app stores, links saying 下载), and a real server that refuses ``HEAD`` answered by a one-byte
``GET`` — a dead download measured, not guessed."""

from __future__ import annotations

import asyncio
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from playwright.async_api import async_playwright

from channel_equity.core.config import load_config
from channel_equity.crawler.probes.channels import (
    channel_page_links,
    check_download,
    download_links,
    download_works,
)
from channel_equity.crawler.probes.targets import portal_targets
from channel_equity.simulator.server import refused_port
from tests.e2e.hostile_portal import serving

HOME = """<html><body><div class="nav"><a href="/">首页</a><a href="/bsfw/">办事服务</a>
<a href="/ydzw/index.html">移动政务</a><a href="http://other.example.cn/app.html">掌上办</a>
<a href="/dl/city.apk">APP下载</a><a href="javascript:void(0)">移动端</a></div></body></html>"""
CHANNELS = """<html><body><ul class="apps">
<li><a href="/dl/city.apk">安卓下载</a> <a href="https://apps.apple.com/cn/app/id1">App Store</a></li>
<li><a href="/help/guide.html">使用指南</a> <a href="/files/setup.exe">客户端下载</a></li></ul></body></html>"""


def test_the_channels_page_is_a_cue_link_on_the_portal_s_own_host() -> None:
    found = channel_page_links(HOME, "http://127.0.0.1:8101/", ["移动端", "移动政务", "掌上办", "APP下载"],
                               {"127.0.0.1:8101"})
    assert found == ["http://127.0.0.1:8101/ydzw/index.html"], "not another host, not a download, not a script"


def test_downloads_are_packages_app_stores_and_links_that_say_so() -> None:
    assert download_links(CHANNELS, "http://127.0.0.1:8101/ydzw/") == [
        "http://127.0.0.1:8101/dl/city.apk", "https://apps.apple.com/cn/app/id1", "http://127.0.0.1:8101/files/setup.exe"]


class RefusesHead(BaseHTTPRequestHandler):
    """A download server that refuses HEAD (405) and serves only /dl/live.apk, honouring a range."""

    def do_HEAD(self) -> None:  # noqa: N802 - the stdlib's name
        self.send_response(405)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        ranged = self.headers.get("Range") == "bytes=0-0"
        if self.path != "/dl/live.apk":
            self.send_error(404)
            return
        self.send_response(206 if ranged else 200)
        self.send_header("Content-Type", "application/vnd.android.package-archive")
        body = b"P" if ranged else b"PK" * 1000
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return


def test_a_download_is_asked_with_head_then_a_one_byte_get() -> None:
    async def check(base: str) -> list[dict[str, Any]]:
        async with async_playwright() as playwright:
            request = await playwright.request.new_context()
            try:
                return [await check_download(request, base + path, 10) for path in ("dl/live.apk", "dl/dead.apk")]
            finally:
                await request.dispose()

    with serving(RefusesHead) as base:
        live, dead = asyncio.run(check(base))
    assert live["status"] == 206 and download_works(live) and "android" in live["content_type"]
    assert dead["status"] == 404 and not download_works(dead)
    refused = asyncio.run(_refused(f"http://127.0.0.1:{refused_port('127.0.0.1')}/dl/live.apk"))
    assert refused["status"] is None and refused["error"] and not download_works(refused)


async def _refused(url: str) -> dict[str, Any]:
    async with async_playwright() as playwright:
        request = await playwright.request.new_context()
        try:
            return await check_download(request, url, 5)
        finally:
            await request.dispose()


def test_configured_channels_pages_are_visited_and_the_home_page_then_looks_for_none(tmp_path: Path) -> None:
    config = tmp_path / "p.yaml"
    config.write_text("province: {id: t, name: 测试省}\ncities:\n"
                      "  - {id: qinghe, name: 青禾市, portal: 'http://127.0.0.1:8105/', "
                      "channels_pages: ['http://127.0.0.1:8105/ydzw/list.html']}\n"
                      "  - {id: jinghai, name: 镜海市, portal: 'http://127.0.0.1:8101/'}\n", encoding="utf-8")
    targets = portal_targets(load_config(config), ["qinghe", "jinghai"])
    by_city = {(t.city_id, t.role): t for t in targets}
    assert by_city["qinghe", "channels"].url == "http://127.0.0.1:8105/ydzw/list.html"
    assert not by_city["qinghe", "home"].follow_channels and by_city["jinghai", "home"].follow_channels
    assert ("jinghai", "channels") not in by_city
