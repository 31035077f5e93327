"""What the probes visit after a scan: each city's home page (and catalogue, when configured), and
the online entries its guides offer — all of them, or the scan's share of a rotating sample.

With ``probes.entry_rotation: N`` an entry is visited on the scans whose number falls in its
slot (a stable hash of its URL, modulo N), so a large province spreads its entries over N nights
and every entry is visited within N scans. ``--item`` narrows a run to the guides named.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select

from channel_equity.core.config import LoadedConfig
from channel_equity.store.models import Observation
from channel_equity.store.session import Store


@dataclass(frozen=True)
class ProbeTarget:
    city_id: str
    probe: str  # entry | page | journey
    role: str  # entry | home | catalogue | guide | channels | journey
    url: str
    item_code: str | None = None
    item_name: str | None = None
    accessibility: bool = True  # run axe-core on it (entries: all, or probes.accessibility_entries a night)
    follow_channels: bool = False  # a home page: visit the channels page its links lead to
    guide_url: str | None = None  # a journey: the address of the guide it looks for, as the crawl read it


def rotation_slot(url: str, rotation: int) -> int:
    """The scans (number modulo ``rotation``) on which this URL is visited: the same every night."""
    return int.from_bytes(hashlib.sha256(url.encode("utf-8")).digest()[:8], "big") % rotation


def entry_targets(store: Store, scan_id: int, city_ids: Iterable[str], rotation: int = 1,
                  items: Iterable[str] | None = None) -> list[ProbeTarget]:
    """One target per city and online entry its guides offer in the scan (first guide's code)."""
    wanted_items = set(items) if items is not None else None
    query = (select(Observation.city_id, Observation.online_entry_url, Observation.item_code, Observation.name)
             .where(Observation.scan_id == scan_id, Observation.city_id.in_(list(city_ids)),
                    Observation.online_entry_url.is_not(None))
             .order_by(Observation.city_id, Observation.id))
    with store.session() as session:
        rows = session.execute(query).all()
    seen: set[tuple[str, str]] = set()
    targets = []
    for city_id, url, item_code, name in rows:
        if url is None or (city_id, url) in seen:
            continue
        if wanted_items is not None and item_code not in wanted_items and name not in wanted_items:
            continue
        if wanted_items is None and rotation > 1 and rotation_slot(url, rotation) != scan_id % rotation:
            continue
        seen.add((city_id, url))
        targets.append(ProbeTarget(city_id, "entry", "entry", url, item_code, name))
    return targets


def nightly_order(scan_id: int, urls: Iterable[str]) -> list[str]:
    """The URLs in this scan's order: a hash of the scan number and the URL, so that taking the
    first few each night samples a different few, and over the nights all of them."""
    return sorted(urls, key=lambda url: hashlib.sha256(f"{scan_id} {url}".encode()).digest())


def with_accessibility_sample(targets: list[ProbeTarget], scan_id: int, per_city: int) -> list[ProbeTarget]:
    """The entry targets, axe-core asked on ``per_city`` of each city's (a different few each scan)."""
    chosen: set[str] = set()
    for city_id in {target.city_id for target in targets}:
        chosen.update(nightly_order(scan_id, [t.url for t in targets if t.city_id == city_id])[:per_city])
    return [replace(target, accessibility=target.url in chosen) for target in targets]


GuidesByCity = dict[str, dict[str, tuple[str | None, str]]]
"""City -> guide URL -> (item code, name), each guide page once."""


def _guides_by_city(store: Store, scan_id: int, city_ids: Iterable[str], with_entry: bool = False,
                    min_name_chars: int = 0) -> GuidesByCity:
    """The scan's guides of the cities (only those offering an online entry, when ``with_entry``)."""
    query = (select(Observation.city_id, Observation.url, Observation.item_code, Observation.name)
             .where(Observation.scan_id == scan_id, Observation.city_id.in_(list(city_ids))))
    if with_entry:
        query = query.where(Observation.online_entry_url.is_not(None))
    with store.session() as session:
        rows = session.execute(query).all()
    by_city: GuidesByCity = {}
    for city_id, url, item_code, name in rows:
        if len(name.strip()) >= min_name_chars:
            by_city.setdefault(city_id, {}).setdefault(url, (item_code, name.strip()))
    return by_city


def guide_targets(store: Store, scan_id: int, city_ids: Iterable[str], per_city: int) -> list[ProbeTarget]:
    """``per_city`` guide pages of each city, a different few each scan (ordered by a hash of the
    URL and the scan number), so that night after night the sample covers the portal."""
    if per_city <= 0:
        return []
    targets = []
    for city_id, guides in sorted(_guides_by_city(store, scan_id, city_ids).items()):
        order = nightly_order(scan_id, guides)
        targets += [ProbeTarget(city_id, "page", "guide", url, *guides[url]) for url in order[:per_city]]
    return targets


def portal_targets(loaded: LoadedConfig, city_ids: Iterable[str]) -> list[ProbeTarget]:
    """Each city's home page, its catalogue and its channels pages when the config names them
    (without named channels pages, the home page's visit looks for them among its links)."""
    targets = []
    for city_id in city_ids:
        city = loaded.monitor.city(city_id)
        targets.append(ProbeTarget(city.id, "page", "home", city.portal, follow_channels=not city.channels_pages))
        if city.catalog and city.catalog != city.portal:
            targets.append(ProbeTarget(city.id, "page", "catalogue", city.catalog))
        targets += [ProbeTarget(city.id, "page", "channels", url) for url in city.channels_pages]
    return targets


def channels_targets(home: ProbeTarget, urls: Iterable[str]) -> list[ProbeTarget]:
    """The channels pages a home page's links lead to, as targets of the same city."""
    return [ProbeTarget(home.city_id, "page", "channels", url) for url in urls if url != home.url]


MIN_JOURNEY_NAME_CHARS = 4
"""A shorter item name (低保) is no fair test of a portal's search."""


def journey_targets(loaded: LoadedConfig, store: Store, scan_id: int, city_ids: Iterable[str],
                    per_city: int) -> list[ProbeTarget]:
    """``per_city`` journeys per city: from its home page to the online entry of a guide that
    offers one, a different guide each scan (ordered by a hash of the URL and the scan number)."""
    if per_city <= 0:
        return []
    targets = []
    by_city = _guides_by_city(store, scan_id, city_ids, with_entry=True, min_name_chars=MIN_JOURNEY_NAME_CHARS)
    for city_id, guides in sorted(by_city.items()):
        portal = loaded.monitor.city(city_id).portal
        for url in nightly_order(scan_id, guides)[:per_city]:
            code, name = guides[url]
            targets.append(ProbeTarget(city_id, "journey", "journey", portal, code, name, accessibility=False,
                                       guide_url=url))
    return targets
