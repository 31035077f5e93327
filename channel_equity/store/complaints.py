"""Complaints as the store keeps them: recorded, listed, shown with their re-checks, closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from channel_equity.core.config import ComplaintSettings
from channel_equity.core.working_days import due_date
from channel_equity.store.models import Complaint, ComplaintCheck, Finding, utcnow
from channel_equity.store.session import Store


@dataclass(frozen=True)
class NewComplaint:
    city_id: str
    item_ref: str
    item_code: str | None
    item_name: str
    guide_url: str
    entry_url: str | None
    claim: str
    text: str
    received: datetime
    reference: str | None
    recorded_by: str


@dataclass(frozen=True)
class Deadline:
    """The last day a city has to fix what the complaint names, and whether it has passed."""

    due: date
    overdue: bool


def received_day(complaint: Complaint) -> date:
    return complaint.received.astimezone(UTC).date()


def deadline(complaint: Complaint, settings: ComplaintSettings, today: date) -> Deadline:
    """The due date (``complaints.deadline_working_days`` working days after the complaint came in);
    an open complaint is overdue once ``today`` is past it, a closed one never is."""
    due = due_date(received_day(complaint), settings)
    return Deadline(due, complaint.status == "open" and today > due)


def latest_check(complaint: Complaint) -> ComplaintCheck | None:
    """The most recent re-check (``checks`` are kept in the order they were recorded)."""
    return complaint.checks[-1] if complaint.checks else None


class ComplaintNotFound(LookupError):
    """No complaint has that number."""


def record_complaint(store: Store, new: NewComplaint) -> int:
    """Store a complaint, open; its number."""
    with store.session(write=True) as session:
        row = Complaint(city_id=new.city_id, item_ref=new.item_ref, item_code=new.item_code, item_name=new.item_name,
                        guide_url=new.guide_url, entry_url=new.entry_url, claim=new.claim, text=new.text,
                        received=new.received, reference=new.reference, recorded_by=new.recorded_by, status="open")
        session.add(row)
        session.flush()
        return row.id


def list_complaints(store: Store, status: str | None = None, city_id: str | None = None) -> list[Complaint]:
    """The complaints (with their re-checks), oldest first, of one status and city if named."""
    query = select(Complaint).options(selectinload(Complaint.checks)).order_by(Complaint.id)
    if status is not None:
        query = query.where(Complaint.status == status)
    if city_id is not None:
        query = query.where(Complaint.city_id == city_id)
    with store.session() as session:
        rows = list(session.scalars(query))
        session.expunge_all()
    return rows


def get_complaint(store: Store, complaint_id: int) -> Complaint:
    with store.session() as session:
        row = session.scalars(select(Complaint).options(selectinload(Complaint.checks))
                              .where(Complaint.id == complaint_id)).one_or_none()
        if row is None:
            raise ComplaintNotFound(f"no complaint #{complaint_id}")
        session.expunge_all()
    return row


def close_complaint(store: Store, complaint_id: int, note: str) -> None:
    """Close a complaint with the inspector's note (closing a closed one keeps its first close)."""
    with store.session(write=True) as session:
        row = session.get(Complaint, complaint_id)
        if row is None:
            raise ComplaintNotFound(f"no complaint #{complaint_id}")
        if row.status != "closed":
            row.status, row.closed_at, row.close_note = "closed", utcnow(), note


@dataclass(frozen=True)
class NewCheck:
    """A re-check's verdict on a complaint, as it is recorded."""

    complaint_id: int
    scan_id: int | None
    verdict: str
    detail: str
    rules: list[str]
    checked: list[str]
    evidence: list[dict[str, Any]]
    finding_ids: list[int]


def record_check(store: Store, new: NewCheck) -> None:
    """Store a re-check and carry the complaint's "fixed since" forward: a substantiated
    re-check clears it; a later one that does not reproduce it (never one that could not check)
    sets it to when the findings it cited resolved, else to the re-check's own time."""
    with store.session(write=True) as session:
        row = session.get(Complaint, new.complaint_id)
        if row is None:
            raise ComplaintNotFound(f"no complaint #{new.complaint_id}")
        check = ComplaintCheck(complaint_id=new.complaint_id, scan_id=new.scan_id, checked_at=utcnow(),
                               verdict=new.verdict, detail=new.detail, rules=new.rules, checked=new.checked,
                               evidence=new.evidence, finding_ids=new.finding_ids)
        session.add(check)
        if new.verdict == "substantiated":
            row.fixed_since = None
        elif new.verdict == "not-reproduced" and row.fixed_since is None:
            last = session.scalars(select(ComplaintCheck).where(ComplaintCheck.complaint_id == row.id,
                                                                ComplaintCheck.verdict == "substantiated")
                                   .order_by(ComplaintCheck.id.desc()).limit(1)).first()
            if last is not None:
                row.fixed_since = _resolved_at(session, last.finding_ids) or check.checked_at


def _resolved_at(session: Session, finding_ids: list[int]) -> datetime | None:
    """When the last of the findings resolved, if every one of them has."""
    if not finding_ids:
        return None
    rows = session.execute(select(Finding.status, Finding.resolved_at).where(Finding.id.in_(finding_ids))).all()
    times = [at for status, at in rows if status == "resolved" and at is not None]
    return max(times) if rows and len(times) == len(rows) else None


def complaints_citing(store: Store, finding_ids: list[int]) -> dict[int, list[int]]:
    """Finding id -> the complaints whose substantiated re-checks cite it."""
    wanted = set(finding_ids)
    cited: dict[int, set[int]] = {}
    with store.session() as session:
        query = select(ComplaintCheck.complaint_id, ComplaintCheck.finding_ids).where(
            ComplaintCheck.verdict == "substantiated")
        for complaint_id, ids in session.execute(query):
            for finding_id in ids or ():
                if finding_id in wanted:
                    cited.setdefault(finding_id, set()).add(complaint_id)
    return {finding_id: sorted(ids) for finding_id, ids in cited.items()}
