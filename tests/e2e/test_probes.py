"""The headless-browser probes, end to end: ``scan`` visits the home page and every online entry in
Chromium after the crawl and stores what a citizen met — the final page after script navigation,
HTTP errors and dead hosts as results, a second visit as Internet Explorer where Chromium got
nothing, a screenshot and a WARC per visit; ``probe`` runs them alone; a browser killed in the
middle of a run is started again and the run completes."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select
from warcio.archiveiterator import ArchiveIterator

from channel_equity.store.models import Blob, Page, ProbeResult
from channel_equity.store.recording import body_sha256
from channel_equity.store.session import Store, open_store
from tests.e2e.hostile_portal import serving
from tests.e2e.probe_portal import GUIDES, ProbePortal, slow_guides
from tests.running import run_cli
from tests.unit.notify_servers import refused_port

pytestmark = pytest.mark.browser


def write_config(tmp_path: Path, portal: str, probes: dict[str, object] | None = None) -> tuple[Path, Path]:
    db = tmp_path / "m.db"
    config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
              "crawl": {"obey_robots": False}, "cities": [{"id": "tanzhen", "name": "探针市", "portal": portal}],
              "probes": {"page_timeout_seconds": 15, "probe_timeout_seconds": 40, **(probes or {})}}
    path = tmp_path / "province.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path, db


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str, str, Path]]:
    """One scan of the probe portal with its probes; the store, the portal URL, the scan's output and the config."""
    tmp_path = tmp_path_factory.mktemp("probed")
    ProbePortal.guides = dict(GUIDES)
    ProbePortal.dead_entry = f"http://127.0.0.1:{refused_port()}/apply"
    with serving(ProbePortal) as portal:
        path, db = write_config(tmp_path, portal)
        result = run_cli("scan", "--config", str(path), probes=True)
        assert result.returncode == 0, result.stderr[-3000:]
        store = open_store(f"sqlite:///{db}")
        try:
            yield store, portal, result.stdout, path
        finally:
            store.close()


def results_by_url(store: Store) -> dict[tuple[str, str], ProbeResult]:
    with store.session() as session:
        rows = list(session.scalars(select(ProbeResult)))
        session.expunge_all()
    return {(row.target_url, row.variant): row for row in rows}


def blob(store: Store, digest: str | None) -> bytes:
    import zlib

    assert digest is not None
    with store.session() as session:
        stored = session.get(Blob, digest)
        assert stored is not None
        return zlib.decompress(stored.data)


def test_scan_visits_the_home_page_and_every_entry_as_a_citizen_would(probed: tuple[Store, str, str, Path]) -> None:
    store, portal, stdout, _ = probed
    assert "probes of scan 1: 12 visit(s) in 1 city(ies), 0 failed" in stdout, stdout[-1500:]
    everything = results_by_url(store)
    guides = [r for r in everything.values() if r.role == "guide"]
    assert len(guides) == 3 and {r.target_url.rsplit("/", 1)[0] for r in guides} == {portal + "g"}, (
        "three of the five guides, sampled")
    walked = everything[(portal, "journey")]
    assert walked.role == "journey" and walked.facts["journey"]["item_name"] and walked.facts["journey"]["steps"][0][
        "action"] == "load", "one citizen's journey per city, from the home page"
    results = {key: r for key, r in everything.items() if r.role not in ("guide", "journey")}
    entry = {slug: portal.rstrip("/") + path for slug, (_, _, path) in GUIDES.items() if path != "DEAD"}
    assert set(results) == {(portal, "chromium"), *((url, "chromium") for url in entry.values()),
                            (ProbePortal.dead_entry, "chromium"), (entry["sniff"], "legacy-ua"),
                            (entry["script"], "legacy-ua")}, (
        "a page shown without a way on (the sniffer's refusal, the maintenance page) is looked at as IE too; "
        "an HTTP error or a dead host is not")
    assert all(r.status == "done" and r.attempts == 1 for r in results.values())

    form = results[(entry["form"], "chromium")]
    assert form.http_status == 200 and form.facts["forms"] == 1 and form.facts["fields"] == 2
    assert form.item_code == "TZ0001" and form.role == "entry" and form.probe == "entry"

    script = results[(entry["script"], "chromium")]
    assert script.final_url == portal + "maintenance.html", "the script's navigation is followed"
    assert script.redirects == [entry["script"], portal + "maintenance.html"]
    assert script.facts["forms"] == 0 and script.facts["title"] == "系统升级维护中"

    assert results[(entry["missing"], "chromium")].http_status == 404, "an HTTP error is a result, not a failure"
    dead = results[(ProbePortal.dead_entry, "chromium")]
    assert dead.http_status is None and "ERR_CONNECTION_REFUSED" in (dead.error or "")
    assert dead.page_id is None and dead.screenshot_sha256 is None, "nothing was shown, nothing is kept"

    sniffed, as_ie = results[(entry["sniff"], "chromium")], results[(entry["sniff"], "legacy-ua")]
    assert sniffed.facts["forms"] == 0 and as_ie.facts["forms"] == 1, "IE 11 is shown the form Chromium is refused"


