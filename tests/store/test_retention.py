"""Retention (``prune --keep N``) on a real store, both backends: old scans lose their page
bodies, the evidence of findings in force stays readable, kept and running scans are untouched."""

from __future__ import annotations

import os
import zlib
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from channel_equity.cli.prune import summary_lines
from channel_equity.core.observation import GuideObservation
from channel_equity.reports.assets import write_snapshots
from channel_equity.store import Store, reading, recording
from channel_equity.store.models import Blob, Finding, Observation, Page, ProbeResult
from channel_equity.store.probing import ProbeRecord, RenderedPage, record_probe
from channel_equity.store.retention import PruneResult, prune

PORTAL = "http://127.0.0.1:8101"

BODIES = {name: f"<html><body><h1>{name}</h1>{'办事指南 ' * 40}{name}</body></html>".encode()
          for name in ("running", "old-only", "two-old", "shared", "open", "reopened", "resolved-old",
                       "resolved-recent", "portal-page", "portal-page-2", "portal-page-elsewhere", "other-province",
                       "kept-own", "newer-interrupted")}
DIGEST = {name: recording.body_sha256(body) for name, body in BODIES.items()}

GONE = ("old-only", "two-old", "resolved-old", "portal-page-elsewhere")
EVIDENCE_OF_OLD_SCANS = ("open", "reopened", "resolved-recent", "portal-page", "portal-page-2")


@dataclass
class Province:
    scans: dict[str, int] = field(default_factory=dict)
    observation_id: int = 0


def page(store: Store, scan_id: int, name: str, path: str | None = None, city: str = "jinghai") -> int:
    return recording.record_page(store, scan_id, city, url=f"{PORTAL}/{path or name}", body=BODIES[name],
                                 http_status=200, detected_encoding="utf-8")


def add_finding(store: Store, key: str, status: str, seen: datetime, *, body: str | None = None,
                resolved_at: datetime | None = None, last_scan_id: int | None = None,
                pages: tuple[str, ...] = ()) -> None:
    digest = DIGEST[body] if body else None
    with store.session(write=True) as session:
        session.add(Finding(fingerprint=key, rule=key, city_id="jinghai", severity="high", status=status,
                            first_seen=seen, last_seen=seen, resolved_at=resolved_at, message=key,
                            last_scan_id=last_scan_id, evidence_url=f"{PORTAL}/{body}", evidence_sha256=digest,
                            evidence_snapshot=f"sha256:{digest}" if digest else None,
                            evidence_pages=[f"{PORTAL}/{path}" for path in pages]))


def build_province(store: Store) -> Province:
    """Scans of ``demo``, oldest first: a running scan a crash left, two old ones (finished,
    interrupted), another province's, the newest finished one, and an interrupted one after it."""
    built = Province()
    scans = built.scans
    scans["running"] = recording.start_scan(store, "demo", None)
    page(store, scans["running"], "running")

    scans["old"] = recording.start_scan(store, "demo", None)
    old_only = page(store, scans["old"], "old-only")
    for name in ("two-old", "shared", "open", "resolved-old", "resolved-recent"):
        page(store, scans["old"], name)
    page(store, scans["old"], "portal-page", path="login")
    page(store, scans["old"], "portal-page-2", path="apply")
    recording.finish_scan(store, scans["old"])
    built.observation_id = recording.record_observation(
        store, scans["old"], "jinghai", old_only, GuideObservation(url=f"{PORTAL}/old-only", name="食品经营许可"))

    scans["older-interrupted"] = recording.start_scan(store, "demo", None)
    for name in ("two-old", "open", "reopened"):
        page(store, scans["older-interrupted"], name)
    page(store, scans["older-interrupted"], "portal-page-elsewhere", path="login")  # the URL, another night
    recording.finish_scan(store, scans["older-interrupted"], "interrupted")

    scans["other"] = recording.start_scan(store, "other", None)
    page(store, scans["other"], "other-province", city="elsewhere")
    recording.finish_scan(store, scans["other"])

    scans["kept"] = recording.start_scan(store, "demo", None)
    page(store, scans["kept"], "shared")
    page(store, scans["kept"], "kept-own")
    recording.finish_scan(store, scans["kept"])

    scans["newer-interrupted"] = recording.start_scan(store, "demo", None)
    page(store, scans["newer-interrupted"], "newer-interrupted")
    recording.finish_scan(store, scans["newer-interrupted"], "interrupted")

    old_start = started(store, scans["old"])
    kept_start = started(store, scans["kept"])
    add_finding(store, "open", "open", old_start, body="open", last_scan_id=scans["older-interrupted"])
    add_finding(store, "reopened", "reopened", old_start, body="reopened", last_scan_id=scans["older-interrupted"])
    add_finding(store, "resolved-old", "resolved", old_start, body="resolved-old", resolved_at=old_start)
    add_finding(store, "resolved-recent", "resolved", old_start, body="resolved-recent", resolved_at=kept_start)
    add_finding(store, "portal-wide", "open", old_start, body="portal-page", last_scan_id=scans["old"],
                pages=("login", "apply"))
    return built


