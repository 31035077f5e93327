"""Helpers shared by the portals4 generators: codes, truth items, tiny assets, HTML escaping.

Nothing here knows the extractor. Every generator writes its pages from its own guide data and
states the truth from the same data (the README gives the conventions).
"""

from __future__ import annotations

import html
import json
import struct
import zlib
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

LEVEL_DIGIT = {"national": "1", "province": "2", "city": "3", "county": "4", "town": "5", "village": "6"}


def usci(region6: str, org8: str) -> str:
    """A GB 32100 code of a 机关 (registration 1, type 1) with its GB 11714 organisation code."""
    body = "11" + region6 + org8 + org_code_check(org8)
    return body + usci_check(body)


def impl_code(usci18: str, level: str, basic12: str, seq: str = "") -> str:
    """31-character implementation code (+ 2-digit handling sequence = 33)."""
    assert len(usci18) == 18 and len(basic12) == 12 and len(seq) in (0, 2)
    return usci18 + LEVEL_DIGIT[level] + basic12 + seq


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def mat(name: str, form: str | None = None, exempt: bool = False) -> dict[str, Any]:
    return {"name": name, "form": form, "exempt": exempt}


def loc(name: str, level: str) -> dict[str, Any]:
    return {"name": name, "level": level}


def truth_item(*, url: str, name: str, item_code: str | None = None, department: str | None = None,
               levels: list[str] | None = None, channels: list[str] | None = None,
               online_entry_url: str | None = None, online_depth: int | None = None,
               visits: int | None = None, statutory_days: int | None = None,
               promised_days: int | None = None, case_type: str | None = None,
               materials: list[dict[str, Any]] | None = None,
               locations: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One truth item with every compared field (and the guide's url)."""
    levels = levels if levels is not None else sorted({loc_["level"] for loc_ in locations or []})
    return {
        "url": url,
        "item_code": item_code,
        "name": name,
        "department": department,
        "levels": sorted(set(levels)),
        "channels": sorted(set(channels or [])),
        "online_entry_url": online_entry_url,
        "online_depth": online_depth,
        "visits": visits,
        "statutory_days": statutory_days,
        "promised_days": promised_days,
        "case_type": case_type,
        "materials": list(materials or []),
        "locations": list(locations or []),
    }


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG (deterministic)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def headers_json(charset: str) -> bytes:
    """Content types: images and styles by extension, every other path is an HTML page."""
    rules = {"*.png": "image/png", "*.css": "text/css", "*.js": "application/javascript",
             "*": f"text/html; charset={charset}"}
    return (json.dumps(rules, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def simple_page(title: str, body: str, charset: str = "utf-8", extra_head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n'
            f"<title>{esc(title)}</title>\n{extra_head}</head>\n<body>\n{body}\n</body>\n</html>\n")
