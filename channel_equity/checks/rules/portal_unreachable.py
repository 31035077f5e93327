"""portal-unreachable: a city's portal failed too many of the monitor's attempts over a week.

The State Council's test for government websites: a site whose home page cannot be opened
in more than 5% of the attempts made over a period is "unreachable". One failed night is not
that: it is a coverage gap, shown as the city's ``unreachable`` status in the scan's coverage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from channel_equity.checks.context import CheckContext, CityCoverage
from channel_equity.checks.rule import Rule, Scope, Severity, Threshold
from channel_equity.checks.rules._city import city_verdict
from channel_equity.checks.rules.immediate_share_low import percent
from channel_equity.checks.verdict import Basis, Evidence, MessageArg, Verdict
from channel_equity.store.reading import PortalAttempt, export_time

FAILED_SHARE = ("the portal could not be reached in {failed} of {attempts} scans over the last {days} days "
                "({share}, more than the {maximum} allowed)")
NIGHT = timedelta(hours=12)
"""Failed attempts closer together than this are one night's failure (a re-run, a resumed scan)."""


@dataclass(frozen=True)
class PortalRecord:
    """A city's attempts in the window, this scan's among them."""

    attempts: list[PortalAttempt]

    @property
    def failures(self) -> list[PortalAttempt]:
        return [attempt for attempt in self.attempts if not attempt.reached]

    @property
    def share(self) -> float:
        return len(self.failures) / len(self.attempts)


def failed_nights(failures: Iterable[PortalAttempt]) -> int:
    """The nights with a failed attempt: oldest first, a failure counts when it began at least
    ``NIGHT`` after the last one counted."""
    nights, last = 0, None
    for attempt in sorted(failures, key=lambda attempt: attempt.started_at):
        if last is None or attempt.started_at - last >= NIGHT:
            nights, last = nights + 1, attempt.started_at
    return nights


class PortalUnreachable(Rule):
    """More than ``thresholds.unreachable_failure_share`` (default 5%) of the scans of the last
    ``unreachable_window_days`` (default 7) days could not reach the city's portal, on at least
    ``unreachable_min_failed_nights`` (default 2) different nights.

    An attempt is one scan of the city (finished or interrupted; a failed or running scan is the
    monitor's trouble): it failed when none of the portal's entry pages could be fetched (the
    city's status ``unreachable``), after the crawler's retries and within its timeout
    (``crawl.timeout_seconds``, default 20 s, ``crawl.retries`` 2; the State Council's measure
    waits 15 s, so set ``timeout_seconds: 15`` to measure as it does).

    Judged only when the window holds at least ``unreachable_min_attempts`` (default 3) scans
    of the city: a share of one or two attempts says nothing. Failures less than 12 hours apart
    count as one night, so one bad night never makes a finding, however often it was retried;
    the failed night stays visible as a coverage gap. With nightly scans any two failed nights
    of a week exceed 5%; the share decides when scans are more frequent (1 failure in 20
    attempts is 5%, not more).

    Resolution: the finding stands while the window's record exceeds the share, also on a night
    the portal answered (availability over a period is what the measure judges, and a portal
    down every other night must not open and resolve nightly); it is resolved by a scan whose
    window holds enough attempts and no longer exceeds it (the failures aged out of the window,
    or enough reached attempts diluted them). A window with too few attempts resolves nothing.

    Evidence: the portal URL, the time and HTTP status (if any) of the latest failed attempt,
    and an excerpt reckoning the share and listing every failed attempt (scan id, time, error).
    Measured by the monitor, not quoted from a page.

    False-positive risks: a failure on the monitor's side (its network, DNS, a blocked
    User-Agent) looks the same as a portal that is down; look at whether the other cities of
    the same scans were reached. Severity info: the portal's availability, not a refusal of
    service.
    """

    id: ClassVar[str] = "portal-unreachable"
    title: ClassVar[str] = "Portal repeatedly unreachable"
    clause: ClassVar[str] = ("— (the State Council's test for an unreachable government website, home page not "
                             "opened in more than 5% of attempts; not a clause of the notice)")
    severity: ClassVar[Severity] = "info"
    basis: ClassVar[Basis] = "measured"  # what the monitor's own attempts at the portal found
    scope: ClassVar[Scope] = "city"
    messages: ClassVar[tuple[str, ...]] = (FAILED_SHARE,)
    thresholds: ClassVar[tuple[Threshold, ...]] = (
        Threshold("unreachable_window_days", 7, "days of scans over which a portal's failed attempts are counted",
                  integer=True, minimum=1),
        Threshold("unreachable_failure_share", 0.05, "a portal is unreachable when more than this share of the "
                  "window's scans could not reach it", minimum=0.0, maximum=1.0),
        Threshold("unreachable_min_attempts", 3, "cities scanned fewer times in the window are not judged on "
                  "their portal's reachability", integer=True, minimum=1),
        Threshold("unreachable_min_failed_nights", 2, "failed scans at least 12 hours apart needed before a "
                  "portal is unreachable (one failed night is a coverage gap)", integer=True, minimum=1),
    )

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        for coverage in context.coverage.values():
            record = self.record(context, coverage.city_id)
            if record is None or not self.unreachable(context, record):
                continue
            days = int(self.threshold_value(context.config, "unreachable_window_days"))
            maximum = self.threshold_value(context.config, "unreachable_failure_share")
            args: dict[str, MessageArg] = {"failed": len(record.failures), "attempts": len(record.attempts),
                                           "days": days, "share": percent(record.share), "maximum": percent(maximum)}
            yield city_verdict(self, coverage, FAILED_SHARE, args, self.evidence(coverage, record, maximum))

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Resolved only by a scan of the city whose window holds enough attempts to judge it."""
        return context.city_scanned(city_id) and self.record(context, city_id) is not None

    def record(self, context: CheckContext, city_id: str) -> PortalRecord | None:
        """The city's attempts in the window, or None when there are too few to judge."""
        attempts = context.portal_attempts(city_id, self.threshold_value(context.config, "unreachable_window_days"))
        if not attempts or len(attempts) < self.threshold_value(context.config, "unreachable_min_attempts"):
            return None
        return PortalRecord(attempts)

    def unreachable(self, context: CheckContext, record: PortalRecord) -> bool:
        """More than the share failed (exactly the share is within it), on enough nights."""
        maximum = self.threshold_value(context.config, "unreachable_failure_share")
        nights = self.threshold_value(context.config, "unreachable_min_failed_nights")
        return (len(record.failures) > maximum * len(record.attempts) + 1e-9
                and failed_nights(record.failures) >= nights)

    @staticmethod
    def evidence(coverage: CityCoverage, record: PortalRecord, maximum: float) -> Evidence:
        """The latest failure's time and status, and every failed attempt in the excerpt."""
        failures = record.failures
        lines = [f"{len(failures)} / {len(record.attempts)} = {percent(record.share)} > {percent(maximum)}"]
        lines += [f"scan {attempt.scan_id}, {export_time(attempt.at)}: {failure_text(attempt)}" for attempt in failures]
        latest = max(failures, key=lambda attempt: attempt.at)
        return Evidence(coverage.portal_url, latest.at, latest.http_status, None, "\n".join(lines))


def failure_text(attempt: PortalAttempt) -> str:
    """Why an attempt failed, as the crawler recorded it."""
    error = (attempt.error or "").strip()
    if error:
        return error
    return f"HTTP {attempt.http_status}" if attempt.http_status is not None else "no entry page could be fetched"
