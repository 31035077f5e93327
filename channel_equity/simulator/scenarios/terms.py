"""Scenarios on a guide's terms: visits, days, materials, shared papers, exercise level,
village centres and the internal contradictions auditors look for.

Traps here sit exactly on the boundary (a value equal to the standard, a shared paper marked
免提交) so that a check using ``>=`` instead of ``>`` or ignoring exemptions is caught.
"""

from __future__ import annotations

from channel_equity.core.observation import MaterialForm
from channel_equity.simulator.catalog import (
    DEPARTMENTS,
    GENERIC_MATERIALS,
    LEGAL_SHARED,
    PERSON_SHARED,
    VISIT_REASONS,
    ItemSeed,
)
from channel_equity.simulator.codes import LEVEL_DIGITS
from channel_equity.simulator.generate import CityBuilder, material_spec
from channel_equity.simulator.model import GuideItem, MaterialSpec
from channel_equity.simulator.scenarios import Scenario, ScenarioContext, as_is, trap, violation

VISITS, DAYS, MATERIALS = frozenset({"visits"}), frozenset({"days"}), frozenset({"materials"})
LEVEL_AND_PLACES, PLACES = frozenset({"level", "locations"}), frozenset({"locations"})
EX, DL, VG, SD = "exceeds-standard", "unauthorized-delegation", "village-gap", "shared-data-demanded"
DV, IC, VR = "depth-visits-contradiction", "immediate-case-type-mismatch", "visit-reason-missing"


def _set_visits(item: GuideItem, visits: int, context: ScenarioContext, reason: bool = True) -> None:
    item.visits = visits
    item.visit_reason = context.rng.choice(VISIT_REASONS[item.serves]) if visits and reason else None
    if visits and item.online_depth == 4:
        item.online_depth = 3


def _set_promised(item: GuideItem, days: int, case_matches: bool = True) -> None:
    item.promised_days = days
    immediate = days == 0
    item.case_type = "immediate" if immediate == case_matches else "promised"


def _materials(item: GuideItem, count: int, context: ScenarioContext) -> list[MaterialSpec]:
    pool = list(item.seed.materials) + [m for m in GENERIC_MATERIALS if m not in item.seed.materials]
    online = "online" in item.channels
    return [material_spec(seed, online, context.rng) for seed in pool[:count]]


def _replace_last_material(item: GuideItem, material: MaterialSpec) -> None:
    item.materials = [*item.materials[:-1], material] if item.materials else [material]


def _shared_name(item: GuideItem, context: ScenarioContext) -> str:
    return context.rng.choice(LEGAL_SHARED if item.serves == "legal" else PERSON_SHARED)


def _shared(note: str | None, *, prefixed: bool = False):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, context: ScenarioContext) -> None:
        name = _shared_name(item, context)
        if prefixed:
            name = ("法定代表人" if name == "营业执照复印件" else "申请人") + name
            name = name.replace("法定代表人营业执照", "申请单位营业执照")
        form: MaterialForm = "electronic" if note and "电子证照" in note else "paper"
        copies = "电子证照" if form == "electronic" else "复印件1份"
        _replace_last_material(
            item,
            MaterialSpec(name, "1", form, copies, "政府部门核发", exempt=note is not None, exempt_note=note),
        )

    return apply


def _relevel(item: GuideItem, context: ScenarioContext, level: str) -> None:
    """Move a guide to a body of another level (new department, code digit and hall)."""
    builder: CityBuilder = context.builder  # type: ignore[assignment]
    department, usci = builder.body(item.dept_key, level, item.county, item.town)  # type: ignore[arg-type]
    suffix = item.item_code[31:]
    item.department = department
    item.name = item.name.removesuffix("（设区的市级权限）")
    item.levels = [level]  # type: ignore[list-item]
    code = usci + LEVEL_DIGITS[level] + item.basic_code + suffix  # type: ignore[index]
    item.item_code = builder.claim_code(code)
    window = DEPARTMENTS[item.dept_key].window
    hall = builder.halls.hall_for(level, item.county, item.town, window)  # type: ignore[arg-type]
    item.locations = [hall, *[loc for loc in item.locations if loc.level == "village"]]


def _exceeds(dimension: str):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, context: ScenarioContext) -> None:
        standard = item.standard
        assert standard is not None
        if dimension == "visits":
            _set_visits(item, standard.max_visits + 1, context)
        elif dimension == "promised_days":
            over = min(standard.statutory_days, standard.max_promised_days + context.rng.randint(1, 5))
            _set_promised(item, max(over, standard.max_promised_days + 1))
        else:
            item.materials = _materials(item, standard.max_materials + context.rng.randint(1, 2), context)

    return apply