def test_each_visit_keeps_the_rendered_page_a_screenshot_and_a_warc(probed: tuple[Store, str, str, Path]) -> None:
    store, portal, _, _ = probed
    results = results_by_url(store)
    script = results[(portal + "apply/script", "chromium")]
    with store.session() as session:
        page = session.get(Page, script.page_id)
        assert page is not None and page.probed and page.rendered
        assert page.final_url == portal + "maintenance.html"
        assert session.scalar(select(func.count()).select_from(Page).where(Page.probed.is_(False))) == 10, (
            "the crawl's pages (home, five guides, the four entries it could fetch) stay as they were")
        digest = page.sha256
    dom = blob(store, digest)
    assert "系统升级维护中" in dom.decode("utf-8") and body_sha256(dom) == digest
    assert blob(store, script.screenshot_sha256).startswith(b"\x89PNG\r\n\x1a\n")
    assert script.timings["load_ms"] >= 0 and "responseStart" in script.timings

    form = results[(portal + "apply/form", "chromium")]
    records = {}
    for record in ArchiveIterator(io.BytesIO(blob(store, form.warc_sha256))):
        if record.rec_type == "response":
            records[record.rec_headers.get_header("WARC-Target-URI")] = (
                record.http_headers.get_statuscode(), record.content_stream().read())
    status, body = records[portal + "apply/form"]
    assert status == "200" and "提交申请" in body.decode("utf-8"), "the entry page's response is in the WARC"


def test_probe_runs_alone_over_the_latest_scan_and_narrows_to_an_item(tmp_path: Path) -> None:
    ProbePortal.guides = dict(GUIDES)
    with serving(ProbePortal) as portal:
        path, db = write_config(tmp_path, portal)
        assert run_cli("scan", "--config", str(path)).returncode == 0  # crawl only (--no-probes)
        store = open_store(f"sqlite:///{db}")
        try:
            assert results_by_url(store) == {}
            result = run_cli("probe", "--config", str(path), "--item", "TZ0001")
            assert result.returncode == 0, result.stderr[-2000:]
            assert set(results_by_url(store)) == {(portal + "apply/form", "chromium")}
            unknown = run_cli("probe", "--config", str(path), "--item", "XX9999")
            assert unknown.returncode == 2 and "no online entry of XX9999 in scan 1" in unknown.stderr
        finally:
            store.close()


