"""The ground truth: what a perfect crawler reads on every guide (``GuideObservation``
fields, normalised) and what a perfect rule set concludes, dumped from the same objects the
portal pages are rendered from.

Format (JSON, UTF-8)::

    {"seed", "province": {id, name}, "policy": {...config policy block...},
     "cities": [{"id", "name", "style", "up", "outage", "front_door", "charset", "immediate_share",
                 "robots_disallow", "crawler_traps",
                 "items": [{<GuideObservation fields>, "guide_path", "login_wall",
                 "standard_code", "abolished_code", "online_entry_kind", "online_entry_broken",
                 "captcha", "notices", "scenarios"}], "portal_signals": [{"rule", "path", "excerpt"}]}],
     "violations": [{"rule", "city", "item_code", "dimension", "kind"[, "path"]}],
     "traps": [{"rule", "city", "item_code", "dimension", "kind"[, "path"]}],
     "cross_city": {"min_cities", "visits_excess", "days_excess", "materials_excess", "majority_share"},
     "probe": {"today", "thresholds", "identity": {"host", "login_path"},
               "cities": [{"id", "home", "catalogue", "probed", "entries": [{"item_code", "entry_path",
                           "entry_kind", "captcha"}], and for a probed portal "faq", "channels_page",
                           "channels": [{"name", "kind", "version", "updated", "download",
                           "download_works", "state"}], "search": {"path", "parameter", "behaviour"},
                           "journey": {"query", "item_code", "guide_path", "entry_path", "search",
                           "reaches_guide", "steps", "page_loads"}, "slow_pages": [{"path", "seconds"}],
                           "accessibility": {"audited", "defects": [{"rule", "path"}]}}],
               "violations": [...], "traps": [...]},
     "complaints": [{"city_id", "item_code", "item_name", "claim", "text", "expected", "rule"}]}

``complaints`` are citizens' complaints with the verdict a re-check must reach
(``simulator.complaints``): per claim kind one ``substantiated`` and one ``not-reproduced``,
and one about an item no guide names (``unknown-item``: refused when recorded).

``url``, ``online_entry_url`` and ``path`` are path+query relative to the portal origin.
Item-level outcomes carry the item code; portal- and page-level ones have ``item_code: null``
and, for page-level ones (legacy-browser-required, app-only-entry, login-wall), the ``path``
of the page that shows the signal: the URL the crawler asked for, so a guide behind a login
wall that redirects to ``/login?redirect=…`` is listed under the guide's own path; an online
entry's own page where the signal is there (a user-agent check that blocks Chromium, a QR code
beside a web form). The GBK legacy portal demands IE on every page it serves: listings,
guides, its home alias ``/index.jsp``, the news pages and, in a probed province, its FAQ and
mobile channels pages. A probed portal's FAQ names IE among the browsers it supports and its
mobile page shows QR codes beside the web channel: traps for legacy-browser-required and
app-only-entry. Only exceeds-standard outcomes (visits / promised_days / materials) and
cross-city-divergence ones (those and online_available / fee) carry a ``dimension``, and traps on
them carry the dimension they sit on; the consistency rules (depth-visits-contradiction,
immediate-case-type-mismatch, visit-reason-missing) are one rule id each with ``dimension: null``.

Cross-city outcomes (``divergence``) compare the readable guides of up cities that implement no
standard item, an item being its basic code (a city listing two guides of it is left out of it):
a ``cross-city-divergence`` violation is a city's guide worse than the median of the cities
stating the value (visits, promised days, demanded materials) by more than the excess, or not
handled online / charging a fee where more than the majority share of them say the other.
``cross_city`` holds the thresholds the outcomes assume (the rule's defaults); a violation's
kind is the scenario that planted it, or ``incidental-<dimension>`` where a base value drawn at
random per city diverges (the demo has a few). Traps on the rule are the look-alikes a province
built for it plants (``simulator.cross_city``).

City-level outcomes: a down city (``up: false``) is one ``portal-unreachable`` violation whose
kind is its ``outage`` (``connection-refused``: nothing listens; ``http-503``: every request
answers 503) and nothing else — nothing was observable. The violation is the province as it
stands, down night after night: a monitor finds it once scans on several nights failed (the
rule's window), while a single scan shows the city's coverage gap. Every up city is a
``portal-unreachable`` trap whose kind names its ``front_door`` (``portal-reachable``;
``transient-503``: the home page answers 503 to the first request only; ``robots-404``;
``home-redirect``: '/' redirects to '/index.html'). ``immediate-share-low`` is a violation or
a trap of every up city.

The top-level ``violations`` and ``traps`` are what the monitor must conclude from its crawl
(pages as a server returns them). ``probe`` holds what the headless-browser probes add
(``probe_truth``): the probe rules' outcomes (``separate-login``, ``captcha-no-alternative``,
``zombie-channel`` — with a ``channel`` naming the app or account —, ``accessibility`` — the
kind is the axe-core rule id —, ``slow-page``, ``excess-steps``) and the online-entry-broken
and app-only-entry cases that show only once a page's script runs; score probes against both
lists. ``today`` is the date channel updates are judged against (never the wall clock);
``thresholds`` the slow-page seconds, journey steps and zombie days the outcomes assume;
``identity.host`` where the unified identity service ran (null in a truth written without
serving: the config's ``policy.unified_login_hosts`` names it). An entry's ``online_entry_broken``
is true for the entries broken only in a browser too (``script-maintenance``, ``blank-shell``),
whose outcome is in ``probe``.

Normalisation: ``visit_reason`` is null where the guide says 无; ``online_depth`` null where
the guide shows no depth; ``basic_code`` null where the portal shows no separate 基本编码;
``channels`` never counts online booking (网上预约) as an online channel; ``materials[].exempt``
is true for 免提交 / 由部门共享获取 / 已关联电子证照. Items behind a login wall keep the values
of the hidden guide (``login_wall: true``) but no item-level outcomes: nothing was observable.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from channel_equity.simulator.complaints import truth_complaints
from channel_equity.simulator.divergence import CROSS_CITY_RULE, THRESHOLDS, cross_city_outcomes
from channel_equity.simulator.labels import raw_fields
from channel_equity.simulator.model import (
    BROKEN_ENTRY_KINDS,
    SCRIPT_BROKEN_ENTRY_KINDS,
    City,
    GuideItem,
    Province,
)
from channel_equity.simulator.probe_truth import PROBE_RULES, probe_truth
from channel_equity.simulator.styles import portal_app
from channel_equity.simulator.styles.base import ROBOTS_DISALLOWED, PortalApp
from channel_equity.simulator.styles.entries import UA_SNIFF_NOTICE
from channel_equity.simulator.styles.legacy import LEGACY_NOTICE
from channel_equity.simulator.styles.service_pages import FAQ_PATH, MOBILE_PATH
from channel_equity.simulator.verdicts import CATALOGUE_RULES, PAGE_RULES, item_outcomes

LOGIN_WALL_EXCERPT = "请先登录后查看办事指南"
UNREACHABLE_RULE = "portal-unreachable"
REACHABLE_KINDS = {
    "plain": "portal-reachable",
    "transient-503": "transient-503",
    "robots-404": "robots-404",
    "home-redirect": "home-redirect",
}
SIGNAL_NOTICES = {
    "app-only-entry": frozenset({"app-only", "mobile-only", "app-only-no-counter"}),
    "legacy-browser-required": frozenset({"ie-control", "ie-trusted-site"}),
}
ENTRY_SIGNAL_EXCERPTS = {"ua-sniff-blocks-chromium": UA_SNIFF_NOTICE}
"""What an online entry's own page says (in its script) for a signal declared on it."""
CHROME_TRAPS = (
    ("html5shiv", "legacy-browser-required", "ie-polyfill-comment"),
    ("modern_browser_hint", "legacy-browser-required", "ie-no-longer-supported"),
    ("footer_app_badge", "app-only-entry", "footer-app-badge"),
    ("login_links", "login-wall", "login-register-links"),
)


