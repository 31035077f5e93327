"""The pages the probes meet, over real HTTP: the unified identity service and a city's own
account system behind entries, entries a plain fetch sees as 200 pages, CAPTCHAs, site search
and its journeys, the FAQ and the mobile channels page with its downloads, slow pages; and
that each serves what truth["probe"] says."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

from channel_equity.simulator import ServedProvince
from tests.simulator.fetching import fetch, page_links, visible_text


def _entries(
    served: ServedProvince, truth: dict[str, Any], kind: str
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(city base URL, truth item, decoded entry page) of every readable item with that entry kind."""
    for city in truth["cities"]:
        for item in city["items"]:
            if city["up"] and not item["login_wall"] and item["online_entry_kind"] == kind:
                base = served.base_url(city["id"]).rstrip("/")
                yield base, item, _page(base + item["online_entry_url"])


def _page(url: str, method: str = "GET", body: bytes | None = None) -> str:
    """A page of the province, decoded: UTF-8, or GBK on the legacy portal."""
    raw = fetch(url, method, body).body
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gbk")


def _probe_city(truth: dict[str, Any], city_id: str) -> dict[str, Any]:
    return next(city for city in truth["probe"]["cities"] if city["id"] == city_id)


def test_unified_login_goes_to_the_identity_service_and_back(
    served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    found = 0
    for base, item, _ in _entries(served_demo, demo_truth, "unified-login-form"):
        answer = fetch(base + item["online_entry_url"])
        assert answer.status == 302
        target = urlsplit(answer.headers["location"])
        assert target.netloc == served_demo.identity_host and target.path == "/cas/login"
        service = parse_qs(target.query)["service"][0]
        system, serial = item["online_entry_url"].rsplit("/", 1)
        assert service == f"{base}{system}/form/{serial}"
        login = fetch(answer.headers["location"]).text()
        assert 'type="password"' in login and "统一身份认证平台" in login and f'value="{service}"' in login
        assert "账号或密码错误" in _page(answer.headers["location"], "POST", b"username=a&password=b")
        assert "提交申请" in _page(service)  # the return URL is the city's working form
        found += 1
    assert found == 3


def test_the_existing_unified_login_page_posts_to_the_identity_service(
    served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    pages = list(_entries(served_demo, demo_truth, "login-form"))
    assert len(pages) == 4
    for _, _, page in pages:
        assert f'action="{served_demo.identity_origin}/cas/login?service=' in page


def test_city_account_login_is_the_city_system_own(
    served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    pages = list(_entries(served_demo, demo_truth, "city-account-login"))
    assert len(pages) == 3
    for base, item, page in pages:
        assert "本系统用户登录" in page and "新用户注册" in page and 'type="password"' in page
        system, serial = item["online_entry_url"].rsplit("/", 1)
        assert f'action="{system}/account/{serial}"' in page  # the city's own host, not the identity service
        assert "用户名或密码错误" in _page(f"{base}{system}/account/{serial}", "POST", b"username=a")
        assert "新用户注册" in _page(f"{base}{system}/register/{serial}")


def test_script_driven_entries_are_200_pages_over_http(
    served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    for kind in ("script-maintenance", "blank-shell", "qr-only"):
        pages = list(_entries(served_demo, demo_truth, kind))
        assert len(pages) == 2, kind
        for base, _, page in pages:
            text = visible_text(page)
            assert "<form" not in page and "维护" not in text and "扫码" not in text, (kind, text)
            if kind == "script-maintenance":
                target = page.split("location.replace('")[1].split("'")[0]
                assert "系统升级维护中" in _page(base + target)
            if kind == "blank-shell":
                assert "加载中" in text and not page_links(page)
            if kind == "qr-only":
                assert "扫码办理" in page  # in the script that builds it


def test_qr_with_form_and_ua_sniff_pages(served_demo: ServedProvince, demo_truth: dict[str, Any]) -> None:
    for base, _, page in _entries(served_demo, demo_truth, "qr-with-form"):
        assert 'src="/static/qr.png"' in page
        form = next(link for link in page_links(page) if "/form/" in link)
        assert "提交申请" in _page(urljoin(base, form))
    for _, _, page in _entries(served_demo, demo_truth, "ua-sniff"):
        assert "<form" in page and "请使用IE浏览器（兼容模式）访问本系统" in page and "Trident" in page


def test_captchas_on_working_forms(served_demo: ServedProvince, demo_truth: dict[str, Any]) -> None:
    seen = set()
    for city in demo_truth["cities"]:
        base = served_demo.base_url(city["id"]).rstrip("/") if city["up"] else ""
        for item in city["items"]:
            if not item.get("captcha") or item["login_wall"]:
                continue
            seen.add(item["captcha"])
            page = _page(base + item["online_entry_url"])
            assert "提交申请" in page
            audio = "语音验证码" in page and "<audio" in page
            assert audio == (item["captcha"] == "image-audio")
            assert ("sliderCaptcha" in page) == (item["captcha"] == "slider")
            assert ('alt="图形验证码"' in page) == (item["captcha"] != "slider")
            if audio:
                sound = page.split('<audio id="captchaAudio" src="')[1].split('"')[0]
                assert fetch(base + sound).headers["content-type"] == "audio/wav"
    assert seen == {"image", "image-audio", "slider"}


def test_site_search_and_its_journeys(served_demo: ServedProvince, demo_truth: dict[str, Any]) -> None:
    for city in demo_truth["probe"]["cities"]:
        base = served_demo.base_url(city["id"]).rstrip("/")
        home = _page(base + "/")
        journey = city["journey"]
        if city["id"] != "qinghe":  # the JavaScript portal's search box is built by its script
            assert 'action="/search"' in home
        results = _page(base + journey["steps"][1])
        if not journey["reaches_guide"]:
            assert "共找到 0 条结果" in results
            continue
        loads = [journey["steps"][0], journey["steps"][1]]
        page = results
        while loads[-1] != journey["guide_path"]:  # follow the link that leads on, as a citizen would
            links = [link for link in page_links(page) if link in journey["steps"]]
            loads.append(next(link for link in links if journey["steps"].index(link) == len(loads)))
            page = _page(base + loads[-1])
        if city["id"] != "qinghe":  # the JavaScript portal's guide builds its 在线办理 button
            assert journey["entry_path"] in page_links(page)
        assert loads + [journey["entry_path"]] == journey["steps"]


def test_faq_and_mobile_channels_are_linked_and_served(
    served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    statuses = []
    for city in demo_truth["probe"]["cities"]:
        base = served_demo.base_url(city["id"]).rstrip("/")
        guide = _page(base + city["journey"]["guide_path"])
        if city["id"] != "qinghe":  # the JavaScript portal's menu is built by its script
            assert {city["faq"], city["channels_page"]} <= set(page_links(guide))
        faq = visible_text(_page(base + city["faq"]))
        assert "本站支持IE11及以上、Chrome、Firefox等浏览器" in faq
        channels = visible_text(_page(base + city["channels_page"]))
        for channel in city["channels"]:
            assert channel["name"] in channels and channel["updated"] in channels
            if channel["download"]:
                answer = fetch(base + channel["download"])
                statuses.append(answer.status)
                assert (answer.status == 200) == channel["download_works"]
                if answer.status == 200:
                    assert answer.headers["content-type"] == "application/vnd.android.package-archive"
    assert set(statuses) == {200, 404}


def test_search_stays_out_of_a_crawl(served_demo: ServedProvince) -> None:
    assert "Disallow: /search" in fetch(served_demo.base_url("jiayu") + "robots.txt").text()


def test_slow_pages_take_their_time(served_demo: ServedProvince, demo_truth: dict[str, Any]) -> None:
    threshold = demo_truth["probe"]["thresholds"]["slow_page_seconds"]
    timed = []
    for city in demo_truth["probe"]["cities"]:
        for slow in city["slow_pages"]:
            start = time.perf_counter()
            assert fetch(served_demo.base_url(city["id"]).rstrip("/") + slow["path"]).status == 200
            took = time.perf_counter() - start
            assert slow["seconds"] <= took < slow["seconds"] + 1.0
            timed.append(took > threshold)
    assert sorted(timed) == [False, False, True, True, True]
    start = time.perf_counter()
    fetch(served_demo.base_url("linlan") + "news/1.html")
    assert time.perf_counter() - start < 0.5  # only the named pages are slow


def test_served_truth_names_the_identity_host(served_demo: ServedProvince) -> None:
    assert served_demo.truth()["probe"]["identity"]["host"] == served_demo.identity_host
    assert served_demo.config()["policy"]["unified_login_hosts"] == [served_demo.identity_host]
