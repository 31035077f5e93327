"""Honest coverage: a city that yielded nothing is ``empty``; the item total a portal states
and the pages that looked like guides but yielded none are kept beside the city's result;
what a rule could not judge is kept per scan (``not_judged``).

Revision ID: 0004_coverage_counts
Revises: 0003_finding_message_template
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_coverage_counts"
down_revision: str | None = "0003_finding_message_template"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATUSES = "status IN ('ok', 'unreachable', 'partial')"
NEW_STATUSES = "status IN ('ok', 'unreachable', 'partial', 'empty')"


def upgrade() -> None:
    with op.batch_alter_table("scan_cities") as batch:
        batch.drop_constraint(op.f("ck_scan_cities_status"), type_="check")
        batch.create_check_constraint("status", NEW_STATUSES)
        batch.add_column(sa.Column("stated_total", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("unread_guides", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("unread_guide", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "not_judged",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=64), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["scan_id"], ["scans.id"], name=op.f("fk_not_judged_scan_id_scans"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_judged")),
    )
    op.create_index(op.f("ix_not_judged_scan_id_city_id"), "not_judged", ["scan_id", "city_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_not_judged_scan_id_city_id"), table_name="not_judged")
    op.drop_table("not_judged")
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("unread_guide")
    op.execute("UPDATE scan_cities SET status = 'partial' WHERE status = 'empty'")
    with op.batch_alter_table("scan_cities") as batch:
        batch.drop_column("unread_guides")
        batch.drop_column("stated_total")
        batch.drop_constraint(op.f("ck_scan_cities_status"), type_="check")
        batch.create_check_constraint("status", OLD_STATUSES)
