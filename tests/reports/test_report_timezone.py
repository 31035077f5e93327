"""Times as inspectors read them: the report shows every moment on the province's clock (the
config's ``timezone``), with the zone beside it, while the exports keep ISO-8601 UTC.

One real store (``build_report_store``) with known UTC instants written into its scans,
findings and a complaint, rendered with the default zone (Asia/Shanghai, 北京时间) and with
Asia/Tokyo, in both languages."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from parsel import Selector
from sqlalchemy import update

from channel_equity.cli.notify.digest import build_digest
from channel_equity.cli.notify.message import render_message
from channel_equity.core.config import NotifySettings, load_config
from channel_equity.reports.clock import LocalTime, ReportClock, utc_offset
from channel_equity.reports.i18n import load_translations
from channel_equity.reports.render import RenderResult, render_site
from channel_equity.store.complaints import (
    NewCheck,
    NewComplaint,
    close_complaint,
    record_check,
    record_complaint,
)
from channel_equity.store.models import Complaint, ComplaintCheck, Finding, Scan
from channel_equity.store.reading import get_scan
from tests.reports.conftest import CONFIG, MANY, ReportStore, build_report_store

SCAN_STARTED = datetime(2026, 12, 4, 1, 21, tzinfo=UTC)  # Tokyo 10:21, Beijing 09:21
FIRST_SCAN = datetime(2026, 11, 22, 16, 30, tzinfo=UTC)  # already 23 November on both clocks
FIRST_SEEN = datetime(2026, 12, 3, 15, 5, tzinfo=UTC)  # Tokyo 4 December 00:05, Beijing 3 December 23:05
FETCHED = datetime(2026, 12, 4, 1, 21, 40, tzinfo=UTC)  # shown to the minute
RECORDED = datetime(2026, 12, 2, 23, 45, tzinfo=UTC)  # Tokyo 3 December 08:45
CHECKED = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)  # Tokyo 15:00
CLOSED = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)  # Tokyo 18:30
RECHECK_FETCHED = "2026-12-03T05:59:10+00:00"  # as a re-check's evidence stores it: Tokyo 14:59
RECEIVED = date(2026, 12, 1)
TODAY = date(2026, 12, 7)
CARRIED = ("online-only", "XK-0012-1")  # the carried finding's rule and item code, as exported
TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z")


@dataclass
class ZoneSites:
    report: ReportStore
    sites: dict[tuple[str, str], RenderResult]  # (zone, lang) -> the rendered site
    complaint: int

    def page(self, zone: str, lang: str, relative: str) -> Selector:
        return Selector(text=(self.sites[zone, lang].index.parent / relative).read_text(encoding="utf-8"))


def shown(element: Selector) -> str:
    return " ".join("".join(element.css("::text").getall()).split())


def facts(listing: Selector) -> dict[str, str]:
    """A ``dl``'s terms and what each says."""
    terms = listing.css(":scope > dt::text").getall()
    return dict(zip(terms, map(shown, listing.css(":scope > dd")), strict=True))


def _set_known_times(report: ReportStore) -> int:
    """Known instants on the scans and the carried finding, and a closed complaint with a
    re-check whose evidence carries its fetch time as JSON text; returns the complaint's id."""
    store, (first, second) = report.store, report.scan_ids
    complaint = record_complaint(store, NewComplaint(
        city_id="jinghai", item_ref="食品经营许可证核发", item_name="食品经营许可证核发",
        guide_url="http://127.0.0.1:8101/guide/1", received=datetime(2026, 12, 1, tzinfo=UTC), text="窗口拒收",
        recorded_by="inspector-wang", item_code="XK-0012-1", entry_url=None, reference="JH-2026-101",
        claim="online-only"))
    evidence = {"rule": "online-only", "url": "http://127.0.0.1:8101/guide/1", "excerpt": "仅限网上申请",
                "quoted": False, "http_status": 200, "fetched_at": RECHECK_FETCHED}
    record_check(store, NewCheck(complaint, second, "substantiated", "online-only: the guide accepts only online",
                                 ["online-only"], [], [evidence], [report.finding_ids["carried"]]))
    close_complaint(store, complaint, "answered")
    with store.session(write=True) as session:
        session.execute(update(Scan).where(Scan.id == first).values(started_at=FIRST_SCAN))
        session.execute(update(Scan).where(Scan.id == second).values(started_at=SCAN_STARTED))
        session.execute(update(Finding).where(Finding.id == report.finding_ids["carried"]).values(
            first_seen=FIRST_SEEN, evidence_fetched_at=FETCHED))
        session.execute(update(Complaint).where(Complaint.id == complaint).values(
            recorded_at=RECORDED, closed_at=CLOSED, fixed_since=SCAN_STARTED))
        session.execute(update(ComplaintCheck).where(ComplaintCheck.complaint_id == complaint).values(
            checked_at=CHECKED))
    return complaint


