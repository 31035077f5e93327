"""The evidence files the report links to: stored page bodies as text, probe screenshots.

Page bodies are written as decoded ``snapshots/<sha256>.txt``: browsers show a ``.txt``
file as text and never run it, so a hostile page stays inert inside the report.
Screenshots are copied in as ``screenshots/<sha256>.<ext>`` only when their bytes really
are a PNG, JPEG or WebP image (the extension is chosen from the bytes, never from the path).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from channel_equity.reports import queries
from channel_equity.store.models import Finding
from channel_equity.store.session import Store

IMAGE_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"))
MAX_SCREENSHOT_BYTES = 20_000_000


def snapshot_digest(finding: Finding) -> str | None:
    """The stored body a finding's evidence names, if any."""
    snapshot = finding.evidence_snapshot or ""
    if snapshot.startswith("sha256:"):
        return snapshot.removeprefix("sha256:")
    return finding.evidence_sha256


def decode_body(body: bytes, encoding: str | None) -> str:
    """The body as text in the encoding the crawler detected, else UTF-8, never failing."""
    for candidate in (encoding, "utf-8", "gb18030"):
        if not candidate:
            continue
        try:
            return body.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def write_snapshots(store: Store, findings: Iterable[Finding], out_dir: Path) -> set[str]:
    """Decode each body a finding cites into ``snapshots/<sha256>.txt``; returns the hashes written."""
    digests = {digest for finding in findings if (digest := snapshot_digest(finding))}
    if not digests:
        return set()
    encodings = queries.snapshot_encodings(store, digests)
    folder = out_dir / "snapshots"
    folder.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    for digest, body in queries.page_bodies(store, digests):
        (folder / f"{digest}.txt").write_text(decode_body(body, encodings.get(digest)), encoding="utf-8")
        written.add(digest)
    return written


def image_extension(data: bytes) -> str | None:
    for signature, extension in IMAGE_SIGNATURES:
        if data.startswith(signature):
            return extension
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _screenshot_bytes(store: Store, reference: str, base_dir: Path) -> bytes | None:
    """The screenshot a finding names: a stored body (``sha256:<hex>``) or an image file
    (absolute, or relative to the config's directory)."""
    if reference.startswith("sha256:"):
        return next((body for _, body in queries.page_bodies(store, [reference.removeprefix("sha256:")])), None)
    path = Path(reference)
    path = path if path.is_absolute() else base_dir / path
    try:
        if not path.is_file() or path.stat().st_size > MAX_SCREENSHOT_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def write_screenshots(store: Store, findings: Mapping[int, Finding], out_dir: Path, base_dir: Path) -> dict[int, str]:
    """Copy each finding's screenshot into ``screenshots/``; finding id -> path inside the site."""
    written: dict[str, str] = {}
    result: dict[int, str] = {}
    for finding_id, finding in findings.items():
        reference = finding.evidence_screenshot
        if not reference:
            continue
        if reference not in written:
            data = _screenshot_bytes(store, reference, base_dir)
            extension = image_extension(data) if data else None
            if data is None or extension is None:
                written[reference] = ""
                continue
            name = f"screenshots/{hashlib.sha256(data).hexdigest()}.{extension}"
            (out_dir / "screenshots").mkdir(parents=True, exist_ok=True)
            (out_dir / name).write_bytes(data)
            written[reference] = name
        if written[reference]:
            result[finding_id] = written[reference]
    return result
