"""Rule truth from a corpus's field truth: the rules applied to what the pages state, compared
with the rules applied to what was read, keyed by the guide's page."""

from __future__ import annotations

from typing import Any

from channel_equity.checks.matching import standard_index
from channel_equity.quality.field_truth import corpus_policy, score_rules, truth_observation
from tests.checks.wording_context import CITY, GUIDE_URL, PORTAL, context, guide, make_config

COUNTER_ONLY = {"channels": ["counter"], "raw_fields": {"办理形式": "窗口办理"}}


def truth(path: str, name: str, **fields: Any) -> dict[str, Any]:
    return {"url": path, "name": name, "channels": [], "materials": [], "locations": [], "levels": [], **fields}


def corpus_context(*guides: Any) -> Any:
    """A context judged by the policy a corpus scan gets (every truth guide required online and
    at the counter)."""
    names = [{"name": g.observation.name} for g in guides] + [{"name": "食品经营许可"}]
    config = make_config([item.model_dump() for item in corpus_policy(names).standard_items])
    index = standard_index(config.policy)
    for record in guides:  # matched as ``check`` matches them
        match = index.match(record.observation)
        record.standard, record.match_method = match.item, match.method
    return context(guides, config=config)


def test_the_corpus_policy_requires_every_guide_online_and_at_the_counter() -> None:
    policy = corpus_policy([{"name": "个体工商户设立登记"}, {"name": "个体工商户设立登记"}, {"name": "临时救助"}])
    assert [(i.name, i.online, i.offline) for i in policy.standard_items] == [
        ("个体工商户设立登记", "required", "required"), ("临时救助", "required", "required")]
    assert "居民身份证" in policy.shared_data_materials


def test_a_truth_observation_is_the_truth_over_what_was_read() -> None:
    read = guide(channel_text="请到窗口办理", visit_reason="核验原件", provenance={"channels": "prose"},
                 **COUNTER_ONLY).observation
    stated = truth_observation(truth("/bszn/detail?id=1", "个体工商户设立登记", channels=["counter", "online"],
                                     online_entry_url="/apply?id=1"), read, PORTAL)
    assert stated.channels == ["counter", "online"] and stated.provenance == {}
    assert stated.online_entry_url == PORTAL + "apply?id=1" and stated.url == GUIDE_URL
    assert stated.channel_text == "请到窗口办理" and stated.visit_reason == "核验原件"  # not stated by the truth


def test_a_verdict_the_truth_does_not_bear_out_is_a_false_positive_and_a_missed_guide_a_miss() -> None:
    # read as counter-only, but the page offers both: offline-only on a misreading
    misread = guide(standard=None, name="个体工商户设立登记", **COUNTER_ONLY)
    ctx = corpus_context(misread)
    items = [truth("/bszn/detail?id=1", "个体工商户设立登记", channels=["counter", "online"]),
             truth("/bszn/detail?id=2", "食品经营许可", channels=["counter"])]  # never read
    scores = score_rules(ctx, CITY, items, PORTAL)
    offline = scores["offline-only"]
    assert offline.false_positives == [("offline-only", CITY, "/bszn/detail?id=1", None)]
    assert offline.false_negatives == [("offline-only", CITY, "/bszn/detail?id=2", None)]
    assert offline.true_positives == 0 and offline.precision == 0.0


def test_a_verdict_the_truth_bears_out_is_a_true_positive() -> None:
    read = guide(standard=None, name="个体工商户设立登记", **COUNTER_ONLY)
    scores = score_rules(corpus_context(read), CITY, [truth("/bszn/detail?id=1", "个体工商户设立登记",
                                                            channels=["counter"])], PORTAL)
    assert scores["offline-only"].true_positives == 1 and scores["offline-only"].precision == 1.0
