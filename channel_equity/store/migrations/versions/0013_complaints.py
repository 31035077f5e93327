"""Complaint follow-up (issue 15): ``complaints``, a citizen's complaint about one item of one
city as an inspector recorded it, and ``complaint_checks``, each re-check of it with its verdict.

Revision ID: 0013_complaints
Revises: 0012_finding_warc
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_complaints"
down_revision: str | None = "0012_finding_warc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TIME = sa.DateTime(timezone=True)
CLAIMS = "'online-only', 'offline-only', 'entry-broken', 'excess-visits', 'shared-data', 'other'"
VERDICTS = "'substantiated', 'not-reproduced', 'could-not-check'"


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("item_ref", sa.Text(), nullable=False),
        sa.Column("item_code", sa.Text(), nullable=True),
        sa.Column("item_name", sa.Text(), nullable=False),
        sa.Column("guide_url", sa.Text(), nullable=False),
        sa.Column("entry_url", sa.Text(), nullable=True),
        sa.Column("claim", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("received", UTC_TIME, nullable=False),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("recorded_at", UTC_TIME, nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closed_at", UTC_TIME, nullable=True),
        sa.Column("close_note", sa.Text(), nullable=True),
        sa.Column("fixed_since", UTC_TIME, nullable=True),
        sa.CheckConstraint(f"claim IN ({CLAIMS})", name=op.f("ck_complaints_claim")),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_complaints_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    op.create_index(op.f("ix_complaints_status_city_id"), "complaints", ["status", "city_id"])
    op.create_table(
        "complaint_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=True),
        sa.Column("checked_at", UTC_TIME, nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("finding_ids", sa.JSON(), nullable=False),
        sa.CheckConstraint(f"verdict IN ({VERDICTS})", name=op.f("ck_complaint_checks_verdict")),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"],
                                name=op.f("fk_complaint_checks_complaint_id_complaints"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["scan_id"], ["scans.id"], name=op.f("fk_complaint_checks_scan_id_scans"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_checks")),
    )
    op.create_index(op.f("ix_complaint_checks_complaint_id"), "complaint_checks", ["complaint_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_checks_complaint_id"), table_name="complaint_checks")
    op.drop_table("complaint_checks")
    op.drop_index(op.f("ix_complaints_status_city_id"), table_name="complaints")
    op.drop_table("complaints")
