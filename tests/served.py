"""A small portal written by a test, served on 127.0.0.1, and the province config that scans it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.corpora.serve import serve_portal


@dataclass(frozen=True)
class ServedCity:
    config: Path  # the province config naming the one city
    db: Path  # its SQLite store
    root: Path  # the portal's files: rewrite them between scans to change the portal

    def write(self, files: Mapping[str, str | bytes]) -> None:
        for name, content in files.items():
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")


@contextmanager
def served_city(tmp_path: Path, city_id: str, files: Mapping[str, str | bytes], *,
                city: Mapping[str, Any] | None = None, **config: Any) -> Iterator[ServedCity]:
    """Write ``files`` as a portal (``index.html`` its home), serve it and write a config of
    province ``test`` with this one city (``city`` adds keys to it; ``config`` to the province)."""
    root = tmp_path / "portals" / city_id
    root.mkdir(parents=True)
    served = ServedCity(tmp_path / "province.yaml", tmp_path / "m.db", root)
    served.write(files)
    with serve_portal(tmp_path / "portals", city_id) as portal:
        document = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{served.db}",
                    "cities": [{"id": city_id, "name": city_id, "portal": portal, **(city or {})}], **config}
        served.config.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        yield served
