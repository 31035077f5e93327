"""Data that server-rendered apps hand their scripts: ``window.__INITIAL_STATE__ = {…}``,
``var guideInfo = {…};``, ``… = JSON.parse("…")``.

The page shows a heading and "正在加载…"; the guide is in the script as a JSON literal that
the script draws at load time. The literal is *read* here, as text, never run: only a JSON
object or array assigned to a name, or a string literal given to ``JSON.parse``, counts, and
anything that does not decode as JSON is ignored.
"""

from __future__ import annotations

import json
import re

MAX_BLOBS = 10
MAX_BLOB_CHARS = 2_000_000
_ASSIGNED = re.compile(r"(?:^|[;\s])(?:window\.|var\s+|let\s+|const\s+)?[\w$.]{1,80}\s*=\s*(?=[{\[]|JSON\.parse\s*\()")
_PARSE_CALL = re.compile(r"JSON\.parse\s*\(\s*(['\"])")


def _literal_end(text: str, start: int) -> int | None:
    """Where the JSON object or array opening at ``start`` closes (strings respected)."""
    depth = 0
    quote: str | None = None
    index = start
    while index < len(text) and index - start < MAX_BLOB_CHARS:
        char = text[index]
        if quote is not None:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _string_literal(text: str, start: int, quote: str) -> str | None:
    """The value of the JavaScript string literal whose content starts at ``start``."""
    index = start
    while index < len(text) and index - start < MAX_BLOB_CHARS:
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == quote:
            body = text[start:index]
            if quote == "'":
                body = body.replace("\\'", "'").replace('"', '\\"')
            try:
                value = json.loads(f'"{body}"')
            except ValueError:
                return None
            return value if isinstance(value, str) else None
        index += 1
    return None


def state_blobs(script: str) -> list[str]:
    """The JSON texts a script assigns to names, decoded from ``JSON.parse("…")`` where needed."""
    blobs: list[str] = []
    for assigned in _ASSIGNED.finditer(script):
        if len(blobs) >= MAX_BLOBS:
            break
        start = assigned.end()
        call = _PARSE_CALL.match(script, start)
        if call is not None:
            text = _string_literal(script, call.end(), call.group(1))
        else:
            end = _literal_end(script, start)
            text = script[start:end] if end is not None else None
        if text is None:
            continue
        try:
            json.loads(text)
        except ValueError:
            continue
        blobs.append(text)
    return blobs
