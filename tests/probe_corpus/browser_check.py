"""What a browser sees of a probe corpus: axe-core on every page, script-driven entries, timings, journeys.

    python -m tests.probe_corpus.browser_check [corpus]

Needs Chromium (/usr/bin/chromium), Playwright and the axe-core copy that ships with
``axe_playwright_python``; ``check.py`` is the stdlib check that needs neither. This is the
corpus author's instrument, not the monitor: it verifies that the pages say what ``truth.json``
says — that the only serious or critical axe-core violations of each city are the ones planted,
that the script-built pages render (or fail to) as intended, that slow pages are slow in the
browser, and that a citizen's journey from the home page takes the page loads the truth states.
A corpus may add its own script checks of entries: ``<corpus>/checks.py`` with
``browser_entry_problem(chromium_page, legacy_page, url, kind) -> str | None``.
"""

from __future__ import annotations

import fnmatch
import importlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from playwright.sync_api import Browser, Page, sync_playwright

from tests.corpora.serve import url_for
from tests.probe_corpus.serve import CORPORA, ServedProvince, serve_probe_province

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".jsp", ".do", ".aspx")
LEGACY_UA = "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def page_paths(portal_root: Path) -> list[str]:
    """Every HTML page a portal serves as a file (by its suffix, or as its ``behaviour.json`` types say)."""
    behaviour_path = portal_root / "behaviour.json"
    types = json.loads(behaviour_path.read_text(encoding="utf-8")).get("types", {}) if behaviour_path.exists() else {}
    out = []
    for path in sorted(portal_root.rglob("*")):
        name = path.relative_to(portal_root).as_posix()
        if not path.is_file() or name.startswith("_") or name == "behaviour.json":
            continue
        url = url_for(name)
        declared = next((value for glob, value in types.items() if fnmatch.fnmatchcase(url.split("?")[0], glob)), None)
        if (declared or "").startswith("text/html") or (declared is None and name.split("@")[0].endswith(HTML_SUFFIXES)):
            out.append(url)
    return out


def serious(page: Page, axe: str) -> dict[str, str]:
    page.add_script_tag(content=axe)
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return {v["id"]: v["nodes"][0]["target"][0] if v["nodes"] else "" for v in result["violations"]
            if v["impact"] in ("serious", "critical")}


def visit(page: Page, url: str) -> float:
    """Seconds until the load event; the page's post-load scripts are given a moment to run."""
    started = time.monotonic()
    page.goto(url, wait_until="load")
    elapsed = time.monotonic() - started
    page.wait_for_timeout(150)
    return elapsed


def check_accessibility(browser: Browser, served: ServedProvince, truth: dict[str, Any], axe: str,
                        problems: list[str]) -> None:
    root = CORPORA / served.corpus
    page = browser.new_page()
    for city in truth["cities"]:
        base = served.base_urls[city["id"]]
        expected = {v["dimension"] for v in truth["violations"]
                    if v["rule"] == "accessibility" and v["city"] == city["id"]}
        seen: dict[str, set[str]] = {}
        extra_paths = [city["search"]["path"] + "?" + city["search"]["param"] + "=" + city["items"][0]["name"]]
        extra_paths += [item["entry_path"] for item in city["items"] if item["entry_path"]]
        for path in page_paths(root / "portals" / city["id"]) + extra_paths:
            response = page.goto(urljoin(base, path), wait_until="load")
            if response is not None and "text/html" not in (response.headers.get("content-type") or ""):
                continue  # e.g. a CAPTCHA picture served from a .jsp
            page.wait_for_timeout(150)
            for rule, target in serious(page, axe).items():
                seen.setdefault(rule, set()).add(f"{path} {target}")
        for rule in sorted(set(seen) - expected):
            problems.append(f"{city['id']}: unplanted axe violation {rule}: {sorted(seen[rule])[:3]}")
        for rule in sorted(expected - set(seen)):
            problems.append(f"{city['id']}: planted axe violation {rule} not reported")
        print(f"{city['id']}: axe serious/critical {sorted(seen)} (planted {sorted(expected)})")
    visit(page, served.identity_login_url("x"))
    problems += [f"identity login: axe {rule}" for rule in serious(page, axe)]
    page.close()


def corpus_browser_check(corpus: str) -> Callable[[Page, Page, str, str], str | None] | None:
    """The corpus's own script checks of an entry (``<corpus>/checks.py``: ``browser_entry_problem``)."""
    if not (CORPORA / corpus / "checks.py").exists():
        return None
    module = importlib.import_module(f"tests.probe_corpus.{corpus}.checks")
    return getattr(module, "browser_entry_problem", None)