def item_truth(item: GuideItem, city: City, app: PortalApp) -> dict[str, Any]:
    """One guide as a perfect crawler would report it, plus how it was made."""
    return {
        "url": app.guide_path(item),
        "item_code": item.item_code,
        "basic_code": item.basic_code if "basic_code" in city.labels else None,
        "name": item.name,
        "item_type": item.item_type,
        "department": item.department,
        "levels": list(item.levels),
        "channels": list(item.channels),
        "online_available": item.online_available,
        "online_entry_url": app.entry_path(item),
        "online_depth": item.online_depth,
        "visits": item.visits,
        "visit_reason": item.visit_reason,
        "statutory_days": item.statutory_days,
        "promised_days": item.promised_days,
        "case_type": item.case_type,
        "fee": item.fee,
        "appointment": item.appointment,
        "express": item.express,
        "materials": [
            {
                "name": m.name,
                "form": m.form,
                "copies": m.copies,
                "source": m.source,
                "exempt": m.exempt,
                "necessity": m.necessity,
            }
            for m in item.materials
        ],
        "locations": [
            {
                "name": loc.name,
                "level": loc.level,
                "address": loc.address,
                "hours": loc.hours,
                "phone": loc.phone,
            }
            for loc in item.locations
        ],
        "channel_text": item.channel_text,
        "raw_fields": raw_fields(item, city),
        "provenance": {},  # the simulator states every value under its own label
        "guide_path": app.guide_path(item),
        "login_wall": item.login_wall is not None,
        "standard_code": item.standard.code if item.standard else None,
        "abolished_code": item.abolished.code if item.abolished else None,
        "online_entry_kind": item.entry,
        "online_entry_broken": item.entry in BROKEN_ENTRY_KINDS | SCRIPT_BROKEN_ENTRY_KINDS,
        "captcha": item.captcha,
        "notices": [notice.text for notice in item.notices],
        "scenarios": list(item.scenarios),
    }


