"""Inspectors' decisions on findings, as append-only events keyed to the finding's fingerprint.

A finding's triage state is its latest event: ``accept`` (the violation is real and being
followed), ``dismiss`` (not a violation, with the reason: "this visit is required by law") or
``reopen`` (back to undecided). Each event keeps a hash of the finding's evidence as it stood
— the excerpt and the values its message names — so that a dismissed finding whose evidence
later changes is reopened by the scan that saw the change (``automatic``, saying why), and
never silently otherwise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from channel_equity.store.models import TRIAGE_ACTIONS, Finding, TriageEvent, utcnow
from channel_equity.store.session import Store

MIN_FINGERPRINT_PREFIX = 8
"""The fewest hex digits of a fingerprint that name a finding (as git names commits)."""
SYSTEM = "channel-equity"
"""Who an automatic reopening is by."""


class TriageError(ValueError):
    """A decision that cannot be taken: an unknown finding, a dismissal without a reason."""


def evidence_hash(excerpt: str | None, message_args: Any) -> str:
    """The finding's evidence as a decision saw it: its excerpt and the values its message names."""
    payload = json.dumps([excerpt or "", message_args or {}], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def finding_evidence_hash(finding: Finding) -> str:
    """The finding's evidence hash as it stands now (what a decision taken now records)."""
    return evidence_hash(finding.evidence_excerpt, finding.message_args)


@dataclass(frozen=True)
class Decision:
    """What an inspector decided (``action``), why and who, on the findings named."""

    action: str
    reason: str | None
    decided_by: str


def find_findings(store: Store, refs: Sequence[str]) -> list[Finding]:
    """The findings named by number (``#12`` or ``12``) or fingerprint (or its first 8+ hex
    digits), in the order named; every name that fits no finding, or several, is an error."""
    found: list[Finding] = []
    problems: list[str] = []
    with store.session() as session:
        for ref in refs:
            name = ref.strip().lstrip("#")
            if name.isdigit():
                rows = [row for row in [session.get(Finding, int(name))] if row is not None]
            elif len(name) >= MIN_FINGERPRINT_PREFIX and all(c in "0123456789abcdef" for c in name.lower()):
                rows = list(session.scalars(select(Finding).where(Finding.fingerprint.startswith(name.lower()))
                                            .limit(2)))
            else:
                problems.append(f"{ref!r}: name a finding by its number or its fingerprint (8 or more hex digits)")
                continue
            if len(rows) != 1:
                problems.append(f"{ref!r}: " + ("no such finding" if not rows else "names several findings"))
                continue
            found.append(rows[0])
        session.expunge_all()
    if problems:
        raise TriageError("\n".join(problems))
    return found


IN_LIST = 500
"""Values per ``IN (…)`` list: a size every backend takes."""


def findings_by_number_and_fingerprint(store: Store, numbers: Iterable[int], fingerprints: Iterable[str]
                                        ) -> tuple[dict[int, Finding], dict[str, Finding]]:
    """The stored findings among those numbers and among those (whole) fingerprints, each by
    what named it: the findings a sheet's rows name, looked up at once."""
    wanted_numbers, wanted_prints = sorted(set(numbers)), sorted(set(fingerprints))
    with store.session() as session:
        by_number = {row.id: row for start in range(0, len(wanted_numbers), IN_LIST) for row in session.scalars(
            select(Finding).where(Finding.id.in_(wanted_numbers[start : start + IN_LIST])))}
        by_fingerprint = {row.fingerprint: row for start in range(0, len(wanted_prints), IN_LIST)
                          for row in session.scalars(select(Finding).where(
                              Finding.fingerprint.in_(wanted_prints[start : start + IN_LIST])))}
        session.expunge_all()
    return by_number, by_fingerprint


def _refuse_if_impossible(decision: Decision) -> None:
    if decision.action not in TRIAGE_ACTIONS:
        raise TriageError(f"unknown decision {decision.action!r}; expected one of {', '.join(TRIAGE_ACTIONS)}")
    if decision.action == "dismiss" and not (decision.reason or "").strip():
        raise TriageError("a dismissal needs a reason (--reason): why is it no violation?")


def decide(store: Store, findings: Iterable[Finding], decision: Decision) -> int:
    """Record ``decision`` on each finding; how many events were written."""
    _refuse_if_impossible(decision)
    return record_decisions(store, [(finding, decision) for finding in findings])


def record_decisions(store: Store, decided: Sequence[tuple[Finding, Decision]]) -> int:
    """Record each finding's own decision (a sheet's rows, each with its action and reason), all
    in one transaction or none; how many events were written."""
    for _, decision in decided:
        _refuse_if_impossible(decision)
    at = utcnow()
    rows = [{"fingerprint": finding.fingerprint, "finding_id": finding.id, "action": decision.action,
             "reason": decision.reason, "decided_by": decision.decided_by, "at": at,
             "evidence_hash": finding_evidence_hash(finding), "automatic": False, "scan_id": None}
            for finding, decision in decided]
    if rows:
        with store.session(write=True) as session:
            session.execute(insert(TriageEvent), rows)
    return len(rows)


def latest_decisions(store: Store, fingerprints: Iterable[str] | None = None) -> dict[str, TriageEvent]:
    """Fingerprint -> its latest triage event (of the fingerprints named, or of every finding)."""
    latest = select(func.max(TriageEvent.id)).group_by(TriageEvent.fingerprint)
    if fingerprints is not None:
        latest = latest.where(TriageEvent.fingerprint.in_(list(fingerprints)))
    with store.session() as session:
        rows = list(session.scalars(select(TriageEvent).where(TriageEvent.id.in_(latest.scalar_subquery()))))
        session.expunge_all()
    return {row.fingerprint: row for row in rows}


def triage_history(store: Store, fingerprint: str) -> list[TriageEvent]:
    """Every decision on the finding, oldest first."""
    with store.session() as session:
        rows = list(session.scalars(select(TriageEvent).where(TriageEvent.fingerprint == fingerprint)
                                    .order_by(TriageEvent.id)))
        session.expunge_all()
    return rows


def reopen_changed(store: Store, scan_id: int) -> list[str]:
    """Reopen every dismissed finding whose evidence is no longer what the dismissal saw (the
    checks of scan ``scan_id`` just wrote it); the fingerprints reopened."""
    dismissed = {fp: event for fp, event in latest_decisions(store).items() if event.action == "dismiss"}
    if not dismissed:
        return []
    with store.session() as session:
        findings = list(session.scalars(select(Finding).where(Finding.fingerprint.in_(list(dismissed)))))
    at = utcnow()
    rows: list[dict[str, Any]] = []
    for finding in findings:
        now = finding_evidence_hash(finding)
        if now != dismissed[finding.fingerprint].evidence_hash:
            rows.append({"fingerprint": finding.fingerprint, "finding_id": finding.id, "action": "reopen",
                         "reason": f"the evidence changed since it was dismissed: now “{finding.evidence_excerpt}” "
                                   f"({finding.message})",
                         "decided_by": SYSTEM, "at": at, "evidence_hash": now, "automatic": True,
                         "scan_id": scan_id})
    if rows:
        with store.session(write=True) as session:
            session.execute(insert(TriageEvent), rows)
    return [str(row["fingerprint"]) for row in rows]


def decisions_by_finding(store: Store) -> dict[int, list[TriageEvent]]:
    """Finding id -> every decision on it, oldest first (the report's triage histories)."""
    with store.session() as session:
        rows = list(session.scalars(select(TriageEvent).where(TriageEvent.finding_id.is_not(None))
                                    .order_by(TriageEvent.id)))
        session.expunge_all()
    grouped: dict[int, list[TriageEvent]] = {}
    for row in rows:
        if row.finding_id is not None:
            grouped.setdefault(row.finding_id, []).append(row)
    return grouped
