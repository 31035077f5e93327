"""Which guide a complaint is about: the item an inspector named — by implementation or basic
code, by name (as the checks match names: brackets, spaces and punctuation aside), or by the
address of its guide or online entry — among the guides the city's latest scan read.

An item named ambiguously or not at all is an error that lists the candidates, never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from channel_equity.checks.context import stable_page_key
from channel_equity.checks.matching import normalise_code, normalise_name
from channel_equity.core.url_guard import origin_of, url_problem
from channel_equity.store.complaints import NewComplaint
from channel_equity.store.models import Observation
from channel_equity.store.session import Store

MAX_CANDIDATES = 10
BASIC_CODE_LENGTH = 12
"""A basic code (基本编码) stands inside the implementation codes of its guides."""


@dataclass(frozen=True)
class ComplaintItem:
    city_id: str
    item_code: str | None
    name: str
    guide_url: str
    entry_url: str | None

    def describe(self) -> str:
        return f"{self.name} ({self.item_code or 'no code'}) {self.guide_url}"

    def complaint(self, item_ref: str, claim: str, text: str, received: datetime, reference: str | None,
                  recorded_by: str) -> NewComplaint:
        """A complaint about this guide, as ``item_ref`` named it, to be recorded."""
        return NewComplaint(self.city_id, item_ref, self.item_code, self.name, self.guide_url, self.entry_url,
                            claim, text, received, reference, recorded_by)


class ItemNotResolved(ValueError):
    """The item could not be told from the city's guides: unknown, ambiguous or refused."""


def city_guides(store: Store, scan_id: int, city_id: str) -> list[ComplaintItem]:
    """The guides the scan read for the city, each address once."""
    query = (select(Observation.item_code, Observation.name, Observation.url, Observation.online_entry_url)
             .where(Observation.scan_id == scan_id, Observation.city_id == city_id).order_by(Observation.id))
    with store.session() as session:
        rows = session.execute(query).all()
    found: dict[str, ComplaintItem] = {}
    for code, name, url, entry in rows:
        found.setdefault(url, ComplaintItem(city_id, code, name, url, entry))
    return list(found.values())


def _one(matches: list[ComplaintItem], ref: str, how: str) -> ComplaintItem | None:
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        listed = "\n".join(f"  {item.describe()}" for item in matches[:MAX_CANDIDATES])
        raise ItemNotResolved(f"{ref!r} names {len(matches)} guides by {how}; name one by its code or address:\n"
                              f"{listed}")
    return None


def resolve_item(guides: list[ComplaintItem], ref: str, allowed_urls: Iterable[str]) -> ComplaintItem:
    """The one guide ``ref`` names (module docstring); addresses are checked against
    ``allowed_urls`` (the city's portal and known entries) before anything else is done."""
    ref = ref.strip()
    if origin_of(ref) is not None or "://" in ref:
        problem = url_problem(ref, allowed_urls)
        if problem is not None:
            raise ItemNotResolved(problem)
        key = stable_page_key(ref)
        matched = [g for g in guides if stable_page_key(g.guide_url) == key
                   or (g.entry_url is not None and stable_page_key(g.entry_url) == key)]
        found = _one(matched, ref, "address")
        if found is None:
            raise ItemNotResolved(f"no guide read in the latest scan is at {ref} (nor offers it as its online entry)")
        return found
    code = normalise_code(ref)
    by_code = [g for g in guides if code.isascii() and code.isalnum() and g.item_code and (
        normalise_code(g.item_code) == code or (len(code) == BASIC_CODE_LENGTH and code in normalise_code(g.item_code)))]
    found = _one(by_code, ref, "code")
    if found is not None:
        return found
    name = normalise_name(ref)
    found = _one([g for g in guides if normalise_name(g.name) == name], ref, "name")
    if found is not None:
        return found
    near = [g for g in guides if name and (name in normalise_name(g.name) or normalise_name(g.name) in name)]
    listed = "".join(f"\n  {item.describe()}" for item in near[:MAX_CANDIDATES])
    raise ItemNotResolved(f"no guide of the city is called or coded {ref!r}"
                          + (f"; guides with a similar name:{listed}" if near else ""))
