"""Findings from scan to scan: opened, seen again, resolved, reopened.

A finding is identified by its fingerprint (rule, city, subject, dimension), so the same
violation found tomorrow updates today's row. A finding that did not fire is resolved only
when its rule *covers* the subject in this scan (the item or page was fetched successfully
again, the portal was reachable); otherwise the scan saw nothing and the finding stays as
it was — no observation is not compliance.

Rows are written with bulk INSERT/UPDATE statements: a province scan opens or re-confirms
tens of thousands of findings, and per-object ORM bookkeeping would cost more than all
the rules together.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update

from channel_equity.checks.context import CheckContext
from channel_equity.checks.rule import Rule
from channel_equity.checks.verdict import Verdict
from channel_equity.store.models import Finding, FindingEvent
from channel_equity.store.session import Store

BATCH = 2000


def fingerprint(rule: str, city_id: str, subject: str, dimension: str | None) -> str:
    key = "\x1f".join((rule, city_id, subject, dimension or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]


@dataclass
class LifecycleCounts:
    opened: int = 0
    reopened: int = 0
    still_open: int = 0
    resolved: int = 0
    not_covered: int = 0  # open findings this scan could not re-check


@dataclass(frozen=True)
class KnownFinding:
    id: int
    rule: str
    city_id: str
    subject: str
    status: str
    last_seen: datetime
    resolved_at: datetime | None


def verdict_columns(verdict: Verdict, severity: str, scan_id: int, at: datetime) -> dict[str, Any]:
    """The columns a firing rule (re)sets: what it is about, its message (the English sentence
    and the template and arguments the report translates) and latest evidence."""
    evidence = verdict.evidence
    return {
        "item_code": verdict.item_code, "item_name": verdict.item_name, "standard_code": verdict.standard_code,
        "severity": severity, "message": verdict.message, "message_template": verdict.message_template,
        "message_args": dict(verdict.message_args), "last_seen": at, "last_scan_id": scan_id,
        "evidence_url": evidence.url, "evidence_fetched_at": evidence.fetched_at,
        "evidence_http_status": evidence.http_status, "evidence_sha256": evidence.sha256,
        "evidence_excerpt": evidence.excerpt, "evidence_snapshot": evidence.snapshot,
        "evidence_screenshot": evidence.screenshot, "evidence_warc": evidence.warc, "evidence_pages": list(evidence.pages),
        "evidence_spans": [span.as_export() for span in evidence.spans], "evidence_quoted": evidence.quoted,
        "evidence_basis": evidence.basis,
    }


def _known_findings(store: Store, rules: Iterable[str]) -> dict[str, KnownFinding]:
    columns = (Finding.fingerprint, Finding.id, Finding.rule, Finding.city_id, Finding.subject, Finding.status,
               Finding.last_seen, Finding.resolved_at)
    with store.session() as session:
        rows = session.execute(select(*columns).where(Finding.rule.in_(list(rules)))).all()
    return {row[0]: KnownFinding(*row[1:]) for row in rows}


def _chunks(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start:start + BATCH]


def apply_lifecycle(
    store: Store, context: CheckContext, rules: Mapping[str, Rule], verdicts: Iterable[Verdict],
    severities: Mapping[str, str], *, resolve: bool = True, history_scan: int | None = None,
) -> LifecycleCounts:
    """Write the verdicts of one scan into the findings table and its history. Without
    ``resolve`` (a complaint's re-check, which reads one item) findings are opened and seen
    again, never resolved: only a scan of the portal says what is fixed. ``history_scan``: the
    scan whose history the events belong to (a re-check's belong to the night it followed,
    whose report replays them), by default this one."""
    at, scan_id = context.scanned_at, context.scan_id
    event_scan = history_scan if history_scan is not None else scan_id
    counts = LifecycleCounts()
    fired: dict[str, Verdict] = {}
    for verdict in verdicts:
        fired.setdefault(fingerprint(verdict.rule, verdict.city_id, verdict.subject, verdict.dimension), verdict)
    known = _known_findings(store, rules)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for key, verdict in fired.items():
        columns = verdict_columns(verdict, severities[verdict.rule], scan_id, at)
        finding = known.get(key)
        if finding is None:
            inserts.append({"fingerprint": key, "rule": verdict.rule, "city_id": verdict.city_id,
                            "subject": verdict.subject, "dimension": verdict.dimension, "status": "open",
                            "first_seen": at, "resolved_at": None, **columns})
            continue
        columns["id"] = finding.id
        columns["last_seen"] = max(finding.last_seen, at)
        if finding.status == "resolved" and (finding.resolved_at is None or finding.resolved_at <= at):
            columns.update(status="reopened", resolved_at=None)
            events.append({"finding_id": finding.id, "scan_id": event_scan, "event": "reopened", "at": at})
            counts.reopened += 1
        else:
            counts.still_open += 1
        updates.append(columns)
    for key, finding in known.items() if resolve else ():
        if key in fired or finding.status == "resolved" or finding.last_seen > at:
            continue
        if context.city_scanned(finding.city_id) and rules[finding.rule].covers(context, finding.city_id,
                                                                               finding.subject):
            updates.append({"id": finding.id, "status": "resolved", "resolved_at": at})
            events.append({"finding_id": finding.id, "scan_id": event_scan, "event": "resolved", "at": at})
            counts.resolved += 1
        else:
            counts.not_covered += 1
    with store.session(write=True) as session:
        for chunk in _chunks(inserts):
            for finding_id in session.scalars(insert(Finding).returning(Finding.id), chunk):
                events.append({"finding_id": finding_id, "scan_id": event_scan, "event": "opened", "at": at})
        for chunk in _chunks(updates):
            _update_by_id(session, chunk)
        for chunk in _chunks(events):
            session.execute(insert(FindingEvent), chunk)
    counts.opened = len(inserts)
    return counts


def _update_by_id(session: Any, rows: list[dict[str, Any]]) -> None:
    """ORM bulk UPDATE by primary key; rows with different key sets go in separate batches."""
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_shape.setdefault(tuple(sorted(row)), []).append(row)
    for batch in by_shape.values():
        session.execute(update(Finding), batch)
