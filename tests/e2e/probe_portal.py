"""A small portal for the probe tests: guides whose 在线办理 entries lead where real ones do.

- ``/apply/form``: a working application form;
- ``/apply/script``: a loading shell whose script sends the browser to a maintenance page after a
  timer (plain HTTP sees only the shell);
- ``/apply/missing``: HTTP 404;
- ``/apply/sniff``: blocks Chromium by its user agent ("请使用IE浏览器"), shows a form to IE 11;
- ``/apply/slow``: a form that takes ``SLOW_SECONDS`` to answer (the browser-kill test kills
  Chromium while these are open);
- a dead entry on a port nothing listens on.
"""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

SLOW_SECONDS = 3.0

HOME = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>探针市政务服务网</title></head>
<body><h1>探针市政务服务网</h1><ul>{links}</ul></body></html>"""
GUIDE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施编码</th><td>{code}</td></tr>
<tr><th>实施主体</th><td>探针市市场监督管理局</td></tr><tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
<tr><th>网上办理地址</th><td><a href="{entry}">{entry}</a></td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr></table><p><a href="{entry}">在线办理</a></p></body></html>"""
FORM = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网上申报</title></head><body>
<h1>网上申报</h1><form method="post" action="/apply/submit"><label>申请人姓名 <input name="name"></label>
<label>联系电话 <input name="phone" type="tel"></label><button type="submit">提交申请</button></form></body></html>"""
SHELL = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网上申报</title></head><body>
<p>正在加载，请稍候……</p><script>setTimeout(function () { location.replace("/maintenance.html"); }, 700);</script>
</body></html>"""
MAINTENANCE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>系统升级维护中</title></head>
<body><h1>系统升级维护中</h1><p>为提供更好的服务，系统正在升级维护，暂停网上申报，请到政务服务中心窗口办理。</p></body></html>"""
SNIFF = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网上申报</title></head><body>
<div id="app"></div><script>
if (navigator.userAgent.indexOf("Trident") >= 0) {
  document.getElementById("app").innerHTML = '<form method="post" action="/apply/submit"><label>申请人 '
    + '<input name="name"></label><button type="submit">提交</button></form>';
} else {
  document.getElementById("app").innerHTML = "<p>请使用IE浏览器（兼容模式）访问本系统。</p>";
}
</script></body></html>"""

GUIDES: dict[str, tuple[str, str, str]] = {
    # slug: (name, code, entry path)
    "form": ("食品经营许可", "TZ0001", "/apply/form"),
    "script": ("药品零售许可", "TZ0002", "/apply/script"),
    "missing": ("建筑施工许可", "TZ0003", "/apply/missing"),
    "sniff": ("道路运输经营许可", "TZ0004", "/apply/sniff"),
    "dead": ("排污许可", "TZ0005", "DEAD"),
}
"""The guides of the portal; ``DEAD`` is replaced by an entry on a port nothing listens on."""


def slow_guides(count: int) -> dict[str, tuple[str, str, str]]:
    return {f"slow{n}": (f"慢速事项{n}", f"TZS{n:03d}", f"/apply/slow/{n}") for n in range(count)}


class ProbePortal(BaseHTTPRequestHandler):
    """Answers the pages above; ``guides`` and ``dead_entry`` are set by the test."""

    guides: dict[str, tuple[str, str, str]] = dict(GUIDES)
    dead_entry = "http://127.0.0.1:9/apply"

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        path = self.path.split("?", 1)[0]
        if path == "/":
            links = "".join(f'<li><a href="/g/{slug}">{name}</a></li>' for slug, (name, _, _) in self.guides.items())
            self.answer(200, HOME.format(links=links))
        elif path.startswith("/g/") and path[3:] in self.guides:
            name, code, entry = self.guides[path[3:]]
            self.answer(200, GUIDE.format(name=name, code=code, entry=self.dead_entry if entry == "DEAD" else entry))
        elif path == "/apply/form":
            self.answer(200, FORM)
        elif path == "/apply/script":
            self.answer(200, SHELL)
        elif path == "/maintenance.html":
            self.answer(200, MAINTENANCE)
        elif path == "/apply/sniff":
            self.answer(200, SNIFF)
        elif path.startswith("/apply/slow/"):
            time.sleep(SLOW_SECONDS)
            self.answer(200, FORM)
        else:
            self.answer(404, "<html><body><h1>404 Not Found</h1></body></html>")

    def answer(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass
