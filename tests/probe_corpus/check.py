"""Sanity check of a probe corpus (stdlib only): serve it and verify the pages say what truth.json says.

    python -m tests.probe_corpus.check [corpus]

* the truth is well formed: keys, scopes (item / page / city), realistic and unique codes, no case
  both a violation and a trap;
* every path the truth names answers as it says: guides and pages 200, entries with the status,
  redirect, page content and delay their case describes; slow pages slow, traps quick;
* the site searches behave as stated (finding each guide by its exact name, finding nothing, or
  going through choice pages), channel dates are written relative to the day served, dead
  downloads are dead and live ones answer;
* no local link is broken unless declared dead, no page keeps a ``{{…}}`` token, every page
  has a language and a title, and the monitor config it makes is valid.

A corpus may add its own entry kinds: ``<corpus>/checks.py`` with ``ENTRY_CHECKS``, a mapping of
words of a case's ``kind`` to ``check(answer: EntryAnswer) -> bool``. An entry whose cases name any
of them is judged by those alone (the kinds below are for the corpora that declare none).

``browser_check.py`` checks what only a browser sees (axe-core, scripts, journeys).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from tests.corpora.codes import valid_usci
from tests.corpora.serve import url_for
from tests.probe_corpus.serve import CORPORA, ServedProvince, format_date, serve_probe_province

ITEM_RULES = {"online-entry-broken", "separate-login"}
PAGE_RULES = {"app-only-entry", "legacy-browser-required", "captcha-no-alternative", "slow-page", "zombie-channel"}
CITY_RULES = {"accessibility", "excess-steps"}
AXE_RULES = {"image-alt", "label", "button-name", "link-name", "html-has-lang", "document-title", "color-contrast",
             "select-name", "input-button-name", "frame-title"}
SIZE_LIMIT = 2_000_000


class Page(HTMLParser):
    """The links, forms, pictures, language and title of one HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.links: list[str] = []
        self.forms: list[tuple[str, str]] = []
        self.images: list[dict[str, str]] = []
        self.lang: str | None = None
        self.title, self._in_title, self.objects = "", False, 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "form":
            self.forms.append((a.get("action", ""), a.get("method", "get").lower()))
        elif tag == "img":
            self.images.append(a)
        elif tag == "object" and a.get("classid"):
            self.objects += 1
        for name in ("href", "src", "codebase"):
            if a.get(name) and tag in ("a", "img", "script", "link", "object"):
                self.links.append(a[name].split("#")[0])

    def handle_endtag(self, tag: str) -> None:
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


class Client:
    """GET/POST without following redirects; (status, headers, body text, seconds)."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    def __init__(self) -> None:
        self.opener = urllib.request.build_opener(self._NoRedirect)

    def get(self, url: str, data: bytes | None = None) -> tuple[int, dict[str, str], str, float]:
        started = time.monotonic()
        try:
            response = self.opener.open(url, data=data, timeout=30)
            status, headers, body = response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, dict(error.headers), error.read()
        return status, headers, body.decode("utf-8", "replace"), time.monotonic() - started


@dataclass
class EntryAnswer:
    """An entry as a plain client got it (redirects not followed), for a corpus's own entry checks."""

    client: Client
    served: ServedProvince
    url: str
    status: int
    headers: dict[str, str]
    body: str
    page: Page

    def follow(self, link: str) -> tuple[int, dict[str, str], str, float]:
        return self.client.get(urljoin(self.url, link))


def corpus_entry_checks(corpus: str) -> dict[str, Callable[[EntryAnswer], bool]]:
    """The corpus's own entry kinds (``<corpus>/checks.py``: ``ENTRY_CHECKS``), or none."""
    if not (CORPORA / corpus / "checks.py").exists():
        return {}
    checks: dict[str, Callable[[EntryAnswer], bool]] = importlib.import_module(
        f"tests.probe_corpus.{corpus}.checks").ENTRY_CHECKS
    return checks


def check_truth(truth: dict[str, Any], problems: list[str]) -> None:
    codes: set[str] = set()
    city_ids = {city["id"] for city in truth["cities"]}
    for city in truth["cities"]:
        for field in ("id", "name", "home", "channels_page", "search", "items"):
            if field not in city:
                problems.append(f"{city.get('id')}: truth city lacks {field}")
        for item in city["items"]:
            code = item["item_code"]
            if code in codes:
                problems.append(f"{city['id']}: item code {code} twice")
            codes.add(code)
            if len(code) != 31 or not valid_usci(code[:18]) or code[18] not in "123456" or not code[19:].isalnum():
                problems.append(f"{city['id']}: {code} is not a 31-character implementation code")
    seen: dict[tuple[Any, ...], str] = {}
    for bucket in ("violations", "traps"):
        for case in truth[bucket]:
            key = (case["rule"], case["city"], case["item_code"] or case["path"], case["dimension"])
            if set(case) != {"rule", "city", "item_code", "path", "dimension", "kind"} or case["city"] not in city_ids:
                problems.append(f"{bucket}: malformed {case}")
            rule, item, path, dim = case["rule"], case["item_code"], case["path"], case["dimension"]
            if rule in ITEM_RULES and (item not in codes or path is not None):
                problems.append(f"{bucket}: item-scope {rule} needs a known item_code and no path: {case}")
            if rule in PAGE_RULES and (item is not None or not path or not path.startswith("/")):
                problems.append(f"{bucket}: page-scope {rule} needs a path and no item_code: {case}")
            if rule == "zombie-channel" and not dim:
                problems.append(f"{bucket}: zombie-channel needs the channel name as dimension: {case}")
            if rule in CITY_RULES and (item is not None or path is not None):
                problems.append(f"{bucket}: city-scope {rule} takes neither item_code nor path: {case}")
            if rule == "accessibility" and bucket == "violations" and dim not in AXE_RULES:
                problems.append(f"violations: accessibility dimension must be an axe rule id: {case}")
            if rule not in ITEM_RULES | PAGE_RULES | CITY_RULES:
                problems.append(f"{bucket}: unknown rule {rule}")
            if bucket == "violations" and key in seen:
                problems.append(f"violations: {key} twice")
            if bucket == "traps" and seen.get(key) == "violations":
                problems.append(f"{key} is both a violation and a trap")
            seen.setdefault(key, bucket)


def behaviour_of(served: ServedProvince, city: str) -> dict[str, Any]:
    path = CORPORA / served.corpus / "portals" / city / "behaviour.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def check_entry(client: Client, served: ServedProvince, city: dict[str, Any], item: dict[str, Any],
                kinds: list[str], problems: list[str]) -> None:
    """An entry answers as each case about it (its kinds) describes."""
    base = served.base_urls[city["id"]]
    url = urljoin(base, item["entry_path"])
    status, headers, body, _ = client.get(url)
    page, where, said = Page(body), f"{city['id']} {item['entry_path']}", " | ".join(kinds)

    def expect(condition: bool, what: str) -> None:
        if not condition:
            problems.append(f"{where}: {what} ({said})")

    own = {words: check for words, check in corpus_entry_checks(served.corpus).items() if words in said}
    if own:
        answer = EntryAnswer(client, served, url, status, headers, body, page)
        for words, check in own.items():
            expect(check(answer), f"entry does not show: {words}")
        return
    answers = re.search(r"entry answers (\d{3})", said)
    if answers:
        expect(status == int(answers.group(1)), f"status {status}")
        return
    if "retired system" in said:
        expect(status == 302 and client.get(urljoin(url, headers.get("Location", "")))[0] == 404, "dead redirect")
        return
    if "redirect to the province identity" in said:
        location = headers.get("Location", "")
        expect(status == 302 and identity_redirect(served, location, url), f"identity redirect {location}")
        identity_status, _, identity_page, _ = client.get(location)
        expect(identity_status == 200 and "password" in identity_page and f'value="{escape(url)}"' in identity_page,
               "identity login page")
        return
    if "redirect to the portal's own login" in said:
        location = headers.get("Location", "")
        expect(status == 302 and location.startswith("/"), f"own-login redirect {location}")
        own_page = client.get(urljoin(url, location))[2]
        expect('type="password"' in own_page and "本系统用户注册" in own_page, "own login page")
        return
    expect(status == 200, f"status {status}")
    checks = {
        "maintenance page": "系统维护中" in body and not page.forms,
        "apply at the counter": "窗口" in body and not page.forms,
        "maintenance notice by script": bool(page.forms) and "document.body.innerHTML" in body,
        "blank page": not page.forms and "<div id=\"app\"></div>" in body,
        "QR code and app downloads only": not page.forms and bool(page.images) and ".apk" in body,
        "mini-program code to scan only": not page.forms and bool(page.images),
        "QR code beside a working web form": len(page.forms) == 1 and len(page.images) >= 1,
        "ActiveX": page.objects == 1 and bool(page.forms),
        "MSIE/Trident": not page.forms and "trident/" in body,
        "city's own account system": any(a.startswith("/") for a, m in page.forms if m == "post")
        and "本系统用户注册" in body,
        "posting to the identity service's host": any(a.startswith(f"http://{served.identity_host}/sso/login")
                                                      for a, _ in page.forms),
        "image CAPTCHA on the application form": "图形验证码" in body and "语音" not in body and "换一张" not in body,
        "another picture (换一张)": "图形验证码" in body and "换一张" in body and "语音" not in body,
        "语音验证码 (audio)": "图形验证码" in body and "语音验证码" in body,
        "slider": "slide-verify" in body and "图形验证码" not in body,
        "SMS code": "获取短信验证码" in body and "图形验证码" not in body,
        "working web form": len(page.forms) == 1 and "password" not in body,
    }
    for words, holds in checks.items():
        if words in said:
            expect(holds, f"page does not show: {words}")
    if "blank page" in said:
        bundles = [link for link in page.links if link.endswith(".js")]
        expect(bool(bundles) and all(client.get(urljoin(url, b))[0] == 404 for b in bundles), "bundles not dead")
    if "maintenance notice by script" in said:
        state = json.loads(client.get(urljoin(url, _status_json(body)))[2])
        expect(state.get("status") == "MAINTENANCE", "status JSON does not say maintenance")


def identity_redirect(served: ServedProvince, location: str, url: str) -> bool:
    """Whether ``location`` is the identity service's login, returning to ``url``."""
    parts = urlsplit(location)
    return (f"{parts.scheme}://{parts.netloc}" == f"http://{served.identity_host}"
            and parts.path == served.identity_login and dict(parse_qsl(parts.query)).get(served.identity_back) == url)


def _status_json(body: str) -> str:
    start = body.index("request.open('GET', '") + len("request.open('GET', '")
    return body[start:body.index("?", start)]


