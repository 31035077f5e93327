"""Extraction quality on portals written blind: by someone who had not seen the extractor.

The simulator and the extractor were written by the same people, so the simulator alone
cannot show that the extractor is generic. The blind corpus (``tests/blind/README.md``)
imitates five real vendor styles with their quirks (BOM against a wrong header, GB18030
behind a ``charset=utf-8`` header, GBK declared only in a meta tag, department-grouped
catalogs, ``onclick`` entries, commented-out stale values). Each portal is crawled from its
home page with no per-portal config, and what was stored is scored against the truth.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import yaml

from channel_equity.quality.extraction import PortalQuality, format_quality_table, score_portal
from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.blind.serve import serve_blind_portal
from tests.running import run_cli

TRUTH = json.loads((Path(__file__).parent / "truth.json").read_text(encoding="utf-8"))
PORTALS: dict[str, dict[str, Any]] = {portal["id"]: portal for portal in TRUTH["portals"]}
MIN_RECALL = 0.99
MIN_FIELD_ACCURACY = 0.98


def scan_blind_portal(portal: dict[str, Any], workdir: Path,
                      serve: Callable[[str], AbstractContextManager[str]] = serve_blind_portal) -> PortalQuality:
    """Serve one portal, scan it from its home page with no per-portal config, score the store."""
    db = workdir / f"{portal['id']}.db"
    config_path = workdir / f"{portal['id']}.yaml"
    with serve(portal["id"]) as base_url:
        config = {"province": {"id": "blind", "name": "盲测省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": portal["id"], "name": portal["id"], "portal": urljoin(base_url, portal["home"])}]}
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(config_path))
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        observations = [obs for _, obs in reading.load_observations(store, scan.id, portal["id"])]
    finally:
        store.close()
    return score_portal(portal["id"], portal["items"], observations)


@pytest.fixture(scope="module")
def blind_quality(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PortalQuality]:
    workdir = tmp_path_factory.mktemp("blind")
    rows = {portal_id: scan_blind_portal(portal, workdir) for portal_id, portal in PORTALS.items()}
    print("\nblind corpus\n" + format_quality_table(rows.values()))
    return rows


@pytest.mark.parametrize("portal_id", sorted(PORTALS))
def test_blind_portal_is_read_without_tuning(blind_quality: dict[str, PortalQuality], portal_id: str) -> None:
    row = blind_quality[portal_id]
    assert row.expected >= 15
    assert row.recall >= MIN_RECALL, f"{portal_id} missed {row.misses[:8]}"
    assert row.field_accuracy >= MIN_FIELD_ACCURACY, f"{portal_id}: {row.examples}"
