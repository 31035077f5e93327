"""online-only, offline-only and online-entry-broken: unit cases built from observations, and
their precision and recall on the simulated province read as a crawler would."""

from __future__ import annotations

from typing import Any

from channel_equity.checks.context import FetchFailureRecord
from channel_equity.checks.rule import Rule
from channel_equity.checks.rules._channels import CHANNELS_NOT_STATED, CONTRADICTORY, ONLINE_ELSEWHERE
from channel_equity.checks.rules.offline_only import OfflineOnlyRule
from channel_equity.checks.rules.online_entry_broken import OnlineEntryBrokenRule
from channel_equity.checks.rules.online_only import OnlineOnlyRule
from channel_equity.checks.runner import without_contradictions
from channel_equity.checks.verdict import Verdict
from channel_equity.quality.rules import format_score_table, score_findings, truth_key
from tests.checks.wording_context import (
    GUIDE_URL,
    ONLY,
    OPTIONAL,
    REQUIRED,
    SCANNED_AT,
    context,
    guide,
    make_config,
    page,
    simulated_scan,
)

ONLINE_ONLY, OFFLINE_ONLY, ENTRY_BROKEN = OnlineOnlyRule(), OfflineOnlyRule(), OnlineEntryBrokenRule()
ENTRY = "http://127.0.0.1:8101/apply/wsbs/1"
BOTH: dict[str, Any] = {"channels": ["counter", "online"], "online_available": True}


def run(rule: Rule, *guides: Any, **kwargs: Any) -> list[Verdict]:
    return list(rule.evaluate(context(guides, **kwargs)))


# --- online-only ---------------------------------------------------------------------------

def test_online_only_when_no_counter_is_offered_quoting_the_channel_field() -> None:
    [verdict] = run(ONLINE_ONLY, guide(channels=["online"], raw_fields={"办理形式": "网上办理", "办理说明": "无"}))
    assert verdict.evidence.excerpt == "办理形式：网上办理"
    assert verdict.item_code and verdict.standard_code == REQUIRED["code"]
    assert "no counter channel" in verdict.message
    assert verdict.evidence.basis == "stated"  # the channel label states it
    [post_only] = run(ONLINE_ONLY, guide(channels=["online", "post"]))
    assert post_only.evidence.excerpt == "网上办理、快递申请"  # post is not face to face; no label invented


def test_online_only_when_the_wording_refuses_the_counter() -> None:
    text = "窗口办理、网上办理\n请登录镜海市政务服务网在线申报，现场不予受理"
    [verdict] = run(ONLINE_ONLY, guide(channel_text=text, **BOTH))
    assert "现场不予受理" in verdict.evidence.excerpt and "现场不予受理" in verdict.message
    assert verdict.evidence.basis == "prose"  # the guide's own wording
    [by_place] = run(ONLINE_ONLY, guide(locations=[{"name": "市民中心C9窗口（仅网办）"}], **BOTH))
    assert "仅网办" in by_place.evidence.excerpt


def test_online_only_not_for_mixed_wording_bookings_or_self_only() -> None:
    for text in ("窗口办理、网上办理\n可网上申请，也可到窗口办理", "仅限本人办理，不得委托他人代办",
                 "网上预约后到窗口办理"):
        assert run(ONLINE_ONLY, guide(channel_text=text, **BOTH)) == []
    assert run(ONLINE_ONLY, guide(channels=["counter"], appointment=True, channel_text="网上预约后到窗口办理")) == []


def test_online_only_permitted_by_the_standard() -> None:
    assert run(ONLINE_ONLY, guide(ONLY, channels=["online"], channel_text="本事项实行全程网上办理")) == []
    config = make_config(({**REQUIRED, "offline": "optional"}, OPTIONAL, ONLY))  # the counter is optional
    record = guide(channels=["online"])
    record.standard = config.policy.standard_items[0]
    assert run(ONLINE_ONLY, record, config=config) == []


def test_online_only_judges_unmatched_guides_with_the_default_policy() -> None:
    assert len(run(ONLINE_ONLY, guide(None, channels=["online"]))) == 1
    assert run(ONLINE_ONLY, guide(None)) == []  # channels not stated: nothing observed


# --- offline-only --------------------------------------------------------------------------

def test_offline_only_when_a_required_item_offers_no_online_channel() -> None:
    for channels in (["counter"], ["counter", "post"]):
        [verdict] = run(OFFLINE_ONLY, guide(channels=channels, raw_fields={"办理方式": "、".join(channels)}))
        assert verdict.evidence.excerpt.startswith("办理方式：")
    booking = guide(channels=["counter"], appointment=True, channel_text="窗口办理\n网上预约后到窗口办理")
    assert len(run(OFFLINE_ONLY, booking)) == 1
    flagged = guide(channels=["counter"], online_available=True)  # 是否网办=是, yet only the counter
    assert len(run(OFFLINE_ONLY, flagged)) == 1


