"""Retention: ``prune --keep N`` removes the page bodies of a province's old scans, never evidence.

The window. A province keeps its newest ``keep`` *finished* scans and every scan started after
the oldest of them (interrupted or failed ones among them too), and every ``running`` scan
whatever its age. Only finished scans count toward ``keep``: interrupted and failed scans read
part of the province, and a run of crashed nights must not push the last complete scan — the
one ``check`` and ``report`` read by default — out of the window. The older scans are *old*.

What an old scan loses: its page rows, and with them the bodies (blobs) no other page refers
to. A page row must name a stored body (``pages.sha256`` is a foreign key), so a row goes with
its body; observations keep their URL and lose only their ``page_id`` (set to NULL). Its
coverage records, fetch errors, observations and "not judged" rows stay: they are the history
the report's trend and the findings' lifecycle are read from, and they are small.

The browser probes' visits of an old scan go too (``probe_results``), with the screenshots
and WARCs no other visit refers to; their rendered pages are page rows like the others.

What is never removed, the evidence in force:

* every body a finding cites (``evidence_sha256``, and ``sha256:`` references in
  ``evidence_snapshot``, ``evidence_screenshot`` and ``evidence_warc``) unless the finding is ``resolved``, and
  resolved before the window began: open and reopened findings (and dismissed ones, once that
  status exists: every status but ``resolved`` is kept) keep their evidence for as long as they
  stand; a finding resolved by a scan inside the window keeps it too, so every report of a kept
  scan renders as it did;
* for those findings, the bodies of the pages named in ``evidence_pages`` (a portal-wide
  finding's every page, matched by URL or final URL) in the scan the finding was last seen in;
* whatever a complaint's re-checks cite (:func:`complaint_evidence`): the page, screenshot and WARC of
  each verdict that bore a complaint out, however old and whatever the complaint's state.

Of an evidence body, the old scans keep one page row — the newest — so that its URL, time and
encoding (the report decodes the snapshot with it) stay known; the others go. A finding's own
evidence columns are never touched. Bodies shared with a kept scan, or with another province's
scan, stay as long as any page still refers to them.

Every batch is one short transaction (page rows, then the bodies left without a page), so
a crash leaves no page without its body and no body orphaned by this module; a second run
removes nothing more. The same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from channel_equity.store.models import Blob, ComplaintCheck, Finding, Page, ProbeResult, Scan
from channel_equity.store.session import Store

BATCH = 500
"""Rows per statement and transaction: IN lists every backend takes, write locks held briefly."""

T = TypeVar("T")


@dataclass
class PruneResult:
    """What a prune removed (or, with ``dry_run``, would remove)."""

    province_id: str | None
    keep: int
    dry_run: bool
    kept_scans: list[int] = field(default_factory=list)  # the window, running scans included
    old_scans: list[int] = field(default_factory=list)  # newest first
    scans_pruned: list[int] = field(default_factory=list)  # old scans this run removed pages from
    pages_deleted: int = 0
    pages_kept_for_evidence: int = 0  # page rows of old scans kept with an evidence body
    blobs_deleted: int = 0
    bytes_freed: int = 0  # the bodies' own size (uncompressed)
    stored_bytes_freed: int = 0  # what they took in the store (compressed)
    blobs_kept_for_evidence: int = 0  # bodies only old scans refer to, kept because evidence cites them
    screenshots_removed: int = 0
    probe_results_deleted: int = 0  # the browser probes' visits of old scans
    probe_blobs_deleted: int = 0  # their screenshots and WARCs no evidence cites
    probe_bytes_freed: int = 0
    vacuum_reclaimed: int | None = None  # SQLite --vacuum: bytes the database file shrank by


@dataclass(frozen=True)
class EvidenceInForce:
    """What prune must not remove: stored bodies by sha256, screenshot files by reference."""

    bodies: frozenset[str]
    screenshots: frozenset[str]


def prune(store: Store, province_id: str | None, *, keep: int, dry_run: bool = False,
          vacuum: bool = False) -> PruneResult:
    """Remove the page bodies of ``province_id``'s scans older than its newest ``keep`` finished
    ones (every province's, each keeping its own window, when ``province_id`` is None), keeping
    the evidence in force (see the module's docstring).

    ``dry_run`` counts what would go and changes nothing. ``vacuum`` (SQLite only) compacts the
    file afterwards. A real run's caller holds the province's run lock, so no scan of it writes meanwhile.
    """
    if keep < 1:
        raise ValueError(f"keep must be at least 1 (the latest finished scan is always kept), got {keep}")
    result = PruneResult(province_id, keep, dry_run)
    window_start = _split_window(store, province_id, keep, result)
    if window_start is not None:
        evidence = evidence_in_force(store, resolved_since=window_start, old_scan_ids=result.old_scans)
        _prune_pages(store, result, evidence)
        _prune_probes(store, result, evidence)
        result.screenshots_removed = prune_screenshots(result.old_scans, evidence.screenshots, dry_run=dry_run)
    if vacuum and not dry_run and store.dialect == "sqlite":
        result.vacuum_reclaimed = vacuum_sqlite(store)
    return result


def _split_window(store: Store, province_id: str | None, keep: int, result: PruneResult) -> datetime | None:
    """Fill ``result``'s kept and old scans; returns when the earliest window began (None: no old scan)."""
    query = select(Scan.id, Scan.province_id, Scan.status, Scan.started_at, Scan.kind).order_by(
        Scan.started_at.desc(), Scan.id.desc())
    if province_id is not None:
        query = query.where(Scan.province_id == province_id)
    with store.session() as session:
        rows = session.execute(query).all()
    finished: dict[str, int] = {}
    window_start: datetime | None = None
    for scan_id, province, status, started_at, kind in rows:
        if status == "running" or finished.get(province, 0) < keep:
            result.kept_scans.append(scan_id)
            if status == "finished" and kind == "nightly":  # a complaint's re-check is kept with its night
                finished[province] = finished.get(province, 0) + 1
                if finished[province] == keep:
                    window_start = started_at if window_start is None else min(window_start, started_at)
        else:
            result.old_scans.append(scan_id)
    return window_start if result.old_scans else None


def evidence_in_force(store: Store, *, resolved_since: datetime, old_scan_ids: Sequence[int]) -> EvidenceInForce:
    """The bodies and screenshots that findings not resolved before ``resolved_since``, and
    complaints, cite; ``evidence_pages`` are looked up only in ``old_scan_ids`` (a kept scan
    keeps its pages anyway)."""
    in_force = or_(Finding.status != "resolved", Finding.resolved_at.is_(None), Finding.resolved_at >= resolved_since)
    columns = (Finding.evidence_sha256, Finding.evidence_snapshot, Finding.evidence_screenshot,
               Finding.evidence_warc, Finding.evidence_pages, Finding.last_scan_id)
    old = set(old_scan_ids)
    bodies: set[str] = set()
    screenshots: set[str] = set()
    pages_by_scan: dict[int, set[str]] = {}
    with store.session() as session:
        for digest, snapshot, screenshot, warc, pages, last_scan_id in session.execute(select(*columns).where(in_force)):
            if digest:
                bodies.add(digest)
            bodies.update(ref.removeprefix("sha256:") for ref in (snapshot, screenshot, warc)
                          if ref and ref.startswith("sha256:"))
            if screenshot and not screenshot.startswith("sha256:"):
                screenshots.add(screenshot)
            if pages and last_scan_id in old:
                pages_by_scan.setdefault(last_scan_id, set()).update(pages)
        for scan_id, urls in pages_by_scan.items():
            for chunk in _chunks(sorted(urls)):
                named = or_(Page.url.in_(chunk), Page.final_url.in_(chunk))
                bodies.update(session.scalars(select(Page.sha256).where(Page.scan_id == scan_id, named)))
        bodies |= complaint_evidence(session)
    return EvidenceInForce(frozenset(bodies), frozenset(screenshots))


def complaint_evidence(session: Session) -> set[str]:
    """The sha256 of every body a complaint's re-checks cite (page, screenshot, WARC), whatever
    the complaint's state: kept like an open finding's evidence."""
    bodies: set[str] = set()
    for (evidence,) in session.execute(select(ComplaintCheck.evidence)):
        for cited in evidence or ():
            if cited.get("sha256"):
                bodies.add(cited["sha256"])
            bodies.update(ref.removeprefix("sha256:") for ref in (cited.get(key) for key in ("snapshot", "screenshot", "warc"))
                          if isinstance(ref, str) and ref.startswith("sha256:"))
    return bodies


def prune_screenshots(old_scan_ids: Sequence[int], in_force: frozenset[str], *, dry_run: bool) -> int:
    """Remove the screenshot files of old scans, except those evidence names; returns how many.

    Nothing writes screenshots to disk yet: the probes record none, and a finding's
    ``evidence_screenshot`` is empty or a stored body (``sha256:<hex>``, kept with the bodies
    above). When probes save them, one directory per scan, delete that directory here for each
    old scan, leaving the files ``in_force`` names (paths as findings store them).
    """
    return 0


def _prune_pages(store: Store, result: PruneResult, evidence: EvidenceInForce) -> None:
    """Go through the old scans newest first; in each, drop every page row but the newest row of
    each evidence body not yet given one, then the bodies no page refers to any more."""
    given_a_row: set[str] = set()
    processed: list[int] = []
    for scan_id in result.old_scans:
        processed.append(scan_id)
        with store.session() as session:
            rows = session.execute(select(Page.id, Page.sha256).where(Page.scan_id == scan_id)
                                   .order_by(Page.id.desc())).all()
        doomed: list[tuple[int, str]] = []
        for page_id, digest in rows:
            if digest in evidence.bodies and digest not in given_a_row:
                given_a_row.add(digest)
                result.pages_kept_for_evidence += 1
            else:
                doomed.append((page_id, digest))
        if not doomed:
            continue
        result.scans_pruned.append(scan_id)
        result.pages_deleted += len(doomed)
        if result.dry_run:
            freed = _bodies_left_without_page(store, doomed, evidence.bodies, processed)
        else:
            freed = _delete_pages(store, doomed, evidence.bodies)
        for size, stored in freed:
            result.blobs_deleted += 1
            result.bytes_freed += size
            result.stored_bytes_freed += stored
    result.blobs_kept_for_evidence = len(given_a_row - _referenced_outside(store, given_a_row, result.old_scans))


def _prune_probes(store: Store, result: PruneResult, evidence: EvidenceInForce) -> None:
    """Delete the old scans' probe results, then the screenshots and WARCs they leave that no other
    probe result, page or evidence in force refers to (one transaction per batch of results)."""
    with store.session() as session:
        rows = session.execute(select(ProbeResult.id, ProbeResult.screenshot_sha256, ProbeResult.warc_sha256)
                               .where(ProbeResult.scan_id.in_(result.old_scans))).all() if result.old_scans else []
    result.probe_results_deleted = len(rows)
    if not rows:
        return
    if result.dry_run:
        kept_elsewhere = ProbeResult.scan_id.not_in(result.old_scans)
        digests = sorted({d for _, *refs in rows for d in refs if d and d not in evidence.bodies})
        with store.session() as session:
            for chunk in _chunks(digests):
                used = exists().where(or_(ProbeResult.screenshot_sha256 == Blob.sha256,
                                          ProbeResult.warc_sha256 == Blob.sha256), kept_elsewhere)
                for (size,) in session.execute(select(Blob.size).where(Blob.sha256.in_(chunk), ~used,
                                                                      ~exists().where(Page.sha256 == Blob.sha256))):
                    result.probe_blobs_deleted += 1
                    result.probe_bytes_freed += int(size)
        return
    unreferenced = (~exists().where(or_(ProbeResult.screenshot_sha256 == Blob.sha256,
                                        ProbeResult.warc_sha256 == Blob.sha256))
                    & ~exists().where(Page.sha256 == Blob.sha256))
    for batch in _chunks(rows):
        digests = sorted({d for _, *refs in batch for d in refs if d and d not in evidence.bodies})
        with store.session(write=True) as session:
            connection = session.connection()
            connection.execute(delete(ProbeResult).where(ProbeResult.id.in_([row[0] for row in batch])))
            if digests:
                statement = delete(Blob).where(Blob.sha256.in_(digests), unreferenced).returning(Blob.size)
                for (size,) in connection.execute(statement):
                    result.probe_blobs_deleted += 1
                    result.probe_bytes_freed += int(size)


def _delete_pages(store: Store, doomed: list[tuple[int, str]], kept: frozenset[str]) -> list[tuple[int, int]]:
    """Delete the page rows, then the bodies they leave without a page; (size, stored size) of
    each body deleted. A body another page still names (a later old scan, a kept scan, another
    province's scan) stays: the NOT EXISTS is evaluated as the body is deleted."""
    freed: list[tuple[int, int]] = []
    unreferenced = ~exists().where(Page.sha256 == Blob.sha256)
    for batch in _chunks(doomed):
        digests = sorted({digest for _, digest in batch if digest not in kept})
        for attempt in range(3):
            try:
                with store.session(write=True) as session:
                    connection = session.connection()
                    connection.execute(delete(Page).where(Page.id.in_([page_id for page_id, _ in batch])))
                    if digests:
                        statement = (delete(Blob).where(Blob.sha256.in_(digests), unreferenced)
                                     .returning(Blob.size, func.length(Blob.data)))
                        deleted = [(int(size), int(stored)) for size, stored in connection.execute(statement)]
                    else:
                        deleted = []
            except IntegrityError:
                # PostgreSQL: another province's scan stored a page with one of these bodies
                # while we deleted it; the batch was rolled back, and again it will see that page.
                if attempt == 2:
                    raise
                continue
            freed.extend(deleted)
            break
    return freed


def _bodies_left_without_page(store: Store, doomed: list[tuple[int, str]], kept: frozenset[str],
                              processed: list[int]) -> list[tuple[int, int]]:
    """What :func:`_delete_pages` would free, changing nothing: the bodies of ``doomed`` that no
    page outside the old scans processed so far refers to (their other rows are, or would
    already have been, deleted; the rows kept there are of evidence bodies only)."""
    digests = sorted({digest for _, digest in doomed if digest not in kept})
    elsewhere = exists().where(Page.sha256 == Blob.sha256, Page.scan_id.not_in(processed))
    freed: list[tuple[int, int]] = []
    with store.session() as session:
        for chunk in _chunks(digests):
            query = select(Blob.size, func.length(Blob.data)).where(Blob.sha256.in_(chunk), ~elsewhere)
            freed.extend((int(size), int(stored)) for size, stored in session.execute(query))
    return freed


def _referenced_outside(store: Store, digests: Iterable[str], scan_ids: Sequence[int]) -> set[str]:
    """Those of ``digests`` that a page of some scan not in ``scan_ids`` refers to."""
    found: set[str] = set()
    with store.session() as session:
        for chunk in _chunks(sorted(digests)):
            query = select(Page.sha256).where(Page.sha256.in_(chunk), Page.scan_id.not_in(scan_ids)).distinct()
            found.update(session.scalars(query))
    return found


def vacuum_sqlite(store: Store) -> int:
    """Compact a SQLite store (VACUUM, then truncate the WAL); returns the bytes it shrank by.

    Deleting rows only frees pages inside the file for reuse; VACUUM rewrites the file without
    them. It needs a moment with no other writer, and as much free disk as the file's size.
    """
    raw = store.engine.raw_connection()  # autocommit (engine.py): VACUUM refuses to run in a transaction
    try:
        cursor = raw.cursor()
        before = _sqlite_size(cursor)
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        after = _sqlite_size(cursor)
        cursor.close()
    finally:
        raw.close()
    return before - after


def _sqlite_size(cursor: Any) -> int:
    page_count = cursor.execute("PRAGMA page_count").fetchone()[0]
    page_size = cursor.execute("PRAGMA page_size").fetchone()[0]
    return int(page_count) * int(page_size)


def _chunks(items: Sequence[T]) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]
