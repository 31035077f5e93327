"""accessibility: serious and critical axe-core violations on the pages a citizen uses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from channel_equity.checks.rule import Rule, Scope, Severity
from channel_equity.checks.rules._probes import seen_by
from channel_equity.checks.verdict import Basis, MessageArg, Verdict

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit

JUDGED_IMPACTS = ("critical", "serious")
FAILS = "axe-core rule {axe_rule} ({impact}) fails on {count} page(s), first {url}: {help}"


class AccessibilityRule(Rule):
    """Fires once per city and axe-core rule that a page the probes visited breaks with a
    serious or critical impact (images without a text alternative, fields without a label,
    buttons without a name, text too faint to read …): the home page, the configured catalogue,
    the few guides sampled each scan (``probes.guide_samples``) and the online entries (all, or
    ``probes.accessibility_entries`` a night), checked with
    axe-core in Chromium as rendered. The finding lists every page where the rule failed, and its
    dimension is the axe rule, so each is tracked on its own.

    Evidence: the first such page as rendered (snapshot, screenshot, WARC); the excerpt names the
    axe rule, its impact, how many elements break it and the first of them (measured).

    Not findings: moderate and minor impacts (axe's own grading); pages answering an HTTP error.
    False-positive risks: axe-core's own (it reports only what it can decide, by design, but a
    contrast computed over a background image can be wrong). Resolved only when the city was
    probed again and no sampled page breaks the rule — a sample, so a fix is confirmed page by
    page over the nights.
    """

    id: ClassVar[str] = "accessibility"
    title: ClassVar[str] = "Serious accessibility violations (axe-core)"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface"
    severity: ClassVar[Severity] = "medium"
    scope: ClassVar[Scope] = "page"
    basis: ClassVar[Basis] = "measured"
    judges_probes: ClassVar[bool] = True
    messages: ClassVar[tuple[str, ...]] = (FAILS,)

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        failing: dict[tuple[str, str], list[tuple[ProbeVisit, dict[str, Any]]]] = {}
        for city_id in sorted(context.probes.cities()):
            for visit in sorted(context.probes.of_city(city_id), key=lambda v: v.target_url):
                if not visit.shown or (visit.http_status or 0) >= 400:
                    continue
                for violation in visit.facts.get("axe") or []:
                    if violation.get("impact") in JUDGED_IMPACTS and violation.get("id"):
                        failing.setdefault((city_id, str(violation["id"])), []).append((visit, violation))
        for (city_id, axe_rule), seen in sorted(failing.items()):
            visit, violation = seen[0]
            page = visit.page
            if page is None:  # a shown visit has its page; kept for the type checker
                continue
            urls = tuple(dict.fromkeys(v.target_url for v, _ in seen))
            first = (violation.get("targets") or [""])[0]
            excerpt = (f"axe-core {axe_rule} ({violation.get('impact')}): {violation.get('help')} — "
                       f"{violation.get('nodes')} element(s), first {first}")
            args: dict[str, MessageArg] = {"axe_rule": axe_rule, "impact": str(violation.get("impact")), "count": len(urls),
                    "url": visit.target_url, "help": str(violation.get("help") or "")}
            evidence = seen_by(replace(page.evidence(excerpt), url=visit.target_url, pages=urls, quoted=False), visit)
            yield self.make_verdict(city_id, "", FAILS, args, evidence, dimension=axe_rule)

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Silence means "fixed" only when this scan checked the city's pages with axe-core."""
        return any(visit.scan_id == context.scan_id and "axe" in visit.facts
                   for visit in context.probes.of_city(city_id))