@pytest.fixture(scope="module")
def zone_sites(tmp_path_factory: pytest.TempPathFactory) -> ZoneSites:
    folder = tmp_path_factory.mktemp("zone-store")
    report = build_report_store(folder)
    complaint = _set_known_times(report)
    tokyo = folder / "tokyo.yaml"  # beside province.yaml: the same store
    tokyo.write_text(CONFIG + "timezone: Asia/Tokyo\n", encoding="utf-8")
    configs = {"default": report.loaded, "tokyo": load_config(tokyo)}
    scan = get_scan(report.store, report.scan_ids[-1])
    assert scan is not None
    out = tmp_path_factory.mktemp("zone-report")
    sites = {(zone, lang): render_site(loaded, report.store, scan, out / f"{zone}-{lang}", lang, today=TODAY)
             for zone, loaded in configs.items() for lang in ("zh", "en")}
    return ZoneSites(report, sites, complaint)


def test_the_header_shows_the_scan_start_on_the_province_s_clock(zone_sites: ZoneSites) -> None:
    second = zone_sites.report.scan_ids[-1]
    carried = f"finding/{zone_sites.report.finding_ids['carried']}.html"
    expected = {
        ("tokyo", "en"): f"Scan {second}, started 2026-12-04 10:21 (UTC+09:00)",
        ("tokyo", "zh"): f"第 {second} 次扫描，开始于 2026-12-04 10:21（UTC+09:00）",
        ("default", "en"): f"Scan {second}, started 2026-12-04 09:21 (Beijing time)",
        ("default", "zh"): f"第 {second} 次扫描，开始于 2026-12-04 09:21（北京时间）",
    }
    for (zone, lang), header in expected.items():
        for relative in ("index.html", carried, "coverage.html"):
            meta = zone_sites.page(zone, lang, relative).css(".scan-meta")
            assert shown(meta) == header, (zone, lang, relative)
            assert meta.css("time::attr(datetime)").get() == "2026-12-04T01:21:00Z", "the exact instant kept"
    previous = zone_sites.page("tokyo", "en", "index.html").xpath("//main/p[contains(., 'Compared with')]")
    first = zone_sites.report.scan_ids[0]
    assert shown(previous) == f"Compared with scan {first}, started 2026-11-23 01:30 (UTC+09:00)."


def test_a_finding_page_shows_its_times_and_its_evidence_s_fetch_time_converted(zone_sites: ZoneSites) -> None:
    carried = f"finding/{zone_sites.report.finding_ids['carried']}.html"
    tokyo = zone_sites.page("tokyo", "en", carried)
    assert facts(tokyo.css("h1 + dl.facts"))["First seen"] == "2026-12-04 00:05 (UTC+09:00)", "the day moves too"
    assert facts(tokyo.css("h1 + dl.facts"))["Last seen"] == "2026-11-24 11:00 (UTC+09:00)"
    assert facts(tokyo.css("dl.evidence"))["Fetched at"] == "2026-12-04 10:21 (UTC+09:00)"
    history = [[shown(cell) for cell in row.css("td")] for row in tokyo.css("#history ~ table tbody tr")]
    assert history == [["Opened", "2026-11-23 11:30 (UTC+09:00)", str(zone_sites.report.scan_ids[0])]]
    _ = load_translations("zh").gettext
    beijing = zone_sites.page("default", "zh", carried)
    assert facts(beijing.css("h1 + dl.facts"))[_("First seen")] == "2026-12-03 23:05（北京时间）"
    assert facts(beijing.css("dl.evidence"))[_("Fetched at")] == "2026-12-04 09:21（北京时间）"
    city = zone_sites.page("tokyo", "zh", "city/jinghai.html")  # the city page's evidence too
    assert "2026-12-04 10:21（UTC+09:00）" in [shown(dd) for dd in city.css("dl.evidence dd")]


