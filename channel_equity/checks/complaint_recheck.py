"""A complaint's re-check: the one item read again, its online entry visited, the claim's rules
run on what was seen, and a verdict an inspector can put in front of a city.

The re-check is a small scan of its own (``scans.kind = complaint``): the guide page fetched
again with its online entry (``crawler.targeted``), the entry visited in Chromium when probes
are on, and only the rules that bear out the claim (``complaint_claims``) run over those
pages alone. Its verdict is one of

- ``substantiated``: such a rule fired; the finding (opened or seen again, never resolved by a
  re-check of one item) and its evidence go with the verdict;
- ``not-reproduced``: the guide was read and none fired; the detail says what was checked;
- ``could-not-check``: the page could not be fetched, showed no guide any more, offers no
  online entry to check, or a claim rule could not judge it — never read as not reproduced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from channel_equity.checks.complaint_claims import ENTRY_CLAIMS, ClaimRule, bears_out, claim_rules
from channel_equity.checks.context import CheckContext, GuideRecord, PageRecord, ProbeVisits, stable_page_key
from channel_equity.checks.lifecycle import apply_lifecycle, fingerprint
from channel_equity.checks.quoting import quote_evidence
from channel_equity.checks.registry import enabled_rules, severity_of
from channel_equity.checks.rule import Rule
from channel_equity.checks.runner import build_context, judge
from channel_equity.checks.verdict import Verdict
from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.probes import run_probes
from channel_equity.crawler.targeted import TargetedCrawlError, crawl_pages
from channel_equity.store import reading, recording
from channel_equity.store.models import ComplaintVerdict, Finding
from channel_equity.store.session import Store

StepCallback = Callable[[str], None]

CRAWL_ALLOWANCE_SECONDS = 60.0
"""Beyond the crawl's own timeouts, what the child process may take (starting, storing)."""


@dataclass(frozen=True)
class RecheckItem:
    """What a re-check needs of a complaint: the item's guide, its entry, the claim."""

    complaint_id: int
    city_id: str
    claim: str
    item_code: str | None
    item_name: str
    guide_url: str
    entry_url: str | None


@dataclass
class RecheckOutcome:
    """A re-check's verdict on one complaint, as ``complaint_checks`` keeps it."""

    complaint_id: int
    verdict: ComplaintVerdict
    detail: str
    scan_id: int | None
    rules: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    finding_ids: list[int] = field(default_factory=list)


def crawl_timeout(loaded: LoadedConfig, pages: int) -> float:
    """How long the re-check's crawl may take: every page (guide and entry) retried to the end."""
    crawl = loaded.monitor.crawl
    return CRAWL_ALLOWANCE_SECONDS + crawl.timeout_seconds * (crawl.retries + 1) * max(pages, 1) * 2


def recheck(loaded: LoadedConfig, store: Store, items: list[RecheckItem],
            on_step: StepCallback | None = None) -> list[RecheckOutcome]:
    """Re-check ``items`` in one small scan; a verdict for each (in order)."""
    step = on_step or (lambda message: None)
    if not items:
        return []
    numbers = ", ".join(f"#{item.complaint_id}" for item in items)
    night = reading.latest_scan(store, province_id=loaded.monitor.province.id)
    scan_id = recording.start_scan(store, loaded.monitor.province.id, str(loaded.path), kind="complaint",
                                   notes=f"re-check of complaint(s) {numbers}")
    seeds: dict[str, list[str]] = {}
    for item in items:
        seeds.setdefault(item.city_id, []).append(item.guide_url)
    step(f"fetching {len(items)} guide page(s) again, and their online entries")
    try:
        crawl_pages(loaded, store, scan_id, seeds, crawl_timeout(loaded, 2 * len(items)))
    except TargetedCrawlError as exc:
        recording.finish_scan(store, scan_id, "failed", notes=str(exc))
        return [RecheckOutcome(item.complaint_id, "could-not-check", f"the re-check's crawl failed: {exc}", scan_id)
                for item in items]
    try:
        probe_note = _probe_entries(loaded, store, scan_id, items, step)
        step("judging what was seen")
        context = build_context(loaded, store, scan_id)
        rules = enabled_rules(loaded.monitor)
        severities = {rule.id: severity_of(rule, loaded.monitor) for rule in rules}
        outcomes = []
        for item in items:
            judged = judge_item(item, context, rules, probe_note)
            if judged.verdicts and judged.context is not None:
                judged.outcome.finding_ids = _findings(store, judged.context, judged.rules, judged.verdicts, severities,
                                                       night.id if night is not None else None)
            outcomes.append(judged.outcome)
        return outcomes
    except BaseException as exc:  # the scan says it failed, not "running" for ever; the caller hears why
        recording.finish_scan(store, scan_id, "failed", notes=f"the re-check failed: {exc}")
        raise


