"""Finding messages the report can translate: the template and its arguments beside the
English message. Nullable: findings written before keep only their message, which the
report shows as it is until a check fires them again.

Revision ID: 0003_finding_message_template
Revises: 0002_finding_history
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_finding_message_template"
down_revision: str | None = "0002_finding_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("message_template", sa.Text(), nullable=True))
        batch.add_column(sa.Column("message_args", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("message_args")
        batch.drop_column("message_template")
