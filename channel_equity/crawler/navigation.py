"""Finding the way from a portal's home page to its guides, without knowing the portal.

Real portals hide navigation in many places: plain ``<a href>``, ``onclick="openGuide('…')"``,
``data-href`` attributes, ``javascript:`` pseudo-links. This module turns a page into
candidate links with a priority (catalog words first) and a flag saying whether the link
is pagination, which must not count as going deeper (a 300-page catalog is not a trap).

The link words (catalogue, pagination, links never followed) are data, the ``navigation``
section of ``channel_equity/data/vocabulary.yaml`` in the label lexicon; a function given no
lexicon uses the packaged default one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from parsel import Selector

from channel_equity.core.labels import LabelLexicon, default_lexicon
from channel_equity.crawler.extract.html5 import browser_markup

SKIP_EXTENSIONS = re.compile(
    r"\.(?:css|js|png|jpe?g|gif|svg|ico|webp|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|apk|exe|mp[34]|avi|wav|woff2?|ttf)$",
    re.IGNORECASE,
)
QUOTED_URL = re.compile(r"""['"]((?:https?://|/|\.\.?/)[^'"\s<>]*|[\w\-./]+\.(?:html?|jsp|do|aspx?|php)(?:\?[^'"\s<>]*)?)['"]""")
PAGE_NUMBER = re.compile(r"^\s*\[?\s*\d{1,5}\s*\]?\s*$")


@dataclass(frozen=True)
class NavigationWords:
    """The ``navigation`` vocabulary of a lexicon, compiled once per lexicon."""

    catalog: tuple[str, ...]
    pagination_words: tuple[str, ...]  # two or more characters: anywhere in the text
    pagination_texts: frozenset[str]  # every pagination word: the whole text
    skip_link: re.Pattern[str]
    catalog_url: re.Pattern[str]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in their order; one that never matches when empty."""
    listed = [w for w in words if w]
    return "(?:" + "|".join(re.escape(w) for w in listed) + ")" if listed else "(?!)"


def _navigation_words(lexicon: LabelLexicon) -> NavigationWords:
    pagination = tuple(w for w in lexicon.words("navigation.pagination") if w)
    prefixes = word_alternation(lexicon.words("navigation.skip_link_prefixes"))
    return NavigationWords(
        catalog=tuple(w for w in lexicon.words("navigation.catalog") if w),
        pagination_words=tuple(w for w in pagination if len(w) > 1),
        pagination_texts=frozenset(pagination),
        skip_link=re.compile(rf"^\s*{prefixes}?{word_alternation(lexicon.words('navigation.skip_links'))}\s*$"),
        catalog_url=re.compile(word_alternation(lexicon.words("navigation.catalog_url_words")), re.IGNORECASE),
    )


def navigation_words(lexicon: LabelLexicon | None = None) -> NavigationWords:
    """The link vocabulary of ``lexicon`` (the packaged default when None), built once per lexicon."""
    lexicon = default_lexicon() if lexicon is None else lexicon
    words = lexicon.memo.get("navigation_words")  # the fast path: every link of every page comes here
    return words if words is not None else lexicon.memoized("navigation_words", _navigation_words)


FRAME_PRIORITY = 25
"""A frame is the page itself, split in parts: fetched before any link."""


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    priority: int
    is_pagination: bool
    is_frame: bool = False  # a frame's source: part of the same page, so no deeper than it
    is_data: bool = False  # an endpoint the rendered page fetched its data from (its catalogue's JSON)
    method: str = "GET"  # a data endpoint is asked as the page asked it: a POST with its body
    body: str = ""
    body_type: str = ""  # the body's Content-Type, as the page's script sent it

    @property
    def same_depth(self) -> bool:
        """Following it does not go deeper: the next page of a list, a frame of the page, or
        the data the page drew itself from."""
        return self.is_pagination or self.is_frame or self.is_data


def canonical_url(url: str) -> str:
    """Drop the fragment and default ports so one page is fetched once (hash routes excepted)."""
    parts = urlsplit(url)
    fragment = parts.fragment if parts.fragment.startswith(("/", "!/")) else ""
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (parts.scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, fragment))


def is_hash_route(url: str) -> bool:
    """A single-page app's route ("/#/guide/1"): a page of its own that only a browser shows."""
    return urlsplit(url).fragment.startswith(("/", "!/"))


def same_site(url: str, origin: str) -> bool:
    a, b = urlsplit(url), urlsplit(origin)
    return (a.scheme, a.netloc.lower()) == (b.scheme, b.netloc.lower())


def is_pagination_text(text: str, lexicon: LabelLexicon | None = None) -> bool:
    """A page number, or a text with a pagination word (``navigation.pagination``)."""
    stripped = text.strip()
    words = navigation_words(lexicon)
    return bool(PAGE_NUMBER.match(stripped)) or any(word in stripped for word in words.pagination_words) \
        or stripped in words.pagination_texts


def link_priority(text: str, url: str, extra_words: Iterable[str] = (), lexicon: LabelLexicon | None = None) -> int:
    """Higher first: explicit catalog words, then pagination, then anything else on the site."""
    for word in extra_words:
        if word and word in text:
            return 30
    words = navigation_words(lexicon)
    for rank, word in enumerate(words.catalog):
        if word in text:
            return 20 - min(rank, 10)
    if is_pagination_text(text, lexicon):
        return 15
    if words.catalog_url.search(url):
        return 5
    return 0


_DATA_LIST = "//ul[@data-collected-data]"


@dataclass(frozen=True)
class DataRequest:
    """A request a rendered page made for its data, as it made it (``rendered_links``)."""

    href: str
    method: str = "GET"
    body: str = ""
    body_type: str = ""


def _data_sources(selector: Selector) -> Iterator[DataRequest]:
    """The endpoints a rendered page fetched its data from (recorded by ``rendered_links``)."""
    for node in selector.xpath(f"{_DATA_LIST}//a[@href]"):
        href = node.attrib["href"].strip()
        if href:
            yield DataRequest(href, (node.attrib.get("data-method") or "GET").upper(),
                              node.attrib.get("data-body") or "", node.attrib.get("data-type") or "")


def _raw_links(selector: Selector) -> Iterator[tuple[str, str]]:
    for node in selector.xpath("(//a | //*[@onclick] | //*[@data-href] | //*[@data-url] | //area)"
                               "[not(ancestor::ul[@data-collected-data])]"):
        text = " ".join(t.strip() for t in node.xpath(".//text()").getall() if t.strip())[:80]
        title = (node.attrib.get("title") or "").strip()
        if not text or (title and text.endswith(("…", "...")) and title.startswith(text.rstrip("…. "))):
            text = title[:80]  # a name cut short on screen is whole in its title
        href = (node.attrib.get("href") or "").strip()
        if href and not href.lower().startswith(("javascript:", "mailto:", "tel:", "#")) or href.startswith("#/"):
            yield href, text
        for attribute in ("onclick", "data-href", "data-url"):
            value = node.attrib.get(attribute)
            if not value:
                continue
            if attribute != "onclick":
                yield value.strip(), text
            else:
                for match in QUOTED_URL.finditer(value):
                    yield match.group(1), text
        if href.lower().startswith("javascript:"):
            for match in QUOTED_URL.finditer(href):
                yield match.group(1), text


def _frame_sources(selector: Selector) -> Iterator[str]:
    """``<frame src>`` and ``<iframe src>``: parts of the page a browser shows with it."""
    for src in selector.xpath("//frame/@src | //iframe/@src").getall():
        src = src.strip()
        if src and not src.lower().startswith(("javascript:", "about:", "data:")):
            yield src


_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TRS_PAGER = re.compile(r"""createPageHTML\(\s*(\d{1,4})\s*,\s*\d{1,4}\s*,\s*["']([\w\-]{1,40})["']\s*,\s*["'](\w{1,6})["']""")
MAX_SCRIPT_PAGES = 500


def is_data_document(html: str) -> bool:
    """An XML answer rather than a page: a data proxy's ``<datastore>`` of records."""
    head = html.lstrip()[:1000].lower()
    return head.startswith("<?xml") and "<html" not in head


def _script_links(selector: Selector, html: str) -> Iterator[tuple[str, str]]:
    """Links that only a script puts on the page, read without running it.

    Two forms are everywhere on government CMSs: the Hanweb data island (the list as HTML
    in CDATA records of a ``<script type="text/xml">`` datastore, rendered by a pager
    script) and the TRS pager call ``createPageHTML(pages, current, "index", "html")``,
    whose pages are ``index.html``, ``index_1.html`` … beside the current one. The data
    proxy that serves such a list's further records answers with the same records, as XML.
    """
    scripts = selector.xpath("//script/text()").getall()
    for script in scripts + [html] if is_data_document(html) else scripts:
        records = _CDATA.findall(script)
        if records and "<a" in script:
            yield from _raw_links(Selector(text="".join(records)))
        for pages, name, extension in _TRS_PAGER.findall(script):
            for number in range(min(int(pages), MAX_SCRIPT_PAGES)):
                yield (f"{name}.{extension}" if number == 0 else f"{name}_{number}.{extension}"), str(number + 1)


def followable_url(href: str, base_url: str, origin: str) -> str | None:
    """``href`` as an absolute, canonical address on the portal's own site, or None."""
    try:
        url = canonical_url(urljoin(base_url, href))
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) and same_site(url, origin) else None