def _probe_entries(loaded: LoadedConfig, store: Store, scan_id: int, items: list[RecheckItem],
                   step: StepCallback) -> str | None:
    """Visit the items' online entries in Chromium (when probes are on); why not, if they failed."""
    if not loaded.monitor.probes.enabled:
        return "the browser probes are switched off (probes.enabled): the entry was only fetched"
    step("visiting the online entries in Chromium")
    names = {name for item in items for name in (item.item_code, item.item_name) if name}
    try:
        run_probes(loaded, store, scan_id, sorted({item.city_id for item in items}), sorted(names))
    except Exception as exc:  # noqa: BLE001 - the fetched entry still stands; the verdict says what is missing
        return f"the browser probes failed: {exc}"
    return None


def _guide_of(item: RecheckItem, context: CheckContext) -> GuideRecord | None:
    """The guide the re-check read for the item: at its address, else by its code."""
    key = stable_page_key(item.guide_url)
    city_guides = context.guides_by_city.get(item.city_id, [])
    at_address = [g for g in city_guides if stable_page_key(g.observation.url) == key]
    by_code = [g for g in at_address or city_guides if item.item_code and g.observation.item_code == item.item_code]
    found = by_code or at_address
    return found[0] if found else None


def narrowed(context: CheckContext, guide: GuideRecord, urls: Iterable[str]) -> CheckContext:
    """The scan as the rules see one item: its guide, and only the pages, failures and probe
    visits at its addresses (another complaint's item in the same scan is not this one's)."""
    wanted = set(urls)
    own_page = guide.page.page_id if guide.page is not None else None
    pages = [p for p in context.pages if p.url in wanted or p.final_url in wanted or p.page_id == own_page]
    coverage = {guide.city_id: context.coverage[guide.city_id]} if guide.city_id in context.coverage else {}
    return replace(context, guides=[guide], pages=pages, coverage=coverage,
                   failures=[f for f in context.failures if f.url in wanted],
                   probes=ProbeVisits([v for v in context.probes.visits if v.target_url in wanted]))


def _fetch_status(context: CheckContext, url: str) -> tuple[bool, str]:
    """Whether the scan fetched ``url`` and how it went ("HTTP 200", "failed: …")."""
    seen = context.entry_fetch(url)
    if seen is None:
        return False, "not fetched"
    if isinstance(seen, PageRecord):
        return seen.http_status < 400, f"HTTP {seen.http_status}"
    return False, f"failed: {seen.message}"


def _visited(context: CheckContext, url: str) -> list[str]:
    visit = context.probes.latest(url)
    if visit is None:
        return []
    if not visit.done:
        return [f"online entry {url} in Chromium: the visit failed ({visit.error})"]
    status = f"HTTP {visit.http_status}" if visit.http_status is not None else "no HTTP status"
    return [f"online entry {url} in Chromium: {status}, shown at {visit.final_url or url}"]


@dataclass
class ItemJudgement:
    """A re-check's verdict on one item, and what bore it out: the verdicts (located in their
    pages), the rules that made them and the item's own view of the scan they were made on."""

    outcome: RecheckOutcome
    verdicts: list[Verdict] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    context: CheckContext | None = None