def test_offline_only_when_the_online_route_still_demands_a_visit() -> None:
    text = "窗口办理、网上办理\n网上预审通过后，请携带全部材料原件及复印件到窗口办理\n需本人到现场核验身份"
    [verdict] = run(OFFLINE_ONLY, guide(channel_text=text, **BOTH))
    assert "到窗口办理" in verdict.evidence.excerpt


def test_offline_only_not_for_express_mixed_or_optional_items() -> None:
    express = guide(channels=["counter", "online", "post"], channel_text="网上申请后，证件可快递送达，无需到现场")
    mixed = guide(channel_text="可网上申请，也可到窗口办理", **BOTH)
    assert run(OFFLINE_ONLY, express, mixed) == []
    assert run(OFFLINE_ONLY, guide(OPTIONAL, channels=["counter"])) == []
    assert run(OFFLINE_ONLY, guide(None, channels=["counter"])) == []
    assert run(OFFLINE_ONLY, guide(channel_text="窗口办理")) == []  # channels not stated


def not_judged(ctx: Any) -> dict[tuple[str, str], int]:
    return {(gap.rule, gap.template or ""): int(gap.args["count"]) for gap in ctx.close_not_judged()
            if gap.args and "count" in gap.args}


def test_no_channel_verdict_on_a_guess_and_every_guess_counted() -> None:
    inferred = guide(channels=["counter"], provenance={"channels": "inferred"})  # counter from a hall listing
    with_entry = guide(channels=["counter"], raw_fields={"办理形式": "窗口办理"}, online_entry_url=ENTRY, number=2)
    deep = guide(channels=["counter"], online_depth=4, number=3)
    silent = guide(number=4)  # no channel information at all
    ctx = context([inferred, with_entry, deep, silent])
    assert list(OFFLINE_ONLY.evaluate(ctx)) == []
    gaps = not_judged(ctx)
    assert gaps[OFFLINE_ONLY.id, CHANNELS_NOT_STATED] == 2 and gaps[OFFLINE_ONLY.id, ONLINE_ELSEWHERE] == 2
    corroborated = guide(channels=["counter"], provenance={"channels": "inferred"}, online_available=False)
    [agreed] = run(OFFLINE_ONLY, corroborated)  # 是否网办：否 agrees with the guess
    assert agreed.evidence.basis == "corroborated"
    online_guess = guide(channels=["online"], provenance={"channels": "prose"})
    ctx = context([online_guess])
    assert list(ONLINE_ONLY.evaluate(ctx)) == [] and not_judged(ctx)[ONLINE_ONLY.id, CHANNELS_NOT_STATED] == 1


PROSE_GUIDE = {"channels": ["counter"], "provenance": {"channels": "prose"},
               "raw_fields": {"三、办理程序": "申请人向户籍所在地街道便民服务中心提出书面申请，窗口当场受理。"}}
MENU = '<ul><li><a href="/wsbs">网上办事大厅</a></li></ul>'
BODY = "<h1>最低生活保障审核确认</h1><p>三、办理程序</p><p>申请人向户籍所在地街道便民服务中心提出书面申请，窗口当场受理。</p>"


def test_a_prose_guide_silent_on_any_online_route_is_offline_only_by_two_signals() -> None:
    guide_page = page(GUIDE_URL)
    [verdict] = run(OFFLINE_ONLY, guide(page=guide_page, **PROSE_GUIDE), pages={guide_page: MENU + BODY})
    assert verdict.evidence.basis == "corroborated"  # the sentences name a place; the page names no online route
    assert verdict.evidence.excerpt == "申请人向户籍所在地街道便民服务中心提出书面申请，窗口当场受理"
    assert "names no online route" in verdict.message  # the site's menu is not the guide speaking


def test_a_prose_guide_is_not_judged_when_its_page_speaks_of_an_online_route_or_no_trip() -> None:
    guide_page = page(GUIDE_URL)
    online = BODY + "<p>也可登录市政务服务网提交申请。</p>"
    door_to_door = guide(page=guide_page, visits=0, **PROSE_GUIDE)  # 上门服务: no trip at all
    for record, text in ((guide(page=guide_page, **PROSE_GUIDE), online), (door_to_door, BODY)):
        ctx = context([record], pages={guide_page: text})
        assert list(OFFLINE_ONLY.evaluate(ctx)) == []
        assert not_judged(ctx)[OFFLINE_ONLY.id, CHANNELS_NOT_STATED] == 1


def test_a_visit_reason_is_not_forced_offline_wording() -> None:
    reason = "需现场核验原件"
    assert run(OFFLINE_ONLY, guide(channel_text=f"窗口办理、网上办理\n{reason}", visit_reason=reason, **BOTH)) == []
    assert len(run(OFFLINE_ONLY, guide(channel_text=f"窗口办理、网上办理\n{reason}", **BOTH))) == 1


