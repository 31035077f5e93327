"""Complaints as the store keeps them: recorded, listed, shown with their re-checks, closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from channel_equity.store.models import Complaint, utcnow
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
