"""A link that redirects for ever is recorded as ``redirect-limit`` against the URL that led
there — not dropped as "ignored" — and the rest of the portal is read."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

import yaml

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.e2e.hostile_portal import serving
from tests.running import run_cli

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>转圈市政务服务网</title></head><body>
<ul><li><a href="/g1.html">食品经营许可</a></li><li><a href="/chain/0">办事指南（旧地址）</a></li></ul></body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品经营许可</title></head><body>
<h1>食品经营许可</h1><table><tr><th>事项名称</th><td>食品经营许可</td></tr><tr><th>实施编码</th><td>ZQ0001</td></tr>
<tr><th>实施主体</th><td>转圈市市场监督管理局</td></tr><tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr></table></body></html>
"""


class EndlessRedirects(BaseHTTPRequestHandler):
    """/ and /g1.html are pages; /chain/N redirects to /chain/N+1, without end."""

    def do_GET(self) -> None:
        if self.path.startswith("/chain/"):
            self.send_response(302)
            self.send_header("Location", f"/chain/{int(self.path.rsplit('/', 1)[-1]) + 1}")
            self.end_headers()
            return
        body = {"/": HOME, "/g1.html": GUIDE}.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "").encode("utf-8"))

    def log_message(self, *args: object) -> None:
        pass


def test_an_endless_redirect_chain_is_recorded_as_such(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with serving(EndlessRedirects) as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "crawl": {"obey_robots": False},
                  "cities": [{"id": "loop", "name": "转圈市", "portal": portal}]}
        path = tmp_path / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        faults = [(f.url.split("/", 3)[-1], f.kind, f.message) for f in reading.fetch_errors(store, scan.id)]
        names = [obs.name for _, obs in reading.load_observations(store, scan.id, "loop")]
    finally:
        store.close()
    assert faults == [("chain/0", "redirect-limit", "redirect limit reached: a redirect loop or too long a chain")]
    assert names == ["食品经营许可"]
