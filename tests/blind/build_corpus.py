"""Regenerate the blind corpus: ``tests/blind/portals/*`` and ``tests/blind/truth.json``.

Run from the repository root::

    python -m tests.blind.build_corpus

Deterministic (fixed seeds, no clock): running it twice gives byte-identical output. It knows
nothing of the extractor; it only writes pages the way real portals write them and states what a
perfect reader of each page would produce (see README.md for the conventions).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.blind import portal_bailu, portal_jinghe, portal_lingan, portal_qingxi, portal_yunxiu

HERE = Path(__file__).resolve().parent
TRUTH_PATH = HERE / "truth.json"
BUILDERS = (portal_jinghe, portal_lingan, portal_qingxi, portal_yunxiu, portal_bailu)


def build_all() -> dict[str, Any]:
    portals = [builder.build() for builder in BUILDERS]
    truth = {
        "about": "Blind test corpus: portals written without reading the extractor. Field values are in the "
                 "vocabulary of channel_equity/observation.py (COMPARED_FIELDS); 'url' is the guide page "
                 "(path + query on the portal); 'basic_code' and 'link_only_in_script' are informative extras.",
        "portals": portals,
    }
    TRUTH_PATH.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def main() -> None:
    truth = build_all()
    for portal in truth["portals"]:
        script_only = sum(1 for item in portal["items"] if item.get("link_only_in_script"))
        print(f"{portal['id']:<8} {len(portal['items']):>3} guides ({script_only} linked only from script)"
              f"  charset={portal['charset']}")


if __name__ == "__main__":
    main()
