"""Inspectors' decisions in the report: a dismissed finding leaves every count and is listed as
dismissed on its city's page with its reason, who and when; its page shows the whole history of
decisions beside its scan history."""

from __future__ import annotations

import json
import re
from pathlib import Path

from channel_equity.reports.render import render_site
from channel_equity.store.reading import get_scan
from channel_equity.store.triage import Decision, decide, find_findings
from tests.reports.conftest import ReportStore, build_report_store


def render(report: ReportStore, out: Path, lang: str = "en") -> Path:
    scan = get_scan(report.store, report.scan_ids[-1])
    assert scan is not None
    return render_site(report.loaded, report.store, scan, out, lang).index.parent


def open_total(site: Path) -> int:
    """The city league table's open findings of jinghai (its row on the overview)."""
    page = (site / "city" / "jinghai.html").read_text(encoding="utf-8")
    found = re.search(r"Open findings per rule.*?</table>", page, re.S)
    assert found is not None
    return sum(int(n) for n in re.findall(r'<td class="num">(\d+)</td>', found.group(0)))


def test_a_dismissed_finding_leaves_the_counts_and_is_listed_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    report = build_report_store(tmp_path / "store")
    before = render(report, tmp_path / "before")
    carried = find_findings(report.store, [str(report.finding_ids["carried"])])
    xss = find_findings(report.store, [str(report.finding_ids["xss"])])
    decide(report.store, carried, Decision("accept", None, "inspector-wang"))
    decide(report.store, xss, Decision("dismiss", "依法须现场核验原件 <b>not markup</b>", "inspector-li"))
    after = render(report, tmp_path / "after")

    assert open_total(after) == open_total(before) - 1
    city = (after / "city" / "jinghai.html").read_text(encoding="utf-8")
    dismissed = city.split('id="city-dismissed"', 1)[1].split("</section>", 1)[0]
    assert f"#{report.finding_ids['xss']}" in dismissed and "inspector-li" in dismissed
    assert "依法须现场核验原件 &lt;b&gt;not markup&lt;/b&gt;" in dismissed  # escaped, never markup
    assert f"#{report.finding_ids['carried']}" not in dismissed  # accepted is still counted
    page = (after / "finding" / f"{report.finding_ids['xss']}.html").read_text(encoding="utf-8")
    assert "Dismissed" in page and "inspector-li" in page
    accepted = (after / "finding" / f"{report.finding_ids['carried']}.html").read_text(encoding="utf-8")
    assert "Accepted" in accepted and "inspector-wang" in accepted
    untouched = (after / "finding" / f"{report.finding_ids['screenshot']}.html").read_text(encoding="utf-8")
    assert "No decision yet." in untouched


def test_the_chinese_report_names_the_decisions(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    report = build_report_store(tmp_path / "store")
    decide(report.store, find_findings(report.store, [str(report.finding_ids["xss"])]),
           Decision("dismiss", "已在2026-031号案件中处理", "inspector-li"))
    site = render(report, tmp_path / "zh", "zh")
    city = (site / "city" / "jinghai.html").read_text(encoding="utf-8")
    assert "督查人员已排除的问题" in city and "已在2026-031号案件中处理" in city
    exported = json.loads((site / "findings.json").read_text(encoding="utf-8"))
    assert any(f["rule"] == "shared-data-demanded" for f in exported)  # the export still lists it
