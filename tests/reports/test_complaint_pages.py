"""The complaint pages of the report, rendered from a real store: the complaints page with its
counts and overdue marks, a page per complaint with its re-checks and the evidence files they
cite, finding pages linking back to the complaints citing them, a citizen's hostile words
shown as text, and both languages complete."""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from parsel import Selector
from playwright.sync_api import Browser

from channel_equity.checks.rules._text import page_words
from channel_equity.core.charset import decode_page
from channel_equity.reports.render import RenderResult, render_site
from channel_equity.store.complaints import (
    NewCheck,
    NewComplaint,
    close_complaint,
    get_complaint,
    record_check,
    record_complaint,
)
from channel_equity.store.reading import get_scan
from channel_equity.store.recording import body_sha256, store_blob
from tests.reports.conftest import SNAPSHOT_BODY, ReportStore, build_report_store, png_bytes
from tests.reports.site_checks import WatchedPage, assert_links_resolve, serious_violations

HOSTILE = "<script>alert(1)</script>"
TODAY = date(2026, 12, 1)
WARC = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")
SHOT = png_bytes(24, 16)


@dataclass
class ComplaintSite:
    report: ReportStore
    sites: dict[str, RenderResult]
    old: int  # open, received long ago, re-checked twice: could not check, then substantiated
    recent: int  # open, received the day before TODAY, never re-checked
    closed: int  # substantiated, then not reproduced (fixed since), then closed
    newest_check: int  # the newest re-check of ``old``

    def page(self, relative: str, lang: str = "en") -> Selector:
        return Selector(text=(self.sites[lang].index.parent / relative).read_text(encoding="utf-8"))


def _complaint(city: str, name: str, received: date, text: str, **fields: str | None) -> NewComplaint:
    values: dict[str, str | None] = {"item_code": None, "entry_url": None, "reference": None, "claim": "online-only"}
    values.update(fields)
    return NewComplaint(city_id=city, item_ref=name, item_name=name, guide_url=f"http://127.0.0.1:8101/guide/{name}",
                        received=datetime(received.year, received.month, received.day, tzinfo=UTC), text=text,
                        recorded_by="inspector-li", item_code=values["item_code"], entry_url=values["entry_url"],
                        reference=values["reference"], claim=str(values["claim"]))


def _quoted_span(words: str) -> dict[str, int | str]:
    """Where ``words`` stand in the snapshot's visible text, as a re-check records a quote."""
    visible = page_words(decode_page(SNAPSHOT_BODY, "text/html; charset=gb18030").text).visible
    start = visible.index(words)
    return {"start": start, "end": start + len(words), "source": "visible"}


