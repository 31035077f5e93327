"""Scans, fetched pages and their bodies, fetch errors, observations, findings.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("province_id", sa.Text(), nullable=False),
        sa.Column("config_path", sa.Text(), nullable=True),
        sa.Column("started_at", UTC_TIME, nullable=False),
        sa.Column("finished_at", UTC_TIME, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('running', 'finished', 'failed', 'interrupted')", name=op.f("ck_scans_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scans")),
    )
    op.create_index(op.f("ix_scans_province_id_started_at"), "scans", ["province_id", "started_at"])

    op.create_table(
        "scan_cities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("portal_url", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("pages_fetched", sa.Integer(), nullable=False),
        sa.Column("items_extracted", sa.Integer(), nullable=False),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('ok', 'unreachable', 'partial')", name=op.f("ck_scan_cities_status")),
        sa.ForeignKeyConstraint(
            ["scan_id"], ["scans.id"], name=op.f("fk_scan_cities_scan_id_scans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_cities")),
        sa.UniqueConstraint("scan_id", "city_id", name=op.f("uq_scan_cities_scan_id_city_id")),
    )

    op.create_table(
        "pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("final_url", sa.Text(), nullable=True),
        sa.Column("http_status", sa.Integer(), nullable=False),
        sa.Column("fetched_at", UTC_TIME, nullable=False),
        sa.Column("content_type", sa.Text(), nullable=True),
        sa.Column("declared_encoding", sa.Text(), nullable=True),
        sa.Column("detected_encoding", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rendered", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scan_id"], ["scans.id"], name=op.f("fk_pages_scan_id_scans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], name=op.f("fk_pages_sha256_blobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pages")),
    )
    op.create_index(op.f("ix_pages_scan_id_city_id"), "pages", ["scan_id", "city_id"])
    op.create_index(op.f("ix_pages_sha256"), "pages", ["sha256"])
    op.create_index(op.f("ix_pages_url"), "pages", ["url"])

    op.create_table(
        "fetch_errors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["scan_id"], ["scans.id"], name=op.f("fk_fetch_errors_scan_id_scans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fetch_errors")),
    )
    op.create_index(op.f("ix_fetch_errors_scan_id_city_id"), "fetch_errors", ["scan_id", "city_id"])

    op.create_table(
        "observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=True),
        sa.Column("standard_code", sa.Text(), nullable=True),
        sa.Column("match_method", sa.String(length=16), nullable=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("item_code", sa.Text(), nullable=True),
        sa.Column("basic_code", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("item_type", sa.Text(), nullable=True),
        sa.Column("department", sa.Text(), nullable=True),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("online_available", sa.Boolean(), nullable=True),
        sa.Column("online_entry_url", sa.Text(), nullable=True),
        sa.Column("online_depth", sa.Integer(), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=True),
        sa.Column("visit_reason", sa.Text(), nullable=True),
        sa.Column("statutory_days", sa.Integer(), nullable=True),
        sa.Column("promised_days", sa.Integer(), nullable=True),
        sa.Column("case_type", sa.Text(), nullable=True),
        sa.Column("fee", sa.Boolean(), nullable=True),
        sa.Column("appointment", sa.Boolean(), nullable=True),
        sa.Column("express", sa.Boolean(), nullable=True),
        sa.Column("channel_text", sa.Text(), nullable=True),
        sa.Column("raw_fields", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "match_method IN ('code', 'name', 'alias', 'unmatched')",
            name=op.f("ck_observations_match_method"),
        ),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_observations_page_id_pages"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["scan_id"], ["scans.id"], name=op.f("fk_observations_scan_id_scans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observations")),
    )
    op.create_index(op.f("ix_observations_scan_id_city_id"), "observations", ["scan_id", "city_id"])
    op.create_index(op.f("ix_observations_city_id_item_code"), "observations", ["city_id", "item_code"])
    op.create_index(op.f("ix_observations_page_id"), "observations", ["page_id"])

    op.create_table(
        "observed_materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=True),
        sa.Column("copies", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("necessity", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observations.id"],
            name=op.f("fk_observed_materials_observation_id_observations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observed_materials")),
        sa.UniqueConstraint(
            "observation_id", "position", name=op.f("uq_observed_materials_observation_id_position")
        ),
    )
    op.create_table(
        "observed_locations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("hours", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observations.id"],
            name=op.f("fk_observed_locations_observation_id_observations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observed_locations")),
        sa.UniqueConstraint(
            "observation_id", "position", name=op.f("uq_observed_locations_observation_id_position")
        ),
    )

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("city_id", sa.Text(), nullable=False),
        sa.Column("item_code", sa.Text(), nullable=True),
        sa.Column("item_name", sa.Text(), nullable=True),
        sa.Column("standard_code", sa.Text(), nullable=True),
        sa.Column("dimension", sa.Text(), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("first_seen", UTC_TIME, nullable=False),
        sa.Column("last_seen", UTC_TIME, nullable=False),
        sa.Column("resolved_at", UTC_TIME, nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("last_scan_id", sa.Integer(), nullable=True),
        sa.Column("evidence_url", sa.Text(), nullable=True),
        sa.Column("evidence_fetched_at", UTC_TIME, nullable=True),
        sa.Column("evidence_http_status", sa.Integer(), nullable=True),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=True),
        sa.Column("evidence_excerpt", sa.Text(), nullable=True),
        sa.Column("evidence_snapshot", sa.Text(), nullable=True),
        sa.Column("evidence_screenshot", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'resolved', 'reopened')", name=op.f("ck_findings_status")),
        sa.ForeignKeyConstraint(
            ["last_scan_id"], ["scans.id"], name=op.f("fk_findings_last_scan_id_scans"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_findings_fingerprint")),
    )
    op.create_index(op.f("ix_findings_city_id_rule"), "findings", ["city_id", "rule"])
    op.create_index(op.f("ix_findings_status"), "findings", ["status"])


def downgrade() -> None:
    for table in (
        "findings",
        "observed_locations",
        "observed_materials",
        "observations",
        "fetch_errors",
        "pages",
        "scan_cities",
        "scans",
        "blobs",
    ):
        op.drop_table(table)  # drops the table's indexes and constraints with it
