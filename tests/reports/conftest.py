"""A real store with two scans' worth of history, written without crawling.

Three cities: ``jinghai`` read in both scans (one finding resolved, one new, one carried on,
one carrying a script-injection payload in its item name and excerpt, one with a probe's
screenshot and one whose "screenshot" is not an image), ``shanyang``, whose portal was
unreachable in the second scan, and ``hexi``, whose open findings fill three city pages
of ``PAGE_SIZE``. Observations include 即办件, channels against the standard and an unmatched guide;
a stored GB18030 page body backs the snapshots. Some findings carry a message template and
its arguments as `check` writes them (one with the payload as an argument), the others only
a message, as rows written before there were templates.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from sqlalchemy import update

from channel_equity.checks.rules.immediate_share_low import SHARE_LOW
from channel_equity.checks.rules.online_entry_broken import LEADS_TO_HTTP_ERROR as HTTP_ERROR
from channel_equity.checks.rules.online_only import ONLY_ONLINE
from channel_equity.checks.rules.shared_data_demanded import DEMANDS_SHARED as SHARED
from channel_equity.checks.verdict import MessageArg, format_message
from channel_equity.core.config import LoadedConfig, load_config
from channel_equity.core.observation import GuideObservation
from channel_equity.reports.render import RenderResult, render_site
from channel_equity.store import Store, open_store, recording
from channel_equity.store.models import Finding, FindingEvent, Scan
from channel_equity.store.reading import get_scan
from tests.reports.site_checks import launched_browser

PAYLOAD = "<script>alert('xss')</script><img src=x onerror=alert(1)>"
SNAPSHOT_BODY = "<html><body><p>仅限网上申请</p><script>alert('snap')</script></body></html>".encode("gb18030")

CONFIG = """\
province: {id: demo, name: 示范省}
database: sqlite:///var/monitor.db
cities:
  - {id: jinghai, name: 镜海市, portal: "http://127.0.0.1:8101/"}
  - {id: shanyang, name: 山阳市, portal: "http://127.0.0.1:8102/"}
  - {id: hexi, name: 河西市, portal: "http://127.0.0.1:8103/"}
policy:
  standard_items:
    - {code: "XK-0012", name: 食品经营许可证核发, online: required, offline: required}
    - {code: "XK-0013", name: 居住证签注, online: optional, offline: required}
    - {code: "XK-0014", name: 户籍证明, online: required, offline: optional}
