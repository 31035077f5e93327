"""slow-page, zombie-channel and excess-steps on hand-built visits: load times judged on their median, never one
load; channels read from the rows of a channels page, with the traps beside the zombies (a code
to scan for a mini-program, a launch date, an instruction that ends in "APP")."""

from __future__ import annotations

from channel_equity.checks.context import CheckContext
from channel_equity.checks.rules._mobile_channels import read_channel_rows
from channel_equity.checks.rules.excess_steps import FINDS_NOTHING, STOPPED, TOO_MANY, ExcessStepsRule
from channel_equity.checks.rules.login_wall import LoginWallRule
from channel_equity.checks.rules.slow_page import SlowPageRule
from channel_equity.checks.rules.zombie_channel import DEAD, MISSING, NO_PAGE, STALE, ZombieChannelRule
from channel_equity.crawler.probes.journey_steps import SEARCH_FOUND_NOTHING
from tests.checks import wording_context as worded
from tests.checks.probe_builders import (
    CHANNELS,
    CHANNELS_PAGE,
    DOWNLOADS,
    FORM,
    channels_visit,
    date_before,
    journey,
    journey_visit,
    probed_context,
    visit,
)

HOME = "http://127.0.0.1:8101/"
GUIDE = "http://127.0.0.1:8101/guide/7.html"


def timed(url: str, samples: list[int], page_id: int, status: int = 200) -> object:
    return visit(FORM, url=url, final_url=url, page_id=page_id, role="page", status=status,
                 timings={"load_ms": samples[0], "samples_ms": samples})


def slow_context(*visits: object, seconds: float | None = 1.5) -> CheckContext:
    config = worded.make_config()
    if seconds is not None:
        config = config.model_copy(update={"thresholds": {"slow_page_seconds": seconds}})
    return probed_context(list(visits), config=config)  # type: ignore[arg-type]


def test_a_page_is_slow_on_the_median_of_its_loads() -> None:
    context = slow_context(timed(HOME, [2600, 2500, 2700], 60), timed(GUIDE, [4000, 900, 1000], 61))
    [verdict] = SlowPageRule().evaluate(context)
    assert verdict.evidence.pages == (HOME,) and verdict.evidence.url == HOME
    assert "2.60 s, 2.50 s, 2.70 s" in verdict.evidence.excerpt and verdict.evidence.quoted is False
    assert verdict.message_args["seconds"] == "2.6" and verdict.message_args["threshold"] == "1.5"
    assert SlowPageRule().covers(context, worded.CITY, "")


def test_one_slow_load_an_error_page_or_the_default_threshold_is_no_finding() -> None:
    assert list(SlowPageRule().evaluate(slow_context(timed(HOME, [9000], 60)))) == [], "one load is no measure"
    assert list(SlowPageRule().evaluate(slow_context(timed(HOME, [9000, 9000, 9000], 60, status=503)))) == []
    assert list(SlowPageRule().evaluate(slow_context(timed(HOME, [2600, 2500, 2700], 60), seconds=None))) == [], \
        "3 s by default"
    untimed = slow_context(visit(FORM))
    assert not SlowPageRule().covers(untimed, worded.CITY, ""), "a city not timed resolves nothing"


def test_channel_rows_are_read_from_tables_and_cards() -> None:
    rows = {row.name: row for row in read_channel_rows(CHANNELS_PAGE, CHANNELS)}
    assert set(rows) == {"城通APP", "老城办APP", "城掌上办APP", "城市政务服务公众号", "城通微信小程序", "城办支付宝小程序",
                         "城市民热线服务号"}, "kinds (手机APP) and instructions (扫码下载APP) are no names"
    assert rows["城通APP"].downloads == (("http://127.0.0.1:8101/download/new.apk", "安卓版下载"),)
    assert rows["城通APP"].has_qr and not rows["城掌上办APP"].has_qr and rows["城掌上办APP"].is_app
    assert rows["城办支付宝小程序"].updated is None, "a launch date is no update"
    assert rows["城市民热线服务号"].updated_text == date_before(500)


def test_dead_missing_and_stale_channels_are_zombies_and_the_rest_are_not() -> None:
    context = probed_context([channels_visit(DOWNLOADS)], texts={70: CHANNELS_PAGE})
    found = {verdict.dimension: verdict for verdict in ZombieChannelRule().evaluate(context)}
    assert {name: verdict.message_template for name, verdict in found.items()} == {
        "老城办APP": DEAD, "城掌上办APP": MISSING, "城市政务服务公众号": STALE, "城市民热线服务号": STALE}
    assert found["老城办APP"].message_args["status"] == "404" and found["老城办APP"].evidence.screenshot
    assert found["城市政务服务公众号"].message_args["days"] == 900
    assert "城掌上办APP" in found["城掌上办APP"].evidence.excerpt
    assert ZombieChannelRule().covers(context, worded.CITY, "")


