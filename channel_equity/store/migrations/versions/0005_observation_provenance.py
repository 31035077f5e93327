"""Provenance of observed values: which fields were read from a guide's sentences ("prose")
or derived from other fields ("inferred") rather than stated under their own label; and the
form and copies words cut from a material's printed name (``observed_materials.wording``); the
template and arguments of a "not judged" reason, so that the report can translate it.

Revision ID: 0005_observation_provenance
Revises: 0004_coverage_counts
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_observation_provenance"
down_revision: str | None = "0004_coverage_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.add_column(sa.Column("provenance", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("observed_materials") as batch:
        batch.add_column(sa.Column("wording", sa.Text(), nullable=True))
    with op.batch_alter_table("not_judged") as batch:
        batch.add_column(sa.Column("template", sa.Text(), nullable=True))
        batch.add_column(sa.Column("args", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("not_judged") as batch:
        batch.drop_column("args")
        batch.drop_column("template")
    with op.batch_alter_table("observed_materials") as batch:
        batch.drop_column("wording")
    with op.batch_alter_table("observations") as batch:
        batch.drop_column("provenance")
