"""Reads the report needs beyond :mod:`channel_equity.store.reading`: scan history, finding
events, per-city observation figures, channels, unmatched items, snapshot bodies and encodings.

Each function is one short read; results are plain values or detached rows, so the
renderer never holds a transaction open while it writes files.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import case, func, select

from channel_equity.store.models import Blob, Finding, FindingEvent, Observation, Page, Scan
from channel_equity.store.session import Store


@dataclass(frozen=True)
class CityFigures:
    """What one city's guides amounted to in one scan."""

    guides: int
    immediate: int
    with_case_type: int
    unmatched: int


@dataclass(frozen=True)
class UnmatchedItem:
    city_id: str
    name: str
    item_code: str | None
    url: str


def scans_up_to(store: Store, scan: Scan) -> list[Scan]:
    """The province's scans started no later than ``scan``, oldest first (trend axis)."""
    query = (
        select(Scan)
        .where(Scan.province_id == scan.province_id, Scan.status == "finished", Scan.kind == "nightly")
        .where((Scan.started_at < scan.started_at) | ((Scan.started_at == scan.started_at) & (Scan.id <= scan.id)))
        .order_by(Scan.started_at, Scan.id)
    )
    with store.session() as session:
        scans = list(session.scalars(query))
    if all(row.id != scan.id for row in scans):
        scans.append(scan)  # an unfinished scan asked for by id still closes the axis
    return scans


def finding_events(store: Store, scan_ids: Iterable[int]) -> list[FindingEvent]:
    """Events written by these scans, in the order they happened."""
    wanted = list(scan_ids)
    query = select(FindingEvent).where(FindingEvent.scan_id.in_(wanted)).order_by(FindingEvent.at, FindingEvent.id)
    with store.session() as session:
        return list(session.scalars(query))


def events_of_findings(store: Store, finding_ids: Iterable[int]) -> dict[int, list[FindingEvent]]:
    """Each finding's history, oldest first."""
    wanted = sorted(set(finding_ids))
    result: dict[int, list[FindingEvent]] = {finding_id: [] for finding_id in wanted}
    with store.session() as session:
        for start in range(0, len(wanted), 500):
            query = (
                select(FindingEvent)
                .where(FindingEvent.finding_id.in_(wanted[start : start + 500]))
                .order_by(FindingEvent.at, FindingEvent.id)
            )
            for event in session.scalars(query):
                result[event.finding_id].append(event)
    return result


def findings_by_id(store: Store, finding_ids: Iterable[int]) -> dict[int, Finding]:
    wanted = sorted(set(finding_ids))
    result: dict[int, Finding] = {}
    with store.session() as session:
        for start in range(0, len(wanted), 500):
            query = select(Finding).where(Finding.id.in_(wanted[start : start + 500]))
            result.update((row.id, row) for row in session.scalars(query))
    return result


def city_figures(store: Store, scan_id: int) -> dict[str, CityFigures]:
    """Guides read, 即办件 among those that state a case type, and unmatched guides, per city."""
    query = (
        select(
            Observation.city_id,
            func.count(),
            func.sum(case((Observation.case_type == "immediate", 1), else_=0)),
            func.count(Observation.case_type),
            func.sum(case((Observation.match_method == "unmatched", 1), else_=0)),
        )
        .where(Observation.scan_id == scan_id)
        .group_by(Observation.city_id)
    )
    with store.session() as session:
        return {
            city_id: CityFigures(int(guides), int(immediate or 0), int(typed), int(unmatched or 0))
            for city_id, guides, immediate, typed, unmatched in session.execute(query)
        }


def unmatched_items(store: Store, scan_id: int, limit_per_city: int = 200) -> dict[str, list[UnmatchedItem]]:
    """Guides the checks could not match to a standard item, by city (first ``limit_per_city``)."""
    query = (
        select(Observation.city_id, Observation.name, Observation.item_code, Observation.url)
        .where(Observation.scan_id == scan_id, Observation.match_method == "unmatched")
        .order_by(Observation.city_id, Observation.id)
    )
    result: dict[str, list[UnmatchedItem]] = {}
    with store.session() as session:
        for city_id, name, item_code, url in session.execute(query):
            items = result.setdefault(city_id, [])
            if len(items) < limit_per_city:
                items.append(UnmatchedItem(city_id, name, item_code, url))
    return result


def snapshot_encodings(store: Store, digests: Iterable[str]) -> dict[str, str | None]:
    """The encoding a page with each body was detected (else declared) to be in."""
    wanted = sorted(set(digests))
    result: dict[str, str | None] = {}
    with store.session() as session:
        for start in range(0, len(wanted), 500):
            query = (
                select(Page.sha256, Page.detected_encoding, Page.declared_encoding)
                .where(Page.sha256.in_(wanted[start : start + 500]))
                .order_by(Page.id.desc())
            )
            for digest, detected, declared in session.execute(query):
                result.setdefault(digest, detected or declared)
    return result


@dataclass(frozen=True)
class ChannelRow:
    """What one guide says about its channels, and the standard item it matched."""

    city_id: str
    standard_code: str | None
    channels: tuple[str, ...]
    online_available: bool | None


def channel_rows(store: Store, scan_id: int) -> list[ChannelRow]:
    """Every guide of the scan, reduced to the columns the city figures need."""
    query = select(Observation.city_id, Observation.standard_code, Observation.channels,
                   Observation.online_available).where(Observation.scan_id == scan_id)
    with store.session() as session:
        return [ChannelRow(city_id, code, tuple(channels or ()), online)
                for city_id, code, channels, online in session.execute(query)]


def page_bodies(store: Store, digests: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    """The stored bodies with these hashes, each checked against its hash; missing or
    corrupt bodies are left out (the report then shows no snapshot link)."""
    wanted = sorted(set(digests))
    for start in range(0, len(wanted), 200):
        with store.session() as session:
            rows = session.execute(select(Blob.sha256, Blob.size, Blob.data)
                                   .where(Blob.sha256.in_(wanted[start : start + 200]))).all()
        for digest, size, data in rows:
            try:
                body = zlib.decompress(data)
            except zlib.error:
                continue
            if len(body) == size and hashlib.sha256(body).hexdigest() == digest:
                yield digest, body


@dataclass(frozen=True)
class UnknownLabel:
    """A label the lexicon does not know, and on how many of a city's guides it stands."""

    label: str
    guides: int


def unknown_labels(store: Store, scan_id: int, knows: Callable[[str, str], bool],
                   limit_per_city: int = 20) -> dict[str, list[UnknownLabel]]:
    """Per city, the labels read from its guides (``raw_fields``) that ``knows(city_id, label)``
    denies, most frequent first: the words a province may add to its lexicon."""
    counts: dict[str, Counter[str]] = {}
    query = select(Observation.city_id, Observation.raw_fields).where(Observation.scan_id == scan_id)
    with store.session() as session:
        for city_id, raw_fields in session.execute(query):
            city = counts.setdefault(city_id, Counter())
            city.update({label for label in (raw_fields or {}) if label and not knows(city_id, label)})
    return {city_id: [UnknownLabel(label, guides) for label, guides in counter.most_common(limit_per_city)]
            for city_id, counter in counts.items() if counter}
