"""What the city-level rules share: one verdict per city about its portal as a whole."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from channel_equity.checks.context import CheckContext, CityCoverage
from channel_equity.checks.rule import Rule
from channel_equity.checks.verdict import Evidence, MessageArg, Verdict


def portal_evidence(context: CheckContext, coverage: CityCoverage, excerpt: str) -> Evidence:
    """The portal home page as stored in this scan when it was fetched, else its bare URL; the
    excerpt is the rule's own reckoning (a share, a count), marked as derived, not quoted."""
    page = context.pages_by_url.get(coverage.portal_url)
    if page is not None and page.http_status < 400:
        return replace(page.evidence(excerpt), quoted=False)
    return Evidence(coverage.portal_url, None, None, None, excerpt, quoted=False)


def city_verdict(rule: Rule, coverage: CityCoverage, template: str, args: Mapping[str, MessageArg],
                 evidence: Evidence) -> Verdict:
    """A portal-level verdict: subject "" and no item, so it is one finding per city."""
    return rule.make_verdict(coverage.city_id, "", template, args, evidence)
