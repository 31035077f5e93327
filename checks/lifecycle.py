"""Findings from scan to scan: opened, seen again, resolved, reopened.

A finding is identified by its fingerprint (rule, city, subject, dimension), so the same
violation found tomorrow updates today's row. A finding that did not fire is resolved only
when its rule *covers* the subject in this scan (the item or page was fetched successfully
again, the portal was reachable); otherwise the scan saw nothing and the finding stays as
it was — no observation is not compliance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from channel_equity.store.models import Finding, FindingEvent
from channel_equity.store.session import Store
from checks.context import CheckContext
from checks.rule import Rule
from checks.verdict import Verdict


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


def _apply_verdict(finding: Finding, verdict: Verdict, severity: str, scan_id: int, at: datetime) -> None:
    evidence = verdict.evidence
    finding.item_code, finding.item_name = verdict.item_code, verdict.item_name
    finding.standard_code, finding.severity, finding.message = verdict.standard_code, severity, verdict.message
    finding.last_seen, finding.last_scan_id = max(finding.last_seen or at, at), scan_id
    finding.evidence_url, finding.evidence_fetched_at = evidence.url, evidence.fetched_at
    finding.evidence_http_status, finding.evidence_sha256 = evidence.http_status, evidence.sha256
    finding.evidence_excerpt, finding.evidence_snapshot = evidence.excerpt, evidence.snapshot
    finding.evidence_screenshot = evidence.screenshot


def apply_lifecycle(
    store: Store, context: CheckContext, rules: Mapping[str, Rule], verdicts: Iterable[Verdict],
    severities: Mapping[str, str],
) -> LifecycleCounts:
    """Write the verdicts of one scan into the findings table and its history."""
    at, scan_id = context.scanned_at, context.scan_id
    counts = LifecycleCounts()
    fired: dict[str, Verdict] = {}
    for verdict in verdicts:
        fired.setdefault(fingerprint(verdict.rule, verdict.city_id, verdict.subject, verdict.dimension), verdict)
    with store.session(write=True) as session:
        existing = {f.fingerprint: f for f in session.scalars(select(Finding).where(Finding.rule.in_(list(rules))))}
        events: list[FindingEvent] = []
        for key, verdict in fired.items():
            finding = existing.get(key)
            if finding is None:
                finding = Finding(fingerprint=key, rule=verdict.rule, city_id=verdict.city_id, subject=verdict.subject,
                                  dimension=verdict.dimension, status="open", first_seen=at, last_seen=at)
                session.add(finding)
                _apply_verdict(finding, verdict, severities[verdict.rule], scan_id, at)
                session.flush()
                events.append(FindingEvent(finding_id=finding.id, scan_id=scan_id, event="opened", at=at))
                counts.opened += 1
                continue
            if finding.status == "resolved" and (finding.resolved_at is None or finding.resolved_at <= at):
                finding.status, finding.resolved_at = "reopened", None
                events.append(FindingEvent(finding_id=finding.id, scan_id=scan_id, event="reopened", at=at))
                counts.reopened += 1
            else:
                counts.still_open += 1
            _apply_verdict(finding, verdict, severities[verdict.rule], scan_id, at)
        for key, finding in existing.items():
            if key in fired or finding.status == "resolved" or finding.last_seen > at:
                continue
            rule = rules[finding.rule]
            if context.city_scanned(finding.city_id) and rule.covers(context, finding.city_id, finding.subject):
                finding.status, finding.resolved_at = "resolved", at
                events.append(FindingEvent(finding_id=finding.id, scan_id=scan_id, event="resolved", at=at))
                counts.resolved += 1
            else:
                counts.not_covered += 1
        session.add_all(events)
    return counts
