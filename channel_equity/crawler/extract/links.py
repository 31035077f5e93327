"""The online entry (在线办理 / 立即办理) of a guide, as an absolute URL.

Portals write the entry as a plain link, a <button>, an <input>, or any element with an
``onclick="openWin('…')"`` / ``data-href`` / ``data-url``; the URL often points to a
different system. Booking (预约), consulting and download links are not the entry, nor
are links in the site's navigation and footer (the "网上办理" menu item of every page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from channel_equity.core.labels import LabelLexicon
from channel_equity.crawler.extract.dom import WorkBudget, attribute, short_text, tag_of
from channel_equity.crawler.extract.normalize import fold

MAX_ENTRY_TEXT = 14
MAX_CLICKABLES = 5000
"""Links and buttons examined per page (a guide has dozens)."""
_URL_ATTRIBUTES = ("href", "data-href", "data-url", "data-link", "data-src", "formaction", "action")
_QUOTED = re.compile(r"""['"]([^'"\s<>]{1,2000})['"]""")
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s'\"<>，。；;、）)]+", re.I)
_URLISH = re.compile(r"^(?:https?:)?//|^\.{0,2}/|\.(?:s?html?|jsp|do|action|aspx?|php)(?:[?#]|$)|\?\w+=", re.I)
_CHROME_TAGS = frozenset({"nav", "footer"})
_CHROME_TOKENS = frozenset({"nav", "navbar", "menu", "mainnav", "topnav", "footer", "foot", "breadcrumb", "crumb"})
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_CONTAINER_TAGS = frozenset({"html", "body", "table", "tbody", "thead", "form", "main", "section", "article"})


def absolute_url(candidate: str, page_url: str) -> str | None:
    """``candidate`` resolved against the page, if it is an http(s) URL."""
    candidate = candidate.strip()
    if not candidate or candidate.startswith("#") or candidate.lower().startswith(("mailto:", "tel:")):
        return None
    if candidate.lower().startswith("www."):
        candidate = "http://" + candidate
    try:
        absolute = urljoin(page_url, candidate)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    return absolute if parts.scheme in ("http", "https") and parts.netloc else None


def _url_in_script(code: str, page_url: str) -> str | None:
    """The first URL-looking string literal of an onclick / javascript: handler."""
    for literal in _QUOTED.findall(code):
        if _URLISH.search(literal):
            absolute = absolute_url(literal, page_url)
            if absolute:
                return absolute
    return None


def url_of(node: Any, page_url: str) -> str | None:
    """The URL an element leads to, from href, data-* attributes or its onclick handler."""
    for name in _URL_ATTRIBUTES:
        value = attribute(node, name)
        if not value:
            continue
        if value.lower().startswith("javascript:"):
            found = _url_in_script(value, page_url)
            if found:
                return found
            continue
        absolute = absolute_url(value, page_url)
        if absolute:
            return absolute
    onclick = attribute(node, "onclick")
    return _url_in_script(onclick, page_url) if onclick else None


def _in_site_chrome(node: Any) -> bool:
    parent = node.getparent()
    for _ in range(15):
        if parent is None:
            return False
        if tag_of(parent) in _CHROME_TAGS:
            return True
        tokens = _TOKEN_SPLIT.split(f"{attribute(parent, 'class')} {attribute(parent, 'id')}".lower())
        if _CHROME_TOKENS.intersection(tokens):
            return True
        parent = parent.getparent()
    return False


def _label_of(node: Any, budget: WorkBudget) -> str:
    """The visible label of a clickable: its text, else value/alt/title (image buttons)."""
    text = short_text(node, budget, MAX_ENTRY_TEXT)
    if not text:
        for candidate in (node, node.find(".//img")):
            if candidate is not None:
                text = attribute(candidate, "value") or attribute(candidate, "alt") or attribute(candidate, "title")
                if text:
                    break
    return fold(text)


def _is_entry_image(node: Any, lexicon: LabelLexicon) -> bool:
    """An image-only clickable whose image file name or class / id names applying
    (``<a href=…><img src="btn_apply.png"></a>``): a citizen sees an 在线办理 picture."""
    images = [node] if tag_of(node) in ("img", "input") else list(node.iterfind(".//img"))
    names = " ".join(attribute(image, "src").rsplit("/", 1)[-1] for image in images)
    names += f" {attribute(node, 'class')} {attribute(node, 'id')}"
    names = names.lower()
    return bool(names.strip()) and any(word in names for word in lexicon.words("online_entry_image_words"))


MIN_SENTENCE_AROUND = 10
"""Characters of running text around a link that make it a link inside a sentence."""


def _is_inline_hall_link(node: Any, label: str, lexicon: LabelLexicon, budget: WorkBudget) -> bool:
    """A link to the online hall written inside a guide's sentence ("也可通过<a>网上办事大厅</a>在线
    提交申请"): there it is this guide's entry. The same words in a menu are the hall's home page
    (chrome, or a URL every guide shares, which the crawl drops afterwards)."""
    if tag_of(node) != "a" or not any(word in label for word in lexicon.words("online_entry_inline_texts")):
        return False
    block = node.getparent()
    while block is not None and tag_of(block) in ("span", "strong", "b", "em", "font", "i", "u"):
        block = block.getparent()
    return block is not None and len(short_text(block, budget, 200)) >= len(label) + MIN_SENTENCE_AROUND


def _is_entry_text(text: str, lexicon: LabelLexicon) -> bool:
    return (
        0 < len(text) <= MAX_ENTRY_TEXT
        and any(word in text for word in lexicon.words("online_entry_texts"))
        and not any(word in text for word in lexicon.words("online_entry_exclude"))
    )


def _nearby_url(node: Any, page_url: str) -> str | None:
    """A button's URL may sit on the enclosing <a> or on a link inside it."""
    found = url_of(node, page_url)
    parent = node.getparent()
    for _ in range(3):
        if found or parent is None:
            break
        found = url_of(parent, page_url) if tag_of(parent) == "a" or attribute(parent, "onclick") else None
        parent = parent.getparent()
    if not found:
        for child in node.iterdescendants():
            found = url_of(child, page_url)
            if found:
                break
    return found