def judge_item(item: RecheckItem, context: CheckContext, rules: list[Rule],
               probe_note: str | None = None) -> ItemJudgement:
    """The verdict on one complaint's item in the re-check's scan (module docstring); nothing is
    stored here."""
    run, claimed = claim_rules(item.claim, rules)
    outcome = RecheckOutcome(item.complaint_id, "could-not-check", "", context.scan_id,
                             rules=[c.describe() for c in claimed])
    guide = _guide_of(item, context)
    fetched, status = _fetch_status(context, item.guide_url)
    outcome.checked.append(f"guide page {item.guide_url}: {status}")
    if guide is None:
        why = "the page shows it no more (no guide read from it)" if fetched else f"the page could not be fetched ({status})"
        outcome.detail = f"the guide of {item.item_name} could not be read again at {item.guide_url}: {why}"
        return ItemJudgement(outcome)
    entry = guide.observation.online_entry_url
    if entry:
        outcome.checked += [f"online entry {entry}: {_fetch_status(context, entry)[1]}", *_visited(context, entry)]
    if probe_note:
        outcome.checked.append(probe_note)
    if not run:
        outcome.detail = f"the rules for a {item.claim} claim are switched off in the config"
        return ItemJudgement(outcome)
    if item.claim in ENTRY_CLAIMS and not entry:
        outcome.detail = "the guide offers no online entry to check"
        return ItemJudgement(outcome)
    scoped = narrowed(context, guide, [item.guide_url, guide.observation.url, *([entry] if entry else [])])
    verdicts = quote_evidence([v for v in judge(run, scoped) if bears_out(v, claimed)], scoped)
    gaps = [gap for gap in scoped.close_not_judged() if gap.city_id == item.city_id
            and any(gap.rule == c.rule for c in claimed)]
    if verdicts:
        outcome.verdict = "substantiated"
        outcome.detail = "; ".join(f"{v.rule}: {v.message}" for v in verdicts)
        outcome.evidence = [evidence_of(v) for v in verdicts]
    elif gaps:
        outcome.detail = "; ".join(f"{gap.rule} could not judge the guide: {gap.reason}" for gap in gaps)
    else:
        outcome.verdict = "not-reproduced"
        outcome.detail = (f"the guide was read again ({status}) and "
                          f"{', '.join(outcome.rules)} did not fire" + (f"; its online entry {entry} was checked"
                                                                       if entry else "; it offers no online entry"))
    return ItemJudgement(outcome, verdicts, run, scoped)


def evidence_of(verdict: Verdict) -> dict[str, Any]:
    """What the complaint's history keeps of a verdict: its rule, message and evidence."""
    evidence = verdict.evidence
    return {"rule": verdict.rule, "message": verdict.message, "url": evidence.url, "excerpt": evidence.excerpt,
            "quoted": evidence.quoted, "basis": evidence.basis, "http_status": evidence.http_status,
            "sha256": evidence.sha256,
            "snapshot": evidence.snapshot, "screenshot": evidence.screenshot, "warc": evidence.warc,
            "fetched_at": evidence.fetched_at.isoformat() if evidence.fetched_at else None,
            "spans": [span.as_export() for span in evidence.spans]}


def _findings(store: Store, context: CheckContext, rules: list[Rule], verdicts: list[Verdict],
              severities: Mapping[str, str], night: int | None) -> list[int]:
    """The findings the verdicts are: an item's are opened or seen again (never resolved here),
    their events in the history of ``night``, the nightly scan the re-check followed (its report
    replays them); a portal-wide rule's are the province's own finding, linked when a nightly
    scan opened it."""
    item_rules = {rule.id: rule for rule in rules if rule.scope == "item"}
    apply_lifecycle(store, context, item_rules, [v for v in verdicts if v.rule in item_rules],
                    severities, resolve=False, history_scan=night)
    keys = [fingerprint(v.rule, v.city_id, v.subject, v.dimension) for v in verdicts]
    with store.session() as session:
        found = dict(session.execute(select(Finding.fingerprint, Finding.id).where(Finding.fingerprint.in_(keys))).all())
    return [found[key] for key in dict.fromkeys(keys) if key in found]


__all__ = ["ClaimRule", "ItemJudgement", "RecheckItem", "RecheckOutcome", "judge_item", "recheck"]
