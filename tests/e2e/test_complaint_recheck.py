"""A complaint's re-check on the simulated province, every claim kind against the truth.

The shared scan's store is copied (the re-checks add scans and findings of their own), the
province is served again where it was scanned, and for each claim kind a complaint the truth
bears out and one it does not are recorded: the first re-checked at once by ``complaint add``,
the rest by one ``complaint recheck`` of every open complaint. Then the portals stop answering
and a re-check can only say it could not check.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from channel_equity.simulator import build_demo_province, serve_province
from channel_equity.simulator.complaints import complaint_scenarios
from channel_equity.store import reading
from channel_equity.store.complaints import get_complaint, list_complaints
from channel_equity.store.models import Finding
from channel_equity.store.session import open_store
from tests.evidence_integrity import excerpt_problems
from tests.running import ScannedProvince, copy_store, run_cli

VERDICT = re.compile(r"^complaint #(\d+): (substantiated|not-reproduced|could-not-check) — ", re.M)


def complaint(scanned: ScannedProvince, db: str, *args: str) -> tuple[int, str, str]:
    done = run_cli("complaint", *args[:1], "--config", str(scanned.config_path), "--db", db, *args[1:])
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def copied(scanned_province: ScannedProvince, tmp_path: Path) -> str:
    return copy_store(scanned_province, tmp_path / "monitor.db")


def test_every_claim_kind_is_substantiated_or_not_reproduced_as_the_truth_says(
        scanned_province: ScannedProvince, copied: str, tmp_path: Path) -> None:
    scenarios = complaint_scenarios(scanned_province.truth)
    assert {(s.claim, s.expected) for s in scenarios} == {
        (claim, expected) for claim in ("online-only", "offline-only", "entry-broken", "excess-visits", "shared-data")
        for expected in ("substantiated", "not-reproduced")}
    wanted: dict[int, str] = {}
    with serve_province(build_demo_province(), ports=scanned_province.ports,
                        identity_port=scanned_province.identity_port):
        for number, scenario in enumerate(scenarios):
            code, out, err = complaint(scanned_province, copied, "add", "--city", scenario.city_id, "--item",
                                       scenario.item_code, "--claim", scenario.claim, "--text", scenario.text,
                                       *([] if number == 0 else ["--no-recheck"]))
            assert code == 0, err
            recorded = int(out.split("#", 1)[1].split()[0])
            wanted[recorded] = scenario.expected
            if number == 0:  # re-checked at once: the verdict and the time it took are printed
                assert VERDICT.search(out) is not None and "re-checked 1 complaint(s) in" in out, out
        code, out, err = complaint(scanned_province, copied, "recheck")
        assert code == 0, err
    report = run_cli("report", "--config", str(scanned_province.config_path), "--db", copied, "--out",
                     str(tmp_path / "report"))
    assert report.returncode == 0, report.stderr[-2000:]
    store = open_store(copied)
    try:
        ours = [row for row in list_complaints(store) if row.id in wanted]  # the shared scan may hold others
        verdicts = {row.id: row.checks[-1].verdict for row in ours}
        assert verdicts == wanted, [(n, verdicts[n], wanted[n], get_complaint(store, n).checks[-1].detail)
                                    for n in wanted if verdicts[n] != wanted[n]]
        for row in ours:
            latest = row.checks[-1]
            assert latest.scan_id is not None and latest.checked[0].startswith(f"guide page {row.guide_url}: HTTP 200")
            if latest.verdict == "substantiated":
                assert latest.evidence and latest.finding_ids, row.id
                cited = [{"rule": c["rule"], "severity": "medium", "evidence": c} for c in latest.evidence]
                assert excerpt_problems(store, cited, latest.scan_id) == []  # every excerpt is on its page
                with store.session() as session:
                    statuses = {session.get(Finding, n).status for n in latest.finding_ids}  # type: ignore[union-attr]
                assert statuses <= {"open", "reopened"}
                for finding_id in latest.finding_ids:  # in the report, citing the complaint
                    page = (tmp_path / "report" / "finding" / f"{finding_id}.html").read_text(encoding="utf-8")
                    assert f"complaint/{row.id}.html" in page, (row.id, finding_id)
            else:
                assert not latest.evidence and "did not fire" in latest.detail
        scan = reading.latest_scan(store)
        assert scan is not None and scan.kind == "nightly"  # a re-check is never the province's latest scan
    finally:
        store.close()


def test_a_portal_that_does_not_answer_could_not_be_checked(scanned_province: ScannedProvince, copied: str) -> None:
    scenario = next(s for s in complaint_scenarios(scanned_province.truth) if s.expected == "substantiated")
    code, out, err = complaint(scanned_province, copied, "add", "--city", scenario.city_id, "--item",
                               scenario.item_code, "--claim", scenario.claim, "--text", scenario.text)
    assert code == 0, err  # nothing serves the province: recorded, and the re-check says it could not check
    found = VERDICT.search(out)
    assert found is not None and found.group(2) == "could-not-check", out
    store = open_store(copied)
    try:
        row = get_complaint(store, int(found.group(1)))
        assert row.checks[-1].verdict == "could-not-check" and "could not be fetched" in row.checks[-1].detail
        assert row.fixed_since is None and row.status == "open"
        recheck_scan = row.checks[-1].scan_id
    finally:
        store.close()
    for command in ("check", "report", "probe"):  # a re-check's scan of one item is no scan of the province
        done = run_cli(command, "--config", str(scanned_province.config_path), "--db", copied,
                       "--scan", str(recheck_scan))
        assert done.returncode == 2 and "a complaint's re-check of one item" in done.stderr, (command, done.stderr)
