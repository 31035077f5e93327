"""Sending through Apprise to real servers on 127.0.0.1: a webhook receives the digest as JSON,
a secret comes from the environment and is never shown, and a target that fails (a closed port,
an unset variable, an error status, a URL Apprise does not know) is logged and the rest still
get the message, without an exception."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from channel_equity.cli.notify import NotifyResult, notify_after_run, send_test_notification
from channel_equity.cli.notify.delivery import label_of, masked, redacted, secrets_of
from channel_equity.core.config import ConfigError
from tests.unit.notify_servers import Hook, refused_port, smtp_server, webhook_server
from tests.unit.notify_state import ProvinceState, build_state

SECRET = "hunter2-9f8e7d"


@pytest.fixture
def hook() -> Iterator[Hook]:
    with webhook_server() as served:
        yield served


def province(tmp_path: Path, targets: list[str], **notify: Any) -> ProvinceState:
    return build_state(tmp_path, {"targets": targets, "lang": "en", "when": "always", **notify})


def run_notify(state: ProvinceState) -> tuple[NotifyResult, list[str]]:
    lines: list[str] = []
    try:
        return notify_after_run(state.loaded, state.store, state.outcome, lines.append), lines
    finally:
        state.store.close()


def test_a_json_webhook_receives_the_digest_with_the_password_from_the_environment(
        tmp_path: Path, hook: Hook, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("CE_HOOK_PASSWORD", SECRET)
    state = province(tmp_path, [f"json://monitor:${{CE_HOOK_PASSWORD}}@127.0.0.1:{hook.port}/hook?+X-Run=nightly"])
    result, lines = run_notify(state)
    assert [t.delivered for t in result.targets] == [True] and result.exit_code == 0
    (post,) = hook.posts
    assert post.path == "/hook" and post.headers["X-Run"] == "nightly"
    assert base64.b64decode(post.headers["Authorization"].split()[1]).decode() == f"monitor:{SECRET}"
    payload = json.loads(post.body)
    assert payload["title"] == "channel-equity 示范省: scan 2: 7 new, 1 reopened, 1 resolved, 1 coverage gaps"
    assert "== 镜海市 (jinghai) ==" in payload["message"], "webhooks get the plain-text body"
    assert "- 云河市 (yunhe): Unreachable — connection refused" in payload["message"]
    assert lines == [f"notify: sent to target 1 (json://127.0.0.1:{hook.port})",
                     "notify: 1 of 1 targets received the message"]
    shown = "\n".join(lines) + caplog.text + capsys.readouterr().out + repr(result)
    assert SECRET not in shown and "hunter2" not in shown


def test_a_failing_target_is_logged_redacted_and_the_others_still_get_the_message(
        tmp_path: Path, hook: Hook, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("CE_TOKEN", SECRET)
    monkeypatch.delenv("CE_UNSET_URL", raising=False)
    closed = refused_port()
    state = province(tmp_path, [f"json://127.0.0.1:{closed}/${{CE_TOKEN}}", "${CE_UNSET_URL}",
                                "nonsense://${CE_TOKEN}", hook.url("form", "/form")])
    result, lines = run_notify(state)
    refused, unset, unknown, form = result.targets
    assert not refused.delivered and refused.label == f"json://127.0.0.1:{closed}"
    assert unset.reason == "environment variable CE_UNSET_URL is not set" and unset.label == "${CE_UNSET_URL}"
    assert not unknown.delivered and "not a URL Apprise understands" in (unknown.reason or "")
    assert unknown.label == "nonsense://", "a host that may be a token is not shown"
    assert form.delivered and b"jinghai" in hook.posts[0].body, "the form target still got the message"
    assert lines[0] == (f"notify: target 1 (json://127.0.0.1:{closed}) failed: "
                        "A Connection error occurred sending JSON notification to 127.0.0.1.")
    assert lines[-1] == "notify: 1 of 4 targets received the message" and result.exit_code == 2
    assert SECRET not in "\n".join(lines) + caplog.text + repr(result)


def test_a_webhook_answering_an_error_is_a_failed_target(tmp_path: Path) -> None:
    with webhook_server(status=500) as broken:
        result, lines = run_notify(province(tmp_path, [broken.url()]))
    assert len(broken.posts) == 1 and not result.targets[0].delivered
    assert "failed" in lines[0] and "500" in lines[0]


def test_notify_test_sends_a_short_line_or_the_latest_digest(tmp_path: Path, hook: Hook) -> None:
    state = province(tmp_path, [hook.url()], when="changes")
    lines: list[str] = []
    short = send_test_notification(state.loaded, lines.append)
    latest = send_test_notification(state.loaded, lines.append, store=state.store)
    state.store.close()
    assert short.exit_code == 0 and latest.exit_code == 0
    first, second = (json.loads(post.body) for post in hook.posts)
    assert first["title"] == "[test] channel-equity 示范省" and "notify-test" in first["message"]
    assert second["title"].startswith("[test] channel-equity 示范省: scan 2: 7 new")
    assert "notify-test" in second["message"] and "jinghai" in second["message"]


def test_notify_test_without_a_notify_section_is_a_config_error(tmp_path: Path) -> None:
    state = build_state(tmp_path, None)
    state.store.close()
    with pytest.raises(ConfigError, match=r"province.yaml: notify: missing"):
        send_test_notification(state.loaded, print)


@pytest.mark.parametrize(("url", "shown"), [
    ("mailtos://monitor:pw@smtp.example.org:465?to=a@example.org", "mailtos://smtp.example.org:465"),
    ("json://u:p@10.0.0.5/hook/abcd", "json://10.0.0.5"),
    ("dingtalk://access-token-value/", "dingtalk://"),
    ("wecombot://botkey", "wecombot://"),
    ("${CE_MAIL_URL}", "${CE_MAIL_URL}"),
])
def test_redacted_shows_scheme_and_host_only(url: str, shown: str) -> None:
    assert redacted(url) == shown


def test_a_label_names_the_variable_a_whole_target_came_from() -> None:
    environ = {"CE_MAIL_URL": "mailtos://me:pw@smtp.example.org?to=x@example.org"}
    assert label_of("${CE_MAIL_URL}", environ) == "mailtos://smtp.example.org from ${CE_MAIL_URL}"


def test_masking_hides_every_fragment_of_a_secret_url() -> None:
    url = "dingtalk://tok3n-abc/?secret=s1gn-key"
    secrets = secrets_of(url, ["tok3n-abc"])
    reason = ("HTTP 400 from https://oapi.dingtalk.com/robot/send?access_token=tok3n-abc&sign=s1gn-key; "
              "json://x:y@h/; Could not load DingTalk URL: dingtalk://t...c/")
    assert masked(reason, secrets) == ("HTTP 400 from https://oapi.dingtalk.com/robot/send?access_token=***"
                                       "&sign=***; json://***@h/; Could not load DingTalk URL: dingtalk://***/")


def test_mail_gets_the_markdown_as_html_with_scraped_names_as_text(tmp_path: Path) -> None:
    with smtp_server() as mail:
        result, _ = run_notify(province(tmp_path, [f"mailto://127.0.0.1:{mail.port}?from=monitor@example.org"
                                                   "&to=inspectors@example.org"]))
    assert result.targets[0].delivered
    html = mail.body(mail.messages[0], "html")
    assert "<h3>镜海市 (jinghai)</h3>" in html and "<strong>New: 7</strong>" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;食品*许可*" in html
