"""Regenerate probes2: ``python -m tests.probe_corpus.probes2.build`` (byte-identical when nothing changed).

Writes ``portals/<city>/`` (pages, assets, ``_`` templates, ``behaviour.json``), ``identity/`` and
``truth.json``. Dates of channel updates are ``{{date:N:style}}`` tokens that ``serve.py`` writes as
the date N days before the day served.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.probe_corpus.probes2 import portal_chengchuan, portal_lanxi, portal_lubin, portal_yuanqiao
from tests.probe_corpus.probes2.identity import BACK, LOGIN_PATH, build_identity
from tests.probe_corpus.probes2.model import IDENTITY_NAME, PROVINCE_ID, PROVINCE_NAME

ROOT = Path(__file__).resolve().parent
THRESHOLDS = {"slow_page_seconds": 1.5, "max_journey_steps": 6, "zombie_channel_days": 365}
Builder = Callable[[], tuple[dict[str, bytes], dict[str, Any], list[dict[str, Any]]]]
BUILDERS: tuple[Builder, ...] = (portal_chengchuan.build, portal_lanxi.build, portal_lubin.build, portal_yuanqiao.build)
ABOUT = ("Second blind corpus for the browser-probe rules: four portals of 盲验省 (fictional), written without "
         "opening the monitor's rules, crawler, probes, simulator, data or their tests, nor probes1.")


def _write_tree(folder: Path, files: dict[str, bytes]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    for name, data in sorted(files.items()):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build() -> dict[str, Any]:
    cities, cases = [], []
    portals = ROOT / "portals"
    if portals.exists():
        shutil.rmtree(portals)
    for builder in BUILDERS:
        files, truth, planted = builder()
        _write_tree(portals / truth["id"], files)
        cities.append(truth)
        cases += planted
    _write_tree(ROOT / "identity", build_identity())
    buckets: dict[str, list[dict[str, Any]]] = {"violations": [], "traps": []}
    for case in cases:
        entry = {k: case[k] for k in ("rule", "city", "item_code", "path", "dimension", "kind")}
        buckets[case["bucket"]].append(entry)
    truth = {"corpus": "probes2", "about": ABOUT, "province": {"id": PROVINCE_ID, "name": PROVINCE_NAME},
             "thresholds": THRESHOLDS, "identity": {"name": IDENTITY_NAME, "login_path": LOGIN_PATH, "back": BACK},
             "cities": cities, **buckets}
    (ROOT / "truth.json").write_bytes(_json(truth))
    return truth


def main() -> None:
    truth = build()
    print(f"probes2: {len(truth['cities'])} portals, {len(truth['violations'])} violations, "
          f"{len(truth['traps'])} traps")


if __name__ == "__main__":
    main()
