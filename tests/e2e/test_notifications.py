"""Notifications after real runs: two nightly runs of a served portal (the second finds a
violation fixed and another new) beside a city whose portal is down, then the notification of
the second run, received by a real SMTP server (aiosmtpd, with a login whose password comes from
the environment) and a real HTTP webhook, both on 127.0.0.1. The password is nowhere in what was
logged, printed or stored; a target on a closed port fails alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.running import run_cli
from tests.served import ServedCity, served_city
from tests.unit.notify_servers import MailBox, refused_port, smtp_server, webhook_server

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only

PASSWORD = "s3cret-only-in-env-7Q"
HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>夜巡市政务服务网</title></head><body>
<h1>夜巡市政务服务网</h1><ul><li><a href="g1.html">食品经营许可</a></li><li><a href="g2.html">药品零售许可</a></li></ul>
</body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table>
<tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施编码</th><td>{code}</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr><tr><th>承诺办结时限</th><td>{days}个工作日</td></tr>
</table></body></html>
"""
POLICY = {"standard_items": [{"code": "NX0001", "name": "食品经营许可", "max_promised_days": 3},
                             {"code": "NX0002", "name": "药品零售许可", "max_promised_days": 3}]}


def guides(food_days: int, drug_days: int) -> dict[str, str]:
    return {"index.html": HOME, "g1.html": GUIDE.format(name="食品经营许可", code="NX0001", days=food_days),
            "g2.html": GUIDE.format(name="药品零售许可", code="NX0002", days=drug_days)}


@pytest.fixture
def city(tmp_path: Path) -> Iterator[ServedCity]:
    """Night city (one portal served on loopback) and Down city (a closed port), notifying a mail
    server whose URL is in ``CE_MAIL_URL`` and a webhook (ports filled in by the test)."""
    with served_city(tmp_path, "night", guides(food_days=5, drug_days=2), policy=POLICY) as served:
        config = yaml.safe_load(served.config.read_text(encoding="utf-8"))
        config["cities"].append({"id": "down", "name": "停机市", "portal": f"http://127.0.0.1:{refused_port()}/"})
        served.config.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        yield served


def nightly_run(served: ServedCity, report: Path) -> None:
    result = run_cli("run", "--config", str(served.config), "--out", str(report))
    assert result.returncode == 3, result.stderr[-2000:]  # checked and reported, one portal down


def add_notify(served: ServedCity, targets: list[str]) -> None:
    config = yaml.safe_load(served.config.read_text(encoding="utf-8"))
    config["notify"] = {"targets": targets, "lang": "en"}
    served.config.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def test_the_mail_and_webhook_servers_receive_the_second_run_s_notification(
        city: ServedCity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nightly_run(city, tmp_path / "report")
    city.write(guides(food_days=2, drug_days=6))  # the food guide fixed, the drug guide now too slow
    closed = refused_port()
    with smtp_server(password=PASSWORD) as mail, webhook_server() as hook:
        monkeypatch.setenv("CE_MAIL_URL", f"mailto://monitor:{PASSWORD}@127.0.0.1:{mail.port}"
                                          "?from=monitor@example.org&to=inspectors@example.org")
        add_notify(city, ["${CE_MAIL_URL}", hook.url(), f"json://127.0.0.1:{closed}/hook"])
        result = run_cli("run", "--config", str(city.config), "--out", str(tmp_path / "report"))
    assert result.returncode == 3, result.stderr[-2000:]  # a failing target leaves the run's exit code alone
    lines = [line for line in result.stdout.splitlines() if line.startswith("notify:")]
    assert mail.logins == [("monitor", PASSWORD)], "the password from the environment logged in"
    check_mail(mail, (tmp_path / "report" / "index.html").resolve())
    payload = json.loads(hook.posts[0].body)
    assert payload["title"] == mail.messages[0]["Subject"]
    assert "exceeds-standard: 药品零售许可 (NX0002) · Promised days" in payload["message"]
    assert lines[0] == f"notify: sent to target 1 (mailto://127.0.0.1:{mail.port} from ${{CE_MAIL_URL}})"
    assert lines[2].startswith(f"notify: target 3 (json://127.0.0.1:{closed}) failed: A Connection error")
    shown = result.stdout + result.stderr
    stored = city.db.read_bytes() + b"".join(p.read_bytes() for p in (tmp_path / "report").rglob("*") if p.is_file())
    assert PASSWORD not in shown and PASSWORD.encode() not in stored


def check_mail(mail: MailBox, report: Path) -> None:
    (message,) = mail.messages
    assert message["To"] == "inspectors@example.org"
    assert message["Subject"] == ("channel-equity 测试省: scan 2: 1 new, 0 reopened, 1 resolved, 1 coverage gaps")
    text, html = mail.body(message, "plain"), mail.body(message, "html")
    for body in (text, html):
        assert "night (night)" in body and "药品零售许可" in body and "食品经营许可" in body
        assert "停机市" in body and "(down)" in body, "the coverage gap is named"
        assert str(report) in body.replace("\\_", "_")
    assert "<h3>night (night)</h3>" in html and "<strong>New: 1</strong>" in html
