"""Channel scenarios: forced online-only, forced offline, and the wordings that only look so.

Policy reading used throughout (and stated in the truth): ``online-only`` fires when a
standard item that is not allowed online-only offers no counter channel or says the counter
will not accept it; ``offline-only`` fires when an item whose standard requires online
handling offers no online channel or says an in-person visit is needed anyway. Online
booking (网上预约) is not an online channel.
"""

from __future__ import annotations

from channel_equity.simulator.catalog import VISIT_REASONS
from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.scenarios import Scenario, ScenarioContext, as_is, trap, violation

CHANNELS = frozenset({"channels", "visits"})
CHANNELS_AND_ENTRY = frozenset({"channels", "visits", "entry"})
CHANNELS_AND_PLACES = frozenset({"channels", "visits", "locations"})

ONLY_ONLINE_TEXT = "本事项仅受理网上申请，窗口不再接收纸质材料"
MIXED_TEXT = "可网上申请，也可到窗口办理"
BOOKING_TEXT = "网上预约后到窗口办理"
SELF_ONLY_TEXT = "仅限本人办理，不得委托他人代办"
FULLY_ONLINE_TEXT = "本事项实行全程网上办理，申请人可随时在线提交申请"
DEMANDS_VISIT_TEXT = "网上预审通过后，请携带全部材料原件及复印件到窗口办理"
EXPRESS_TEXT = "网上申请后，证件可快递送达，无需到现场"


def _policy_online(*allowed: str):  # type: ignore[no-untyped-def]
    def eligible(item: GuideItem, _context: ScenarioContext) -> bool:
        return (
            item.standard is not None
            and item.standard.online in allowed
            and item.standard.village == "optional"
        )

    return eligible


def _go_online_only(item: GuideItem, keep_counter: bool = False) -> None:
    item.channels = ["counter", "online"] if keep_counter else ["online"]
    item.online_available = True
    item.entry = item.entry or "form"
    item.online_depth = 4
    item.visits, item.visit_reason = 0, None
    item.express = False


def _ensure_online(item: GuideItem) -> None:
    """Add an online channel (Ⅲ级, visits unchanged) to a counter-only guide."""
    if "online" not in item.channels:
        item.channels = [*item.channels, "online"]
        item.online_available = True
        item.entry = "form"
        item.online_depth = 3 if item.visits else 4


def _counter_only(
    item: GuideItem, context: ScenarioContext, *, visits: int = 1, online_flag: bool = False
) -> None:
    item.channels = ["counter"]
    item.online_available = online_flag
    item.entry = None
    item.online_depth = None
    item.visits = visits
    item.visit_reason = context.rng.choice(VISIT_REASONS[item.serves]) if visits else None


def online_channel_only(item: GuideItem, _context: ScenarioContext) -> None:
    _go_online_only(item)
    item.channel_text = ONLY_ONLINE_TEXT


def no_counter_no_location(item: GuideItem, _context: ScenarioContext) -> None:
    _go_online_only(item)
    item.locations = []


def counter_refused_text(item: GuideItem, context: ScenarioContext) -> None:
    _go_online_only(item, keep_counter=True)
    item.channel_text = f"请登录{context.city.site_title}在线申报，现场不予受理"


def location_online_only(item: GuideItem, _context: ScenarioContext) -> None:
    _go_online_only(item)
    first = item.locations[0]
    first.name = f"{first.name}C{len(item.name) % 9 + 1}窗口（仅网办）"


def mixed_wording(item: GuideItem, _context: ScenarioContext) -> None:
    _ensure_online(item)
    item.channel_text = MIXED_TEXT


def booking_then_counter(item: GuideItem, context: ScenarioContext) -> None:
    _counter_only(item, context)
    item.appointment = True
    item.channel_text = BOOKING_TEXT


def self_only(item: GuideItem, _context: ScenarioContext) -> None:
    _ensure_online(item)
    item.channel_text = SELF_ONLY_TEXT


def fully_online_permitted(item: GuideItem, _context: ScenarioContext) -> None:
    _go_online_only(item)
    item.channel_text = FULLY_ONLINE_TEXT