def test_contradictory_channel_verdicts_on_one_guide_both_fall() -> None:
    both = guide(channels=["counter"], raw_fields={"办理形式": "窗口办理"}, channel_text="窗口办理\n仅限网上申请")
    ctx = context([both, guide(channels=["counter"], raw_fields={"办理形式": "窗口办理"}, number=2,
                                item_code="11330100MB0000000X3990000000001")])
    fired = [v for rule in (ONLINE_ONLY, OFFLINE_ONLY) for v in rule.evaluate(ctx)]
    assert {v.rule for v in fired if v.subject == fired[0].subject} == {ONLINE_ONLY.id, OFFLINE_ONLY.id}
    kept = without_contradictions(fired, ctx)
    assert [v.rule for v in kept] == [OFFLINE_ONLY.id] and kept[0].subject != fired[0].subject
    gaps = not_judged(ctx)
    assert gaps[ONLINE_ONLY.id, CONTRADICTORY] == 1 and gaps[OFFLINE_ONLY.id, CONTRADICTORY] == 1


# --- online-entry-broken -------------------------------------------------------------------

def entry_guide(**fields: Any) -> Any:
    return guide(online_entry_url=ENTRY, **{**BOTH, **fields})


def test_entry_with_an_http_error_or_a_failed_connection() -> None:
    [verdict] = run(ENTRY_BROKEN, entry_guide(), pages={page(ENTRY, 404): "<h2>404</h2>"})
    assert verdict.evidence.http_status == 404 and verdict.evidence.url == ENTRY
    assert verdict.evidence.basis == "measured"
    dead = FetchFailureRecord("jinghai", ENTRY, "connection", "online entry: connection lost", None, SCANNED_AT)
    [verdict] = run(ENTRY_BROKEN, entry_guide(), failures=[dead])
    assert verdict.evidence.url == ENTRY and ENTRY in verdict.evidence.excerpt
    assert "connection lost" in verdict.evidence.excerpt and verdict.evidence.fetched_at == SCANNED_AT


def test_entry_leading_to_maintenance_or_the_counter() -> None:
    maintenance = "<html><title>系统升级维护中</title><body><h1>系统升级维护中</h1></body></html>"
    [verdict] = run(ENTRY_BROKEN, entry_guide(), pages={page(ENTRY): maintenance})
    assert "系统升级维护中" in verdict.evidence.excerpt
    notice = page(ENTRY, final_url="http://127.0.0.1:8101/apply/wsbs/notice/1")
    [verdict] = run(ENTRY_BROKEN, entry_guide(), pages={notice: "<p>本事项暂不支持网上办理，请到窗口办理。</p>"})
    assert str(verdict.evidence.url).endswith("/notice/1")


def test_working_entries_and_coverage_gaps_are_not_findings() -> None:
    form = "<h2>网上申报</h2><form><select><option>窗口领取</option></select></form>"
    footer = form + "<div>网站维护：镜海市政务服务和大数据管理局　技术支持电话：0571-96345</div>"
    login = "<h2>请使用统一身份认证账号登录后办理本事项</h2><input type=password>"
    script = "<script>if (down) alert('系统升级维护中');</script>" + form
    for text in (form, footer, login, script):
        assert run(ENTRY_BROKEN, entry_guide(), pages={page(ENTRY): text}) == []
    robots = FetchFailureRecord("jinghai", ENTRY, "robots", "forbidden by robots.txt", None, SCANNED_AT)
    assert run(ENTRY_BROKEN, entry_guide(), failures=[robots]) == []
    assert run(ENTRY_BROKEN, entry_guide()) == []  # never fetched
    no_online = guide(channels=["counter"], online_available=False, online_entry_url=ENTRY)
    assert run(ENTRY_BROKEN, no_online, pages={page(ENTRY, 404): ""}) == []


def test_an_entry_that_is_the_guide_itself_is_not_judged_by_its_words() -> None:
    itself = page(GUIDE_URL)
    record = guide(page=itself, online_entry_url=GUIDE_URL, **BOTH)
    assert run(ENTRY_BROKEN, record, pages={itself: "<p>请到窗口办理</p>"}) == []


# --- on the simulated province -------------------------------------------------------------

def test_channel_rules_on_the_simulated_province() -> None:
    scan = simulated_scan()
    rules = (ONLINE_ONLY, OFFLINE_ONLY, ENTRY_BROKEN)
    ids = {rule.id for rule in rules}
    findings: list[dict[str, Any]] = [{"rule": v.rule, "city": v.city_id, "item_code": v.item_code, "dimension": v.dimension,
                 "evidence": {"url": v.evidence.url}} for rule in rules for v in rule.evaluate(scan.context)]
    scores = score_findings(findings, [v for v in scan.truth["violations"] if v["rule"] in ids])
    table = format_score_table(scores)
    for rule_id in ids:
        score = scores[rule_id]
        assert score.true_positives >= 10, table
        assert score.precision >= 0.95, f"{rule_id} false positives {score.false_positives[:5]}\n{table}"
        assert score.recall >= 0.95, f"{rule_id} missed {score.false_negatives[:5]}\n{table}"
    fired = {truth_key(f) for f in findings}
    traps = [t for t in scan.truth["traps"] if t["rule"] in ids]
    assert traps and [(t["kind"], t["item_code"]) for t in traps if truth_key(t) in fired] == []
