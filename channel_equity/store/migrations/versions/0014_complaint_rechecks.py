"""Complaint re-checks (issue 15): ``scans.kind`` tells the nightly scans of a province from the
small scans a complaint's re-check makes of one item (``complaint``), which nothing that means
"the province's latest scan" may take for one; ``complaint_checks`` keep the rules they ran,
what was checked and the evidence of what fired, as the re-check saw it.

Revision ID: 0014_complaint_rechecks
Revises: 0013_complaints
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_complaint_rechecks"
down_revision: str | None = "0013_complaints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("scans") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="nightly"))
        batch.create_check_constraint("kind", "kind IN ('nightly', 'complaint')")
    with op.batch_alter_table("complaint_checks") as batch:
        batch.add_column(sa.Column("rules", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("checked", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("complaint_checks") as batch:
        batch.drop_column("evidence")
        batch.drop_column("checked")
        batch.drop_column("rules")
    with op.batch_alter_table("scans") as batch:
        batch.drop_constraint(op.f("ck_scans_kind"), type_="check")
        batch.drop_column("kind")