def started(store: Store, scan_id: int) -> datetime:
    scan = reading.get_scan(store, scan_id)
    assert scan is not None
    return scan.started_at


def pages_of(store: Store, scan_id: int) -> set[tuple[str, str]]:
    with store.session() as session:
        return {(url, digest) for url, digest in session.execute(
            select(Page.url, Page.sha256).where(Page.scan_id == scan_id))}


def table_counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Page, Blob, Observation, Finding)}


def findings_state(store: Store) -> list[tuple[str, str, str | None, list[str]]]:
    return sorted((f.fingerprint, f.status, f.evidence_sha256, list(f.evidence_pages))
                  for f in reading.findings(store, "all"))


def readable(store: Store, name: str) -> bool:
    try:
        return reading.page_body(store, DIGEST[name]) == BODIES[name]
    except KeyError:
        return False


def test_old_bodies_go_and_the_evidence_in_force_stays(store: Store, tmp_path: Path) -> None:
    built = build_province(store)
    scans = built.scans
    untouched = {name: pages_of(store, scans[name]) for name in ("running", "other", "kept", "newer-interrupted")}
    findings_before = findings_state(store)

    result = prune(store, "demo", keep=1)

    assert result.old_scans == [scans["older-interrupted"], scans["old"]]
    assert sorted(result.kept_scans) == sorted([scans["running"], scans["kept"], scans["newer-interrupted"]])
    for name in GONE:
        assert not readable(store, name), name
    for name in (*EVIDENCE_OF_OLD_SCANS, "shared", "kept-own", "running", "other-province", "newer-interrupted"):
        assert readable(store, name), name
    # of each evidence body one page row stays in the old scans (the newest): URL, time, encoding
    assert pages_of(store, scans["old"]) == {(f"{PORTAL}/resolved-recent", DIGEST["resolved-recent"]),
                                             (f"{PORTAL}/login", DIGEST["portal-page"]),
                                             (f"{PORTAL}/apply", DIGEST["portal-page-2"])}
    assert pages_of(store, scans["older-interrupted"]) == {(f"{PORTAL}/open", DIGEST["open"]),
                                                           (f"{PORTAL}/reopened", DIGEST["reopened"])}
    assert {name: pages_of(store, scans[name]) for name in untouched} == untouched
    assert reading.get_scan(store, scans["running"]).status == "running"  # type: ignore[union-attr]

    assert result.scans_pruned == [scans["older-interrupted"], scans["old"]]
    assert (result.pages_deleted, result.pages_kept_for_evidence) == (12 - 5, 5)
    assert (result.blobs_deleted, result.blobs_kept_for_evidence) == (len(GONE), len(EVIDENCE_OF_OLD_SCANS))
    assert result.bytes_freed == sum(len(BODIES[name]) for name in GONE)
    assert result.stored_bytes_freed == sum(len(zlib.compress(BODIES[name], recording.ZLIB_LEVEL)) for name in GONE)
    assert result.screenshots_removed == 0 and result.vacuum_reclaimed is None

    with store.session() as session:  # every page row still names a stored body
        assert session.scalar(select(func.count()).select_from(Page)
                              .outerjoin(Blob, Blob.sha256 == Page.sha256).where(Blob.sha256.is_(None))) == 0
        observation = session.get(Observation, built.observation_id)
        assert observation is not None and observation.page_id is None  # the history stays, unlinked
    assert findings_state(store) == findings_before

    written = write_snapshots(store, reading.findings(store, "all"), tmp_path)  # the report copes
    assert written == {DIGEST[name] for name in ("open", "reopened", "resolved-recent", "portal-page")}
    assert not (tmp_path / "snapshots" / f"{DIGEST['resolved-old']}.txt").exists()