def _signals(city: City, app: PortalApp) -> list[tuple[dict[str, str], str]]:
    """(signal, the truth's kind for it) of every page that shows a portal-level signal."""
    signals = []
    if city.style == "legacy":
        signals += [
            ({"rule": "legacy-browser-required", "path": path, "excerpt": LEGACY_NOTICE}, "ie-only-portal")
            for path in app.page_paths() + app.chrome_page_paths()
        ]
    for item in city.items:
        path = app.guide_path(item)
        for declared in item.violations:
            if declared.on_entry:
                excerpt = ENTRY_SIGNAL_EXCERPTS[declared.kind]
                entry = {"rule": declared.rule, "path": str(app.entry_path(item)), "excerpt": excerpt}
                signals.append((entry, declared.kind))
            elif declared.rule == "login-wall":
                signals.append(
                    (
                        {"rule": "login-wall", "path": path, "excerpt": LOGIN_WALL_EXCERPT},
                        "guide-behind-login",
                    )
                )
            elif declared.rule in SIGNAL_NOTICES:
                text = next(n.text for n in item.notices if n.kind in SIGNAL_NOTICES[declared.rule])
                signals.append(({"rule": declared.rule, "path": path, "excerpt": text}, "guide-notice"))
    return signals


def portal_signals(city: City, app: PortalApp) -> list[dict[str, str]]:
    """Pages that show a portal-level signal, with the text that shows it."""
    return [signal for signal, _ in _signals(city, app)]


def service_page_traps(city: City, app: PortalApp) -> list[tuple[str, str, str]]:
    """(rule, kind, path) of a probed portal's service pages that look like signals and are
    not: the FAQ naming IE among the browsers it supports (on the GBK portal every page demands
    IE anyway), and the mobile channels page with its QR codes beside the web channel."""
    if city.features is None:
        return []
    traps = [("app-only-entry", "app-channels-page", MOBILE_PATH)]
    if city.style != "legacy":
        traps.insert(0, ("legacy-browser-required", "faq-mentions-ie", FAQ_PATH))
    return traps


def _outcome(
    rule: str, city: City, item_code: str | None, dimension: str | None, kind: str, path: str | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "rule": rule,
        "city": city.id,
        "item_code": item_code,
        "dimension": dimension,
        "kind": kind,
    }
    if path is not None:
        entry["path"] = path
    return entry


