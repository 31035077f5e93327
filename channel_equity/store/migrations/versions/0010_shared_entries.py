"""An online entry found to be the portal's navigation is kept aside, not forgotten (issue 13):
``observations.shared_entry_url``. The crawler tells a guide's own 在线办理 from a menu link that
nearly every guide gives (``drop_online_entries``); the URL moves here from ``online_entry_url``,
so the rules never read it as the guide's entry, and the next scan, which observes unchanged
guides again without reading them, still counts it as the navigation it is.

Revision ID: 0010_shared_entries
Revises: 0009_page_request_keys
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_shared_entries"
down_revision: str | None = "0009_page_request_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.add_column(sa.Column("shared_entry_url", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.drop_column("shared_entry_url")