def test_a_dry_run_changes_nothing_and_foretells_the_real_run(store: Store) -> None:
    build_province(store)
    counts = table_counts(store)
    foretold = prune(store, "demo", keep=1, dry_run=True)
    assert table_counts(store) == counts
    assert all(readable(store, name) for name in BODIES)
    done = prune(store, "demo", keep=1)
    assert foretold.dry_run and not done.dry_run
    assert {**asdict(foretold), "dry_run": False} == asdict(done)
    assert done.blobs_deleted == len(GONE)
    assert table_counts(store)["blobs"] == counts["blobs"] - len(GONE)


def test_a_second_run_removes_nothing_more(store: Store) -> None:
    build_province(store)
    first = prune(store, "demo", keep=1)
    counts = table_counts(store)
    second = prune(store, "demo", keep=1)
    assert table_counts(store) == counts
    assert (second.pages_deleted, second.blobs_deleted, second.bytes_freed, second.scans_pruned) == (0, 0, 0, [])
    assert second.old_scans == first.old_scans
    assert (second.pages_kept_for_evidence, second.blobs_kept_for_evidence) == (5, 5)


def test_evidence_goes_once_its_finding_was_resolved_before_the_window(store: Store) -> None:
    built = build_province(store)
    prune(store, "demo", keep=1)
    with store.session(write=True) as session:
        session.execute(update(Finding).where(Finding.fingerprint == "open")
                        .values(status="resolved", resolved_at=started(store, built.scans["old"])))
    again = prune(store, "demo", keep=1)
    assert not readable(store, "open")
    assert (again.pages_deleted, again.blobs_deleted) == (1, 1)
    assert pages_of(store, built.scans["older-interrupted"]) == {(f"{PORTAL}/reopened", DIGEST["reopened"])}


def test_only_finished_scans_count_toward_keep(store: Store) -> None:
    built = build_province(store)
    counts = table_counts(store)
    result = prune(store, "demo", keep=2)  # finished: kept, old; the interrupted scan between them stays
    assert result.old_scans == [] and table_counts(store) == counts
    assert built.scans["older-interrupted"] in result.kept_scans
    assert prune(store, "demo", keep=3).old_scans == []  # fewer finished scans than asked: nothing to do
    with pytest.raises(ValueError, match="at least 1"):
        prune(store, "demo", keep=0)


def test_every_province_keeps_its_own_window(store: Store) -> None:
    built = build_province(store)
    second_other = recording.start_scan(store, "other", None)
    recording.finish_scan(store, second_other)
    result = prune(store, None, keep=1)
    assert sorted(result.old_scans) == sorted([built.scans["old"], built.scans["older-interrupted"],
                                               built.scans["other"]])
    assert not readable(store, "other-province") and readable(store, "open")


