"""Regenerate ``tests/blind2/portals/`` and ``tests/blind2/truth.json`` (deterministic).

Run from the repository root: ``python -m tests.blind2.build_corpus``. Two runs give
byte-identical output; :func:`build_all` is also what ``check_corpus`` compares the stored
files against.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from tests.blind2 import portal_heting, portal_jinshui, portal_sangyuan, portal_wangchuan
from tests.blind2.render_util import PortalBuild

ROOT = Path(__file__).resolve().parent
PORTALS_DIR = ROOT / "portals"
TRUTH_FILE = ROOT / "truth.json"
HEADERS_FILE = "headers.json"

ABOUT = ("Second blind test corpus: four portals written without reading the extractor, the simulator, the "
         "label tables or the first blind corpus's pages. Field values are in the vocabulary of "
         "channel_equity/observation.py (COMPARED_FIELDS); 'url' is the guide page (path + query on the "
         "portal); 'basic_code' and 'link_only_in_script' are informative extras, as in tests/blind.")

BUILDERS = (portal_wangchuan.build, portal_heting.build, portal_sangyuan.build, portal_jinshui.build)


def build_all() -> tuple[dict[str, PortalBuild], dict[str, Any]]:
    builds = {}
    for builder in BUILDERS:
        result = builder()
        builds[result.truth["id"]] = result
    truth = {"about": ABOUT, "portals": [b.truth for b in builds.values()]}
    return builds, truth


def headers_text(headers: dict[str, str]) -> str:
    return json.dumps(headers, ensure_ascii=False, indent=2) + "\n"


def truth_text(truth: dict[str, Any]) -> str:
    return json.dumps(truth, ensure_ascii=False, indent=1) + "\n"


def expected_files() -> dict[Path, bytes]:
    """Every file the generator writes, by absolute path."""
    builds, truth = build_all()
    out: dict[Path, bytes] = {TRUTH_FILE: truth_text(truth).encode("utf-8")}
    for portal_id, result in builds.items():
        base = PORTALS_DIR / portal_id
        out[base / HEADERS_FILE] = headers_text(result.headers).encode("utf-8")
        for name, data in result.site.files.items():
            out[base / name] = data
    return out


def main() -> None:
    files = expected_files()
    if PORTALS_DIR.exists():
        shutil.rmtree(PORTALS_DIR)
    for path, data in sorted(files.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    total = sum(len(data) for data in files.values())
    print(f"wrote {len(files)} files, {total / 1024:.0f} KiB, under {ROOT}", file=sys.stderr)


if __name__ == "__main__":
    main()
