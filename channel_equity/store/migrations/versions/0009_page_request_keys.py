"""What a page was fetched by and how to ask for it again (issue 13): ``pages.request_key``
(the request's fingerprint, so a resumed scan answers it from the store instead of fetching it
again) and the response's validators ``etag`` and ``last_modified`` (so the next scan asks
"changed since?" and an unchanged page is not downloaded again).

Revision ID: 0009_page_request_keys
Revises: 0008_run_locks
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_page_request_keys"
down_revision: str | None = "0008_run_locks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("request_key", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("etag", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("last_modified", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_pages_scan_id_request_key"), "pages", ["scan_id", "request_key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_pages_scan_id_request_key"), table_name="pages")
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("last_modified")
        batch.drop_column("etag")
        batch.drop_column("request_key")