@pytest.fixture(scope="module")
def complaint_site(tmp_path_factory: pytest.TempPathFactory) -> ComplaintSite:
    report = build_report_store(tmp_path_factory.mktemp("complaint-store"))
    store, findings = report.store, report.finding_ids
    with store.session(write=True) as session:
        store_blob(session, body_sha256(WARC), WARC)
        store_blob(session, body_sha256(SHOT), SHOT)
    page_sha = body_sha256(SNAPSHOT_BODY)
    old = record_complaint(store, _complaint(
        "jinghai", "食品经营许可证核发", date(2020, 1, 6), f"窗口说只能网上办 {HOSTILE}", item_code="XK-0012-1",
        entry_url="http://127.0.0.1:8101/apply/12", reference="JH-2020-007"))
    recent = record_complaint(store, _complaint("hexi", "河西事项1", date(2026, 11, 30), "跑了三次",
                                                claim="excess-visits"))
    closed = record_complaint(store, _complaint("jinghai", "户籍证明", date(2020, 1, 6), "村里办不了", claim="other"))
    record_check(store, NewCheck(old, report.scan_ids[-1], "could-not-check", "the guide could not be fetched",
                                 ["online-only"], ["GET http://127.0.0.1:8101/guide/1: timeout"], [], []))
    evidence = {"rule": "online-only", "message": "the guide accepts only online applications: 仅限网上申请",
                "url": "http://127.0.0.1:8101/guide/1", "excerpt": "仅限网上申请", "quoted": True, "http_status": 200,
                "sha256": page_sha, "snapshot": f"sha256:{page_sha}", "screenshot": f"sha256:{body_sha256(SHOT)}",
                "warc": f"sha256:{body_sha256(WARC)}", "fetched_at": "2026-11-30T08:15:00+00:00",
                "spans": [_quoted_span("仅限网上申请")]}
    record_check(store, NewCheck(old, report.scan_ids[-1], "substantiated", "online-only: the guide accepts only online",
                                 ["online-only"], ["guide http://127.0.0.1:8101/guide/1 (HTTP 200)",
                                                   "entry http://127.0.0.1:8101/apply/12 visited in Chromium"],
                                 [evidence], [findings["carried"], 999_999]))
    record_check(store, NewCheck(closed, None, "substantiated", "village-gap: no village location", ["village-gap"],
                                 [], [], [findings["fixed"]]))
    record_check(store, NewCheck(closed, None, "not-reproduced", "the guide was read again and did not fire",
                                 ["village-gap"], [], [], []))
    close_complaint(store, closed, f"fixed by the city {HOSTILE}")
    scan = get_scan(store, report.scan_ids[-1])
    assert scan is not None
    out = tmp_path_factory.mktemp("complaint-report")
    sites = {lang: render_site(report.loaded, store, scan, out / lang, lang, today=TODAY) for lang in ("en", "zh")}
    return ComplaintSite(report, sites, old, recent, closed, get_complaint(store, old).checks[-1].id)


def shown(element: Selector) -> str:
    """The element's text as a reader sees it, whitespace collapsed."""
    return " ".join("".join(element.css("::text").getall()).split())


def cells(row: Selector) -> list[str]:
    return [shown(cell) for cell in row.css("th, td")]


def facts(listing: Selector) -> dict[str, str]:
    """A ``dl``'s terms and what each says."""
    return dict(zip(listing.css(":scope > dt::text").getall(), map(shown, listing.css(":scope > dd")), strict=True))


def test_the_complaints_page_counts_them_and_marks_the_overdue_one(complaint_site: ComplaintSite) -> None:
    page = complaint_site.page("complaints.html")
    card = dict(zip(page.css(".scorecard dt::text").getall(), page.css(".scorecard dd::text").getall(), strict=True))
    assert card == {"Not closed": "2", "Overdue": "1", "Closed": "1", "Latest re-check: Substantiated": "1",
                    "Latest re-check: Not reproduced": "1", "Latest re-check: Could not check": "0",
                    "Latest re-check: Not re-checked yet": "1"}
    per_city = [cells(row) for row in page.css("table.complaint-cities tbody tr, table.complaint-cities tfoot tr")]
    assert per_city == [["镜海市", "1", "1", "1", "1", "1", "0", "0"],
                        ["河西市", "1", "0", "0", "0", "0", "0", "1"],
                        ["All cities", "2", "1", "1", "1", "1", "0", "1"]]
    rows = {row.attrib["id"]: cells(row) for row in page.css("table.complaints tbody tr")}
    site = complaint_site
    assert rows[f"complaint-{site.old}"] == [
        f"#{site.old}", "镜海市", "食品经营许可证核发 XK-0012-1", "The counter refused and sent the citizen online",
        "2020-01-06", "2020-01-27 Overdue", "Not closed", "—", "Substantiated"]
    assert rows[f"complaint-{site.recent}"][4:] == ["2026-11-30", "2026-12-21", "Not closed", "—",
                                                    "Not re-checked yet"]
    assert rows[f"complaint-{site.closed}"][4:] == ["2020-01-06", "2020-01-27", "Closed",
                                                    "2026-11-24 10:00 (Beijing time)", "Not reproduced"]
    assert len(page.css(".overdue-mark")) == 1
    assert page.css("table.complaints a::attr(href)").getall() == [
        f"complaint/{number}.html" for number in (site.old, site.recent, site.closed)]
    index = complaint_site.page("index.html")
    assert index.css('.scorecard a[href="complaints.html"]::text').getall() == ["2", "1"]  # not closed, overdue


