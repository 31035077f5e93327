"""An independent reading of the truth file's structural rules, from the truth JSON alone.

It re-derives what needs no wording (values over the standard, levels, village centres,
demanded shared papers, broken entries, contradictions, 即办件 shares, down portals) from the
items and the policy block, the way a correct rule implementation would, so the truth's violation list is
checked against its own items rather than against the code that wrote both. A down portal is
unreachable as the province stands, that is once scans on several nights found it down.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

STRUCTURAL_RULES = (
    "exceeds-standard",
    "unauthorized-delegation",
    "village-gap",
    "shared-data-demanded",
    "online-entry-broken",
    "depth-visits-contradiction",
    "immediate-case-type-mismatch",
    "visit-reason-missing",
    "immediate-share-low",
    "portal-unreachable",
)
BROKEN_IN_A_BROWSER = frozenset({"script-maintenance", "blank-shell"})
"""Entries a crawl sees as 200 pages: broken only once their script runs (truth["probe"])."""


def _standard(item: dict[str, Any], policy: dict[str, Any]) -> dict[str, Any] | None:
    for standard in policy["standard_items"]:
        if standard["code"] in (item["item_code"] or ""):
            return standard
    return None


def item_findings(item: dict[str, Any], policy: dict[str, Any]) -> set[tuple[str, str | None]]:
    found: set[tuple[str, str | None]] = set()
    standard = _standard(item, policy)
    demanded = [m for m in item["materials"] if not m["exempt"]]
    if standard:
        if item["visits"] > standard["max_visits"]:
            found.add(("exceeds-standard", "visits"))
        if item["promised_days"] > standard["max_promised_days"]:
            found.add(("exceeds-standard", "promised_days"))
        if len(demanded) > standard["max_materials"]:
            found.add(("exceeds-standard", "materials"))
        if set(item["levels"]) - set(standard["levels"]):
            found.add(("unauthorized-delegation", None))
        if standard["village"] == "required" and not any(
            loc["level"] == "village" for loc in item["locations"]
        ):
            found.add(("village-gap", None))
    if any(shared in m["name"] for m in demanded for shared in policy["shared_data_materials"]):
        found.add(("shared-data-demanded", None))
    browser_only = item["online_entry_kind"] in BROKEN_IN_A_BROWSER
    if item["online_entry_url"] and item["online_entry_broken"] and not browser_only:
        found.add(("online-entry-broken", None))
    if item["online_depth"] == 4 and item["visits"] > 0:
        found.add(("depth-visits-contradiction", None))
    if item["promised_days"] == 0 and item["case_type"] == "promised":
        found.add(("immediate-case-type-mismatch", None))
    if item["visits"] > 0 and not item["visit_reason"]:
        found.add(("visit-reason-missing", None))
    return found


def structural_findings(truth: dict[str, Any]) -> set[tuple[str, str, str | None, str | None]]:
    """(rule, city, item_code, dimension) for every structural violation in a truth document."""
    findings: set[tuple[str, str, str | None, str | None]] = set()
    policy = truth["policy"]
    for city in truth["cities"]:
        if not city["up"]:
            findings.add(("portal-unreachable", city["id"], None, None))
            continue
        readable = [item for item in city["items"] if not item["login_wall"]]
        for item in readable:
            for rule, dimension in item_findings(item, policy):
                findings.add((rule, city["id"], item["item_code"], dimension))
        if readable:
            share = sum(item["case_type"] == "immediate" for item in readable) / len(readable)
            if share < policy["immediate_share_min"]:
                findings.add(("immediate-share-low", city["id"], None, None))
    return findings


FindingKey = tuple[str, str, str | None, str | None, str | None]  # rule, city, item, dimension, path
WINDOW_RULES = ("portal-unreachable",)
"""Rules that judge the scans of a window, not one scan. The truth lists a down city as
unreachable, as a province that stays down is; but a lifecycle's epochs are scanned one after
another in one night, and one failed night is a coverage gap (the city's status), never the
finding (tests/checks/test_portal_unreachable_history.py scans nights apart)."""


def finding_key(entry: dict[str, Any]) -> FindingKey:
    """A truth entry as the finding it makes: a page-level one (it names a path) is the
    portal's finding of its rule, one per city whatever the number of pages."""
    if entry.get("path"):
        return (entry["rule"], entry["city"], None, entry["dimension"], None)
    return (entry["rule"], entry["city"], entry["item_code"], entry["dimension"], entry.get("path"))


def _covered(key: FindingKey, truth: dict[str, Any]) -> bool:
    """Could a scan of this truth's province have re-checked the finding? Its city must be up
    and, for a guide-level finding, the guide readable."""
    city = next(c for c in truth["cities"] if c["id"] == key[1])
    if not city["up"]:
        return False
    if key[2] is None:
        return True
    return any(item["item_code"] == key[2] and not item["login_wall"] for item in city["items"])


@dataclass
class ExpectedFinding:
    """A finding's expected state after some scan (epoch numbers stand for scan times)."""

    status: str  # open | resolved | reopened
    first_seen: int
    last_seen: int
    resolved_at: int | None = None
    history: list[str] = field(default_factory=list)  # opened / resolved / reopened, in order


def expected_lifecycle(truths: list[dict[str, Any]]) -> list[dict[FindingKey, ExpectedFinding]]:
    """Finding states after each of consecutive scans of ``truths`` (one per epoch): opened when
    first fired, resolved only when the subject was covered and the rule did not fire,
    reopened when it fires again after that; otherwise unchanged (no observation is not
    compliance). The epochs are one night's scans: ``WINDOW_RULES`` never fire."""
    states: dict[FindingKey, ExpectedFinding] = {}
    after: list[dict[FindingKey, ExpectedFinding]] = []
    for epoch, truth in enumerate(truths):
        fired = {finding_key(v) for v in truth["violations"] if v["rule"] not in WINDOW_RULES}
        for key in fired:
            state = states.get(key)
            if state is None:
                states[key] = ExpectedFinding("open", epoch, epoch, history=["opened"])
            else:
                if state.status == "resolved":
                    state.status, state.resolved_at = "reopened", None
                    state.history.append("reopened")
                state.last_seen = epoch
        for key, state in states.items():
            if key not in fired and state.status != "resolved" and _covered(key, truth):
                state.status, state.resolved_at = "resolved", epoch
                state.history.append("resolved")
        after.append({key: replace(state, history=list(state.history)) for key, state in states.items()})
    return after
