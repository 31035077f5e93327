"""``check``: run every enabled rule over one scan and carry the findings' lifecycle forward.

Re-runnable without re-crawling: after a threshold, a lexicon or the policy changed, the
same scan is judged again and the findings updated in place (their fingerprints do not
change), so an inspector's history of a finding survives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from channel_equity.checks.context import CheckContext, GuideRecord, NotJudged, PageRecord
from channel_equity.checks.lifecycle import LifecycleCounts, apply_lifecycle
from channel_equity.checks.loading import (
    load_coverage,
    load_failures,
    load_guides,
    load_pages,
    load_probe_visits,
    recent_scans,
)
from channel_equity.checks.matching import standard_index
from channel_equity.checks.phrases import PhraseError, load_phrase_book
from channel_equity.checks.quoting import quote_evidence
from channel_equity.checks.registry import enabled_rules, severity_of
from channel_equity.checks.rule import Rule
from channel_equity.checks.rules._channels import CHANNEL_RULES, CONTRADICTORY
from channel_equity.checks.verdict import Verdict
from channel_equity.core.charset import decode_page
from channel_equity.core.config import LoadedConfig, Policy
from channel_equity.store import reading, recording
from channel_equity.store.session import Store
from channel_equity.store.triage import reopen_changed


class CheckError(Exception):
    """Nothing to check (no such scan, no finished scan): a user's mistake, one line."""


@dataclass
class CheckSummary:
    scan_id: int
    guides: int
    matched: Counter[str] = field(default_factory=Counter)  # match method -> count
    verdicts: Counter[str] = field(default_factory=Counter)  # rule -> verdicts this scan
    lifecycle: LifecycleCounts = field(default_factory=LifecycleCounts)
    unreachable: list[str] = field(default_factory=list)
    not_judged: list[NotJudged] = field(default_factory=list)  # (rule, city) the scan could not judge
    triage_reopened: list[str] = field(default_factory=list)  # dismissed findings whose evidence changed


def page_text_loader(store: Store) -> Callable[[PageRecord], str]:
    """The decoded text of a stored page, as the checks read it (and quote it)."""
    def load(page: PageRecord) -> str:
        body = reading.page_body(store, page.sha256)
        return decode_page(body, f"text/html; charset={page.detected_encoding}" if page.detected_encoding else None).text

    return load


def matched_guides(store: Store, scan_id: int, policy: Policy, pages: Iterable[PageRecord] = ()) -> list[GuideRecord]:
    """The scan's guides, each matched to the policy's standard item (``standard``, ``match_method``)."""
    guides = load_guides(store, scan_id, {page.page_id: page for page in pages})
    index = standard_index(policy)
    for guide in guides:
        match = index.match(guide.observation)
        guide.standard, guide.match_method = match.item, match.method
    return guides


def build_context(loaded: LoadedConfig, store: Store, scan_id: int) -> CheckContext:
    scan = reading.get_scan(store, scan_id)
    if scan is None:
        raise CheckError(f"no scan {scan_id} in the store")
    pages = load_pages(store, scan_id)
    guides = matched_guides(store, scan_id, loaded.monitor.policy, pages)
    try:
        phrases = load_phrase_book(loaded.monitor.phrases)
    except PhraseError as exc:
        raise CheckError(f"{loaded.path}: phrases: {exc}") from None
    return CheckContext(
        scan_id=scan_id, scanned_at=scan.started_at, config=loaded.monitor, phrases=phrases, guides=guides, coverage=load_coverage(store, scan_id),
        pages=pages, failures=load_failures(store, scan_id), page_text_loader=page_text_loader(store),
        attempts_loader=partial(reading.portal_attempts, store, scan.province_id, until=scan.started_at),
        probes=load_probe_visits(store, recent_scans(store, scan_id, loaded.monitor.probes.entry_rotation)),
    )


def without_contradictions(verdicts: list[Verdict], context: CheckContext) -> list[Verdict]:
    """The verdicts less those of the channel rules that contradict each other on one guide
    (online-only and offline-only both firing): neither stands, each is counted not judged."""
    fired: dict[tuple[str, str], set[str]] = {}
    for verdict in verdicts:
        if verdict.rule in CHANNEL_RULES:
            fired.setdefault((verdict.city_id, verdict.subject), set()).add(verdict.rule)
    contradicted = {key for key, rules in fired.items() if len(rules) > 1}
    for city_id, _ in sorted(contradicted):
        for rule in CHANNEL_RULES:
            context.note_guide_not_judged(rule, city_id, CONTRADICTORY)
    return [v for v in verdicts if not (v.rule in CHANNEL_RULES and (v.city_id, v.subject) in contradicted)]


def judge(rules: Iterable[Rule], context: CheckContext) -> list[Verdict]:
    """Every verdict of ``rules`` on the scan, less the contradictory channel verdicts (before
    their excerpts are located in their pages)."""
    return without_contradictions([verdict for rule in rules for verdict in rule.evaluate(context)], context)


def resolve_scan_id(store: Store, scan_id: int | None) -> int:
    if scan_id is not None:
        return scan_id
    scan = reading.latest_scan(store)
    if scan is None:
        raise CheckError("no finished scan in the store yet: run `channel-equity scan` first")
    return scan.id


def run_checks(loaded: LoadedConfig, store: Store, scan_id: int | None = None) -> CheckSummary:
    scan_id = resolve_scan_id(store, scan_id)
    scan = reading.get_scan(store, scan_id)
    if scan is not None and scan.kind != "nightly":  # one item read again resolves nothing else
        raise CheckError(f"scan {scan_id} is a complaint's re-check of one item: `check` judges scans of the "
                         "province (`complaint recheck` judges complaints)")
    context = build_context(loaded, store, scan_id)
    rules = enabled_rules(loaded.monitor)
    verdicts = quote_evidence(judge(rules, context), context)
    recording.record_matches(store, {g.observation_id: (g.standard_code, g.match_method) for g in context.guides})
    severities = {rule.id: severity_of(rule, loaded.monitor) for rule in rules}
    counts = apply_lifecycle(store, context, {rule.id: rule for rule in rules}, verdicts, severities)
    reopened = reopen_changed(store, scan_id)
    recording.record_not_judged(store, scan_id, ((gap.rule, gap.city_id, gap.reason, gap.template, gap.args)
                                                 for gap in context.close_not_judged()))
    return CheckSummary(
        scan_id=scan_id, guides=len(context.guides), matched=Counter(g.match_method for g in context.guides),
        verdicts=Counter(v.rule for v in verdicts), lifecycle=counts,
        unreachable=[c.city_id for c in context.coverage.values() if c.status == "unreachable"],
        not_judged=list(context.not_judged), triage_reopened=reopened,
    )
