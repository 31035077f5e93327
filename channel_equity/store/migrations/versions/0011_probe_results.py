"""Headless-browser probes (issue 14): ``probe_results``, one row per visit a probe made, and
``pages.probed`` marking the pages a probe rendered, kept apart from the crawl's pages.

Revision ID: 0011_probe_results
Revises: 0010_shared_entries
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_probe_results"
down_revision: str | None = "0010_shared_entries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("probed", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table(
        "probe_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("probe", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("variant", sa.String(length=32), nullable=False),
        sa.Column("target_url", sa.Text(), nullable=False),
        sa.Column("item_code", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=True),
        sa.Column("final_url", sa.Text(), nullable=True),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("redirects", sa.JSON(), nullable=False),
        sa.Column("console_errors", sa.JSON(), nullable=False),
        sa.Column("timings", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("screenshot_sha256", sa.String(length=64), nullable=True),
        sa.Column("warc_sha256", sa.String(length=64), nullable=True),
        sa.Column("started_at", UTC_TIME, nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('done', 'failed')", name=op.f("ck_probe_results_status")),
        sa.ForeignKeyConstraint(["scan_id"], ["scans.id"], name=op.f("fk_probe_results_scan_id_scans"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"], name=op.f("fk_probe_results_page_id_pages"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["screenshot_sha256"], ["blobs.sha256"],
                                name=op.f("fk_probe_results_screenshot_sha256_blobs")),
        sa.ForeignKeyConstraint(["warc_sha256"], ["blobs.sha256"], name=op.f("fk_probe_results_warc_sha256_blobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_probe_results")),
    )
    op.create_index(op.f("ix_probe_results_scan_id_city_id"), "probe_results", ["scan_id", "city_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_probe_results_scan_id_city_id"), table_name="probe_results")
    op.drop_table("probe_results")
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("probed")
