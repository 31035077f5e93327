"""The ``notify:`` section: optional, validated, and a secret written into it is refused with an
error that names the target, the field and the remedy, without repeating the secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from channel_equity.core.config import ConfigError, load_config

BASE = """\
province: {id: demo, name: 示范省}
cities:
  - {id: jinghai, name: 镜海市, portal: "http://127.0.0.1:8101/"}
"""


def load(tmp_path: Path, notify: str) -> object:
    path = tmp_path / "province.yaml"
    path.write_text(BASE + notify, encoding="utf-8")
    return load_config(path).monitor


def test_a_config_without_notify_stays_valid(tmp_path: Path) -> None:
    assert load(tmp_path, "").notify is None  # type: ignore[attr-defined]


def test_a_full_notify_section_loads_with_its_defaults(tmp_path: Path) -> None:
    notify = load(tmp_path, """\
notify:
  targets:
    - "${CE_MAIL_URL}"
    - "mailtos://monitor:${CE_MAIL_PASSWORD}@smtp.example.org?to=inspectors@example.org"
    - "json://127.0.0.1:8080/hook"
    - "dingtalk://${CE_DINGTALK_TOKEN}/?format=markdown"
  report_url: https://monitor.example.org/report/
""").notify  # type: ignore[attr-defined]
    assert len(notify.targets) == 4
    assert (notify.when, notify.lang, notify.top, notify.title) == ("changes", "zh", 5, None)


BAD = {
    "literal password": ('notify: {targets: ["mailtos://monitor:hunter2@smtp.example.org"]}',
                         "notify.targets: Value error, target 1: a password written in the config: put it in an "
                         "environment variable and write ${NAME}"),
    "literal bot token": ('notify: {targets: ["json://h/x", "dingtalk://hunter2/"]}',
                          "target 2: dingtalk:// URLs carry the bot's token: put it in an environment variable"),
    "literal query secret": ('notify: {targets: ["json://h/x?+Authorization=Bearer%20hunter2"]}',
                             "target 1: +Authorization= written in the config"),
    "bad variable name": ('notify: {targets: ["${1MAIL}"]}', "target 1: ${1MAIL}: expected an environment variable name"),
    "unclosed variable": ('notify: {targets: ["${CE_MAIL_URL"]}', "write environment variables as ${NAME}"),
    "not a url": ('notify: {targets: ["inspectors@example.org"]}', "expected an Apprise URL (scheme://...)"),
    "no targets": ("notify: {targets: []}", "notify.targets: List should have at least 1 item"),
    "bad when": ('notify: {targets: ["json://h/"], when: sometimes}', "notify.when: Input should be 'always' or 'changes'"),
    "yaml on": ('notify: {targets: ["json://h/"], on: always}', "notify: a key YAML reads as true/false"),
    "bad lang": ('notify: {targets: ["json://h/"], lang: fr}', "notify.lang: Input should be 'zh' or 'en'"),
    "bad report url": ('notify: {targets: ["json://h/"], report_url: /srv/report}', "notify.report_url: expected an http(s) URL"),
    "unknown key": ('notify: {targets: ["json://h/"], target: x}', "notify.target: unknown key"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_notify_section_is_one_clear_line(tmp_path: Path, name: str) -> None:
    text, expected = BAD[name]
    with pytest.raises(ConfigError) as raised:
        load(tmp_path, text + "\n")
    message = str(raised.value)
    assert message.startswith(f"{tmp_path / 'province.yaml'}: notify") and expected.replace("Value error, ", "") in message
    assert "hunter2" not in message, "the error never repeats a secret written in by mistake"