def _equal(dimension: str):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, context: ScenarioContext) -> None:
        standard = item.standard
        assert standard is not None
        if dimension == "visits":
            _set_visits(item, standard.max_visits, context)
        elif dimension == "promised_days":
            _set_promised(item, standard.max_promised_days)
        else:
            item.materials = _materials(item, standard.max_materials, context)

    return apply


def _std(predicate=lambda standard, item: True):  # type: ignore[no-untyped-def]
    def eligible(item: GuideItem, _context: ScenarioContext) -> bool:
        return item.standard is not None and predicate(item.standard, item)

    return eligible


def _visits_may_rise(item: GuideItem, _context: ScenarioContext) -> bool:
    """Visits can change without touching offline-only: counter offered and online not required."""
    standard = item.standard
    return "counter" in item.channels and (
        standard is None or (standard.online == "optional" and standard.max_visits >= 1)
    )


def _inconsistent_depth(item: GuideItem, context: ScenarioContext) -> None:
    _set_visits(item, 1, context)
    item.online_depth = 4


def _visit_without_reason(item: GuideItem, context: ScenarioContext) -> None:
    _set_visits(item, 1, context, reason=False)


def _replace_villages(kind: str):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, context: ScenarioContext) -> None:
        builder: CityBuilder = context.builder  # type: ignore[assignment]
        halls = [loc for loc in item.locations if loc.level != "village"]
        villages = builder.seed.villages
        if kind == "town-only":
            item.locations = [builder.halls.town_centre(item.county, item.town)]
        elif kind == "no-village":
            item.locations = halls
        else:
            wanted = next(v for v in villages if v.endswith("社区" if kind == "community" else "村"))
            item.locations = [*halls, builder.halls.village_centre(item.county, item.town, wanted)]

    return apply


def _any(item: GuideItem, context: ScenarioContext) -> bool:
    return True


def _village_required(item: GuideItem, _context: ScenarioContext) -> bool:
    return item.standard is not None and item.standard.village == "required"


def _single_level(levels: tuple[str, ...], at: str):  # type: ignore[no-untyped-def]
    return _std(
        lambda standard, item: (
            standard.levels == levels and item.levels == [at] and standard.village == "optional"
        )
    )


def _optional_online_with_counter(standard: ItemSeed, item: GuideItem) -> bool:
    return standard.online == "optional" and "counter" in item.channels


def _counter_not_online_only(standard: ItemSeed, item: GuideItem) -> bool:
    return standard.online != "only" and "counter" in item.channels


def _days_can_exceed(standard: ItemSeed, item: GuideItem) -> bool:
    return standard.statutory_days > standard.max_promised_days


def _at_lower_allowed_level(standard: ItemSeed, item: GuideItem) -> bool:
    return len(standard.levels) > 1 and item.levels == [standard.levels[1]]


def _at_upper_of_several_levels(standard: ItemSeed, item: GuideItem) -> bool:
    return len(standard.levels) > 1 and item.levels == [standard.levels[0]]


def _city_item_without_village_duty(standard: ItemSeed, item: GuideItem) -> bool:
    return item.levels == ["city"] and standard.village == "optional"


def _village_duty_below_city(standard: ItemSeed, item: GuideItem) -> bool:
    return standard.village == "required" and item.levels != ["city"]


def _no_village_duty_nor_centre(standard: ItemSeed, item: GuideItem) -> bool:
    return standard.village == "optional" and all(loc.level != "village" for loc in item.locations)


def _online_visits_may_rise(item: GuideItem, context: ScenarioContext) -> bool:
    return _visits_may_rise(item, context) and "online" in item.channels


def _fully_online_without_visits(item: GuideItem, _context: ScenarioContext) -> bool:
    return item.online_depth == 4 and item.visits == 0


def _visits_with_reason(item: GuideItem, _context: ScenarioContext) -> bool:
    return item.visits > 0 and item.visit_reason is not None


def _no_visits(item: GuideItem, _context: ScenarioContext) -> bool:
    return item.visits == 0


def _relevel_to(level: str):  # type: ignore[no-untyped-def]
    return lambda item, context: _relevel(item, context, level)


def _all_allowed_levels(item: GuideItem, _context: ScenarioContext) -> None:
    assert item.standard is not None
    item.levels = list(item.standard.levels)


def _immediate_with_promised_case(item: GuideItem, _context: ScenarioContext) -> None:
    _set_promised(item, 0, case_matches=False)