def test_a_complaint_page_shows_its_rechecks_newest_first_with_their_evidence_files(
    complaint_site: ComplaintSite,
) -> None:
    site = complaint_site.sites["en"].index.parent
    page = complaint_site.page(f"complaint/{complaint_site.old}.html")
    complaint = facts(page.css("h1 + dl.facts")[0])
    assert complaint["Guide URL"] == "http://127.0.0.1:8101/guide/食品经营许可证核发"
    assert complaint["Online entry"] == "http://127.0.0.1:8101/apply/12"
    assert complaint["Reference"] == "JH-2020-007" and complaint["Item code"] == "XK-0012-1"
    assert complaint["Due"] == "2020-01-27 (15 working days after it was received) Overdue"
    assert complaint["Recorded by"].startswith("inspector-li · ") and complaint["Status"] == "Not closed"
    checks = page.css("article.recheck")
    assert [check.css(".verdict::text").get() for check in checks] == ["Substantiated", "Could not check"]
    newest = checks[0]
    assert newest.attrib["id"] == f"check-{complaint_site.newest_check}"
    assert newest.css("ul.checked li::text").getall()[1] == "entry http://127.0.0.1:8101/apply/12 visited in Chromium"
    carried = complaint_site.report.finding_ids["carried"]
    check = facts(newest.css("dl.facts")[0])
    assert check["Rules run"] == "Counter or offline handling refused (online-only) online-only"
    assert check["Findings"] == f"#{carried}, #999999"
    assert check["Detail (as the re-check recorded it)"] == "online-only: the guide accepts only online"
    assert newest.css("dl.facts a::attr(href)").getall() == [f"../finding/{carried}.html"]  # not to #999999
    evidence = facts(newest.css("dl.evidence")[0])
    assert evidence["Page URL"] == "http://127.0.0.1:8101/guide/1"
    assert evidence["Fetched at"] == "2026-11-30 16:15 (Beijing time)" and evidence["HTTP status"] == "200"
    assert newest.css("blockquote mark::text").getall() == ["仅限网上申请"]
    links = newest.css(".recheck-evidence a::attr(href)").getall()
    page_sha = body_sha256(SNAPSHOT_BODY)
    marked = f"../snapshots/{page_sha}.html#c{complaint_site.newest_check}-0-0"
    shot = f"../screenshots/{hashlib.sha256(SHOT).hexdigest()}.png"
    warc = f"../warcs/{body_sha256(WARC)}.warc.gz"
    assert set(links) == {f"../snapshots/{page_sha}.txt", marked, shot, warc}
    assert (site / "snapshots" / f"{page_sha}.txt").read_text(encoding="utf-8").count("仅限网上申请") == 1
    assert f'<mark id="c{complaint_site.newest_check}-0-0">仅限网上申请</mark>' in (
        site / "snapshots" / f"{page_sha}.html").read_text(encoding="utf-8")
    assert (site / shot.removeprefix("../")).read_bytes() == SHOT
    assert (site / warc.removeprefix("../")).read_bytes() == WARC
    assert checks[1].css(".recheck-evidence").getall() == []
    closed = facts(complaint_site.page(f"complaint/{complaint_site.closed}.html").css("h1 + dl.facts")[0])
    assert closed["Close note"] == f"fixed by the city {HOSTILE}" and closed["Status"] == "Closed"
    assert closed["Fixed since"] == "2026-11-24 10:00 (Beijing time)"  # 02:00 UTC
    assert complaint_site.page(f"complaint/{complaint_site.recent}.html").css("#rechecks + p::text").get() == (
        "Not re-checked yet.")


