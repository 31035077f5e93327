"""Extraction quality on the second blind corpus, held out: written after the extractor's
fixes for the first one (tests/blind), by someone who had seen neither the extractor nor
those portals. Scored exactly as the first corpus is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from channel_equity.quality.extraction import PortalQuality, format_quality_table
from tests.blind.test_blind_corpus import MIN_FIELD_ACCURACY, MIN_RECALL, scan_blind_portal
from tests.blind2.serve import serve_blind_portal

TRUTH = json.loads((Path(__file__).parent / "truth.json").read_text(encoding="utf-8"))
PORTALS: dict[str, dict[str, Any]] = {portal["id"]: portal for portal in TRUTH["portals"]}


@pytest.fixture(scope="module")
def blind2_quality(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PortalQuality]:
    workdir = tmp_path_factory.mktemp("blind2")
    rows = {portal_id: scan_blind_portal(portal, workdir, serve_blind_portal) for portal_id, portal in PORTALS.items()}
    print("\nsecond blind corpus\n" + format_quality_table(rows.values()))
    return rows


@pytest.mark.parametrize("portal_id", sorted(PORTALS))
def test_held_out_portal_is_read_without_tuning(blind2_quality: dict[str, PortalQuality], portal_id: str) -> None:
    row = blind2_quality[portal_id]
    assert row.expected >= 15
    assert row.recall >= MIN_RECALL, f"{portal_id} missed {row.misses[:8]}"
    assert row.field_accuracy >= MIN_FIELD_ACCURACY, f"{portal_id}: {row.examples}"
