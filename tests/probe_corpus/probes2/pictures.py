"""Small PNG pictures drawn from a seed: codes to scan, CAPTCHA pictures, logos (stdlib only)."""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable


def png(width: int, height: int, grey: Callable[[int, int], int]) -> bytes:
    """An 8-bit greyscale PNG whose pixel (x, y) is ``grey(x, y)``."""
    rows = b"".join(b"\x00" + bytes(grey(x, y) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _bits(seed: str, count: int) -> list[int]:
    stream = b""
    counter = 0
    while len(stream) * 8 < count:
        stream += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return [(stream[i // 8] >> (i % 8)) & 1 for i in range(count)]


def scan_code(seed: str, modules: int = 25, scale: int = 4) -> bytes:
    """A picture shaped like a 2-D code: three finder squares and seeded modules."""
    bits = _bits(seed, modules * modules)

    def finder(mx: int, my: int) -> int | None:
        for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
            if ox <= mx < ox + 7 and oy <= my < oy + 7:
                dx, dy = mx - ox, my - oy
                ring = max(abs(dx - 3), abs(dy - 3))
                return 0 if ring in (0, 1, 3) else 255
        return None

    def grey(x: int, y: int) -> int:
        mx, my = x // scale - 2, y // scale - 2
        if not (0 <= mx < modules and 0 <= my < modules):
            return 255
        fixed = finder(mx, my)
        return fixed if fixed is not None else (0 if bits[my * modules + mx] else 255)

    size = (modules + 4) * scale
    return png(size, size, grey)


def noise_strip(seed: str, width: int = 100, height: int = 34) -> bytes:
    """A CAPTCHA-like picture: seeded blocks and lines (what it 'says' is not readable, as intended)."""
    per_row = (width + 3) // 4
    bits = _bits(seed, per_row * ((height + 3) // 4))

    def grey(x: int, y: int) -> int:
        block = bits[(y // 4) * per_row + x // 4]
        line = (x + 2 * y) % 17 == 0 or (3 * x - y) % 23 == 0
        return 40 if line else (90 if block else 225)

    return png(width, height, grey)


def logo(seed: str, width: int = 48, height: int = 48) -> bytes:
    """A plain emblem: a dark disc on white."""
    shade = 30 + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % 60
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 2

    def grey(x: int, y: int) -> int:
        return shade if (x - cx) ** 2 + (y - cy) ** 2 <= r * r else 255

    return png(width, height, grey)


def band(seed: str, width: int = 240, height: int = 60) -> bytes:
    """A decorative banner: soft diagonal stripes."""
    offset = int(hashlib.sha256(seed.encode()).hexdigest(), 16) % 20

    def grey(x: int, y: int) -> int:
        return 200 if ((x + y + offset) // 12) % 2 else 230

    return png(width, height, grey)


def package(name: str) -> bytes:
    """The bytes of a downloadable app package (a stand-in: a ZIP local-file signature and a name)."""
    return b"PK\x03\x04" + f"stand-in package {name}\n".encode()