def check_pages(client: Client, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    cases = truth["violations"] + truth["traps"]
    for city in truth["cities"]:
        base = served.base_urls[city["id"]]
        for path in [city["home"], city.get("catalogue"), city["channels_page"], city.get("faq")] + \
                [item["guide_path"] for item in city["items"]]:
            if path and client.get(urljoin(base, path))[0] != 200:
                problems.append(f"{city['id']} {path}: does not answer 200")
        for item in city["items"]:
            guide = client.get(urljoin(base, item["guide_path"]))[2]
            if item["item_code"] not in guide or item["name"] not in guide:
                problems.append(f"{city['id']} {item['guide_path']}: code or name not on the guide page")
            if item["entry_path"] and f'href="{item["entry_path"]}"' not in guide:
                problems.append(f"{city['id']} {item['guide_path']}: no apply link to {item['entry_path']}")
            if item["entry_path"]:
                kinds = [c["kind"] for c in cases if c["city"] == city["id"]
                         and (c["item_code"] == item["item_code"] or c["path"] == item["entry_path"])]
                check_entry(client, served, city, item, kinds, problems)
    for bucket in ("violations", "traps"):
        for case in truth[bucket]:
            if case["rule"] != "slow-page":
                continue
            seconds = client.get(urljoin(served.base_urls[case["city"]], case["path"]))[3]
            slow, quick = seconds >= 2.5, 0.3 <= seconds <= 1.0
            if (bucket == "violations" and not slow) or (bucket == "traps" and not quick):
                problems.append(f"{case['city']} {case['path']}: answered in {seconds:.2f} s ({bucket})")


def check_search(client: Client, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    """Each guide found by its exact name (through the stated number of choice pages), or nothing found."""
    for city in truth["cities"]:
        base, search = served.base_urls[city["id"]], city["search"]
        choice = search.get("choice_path")
        home = Page(client.get(base)[2])
        if search["form"].startswith("static") and (search["path"], "get") not in home.forms:
            problems.append(f"{city['id']}: home page has no GET form to {search['path']}")
        guides = {item["guide_path"] for item in city["items"]}
        for item in city["items"] + [{"name": "不存在的事项名称", "guide_path": None}]:
            url = urljoin(base, search["path"]) + "?" + urlencode({search["param"]: item["name"]})
            page = Page(client.get(url)[2])
            hits = [link for link in page.links if link in guides or (choice and link.startswith(choice + "?"))]
            expected = search["finds_items"] and item["guide_path"] is not None
            if bool(hits) != expected:
                problems.append(f"{city['id']}: search for {item['name']} gave {len(hits)} guide links")
                continue
            link, choice_pages = (item["guide_path"] if item["guide_path"] in hits else hits[0] if hits else None), 0
            while choice and link and link.startswith(choice + "?") and choice_pages < 5:
                choice_pages += 1
                options = [x for x in Page(client.get(urljoin(base, link))[2]).links
                           if x.startswith(choice + "?") or x in guides]
                link = options[0] if options else None
            if expected and (link != item["guide_path"] or choice_pages != search["choice_pages"]):
                problems.append(f"{city['id']}: search for {item['name']} reaches {link} after {choice_pages} "
                                f"choice pages (truth: {search['choice_pages']})")


def check_channels(client: Client, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    for city in truth["cities"]:
        base = served.base_urls[city["id"]]
        text = client.get(urljoin(base, city["channels_page"]))[2]
        for channel in city["channels"]:
            where = f"{city['id']} channel {channel['name']}"
            if f">{channel['name']}<" not in text:
                problems.append(f"{where}: name not shown as an element's text")
            for days in (channel["updated_days_ago"], channel["launched_days_ago"]):
                day = served.served_on.toordinal() - days if days else None
                if day and not any(format_date(type(served.served_on).fromordinal(day), s) in text
                                   for s in ("iso", "cn", "slash", "dot")):
                    problems.append(f"{where}: date {days} days ago not written")
            for path in channel["downloads"]:
                status = client.get(urljoin(base, path))[0]
                if (status == 404) != channel["downloads_dead"]:
                    problems.append(f"{where}: download {path} answers {status}")
            if channel["qr"] and client.get(urljoin(base, channel["qr"]))[0] != 200:
                problems.append(f"{where}: code picture missing")
            stale = (channel["updated_days_ago"] or 0) > truth["thresholds"]["zombie_channel_days"]
            zombie = stale or channel["downloads_dead"] or (not channel["downloads"] and not channel["qr"])
            listed = [c for c in truth["violations"] if c["rule"] == "zombie-channel" and c["city"] == city["id"]
                      and c["dimension"] == channel["name"] and c["path"] == city["channels_page"]]
            if zombie != bool(listed):
                problems.append(f"{where}: zombie {zombie} but {len(listed)} violations")


def check_links(client: Client, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    """Every page a portal serves as a file: links answer, tokens filled, language and title set, POSTs taken."""
    for city in truth["cities"]:
        base, behaviour = served.base_urls[city["id"]], behaviour_of(served, city["id"])
        root = CORPORA / served.corpus / "portals" / city["id"]
        dead = set(behaviour.get("status", {}))
        checked: dict[str, int] = {}
        search = city["search"]
        pages = [url_for(p.relative_to(root).as_posix()) for p in sorted(root.rglob("*"))
                 if p.is_file() and not p.name.startswith("_") and p.name != "behaviour.json"]
        pages.append(search["path"] + "?" + urlencode({search["param"]: city["items"][0]["name"]}))
        for path in pages:
            status, headers, body, _ = client.get(urljoin(base, path))
            if "text/html" not in headers.get("Content-Type", ""):
                continue
            page = Page(body)
            if "{{" in body or not page.lang or not page.title.strip():
                problems.append(f"{city['id']} {path}: unfilled token, or no lang/title")
            alt_missing = [img.get("src") for img in page.images if "alt" not in img]
            if alt_missing and not (path == city["home"] and _planted(truth, city["id"], "image-alt")):
                problems.append(f"{city['id']} {path}: pictures without alt {alt_missing}")
            for link in page.links:
                target = urljoin(urljoin(base, path), link)
                if not link or link.startswith(("javascript:", "mailto:")) or urlsplit(target).netloc not in (
                        urlsplit(base).netloc, served.identity_host):
                    continue
                key = urlsplit(target).path + (f"?{urlsplit(target).query}" if urlsplit(target).query else "")
                if key not in checked:
                    checked[key] = client.get(target)[0]
                if checked[key] >= 400 and key not in dead and key.split("?")[0] not in dead:
                    problems.append(f"{city['id']} {path}: broken link {link} ({checked[key]})")
            for action, method in page.forms:
                if method == "post" and not action.startswith("http") and client.get(
                        urljoin(base, action), data=b"x=1")[0] != 200:
                    problems.append(f"{city['id']} {path}: form posts to {action}, which refuses")


def _planted(truth: dict[str, Any], city: str, axe_rule: str) -> bool:
    return any(c["rule"] == "accessibility" and c["city"] == city and c["dimension"] == axe_rule
               for c in truth["violations"])


def check_config(served: ServedProvince, problems: list[str]) -> None:
    province_config = importlib.import_module(f"tests.probe_corpus.{served.corpus}.corpus").province_config
    config = province_config(served)
    if config["policy"]["unified_login_hosts"] != [served.identity_host]:
        problems.append("config: unified_login_hosts is not the identity host")
    try:
        from channel_equity.core.config import MonitorConfig
    except ImportError:  # the check itself needs only the stdlib
        return
    MonitorConfig.model_validate(config)


def main(argv: list[str]) -> int:
    corpus = argv[1] if len(argv) > 1 else "probes1"
    root = CORPORA / corpus
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    size = sum(p.stat().st_size for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    if size > SIZE_LIMIT:
        problems.append(f"{corpus} holds {size} bytes (limit {SIZE_LIMIT})")
    check_truth(truth, problems)
    client = Client()
    with serve_probe_province(corpus) as served:
        check_config(served, problems)
        check_pages(client, served, truth, problems)
        check_search(client, served, truth, problems)
        check_channels(client, served, truth, problems)
        check_links(client, served, truth, problems)
        identity = client.get(served.identity_login_url("http://x/"))
        if identity[0] != 200 or 'value="http://x/"' not in identity[2]:
            problems.append("identity: login page does not keep the back-URL")
    for problem in problems:
        print("PROBLEM", problem)
    counts = {bucket: len(truth[bucket]) for bucket in ("violations", "traps")}
    print(f"{corpus}: {len(truth['cities'])} portals, {counts['violations']} violations, {counts['traps']} traps, "
          f"{size / 1e6:.2f} MB: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
