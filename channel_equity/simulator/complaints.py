"""Citizens' complaints about the simulated province, with the verdict a re-check must reach.

Chosen from a province's truth (``province_truth``): for each kind of claim, an item whose
guide or entry breaks a rule that bears the claim out (``substantiated``), and an item that
nothing in the truth touches — no violation, no trap, on its guide or its entry — which the
re-check must find ``not-reproduced``. Only guides a crawler can read, of cities that are up.

The claim → rules table below is the simulator's own statement of what each claim means (what
a citizen saying it would be right about); the monitor keeps its own in ``checks``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

Truth = Mapping[str, Any]

CLAIMED_WRONGS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "online-only": (("online-only", None),),
    "offline-only": (("offline-only", None), ("depth-visits-contradiction", None), ("exceeds-standard", "visits")),
    "entry-broken": (("online-entry-broken", None), ("separate-login", None), ("app-only-entry", None),
                     ("legacy-browser-required", None)),
    "excess-visits": (("exceeds-standard", "visits"), ("depth-visits-contradiction", None)),
    "shared-data": (("shared-data-demanded", None),),
}
"""Claim -> (rule, dimension) a violation must have to bear the claim out."""

CLAIM_TEXTS = {
    "online-only": "窗口工作人员拒绝受理，让我回家自己在网上申请。",
    "offline-only": "网上写着全程网办，结果还是让我带纸质材料跑了一趟大厅。",
    "entry-broken": "网上申请页面一直打不开，提交不了。",
    "excess-visits": "这个事项前前后后让我跑了三次。",
    "shared-data": "让我提交身份证复印件和户口本，这些政府部门自己就有。",
}


@dataclass(frozen=True)
class ComplaintScenario:
    """A complaint to record (city, item, claim, text) and the verdict its re-check must reach."""

    city_id: str
    item_code: str
    item_name: str
    claim: str
    text: str
    expected: str  # substantiated | not-reproduced
    rule: str | None = None  # the violation that bears it out (substantiated only)


def _path(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _marks(truth: Truth) -> list[Mapping[str, Any]]:
    """Every violation and trap, of the crawl and of the probes."""
    probe = truth.get("probe") or {}
    return [*truth["violations"], *truth["traps"], *probe.get("violations", ()), *probe.get("traps", ())]


def _readable_items(truth: Truth) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for city in truth["cities"]:
        if city["up"]:
            for item in city["items"]:
                if not item.get("login_wall") and item.get("item_code"):
                    yield city["id"], item


def _marks_by_item(items: list[tuple[str, Mapping[str, Any]]], marks: list[Mapping[str, Any]]
                   ) -> dict[tuple[str, str], list[Mapping[str, Any]]]:
    """(city, item code) -> the violations and traps about the item: by its code, or (a page-level
    one, without a code) at its guide's or entry's path."""
    by_code: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    by_path: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for mark in marks:
        if mark.get("item_code"):
            by_code.setdefault((mark["city"], mark["item_code"]), []).append(mark)
        elif mark.get("path") is not None:
            by_path.setdefault((mark["city"], mark["path"]), []).append(mark)
    about = {}
    for city_id, item in items:
        paths = {_path(item["url"]), _path(item.get("online_entry_url"))} - {None}
        about[city_id, item["item_code"]] = [*by_code.get((city_id, item["item_code"]), ()),
                                             *(m for path in paths for m in by_path.get((city_id, str(path)), ()))]
    return about


def complaint_scenarios(truth: Truth) -> list[ComplaintScenario]:
    """Per claim, the first substantiated and the first not-reproduced complaint the truth allows."""
    items = list(_readable_items(truth))
    about = _marks_by_item(items, _marks(truth))
    probe = truth.get("probe") or {}
    violations = [*truth["violations"], *probe.get("violations", ())]
    scenarios = []
    for claim, wrongs in CLAIMED_WRONGS.items():
        text = CLAIM_TEXTS[claim]
        found = _bearing_out(items, about, violations, wrongs)
        if found is not None:
            city_id, item, rule = found
            scenarios.append(ComplaintScenario(city_id, item["item_code"], item["name"], claim, text,
                                               "substantiated", rule))
        for city_id, item in items:
            if not about[city_id, item["item_code"]] and (claim != "entry-broken" or item.get("online_entry_url")):
                scenarios.append(ComplaintScenario(city_id, item["item_code"], item["name"], claim, text,
                                                   "not-reproduced"))
                break
    return scenarios


def _bearing_out(items: list[tuple[str, Mapping[str, Any]]], about: dict[tuple[str, str], list[Mapping[str, Any]]],
                 violations: list[Mapping[str, Any]], wrongs: tuple[tuple[str, str | None], ...]
                 ) -> tuple[str, Mapping[str, Any], str] | None:
    """The first item a violation of the claim's first possible wrong bears out (no trap of the
    claim's rules on it): (city, item, rule)."""
    for wrong in wrongs:
        for city_id, item in items:
            claimed = [m for m in about[city_id, item["item_code"]] if (m["rule"], m.get("dimension")) in wrongs]
            if any(m not in violations for m in claimed):
                continue
            if any((m["rule"], m.get("dimension")) == wrong for m in claimed):
                return city_id, item, wrong[0]
    return None


UNKNOWN_ITEM = "全省未设立的虚构事项"
"""An item no city of a simulated province offers: a complaint naming it is refused, listing none."""


def truth_complaints(truth: Truth) -> list[dict[str, Any]]:
    """The truth's ``complaints``: every scenario of :func:`complaint_scenarios`, and one about an
    item no guide names (``expected: unknown-item``: refused when recorded, nothing stored)."""
    up = next((city["id"] for city in truth["cities"] if city["up"]), None)
    unknown = [ComplaintScenario(up, "", UNKNOWN_ITEM, "other", "事项不存在也来投诉。", "unknown-item")] if up else []
    return [asdict(scenario) for scenario in [*complaint_scenarios(truth), *unknown]]


def demo_complaints(truth: Truth) -> list[ComplaintScenario]:
    """The two complaints the demo records: one the portal bears out, one it does not."""
    scenarios = complaint_scenarios(truth)
    substantiated = next(s for s in scenarios if s.claim == "shared-data" and s.expected == "substantiated")
    not_reproduced = next(s for s in scenarios if s.claim == "entry-broken" and s.expected == "not-reproduced")
    return [substantiated, not_reproduced]