def chromium_roots(ancestor: int) -> list[int]:
    """The browser processes (not their renderers) descending from ``ancestor``."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            commands[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])

    def descends(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == ancestor:
                return True
        return False

    return [pid for pid, command in commands.items()
            if "chrom" in command.split(" ", 1)[0] and "--type=" not in command and descends(pid)]


def test_a_browser_killed_mid_run_is_started_again_and_every_visit_is_stored(tmp_path: Path) -> None:
    ProbePortal.guides = slow_guides(8)
    with serving(ProbePortal) as portal:
        path, db = write_config(tmp_path, portal, {"concurrency": 2})
        assert run_cli("scan", "--config", str(path)).returncode == 0
        process = subprocess.Popen([sys.executable, "-m", "channel_equity", "probe", "--config", str(path)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env={**os.environ, "COLUMNS": "200"})
        killed: list[int] = []
        deadline = time.monotonic() + 60
        store = open_store(f"sqlite:///{db}")
        try:
            while not killed and time.monotonic() < deadline and process.poll() is None:
                with store.session() as session:
                    stored = session.scalar(select(func.count()).select_from(ProbeResult))
                roots = chromium_roots(process.pid)
                if stored and stored >= 2 and roots:  # some visits stored, slow ones open right now
                    for pid in roots:
                        os.kill(pid, signal.SIGKILL)
                    killed.extend(roots)
                time.sleep(0.2)
            stdout, stderr = process.communicate(timeout=180)
            assert killed, "the browser was killed in the middle of the run"
            assert process.returncode == 0, stderr[-3000:]
            results = results_by_url(store)
        finally:
            store.close()
    expected = {portal, *(portal.rstrip("/") + entry for _, _, entry in slow_guides(8).values())}
    assert {url for url, _ in results} - {portal + f"g/slow{n}" for n in range(8)} == expected, (
        "every visit has a stored result")
    retried = [r for r in results.values() if r.attempts == 2]
    assert retried, "the visits the kill interrupted were made again"
    assert all(r.status == "done" or "browser died" in (r.error or "") for r in retried)
    assert "browser started 2 time(s)" in stdout, stdout[-1500:]


def test_check_and_report_show_what_the_probes_saw(probed: tuple[Store, str, str, Path], tmp_path: Path) -> None:
    _, portal, _, config = probed
    assert run_cli("check", "--config", str(config)).returncode == 0
    findings = json.loads(run_cli("findings", "--config", str(config)).stdout)
    broken = {f["evidence"]["url"]: f for f in findings if f["rule"] == "online-entry-broken"}
    maintenance = broken[portal + "maintenance.html"]
    assert maintenance["item_code"] == "TZ0002", "the loading shell that a script sends to maintenance"
    assert "系统升级维护中" in maintenance["evidence"]["excerpt"] and maintenance["evidence"]["quoted"] is True
    assert maintenance["evidence"]["screenshot"].startswith("sha256:")
    assert maintenance["evidence"]["warc"].startswith("sha256:")
    assert {f["item_code"] for f in broken.values()} == {"TZ0002", "TZ0003", "TZ0005"}, (
        "maintenance, 404 and the dead host; not the form, not the page that serves IE")
    legacy = [f for f in findings if f["rule"] == "legacy-browser-required"]
    assert [f["evidence"]["pages"] for f in legacy] == [[portal + "apply/sniff"]]

    out = tmp_path / "report"
    assert run_cli("report", "--config", str(config), "--out", str(out)).returncode == 0
    rows = {f["evidence"]["url"]: f for f in json.loads((out / "findings.json").read_text(encoding="utf-8"))}
    digest = rows[portal + "maintenance.html"]["evidence"]["warc"].removeprefix("sha256:")
    pages = "".join(path.read_text(encoding="utf-8") for path in (out / "finding").glob("*.html"))
    assert f"warcs/{digest}.warc.gz" in pages and "screenshots/" in pages and "<img src=" in pages
    with (out / "warcs" / f"{digest}.warc.gz").open("rb") as warc:
        uris = [record.rec_headers.get_header("WARC-Target-URI") for record in ArchiveIterator(warc)
                if record.rec_type == "response"]
    assert uris[:2] == [portal + "apply/script", portal + "maintenance.html"], "the visit as it happened"
