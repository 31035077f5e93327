"""A dismissal survives the scans that see the same evidence, and a change of evidence reopens
it with an event saying why: findings written by the real lifecycle into a real store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from channel_equity.checks.lifecycle import apply_lifecycle
from channel_equity.checks.registry import RULES_BY_ID
from channel_equity.checks.verdict import Evidence, Verdict
from channel_equity.store import recording
from channel_equity.store.models import Finding
from channel_equity.store.session import Store, open_store
from channel_equity.store.triage import (
    Decision,
    decide,
    find_findings,
    latest_decisions,
    reopen_changed,
    triage_history,
)
from tests.checks.rule_builders import CITY, SCANNED_AT, coverage, make_context

RULE = RULES_BY_ID["exceeds-standard"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    yield opened
    opened.close()


def night(store: Store, number: int, visits: int) -> int:
    """One scan whose exceeds-standard verdict on the item names ``visits`` trips."""
    scan_id = recording.start_scan(store, "demo", None)
    context = replace(make_context([], coverage=[coverage()]), scan_id=scan_id,
                      scanned_at=SCANNED_AT + timedelta(days=number))
    args = {"value": visits, "maximum": 1, "standard_name": "个体工商户设立登记", "standard_code": "000117002000"}
    verdict = Verdict(RULE.id, CITY, "ITEM-1", RULE.messages[0], args,
                      Evidence("http://127.0.0.1:8101/g/1", None, 200, None, f"到办事现场次数：{visits}次"),
                      item_code="ITEM-1", item_name="个体工商户设立登记", dimension="visits")
    apply_lifecycle(store, context, {RULE.id: RULE}, [verdict], {RULE.id: "medium"})
    reopen_changed(store, scan_id)
    return scan_id


def test_a_dismissal_survives_later_scans_until_the_evidence_changes(store: Store) -> None:
    night(store, 0, visits=2)
    finding = find_findings(store, ["1"])[0]
    decide(store, [finding], Decision("dismiss", "依法须现场核验原件", "inspector-li"))
    for number in (1, 2):  # two later scans with the same evidence: still dismissed, nothing added
        night(store, number, visits=2)
        assert latest_decisions(store)[finding.fingerprint].action == "dismiss"
    assert len(triage_history(store, finding.fingerprint)) == 1
    changed = night(store, 3, visits=3)
    history = triage_history(store, finding.fingerprint)
    assert [e.action for e in history] == ["dismiss", "reopen"]
    reopened = history[-1]
    assert reopened.automatic and reopened.scan_id == changed and reopened.decided_by == "channel-equity"
    assert "到办事现场次数：3次" in (reopened.reason or "")
    night(store, 4, visits=3)  # reopened once, not again
    assert len(triage_history(store, finding.fingerprint)) == 2


def test_a_dismissal_needs_a_reason_and_names_must_fit_one_finding(store: Store) -> None:
    night(store, 0, visits=2)
    finding = find_findings(store, ["#1"])[0]
    with pytest.raises(ValueError, match="needs a reason"):
        decide(store, [finding], Decision("dismiss", "  ", "inspector-li"))
    assert find_findings(store, [finding.fingerprint[:8]])[0].id == finding.id
    with pytest.raises(ValueError) as raised:
        find_findings(store, ["999", "zz", "0000000000"])
    assert str(raised.value).count("\n") == 2 and "'999': no such finding" in str(raised.value)
    with store.session() as session:
        assert session.get(Finding, finding.id) is not None


def test_accept_and_reopen_are_kept_in_order(store: Store) -> None:
    night(store, 0, visits=2)
    finding = find_findings(store, ["1"])[0]
    decide(store, [finding], Decision("accept", None, "a"))
    decide(store, [finding], Decision("reopen", "再核实", "b"))
    assert [(e.action, e.decided_by) for e in triage_history(store, finding.fingerprint)] == [
        ("accept", "a"), ("reopen", "b")]
    assert latest_decisions(store, [finding.fingerprint])[finding.fingerprint].action == "reopen"
