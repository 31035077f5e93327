"""Finding messages the report can translate: every verdict carries a declared template and
JSON-safe arguments that format to its English message, the catalogs translate every
template each rule uses, and `check` stores template and arguments beside the message.

The verdicts come from the served simulated province (every rule fires there) plus the
few messages it has no case for, built by hand.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select, update

from channel_equity.checks.context import CheckContext
from channel_equity.checks.registry import ALL_RULES, RULES_BY_ID
from channel_equity.checks.rule import UndeclaredMessageError
from channel_equity.checks.rules.accessibility import AccessibilityRule
from channel_equity.checks.rules.app_only_entry import AppOnlyEntryRule
from channel_equity.checks.rules.captcha_no_alternative import CaptchaNoAlternativeRule
from channel_equity.checks.rules.cross_city_divergence import CrossCityDivergence
from channel_equity.checks.rules.excess_steps import ExcessStepsRule
from channel_equity.checks.rules.legacy_browser import LegacyBrowserRule
from channel_equity.checks.rules.login_wall import LoginWallRule
from channel_equity.checks.rules.offline_only import OfflineOnlyRule
from channel_equity.checks.rules.online_entry_broken import OnlineEntryBrokenRule
from channel_equity.checks.rules.online_only import OnlineOnlyRule
from channel_equity.checks.rules.portal_unreachable import PortalUnreachable
from channel_equity.checks.rules.separate_login import SeparateLoginRule
from channel_equity.checks.rules.slow_page import SlowPageRule
from channel_equity.checks.rules.unauthorized_delegation import UnauthorizedDelegation
from channel_equity.checks.rules.village_gap import VillageGap
from channel_equity.checks.rules.zombie_channel import ZombieChannelRule
from channel_equity.checks.runner import run_checks
from channel_equity.checks.verdict import Evidence, Verdict, format_message, is_term_list, terms
from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.probes.journey_steps import SEARCH_FOUND_NOTHING
from channel_equity.reports.i18n import load_translations
from channel_equity.reports.locale.zh_messages import EN_OVERRIDES
from channel_equity.reports.messages import translated_message
from channel_equity.store import open_store, recording
from channel_equity.store.models import Finding
from channel_equity.store.reading import PortalAttempt
from tests.checks import probe_builders as probed
from tests.checks import rule_builders as built
from tests.checks import wording_context as worded

EVIDENCE = Evidence("http://127.0.0.1:8101/", None, None, None, "excerpt")
TEMPLATES = {template for rule in ALL_RULES for template in rule.messages}
CJK = re.compile(r"[\u3400-\u9fff]")


def unreachable_week(error: str) -> CheckContext:
    """A week of nightly scans whose last and fourth-last could not reach the portal."""
    context = built.make_context([], coverage=[built.coverage(status="unreachable", error=error)])
    earlier = [PortalAttempt(10 - night, built.CITY, at, at, night != 3, built.PORTAL, None if night != 3 else error)
               for night in range(1, 7) for at in [built.SCANNED_AT - timedelta(days=night)]]
    return replace(context, attempts_loader=lambda since: [a for a in earlier if a.started_at > since])


@pytest.fixture(scope="module")
def verdicts() -> list[Verdict]:
    """Every rule over the simulated province, and the messages it has no case for."""
    context = worded.simulated_scan().context
    found = [verdict for rule in ALL_RULES for verdict in rule.evaluate(context)]
    found += PortalUnreachable().evaluate(unreachable_week("Connection refused: <script>alert(1)</script>"))
    found += built.judge(VillageGap(), built.observation(name="最低生活保障对象认定", locations=[]))
    redirected = worded.page("http://127.0.0.1:8101/bszn/detail?id=9", final_url="http://127.0.0.1:8101/app.html")
    found += AppOnlyEntryRule().evaluate(worded.context(pages={redirected: "<p>电脑端暂不支持办理，请使用手机扫码</p>"}))
    found += LegacyBrowserRule().evaluate(worded.context(pages={redirected: "<p>该系统只支持IE浏览器</p>"}))
    found += LoginWallRule().evaluate(worded.context(pages={redirected: "<p>请先登录后查看办事指南</p>"}))
    prose_page = worded.page(worded.GUIDE_URL)
    prose = worded.guide(page=prose_page, channels=["counter"], provenance={"channels": "prose"},
                         raw_fields={"办理程序": "申请人到区政务服务中心窗口提出申请"})
    found += OfflineOnlyRule().evaluate(worded.context([prose], pages={prose_page: "<p>申请人到区政务服务中心窗口提出申请</p>"}))
    found += OnlineEntryBrokenRule().evaluate(probed.probed_context([probed.visit(probed.NOTHING)]))
    found += SeparateLoginRule().evaluate(probed.probed_context([probed.visit(probed.login("127.0.0.1:8101"))],
                                                                config=probed.unified_config()))
    captcha = probed.visit({**probed.FORM, "captcha_images": 1})
    moved = probed.visit({**probed.FORM, "captcha_images": 1}, final_url="http://127.0.0.1:8101/sso/login")
    found += CaptchaNoAlternativeRule().evaluate(probed.probed_context([captcha]))
    found += CaptchaNoAlternativeRule().evaluate(probed.probed_context([moved]))
    axe = [{"id": "label", "impact": "serious", "help": "Form elements must have labels", "nodes": 2, "targets": ["#n"]}]
    found += AccessibilityRule().evaluate(probed.probed_context([probed.visit({**probed.FORM, "axe": axe})]))
    slow = probed.visit(probed.FORM, timings={"samples_ms": [4100, 3900, 4000]})
    found += SlowPageRule().evaluate(probed.probed_context([slow]))
    found += ZombieChannelRule().evaluate(probed.probed_context([probed.channels_visit(probed.DOWNLOADS)],
                                                                texts={70: probed.CHANNELS_PAGE}))
    found += ExcessStepsRule().evaluate(probed.probed_context([probed.journey_visit(probed.journey(8))]))
    found += ExcessStepsRule().evaluate(probed.probed_context([probed.journey_visit(probed.journey(
        2, reached_entry=False, failure=SEARCH_FOUND_NOTHING))]))
    found += CrossCityDivergence().evaluate(cross_city_context())
    return found


def cross_city_context() -> CheckContext:
    """Three cities offering one item, the last worse on visits, materials and fee."""
    cities = [(city, f"http://{city}.example.gov.cn/") for city in ("anhe", "baishan", "jinghai")]
    config = built.make_config(cities=cities)
    papers = [{"name": f"材料{n}"} for n in range(6)]
    worse = {"visits": 3, "materials": papers, "fee": True}
    guides = [built.record(built.observation(name="建设工程城市道路挖掘许可", url=f"{portal}bszn?id=1",
                                             **(worse if city == "jinghai" else
                                                {"visits": 1, "materials": papers[:2], "fee": False})),
                           config, city, number=n)
              for n, (city, portal) in enumerate(cities, start=1)]
    return built.make_context(guides, config)


def test_every_rule_and_every_declared_template_is_exercised(verdicts: list[Verdict]) -> None:
    assert {verdict.rule for verdict in verdicts} == set(RULES_BY_ID)
    assert {verdict.message_template for verdict in verdicts} == TEMPLATES


def test_template_and_stored_arguments_format_to_the_message(verdicts: list[Verdict]) -> None:
    for verdict in verdicts:
        assert verdict.message_template in RULES_BY_ID[verdict.rule].messages
        stored = json.loads(json.dumps(dict(verdict.message_args), ensure_ascii=False))
        assert stored == verdict.message_args, verdict  # JSON changes nothing
        assert format_message(verdict.message_template, stored) == verdict.message, verdict


def test_the_catalogs_translate_every_message(verdicts: list[Verdict]) -> None:
    zh, en = load_translations("zh"), load_translations("en")
    for verdict in verdicts:
        args = verdict.message_args
        chinese = translated_message(verdict.message, verdict.message_template, args, zh.gettext)
        assert chinese != verdict.message and CJK.search(chinese), verdict  # translated, not the fallback
        english = translated_message(verdict.message, verdict.message_template, args, en.gettext)
        ids = {verdict.message_template, *(w for v in args.values() if is_term_list(v) for w in (*v["terms"], v["sep"]))}
        assert english == verdict.message or ids & set(EN_OVERRIDES), verdict
    assert zh.missing == set() and en.missing == set()


def test_rule_messages_read_as_an_inspector_reads_them() -> None:
    zh = load_translations("zh").gettext

    def shown(verdict: Verdict) -> str:
        return translated_message(verdict.message, verdict.message_template, verdict.message_args, zh)

    [channels] = OnlineOnlyRule().evaluate(worded.context([worded.guide(channels=["online", "post"])]))
    assert shown(channels) == "该事项未提供窗口办理渠道（仅提供网上办理、快递申请）"
    [levels] = built.judge(UnauthorizedDelegation(), built.observation(name="人力资源服务许可", levels=["county", "town"]))
    assert shown(levels) == "该事项在县级、乡镇（街道）级行使，全省标准“人力资源服务许可”（000106021000）只允许在市级行使"
    [unreachable] = PortalUnreachable().evaluate(unreachable_week("connection refused"))
    assert shown(unreachable) == "近 7 天的 7 次扫描中，门户网站有 2 次无法访问（28.6%，超过允许的 5%）"
    assert "connection refused" in unreachable.evidence.excerpt  # the crawler's words, in the evidence


def test_a_verdict_refuses_an_undeclared_template_or_term_and_arguments_json_would_change() -> None:
    rule = RULES_BY_ID["online-only"]
    with pytest.raises(UndeclaredMessageError, match="online-only"):
        rule.make_verdict("jinghai", "", "made up {words}", {"words": "仅网办"}, EVIDENCE)
    with pytest.raises(UndeclaredMessageError, match="terms"):
        rule.make_verdict("jinghai", "", "the guide offers no counter channel (only {offered})",
                          {"offered": terms(["kiosk"], "、")}, EVIDENCE)
    for bad in (0.5, ("a",), None, True, ["a"]):  # JSON would change or drop them
        with pytest.raises(TypeError):
            Verdict(rule="x", city_id="c", subject="", message_template="{v}", message_args={"v": cast(Any, bad)},
                    evidence=EVIDENCE)
    with pytest.raises(KeyError):
        Verdict(rule="x", city_id="c", subject="", message_template="{missing}", message_args={}, evidence=EVIDENCE)
    braces = Verdict(rule="x", city_id="c", subject="", message_template="words: {w}",
                     message_args={"w": "{evil.__class__}"}, evidence=EVIDENCE)
    assert braces.message == "words: {evil.__class__}"  # an argument is never a template itself


def test_check_stores_template_and_arguments_and_fills_in_older_rows(tmp_path: Path) -> None:
    loaded = LoadedConfig(path=tmp_path / "province.yaml", monitor=built.make_config())
    store = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    try:
        scan_id = recording.start_scan(store, "demo", None)
        guide = built.observation(item_code="11330100MB0000000X3000117002000", channels=["online", "post"], visits=3)
        recording.record_observations(store, scan_id, built.CITY, [(None, guide)])
        recording.record_city_result(store, scan_id, built.CITY, portal_url=built.PORTAL, status="ok")
        recording.finish_scan(store, scan_id, "finished")
        run_checks(loaded, store, scan_id)
        with store.session() as session:
            rows = {row.rule: row for row in session.scalars(select(Finding))}
        assert {"online-only", "exceeds-standard"} <= set(rows)
        for row in rows.values():
            assert row.message_template in RULES_BY_ID[row.rule].messages
            assert format_message(row.message_template, row.message_args or {}) == row.message
        assert rows["online-only"].message_args == {"offered": {"terms": ["online", "post"], "sep": "、"}}
        with store.session(write=True) as session:  # a row from before there were templates
            session.execute(update(Finding).values(message_template=None, message_args=None))
        run_checks(loaded, store, scan_id)
        with store.session() as session:
            again = {row.rule: (row.message_template, row.message_args) for row in session.scalars(select(Finding))}
        assert again == {rule: (row.message_template, row.message_args) for rule, row in rows.items()}
    finally:
        store.close()
