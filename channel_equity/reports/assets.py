"""The evidence files the report links to: stored page bodies as text, probe screenshots,
WARCs. Findings and complaint re-checks cite their evidence the same way (``sha256:<hex>``
references to stored bodies, or a screenshot file): each writer takes references, and
:func:`write_evidence_files` gathers those of both and writes every file once.

Page bodies are written as decoded ``snapshots/<sha256>.txt``: browsers show a ``.txt``
file as text and never run it, so a hostile page stays inert inside the report. A page a
finding or a re-check quotes is also written as ``snapshots/<sha256>.html``: its words as the checks read
them, escaped, every quoted span marked with an anchor (scripts forbidden by the page's CSP).
Screenshots are copied in as ``screenshots/<sha256>.<ext>`` only when their bytes really
are a PNG, JPEG or WebP image (the extension is chosen from the bytes, never from the path).
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from channel_equity.checks.rules._text import page_words
from channel_equity.core.charset import decode_page
from channel_equity.reports import queries
from channel_equity.store.models import Complaint, Finding
from channel_equity.store.session import Store

IMAGE_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"))
MAX_SCREENSHOT_BYTES = 20_000_000


def evidence_digest(snapshot: str | None, sha256: str | None) -> str | None:
    """The stored body evidence names: its snapshot reference (``sha256:<hex>``), else the body's hash."""
    if snapshot and snapshot.startswith("sha256:"):
        return snapshot.removeprefix("sha256:")
    return sha256


def snapshot_digest(finding: Finding) -> str | None:
    """The stored body a finding's evidence names, if any."""
    return evidence_digest(finding.evidence_snapshot, finding.evidence_sha256)


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
    return write_snapshot_texts(store, {digest for finding in findings if (digest := snapshot_digest(finding))},
                                out_dir)


def write_snapshot_texts(store: Store, digests: Iterable[str], out_dir: Path) -> set[str]:
    """Decode each stored body named into ``snapshots/<sha256>.txt``; returns the hashes written."""
    digests = set(digests)
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


def evidence_anchor(check_id: int, index: int, number: int = 0) -> str:
    """The id of the ``number``-th quoted span of a complaint re-check's ``index``-th evidence."""
    return f"c{check_id}-{index}-{number}"


QuotedSpans = dict[str, dict[str, list[tuple[int, int, str]]]]
"""Stored body hash -> where its words were read (``visible``, ``code``) -> (start, end, anchor)."""


def add_quoted_spans(marks: QuotedSpans, digest: str, spans: Iterable[Mapping[str, Any]],
                     anchor: Callable[[int], str]) -> None:
    """Mark each span (``start``, ``end``, ``source``) of one quote in ``digest``'s page, the
    ``n``-th with the anchor ``anchor(n)``."""
    for number, span in enumerate(spans):
        marks.setdefault(digest, {}).setdefault(str(span.get("source", "visible")), []).append(
            (int(span["start"]), int(span["end"]), anchor(number)))


def finding_quoted_spans(findings: Iterable[Finding]) -> QuotedSpans:
    """The spans each finding that quotes its stored page quotes, anchored ``#f<id>-<n>``."""
    marks: QuotedSpans = {}
    for finding in findings:
        digest = snapshot_digest(finding)
        if digest and finding.evidence_quoted and finding.evidence_spans:
            add_quoted_spans(marks, digest, finding.evidence_spans, partial(marked_anchor, finding.id))
    return marks


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


def write_marked_snapshots(store: Store, spans: QuotedSpans, out_dir: Path, _: Callable[[str], str]) -> set[str]:
    """For each stored page quoted, ``snapshots/<sha256>.html``: the page's words as the checks
    read them, every quoted span marked with the anchor the finding or complaint page links to.
    Scraped text is escaped and the page forbids scripts; returns the hashes written."""
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


def write_screenshot_files(store: Store, references: Iterable[str], out_dir: Path, base_dir: Path
                           ) -> dict[str, str]:
    """Copy each screenshot named (``sha256:<hex>`` or a file) that really is an image into
    ``screenshots/``; reference -> path inside the site."""
    result: dict[str, str] = {}
    for reference in sorted(set(references)):
        data = _screenshot_bytes(store, reference, base_dir)
        extension = image_extension(data) if data else None
        if data is None or extension is None:
            continue
        name = f"screenshots/{hashlib.sha256(data).hexdigest()}.{extension}"
        (out_dir / "screenshots").mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_bytes(data)
        result[reference] = name
    return result


