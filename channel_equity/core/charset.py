"""Decoding portal pages to text: header, BOM, meta declaration, then detection.

Legacy portals declare GB2312 in a meta tag only, or send GBK bytes under a UTF-8 header.
Every declared charset is *checked* by a strict decode before it is believed, and the
GB family is widened to GB18030 (a superset), so rare characters survive.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
WIDER_CHARSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030",
                 "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8"}
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class DecodedPage:
    text: str
    declared: str | None  # what the header or meta said, as written
    used: str  # the codec that actually decoded the body
    method: str  # bom | header | meta | detected | repaired | fallback
    replaced: int = 0  # invalid bytes replaced by U+FFFD ("repaired": a UTF-8 page with a few bad bytes)


def _normalise(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return WIDER_CHARSET.get(name.lower(), WIDER_CHARSET.get(canonical, canonical))


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


MAX_BAD_SHARE = 1 / 4
"""A UTF-8 page may carry one bad byte per four good non-ASCII characters and stay UTF-8; text
in another charset (GB18030, Big5) read as UTF-8 breaks on nearly every character."""


def _mostly_utf8(body: bytes) -> tuple[str, int] | None:
    """The body as UTF-8 with its few invalid sequences replaced, and how many, when it is UTF-8
    with a few bad bytes (a browser shows it so, not as mojibake in another charset)."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - body.count("\ufffd".encode())
    good = sum(1 for char in text if ord(char) > 0x7F) - text.count("\ufffd")
    return (text, bad) if 0 < bad <= good * MAX_BAD_SHARE else None


def decode_page(body: bytes, content_type: str | None) -> DecodedPage:
    """Decode ``body``; never raises (an undecodable page is decoded with replacement chars)."""
    for bom, codec in BOMS:
        if body.startswith(bom):
            return DecodedPage(body[len(bom):].decode(codec, errors="replace"), codec, codec, "bom")
    header_match = HEADER_CHARSET.search(content_type or "")
    meta_match = META_CHARSET.search(body[:4096])
    declared_header = header_match.group(1) if header_match else None
    declared_meta = meta_match.group(1).decode("ascii", "replace") if meta_match else None
    declared = declared_header or declared_meta
    for name, method in ((declared_header, "header"), (declared_meta, "meta")):
        declared_codec = _normalise(name) if name else None
        if declared_codec:
            text = _strict(body, declared_codec)
            if text is not None:
                return DecodedPage(text, declared, declared_codec, method)
    text = _strict(body, "utf-8")
    if text is not None:
        return DecodedPage(text, declared, "utf-8", "detected")
    repaired = _mostly_utf8(body)
    if repaired is not None:
        return DecodedPage(repaired[0], declared, "utf-8", "repaired", repaired[1])
    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        codec = _normalise(best.encoding) or str(best.encoding)
        return DecodedPage(body.decode(codec, errors="replace"), declared, codec, "detected")
    return DecodedPage(body.decode("gb18030", errors="replace"), declared, "gb18030", "fallback")
