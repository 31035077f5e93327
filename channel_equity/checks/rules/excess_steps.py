"""excess-steps: the way from a portal's home page to an item's online application is too long,
or its own search does not lead there at all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from channel_equity.checks.rule import Rule, Scope, Severity, Threshold
from channel_equity.checks.rules._probes import journey_of, seen_by, walked
from channel_equity.checks.verdict import Basis, MessageArg, Verdict, terms
from channel_equity.crawler.probes.journey_steps import SEARCH_FOUND_NOTHING

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit

TOO_MANY = ("a citizen looking for {item} needs {loads} page loads from the home page to {goal} (more than "
            "{limit}), searching the portal and following its links")
FINDS_NOTHING = "a citizen searching the portal for {item} finds nothing that leads to it"
STOPPED = "the journey to {item} stopped before it could be judged: {reason}: not judged"
GOALS = ("its online application", "its guide")


class ExcessStepsRule(Rule):
    """Fires once per city when a citizen's journey, walked in the browser for an item with an
    online entry (a different one each scan, ``probes.journeys`` per city) — home page → the
    portal's own site search for the item's name → the result naming it → any pages of choices in
    between → its guide → its apply button — takes more than ``thresholds.max_journey_steps``
    page loads, or when the portal's search, asked for the item's exact name, lists nothing that
    leads to it. Evidence: where the journey ended as rendered (screenshot, WARC of the journey's
    tab); the excerpt lists every step (measured).

    Not findings: a journey that stopped for a reason that may be the probe's own (no search box
    recognised, no apply button found, a link that led nowhere): counted as not judged, with the
    reason. False-positive risks: a search that needs an exact department or region before it
    answers; choice pages that a citizen could skip (the first option is always taken). Resolved
    only when the city's journeys were walked again and none is too long.
    """

    id: ClassVar[str] = "excess-steps"
    title: ClassVar[str] = "Too many steps to reach a service"
    clause: ClassVar[str] = "cut time and links"
    severity: ClassVar[Severity] = "low"
    scope: ClassVar[Scope] = "city"
    basis: ClassVar[Basis] = "measured"
    judges_probes: ClassVar[bool] = True
    messages: ClassVar[tuple[str, ...]] = (TOO_MANY, FINDS_NOTHING)
    not_judged_messages: ClassVar[tuple[str, ...]] = (STOPPED,)
    terms: ClassVar[tuple[str, ...]] = (*GOALS, ", ")
    thresholds: ClassVar[tuple[Threshold, ...]] = (
        Threshold("max_journey_steps", 6, "page loads from the home page to an item's online application above "
                  "which the way is too long", integer=True, minimum=2),
    )

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        limit = int(self.threshold_value(context.config, "max_journey_steps"))
        for city_id in sorted(context.probes.cities()):
            found = [verdict for visit in context.probes.journeys(city_id) if visit.page is not None
                     for verdict in [self._judge(context, visit, limit)] if verdict is not None]
            if found:
                yield found[0]

    def _judge(self, context: CheckContext, visit: ProbeVisit, limit: int) -> Verdict | None:
        journey = journey_of(visit)
        item, loads, failure = str(journey.get("item_name") or ""), int(journey.get("page_loads") or 0), journey.get("failure")
        args: dict[str, MessageArg] = {"item": item}
        if loads > limit and (journey.get("reached_entry") or journey.get("reached_guide")):
            goal = terms([GOALS[0] if journey.get("reached_entry") else GOALS[1]], ", ")
            return self._verdict(visit, journey, TOO_MANY, {**args, "loads": loads, "limit": limit, "goal": goal})
        if failure == SEARCH_FOUND_NOTHING:
            return self._verdict(visit, journey, FINDS_NOTHING, args)
        if failure and not journey.get("reached_entry") and not journey.get("login_wall"):
            context.note_not_judged(self.id, visit.city_id, STOPPED, {**args, "reason": str(failure)})
        return None

    def _verdict(self, visit: ProbeVisit, journey: dict[str, Any], template: str,
                 args: dict[str, MessageArg]) -> Verdict:
        assert visit.page is not None
        evidence = seen_by(replace(visit.page.evidence(walked(journey)), quoted=False), visit)
        return self.make_verdict(visit.city_id, "", template, args, evidence)

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Silence means "fixed" only when this scan walked a journey on the city's portal."""
        return any(visit.scan_id == context.scan_id for visit in context.probes.journeys(city_id))