def find_entry_urls(root: Any, page_url: str, lexicon: LabelLexicon, budget: WorkBudget) -> list[str]:
    """URLs of the page's online-entry buttons and links, in document order."""
    urls: list[str] = []
    inline: list[str] = []  # links to the online hall inside sentences: after every button
    clickables = 0
    for node in root.iter():
        if budget.spend() or clickables > MAX_CLICKABLES:
            break
        tag = tag_of(node)
        clickable = tag in ("a", "button", "input") or any(
            attribute(node, a) for a in ("onclick", "data-href", "data-url", "data-link")
        )
        if not clickable:
            continue
        clickables += 1
        label = _label_of(node, budget)
        entry = _is_entry_text(label, lexicon) if label else _is_entry_image(node, lexicon)
        hall_link = bool(label) and not entry and _is_inline_hall_link(node, label, lexicon, budget)
        if not (entry or hall_link) or _in_site_chrome(node):
            continue
        url = _nearby_url(node, page_url)
        found = urls if entry else inline
        if url and not entry and not urlsplit(url).query:
            continue  # "网上办事大厅" linking the hall's home page names no item: not this guide's entry
        if url and url not in found:
            found.append(url)
    return urls + [url for url in inline if url not in urls]


def url_from_value(nodes: Iterable[Any], text: str, page_url: str) -> str | None:
    """The URL given as a field's value (网办地址): a URL written in it, else a link inside it.

    Only small value elements are searched for links: a value read from text directly in
    <body> must not pick up the first link of the page.
    """
    match = _URL_IN_TEXT.search(text)
    if match:
        found = absolute_url(match.group(0), page_url)
        if found:
            return found
    for node in nodes:
        if not tag_of(node) or tag_of(node) in _CONTAINER_TAGS:
            continue
        for candidate in (node, *islice(node.iterdescendants(), 50)):
            if tag_of(candidate) == "a" or attribute(candidate, "onclick"):
                found = url_of(candidate, page_url)
                if found:
                    return found
    return None
