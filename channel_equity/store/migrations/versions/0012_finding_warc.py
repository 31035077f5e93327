"""A finding a browser probe made links the WARC of the probe's visit (issue 14):
``findings.evidence_warc`` ("sha256:<hex>" of the stored WARC), beside its screenshot.

Revision ID: 0012_finding_warc
Revises: 0011_probe_results
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_finding_warc"
down_revision: str | None = "0011_probe_results"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("evidence_warc", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("evidence_warc")
