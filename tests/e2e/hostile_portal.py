"""A small portal that misbehaves the way real ones do, served on 127.0.0.1 for the tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GUIDE = """<html><head><title>{name}</title></head><body><table>
<tr><td>事项名称</td><td>{name}</td></tr><tr><td>实施编码</td><td>{code}</td></tr>
<tr><td>实施主体</td><td>镜海市市场监督管理局</td></tr><tr><td>办理形式</td><td>窗口办理、网上办理</td></tr>
<tr><td>到办事现场次数</td><td>0次</td></tr><tr><td>承诺办结时限</td><td>5个工作日</td></tr>
<tr><td>法定办结时限</td><td>20个工作日</td></tr><tr><td>办件类型</td><td>承诺件</td></tr>
<tr><td>办理地点</td><td>镜海市政务服务中心一楼</td></tr>
{extra}"""

SLOW_SECONDS = 6.0
HUGE_BYTES = 600_000


def guide(name: str, code: str, extra: str = "</table></body></html>") -> bytes:
    return GUIDE.format(name=name, code=code, extra=extra).encode("utf-8")


PAGES: dict[str, tuple[int, str, bytes]] = {
    "/": (200, "text/html; charset=utf-8",
          '<html><body><a href="/list">办事指南</a><a href="/admin/x">管理</a></body></html>'.encode()),
    "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    "/list": (200, "text/html; charset=utf-8", "".join(
        f'<a href="/guide/{slug}">{text}</a>' for slug, text in (
            ("good", "食品经营许可证核发"), ("gbk-mislabelled", "药品零售许可"), ("broken", "个体工商户登记"),
            ("slow", "超时事项"), ("huge", "超大页面"), ("error", "服务器错误"), ("garbage", "乱码页面"),
            ("missing", "不存在的页面"),
        )).encode()),
    "/guide/good": (200, "text/html; charset=utf-8", guide("食品经营许可证核发", "11330100002494730X3000120001000")),
    "/guide/gbk-mislabelled": (200, "text/html; charset=utf-8",
                               GUIDE.format(name="药品零售企业许可", code="11330100002494730X3000120002000",
                                            extra="</table>").encode("gbk")),
    "/guide/broken": (200, "text/html", guide("个体工商户登记", "11330100002494730X3000120003000",
                                              extra="<tr><td>是否收费<td>否<div><span><table><tr><td>")),
    "/guide/error": (500, "text/html; charset=utf-8", "<h1>500 内部错误</h1>".encode()),
    "/guide/garbage": (200, "text/html", bytes(range(256)) * 40),
}


class HostileHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        if self.path == "/guide/slow":
            time.sleep(SLOW_SECONDS)
        if self.path == "/guide/huge":
            body = b"<html><body>" + b"<p>" + "填充内容".encode() * (HUGE_BYTES // 12) + b"</p></body></html>"
            self._send(200, "text/html; charset=utf-8", body)
            return
        status, content_type, body = PAGES.get(self.path, (404, "text/html", b"<h1>404</h1>"))
        self._send(status, content_type, body)

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def hostile_portal() -> AbstractContextManager[str]:
    return serving(HostileHandler)


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A portal answered by ``handler`` on 127.0.0.1 (a free port), its home URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
