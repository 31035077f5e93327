"""A JavaScript-only portal is read even when nobody configured ``render: js`` for it.

The spider notices an empty shell (scripts, next to no visible text) and renders it in
headless Chromium; on portals nobody tuned the monitor for this is the common case.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from channel_equity.quality.extraction import score_portal
from channel_equity.simulator import build_demo_province, province_truth, serve_province
from channel_equity.store import reading
from channel_equity.store.models import Page
from channel_equity.store.session import open_store
from tests.running import run_cli


def test_spa_portal_without_render_config_is_rendered_and_read(tmp_path: Path) -> None:
    province = build_demo_province()
    truth = province_truth(province)
    [spa] = [c for c in truth["cities"] if c["style"] == "spa"]
    config_path, db = tmp_path / "c.yaml", tmp_path / "m.db"
    with serve_province(province) as served:
        config = served.config(database=f"sqlite:///{db}")
        for city in config["cities"]:
            city.pop("extraction", None)
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("scan", "--config", str(config_path), "--city", spa["id"])
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    scan = reading.latest_scan(store)
    assert scan is not None
    observations = [obs for _, obs in reading.load_observations(store, scan.id, spa["id"])]
    quality = score_portal(spa["id"], spa["items"], observations)
    assert quality.recall >= 0.99 and quality.field_accuracy >= 0.98, quality.examples
    with store.session() as session:
        assert session.query(Page).filter(Page.rendered.is_(True)).count() >= quality.found
    store.close()
