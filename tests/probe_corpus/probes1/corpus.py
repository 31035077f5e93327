"""The monitor config for a served probes1 province (a dict ``yaml.safe_dump`` writes as the config file).

Each city states its portal and its catalogue (the catalogue is where one slow page is planted, and
finding it is not what this corpus measures); the pages of apps and accounts are left for the
probes to find from the home page, as the zombie-channel rule is measured from there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.probe_corpus.serve import ServedProvince

TRUTH = Path(__file__).resolve().parent / "truth.json"


def province_config(served: ServedProvince) -> dict[str, Any]:
    """Province, cities, the identity service as the one unified login host, and the truth's thresholds."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    return {
        "province": dict(truth["province"]),
        "cities": [{"id": city["id"], "name": city["name"], "portal": served.base_urls[city["id"]],
                    "catalog": served.base_urls[city["id"]] + city["catalogue"].lstrip("/")}
                   for city in truth["cities"]],
        "policy": {
            "standard_items": [],
            "abolished_items": [],
            "shared_data_materials": ["居民身份证", "居民户口簿", "营业执照", "结婚证"],
            "immediate_share_min": 0.30,
            "unified_login_hosts": [served.identity_host],
        },
        "thresholds": dict(truth["thresholds"]),
    }
