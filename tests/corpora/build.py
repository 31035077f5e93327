"""Regenerate portal corpora: ``portals/<id>/…`` and ``truth.json`` of each.

Run from the repository root::

    python -m tests.corpora.build portals2      # one corpus
    python -m tests.corpora.build               # every corpus

Generation is deterministic (fixed seeds, no clock): two runs give byte-identical output, and
:mod:`tests.corpora.check` compares the stored files with what this would write. Files under
``portals/`` that the generators no longer write are removed. The generators know nothing of the
extractor; they write pages the way real portals write them and state what a perfect reader of
each page would produce (each corpus's README gives the conventions).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.corpora.layout import Corpus, corpus_names, load


def truth_bytes(about: str, portals: list[dict[str, Any]]) -> bytes:
    truth = {"about": about, "portals": portals}
    return (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def expected_files(corpus: Corpus) -> dict[Path, bytes]:
    """Every file the corpus's generators write (portal files and ``truth.json``), by absolute path."""
    files: dict[Path, bytes] = {}
    portals = []
    for builder in corpus.builders:
        portal_files, portal = builder()
        for name, data in portal_files.items():
            files[corpus.portals_dir / portal["id"] / name] = data
        portals.append(portal)
    files[corpus.truth_path] = truth_bytes(corpus.about, portals)
    return files


def write(corpus: Corpus) -> tuple[int, int, int]:
    """Write the corpus; returns (files, bytes written in all, stale files removed)."""
    files = expected_files(corpus)
    for path, data in sorted(files.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    removed = 0
    for path in sorted(corpus.portals_dir.rglob("*"), reverse=True):
        if path.is_file() and path not in files:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return len(files), sum(len(data) for data in files.values()), removed


def main(argv: list[str]) -> int:
    names = argv[1:] or corpus_names()
    for name in names:
        corpus = load(name)
        count, size, removed = write(corpus)
        print(f"{name}: wrote {count} files ({size / 1024:.0f} KiB), removed {removed} stale file(s)")
        for portal in corpus.truth()["portals"]:
            script_only = sum(1 for item in portal["items"] if item.get("link_only_in_script"))
            print(f"  {portal['id']:<10}{len(portal['items']):>3} guides ({script_only} linked only from script)"
                  f"  charset={portal['charset']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
