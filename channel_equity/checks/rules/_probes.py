"""What the probe rules share: reading a rendered page's structure (the facts ``page_facts.js``
collected in the browser) and a citizen's journey (``facts.journey``) the same way everywhere."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from channel_equity.checks.context import CHROMIUM, LEGACY
from channel_equity.crawler.probes.facts import offers_way_on

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit
    from channel_equity.checks.verdict import Evidence

def seen_by(evidence: Evidence, visit: ProbeVisit) -> Evidence:
    """Evidence with what the probe kept of its visit: the screenshot and the WARC."""
    return replace(evidence, screenshot=visit.screenshot, warc=visit.warc)


def shows_nothing(visit: ProbeVisit) -> bool:
    """A page shown with nothing at all to go on with: no form, field, button, login or link."""
    return visit.shown and not offers_way_on(visit.facts) and not visit.facts.get("links")


def blocked_in_chromium(context: CheckContext, url: str) -> tuple[ProbeVisit, ProbeVisit] | None:
    """The two visits of ``url`` when Chromium was shown nothing to go on with and Internet
    Explorer a form or a login: a page that sniffs the browser and turns Chromium away."""
    chromium, legacy = context.probes.latest(url, CHROMIUM), context.probes.latest(url, LEGACY)
    if chromium is None or legacy is None or not chromium.shown or not legacy.shown:
        return None
    if (chromium.http_status or 0) >= 400 or offers_way_on(chromium.facts):
        return None
    ie_form = any(legacy.facts.get(key) for key in ("forms", "fields", "password_fields"))
    return (chromium, legacy) if ie_form and (legacy.http_status or 0) < 400 else None


def journey_of(visit: ProbeVisit) -> dict[str, Any]:
    journey = visit.facts.get("journey")
    return journey if isinstance(journey, dict) else {}


def walked(journey: dict[str, Any]) -> str:
    """The journey's steps in a line: what was loaded, filled, sent and clicked."""
    steps = journey.get("steps") or []
    return " → ".join(f"{step.get('action')}: {step.get('detail') or step.get('url')}" for step in steps)[:600]
