"""portals6's own check of its script-navigated portal(s) (the shared check skips them).

For a portal in ``SCRIPT_ROUTES`` it verifies, with the shared check's own helpers, what the shared
check verifies on static portals: the guides reached by plain links (and iframes) from home are
exactly those not marked ``link_only_in_script``; every guide URL is named in a served page, script
or JSON answer; the JSON list answers parse and name the guides they list; and every guide page
shows its truth values and links its online entry.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urljoin

# portal id -> JSON endpoints its scripts call (path + query, as the scripts write them)
SCRIPT_ROUTES: dict[str, tuple[str, ...]] = {
    "lanxi": ("/api/sxList?type=gr&page=1&rows=4", "/api/sxList?type=gr&page=2&rows=4"),
}


def extra_check(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    from tests.corpora.check import check_page_shows, fetch, file_of, parse, reachable_by_plain_links
    from tests.corpora.layout import load

    pid = portal["id"]
    if pid not in SCRIPT_ROUTES:
        return
    root = load("portals6").portals_dir / pid
    parsed = {name: parse(text) for name, text in pages.items()}
    sources = list(pages.values())
    for route in SCRIPT_ROUTES[pid]:
        status, _ctype, body = fetch(urljoin(base, route))
        if status != 200:
            problems.append(f"{pid}: {route} answered {status}")
            continue
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError as error:
            problems.append(f"{pid}: {route} is not JSON: {error}")
            continue
        if not data.get("rows"):
            problems.append(f"{pid}: {route} lists nothing")
        sources.append(json.dumps(data, ensure_ascii=False))
    for path in sorted(root.rglob("*.js")):
        sources.append(path.read_text(encoding="utf-8"))
    every = "\n".join(sources)
    seen = reachable_by_plain_links(portal, root, base, parsed)
    for item in portal["items"]:
        where = f"{pid}: {item['name']} {item['url']}"
        reached = file_of(item["url"]) in seen
        if reached == bool(item.get("link_only_in_script")):
            problems.append(f"{where}: reachable by plain links = {reached}, "
                            f"link_only_in_script = {bool(item.get('link_only_in_script'))}")
        if item["url"] not in every and item["url"].replace("&", "&amp;") not in every:
            problems.append(f"{where}: named in no page, script or JSON answer")
        name = file_of(item["url"])
        if name not in parsed:
            problems.append(f"{where}: guide page missing")
            continue
        check_page_shows(item, parsed[name], pages[name], urljoin(base, item["url"]), base, where, problems)