def check_entries(browser: Browser, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    """Script-driven entries as Chromium shows them, and as the IE user agent is shown them."""
    own_check = corpus_browser_check(served.corpus)
    kinds = {(v["city"], v["item_code"] or v["path"]): v["kind"] for v in truth["violations"] + truth["traps"]}
    chromium = browser.new_page()
    legacy_context = browser.new_context(user_agent=LEGACY_UA)
    legacy = legacy_context.new_page()
    for city in truth["cities"]:
        for item in city["items"]:
            if not item["entry_path"]:
                continue
            url = urljoin(served.base_urls[city["id"]], item["entry_path"])
            visit(chromium, url)
            forms, text = chromium.locator("form").count(), chromium.inner_text("body")
            kind = kinds.get((city["id"], item["item_code"]), "") + " " + kinds.get((city["id"], item["entry_path"]), "")
            if "maintenance notice by script" in kind and (forms or "维护" not in text):
                problems.append(f"{url}: script maintenance did not replace the form")
            if "blank page" in kind and (forms or text.strip()):
                problems.append(f"{url}: blank entry shows something: {text[:40]!r}")
            if "MSIE/Trident" in kind:
                visit(legacy, url)
                if forms or legacy.locator("form").count() != 1:
                    problems.append(f"{url}: UA sniffing does not show the form to IE only")
            if "redirect to the province identity" in kind and served.identity_login not in chromium.url:
                problems.append(f"{url}: did not end on the identity login ({chromium.url})")
            problem = own_check(chromium, legacy, url, kind) if own_check and kind.strip() else None
            if problem:
                problems.append(f"{url}: {problem}")
    legacy_context.close()
    chromium.close()


def check_timings(browser: Browser, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    page = browser.new_page()
    for bucket in ("violations", "traps"):
        for case in truth[bucket]:
            if case["rule"] != "slow-page":
                continue
            seconds = visit(page, urljoin(served.base_urls[case["city"]], case["path"]))
            slow = seconds > truth["thresholds"]["slow_page_seconds"]
            if slow != (bucket == "violations"):
                problems.append(f"{case['city']} {case['path']}: loaded in {seconds:.2f} s ({bucket})")
            print(f"{case['city']} {case['path']}: {seconds:.2f} s ({bucket})")
    page.close()


def journey(page: Page, base: str, city: dict[str, Any], item: dict[str, Any]) -> int | None:
    """Page loads from the home page to the item's entry, typing its name into the site search; None: not reached."""
    loads = 1
    visit(page, base)
    box = page.locator(f"input[name='{city['search']['param']}']")
    if not box.count():  # no box on the home page: the search page it links as 搜索
        search_link = page.get_by_role("link", name="搜索", exact=True)
        if not search_link.count():
            return None
        with page.expect_navigation():
            search_link.first.click()
        loads += 1
    box.fill(item["name"])
    with page.expect_navigation():
        box.press("Enter")
    loads += 1
    for _ in range(6):
        if page.url.endswith(item["guide_path"]) or item["guide_path"] in page.url:
            break
        links = page.locator("main a")
        target = page.get_by_role("link", name=item["name"], exact=True)
        link = target.first if target.count() else (links.first if links.count() else None)
        if link is None:
            return None
        with page.expect_navigation():
            link.click()
        loads += 1
    else:
        return None
    apply = page.locator(f"a[href='{item['entry_path']}']")
    with page.expect_navigation():
        apply.first.click()
    return loads + 1


def check_journeys(browser: Browser, served: ServedProvince, truth: dict[str, Any], problems: list[str]) -> None:
    page = browser.new_page()
    for city in truth["cities"]:
        item = next(i for i in city["items"] if i["entry_path"])
        loads = journey(page, served.base_urls[city["id"]], city, item)
        if loads != city["search"]["page_loads_to_apply"]:
            problems.append(f"{city['id']}: journey took {loads} page loads, truth says "
                            f"{city['search']['page_loads_to_apply']}")
        print(f"{city['id']}: journey to {item['name']}: {loads} page loads")
    page.close()


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def main(argv: list[str]) -> int:
    corpus = argv[1] if len(argv) > 1 else "probes1"
    truth = json.loads((CORPORA / corpus / "truth.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    with serve_probe_province(corpus) as served, chromium() as browser:
        check_accessibility(browser, served, truth, axe_source(), problems)
        check_entries(browser, served, truth, problems)
        check_timings(browser, served, truth, problems)
        check_journeys(browser, served, truth, problems)
    for problem in problems:
        print("PROBLEM", problem)
    print(f"{corpus}: {'ok' if not problems else f'{len(problems)} problems'} in the browser")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
