"""Small helpers shared by the four portal renderers."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from tests.corpora.portals2.model import Guide
from tests.corpora.serve import file_for

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def full_width(text: str) -> str:
    """ASCII digits as full-width digits (２０个工作日), as legacy portals print them."""
    return text.translate(FULL_WIDTH)


def yes_no(value: bool) -> str:
    return "是" if value else "否"


def channel_text(channels: list[str], words: dict[str, str], sep: str) -> str:
    order = ("counter", "online", "post", "self_service")
    return sep.join(words[ch] for ch in order if ch in channels)


@dataclass
class Site:
    """The files of one portal, keyed by the file name :func:`tests.corpora.serve.file_for` maps to."""

    encoding: str
    files: dict[str, bytes] = field(default_factory=dict)

    def put(self, url: str, text: str, encoding: str | None = None) -> None:
        parts = urlsplit(url)
        name = file_for(parts.path, parts.query)
        data = text.encode(encoding or self.encoding)
        if name in self.files and self.files[name] != data:
            raise ValueError(f"two different bodies for {name}")
        self.files[name] = data

    def put_bytes(self, url: str, data: bytes) -> None:
        parts = urlsplit(url)
        self.files[file_for(parts.path, parts.query)] = data

    def put_json(self, url: str, value: Any) -> None:
        self.put(url, json.dumps(value, ensure_ascii=False, separators=(",", ":")), "utf-8")


@dataclass
class PortalBuild:
    """What one renderer produces: its files, its header rules and its truth entry."""

    site: Site
    headers: dict[str, str]
    truth: dict[str, Any]


def paged(guides: list[Guide], size: int) -> list[list[Guide]]:
    return [guides[start:start + size] for start in range(0, len(guides), size)] or [[]]
