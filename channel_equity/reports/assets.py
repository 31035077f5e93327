"""The evidence files the report links to: stored page bodies as text, probe screenshots.

Page bodies are written as decoded ``snapshots/<sha256>.txt``: browsers show a ``.txt``
file as text and never run it, so a hostile page stays inert inside the report. A page a
finding quotes is also written as ``snapshots/<sha256>.html``: its words as the checks read
them, escaped, every quoted span marked with an anchor (scripts forbidden by the page's CSP).
Screenshots are copied in as ``screenshots/<sha256>.<ext>`` only when their bytes really
are a PNG, JPEG or WebP image (the extension is chosen from the bytes, never from the path).
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from channel_equity.checks.rules._text import page_words
from channel_equity.core.charset import decode_page
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


def marked_anchor(finding_id: int, number: int = 0) -> str:
    """The id of a finding's ``number``-th quoted span in its marked snapshot page."""
    return f"f{finding_id}-{number}"


def _marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` escaped, each span wrapped in ``<mark id=…>`` (an overlapping one gets only its anchor)."""
    parts: list[str] = []
    position = 0
    for start, end, anchor in sorted(spans):
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if start < position:  # inside an earlier mark: keep the anchor reachable, mark nothing twice
            parts.append(f'<span id="{anchor}"></span>')
            continue
        parts.append(html.escape(text[position:start]))
        parts.append(f'<mark id="{anchor}">{html.escape(text[start:end])}</mark>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


MARKED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title><style>body{{font:14px/1.6 sans-serif;margin:1.5em}}pre{{white-space:pre-wrap}}
mark{{background:#ffe066;outline:2px solid #c90}}h2{{font-size:1em;color:#555}}</style></head><body>
<h1>{title}</h1><p>{note}</p><h2>{visible}</h2><pre>{text}</pre>{code}</body></html>
"""


def write_marked_snapshots(store: Store, findings: Iterable[Finding], out_dir: Path, _: Callable[[str], str]
                           ) -> set[str]:
    """For each stored page a finding quotes, ``snapshots/<sha256>.html``: the page's words as the
    checks read them, every finding's quoted span marked with an anchor the finding page links to
    (``#f<id>-<n>``). Scraped text is escaped and the page forbids scripts; returns the hashes."""
    spans: dict[str, dict[str, list[tuple[int, int, str]]]] = {}
    for finding in findings:
        digest = snapshot_digest(finding)
        if digest and finding.evidence_quoted and finding.evidence_spans:
            for number, span in enumerate(finding.evidence_spans):
                spans.setdefault(digest, {}).setdefault(str(span.get("source", "visible")), []).append(
                    (int(span["start"]), int(span["end"]), marked_anchor(finding.id, number)))
    if not spans:
        return set()
    encodings = queries.snapshot_encodings(store, set(spans))
    folder = out_dir / "snapshots"
    folder.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    for digest, body in queries.page_bodies(store, set(spans)):
        encoding = encodings.get(digest)
        words = page_words(decode_page(body, f"text/html; charset={encoding}" if encoding else None).text)
        marks = spans[digest]
        code = (f"<h2>{html.escape(_('In the scripts of the page'))}</h2><pre>{_marked(words.code, marks['code'])}</pre>"
                if marks.get("code") else "")
        (folder / f"{digest}.html").write_text(MARKED_PAGE.format(
            title=html.escape(_("Page text as the checks read it")),
            note=html.escape(_("The words each finding quotes are marked.")),
            visible=html.escape(_("Visible words")), text=_marked(words.visible, marks.get("visible", [])),
            code=code), encoding="utf-8")
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


GZIP_MAGIC = b"\x1f\x8b"


def write_warcs(store: Store, findings: Mapping[int, Finding], out_dir: Path) -> dict[int, str]:
    """Copy the WARC of each finding's probe visit into ``warcs/<sha256>.warc.gz``, as stored (gzip
    records that warcio reads and pywb replays); finding id -> path inside the site."""
    digests = {fid: f.evidence_warc.removeprefix("sha256:") for fid, f in findings.items()
               if f.evidence_warc and f.evidence_warc.startswith("sha256:")}
    bodies = dict(queries.page_bodies(store, sorted(set(digests.values())))) if digests else {}
    result: dict[int, str] = {}
    for finding_id, digest in digests.items():
        data = bodies.get(digest)
        if data is None or not data.startswith(GZIP_MAGIC):
            continue
        name = f"warcs/{digest}.warc.gz"
        if not (out_dir / name).exists():
            (out_dir / "warcs").mkdir(parents=True, exist_ok=True)
            (out_dir / name).write_bytes(data)
        result[finding_id] = name
    return result