def test_vacuum_shrinks_a_sqlite_file(store: Store) -> None:
    scan_ids = []
    for _ in range(2):
        scan_ids.append(recording.start_scan(store, "demo", None))
        recording.record_page(store, scan_ids[-1], "jinghai", url=f"{PORTAL}/big", body=os.urandom(400_000),
                              http_status=200)
        recording.finish_scan(store, scan_ids[-1])
    result = prune(store, "demo", keep=1, vacuum=True)
    assert result.blobs_deleted == 1 and result.stored_bytes_freed > 400_000
    if store.dialect == "sqlite":
        assert result.vacuum_reclaimed is not None and result.vacuum_reclaimed > 300_000
    else:
        assert result.vacuum_reclaimed is None  # PostgreSQL's autovacuum reuses the space


def test_the_summary_says_what_went_and_what_stayed() -> None:
    result = PruneResult("demo", 1, True, kept_scans=[5, 6], old_scans=[3, 2], scans_pruned=[3, 2],
                         pages_deleted=7, pages_kept_for_evidence=5, blobs_deleted=4, bytes_freed=3 * 1024 * 1024,
                         stored_bytes_freed=2048, blobs_kept_for_evidence=5)
    text = "\n".join(summary_lines(result))
    assert "would remove 7 page rows and 4 page bodies from 2 of 2 older scans (2, 3)" in text
    assert "3.0 MiB of pages, 2.0 KiB as stored" in text and "5 bodies only older scans had" in text
    assert text.endswith("dry run: nothing was changed")
    nothing = "\n".join(summary_lines(PruneResult("demo", 30, False, kept_scans=[1])))
    assert "nothing to prune" in nothing and "dry run" not in nothing


def test_old_scans_lose_their_probe_visits_but_not_what_a_finding_cites(store: Store) -> None:
    old, new = (recording.start_scan(store, "probed", None) for _ in range(2))
    for scan_id in (old, new):
        recording.finish_scan(store, scan_id)

    def visit(scan_id: int, url: str, screenshot: bytes, warc: bytes) -> None:
        record_probe(store, scan_id, ProbeRecord("jinghai", "entry", "entry", f"{PORTAL}/{url}", "done",
                                                 page=RenderedPage(f"{PORTAL}/{url}", 200, f"<p>{url}</p>".encode()),
                                                 screenshot=screenshot, warc=warc))

    visit(old, "a", b"png only old", b"warc only old")
    visit(old, "b", b"png cited", b"warc cited")
    visit(old, "c", b"png shared", b"warc shared")
    visit(new, "c", b"png shared", b"warc shared")
    cited = {kind: recording.body_sha256(f"{kind} cited".encode()) for kind in ("png", "warc")}
    with store.session(write=True) as session:
        session.add(Finding(fingerprint="probe", rule="online-entry-broken", city_id="jinghai", severity="high",
                            status="open", first_seen=datetime(2026, 12, 1, tzinfo=UTC), last_seen=datetime(2026, 12, 1, tzinfo=UTC),
                            message="m", evidence_screenshot=f"sha256:{cited['png']}",
                            evidence_warc=f"sha256:{cited['warc']}"))

    dry = prune(store, "probed", keep=1, dry_run=True)
    assert (dry.probe_results_deleted, dry.probe_blobs_deleted) == (3, 2)
    result = prune(store, "probed", keep=1)
    assert (result.probe_results_deleted, result.probe_blobs_deleted) == (3, 2), "the old-only screenshot and WARC"
    assert any("3 visits of older scans and 2 of their screenshots and WARCs" in line for line in summary_lines(result))
    with store.session() as session:
        assert session.scalars(select(ProbeResult.scan_id)).all() == [new]
        stored = set(session.scalars(select(Blob.sha256)))
    assert {cited["png"], cited["warc"], recording.body_sha256(b"png shared")} <= stored
    assert recording.body_sha256(b"png only old") not in stored and recording.body_sha256(b"warc only old") not in stored
    assert prune(store, "probed", keep=1).probe_results_deleted == 0, "a second run removes nothing more"
