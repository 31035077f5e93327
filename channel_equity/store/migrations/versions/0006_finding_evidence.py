"""Evidence an inspector can stand behind (issue 12):

* ``findings.evidence_pages``: a portal-wide finding of a page-level rule (login-wall,
  legacy-browser, app-only-entry) reports once per portal, with every page it was seen on
  (a JSON list of URLs; empty for other findings);
* ``findings.evidence_spans``: where the excerpt stands in the stored page, a JSON list of
  ``{"start", "end", "source"}`` offsets into the page's visible words ("visible") or its
  script code ("code"); two spans when a label and its value are quoted from two cells;
* ``findings.evidence_quoted``: true when the excerpt is the page's own words, false when the
  page does not print it (the words are how the monitor read the guide), null without a page.

Revision ID: 0006_finding_evidence
Revises: 0005_observation_provenance
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_finding_evidence"
down_revision: str | None = "0005_observation_provenance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("evidence_pages", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("evidence_spans", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("evidence_quoted", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("evidence_quoted")
        batch.drop_column("evidence_spans")
        batch.drop_column("evidence_pages")
