"""slow-page: pages a citizen waits for, measured in the browser over several loads."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import Rule, Scope, Severity, Threshold
from channel_equity.checks.rules._probes import seen_by
from channel_equity.checks.verdict import Basis, MessageArg, Verdict

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit

SLOW = ("{count} page(s) take more than {threshold} s to load (median of {samples} loads), slowest {url}: "
        "{seconds} s")


def timing_samples(visit: ProbeVisit) -> list[int]:
    """The load times (ms) the probe measured for the page: the first load and the loads it
    timed again because the first was slow (``probes.timing_samples``)."""
    samples = visit.timings.get("samples_ms") or []
    return [int(sample) for sample in samples if isinstance(sample, int | float) and sample > 0]


class SlowPageRule(Rule):
    """Fires once per city whose pages, visited in the browser (home page, catalogue, the sampled
    guides, online entries), take longer than ``thresholds.slow_page_seconds`` to load — from the
    navigation's start to the end of its load event, as the browser's Navigation Timing measures
    it — judged on the median of at least ``thresholds.slow_page_samples`` loads, never one. The
    finding lists every slow page; its evidence is the slowest, with each of its load times.

    Not findings: a page whose first load was fast (it is timed once); a slow page timed fewer
    times than required (the re-loads failed: not judged); a page answering an HTTP error (that
    is online-entry-broken's). False-positive risks: a congested link on the monitor's side
    (the median of loads minutes apart would be better; the loads are seconds apart); a machine
    overloaded by its own probes (keep ``probes.concurrency`` within the cores). Resolved only
    when the city was timed again and no page is slow.
    """

    id: ClassVar[str] = "slow-page"
    title: ClassVar[str] = "Slow pages"
    clause: ClassVar[str] = "cut time and links"
    severity: ClassVar[Severity] = "low"
    scope: ClassVar[Scope] = "page"
    basis: ClassVar[Basis] = "measured"
    judges_probes: ClassVar[bool] = True
    messages: ClassVar[tuple[str, ...]] = (SLOW,)
    thresholds: ClassVar[tuple[Threshold, ...]] = (
        Threshold("slow_page_seconds", 3.0, "a page whose median load time (seconds) is above it is slow",
                  minimum=0.1),
        Threshold("slow_page_samples", 3, "load times a page needs before it is judged slow", integer=True,
                  minimum=2, maximum=10),
    )

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        limit_ms = self.threshold_value(context.config, "slow_page_seconds") * 1000
        needed = int(self.threshold_value(context.config, "slow_page_samples"))
        for city_id in sorted(context.probes.cities()):
            slow: list[tuple[float, ProbeVisit, list[int]]] = []
            for visit in context.probes.of_city(city_id):
                samples = timing_samples(visit)
                if visit.page is None or (visit.http_status or 0) >= 400 or len(samples) < needed:
                    continue
                median = statistics.median(samples)
                if median > limit_ms:
                    slow.append((median, visit, samples))
            if slow:
                yield self._verdict(context, city_id, sorted(slow, key=lambda s: (-s[0], s[1].target_url)))

    def _verdict(self, context: CheckContext, city_id: str, slow: list[tuple[float, ProbeVisit, list[int]]]) -> Verdict:
        median, visit, samples = slow[0]
        page = visit.page
        assert page is not None  # only shown pages are judged
        seconds = f"{median / 1000:.1f}"
        excerpt = (f"load times measured in the browser: {', '.join(f'{s / 1000:.2f} s' for s in samples)} "
                   f"(median {seconds} s)")
        urls = tuple(dict.fromkeys(v.target_url for _, v, _ in slow))
        args: dict[str, MessageArg] = {
            "count": len(urls), "threshold": f"{self.threshold_value(context.config, 'slow_page_seconds'):g}",
            "samples": len(samples), "url": visit.target_url, "seconds": seconds}
        evidence = seen_by(replace(page.evidence(excerpt), url=visit.target_url, pages=urls, quoted=False), visit)
        return self.make_verdict(city_id, "", SLOW, args, evidence)

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Silence means "fixed" only when this scan timed the city's pages."""
        return any(visit.scan_id == context.scan_id and timing_samples(visit)
                   for visit in context.probes.of_city(city_id))
