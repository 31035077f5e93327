"""`triage accept | dismiss | reopen | history` on the checked demo province: decisions recorded
with who and why, a dismissal refused without a reason, unknown findings named in the error."""

from __future__ import annotations

from pathlib import Path

from channel_equity.store.session import open_store
from channel_equity.store.triage import latest_decisions
from tests.running import ScannedProvince, copy_store, run_cli


def test_decisions_are_recorded_with_who_and_why(scanned_province: ScannedProvince, tmp_path: Path) -> None:
    db = copy_store(scanned_province, tmp_path / "monitor.db")
    config = str(scanned_province.config_path)
    assert run_cli("check", "--config", config, "--db", db).returncode == 0

    def triage(*args: str) -> tuple[int, str, str]:
        done = run_cli("triage", args[0], "--config", config, "--db", db, *args[1:])
        return done.returncode, done.stdout, done.stderr

    code, _, err = triage("dismiss", "1", "2")
    assert code == 2 and "--reason" in err  # a dismissal needs a reason
    code, out, err = triage("dismiss", "1", "#2", "--reason", "依法须现场核验原件", "--by", "inspector-li")
    assert code == 0 and "finding #1 dismissed" in out and "finding #2 dismissed" in out, err
    code, out, _ = triage("accept", "3", "--by", "inspector-li")
    assert code == 0 and "finding #3 accepted" in out
    code, _, err = triage("reopen", "999999", "nonsense")
    assert code == 2 and "'999999': no such finding" in err and "'nonsense'" in err
    code, out, _ = triage("history", "1")
    assert code == 0 and "dismissed by inspector-li: 依法须现场核验原件" in out
    store = open_store(db)
    try:
        decided = {event.finding_id: event.action for event in latest_decisions(store).values()}
        assert decided == {1: "dismiss", 2: "dismiss", 3: "accept"}
    finally:
        store.close()
    # the next check sees the same evidence: the dismissals stand
    checked = run_cli("check", "--config", config, "--db", db)
    assert checked.returncode == 0 and "reopened: their evidence changed" not in checked.stdout
