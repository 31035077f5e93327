"""What the rules must conclude about the simulated province (the truth's violations).

Structural outcomes are derived from the guide values (visits above the standard, no
counter channel, a broken entry …) so that no injected case goes unrecorded; wording-based
outcomes (a text refusing the counter, an app-only notice) come from the scenarios that
wrote the wording. ``check_province`` then proves the plan held: every declared structural
case is derived, no trap fires, login-walled guides carry nothing else, and codes contain
only the basic code they are meant to; a planted cross-city divergence is one, and a trap for it
is not (``divergence``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from channel_equity.simulator.divergence import CROSS_CITY_RULE, cross_city_problems
from channel_equity.simulator.model import BROKEN_ENTRY_KINDS, City, Declared, GuideItem, Policy, Province
from channel_equity.simulator.scenarios import SimulationError

ITEM_RULES = (
    "online-only",
    "offline-only",
    "online-entry-broken",
    "exceeds-standard",
    "abolished-item",
    "unauthorized-delegation",
    "shared-data-demanded",
    "village-gap",
    "depth-visits-contradiction",
    "immediate-case-type-mismatch",
    "visit-reason-missing",
)
CONSISTENCY_RULES = ITEM_RULES[-3:]
"""The contradictions auditors look for inside one guide (one rule id each, no dimension):
全程网办 (depth Ⅳ) yet visits > 0; promised days 0 yet not a 即办件; visits > 0 without a reason."""
PAGE_RULES = ("legacy-browser-required", "app-only-entry", "login-wall")
CITY_RULES = ("immediate-share-low",)
ALL_RULES = ITEM_RULES + PAGE_RULES + CITY_RULES
PORTAL_RULES = ("portal-unreachable",)
PROVINCE_RULES = (CROSS_CITY_RULE,)
"""Rules that compare the cities' guides of one item with each other (``divergence``)."""
CATALOGUE_RULES = ALL_RULES + PORTAL_RULES + PROVINCE_RULES
"""Every rule the truth has outcomes for (design.md's catalogue, as far as the checks implement it)."""
TEXT_DECLARED_RULES = frozenset({"online-only", "offline-only"})
BRACKETED = re.compile(r"[（(][^）)]*[）)]$")


@dataclass(frozen=True)
class ItemOutcome:
    rule: str
    kind: str
    dimension: str | None


def derived_violations(item: GuideItem, policy: Policy) -> list[Declared]:
    """Rule outcomes that follow from a guide's values alone."""
    found: list[Declared] = []
    standard = item.standard
    if standard is not None:
        if standard.online != "only" and "counter" not in item.channels:
            found.append(Declared("online-only", "no-counter-channel"))
        if standard.online in ("required", "only") and "online" not in item.channels:
            found.append(Declared("offline-only", "no-online-channel"))
        if item.visits > standard.max_visits:
            found.append(Declared("exceeds-standard", "over-standard", "visits"))
        if item.promised_days > standard.max_promised_days:
            found.append(Declared("exceeds-standard", "over-standard", "promised_days"))
        if sum(1 for m in item.materials if not m.exempt) > standard.max_materials:
            found.append(Declared("exceeds-standard", "over-standard", "materials"))
        if any(level not in standard.levels for level in item.levels):
            found.append(Declared("unauthorized-delegation", "level-not-allowed"))
        if standard.village == "required" and all(loc.level != "village" for loc in item.locations):
            found.append(Declared("village-gap", "no-village-location"))
    if item.entry in BROKEN_ENTRY_KINDS:
        found.append(Declared("online-entry-broken", str(item.entry)))
    if item.abolished is not None:
        found.append(Declared("abolished-item", "matches-abolished"))
    shared = policy.shared_data_materials
    if any(not m.exempt and any(name in m.name for name in shared) for m in item.materials):
        found.append(Declared("shared-data-demanded", "shared-material"))
    if item.online_depth == 4 and item.visits > 0:
        found.append(Declared("depth-visits-contradiction", "depth4-with-visits"))
    if item.promised_days == 0 and item.case_type == "promised":
        found.append(Declared("immediate-case-type-mismatch", "immediate-promised-case"))
    if item.visits > 0 and not item.visit_reason:
        found.append(Declared("visit-reason-missing", "visit-without-reason"))
    return found


def item_outcomes(item: GuideItem, policy: Policy) -> list[ItemOutcome]:
    """Item-level violations of a readable guide: derived ∪ declared, one per rule × dimension,
    named by the scenario's kind where a scenario meant it."""
    if not item.readable:
        return []
    by_key: dict[tuple[str, str | None], ItemOutcome] = {}
    for declared in [*item.violations, *derived_violations(item, policy)]:
        if declared.rule not in ITEM_RULES:
            continue
        key = (declared.rule, declared.dimension)
        by_key.setdefault(key, ItemOutcome(declared.rule, declared.kind, declared.dimension))
    return list(by_key.values())


def _check_item(item: GuideItem, city: City, policy: Policy, problems: list[str]) -> None:
    where = f"{city.id}/{item.item_code} {item.name} {item.scenarios}"
    derived = {(d.rule, d.dimension) for d in derived_violations(item, policy)}
    outcomes = item_outcomes(item, policy)
    fired = {(o.rule, o.dimension) for o in outcomes} | {(o.rule, None) for o in outcomes}
    for declared in item.violations:
        if (
            declared.rule in ITEM_RULES
            and declared.rule not in TEXT_DECLARED_RULES
            and (declared.rule, declared.dimension) not in derived
        ):
            problems.append(f"{where}: declared {declared.rule}/{declared.dimension} is not in the values")
    for declared in item.traps:
        if (declared.rule, declared.dimension) in fired:
            problems.append(f"{where}: trap for {declared.rule} fires")
    if not item.readable and derived:
        problems.append(f"{where}: login-walled guide carries {sorted(map(str, derived))}")
    if item.standard is not None:
        standard = item.standard
        total = len(item.materials)
        if (total > standard.max_materials) != (
            sum(not m.exempt for m in item.materials) > standard.max_materials
        ):
            problems.append(f"{where}: materials count is ambiguous (exempt rows decide it)")
    expected = {item.standard.code} if item.standard else set()
    for seed in policy.standard_items:
        if seed.code in item.item_code and seed.code not in expected:
            problems.append(f"{where}: code contains standard code {seed.code} by accident")
    for abolished in policy.abolished_items:
        if abolished.code in item.item_code and (
            item.abolished is None or item.abolished.code != abolished.code
        ):
            problems.append(f"{where}: code contains abolished code {abolished.code} by accident")
    if item.standard is None and item.abolished is None:
        core = BRACKETED.sub("", item.name)
        names = {s.name for s in policy.standard_items} | {
            a for s in policy.standard_items for a in s.aliases
        }
        names |= {a.name for a in policy.abolished_items}
        if core in names:
            problems.append(f"{where}: local guide is named like a policy item")


def check_province(province: Province) -> None:
    """Raise ``SimulationError`` if the built province does not say what its plan says."""
    problems: list[str] = []
    for city in province.cities:
        codes = [item.item_code for item in city.items]
        if len(set(codes)) != len(codes):
            problems.append(f"{city.id}: item codes repeat (a guide URL or code would name two guides)")
        for item in city.items:
            _check_item(item, city, province.policy, problems)
    problems += cross_city_problems(province)
    if problems:
        raise SimulationError("simulated province is inconsistent:\n  " + "\n  ".join(problems[:40]))