def test_a_download_not_checked_is_not_dead_and_no_channels_page_is_a_gap() -> None:
    context = probed_context([channels_visit()], texts={70: CHANNELS_PAGE})
    assert "老城办APP" not in {v.dimension for v in ZombieChannelRule().evaluate(context)}
    home_only = probed_context([visit(FORM, url=HOME, final_url=HOME, page_id=71, role="home")])
    assert list(ZombieChannelRule().evaluate(home_only)) == []
    assert [gap.template for gap in home_only.close_not_judged()] == [NO_PAGE]
    assert not ZombieChannelRule().covers(home_only, worded.CITY, "")


def excess(*visits: object) -> tuple[list[object], list[str]]:
    context = probed_context(list(visits), config=worded.make_config())  # type: ignore[arg-type]
    found = list(ExcessStepsRule().evaluate(context))
    return found, [gap.template or "" for gap in context.close_not_judged()]


def test_a_journey_longer_than_the_threshold_or_a_search_that_finds_nothing_is_excess_steps() -> None:
    [deep], _ = excess(journey_visit(journey(7)))
    assert deep.message_template == TOO_MANY and deep.message_args["loads"] == 7 and deep.subject == ""
    assert "fill: 搜索 → submit: Enter" in deep.evidence.excerpt and deep.evidence.quoted is False
    [nothing], _ = excess(journey_visit(journey(2, reached_entry=False, failure=SEARCH_FOUND_NOTHING)))
    assert nothing.message_template == FINDS_NOTHING and nothing.message_args["item"] == "个体工商户设立登记"
    assert excess(journey_visit(journey(6)))[0] == [], "six loads is within the default threshold"


def test_a_journey_the_probe_could_not_finish_is_a_gap_not_a_verdict() -> None:
    found, gaps = excess(journey_visit(journey(3, reached_entry=False, failure="no apply button on the guide")))
    assert found == [] and gaps == [STOPPED]
    context = probed_context([journey_visit(journey(4))])
    assert ExcessStepsRule().covers(context, worded.CITY, "")
    assert not ExcessStepsRule().covers(probed_context([visit(FORM)]), worded.CITY, "")


def test_a_journey_that_meets_a_login_form_instead_of_the_guide_is_a_login_wall() -> None:
    walled = {**journey(3, reached_entry=False, failure="a login page was shown where the guide was expected"),
              "login_wall": True}
    context = probed_context([journey_visit(walled)])
    [verdict] = LoginWallRule().evaluate(context)
    assert verdict.evidence.basis == "measured" and verdict.evidence.quoted is False
    assert "个体工商户设立登记" in verdict.evidence.excerpt and verdict.evidence.screenshot
    assert list(LoginWallRule().evaluate(probed_context([journey_visit(journey(4))]))) == []
    found, gaps = excess(journey_visit(walled))
    assert found == [] and gaps == [], "the wall is login-wall's finding, not a gap of excess-steps"


CARDS_PAGE = """<html><body><div class="site-top"><p>某市政务服务网</p><img src="/qr-app.png" alt="扫码下载APP"></div>
<div class="main"><h2>政务APP</h2>
<div class="app-card"><h4>城事通</h4><span class="tag">APP</span><p>版本号 6.1</p><p>更新于 2026-10-01</p>
  <a href="/apk/cst.apk">立即下载</a></div>
<div class="app-card"><h4>城里就业</h4><span class="tag">APP</span><p>求职招聘一站办。</p></div>
<h2>小程序</h2>
<div class="group"><dl class="mini"><dt>城市服务</dt><dd>类型：微信小程序</dd><dd>上线时间：2019-05-01</dd>
  <dd><img src="/m.png" alt="小程序码"></dd></dl>
<dl class="mini"><dt>城市公交</dt><dd>类型：支付宝小程序</dd><dd><img src="/b.png" alt="二维码"></dd></dl></div></div>
<div class="footer">版权所有 某市人民政府 扫码关注公众号 <img src="/wx.png" alt="公众号二维码"></div></body></html>"""


def test_cards_and_definition_lists_name_their_channels_and_the_chrome_lists_none() -> None:
    rows = {row.name: row for row in read_channel_rows(CARDS_PAGE, "http://127.0.0.1:8101/m/")}
    assert set(rows) == {"城事通", "城里就业", "城市服务", "城市公交"}, "no section heading, header or footer"
    assert rows["城事通"].is_app and rows["城事通"].updated_text == "2026-10-01"
    assert rows["城里就业"].is_app and not rows["城里就业"].downloads and not rows["城里就业"].has_qr
    assert rows["城市服务"].kind == "mini-program" and rows["城市服务"].updated is None and rows["城市服务"].has_qr
