"""What makes each portal style hard: GBK bytes with the charset only in a meta tag, an empty
JavaScript shell whose JSON carries the guide, 33-char codes, IE demands and app-only notices."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from channel_equity.simulator import ServedProvince
from channel_equity.simulator.labels import SPA_KEYS
from tests.simulator.fetching import fetch, visible_text


def _city(up_cities: list[dict[str, Any]], style: str) -> dict[str, Any]:
    return next(city for city in up_cities if city["style"] == style)


def test_gbk_portal_bytes_and_headers(served_demo: ServedProvince, up_cities: list[dict[str, Any]]) -> None:
    city = _city(up_cities, "legacy")
    assert city["charset"] == "gbk"
    base = served_demo.base_url(city["id"]).rstrip("/")
    for path in ["/", "/jsp/itemList.jsp?pageNo=1", city["items"][0]["guide_path"]]:
        page = fetch(base + path, follow=True)
        assert page.headers["content-type"] == "text/html", "the header must carry no charset"
        with pytest.raises(UnicodeDecodeError):
            page.body.decode("utf-8")
        text = page.body.decode("gbk")
        assert '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' in text
        assert "该系统只支持IE浏览器" in text and "ActiveXObject" in text and "<!--[if lte IE 7]>" in text
    names = "".join(item["name"] + item["department"] for item in city["items"])
    beyond_gb2312 = [ch for ch in set(names) if not _encodes(ch, "gb2312")]
    assert beyond_gb2312 and all(_encodes(ch, "gbk") for ch in beyond_gb2312)


def _encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def test_spa_shells_show_nothing_without_javascript(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    city = _city(up_cities, "spa")
    base = served_demo.base_url(city["id"]).rstrip("/")
    item = city["items"][0]
    for path in ["/", "/app/list.html?page=1", item["guide_path"]]:
        text = visible_text(fetch(base + path).text())
        assert item["name"] not in text and "办事指南" not in text
    assert "fetch(" in fetch(base + "/static/app.js").text()


def test_spa_json_rows_equal_the_truth(served_demo: ServedProvince, up_cities: list[dict[str, Any]]) -> None:
    """Run the page script's display rule (KEY_TEXT, else KEY) over the API answers."""
    city = _city(up_cities, "spa")
    base = served_demo.base_url(city["id"]).rstrip("/")
    shell = fetch(base + "/").text()
    found = re.search(r"window\.__PORTAL__ = (.*?);</script>", shell)
    assert found is not None
    config = json.loads(found.group(1))
    assert {key for key, _ in config["fields"]} <= set(SPA_KEYS.values())
    listed = []
    for page in range(1, 10):
        answer = json.loads(
            fetch(
                base + "/api/task/list",
                "POST",
                json.dumps({"pageNo": page}).encode(),
                headers={"Content-Type": "application/json"},
            ).body
        )
        listed += [task["TASK_CODE"] for task in answer["data"]["list"]]
        if page * answer["data"]["PAGEINFO"]["pageSize"] >= answer["data"]["PAGEINFO"]["total"]:
            break
    assert listed == [item["item_code"] for item in city["items"]]
    for item in city["items"]:
        task = json.loads(fetch(f"{base}/api/task/detail?code={item['item_code']}").body)["data"]
        shown = {}
        for key, label in config["fields"]:
            value = task.get(f"{key}_TEXT", task.get(key))
            if value not in (None, ""):
                shown[label] = str(value)
        assert shown == item["raw_fields"]
        assert [m["MATERIAL_NAME"] for m in task["AUDIT_MATERIAL"]] == [m["name"] for m in item["materials"]]
        assert [lobby["NAME"] for lobby in task["AUDIT_CATALOG_LOBBY"]] == [
            loc["name"] for loc in item["locations"]
        ]
        assert (task["TRANSACT_WEB_URL"] or None) == item["online_entry_url"]
        assert "^" in task["HANDLE_TYPE"] or len(item["channels"]) == 1
    missing = json.loads(fetch(f"{base}/api/task/detail?code=nope").body)
    assert missing["code"] == 0 and missing["msg"] == "未找到匹配的信息"


def test_handling_item_codes_on_the_department_table_portal(up_cities: list[dict[str, Any]]) -> None:
    city = _city(up_cities, "table_login")
    assert all(len(item["item_code"]) == 33 for item in city["items"])


def test_portal_signals_are_on_their_pages(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    for city in up_cities:
        if city["style"] == "spa":
            continue
        base = served_demo.base_url(city["id"]).rstrip("/")
        for signal in city["portal_signals"]:
            page = fetch(base + signal["path"], follow=True).body.decode(city["charset"])
            assert signal["excerpt"] in visible_text(page) or signal["excerpt"] in page, signal


def test_latency_is_injected(demo_province: Any) -> None:
    import time

    from channel_equity.simulator import serve_province

    with serve_province(demo_province, latency_ms=150) as served:
        start = time.perf_counter()
        assert fetch(served.base_url("jinghai")).status == 200
        assert time.perf_counter() - start >= 0.15
