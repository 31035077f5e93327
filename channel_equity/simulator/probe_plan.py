"""Which city gets which probe-facing features (``portal_features``): its channels and their
state, how its site search behaves, slow pages and accessibility defects — planned per portal
style, as the guide scenarios are, and applied last, so that no seeded choice made before
(items, scenarios, shares) moves.

The demo plan, one city per style:

* channels: 8 zombies (3 not updated for over a year, one of them 380 days ago, just over
  it; 3 whose APK link answers 404; 2 apps listed without any download) beside 10 in use (one
  updated 350 days ago, just inside the year);
* search: the GBK portal's search finds nothing, the department-table portal's results lead
  to the guide only through three choice pages; the six others list the guide at once;
* slow pages: the tabbed portal answers its home page and its first guide in 2.5 s, the table
  portal an online entry in 2.2 s; the definition-list portal its home page in 0.7 s and the
  Hanweb portal an online entry in 0.8 s (both under the 1.5 s threshold);
* accessibility: the bracket portal's home page has image links without ``alt`` and an
  icon button without text; the Hanweb portal's application form (of its search-journey
  item) has fields without labels; every other page is clean.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from channel_equity.simulator.model import City, GuideItem
from channel_equity.simulator.portal_features import (
    REFERENCE_DATE,
    AxeDefect,
    ChannelKind,
    Download,
    MobileChannel,
    PortalFeatures,
    SearchKind,
    SlowPage,
)
from channel_equity.simulator.scenarios import SimulationError

Variant = Literal["app", "old-app", "wechat-mini", "alipay-mini", "public-account"]
KINDS: dict[Variant, ChannelKind] = {
    "app": "app",
    "old-app": "app",
    "wechat-mini": "mini-program",
    "alipay-mini": "mini-program",
    "public-account": "public-account",
}


@dataclass(frozen=True)
class ChannelPlan:
    variant: Variant
    download: Download
    age_days: int


@dataclass(frozen=True)
class CityProbePlan:
    channels: tuple[ChannelPlan, ...]
    search: SearchKind = "working"
    slow_pages: tuple[SlowPage, ...] = ()
    axe_defects: tuple[AxeDefect, ...] = ()


# fmt: off
DEMO_PROBE_PLAN: dict[str, CityProbePlan] = {
    "table": CityProbePlan((ChannelPlan("app", "working", 40), ChannelPlan("wechat-mini", "qr", 120),
                            ChannelPlan("public-account", "qr", 900)),
                           slow_pages=(SlowPage("entry", 2.2),)),
    "deflist": CityProbePlan((ChannelPlan("app", "dead", 60), ChannelPlan("public-account", "qr", 30)),
                             slow_pages=(SlowPage("home", 0.7),)),
    "bracket": CityProbePlan((ChannelPlan("app", "working", 350), ChannelPlan("old-app", "missing", 500)),
                             axe_defects=(AxeDefect("image-alt", "home"), AxeDefect("button-name", "home"))),
    "tabbed": CityProbePlan((ChannelPlan("app", "working", 380), ChannelPlan("wechat-mini", "qr", 15)),
                            slow_pages=(SlowPage("home", 2.5), SlowPage("guide", 2.5))),
    "spa": CityProbePlan((ChannelPlan("app", "working", 10), ChannelPlan("old-app", "dead", 1200))),
    "legacy": CityProbePlan((ChannelPlan("app", "missing", 700), ChannelPlan("public-account", "qr", 1500)),
                            search="finds-nothing"),
    "hanweb": CityProbePlan((ChannelPlan("app", "working", 25), ChannelPlan("wechat-mini", "qr", 200),
                             ChannelPlan("public-account", "qr", 90)),
                            slow_pages=(SlowPage("entry", 0.8),),
                            axe_defects=(AxeDefect("label", "entry-form"),)),
    "table_login": CityProbePlan((ChannelPlan("app", "dead", 400), ChannelPlan("alipay-mini", "qr", 45)),
                                 search="deep"),
}
# fmt: on


def channel_name(city: City, variant: Variant) -> str:
    return {
        "app": f"{city.app_name}APP",
        "old-app": f"{city.name[:-1]}掌上办APP",
        "wechat-mini": f"{city.app_name}微信小程序",
        "alipay-mini": f"{city.app_name}支付宝小程序",
        "public-account": f"{city.name}政务服务公众号",
    }[variant]


def mobile_channel(city: City, plan: ChannelPlan) -> MobileChannel:
    kind = KINDS[plan.variant]
    version = f"V{2 + plan.age_days % 3}.{plan.age_days % 10}.{plan.age_days % 4}" if kind == "app" else None
    return MobileChannel(
        name=channel_name(city, plan.variant),
        kind=kind,
        slug=f"{city.id}-{plan.variant}",
        version=version,
        updated=REFERENCE_DATE - datetime.timedelta(days=plan.age_days),
        download=plan.download,
    )


def journey_item(city: City) -> GuideItem:
    """The guide a citizen looks for with the site search: an untouched standard item with a
    plain working web form, not the city's first listed guide (the one a slow page may be)."""
    readable = city.readable_items()
    for item in readable[1:]:
        if item.entry == "form" and item.captcha is None and not item.scenarios and item.standard is not None:
            return item
    raise SimulationError(f"{city.id}: no untouched guide with a working form for the search journey")


def apply_probe_plan(cities: Sequence[City], plans: Mapping[str, CityProbePlan]) -> None:
    """Give every up city whose style the plan names its features."""
    for city in cities:
        plan = plans.get(city.style)
        if not city.up or plan is None:
            continue
        city.features = PortalFeatures(
            channels=tuple(mobile_channel(city, channel) for channel in plan.channels),
            search=plan.search,
            journey_code=journey_item(city).item_code,
            slow_pages=plan.slow_pages,
            axe_defects=plan.axe_defects,
        )
