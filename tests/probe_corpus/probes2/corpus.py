"""The monitor config for probes2 as served: ``province_config(served)`` (a dict to dump as YAML)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from tests.probe_corpus.serve import ServedProvince

TRUTH = Path(__file__).resolve().parent / "truth.json"


def province_config(served: ServedProvince) -> dict[str, Any]:
    """Province, the four cities (home page and catalogue; channels pages are for the probes to find),
    the unified identity host, and the thresholds the truth was written against."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    cities = [{"id": city["id"], "name": city["name"], "portal": urljoin(served.base_urls[city["id"]], city["home"]),
               "catalog": urljoin(served.base_urls[city["id"]], city["catalogue"])} for city in truth["cities"]]
    return {"province": dict(truth["province"]), "cities": cities,
            "policy": {"unified_login_hosts": [served.identity_host]},
            "thresholds": dict(truth["thresholds"])}
