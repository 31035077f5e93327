"""Rule truth for corpora that state what each guide says, not which rules it breaks.

A blind portal corpus states each guide's fields (its ``truth.json``); whether a rule should
fire follows from those fields and the province's policy. So the expected verdicts of a scan
are the rules applied to the *truth*: the scan's own context (its pages, fetch failures,
coverage, the same policy and phrases), with every guide's observation replaced by what its
corpus says the page states — and the guides the crawler missed added. What the truth does
not state (the portal's channel wording, its visit reason, its raw labels) is taken from what
was read, so wording-driven verdicts agree by construction: the wording corpora measure those.
What this measures is how reading errors and guesses turn into false or missed accusations.

A verdict is keyed by what it is about on the portal, never by what the extractor made of
it: an item verdict by its guide page's stable address, a page verdict by its pages, a city
verdict by the city.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin

from channel_equity.checks.context import CheckContext, GuideRecord, page_subject, stable_page_key
from channel_equity.checks.matching import standard_index
from channel_equity.checks.registry import enabled_rules
from channel_equity.checks.runner import judge
from channel_equity.checks.verdict import Verdict
from channel_equity.core.config import Policy, StandardItem
from channel_equity.core.observation import GuideObservation
from channel_equity.quality.rules import Key, RuleScore, score_keys

CORPUS_SHARED_PAPERS = ("居民身份证", "户口簿", "营业执照", "结婚证")
"""Papers a corpus policy lists as held by the government: named as the truth names them
(without the copy words a portal prints after them), so the truth can say who demands them."""

TRUTH_FIELDS = ("item_code", "basic_code", "name", "department", "levels", "channels", "online_entry_url",
                "online_depth", "visits", "statutory_days", "promised_days", "case_type", "materials",
                "locations")
"""The fields a corpus truth states; every other field of a truth observation is what was read."""


def corpus_policy(truth_items: Iterable[Mapping[str, Any]]) -> Policy:
    """A province policy that makes the channel rules judge every guide of a corpus: each
    guide's name a standard item the province requires online *and* at the counter (so both
    refusals are violations), and a few papers held by the government."""
    names = sorted({item["name"] for item in truth_items})
    return Policy(
        standard_items=[StandardItem(code=f"CE{n}", name=name, online="required", offline="required")
                        for n, name in enumerate(names, start=1)],
        shared_data_materials=list(CORPUS_SHARED_PAPERS),
    )


def truth_observation(truth: Mapping[str, Any], read: GuideObservation | None, base_url: str) -> GuideObservation:
    """What the guide's page states by its corpus, on top of what was read (or nothing)."""
    stated = {name: truth.get(name) for name in TRUTH_FIELDS if name in truth}
    stated["channels"] = stated.get("channels") or []
    if stated.get("online_entry_url"):
        stated["online_entry_url"] = urljoin(base_url, stated["online_entry_url"])
    base = read.model_dump(exclude=set(TRUTH_FIELDS) | {"provenance"}) if read is not None else {}
    base["url"] = urljoin(base_url, truth["url"])
    return GuideObservation.model_validate({**base, **stated, "provenance": {}})


def truth_context(context: CheckContext, city_id: str, truth_items: Sequence[Mapping[str, Any]],
                  base_url: str) -> CheckContext:
    """The scan's context with the city's guides as its corpus states them."""
    read = {stable_page_key(g.observation.url): g for g in context.guides if g.city_id == city_id}
    pages = {page_subject(p.url): p for p in context.pages if p.city_id == city_id}
    index = standard_index(context.policy)
    guides = []
    for n, item in enumerate(truth_items):
        if item.get("login_wall"):
            continue
        key = stable_page_key(urljoin(base_url, item["url"]))
        found = read.get(key)
        observation = truth_observation(item, found.observation if found else None, base_url)
        match = index.match(observation)
        guides.append(GuideRecord(found.observation_id if found else -1 - n, city_id, observation,
                                  found.page if found else pages.get(key), match.item, match.method))
    others = [g for g in context.guides if g.city_id != city_id]
    return replace(context, guides=others + guides)


def verdict_keys(verdict: Verdict, page_rules: frozenset[str]) -> list[Key]:
    """What a verdict is about on the portal: its guide page, its pages, or its city."""
    url = verdict.evidence.url
    if verdict.rule in page_rules:
        return [(verdict.rule, verdict.city_id, page_subject(page), verdict.dimension)
                for page in verdict.evidence.pages or ((url,) if url else ())]
    if verdict.subject:
        return [(verdict.rule, verdict.city_id, stable_page_key(url) if url else verdict.subject, verdict.dimension)]
    return [(verdict.rule, verdict.city_id, None, verdict.dimension)]


def score_rules(context: CheckContext, city_id: str, truth_items: Sequence[Mapping[str, Any]],
                base_url: str) -> dict[str, RuleScore]:
    """Per rule, the verdicts on what was read against the verdicts on what the pages state."""
    rules = enabled_rules(context.config)
    page_rules = frozenset(rule.id for rule in rules if rule.scope == "page")
    predicted = {k for v in judge(rules, context) if v.city_id == city_id for k in verdict_keys(v, page_rules)}
    expected = {k for v in judge(rules, truth_context(context, city_id, truth_items, base_url))
                if v.city_id == city_id for k in verdict_keys(v, page_rules)}
    return score_keys(expected, predicted)
