"""Inspectors' decisions on findings (issue 16): ``triage_events``, append-only, keyed to the
finding's fingerprint so that a decision outlives every later scan.

Revision ID: 0015_triage_events
Revises: 0014_complaint_rechecks
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_triage_events"
down_revision: str | None = "0014_complaint_rechecks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "triage_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("evidence_hash", sa.String(length=64), nullable=False),
        sa.Column("automatic", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("action IN ('accept', 'dismiss', 'reopen')", name=op.f("ck_triage_events_action")),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_triage_events_finding_id_findings"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["scan_id"], ["scans.id"], name=op.f("fk_triage_events_scan_id_scans"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_events")),
    )
    op.create_index(op.f("ix_triage_events_fingerprint_id"), "triage_events", ["fingerprint", "id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_triage_events_fingerprint_id"), table_name="triage_events")
    op.drop_table("triage_events")
