"""Finding subjects (item, page or city) and the history of each finding.

Revision ID: 0002_finding_history
Revises: 0001_initial
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_finding_history"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("subject", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "finding_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.CheckConstraint("event IN ('opened', 'resolved', 'reopened')", name=op.f("ck_finding_events_event")),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_finding_events_finding_id_findings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["scan_id"], ["scans.id"], name=op.f("fk_finding_events_scan_id_scans"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_events")),
    )
    op.create_index(op.f("ix_finding_events_finding_id"), "finding_events", ["finding_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_finding_events_finding_id"), table_name="finding_events")
    op.drop_table("finding_events")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("subject")
