"""Which of a sheet's decisions can be taken (``triage import``), and taking them.

Every row is judged on its own against the store as it is now, and gets one outcome:
``apply`` (a new decision), ``unchanged`` (the finding already stands so: not written again)
or ``refused`` with the reason — the row names no stored finding (its number and fingerprint
must name the same one), its decision is no known word, a dismissal has no reason, the
finding's evidence is no longer what the sheet showed (its evidence hash differs: the
inspector decided on something else), or an earlier row already decides the finding. The
rows to apply are written together, in one transaction, by :func:`record_decisions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from channel_equity.reports.xlsx.decisions_sheet import SheetDecision
from channel_equity.store.models import TRIAGE_ACTIONS, Finding
from channel_equity.store.session import Store
from channel_equity.store.triage import (
    Decision,
    finding_evidence_hash,
    findings_by_number_and_fingerprint,
    latest_decisions,
    record_decisions,
)

Outcome = Literal["apply", "unchanged", "refused"]
STANDING = {"accept": "accepted", "dismiss": "dismissed", "reopen": "undecided"}
"""How a finding stands after each decision: reopening an undecided finding changes nothing."""


@dataclass(frozen=True)
class RowOutcome:
    """What becomes of one row: ``finding`` when the row names a stored one; ``why`` says why
    it was refused or left unchanged."""

    row: SheetDecision
    finding: Finding | None
    outcome: Outcome
    why: str = ""

    @property
    def named(self) -> str:
        """The finding as the row names it: ``#12``, else the start of its fingerprint."""
        if self.finding is not None:
            return f"#{self.finding.id}"
        if self.row.number_text:
            return self.row.number_text if self.row.number_text.startswith("#") else f"#{self.row.number_text}"
        return self.row.fingerprint[:12] or "?"


def _identify(row: SheetDecision, by_number: dict[int, Finding], by_fingerprint: dict[str, Finding]
              ) -> Finding | str:
    """The stored finding the row names, or why it names none."""
    if row.number_text and row.number is None:
        return f"{row.number_text!r} is no finding number"
    if row.number is None and not row.fingerprint:
        return "the row names no finding: its number and fingerprint are empty"
    finding = by_number.get(row.number) if row.number is not None else by_fingerprint.get(row.fingerprint)
    if finding is None and row.number is not None:
        printed = by_fingerprint.get(row.fingerprint)
        return "no such finding" + (f" (the row's fingerprint is finding #{printed.id}'s: was the number changed?)"
                                    if printed is not None else "")
    if finding is None:
        return f"no finding has the fingerprint {row.fingerprint}"
    if row.fingerprint and finding.fingerprint != row.fingerprint:
        return (f"finding #{finding.id} has another fingerprint than the row's ({row.fingerprint[:12]}…): "
                "the number and the fingerprint name different findings")
    return finding


def _refusal(row: SheetDecision, finding: Finding) -> str | None:
    if row.decision not in TRIAGE_ACTIONS:
        return f"unknown decision {row.decision!r}: expected {', '.join(TRIAGE_ACTIONS)}"
    if row.decision == "dismiss" and not row.reason:
        return "a dismissal needs a reason: fill in the reason column"
    if not row.evidence_hash:
        return "the row has no evidence hash: export the findings again and decide on that sheet"
    if row.evidence_hash != finding_evidence_hash(finding):
        return (f"its evidence changed since the sheet was exported (now: “{finding.evidence_excerpt or ''}”): "
                "export the findings again and decide on what they show now")
    return None


def plan_import(store: Store, rows: Sequence[SheetDecision]) -> list[RowOutcome]:
    """Each row's outcome, in the sheet's order; nothing is written."""
    by_number, by_fingerprint = findings_by_number_and_fingerprint(
        store, [row.number for row in rows if row.number is not None], [row.fingerprint for row in rows])
    standing = latest_decisions(store)
    decided_on: dict[int, int] = {}  # finding id -> the row that decides it
    outcomes: list[RowOutcome] = []
    for row in rows:
        found = _identify(row, by_number, by_fingerprint)
        if isinstance(found, str):
            outcomes.append(RowOutcome(row, None, "refused", found))
            continue
        problem = _refusal(row, found)
        if problem is None and found.id in decided_on:
            problem = f"row {decided_on[found.id]} already decides finding #{found.id}"
        if problem is not None:
            outcomes.append(RowOutcome(row, found, "refused", problem))
            continue
        decided_on[found.id] = row.row
        event = standing.get(found.fingerprint)
        now = STANDING[event.action] if event is not None else "undecided"
        if now == STANDING[row.decision]:
            outcomes.append(RowOutcome(row, found, "unchanged", f"already {now}"))
        else:
            outcomes.append(RowOutcome(row, found, "apply"))
    return outcomes


def apply_import(store: Store, outcomes: Sequence[RowOutcome], decided_by: str) -> int:
    """Record the decisions of the rows to apply, all at once; how many were written."""
    return record_decisions(store, [(outcome.finding, Decision(outcome.row.decision, outcome.row.reason or None,
                                                               decided_by))
                                    for outcome in outcomes if outcome.outcome == "apply" and outcome.finding])