def test_a_finding_page_links_to_the_complaints_that_cite_it(complaint_site: ComplaintSite) -> None:
    findings = complaint_site.report.finding_ids
    carried = complaint_site.page(f"finding/{findings['carried']}.html")
    assert carried.css(".cited-by a::attr(href)").getall() == [f"../complaint/{complaint_site.old}.html"]
    assert carried.css(".cited-by a::text").getall() == [f"complaint #{complaint_site.old}"]
    fixed = complaint_site.page(f"finding/{findings['fixed']}.html")
    assert fixed.css(".cited-by a::attr(href)").getall() == [f"../complaint/{complaint_site.closed}.html"]
    assert complaint_site.page(f"finding/{findings['xss']}.html").css(".cited-by").getall() == []
    zh = complaint_site.page(f"finding/{findings['carried']}.html", "zh")
    assert zh.css(".cited-by a::text").getall() == [f"投诉 #{complaint_site.old}"]


def test_a_citizens_hostile_words_are_escaped(complaint_site: ComplaintSite) -> None:
    site = complaint_site.sites["en"].index.parent
    html = (site / "complaint" / f"{complaint_site.old}.html").read_text(encoding="utf-8")
    assert "窗口说只能网上办 &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    closed = (site / "complaint" / f"{complaint_site.closed}.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in closed and "<script" not in closed
    page = complaint_site.page(f"complaint/{complaint_site.old}.html")
    assert page.css("blockquote.complaint-text::text").get() == f"窗口说只能网上办 {HOSTILE}"


def test_both_languages_have_every_complaint_string(complaint_site: ComplaintSite) -> None:
    for result in complaint_site.sites.values():
        assert result.translations.missing == set()
    zh = complaint_site.page("complaints.html", "zh")
    assert zh.css("h1::text").get() == "群众投诉"
    assert "最近一次复核：情况属实" in zh.css(".scorecard dt::text").getall()


def test_the_exports_sit_beside_the_findings_exports(complaint_site: ComplaintSite) -> None:
    site = complaint_site.sites["en"].index.parent
    rows = json.loads((site / "complaints.json").read_text(encoding="utf-8"))
    assert [(row["id"], row["overdue"]) for row in rows] == [
        (complaint_site.old, True), (complaint_site.recent, False), (complaint_site.closed, False)]
    assert (site / "complaints.csv").read_text(encoding="utf-8").startswith("id,city_id,item_code,")


def test_without_complaints_the_page_says_so(sites: dict[str, RenderResult]) -> None:
    site = sites["en"].index.parent
    page = Selector(text=(site / "complaints.html").read_text(encoding="utf-8"))
    assert page.css("main p::text").getall()[-1] == "No complaints recorded."
    assert page.css("table").getall() == []
    index = Selector(text=sites["en"].index.read_text(encoding="utf-8"))
    assert index.css('nav a[href="complaints.html"]::text').get() == "Complaints"
    assert (site / "complaints.json").read_text(encoding="utf-8") == "[]\n"
    assert "尚未登记任何投诉。" in (sites["zh"].index.parent / "complaints.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_complaint_pages_load_cleanly_and_their_links_resolve(complaint_site: ComplaintSite, browser: Browser) -> None:
    watched = WatchedPage(browser)
    ids: dict[Path, set[str]] = {}
    for result in complaint_site.sites.values():
        site = result.index.parent
        for path in [site / "complaints.html", *sorted((site / "complaint").glob("*.html"))]:
            assert path in result.pages
            page = watched.open(path)
            assert_links_resolve(page, path, ids)
    page = watched.open(complaint_site.sites["en"].index.parent / "complaint" / f"{complaint_site.old}.html")
    assert HOSTILE in page.inner_text("main")
    page.wait_for_timeout(50)
    assert watched.dialogs == [] and watched.problems == []
    for relative in ("complaints.html", f"complaint/{complaint_site.old}.html"):
        assert serious_violations(WatchedPage(browser).open(complaint_site.sites["en"].index.parent / relative)) == []
