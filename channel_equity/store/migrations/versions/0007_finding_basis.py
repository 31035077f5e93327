"""How each finding was established (issue 12): ``findings.evidence_basis``.

``stated`` (fields the guide states under their labels), ``prose`` (its own sentences or
wording), ``corroborated`` (an inference two independent signals agree on), ``inferred``
(values the extractor derived; never enough for a high-severity rule) or ``measured`` (what the
monitor measured: an HTTP status, a fetch failure, a share over the portal). Null for findings
stored before this revision, until their rule fires again.

Revision ID: 0007_finding_basis
Revises: 0006_finding_evidence
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_finding_basis"
down_revision: str | None = "0006_finding_evidence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("evidence_basis", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("evidence_basis")
