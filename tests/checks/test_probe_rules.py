"""The rules that judge what the browser probes saw, on hand-built visits: each case a citizen's
browser could meet, and the traps next to it (the province's own login, a page that works as
IE only, a page with links on, a probe that failed)."""

from __future__ import annotations

from channel_equity.checks.context import LEGACY
from channel_equity.checks.rules.accessibility import AccessibilityRule
from channel_equity.checks.rules.app_only_entry import AppOnlyEntryRule
from channel_equity.checks.rules.captcha_no_alternative import CaptchaNoAlternativeRule
from channel_equity.checks.rules.legacy_browser import LegacyBrowserRule
from channel_equity.checks.rules.online_entry_broken import (
    LEADS_TO_NOTHING,
    NOT_OPENED,
    OnlineEntryBrokenRule,
)
from channel_equity.checks.rules.separate_login import (
    ASKS_OWN_ACCOUNT,
    NO_UNIFIED_HOSTS,
    SeparateLoginRule,
    is_unified,
)
from channel_equity.checks.verdict import Verdict
from tests.checks import wording_context as worded
from tests.checks.probe_builders import (
    ENTRY,
    FORM,
    NOTHING,
    UNIFIED,
    login,
    probed_context,
    unified_config,
    visit,
)


def separate(*visits_: object, config: worded.MonitorConfig | None = None) -> tuple[list[Verdict], list[str]]:
    context = probed_context(list(visits_), config=config or unified_config())  # type: ignore[arg-type]
    found = list(SeparateLoginRule().evaluate(context))
    return found, [gap.reason for gap in context.close_not_judged()]


def test_a_login_of_the_city_s_own_system_is_a_separate_account() -> None:
    [verdict], _ = separate(visit(login("127.0.0.1:8101")))
    assert verdict.message_template == ASKS_OWN_ACCOUNT and verdict.message_args["host"] == "127.0.0.1:8101"
    assert verdict.evidence.quoted is False and verdict.evidence.screenshot == f"sha256:{'ab' * 32}"
    assert verdict.evidence.basis == "measured"


def test_the_province_s_own_login_is_not_a_separate_account() -> None:
    on_unified = visit(login(UNIFIED), final_url=f"https://{UNIFIED}/login?service={ENTRY}")
    assert separate(on_unified)[0] == [], "the entry sends the citizen to the unified service"
    posting = visit(login(f"sso.{UNIFIED}"))
    assert separate(posting)[0] == [], "a form on the city's page that logs in at the unified service"
    assert separate(visit(FORM))[0] == [], "no login at all"


def test_a_login_shown_only_to_internet_explorer_counts_too() -> None:
    [verdict], _ = separate(visit(NOTHING), visit(login("127.0.0.1:8101"), variant=LEGACY, page_id=51))
    assert verdict.message_args["host"] == "127.0.0.1:8101"


def test_without_unified_hosts_a_login_is_not_judged_never_passed() -> None:
    found, gaps = separate(visit(login("127.0.0.1:8101")), config=worded.make_config())
    assert found == [] and gaps == [NO_UNIFIED_HOSTS.format(count=1)]


def test_hosts_are_unified_by_name_port_or_sub_domain() -> None:
    assert is_unified("tyrz.example.gov.cn:443", ["tyrz.example.gov.cn"])
    assert is_unified("127.0.0.1:8110", ["127.0.0.1:8110"]) and not is_unified("127.0.0.1:8101", ["127.0.0.1:8110"])
    assert not is_unified("tyrz.example.gov.cn.evil.com", ["tyrz.example.gov.cn"])


def broken(*visits_: object, texts: dict[int, str] | None = None) -> tuple[list[Verdict], list[str]]:
    context = probed_context(list(visits_), texts)  # type: ignore[arg-type]
    found = list(OnlineEntryBrokenRule().evaluate(context))
    return found, [gap.reason for gap in context.close_not_judged()]


def test_a_visit_is_judged_by_what_the_browser_showed() -> None:
    maintenance = visit(NOTHING, final_url="http://127.0.0.1:8101/maintenance.html")
    [dead_end], _ = broken(maintenance, texts={50: "<h1>系统升级维护中</h1><p>暂停网上申报，请到窗口办理</p>"})
    assert dead_end.evidence.url == "http://127.0.0.1:8101/maintenance.html" and dead_end.evidence.screenshot
    [error], _ = broken(visit(NOTHING, status=502))
    assert error.message_args["status"] == 502
    [refused], _ = broken(visit(shown=False, error="net::ERR_CONNECTION_REFUSED at " + ENTRY))
    assert "ERR_CONNECTION_REFUSED" in refused.message


def test_a_page_with_nothing_to_go_on_with_is_broken_unless_ie_is_shown_a_form() -> None:
    [blank], _ = broken(visit(NOTHING), texts={50: "<div id='app'>加载中…</div>"})
    assert blank.message_template == LEADS_TO_NOTHING and blank.evidence.quoted is False
    assert broken(visit(NOTHING), visit(FORM, variant=LEGACY, page_id=51))[0] == [], (
        "a page that blocks Chromium only is legacy-browser-required, not broken")
    assert broken(visit({**NOTHING, "links": 3}))[0] == [], "a page with links on it offers a way on"
    assert broken(visit(FORM))[0] == []


