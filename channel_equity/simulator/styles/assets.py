"""The templates and the few binary files the simulated portals serve: a QR code (also the
CAPTCHA picture and the banner images), a spoken CAPTCHA and an app package."""

from __future__ import annotations

import base64
import struct
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
QR_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
)
APK_MIME = "application/vnd.android.package-archive"
APK_BYTES = b"PK\x05\x06" + b"\x00" * 18
"""An empty zip archive: what a download link that works hands over (an APK is a zip)."""


def silent_wav(samples: int = 800, rate: int = 8000) -> bytes:
    """A tenth of a second of silence, 8 kHz mono 8-bit PCM: the spoken CAPTCHA's recording."""
    data = b"\x80" * samples
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8) + b"data" + struct.pack("<I", len(data))
    return header + data


@cache
def template_environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "js"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
