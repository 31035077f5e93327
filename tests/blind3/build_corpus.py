"""Regenerate the third blind corpus: ``python -m tests.blind3.build_corpus``.

Writes ``tests/blind3/portals/<id>/…`` and ``tests/blind3/truth.json``, and removes stale files
under ``portals/``. Deterministic: two runs give byte-identical output.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.blind3 import portal_chengyu, portal_shatang, portal_yaotai

ROOT = Path(__file__).resolve().parent
PORTALS_DIR = ROOT / "portals"
TRUTH_FILE = ROOT / "truth.json"

BUILDERS: tuple[Callable[[], tuple[dict[str, bytes], dict[str, Any]]], ...] = (
    portal_yaotai.build, portal_shatang.build, portal_chengyu.build)

ABOUT = ("Third blind corpus: three script-rendered portals (hash-routed SPA over a camelCase JSON API; "
         "server pages whose guide is an UPPER_SNAKE data blob rendered by script; a shell fed by "
         "label/value JSON with Chinese labels). Truth follows tests/blind/README.md 'Truth conventions'; "
         "see tests/blind3/README.md for URL conventions and judgement calls.")


def expected_files() -> dict[Path, bytes]:
    """Every file of the corpus (portal files and truth.json), keyed by absolute path."""
    files: dict[Path, bytes] = {}
    portals = []
    for build in BUILDERS:
        portal_files, portal = build()
        for name, data in portal_files.items():
            files[PORTALS_DIR / portal["id"] / name] = data
        portals.append(portal)
    truth = {"about": ABOUT, "portals": portals}
    files[TRUTH_FILE] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def main() -> int:
    files = expected_files()
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    removed = 0
    if PORTALS_DIR.exists():
        for path in sorted(PORTALS_DIR.rglob("*"), reverse=True):
            if path.is_file() and path not in files:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    size = sum(len(data) for data in files.values())
    print(f"wrote {len(files)} files ({size} bytes), removed {removed} stale file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