def test_a_failed_probe_falls_back_and_an_odd_browser_error_is_a_gap() -> None:
    assert broken(visit(done=False, shown=False, error="the browser died twice"))[0] == [], (
        "no fetch of the entry either: nothing to judge")
    found, gaps = broken(visit(shown=False, error="net::ERR_ABORTED at " + ENTRY))
    assert found == [] and gaps == [NOT_OPENED.format(count=1)]


def test_an_entry_that_turns_chromium_away_and_serves_ie_demands_a_legacy_browser() -> None:
    refusal = {50: "<p>请使用IE浏览器（兼容模式）访问本系统。</p>"}
    context = probed_context([visit(NOTHING), visit(FORM, variant=LEGACY, page_id=51)], refusal)
    [verdict] = LegacyBrowserRule().evaluate(context)
    assert verdict.evidence.pages == (ENTRY,) and "请使用IE浏览器" in verdict.evidence.excerpt
    assert verdict.evidence.quoted is None, "the refusal's own words: quoted from the rendered page"
    silent = probed_context([visit(NOTHING), visit(FORM, variant=LEGACY, page_id=51)])
    [measured] = LegacyBrowserRule().evaluate(silent)
    assert measured.evidence.quoted is False and measured.evidence.basis == "measured"
    for traps in ([visit(NOTHING), visit(NOTHING, variant=LEGACY, page_id=51)],  # IE gets nothing either
                  [visit(FORM), visit(FORM, variant=LEGACY, page_id=51)],  # Chromium gets the form
                  [visit(NOTHING, status=503), visit(FORM, variant=LEGACY, page_id=51)]):  # an outage, not a sniff
        assert list(LegacyBrowserRule().evaluate(probed_context(traps, refusal))) == [], traps


def test_an_entry_shown_as_a_code_or_an_app_and_nothing_else_is_app_only() -> None:
    qr_only = {**NOTHING, "qr_images": 1, "links": 1, "app_links": ["http://127.0.0.1:8101/app.apk"]}
    [verdict] = AppOnlyEntryRule().evaluate(probed_context([visit(qr_only)]))
    assert verdict.evidence.pages == (ENTRY,) and verdict.evidence.quoted is False
    worded_page = probed_context([visit(qr_only)], {50: "<p>请使用手机下载掌上办APP，扫描下方二维码办理</p>"})
    [quoted] = AppOnlyEntryRule().evaluate(worded_page)
    assert "扫描下方二维码办理" in quoted.evidence.excerpt
    with_form_link = {**qr_only, "links": 2}
    assert list(AppOnlyEntryRule().evaluate(probed_context([visit(with_form_link)]))) == [], (
        "a code beside a link to the web form")
    assert list(AppOnlyEntryRule().evaluate(probed_context([visit({**qr_only, "forms": 1})]))) == []


def test_a_visual_captcha_without_an_alternative_is_listed_per_portal() -> None:
    image = {**FORM, "captcha_images": 1, "captcha_audio": 0}
    home = "http://127.0.0.1:8101/"
    visits = [visit(image), visit({**FORM, "captcha_sliders": 1}, url=home, final_url=home, page_id=52)]
    [verdict] = CaptchaNoAlternativeRule().evaluate(probed_context(visits))
    assert set(verdict.evidence.pages) == {ENTRY, home} and verdict.message_args["count"] == 2
    assert verdict.evidence.quoted is False and verdict.evidence.basis == "measured"
    with_audio = [visit({**image, "captcha_audio": 1})]
    assert list(CaptchaNoAlternativeRule().evaluate(probed_context(with_audio))) == [], "an audio alternative"
    assert list(CaptchaNoAlternativeRule().evaluate(probed_context([visit(image, status=500)]))) == []


def test_serious_axe_violations_are_one_finding_per_city_and_axe_rule() -> None:
    image_alt = {"id": "image-alt", "impact": "critical", "help": "Images must have alternate text", "nodes": 3,
                 "targets": ["img.banner"]}
    region = {"id": "region", "impact": "moderate", "help": "landmarks", "nodes": 6, "targets": [".topbar"]}
    home = "http://127.0.0.1:8101/"
    visits = [visit({**FORM, "axe": [image_alt, region]}),
              visit({**FORM, "axe": [image_alt]}, url=home, final_url=home, page_id=52)]
    context = probed_context(visits)
    [verdict] = AccessibilityRule().evaluate(context)
    assert verdict.dimension == "image-alt" and set(verdict.evidence.pages) == {ENTRY, home}
    assert "img.banner" in verdict.evidence.excerpt and verdict.evidence.quoted is False
    assert AccessibilityRule().covers(context, worded.CITY, "")
    unchecked = probed_context([visit(FORM)])
    assert list(AccessibilityRule().evaluate(unchecked)) == [] and not AccessibilityRule().covers(
        unchecked, worded.CITY, ""), "a city whose pages axe did not check resolves nothing"
