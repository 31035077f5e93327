"""What a run's notification says, read from a real store: per city the findings the scan
opened, reopened and resolved, the coverage gaps, open complaints when recorded; in Chinese
or English; scraped names harmless in the Markdown that becomes a mail's HTML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, text

from channel_equity.cli.nightly import RunOutcome
from channel_equity.cli.notify import NotifyResult, notify_after_run
from channel_equity.cli.notify.digest import OpenComplaint, build_digest
from channel_equity.cli.notify.message import markdown_escaped, render_message
from channel_equity.store import recording
from channel_equity.store.models import FindingEvent
from channel_equity.store.session import Store
from tests.unit.notify_servers import refused_port
from tests.unit.notify_state import HOSTILE_NAME, ProvinceState, build_state


@pytest.fixture
def state(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ProvinceState]:
    notify: dict[str, Any] = {"targets": ["json://127.0.0.1:9/hook"], "lang": "en"}
    notify.update(getattr(request, "param", {}))
    built = build_state(tmp_path, notify)
    yield built
    built.store.close()


def test_the_digest_splits_the_scan_s_lifecycle_by_city(state: ProvinceState) -> None:
    digest = build_digest(state.loaded, state.store, state.outcome.scan_id, "r")
    cities = {city.city_id: city for city in digest.cities}
    assert [c.city_id for c in digest.cities] == ["jinghai", "yunhe", "shanlan"], "the config's order"
    jinghai = cities["jinghai"]
    assert (len(jinghai.opened), len(jinghai.reopened), len(jinghai.resolved)) == (7, 1, 1)
    assert jinghai.opened[0].severity == "critical", "the most severe first"
    assert jinghai.open_now == 8, "the seven new and the reopened one stand open"
    assert [c.city_id for c in digest.gaps] == ["yunhe"] and cities["yunhe"].error == "connection refused"
    assert not cities["shanlan"].changed and digest.has_changes


def test_the_digest_of_the_earlier_scan_counts_only_its_own_events(state: ProvinceState) -> None:
    digest = build_digest(state.loaded, state.store, state.outcome.scan_id - 1, None)
    jinghai = digest.cities[0]
    assert (len(jinghai.opened), len(jinghai.reopened), len(jinghai.resolved)) == (1, 0, 1), (
        "finding 1 opened then resolved in scan 1 counts by its last event; finding 2 opened")


def test_the_english_message_has_counts_top_findings_gaps_and_the_report(state: ProvinceState) -> None:
    settings = state.loaded.monitor.notify
    assert settings is not None
    message = render_message(build_digest(state.loaded, state.store, state.outcome.scan_id, "/srv/report/index.html"),
                             settings)
    assert message.title == ("channel-equity 示范省: scan 2: 7 new, 1 reopened, 1 resolved, 1 coverage gaps")
    text = message.text
    assert "== 镜海市 (jinghai) ==" in text and "- New: 7" in text and "- Reopened: 1" in text
    assert f"  - online-only: {HOSTILE_NAME} (XK-9)" in text, "plain text keeps the words"
    assert "  - online-only: 食品经营许可证核发 (XK-0012-3301)" in text
    assert "  - exceeds-standard: 建筑施工许可 (JZ-0001) · On-site visits" in text
    assert text.count("shared-data-demanded") == 4 and "… and 2 more" in text, "top 5 of 7 new, then a count"
    assert "- 云河市 (yunhe): Unreachable — connection refused" in text
    assert "No change: 山岚市 (shanlan)" in text and "8 open in all" in text
    assert text.rstrip().endswith("Report: /srv/report/index.html")


@pytest.mark.parametrize("state", [{"lang": "zh", "top": 1, "title": "夜间巡检"}], indirect=True)
def test_the_chinese_message_with_a_title_and_one_finding_per_kind(state: ProvinceState) -> None:
    settings = state.loaded.monitor.notify
    assert settings is not None
    message = render_message(build_digest(state.loaded, state.store, state.outcome.scan_id, None), settings)
    assert message.title == "夜间巡检: 第2次扫描 新增7 重新出现1 已整改1 覆盖缺口1"
    assert "覆盖缺口（1）" in message.text and "云河市 (yunhe): 无法访问" in message.text
    assert "- 新增: 7" in message.text and "……另有 6 项" in message.text and "目前未整改 8 项" in message.text
    assert "报告" not in message.text, "no report location given, none shown"


def test_markdown_shows_scraped_names_as_words_never_as_html(state: ProvinceState) -> None:
    settings = state.loaded.monitor.notify
    assert settings is not None
    markdown = render_message(build_digest(state.loaded, state.store, state.outcome.scan_id, "https://r.example/x_y/"),
                              settings).markdown
    assert "<img" not in markdown and "&lt;img src=x onerror=alert(1)&gt;食品\\*许可\\*" in markdown
    assert "### 镜海市 (jinghai)" in markdown and "    - online-only:" in markdown
    assert "<https://r.example/x_y/>" in markdown, "a configured report URL is a link"
    assert markdown_escaped("a\nb\x00c [x](javascript:y)") == "a b c \\[x\\](javascript:y)"


def test_open_complaints_are_listed_when_something_records_them(state: ProvinceState) -> None:
    settings = state.loaded.monitor.notify
    assert settings is not None

    def complaints(store: Store) -> list[OpenComplaint]:
        return [OpenComplaint("shanlan", "TS-2026-0042", "窗口拒收纸质申请")]

    with_complaints = render_message(build_digest(state.loaded, state.store, state.outcome.scan_id, None,
                                                  complaints), settings).text
    assert "== 山岚市 (shanlan) ==" in with_complaints and "- Open complaints (1)" in with_complaints
    assert "  - TS-2026-0042: 窗口拒收纸质申请" in with_complaints
    without = render_message(build_digest(state.loaded, state.store, state.outcome.scan_id, None), settings).text
    assert "complaint" not in without.lower(), "not tracked: no section, rather than a claim of none"


@pytest.mark.parametrize("state", [{"when": "changes"}], indirect=True)
def test_when_changes_sends_nothing_after_a_quiet_run(state: ProvinceState) -> None:
    quiet = state.outcome.scan_id - 1  # made a scan that read every portal and changed nothing
    for city in ("jinghai", "yunhe", "shanlan"):
        recording.record_city_result(state.store, quiet, city, portal_url="http://127.0.0.1:9/", status="ok")
    with state.store.session(write=True) as session:
        session.execute(delete(FindingEvent).where(FindingEvent.scan_id == quiet))
    lines: list[str] = []
    quiet_outcome = RunOutcome(quiet, [], state.outcome.checked, state.outcome.report)
    result = notify_after_run(state.loaded, state.store, quiet_outcome, lines.append)
    assert result.skipped is not None and result.targets == [] and "notify.when: changes" in lines[0]
    assert result.exit_code != 0, "notify-test would say so: nothing reached a target"


def test_no_notify_section_is_no_message(tmp_path: Path) -> None:
    state = build_state(tmp_path, None)
    lines: list[str] = []
    result = notify_after_run(state.loaded, state.store, state.outcome, lines.append)
    state.store.close()
    assert result == NotifyResult(skipped="no notify: section in the config") and lines == []


@pytest.mark.parametrize("state", [{"when": "always"}], indirect=True)
def test_an_unreadable_store_is_logged_not_raised(state: ProvinceState) -> None:
    state.loaded.monitor.notify.targets = [f"json://127.0.0.1:{refused_port()}/"]  # type: ignore[union-attr]
    with state.store.session(write=True) as session:
        session.execute(text("DROP TABLE finding_events"))
    lines: list[str] = []
    result = notify_after_run(state.loaded, state.store, state.outcome, lines.append)
    assert result.error is not None and "cannot read scan 2" in lines[0] and result.targets == []


def test_a_long_report_path_is_given_whole(state: ProvinceState) -> None:
    settings = state.loaded.monitor.notify
    assert settings is not None
    where = "/srv/" + "nightly-runs/" * 10 + "report_2026/index.html"
    message = render_message(build_digest(state.loaded, state.store, state.outcome.scan_id, where), settings)
    assert where in message.text, "the monitor's own path is not shortened like scraped words"
    assert where.replace("_", "\\_") in message.markdown