def _immediate(item: GuideItem, _context: ScenarioContext) -> None:
    _set_promised(item, 0)


# fmt: off
TERM_SCENARIOS: tuple[Scenario, ...] = (
    Scenario("visits-over", VISITS, _std(_optional_online_with_counter), _exceeds("visits"),
             violations=violation(EX, "visits-over", "visits")),
    Scenario("visits-equal", VISITS, _std(_counter_not_online_only), _equal("visits"),
             traps=trap(EX, kind="visits-equal", dimension="visits")),
    Scenario("promised-over", DAYS, _std(_days_can_exceed), _exceeds("promised_days"),
             violations=violation(EX, "promised-over", "promised_days")),
    Scenario("promised-equal", DAYS, _std(), _equal("promised_days"),
             traps=trap(EX, kind="promised-equal", dimension="promised_days")),
    Scenario("materials-over", MATERIALS, _std(), _exceeds("materials"),
             violations=violation(EX, "materials-over", "materials")),
    Scenario("materials-equal", MATERIALS, _std(), _equal("materials"),
             traps=trap(EX, kind="materials-equal", dimension="materials")),
    Scenario("shared-copy-demanded", MATERIALS, _std(), _shared(None),
             violations=violation(SD, "shared-copy-demanded")),
    Scenario("shared-prefixed-name", MATERIALS, _std(), _shared(None, prefixed=True),
             violations=violation(SD, "shared-prefixed-name")),
    Scenario("shared-exempt", MATERIALS, _std(), _shared("免提交"), traps=trap(SD, kind="shared-exempt")),
    Scenario("shared-via-sharing", MATERIALS, _std(), _shared("由部门共享获取"),
             traps=trap(SD, kind="shared-via-sharing")),
    Scenario("shared-e-licence", MATERIALS, _std(), _shared("已关联电子证照，免提交"),
             traps=trap(SD, kind="shared-e-licence")),
    Scenario("county-exercises-city-item", LEVEL_AND_PLACES, _single_level(("city",), "city"),
             _relevel_to("county"), violations=violation(DL, "county-exercises-city-item")),
    Scenario("town-exercises-county-item", LEVEL_AND_PLACES, _single_level(("county",), "county"),
             _relevel_to("town"), violations=violation(DL, "town-exercises-county-item")),
    Scenario("allowed-lower-level", LEVEL_AND_PLACES, _std(_at_lower_allowed_level), as_is,
             traps=trap(DL, kind="allowed-lower-level")),
    Scenario("multi-level-allowed", LEVEL_AND_PLACES, _std(_at_upper_of_several_levels), _all_allowed_levels,
             traps=trap(DL, kind="multi-level-allowed")),
    Scenario("village-location-city-item", LEVEL_AND_PLACES, _std(_city_item_without_village_duty),
             _replace_villages("village"), traps=trap(DL, kind="village-location-city-item")),
    Scenario("no-village-location", PLACES, _village_required, _replace_villages("no-village"),
             violations=violation(VG, "no-village-location")),
    Scenario("town-centre-only", PLACES, _std(_village_duty_below_city), _replace_villages("town-only"),
             violations=violation(VG, "town-centre-only")),
    Scenario("community-centre", PLACES, _village_required, _replace_villages("community"),
             traps=trap(VG, kind="community-centre")),
    Scenario("village-station", PLACES, _village_required, _replace_villages("village"),
             traps=trap(VG, kind="village-station")),
    Scenario("village-optional-without", PLACES, _std(_no_village_duty_nor_centre), as_is,
             traps=trap(VG, kind="village-optional-without")),
    Scenario("depth4-with-visits", VISITS, _online_visits_may_rise, _inconsistent_depth,
             violations=violation(DV, "depth4-with-visits")),
    Scenario("immediate-promised-case", DAYS, _any, _immediate_with_promised_case,
             violations=violation(IC, "immediate-promised-case")),
    Scenario("visit-without-reason", VISITS, _visits_may_rise, _visit_without_reason,
             violations=violation(VR, "visit-without-reason")),
    Scenario("depth4-zero-visits", VISITS, _fully_online_without_visits, as_is,
             traps=trap(DV, kind="depth4-zero-visits")),
    Scenario("immediate-consistent", DAYS, _any, _immediate,
             traps=trap(IC, kind="immediate-consistent")),
    Scenario("visit-with-reason", VISITS, _visits_with_reason, as_is,
             traps=trap(VR, kind="visit-with-reason")),
    Scenario("zero-visits-reason-none", VISITS, _no_visits, as_is,
             traps=trap(VR, kind="zero-visits-reason-none")),
)
# fmt: on
