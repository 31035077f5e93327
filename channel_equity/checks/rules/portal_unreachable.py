"""portal-unreachable: a city's portal or catalog could not be read at all (a coverage gap)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from channel_equity.checks.context import CheckContext, CityCoverage
from channel_equity.checks.rule import Rule, Scope, Severity
from channel_equity.checks.rules._city import city_verdict
from channel_equity.checks.verdict import Basis, Evidence, Verdict

NO_ERROR_TEXT = "the portal could not be fetched"
CRAWLER_ERROR = "{error}"
"""The message is the crawler's error text itself; the catalogs say what it is an error of
("门户网站无法抓取：{error}")."""


class PortalUnreachable(Rule):
    """The scan recorded the city's coverage status as ``unreachable``.

    Not a verdict on the city's services: it says that nothing of the city was observed, so
    none of its open findings can be resolved by this scan and none of its guides judged.
    The message is the crawler's error (connection refused, DNS failure, timeout, HTTP 5xx
    on the home page or catalog).

    Evidence: the portal URL and the error; no HTTP status or snapshot (there was no page),
    and the time of the failed attempt when the crawler recorded one for that URL.

    False-positive risks: a failure on the monitor's side (its network, DNS, a blocked
    User-Agent) looks the same as a portal that is down; read it across several scans.
    Severity info: a coverage gap, not a violation.
    """

    id: ClassVar[str] = "portal-unreachable"
    title: ClassVar[str] = "Portal could not be fetched (coverage gap)"
    clause: ClassVar[str] = "— (coverage of the monitor, not a clause of the notice)"
    severity: ClassVar[Severity] = "info"
    basis: ClassVar[Basis] = "measured"  # what fetching the portal reported
    scope: ClassVar[Scope] = "city"
    messages: ClassVar[tuple[str, ...]] = (CRAWLER_ERROR, NO_ERROR_TEXT)

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        for coverage in context.coverage.values():
            if coverage.status == "unreachable":
                error = (coverage.error or "").strip()
                template, args = (CRAWLER_ERROR, {"error": error}) if error else (NO_ERROR_TEXT, {})
                excerpt = error or NO_ERROR_TEXT
                yield city_verdict(self, coverage, template, args, self.evidence(context, coverage, excerpt))

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Resolved as soon as a scan reached the city's portal again."""
        return context.city_scanned(city_id) and context.city_reachable(city_id)

    @staticmethod
    def evidence(context: CheckContext, coverage: CityCoverage, error: str) -> Evidence:
        failure = context.failures_by_url.get(coverage.portal_url)
        return Evidence(coverage.portal_url, failure.at if failure else None, None, None, error)
