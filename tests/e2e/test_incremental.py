"""A re-scan asks the last scan's pages "if changed": a guide whose server answers 304 (ETag or
Last-Modified), or sends the same bytes again, is observed again as it was — its findings stay
open — without its page being parsed or stored again; a changed guide is read afresh, and its
fixed finding resolves."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from channel_equity.store import reading
from channel_equity.store.models import Blob, Observation, Page
from channel_equity.store.session import open_store
from tests.e2e.hostile_portal import serving
from tests.running import run_cli

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>增量市政务服务网</title></head><body><ul>
<li><a href="/g/etag">食品经营许可</a></li><li><a href="/g/modified">药品零售许可</a></li>
<li><a href="/g/plain">建筑施工许可</a></li><li><a href="/g/changing">道路运输经营许可</a></li></ul></body></html>"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施编码</th><td>{code}</td></tr>
<tr><th>实施主体</th><td>增量市市场监督管理局</td></tr><tr><th>办理形式</th><td>窗口办理、网上办理</td></tr>
<tr><th>承诺办结时限</th><td>{days}个工作日</td></tr></table></body></html>"""
NAMES = {"etag": ("食品经营许可", "ZL0001"), "modified": ("药品零售许可", "ZL0002"),
         "plain": ("建筑施工许可", "ZL0003"), "changing": ("道路运输经营许可", "ZL0004")}
POLICY = {"standard_items": [{"code": code, "name": name, "max_promised_days": 5} for name, code in NAMES.values()]}
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


class ValidatingPortal(BaseHTTPRequestHandler):
    """/g/etag validates by ETag, /g/modified by Last-Modified, /g/plain not at all; the days
    of /g/changing are whatever the test sets. Every answer's status is logged by path."""

    changing_days = 9
    answers: list[tuple[str, int]] = []
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        slug = self.path.rsplit("/", 1)[-1]
        if self.path == "/":
            body, headers = HOME.encode(), {}
        elif slug in NAMES:
            name, code = NAMES[slug]
            days = self.changing_days if slug == "changing" else 9
            body = GUIDE.format(name=name, code=code, days=days).encode()
            headers = {"etag": {"ETag": f'"{hashlib.sha1(body).hexdigest()}"'},
                       "modified": {"Last-Modified": LAST_MODIFIED}}.get(slug, {})
        else:
            self.answer(404, b"", {})
            return
        if ("ETag" in headers and self.headers.get("If-None-Match") == headers["ETag"]) or (
                "Last-Modified" in headers and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            self.answer(304, b"", headers)
            return
        self.answer(200, body, headers)

    def answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        with self.lock:
            self.answers.append((self.path, status))
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def province(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    ValidatingPortal.answers, ValidatingPortal.changing_days = [], 9
    db = tmp_path / "m.db"
    with serving(ValidatingPortal) as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}", "policy": POLICY,
                  "crawl": {"obey_robots": False}, "cities": [{"id": "zengliang", "name": "增量市", "portal": portal}]}
        path = tmp_path / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        yield path, db


def scan_and_check(path: Path) -> None:
    for command in ("scan", "check"):
        result = run_cli(command, "--config", str(path))
        assert result.returncode == 0, result.stderr[-2000:]


def test_an_unchanged_guide_is_observed_again_without_being_read_again(province: tuple[Path, Path]) -> None:
    path, db = province
    scan_and_check(path)
    first = len(ValidatingPortal.answers)
    ValidatingPortal.changing_days = 3  # fixed: within the standard's 5 days
    scan_and_check(path)
    again = dict(ValidatingPortal.answers[first:])
    assert (again["/g/etag"], again["/g/modified"]) == (304, 304), "asked conditionally, answered 304"
    assert (again["/g/plain"], again["/g/changing"]) == (200, 200)

    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            guides = {scan: Counter() for scan in (1, 2)}
            for scan_id, name, days in session.execute(
                    select(Observation.scan_id, Observation.name, Observation.promised_days)):
                guides[scan_id][(name, days)] += 1
            bodies = session.scalar(select(func.count()).select_from(Blob))
            pages = {(scan, url.rsplit("/", 1)[-1]): sha for scan, url, sha in session.execute(
                select(Page.scan_id, Page.url, Page.sha256))}
        assert guides[1] == Counter({(name, 9): 1 for name, _ in NAMES.values()})
        assert guides[2] == Counter({**{(name, 9): 1 for slug, (name, _) in NAMES.items() if slug != "changing"},
                                     ("道路运输经营许可", 3): 1}), "each guide observed once, the changed one afresh"
        assert bodies == 6, "home and four guides, and the changed guide's new body: nothing stored twice"
        assert all(pages[(2, slug)] == pages[(1, slug)] for slug in ("etag", "modified", "plain"))
        assert pages[(2, "changing")] != pages[(1, "changing")]
        open_findings = {(f.rule, f.subject.split("|")[0]) for f in reading.findings(store, "open")}
        resolved = [f.subject for f in reading.findings(store, "resolved")]
        exceeding = {subject for rule, subject in open_findings if rule == "exceeds-standard"}
        assert len(exceeding) == 3, "the unchanged guides' findings stay open"
        assert len(resolved) == 1 and "ZL0004" in resolved[0], "the fixed guide's finding resolved"
    finally:
        store.close()
