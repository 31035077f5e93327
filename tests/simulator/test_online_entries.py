"""Online entries lead where the truth says: working forms (directly, via a redirect, behind
an application login) or one of the real ways they break. What only a browser tells apart is
in test_probe_pages.py (over HTTP) and test_probe_browser.py (in Chromium)."""

from __future__ import annotations

import http.client
import json
from typing import Any

from channel_equity.simulator import ServedProvince
from tests.simulator.fetching import fetch

EXPECTED_STATUS = {
    "form": 200,
    "login-form": 200,
    "form-maintainer-footer": 200,
    "redirect-form": 302,
    "redirect-counter": 302,
    "not-found": 404,
    "server-error": 500,
    "maintenance": 200,
    "maintenance-503": 503,
    "unified-login-form": 302,
    "city-account-login": 200,
    "script-maintenance": 200,
    "blank-shell": 200,
    "qr-only": 200,
    "qr-with-form": 200,
    "ua-sniff": 200,
}
WORKING = frozenset(
    {"form", "login-form", "redirect-form", "form-maintainer-footer", "unified-login-form"}
    | {"city-account-login", "qr-only", "qr-with-form", "ua-sniff"}
)
"""Entries that are not broken (an app-only or IE-only entry is another rule's case)."""


def test_every_entry_kind_behaves(served_demo: ServedProvince, up_cities: list[dict[str, Any]]) -> None:
    seen = set()
    for city in up_cities:
        base = served_demo.base_url(city["id"]).rstrip("/")
        for item in city["items"]:
            kind = item["online_entry_kind"]
            if not item["online_entry_url"]:
                assert kind is None, item["item_code"]
                continue
            seen.add(kind)
            url = base + item["online_entry_url"]
            if kind == "dead":
                try:
                    fetch(url)
                except (http.client.RemoteDisconnected, ConnectionResetError, http.client.BadStatusLine):
                    continue
                raise AssertionError(f"{url} answered although its system is dead")
            response = fetch(url)
            assert response.status == EXPECTED_STATUS[kind], (url, kind, response.status)
            final = fetch(url, follow=True)
            text = final.body.decode(city["charset"])
            if kind in ("form", "redirect-form", "form-maintainer-footer"):
                assert final.status == 200 and "<form" in text and "提交申请" in text
            if kind == "form-maintainer-footer":
                assert "网站维护" in text
            if kind == "login-form":
                assert "登录后办理本事项" in text
            if kind == "maintenance":
                assert "系统升级维护中" in text
            if kind == "maintenance-503":
                assert json.loads(final.body)["code"] == "MAINTENANCE"
            if kind == "redirect-counter":
                assert final.status == 200 and "请到窗口办理" in text
            assert item["online_entry_broken"] == (kind not in WORKING)
    assert seen == set(EXPECTED_STATUS) | {"dead"}


def test_application_form_accepts_a_post(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    city = up_cities[0]
    item = next(i for i in city["items"] if i["online_entry_kind"] == "form")
    form_path = item["online_entry_url"].replace("/apply/wsbs/", "/apply/wsbs/form/")
    response = fetch(
        served_demo.base_url(city["id"]).rstrip("/") + form_path, method="POST", body=b"applicant=x"
    )
    assert response.status == 200 and "提交成功" in response.text()
