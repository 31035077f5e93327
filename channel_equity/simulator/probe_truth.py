"""The ground truth of what the headless-browser probes must conclude (``truth["probe"]``), and
what a probe needs to know of each portal to be scored without guessing.

The top-level ``violations`` and ``traps`` are what the monitor concludes from its crawl; the
probe section lists only what the probes add: outcomes of the probe rules (``separate-login``,
``captcha-no-alternative``, ``zombie-channel``, ``accessibility``, ``slow-page``,
``excess-steps``) and the cases of crawl rules that show only once a page's script runs (an
entry whose loading page goes on to a maintenance page, a blank shell, a script-built QR code).
Score probes against ``violations + probe.violations`` and ``traps + probe.traps``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from channel_equity.simulator.model import City, GuideItem, Province
from channel_equity.simulator.portal_features import PROBE_THRESHOLDS, REFERENCE_DATE, PortalFeatures
from channel_equity.simulator.styles.base import PortalApp
from channel_equity.simulator.styles.identity import LOGIN_PATH
from channel_equity.simulator.styles.service_pages import CHOICE_PAGES, FAQ_PATH, MOBILE_PATH, SEARCH_PATH

EB, AO, SL, CN = "online-entry-broken", "app-only-entry", "separate-login", "captcha-no-alternative"
ZOMBIE, AXE, SLOW, STEPS = "zombie-channel", "accessibility", "slow-page", "excess-steps"
PROBE_RULES = (SL, CN, ZOMBIE, AXE, SLOW, STEPS)
"""The rules only the probes judge (design.md's catalogue); EB and AO are crawl rules the
probes add cases to."""
JOURNEY_KINDS = {"working": "short-journey", "finds-nothing": "search-finds-nothing", "deep": "deep-journey"}


@dataclass(frozen=True)
class ProbeOutcome:
    """What a probe concludes from an entry kind or a form's CAPTCHA: an item-level outcome, or
    (``on_entry``) a page-level one on the entry page."""

    rule: str
    kind: str
    violation: bool
    on_entry: bool = False


ENTRY_OUTCOMES: dict[str, ProbeOutcome] = {
    "login-form": ProbeOutcome(SL, "embedded-unified-login", False),  # its form posts to the identity service
    "unified-login-form": ProbeOutcome(SL, "unified-login-form", False),
    "city-account-login": ProbeOutcome(SL, "city-account", True),
    "script-maintenance": ProbeOutcome(EB, "script-maintenance", True),
    "blank-shell": ProbeOutcome(EB, "blank-shell", True),
    "qr-only": ProbeOutcome(AO, "qr-only-entry", True, on_entry=True),
}
CAPTCHA_OUTCOMES: dict[str, ProbeOutcome] = {
    "image": ProbeOutcome(CN, "image-captcha", True, on_entry=True),
    "image-audio": ProbeOutcome(CN, "captcha-with-audio", False, on_entry=True),
    "slider": ProbeOutcome(CN, "slider-captcha", True, on_entry=True),
}


def _entry(rule: str, city: City, kind: str, item_code: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"rule": rule, "city": city.id, "item_code": item_code, "dimension": None, "kind": kind, **extra}


def item_probe_outcomes(item: GuideItem, city: City, app: PortalApp) -> list[tuple[bool, dict[str, Any]]]:
    """(is a violation, outcome) of one readable guide's online entry."""
    found = [ENTRY_OUTCOMES[str(item.entry)]] if item.entry in ENTRY_OUTCOMES else []
    found += [CAPTCHA_OUTCOMES[item.captcha]] if item.captcha else []
    return [
        (
            outcome.violation,
            _entry(outcome.rule, city, outcome.kind, path=app.entry_path(item))
            if outcome.on_entry
            else _entry(outcome.rule, city, outcome.kind, item.item_code),
        )
        for outcome in found
    ]


def journey(features: PortalFeatures, app: PortalApp) -> dict[str, Any]:
    """Home → the site search for the item's name → (the deep portal's choice pages) → the guide
    → its 在线办理 button: the pages a citizen loads, and whether the guide is reached."""
    item = app.by_code[features.journey_code]
    query = item.name
    steps = ["/", f"{SEARCH_PATH}?{urlencode({'q': query})}"]
    if features.search == "deep":
        chosen = f"?code={item.item_code}"
        steps += [
            f"{SEARCH_PATH}/{CHOICE_PAGES[0]}{chosen}",
            f"{SEARCH_PATH}/{CHOICE_PAGES[1]}{chosen}&area=0",
            f"{SEARCH_PATH}/{CHOICE_PAGES[2]}{chosen}&area=0&town=0",
        ]
    reaches = features.search != "finds-nothing"
    if reaches:
        steps += [app.guide_path(item), str(app.entry_path(item))]
    return {
        "query": query,
        "item_code": item.item_code,
        "guide_path": app.guide_path(item),
        "entry_path": app.entry_path(item),
        "search": features.search,
        "reaches_guide": reaches,
        "steps": steps,
        "page_loads": len(steps) if reaches else None,
    }


def audited_pages(features: PortalFeatures, app: PortalApp) -> dict[str, str]:
    """Page kind -> path of the pages whose accessibility the truth states (``entry-form``: the
    city's application form template, which every working entry shares; the journey item's entry
    stands for it)."""
    return {"home": "/", "entry-form": str(app.entry_path(app.by_code[features.journey_code]))}


def city_probe_outcomes(city: City, app: PortalApp) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(violations, traps) of a probed portal's features: channels, accessibility, slow pages
    and the search journey."""
    features = city.features
    if features is None:
        return [], []
    violations: list[dict[str, Any]] = []
    traps: list[dict[str, Any]] = []
    zombie_days = int(PROBE_THRESHOLDS["zombie_channel_days"])
    for channel in features.channels:
        state = channel.state(zombie_days)
        found = _entry(ZOMBIE, city, state, path=MOBILE_PATH, channel=channel.name)
        (traps if state == "recently-updated" else violations).append(found)
    for page, path in audited_pages(features, app).items():
        defects = [d.rule for d in features.axe_defects if d.page == page]
        violations += [_entry(AXE, city, rule, path=path) for rule in defects]
        traps += [] if defects else [_entry(AXE, city, "axe-clean", path=path)]
    threshold = float(PROBE_THRESHOLDS["slow_page_seconds"])
    for path, slow in app.service_pages.slow_pages_by_path().items():
        if slow.seconds > threshold:
            violations.append(_entry(SLOW, city, f"slow-{slow.target}-page", path=path))
        else:
            traps.append(_entry(SLOW, city, "slow-under-threshold", path=path))
    kind = JOURNEY_KINDS[features.search]
    (traps if features.search == "working" else violations).append(_entry(STEPS, city, kind))
    return violations, traps


def city_probe_facts(city: City, app: PortalApp) -> dict[str, Any]:
    """What a probe of one up portal needs to be scored without guessing."""
    features = city.features
    facts: dict[str, Any] = {
        "id": city.id,
        "home": "/",
        "catalogue": app.listing_paths()[1],
        "entries": [
            {
                "item_code": item.item_code,
                "entry_path": app.entry_path(item),
                "entry_kind": item.entry,
                "captcha": item.captcha,
            }
            for item in city.readable_items()
            if item.entry
        ],
        "probed": features is not None,
    }
    if features is None:
        return facts
    zombie_days = int(PROBE_THRESHOLDS["zombie_channel_days"])
    facts.update(
        faq=FAQ_PATH,
        channels_page=MOBILE_PATH,
        channels=[
            {
                "name": c.name,
                "kind": c.kind,
                "version": c.version,
                "updated": c.updated.isoformat(),
                "download": c.download_path,
                "download_works": c.download == "working",
                "state": c.state(zombie_days),
            }
            for c in features.channels
        ],
        search={"path": SEARCH_PATH, "parameter": "q", "behaviour": features.search},
        journey=journey(features, app),
        slow_pages=[{"path": path, "seconds": s} for path, s in app.service_pages.slow_paths().items()],
        accessibility={
            "audited": list(audited_pages(features, app).values()),
            "defects": [
                {"rule": d.rule, "path": audited_pages(features, app)[d.page]} for d in features.axe_defects
            ],
        },
    )
    return facts


def probe_truth(province: Province, apps: dict[str, PortalApp], identity_host: str | None) -> dict[str, Any]:
    """``truth["probe"]``: the reference date and thresholds, where the identity service is,
    per-city facts, and the probes' violations and traps."""
    violations: list[dict[str, Any]] = []
    traps: list[dict[str, Any]] = []
    cities = []
    for city in province.cities:
        app = apps.get(city.id)
        if app is None:
            continue
        for item in city.readable_items():
            for violation, outcome in item_probe_outcomes(item, city, app):
                (violations if violation else traps).append(outcome)
        city_violations, city_traps = city_probe_outcomes(city, app)
        violations += city_violations
        traps += city_traps
        cities.append(city_probe_facts(city, app))
    return {
        "today": REFERENCE_DATE.isoformat(),
        "thresholds": dict(PROBE_THRESHOLDS),
        "identity": {"host": identity_host, "login_path": LOGIN_PATH},
        "cities": cities,
        "violations": violations,
        "traps": traps,
    }
