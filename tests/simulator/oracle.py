"""An independent reading of the truth file's structural rules, from the truth JSON alone.

It re-derives what needs no wording (values over the standard, levels, village centres,
demanded shared papers, broken entries, contradictions, 即办件 shares) from the items and the
policy block, the way a correct rule implementation would, so the truth's violation list is
checked against its own items rather than against the code that wrote both.
"""

from __future__ import annotations

from typing import Any

STRUCTURAL_RULES = (
    "exceeds-standard",
    "unauthorized-delegation",
    "village-gap",
    "shared-data-demanded",
    "online-entry-broken",
    "guide-inconsistent",
    "immediate-share-low",
)


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
    if item["online_entry_url"] and item["online_entry_broken"]:
        found.add(("online-entry-broken", None))
    if item["online_depth"] == 4 and item["visits"] > 0:
        found.add(("guide-inconsistent", "depth-visits"))
    if item["promised_days"] == 0 and item["case_type"] == "promised":
        found.add(("guide-inconsistent", "immediate-case-type"))
    if item["visits"] > 0 and not item["visit_reason"]:
        found.add(("guide-inconsistent", "visit-reason"))
    return found


def structural_findings(truth: dict[str, Any]) -> set[tuple[str, str, str | None, str | None]]:
    """(rule, city, item_code, dimension) for every structural violation in a truth document."""
    findings = set()
    policy = truth["policy"]
    for city in truth["cities"]:
        readable = [item for item in city["items"] if not item["login_wall"]]
        for item in readable:
            for rule, dimension in item_findings(item, policy):
                findings.add((rule, city["id"], item["item_code"], dimension))
        if readable:
            share = sum(item["case_type"] == "immediate" for item in readable) / len(readable)
            if share < policy["immediate_share_min"]:
                findings.add(("immediate-share-low", city["id"], None, None))
    return findings
