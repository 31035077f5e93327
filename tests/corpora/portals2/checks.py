"""Checks only the second corpus needs: heting's script-only guides and its GB18030 pages.

Called by :mod:`tests.corpora.check` for every portal of this corpus (``CORPUS.extra_check``).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin


def check_portal(portal: dict[str, Any], base: str, pages: dict[str, str], problems: list[str]) -> None:
    if portal["id"] != "heting":
        return
    if all(can_encode(text, "gbk") for text in pages.values()):
        problems.append("heting: no page needs GB18030 (expected a character GBK cannot encode)")
    hidden = [item["url"] for item in portal["items"] if item.get("link_only_in_script")]
    if hidden:
        check_script_routes(base, hidden, problems)


def can_encode(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def check_script_routes(base: str, hidden: list[str], problems: list[str]) -> None:
    """Script-only guides must be reachable through the routes the README documents."""
    from tests.corpora.check import fetch

    status, _ctype, robots = fetch(urljoin(base, "robots.txt"))
    sitemap_line = re.search(r"^Sitemap:\s*(\S+)", robots.decode("utf-8"), re.M) if status == 200 else None
    if sitemap_line is None:
        problems.append("heting: no Sitemap line in robots.txt")
        return
    _status, _ctype, sitemap = fetch(urljoin(base, sitemap_line.group(1)))
    locs = {loc.replace("&amp;", "&") for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.decode("utf-8"))}
    api: set[str] = set()
    page, pages = 1, 1
    while page <= pages:
        _status, _ctype, body = fetch(urljoin(base, f"api/items?page={page}"))
        data = json.loads(body.decode("utf-8"))["data"]
        pages = data["pages"]
        api |= {entry["guideUrl"] for entry in data["list"]}
        page += 1
    for url in hidden:
        if url not in locs:
            problems.append(f"heting: {url} is not in the sitemap")
        if url not in api:
            problems.append(f"heting: {url} is not in the JSON catalog")