"""
PAGE_SIZE = 4  # findings per city page in the rendered test sites
MANY = PAGE_SIZE * 2 + 1  # hexi's open findings: three city pages


def png_bytes(width: int, height: int) -> bytes:
    """A valid grey PNG of this size (a probe's screenshot, without a browser)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


@dataclass
class ReportStore:
    loaded: LoadedConfig
    store: Store
    scan_ids: list[int]
    finding_ids: dict[str, int]


def _scan(store: Store, day: int) -> int:
    scan_id = recording.start_scan(store, "demo", None)
    recording.finish_scan(store, scan_id)
    with store.session(write=True) as session:  # spread the scans over nights, as the nightly job would
        session.execute(update(Scan).where(Scan.id == scan_id).values(
            started_at=T0 + timedelta(days=day), finished_at=T0 + timedelta(days=day, hours=1)))
    return scan_id


def _finding(rule: str, item: str | None, name: str | None, severity: str, excerpt: str, *,
             page_sha: str | None, scan_id: int, status: str = "open", city: str = "jinghai",
             screenshot: str | None = None, template: str | None = None,
             args: dict[str, MessageArg] | None = None) -> Finding:
    return Finding(
        fingerprint=f"{rule}|{city}|{item}", rule=rule, city_id=city, subject=item or "",
        item_code=item, item_name=name, standard_code="XK-0012" if item else None, severity=severity,
        status=status, first_seen=T0, last_seen=T0 + timedelta(days=1),
        message=format_message(template, args or {}) if template else f"{rule} fired on {name}",
        message_template=template, message_args=args, last_scan_id=scan_id, evidence_url=f"http://127.0.0.1:8101/guide/{item}", evidence_fetched_at=T0,
        evidence_http_status=200, evidence_sha256=page_sha, evidence_excerpt=excerpt,
        evidence_snapshot=f"sha256:{page_sha}" if page_sha else None, evidence_screenshot=screenshot,
        resolved_at=T0 + timedelta(days=1) if status == "resolved" else None,
    )


def build_report_store(tmp_path: Path) -> ReportStore:
    config_path = tmp_path / "province.yaml"
    config_path.write_text(CONFIG, encoding="utf-8")
    loaded = load_config(config_path)
    store = open_store(loaded.database_url())
    first, second = _scan(store, 0), _scan(store, 1)
    page_id = recording.record_page(store, second, "jinghai", url="http://127.0.0.1:8101/guide/1",
                                    body=SNAPSHOT_BODY, http_status=200, detected_encoding="gb18030")
    page_sha = recording.body_sha256(SNAPSHOT_BODY)
    shot, fake = tmp_path / "probe-shot.png", tmp_path / "not-an-image.png"
    shot.write_bytes(png_bytes(32, 20))
    fake.write_text("<script>alert('png')</script>", encoding="utf-8")
    guides = [
        GuideObservation(url="http://127.0.0.1:8101/guide/1", item_code="XK-0012-1", name="食品经营许可证核发",
                         case_type="immediate", channels=["online"],
                         raw_fields={"事项名称": "食品经营许可证核发", "服务方法": "窗口办理", "发布时间": "2026-11-01",
                                     "<b>受理窗口编号</b>": "3号"}),
        GuideObservation(url="http://127.0.0.1:8101/guide/2", item_code="XK-0013-1", name=PAYLOAD,
                         case_type="promised", channels=["online", "counter"]),
        GuideObservation(url="http://127.0.0.1:8101/guide/3", item_code="ZZ-1", name="未列入清单的事项"),
        GuideObservation(url="http://127.0.0.1:8101/guide/4", item_code="XK-0014-1", name="户籍证明",
                         case_type="immediate", channels=["counter"], raw_fields={"服务方法": "窗口办理"}),
    ]
    ids = recording.record_observations(store, second, "jinghai", [(page_id, guide) for guide in guides])
    recording.record_matches(store, {ids[0]: ("XK-0012", "code"), ids[1]: ("XK-0013", "code"),
                                     ids[2]: (None, "unmatched"), ids[3]: ("XK-0014", "code")})
    for scan_id in (first, second):
        recording.record_city_result(store, scan_id, "jinghai", portal_url="http://127.0.0.1:8101/",
                                     status="ok", pages_fetched=4, items_extracted=3)
    recording.record_city_result(store, first, "shanyang", portal_url="http://127.0.0.1:8102/", status="ok")
    recording.record_city_result(store, second, "hexi", portal_url="http://127.0.0.1:8103/", status="ok",
                                 pages_fetched=MANY, items_extracted=MANY)
    recording.record_city_result(store, second, "shanyang", portal_url="http://127.0.0.1:8102/",
                                 status="unreachable", error="connection refused", error_count=2)
    for _ in range(2):
        recording.record_fetch_error(store, second, "shanyang", url="http://127.0.0.1:8102/", kind="refused",
                                     message="Connection refused")
    recording.record_fetch_error(store, second, "jinghai", url="http://127.0.0.1:8101/guide/9", kind="http",
                                 http_status=500, message=PAYLOAD)
    rows = {
        "carried": _finding("online-only", "XK-0012-1", "食品经营许可证核发", "high", "仅限网上申请",
                            page_sha=page_sha, scan_id=second, template=ONLY_ONLINE, args={"words": "仅限网上申请"}),
        "xss": _finding("shared-data-demanded", "XK-0013-1", PAYLOAD, "medium", f"需提交的共享材料（1项）：{PAYLOAD}",
                        page_sha=page_sha, scan_id=second, template=SHARED, args={"count": 1, "names": PAYLOAD}),
        "fixed": _finding("village-gap", "XK-0014-1", "户籍证明", "medium", "无村级办理地点", page_sha=None,
                          scan_id=second, status="resolved"),
        "portal": _finding("immediate-share-low", None, None, "medium", "即办件 1/2", page_sha=None,
                           scan_id=second, template=SHARE_LOW,
                           args={"immediate": 1, "judged": 2, "share": "50%", "minimum": "30%"}),
        "screenshot": _finding("online-entry-broken", "XK-0015-1", "网上申请入口", "high",
                               "系统维护中，请到窗口办理", page_sha=None, scan_id=second, screenshot=str(shot)),
        "fake-shot": _finding("online-entry-broken", "XK-0016-1", "另一个入口", "high", "HTTP 404",
                              page_sha=None, scan_id=second, screenshot=str(fake), template=HTTP_ERROR,
                              args={"url": "http://127.0.0.1:8101/apply/16", "status": 404}),
    }
    rows.update({f"many-{n}": _finding("exceeds-standard", f"HX-{n:04d}", f"河西事项{n}", "medium",
                                       f"办理时限：{20 + n}个工作日", page_sha=None, scan_id=second, city="hexi")
                 for n in range(MANY)})
    with store.session(write=True) as session:
        session.add_all(rows.values())
        session.flush()
        events = [("carried", first, "opened"), ("fixed", first, "opened"), ("fixed", second, "resolved"),
                  ("xss", second, "opened"), ("portal", second, "opened"), ("screenshot", second, "opened"),
                  ("fake-shot", second, "opened"), *((f"many-{n}", second, "opened") for n in range(MANY))]
        for key, scan_id, kind in events:
            day = 0 if scan_id == first else 1
            session.add(FindingEvent(finding_id=rows[key].id, scan_id=scan_id, event=kind,
                                     at=T0 + timedelta(days=day, minutes=30)))
        finding_ids = {key: row.id for key, row in rows.items()}
    return ReportStore(loaded, store, [first, second], finding_ids)


@pytest.fixture(scope="session")
def report_store(tmp_path_factory: pytest.TempPathFactory) -> ReportStore:
    return build_report_store(tmp_path_factory.mktemp("report-store"))


@pytest.fixture(scope="session")
def sites(report_store: ReportStore, tmp_path_factory: pytest.TempPathFactory) -> dict[str, RenderResult]:
    """The report of the second scan, rendered once in each language (``PAGE_SIZE`` findings a city page)."""
    out = tmp_path_factory.mktemp("report")
    scan = get_scan(report_store.store, report_store.scan_ids[-1])
    assert scan is not None
    return {lang: render_site(report_store.loaded, report_store.store, scan, out / lang, lang,
                              city_page_size=PAGE_SIZE) for lang in ("zh", "en")}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Per module: a live Playwright would keep its event loop running into other packages' tests."""
    with launched_browser() as browser:
        yield browser
