"""Small PNG images the portals serve: codes to scan, CAPTCHA pictures, banners (stdlib only).

Every picture is derived from a hash of its name, so a rebuild writes the same bytes. The
"codes" look like QR codes (finder squares in three corners, modules elsewhere) but encode
nothing: a citizen's phone could not read them, a probe only needs to see a picture of a code.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """An 8-bit RGB PNG whose colour at (x, y) is ``pixel(x, y)``."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
            + chunk(b"IEND", b""))


def _bits(seed: str, count: int) -> list[int]:
    out: list[int] = []
    counter = 0
    while len(out) < count:
        digest = hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        out.extend((byte >> shift) & 1 for byte in digest for shift in range(8))
        counter += 1
    return out[:count]


def scan_code(seed: str, modules: int = 25, scale: int = 4) -> bytes:
    """A picture of a two-dimensional code (QR-like), about (modules + 4) * scale pixels square."""
    bits = _bits(seed, modules * modules)
    quiet = 2

    def finder(mx: int, my: int) -> bool | None:
        for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
            if ox <= mx < ox + 7 and oy <= my < oy + 7:
                dx, dy = mx - ox, my - oy
                ring = min(dx, dy, 6 - dx, 6 - dy)
                return ring != 1
        return None

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        mx, my = x // scale - quiet, y // scale - quiet
        if not (0 <= mx < modules and 0 <= my < modules):
            return (255, 255, 255)
        fixed = finder(mx, my)
        dark = fixed if fixed is not None else bool(bits[my * modules + mx])
        return (0, 0, 0) if dark else (255, 255, 255)

    side = (modules + 2 * quiet) * scale
    return png(side, side, pixel)


def captcha_picture(seed: str, width: int = 90, height: int = 32) -> bytes:
    """A noisy strip with four blocky glyphs, as an image CAPTCHA servlet sends."""
    bits = _bits(seed, width * height)
    glyph_bits = _bits(seed + "/glyphs", 4 * 15)

    def glyph_dark(x: int, y: int) -> bool:
        slot, gx = divmod(x - 8, 20)
        if not (0 <= slot < 4) or not (2 <= gx < 14) or not (6 <= y < 26):
            return False
        col, row = (gx - 2) // 4, (y - 6) // 4
        return bool(glyph_bits[slot * 15 + row * 3 + col])

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if glyph_dark(x, y):
            return (40, 60, 130)
        if bits[y * width + x] and (x + y) % 3 == 0:
            return (170, 170, 190)
        return (236, 240, 226)

    return png(width, height, pixel)


def banner(seed: str, colour: tuple[int, int, int], width: int = 480, height: int = 90) -> bytes:
    """A flat banner with soft diagonal bands in ``colour``."""
    red, green, blue = colour

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        band = ((x + 2 * y) // 24) % 2
        lift = 18 if band else 0
        return (min(255, red + lift), min(255, green + lift), min(255, blue + lift))

    del seed
    return png(width, height, pixel)


def puzzle(seed: str, width: int = 280, height: int = 120) -> bytes:
    """The picture behind a slider CAPTCHA: a landscape-like gradient with a notch to fill."""
    bits = _bits(seed, 64)
    notch_x = 150 + 8 * sum(bits[:8])

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if notch_x <= x < notch_x + 40 and 40 <= y < 80:
            return (90, 90, 90)
        sky = y < height * 0.55
        return (120 + y // 2, 170 + y // 4, 220) if sky else (70 + x // 8, 130 + y // 10, 80)

    return png(width, height, pixel)
