"""Small helpers shared by the three portal renderers (HTML escaping, JSON bytes, a favicon)."""

from __future__ import annotations

import html
import json
import struct
from typing import Any


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def json_bytes(data: Any, *, ascii_only: bool = False, compact: bool = True) -> bytes:
    """JSON as an API would send it: compact, UTF-8 (or ``\\uXXXX``-escaped ASCII)."""
    separators = (",", ":") if compact else (", ", ": ")
    return json.dumps(data, ensure_ascii=ascii_only, separators=separators).encode("utf-8")


def script_json(data: Any) -> str:
    """JSON safe to embed inside ``<script>`` (no ``</`` sequence)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def favicon(rgb: tuple[int, int, int]) -> bytes:
    """A valid 1x1 32-bit ICO file in one colour (browsers ask for /favicon.ico)."""
    red, green, blue = rgb
    pixels = bytes((blue, green, red, 255))
    mask = b"\x00\x00\x00\x00"  # 1 row of 1-bit AND mask, padded to 32 bits
    header = struct.pack("<IiiHHIIiiII", 40, 1, 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    image = header + pixels + mask
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 1, 1, 0, 0, 1, 32, len(image), 22) + image