def counter_only(item: GuideItem, context: ScenarioContext) -> None:
    _counter_only(item, context)


def counter_and_post(item: GuideItem, context: ScenarioContext) -> None:
    _counter_only(item, context, visits=0)
    item.channels = ["counter", "post"]
    item.express = True


def demands_visit(item: GuideItem, context: ScenarioContext) -> None:
    item.online_depth = 3
    item.visits, item.visit_reason = 1, "需本人到现场核验身份"
    item.channel_text = DEMANDS_VISIT_TEXT


def online_flag_counter_channel(item: GuideItem, context: ScenarioContext) -> None:
    _counter_only(item, context, online_flag=True)


def express_delivery(item: GuideItem, _context: ScenarioContext) -> None:
    item.channels = ["counter", "online", "post"]
    item.express = True
    item.channel_text = EXPRESS_TEXT


def _counter_only_already(item: GuideItem, context: ScenarioContext) -> bool:
    return _policy_online("optional")(item, context) and item.channels == ["counter"]


def _optional_with_visits(item: GuideItem, context: ScenarioContext) -> bool:
    return (
        _policy_online("optional")(item, context)
        and item.standard is not None
        and item.standard.max_visits >= 1
    )


OO, OF = "online-only", "offline-only"

# fmt: off
CHANNEL_SCENARIOS: tuple[Scenario, ...] = (
    Scenario("online-channel-only", CHANNELS, _policy_online("required", "optional"), online_channel_only,
             violations=violation(OO, "online-channel-only")),
    Scenario("no-counter-no-location", CHANNELS_AND_PLACES, _policy_online("required", "optional"),
             no_counter_no_location, violations=violation(OO, "no-counter-no-location")),
    Scenario("counter-refused-text", CHANNELS, _policy_online("required", "optional"), counter_refused_text,
             violations=violation(OO, "counter-refused-text")),
    Scenario("location-online-only", CHANNELS_AND_PLACES, _policy_online("required", "optional"),
             location_online_only, violations=violation(OO, "location-online-only")),
    Scenario("mixed-channel-wording", CHANNELS, _policy_online("optional"), mixed_wording,
             traps=trap(OO, kind="mixed-channel-wording")),
    Scenario("mixed-channel-required", CHANNELS, _policy_online("required"), mixed_wording,
             traps=trap(OO, OF, kind="mixed-channel-wording")),
    Scenario("booking-then-counter", CHANNELS_AND_ENTRY, _optional_with_visits, booking_then_counter,
             traps=trap(OO, OF, kind="online-booking-only")),
    Scenario("self-only", CHANNELS, _policy_online("optional", "required"), self_only,
             traps=trap(OO, OF, kind="self-only")),
    Scenario("online-only-permitted", CHANNELS, _policy_online("only"), fully_online_permitted,
             traps=trap(OO, kind="online-only-permitted")),
    Scenario("counter-only", CHANNELS_AND_ENTRY, _policy_online("required"), counter_only,
             violations=violation(OF, "counter-only")),
    Scenario("counter-and-post", CHANNELS_AND_ENTRY, _policy_online("required"), counter_and_post,
             violations=violation(OF, "counter-and-post")),
    Scenario("booking-only", CHANNELS_AND_ENTRY, _policy_online("required"), booking_then_counter,
             violations=violation(OF, "booking-only")),
    Scenario("demands-visit", CHANNELS, _policy_online("required"), demands_visit,
             violations=violation(OF, "demands-visit")),
    Scenario("online-flag-counter-channel", CHANNELS_AND_ENTRY, _policy_online("required"),
             online_flag_counter_channel, violations=violation(OF, "online-flag-counter-channel")),
    Scenario("optional-counter-only", CHANNELS, _counter_only_already, as_is,
             traps=trap(OF, kind="policy-optional-counter-only")),
    Scenario("express-delivery-text", CHANNELS, _policy_online("required"), express_delivery,
             traps=trap(OF, OO, kind="express-delivery-text")),
)
# fmt: on