FRAME, DATA = "frame", "data"


def discover_links(
    html: str, page_url: str, origin: str, extra_words: Iterable[str] = (), lexicon: LabelLexicon | None = None
) -> list[Link]:
    """Same-site links worth following from a navigation page, best first, each once: anchors,
    script handlers, data attributes, image maps, script-drawn lists, and frame sources.

    ``extra_words`` are a city's own catalogue link texts (they rank first); the other link
    words are ``lexicon``'s (the packaged default when None)."""
    skip_link = navigation_words(lexicon).skip_link
    selector = Selector(text=browser_markup(html))  # an unclosed <a> ends where a browser ends it
    base = selector.xpath("//base/@href").get()
    base_url = urljoin(page_url, base) if base else page_url
    found: dict[str, Link] = {}  # by URL; a posted data request by its method, URL and body
    extra = tuple(extra_words)
    no_request = DataRequest("")
    frames = ((src, "", FRAME, no_request) for src in _frame_sources(selector))
    data = ((request.href, "", DATA, request) for request in _data_sources(selector))
    links = ((href, text, "", no_request)
             for href, text in itertools.chain(_raw_links(selector), _script_links(selector, html)))
    for href, text, kind, request in itertools.chain(frames, data, links):
        if skip_link.match(text):  # an exact match: "医师执业注册" is an item, not a sign-up link
            continue
        url = followable_url(href, base_url, origin)
        if url is None or SKIP_EXTENSIONS.search(urlsplit(url).path):
            continue
        key = url
        if kind == FRAME:
            link = Link(url, text, FRAME_PRIORITY, False, is_frame=True)
        elif kind == DATA:
            link = Link(url, text, FRAME_PRIORITY, False, is_data=True, method=request.method, body=request.body,
                        body_type=request.body_type)
            key = url if request.method == "GET" else f"{request.method} {url} {request.body}"
        else:
            link = Link(url, text, link_priority(text, url, extra, lexicon), is_pagination_text(text, lexicon))
        previous = found.get(key)
        if previous is None or link.priority > previous.priority:
            found[key] = link
    return sorted(found.values(), key=lambda link: -link.priority)