def city_outcomes(city: City, app: PortalApp | None, province: Province) -> tuple[list[dict], list[dict]]:
    """(violations, traps) of one city."""
    if app is None:
        return [_outcome(UNREACHABLE_RULE, city, None, None, city.outage)], []
    violations: list[dict[str, Any]] = []
    traps: list[dict[str, Any]] = [
        _outcome(UNREACHABLE_RULE, city, None, None, REACHABLE_KINDS[city.front_door])
    ]
    for item in city.items:
        path = app.guide_path(item)
        for outcome in item_outcomes(item, province.policy):
            violations.append(_outcome(outcome.rule, city, item.item_code, outcome.dimension, outcome.kind))
        for declared in item.traps:
            if declared.rule in PAGE_RULES:
                page = app.entry_path(item) if declared.on_entry else path
                traps.append(_outcome(declared.rule, city, None, None, declared.kind, page))
            else:
                traps.append(_outcome(declared.rule, city, item.item_code, declared.dimension, declared.kind))
    for signal, kind in _signals(city, app):
        violations.append(_outcome(signal["rule"], city, None, None, kind, signal["path"]))
    for flag, rule, kind in CHROME_TRAPS:
        if getattr(city.chrome_traps, flag):
            traps.append(_outcome(rule, city, None, None, kind, "/"))
    traps += [
        _outcome(rule, city, None, None, kind, path) for rule, kind, path in service_page_traps(city, app)
    ]
    violations += [_outcome(d.rule, city, None, None, d.kind) for d in city.violations]
    traps += [_outcome(d.rule, city, None, None, d.kind) for d in city.traps]
    return violations, traps


def province_truth(province: Province, identity_host: str | None = None) -> dict[str, Any]:
    """The truth document (the module docstring); ``identity_host`` is where the identity
    service was served (``ServedProvince.truth()``), None when the truth is written unserved."""
    cities, violations, traps = [], [], []
    apps: dict[str, PortalApp] = {}
    for city in province.cities:
        app = portal_app(city, province) if city.up else None
        if app is not None:
            apps[city.id] = app
        city_violations, city_traps = city_outcomes(city, app, province)
        violations += city_violations
        traps += city_traps
        cities.append(
            {
                "id": city.id,
                "name": city.name,
                "style": city.style,
                "up": city.up,
                "outage": None if city.up else city.outage,
                "front_door": city.front_door if city.up else None,
                "charset": city.charset,
                "immediate_share": round(city.immediate_share(), 4) if city.up else None,
                "robots_disallow": list(ROBOTS_DISALLOWED) if city.up else [],
                "crawler_traps": [dict(t) for t in app.crawler_traps] if app else [],
                "items": [item_truth(item, city, app) for item in city.items] if app else [],
                "portal_signals": portal_signals(city, app) if app else [],
            }
        )
    violations += [
        _outcome(CROSS_CITY_RULE, province.city(o.city), o.item.item_code, o.dimension, o.kind)
        for o in cross_city_outcomes(province)
    ]
    document = {
        "seed": province.seed,
        "province": {"id": province.id, "name": province.name},
        "policy": province.policy.as_config(),
        "cities": cities,
        "violations": violations,
        "traps": traps,
        "cross_city": THRESHOLDS.as_truth(),
        "probe": probe_truth(province, apps, identity_host),
    }
    document["complaints"] = truth_complaints(document)
    return document


def write_truth(province: Province, path: str | Path, identity_host: str | None = None) -> Path:
    """Write the ground truth as UTF-8 JSON; returns the path written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps(province_truth(province, identity_host), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return target


def rule_counts(*truths: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """rule -> (violations, traps), summed over one or more truth documents (e.g. the demo and
    the city-rules province), the probes' outcomes (truth["probe"]) included."""
    violations = Counter(
        v["rule"] for truth in truths for v in truth["violations"] + truth["probe"]["violations"]
    )
    traps = Counter(t["rule"] for truth in truths for t in truth["traps"] + truth["probe"]["traps"])
    return {rule: (violations[rule], traps[rule]) for rule in (*CATALOGUE_RULES, *PROBE_RULES)}