def test_a_complaint_shows_its_moments_converted_and_its_days_as_days(zone_sites: ZoneSites) -> None:
    page = zone_sites.page("tokyo", "en", f"complaint/{zone_sites.complaint}.html")
    complaint = facts(page.css("h1 + dl.facts"))
    assert complaint["Recorded by"] == "inspector-wang · 2026-12-03 08:45 (UTC+09:00)"
    assert complaint["Closed at"] == "2026-12-05 18:30 (UTC+09:00)"
    assert complaint["Fixed since"] == "2026-12-04 10:21 (UTC+09:00)"
    assert complaint["Received"] == RECEIVED.isoformat(), "a day is no moment: not converted"
    assert complaint["Due"].startswith("2026-12-22 ")
    check = page.css("article.recheck")
    assert shown(check.css("h3")) == "2026-12-03 15:00 (UTC+09:00) Substantiated"
    assert facts(check.css("dl.evidence"))["Fetched at"] == "2026-12-03 14:59 (UTC+09:00)"
    listing = zone_sites.page("default", "zh", "complaints.html")
    row = [shown(cell) for cell in listing.css(f"#complaint-{zone_sites.complaint} td")]
    assert row[4:6] == ["2026-12-01", "2026-12-22"] and row[7] == "2026-12-04 09:21（北京时间）"


def test_the_charts_label_each_scan_with_the_province_s_day(zone_sites: ZoneSites) -> None:
    index = zone_sites.page("default", "en", "index.html")
    first, second = zone_sites.report.scan_ids
    assert index.css("#trend-desc::text").get() == (
        f"Scan {first} (2026-11-23): 2 open; Scan {second} (2026-12-04): {5 + MANY} open"), (
        "the first scan started on 22 November in UTC")
    assert "2026-11-22" not in index.css("svg").get()


def test_the_footer_says_which_clock_and_that_the_exports_are_utc(zone_sites: ZoneSites) -> None:
    notes = {key: " ".join(zone_sites.page(*key, "index.html").css("footer p::text").getall())
             for key in zone_sites.sites}
    assert notes["default", "zh"].startswith("时间均为北京时间；CSV 和 JSON 导出文件中的时间为协调世界时")
    assert notes["default", "en"].startswith("Times are Beijing time; the CSV and JSON exports give them in UTC")
    assert notes["tokyo", "en"].startswith("Times are local time in Asia/Tokyo, each followed by its offset")
    assert notes["tokyo", "zh"].startswith("时间均为 Asia/Tokyo 时区的当地时间")
    assert all("UTC." not in note for note in notes.values()), "no page claims its times are UTC"


def test_no_page_shows_a_utc_time_outside_the_time_elements(zone_sites: ZoneSites) -> None:
    for result in zone_sites.sites.values():
        for path in result.pages:
            html = path.read_text(encoding="utf-8")
            assert "<script" not in html
            visible = re.sub(r' datetime="[^"]*"', "", html)
            assert TIME_TEXT.findall(visible) == [], path


def test_the_exports_keep_iso_utc_whatever_the_zone(zone_sites: ZoneSites) -> None:
    for name in ("findings.json", "findings.csv", "complaints.json", "complaints.csv"):
        exported = {key: (result.index.parent / name).read_bytes() for key, result in zone_sites.sites.items()}
        assert len(set(exported.values())) == 1, f"{name} does not depend on the zone or the language"
    site = zone_sites.sites["tokyo", "zh"].index.parent
    [carried] = [row for row in json.loads((site / "findings.json").read_text(encoding="utf-8"))
                 if (row["rule"], row["item_code"]) == CARRIED]
    assert carried["first_seen"] == "2026-12-03T15:05:00Z"
    assert carried["evidence"]["fetched_at"] == "2026-12-04T01:21:40Z"
    [row] = [row for row in csv.DictReader(io.StringIO((site / "findings.csv").read_text(encoding="utf-8")))
             if (row["rule"], row["item_code"]) == CARRIED]
    assert row["first_seen"] == "2026-12-03T15:05:00Z" and row["evidence_fetched_at"] == "2026-12-04T01:21:40Z"
    [complaint] = json.loads((site / "complaints.json").read_text(encoding="utf-8"))
    assert (complaint["recorded_at"], complaint["closed_at"], complaint["fixed_since"]) == (
        "2026-12-02T23:45:00Z", "2026-12-05T09:30:00Z", "2026-12-04T01:21:00Z")
    assert complaint["checks"][0]["checked_at"] == "2026-12-03T06:00:00Z"
    assert complaint["received"] == "2026-12-01", "a day stays a day"