_POSTBACK = re.compile(r"""__doPostBack\(\s*['"]([\w$:.\-]{1,120})['"]\s*,\s*['"]([^'"]{0,120})['"]\s*\)""")
MAX_POSTBACKS = 200


@dataclass(frozen=True)
class Postback:
    """A pager link of an ASP.NET WebForms page: it posts the page's form back with an event."""

    target: str
    argument: str
    text: str


def discover_postbacks(html: str, lexicon: LabelLexicon | None = None) -> list[Postback]:
    """The page's ``__doPostBack('grid', 'Page$2')`` pager links, each event once.

    Only pagination is followed (a page-number or 下一页 text, or an argument ``Page$N``):
    other postbacks are buttons that change state (log in, search, sort), not pages. A page
    without the ASP.NET form (``__VIEWSTATE``) has no postback to make."""
    if "__doPostBack" not in html or "__VIEWSTATE" not in html:
        return []
    selector = Selector(text=html)
    found: dict[tuple[str, str], Postback] = {}
    for node in selector.xpath("//a[contains(@href, '__doPostBack')] | //*[contains(@onclick, '__doPostBack')]"):
        handler = f"{node.attrib.get('href') or ''} {node.attrib.get('onclick') or ''}"
        text = " ".join(t.strip() for t in node.xpath(".//text()").getall() if t.strip())[:40]
        for target, argument in _POSTBACK.findall(handler):
            if argument.lower().startswith("page$") or is_pagination_text(text, lexicon):
                found.setdefault((target, argument), Postback(target, argument, text))
        if len(found) >= MAX_POSTBACKS:
            break
    return list(found.values())


_TRIVIAL_SCRIPT = re.compile(r"^\s*(javascript:)?\s*(void\s*\(\s*0?\s*\)|;)?\s*;?\s*$|window\.(print|close)|history\.",
                             re.IGNORECASE)
SCRIPT_ITEMS_TO_RENDER = 3
"""A catalogue with this many items that only a script opens is explored in a browser."""


def script_only_items(html: str) -> int:
    """Items on the page that only a script can open: handlers with no address in them
    (``onclick="openDetail('YT2004')"``, ``href="javascript:goDetail(7)"``) and pager buttons
    without a link. A catalogue with several of them is explored rendered, by clicks."""
    lowered = html.lower()
    if lowered.count("javascript:") + lowered.count("onclick") + lowered.count("<button") < SCRIPT_ITEMS_TO_RENDER:
        return 0  # most pages: no parse needed
    selector = Selector(text=html)
    count = 0
    for node in selector.xpath("//*[@onclick] | //a[starts-with(translate(@href, 'JAVASCRIPT', 'javascript'), 'javascript:')]"):
        handler = f"{node.attrib.get('onclick') or ''} {node.attrib.get('href') or ''}"
        if not _TRIVIAL_SCRIPT.search(handler.strip()) and not QUOTED_URL.search(handler):
            count += 1
    for node in selector.xpath("//button"):
        text = " ".join(node.xpath(".//text()").getall()).strip()
        if text and is_pagination_text(text):
            count += SCRIPT_ITEMS_TO_RENDER  # a list paged by script is only whole once rendered
    return count


def visible_text(html: str) -> str:
    """The text a reader sees (scripts, styles and noscript cut), its pieces joined stripped."""
    selector = Selector(text=html)
    texts = selector.xpath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]")
    return "".join(t.strip() for t in texts.getall())


def visible_text_length(html: str) -> int:
    """Characters of text a reader would see; a JavaScript shell has almost none."""
    return len(visible_text(html))
