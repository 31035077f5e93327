"""Write probes1: ``portals/<city>/``, ``identity/`` and ``truth.json`` (deterministic; no clock, no randomness).

    python -m tests.probe_corpus.probes1.build

Dates that the monitor judges against the day of its scan (channel update dates) are not
written here: the pages carry ``{{date:N:style}}`` and the server writes the date N days
before the day it serves.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.probe_corpus.probes1 import identity, portal_dongpu, portal_heyang, portal_songling, portal_yuzhou
from tests.probe_corpus.probes1.assemble import channel_truth
from tests.probe_corpus.probes1.model import PROVINCE_ID, PROVINCE_NAME

ROOT = Path(__file__).resolve().parent
PORTALS = ROOT / "portals"
IDENTITY = ROOT / "identity"
TRUTH = ROOT / "truth.json"
THRESHOLDS = {"slow_page_seconds": 1.5, "max_journey_steps": 6, "zombie_channel_days": 365}
MODULES = (portal_songling, portal_heyang, portal_yuzhou, portal_dongpu)
RULE_ORDER = ("online-entry-broken", "app-only-entry", "legacy-browser-required", "separate-login",
              "captcha-no-alternative", "accessibility", "slow-page", "zombie-channel", "excess-steps")


def _write_tree(root: Path, files: dict[str, bytes]) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name in sorted(files):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[name])


def _ordered(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(cases, key=lambda c: (RULE_ORDER.index(c["rule"]), c["city"], c["item_code"] or "",
                                        c["path"] or "", c["dimension"] or "", c["kind"]))


def build() -> dict[str, Any]:
    cities, violations, traps = [], [], []
    portal_files = {}
    for module in MODULES:
        portal, city_truth = module.build()
        portal_files[portal.city.id] = portal.files
        cities.append(city_truth | {"channels": channel_truth(module.channel_list())})
        violations += portal.violations
        traps += portal.traps
    truth = {
        "corpus": "probes1",
        "about": "Four city portals of 盲测省 and its unified identity service, written blind to the monitor's "
                 "probe rules; cases (violations) and look-alikes (traps) for the browser-probe rules.",
        "province": {"id": PROVINCE_ID, "name": PROVINCE_NAME},
        "thresholds": THRESHOLDS,
        "identity": {"login_path": "/sso/login", "service_param": "service"},
        "cities": cities,
        "violations": _ordered(violations),
        "traps": _ordered(traps),
    }
    if PORTALS.exists():
        shutil.rmtree(PORTALS)
    for city_id, files in portal_files.items():
        _write_tree(PORTALS / city_id, files)
    _write_tree(IDENTITY, identity.files())
    TRUTH.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def main() -> None:
    truth = build()
    counts: dict[str, list[int]] = {}
    for bucket, index in (("violations", 0), ("traps", 1)):
        for entry in truth[bucket]:
            counts.setdefault(entry["rule"], [0, 0])[index] += 1
    size = sum(path.stat().st_size for path in ROOT.rglob("*") if path.is_file())
    print(f"probes1: {len(truth['cities'])} portals, {sum(len(c['items']) for c in truth['cities'])} guides, "
          f"{size / 1e6:.2f} MB")
    for rule in RULE_ORDER:
        violations, traps = counts.get(rule, [0, 0])
        print(f"  {rule:<26} {violations:>3} violations {traps:>3} traps")


if __name__ == "__main__":
    main()