def test_the_digest_tells_the_scan_s_start_on_the_province_s_clock(zone_sites: ZoneSites) -> None:
    report, second = zone_sites.report, zone_sites.report.scan_ids[-1]
    tokyo = load_config(report.loaded.path.parent / "tokyo.yaml")
    for loaded, lang, said in (
        (tokyo, "en", f"Scan {second} of 示范省, started 2026-12-04 10:21 (UTC+09:00)."),
        (report.loaded, "zh", f"示范省第{second}次扫描，开始于 2026-12-04 09:21（北京时间）。"),
    ):
        settings = NotifySettings.model_validate({"targets": ["json://127.0.0.1:9/hook"], "lang": lang})
        message = render_message(build_digest(loaded, report.store, second, None), settings)
        assert said in message.text.splitlines() and said in message.markdown.splitlines()


# --- the clock itself -----------------------------------------------------------------------------

def test_other_zones_say_their_offset_at_that_moment() -> None:
    def english(message: str) -> str:
        return message

    new_york = ReportClock("America/New_York", english)
    assert str(new_york.time(datetime(2026, 1, 15, 17, 0, tzinfo=UTC))) == "2026-01-15 12:00 (UTC-05:00)"
    summer = datetime(2026, 7, 15, 17, 0, tzinfo=UTC)
    assert str(new_york.time(summer)) == "2026-07-15 13:00 (UTC-04:00)", "daylight saving time"
    assert str(ReportClock("Asia/Kathmandu", english).time(SCAN_STARTED)) == "2026-12-04 07:06 (UTC+05:45)"
    assert str(ReportClock("UTC", english).time(SCAN_STARTED)) == "2026-12-04 01:21 (UTC+00:00)"
    assert (utc_offset(timedelta(hours=-3, minutes=-30)), utc_offset(timedelta(0))) == ("-03:30", "+00:00")


def test_the_tz_database_s_other_names_for_beijing_time_say_beijing_time() -> None:
    zh = load_translations("zh").gettext
    for zone in ("Asia/Shanghai", "PRC", "Asia/Chongqing", "Asia/Harbin"):
        assert str(ReportClock(zone, zh).time(SCAN_STARTED)) == "2026-12-04 09:21（北京时间）", zone
    assert str(ReportClock("Asia/Urumqi", zh).time(SCAN_STARTED)) == "2026-12-04 07:21（UTC+06:00）", (
        "the tz database's Xinjiang time is its own zone, shown by its offset")


def test_a_moment_renders_as_a_time_element_and_odd_stored_values_stay_text() -> None:
    clock = ReportClock("Asia/Tokyo", load_translations("en").gettext)
    moment = clock.time(SCAN_STARTED)
    assert moment == LocalTime("2026-12-04 10:21 (UTC+09:00)", "2026-12-04T01:21:00Z")
    assert moment.__html__() == '<time datetime="2026-12-04T01:21:00Z">2026-12-04 10:21 (UTC+09:00)</time>'
    assert clock.time(None) is None and clock.stored_time(None) is None and clock.stored_time("") is None
    assert clock.time(datetime(2026, 12, 4, 1, 21)) == moment, "a moment without a zone is UTC, as stored"
    assert clock.stored_time("2026-12-04T01:21:00") == moment
    odd = clock.stored_time("<b>yesterday</b>")
    assert odd == LocalTime("<b>yesterday</b>", None) and odd.__html__() == "&lt;b&gt;yesterday&lt;/b&gt;"
