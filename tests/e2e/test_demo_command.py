"""What the README tells a new user to run: `channel-equity demo` (as `make demo` does) — and, since
the demo runs the browser probes over the simulated province, the probe rules scored there:
precision and recall against the simulator's ground truth (the crawl's truth and the probes' own)."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from channel_equity.checks.registry import ALL_RULES
from channel_equity.quality.rules import finding_keys, format_score_table, score_findings, truth_key
from channel_equity.store import open_store
from tests.evidence_integrity import excerpt_problems
from tests.running import run_cli

PROBE_JUDGED = ("online-entry-broken", "app-only-entry", "legacy-browser-required", "separate-login",
                "captcha-no-alternative", "accessibility", "slow-page", "zombie-channel", "excess-steps")
"""The rules the probes feed (alone, or beside the crawl) that the demo scores."""
PAGE_RULES = frozenset(rule.id for rule in ALL_RULES if rule.scope == "page")
HIGH_SEVERITY = frozenset(rule.id for rule in ALL_RULES if rule.severity in ("critical", "high"))
MIN_PRECISION = MIN_RECALL = 0.95
MIN_HIGH_SEVERITY_PRECISION = 0.98


def test_demo_scans_probes_checks_reports_and_its_probe_findings_match_the_truth(tmp_path: Path) -> None:
    """One test, one demo: it serves on config/demo.yaml's fixed ports, so no two may run at once
    (the suite runs on two pytest-xdist workers)."""
    result = run_cli("demo", "--workdir", str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    assert_demo_output(tmp_path, result.stdout)
    assert_probe_rules_match_the_truth(tmp_path)


def assert_demo_output(workdir: Path, out: str) -> None:
    for city_id in ("jinghai", "qinghe", "beikun"):
        row = next(line for line in out.splitlines() if f" {city_id} " in line)
        # status │ pages │ items read[/items the portal lists] │ guide-like pages not read │ errors
        cells = re.search(r"│ (\w+)\s+│\s+(\d+) │\s+(\d+)(?:/(\d+))? │\s+(\d+) │\s+(\d+) │", row)
        assert cells, row
        status, pages, items, listed, unread = cells[1], int(cells[2]), int(cells[3]), cells[4], int(cells[5])
        assert pages > 20 and items >= 39 and unread == 0, row
        # beikun lists two guides it shows only after a login: read 48 of 50, partly covered
        fully_read = listed is None or int(listed) == items
        assert status == ("ok" if fully_read else "partial"), row
    assert re.search(r"nanxi .*unreachable", out)
    assert re.search(r"probes of scan 1: \d+ visit\(s\) in 9 city\(ies\), 0 failed", out), out[-2000:]
    report = re.search(r"report: (\S+index\.html)", out)
    assert report and Path(report.group(1)).is_file()
    assert (workdir / "monitor.db").is_file() and (workdir / "ground-truth.json").is_file()
    assert "findings:" in out and " new" in out
    # two citizens' complaints, re-checked while the province is served: one borne out, one not
    assert re.search(r"^complaint #1: substantiated — shared-data-demanded: ", out, re.M), out[-3000:]
    assert re.search(r"^complaint #2: not-reproduced — the guide was read again \(HTTP 200\)", out, re.M)
    complaints = json.loads((workdir / "report" / "complaints.json").read_text(encoding="utf-8"))
    assert [c["latest_verdict"] for c in complaints] == ["substantiated", "not-reproduced"]
    assert all((workdir / "report" / "complaint" / f"{c['id']}.html").is_file() for c in complaints)
    # an inspector's dismissal: exported with its decision, listed on its city's page
    exported = json.loads((workdir / "report" / "findings.json").read_text(encoding="utf-8"))
    dismissed = [f for f in exported if (f.get("decision") or {}).get("action") == "dismiss"]
    assert len(dismissed) == 1 and dismissed[0]["rule"] == "visit-reason-missing", dismissed
    city_page = (workdir / "report" / "city" / f"{dismissed[0]['city']}.html").read_text(encoding="utf-8")
    assert "督查人员已排除的问题" in city_page and "dismissed by the demo's inspector" in out
    screenshots = list((workdir / "report" / "screenshots").glob("*.png"))
    assert screenshots, "the report shows what the probes saw"
    assert_comparison_page(workdir / "report")


def assert_comparison_page(report: Path) -> None:
    """The same item across cities: linked from the overview, comparing at least one item, its worse
    values (the demo's divergent promised days) linked to their findings, the view by city beside it."""
    assert 'href="comparison.html"' in (report / "index.html").read_text(encoding="utf-8")
    page = (report / "comparison.html").read_text(encoding="utf-8")
    assert page.count('<section class="comparison-item"') >= 1, "no item compared across cities"
    exported = json.loads((report / "findings.json").read_text(encoding="utf-8"))
    days = [f for f in exported if f["rule"] == "cross-city-divergence" and f["dimension"] == "promised_days"]
    assert days, "the demo's cross-city divergences on promised days"
    worse = re.findall(r'<a class="marker marker-worse" href="(finding/\d+\.html)">', page)
    assert worse and all((report / href).is_file() for href in worse), worse
    assert 'href="comparison-by-city.html"' in page and (report / "comparison-by-city.html").is_file()


SCORED_BY_PAGE = PAGE_RULES - {"accessibility"}
"""accessibility is one finding per city and axe rule over a sample of pages: scored by city and
axe rule (the finding's dimension, the truth's kind), not by which sampled page showed it."""


def entry(item: dict[str, Any]) -> dict[str, Any]:
    """A truth entry as the scoring keys it: an axe rule or a channel is the finding's dimension."""
    if item["rule"] == "accessibility":
        return {**item, "dimension": item["kind"], "path": None}
    if item["rule"] == "zombie-channel":
        return {**item, "dimension": item["channel"]}
    return item


def probed(workdir: Path) -> set[tuple[str, str]]:
    """(city, path) of every page the demo's probes visited."""
    with closing(sqlite3.connect(workdir / "monitor.db")) as db:
        rows = db.execute("SELECT city_id, target_url FROM probe_results").fetchall()
    return {(city, urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")) for city, url in rows}


def in_scope(item: dict[str, Any], visited: set[tuple[str, str]]) -> bool:
    """slow-page is judged on the pages the probes time (home, catalogue, a sample of guides and
    entries): a slow guide outside this scan's sample is not in its scope."""
    return item["rule"] != "slow-page" or (item["city"], item["path"]) in visited


def assert_probe_rules_match_the_truth(workdir: Path) -> None:
    exported = run_cli("findings", "--config", str(workdir / "demo.yaml"), "--db",
                       f"sqlite:///{workdir / 'monitor.db'}", "--status", "all")
    everything = json.loads(exported.stdout)
    store = open_store(f"sqlite:///{workdir / 'monitor.db'}")
    try:
        assert excerpt_problems(store, everything) == [], "every excerpt is on its page (probed pages too)"
    finally:
        store.close()
    findings = [f for f in everything if f["rule"] in PROBE_JUDGED]
    truth = json.loads((workdir / "ground-truth.json").read_text(encoding="utf-8"))
    visited = probed(workdir)
    violations = [entry(v) for v in truth["violations"] + truth["probe"]["violations"]
                  if v["rule"] in PROBE_JUDGED and in_scope(v, visited)]
    traps = [entry(t) for t in truth["traps"] + truth["probe"]["traps"] if t["rule"] in PROBE_JUDGED]
    scores = score_findings(findings, violations, SCORED_BY_PAGE)
    table = format_score_table(scores)
    print("\n" + table)
    for rule in PROBE_JUDGED:
        score = scores.get(rule)
        assert score is not None, f"{rule}: neither findings nor truth\n{table}"
        floor = MIN_HIGH_SEVERITY_PRECISION if rule in HIGH_SEVERITY else MIN_PRECISION
        assert score.precision >= floor, f"{rule} false positives {score.false_positives[:5]}\n{table}"
        assert score.recall >= MIN_RECALL, f"{rule} missed {score.false_negatives[:5]}\n{table}"
    fired = {key for f in findings for key in _keys(f)}
    assert [truth_key(t) for t in traps if truth_key(t) in fired] == [], "traps fired"


def _keys(finding: dict[str, Any]) -> list[tuple[str, str, str | None, str | None]]:
    return finding_keys(finding, SCORED_BY_PAGE)