GZIP_MAGIC = b"\x1f\x8b"


def write_warc_files(store: Store, references: Iterable[str], out_dir: Path) -> dict[str, str]:
    """Copy each WARC named (``sha256:<hex>``) into ``warcs/<sha256>.warc.gz``, as stored (gzip
    records that warcio reads and pywb replays); reference -> path inside the site."""
    digests = {ref: ref.removeprefix("sha256:") for ref in references if ref.startswith("sha256:")}
    bodies = dict(queries.page_bodies(store, sorted(set(digests.values())))) if digests else {}
    result: dict[str, str] = {}
    for reference, digest in digests.items():
        data = bodies.get(digest)
        if data is None or not data.startswith(GZIP_MAGIC):
            continue
        name = f"warcs/{digest}.warc.gz"
        if not (out_dir / name).exists():
            (out_dir / "warcs").mkdir(parents=True, exist_ok=True)
            (out_dir / name).write_bytes(data)
        result[reference] = name
    return result


@dataclass(frozen=True)
class CitedEvidence:
    """One evidence entry of a complaint re-check (``ComplaintCheck.evidence``): the ``index``-th
    of re-check ``check_id``, with the keys ``checks.complaint_recheck.evidence_of`` writes."""

    check_id: int
    index: int
    entry: Mapping[str, Any]

    def reference(self, key: str) -> str | None:
        value = self.entry.get(key)
        return value if isinstance(value, str) and value else None

    @property
    def digest(self) -> str | None:
        return evidence_digest(self.reference("snapshot"), self.reference("sha256"))

    @property
    def spans(self) -> list[Mapping[str, Any]]:
        spans = self.entry.get("spans")
        return [span for span in spans if isinstance(span, Mapping)] if isinstance(spans, list) else []


def cited_evidence(complaints: Iterable[Complaint]) -> list[CitedEvidence]:
    return [CitedEvidence(check.id, index, entry) for complaint in complaints for check in complaint.checks
            for index, entry in enumerate(check.evidence or []) if isinstance(entry, Mapping)]


@dataclass(frozen=True)
class EvidenceFiles:
    """What the site holds of the evidence cited: decoded bodies and marked pages by hash,
    screenshots and WARCs by the reference that names them; each gives its path in the site."""

    snapshots: set[str] = field(default_factory=set)
    marked: set[str] = field(default_factory=set)
    screenshots: dict[str, str] = field(default_factory=dict)
    warcs: dict[str, str] = field(default_factory=dict)

    def snapshot_href(self, digest: str | None) -> str | None:
        return f"snapshots/{digest}.txt" if digest and digest in self.snapshots else None

    def marked_href(self, digest: str | None, anchor: str) -> str | None:
        return f"snapshots/{digest}.html#{anchor}" if digest and digest in self.marked else None

    def screenshot_href(self, reference: str | None) -> str | None:
        return self.screenshots.get(reference) if reference else None

    def warc_href(self, reference: str | None) -> str | None:
        return self.warcs.get(reference) if reference else None


def write_evidence_files(store: Store, findings: Iterable[Finding], cited: Iterable[CitedEvidence], out_dir: Path,
                         base_dir: Path, _: Callable[[str], str]) -> EvidenceFiles:
    """Every file the findings and the complaint re-checks cite, each written once (a page both
    quote gets one marked page with every quote's anchor)."""
    findings, cited = list(findings), list(cited)
    digests = {digest for finding in findings if (digest := snapshot_digest(finding))}
    digests |= {digest for entry in cited if (digest := entry.digest)}
    spans = finding_quoted_spans(findings)
    for entry in cited:
        if entry.digest and entry.entry.get("quoted") and entry.spans:
            add_quoted_spans(spans, entry.digest, entry.spans, partial(evidence_anchor, entry.check_id, entry.index))
    screenshots = {f.evidence_screenshot for f in findings if f.evidence_screenshot}
    screenshots |= {ref for entry in cited if (ref := entry.reference("screenshot"))}
    warcs = {f.evidence_warc for f in findings if f.evidence_warc}
    warcs |= {ref for entry in cited if (ref := entry.reference("warc"))}
    return EvidenceFiles(snapshots=write_snapshot_texts(store, digests, out_dir),
                         marked=write_marked_snapshots(store, spans, out_dir, _),
                         screenshots=write_screenshot_files(store, screenshots, out_dir, base_dir),
                         warcs=write_warc_files(store, warcs, out_dir))
