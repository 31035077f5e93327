"""What a citizen's journey (``journey.py``) reads on a page, and how it recognises what it
reads: the site-search box, the links that name the item, a choice page's options, the guide, its
apply button.

The page is read by ``journey_page.js`` into a :class:`PageReading` (plain data: everything in it
is page text, untrusted, matched and never run); the functions here decide on it alone, so they
are plain functions of text. Names are compared folded: whitespace dropped, full-width forms and
traditional characters folded, lower case.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from channel_equity.crawler.extract.normalize import fold

READ_JS = files("channel_equity.crawler.probes").joinpath("journey_page.js").read_text(encoding="utf-8")
ATTRIBUTE = "data-ce-journey"
"""The attribute ``journey_page.js`` stamps on the elements the walker may press."""
VOLATILE_QUERY_KEYS = frozenset({"t", "_", "ts", "_t", "timestamp", "rnd", "random", "nocache"})
"""Query keys portals add to defeat caches: two addresses differing only in them are one page."""
MAX_BUTTON_CHARS = 16
"""An apply button says a few words; a longer text naming 在线办理 is prose, not a button."""


@dataclass(frozen=True)
class JourneyWords:
    """The words the walker recognises things by (a province may override them in config)."""

    search_fields: tuple[str, ...] = ("搜索", "检索", "search", "keyword", "searchword", "query", "kw", "wd", "q",
                                      "查询", "请输入")
    apply_buttons: tuple[str, ...] = ("在线办理", "网上办理", "在线申请", "网上申请", "立即办理", "我要办理",
                                      "申请办理", "去办理", "在线申报", "网上申报", "立即申请", "我要申请")
    choice_headings: tuple[str, ...] = ("请选择", "选择办理", "选择区县", "选择部门", "选择乡镇", "选择街道",
                                        "选择实施", "选择地区")
    search_buttons: tuple[str, ...] = ("搜索", "检索", "查询", "search", "搜")
    guide_labels: tuple[str, ...] = ("事项名称", "实施主体", "实施机构", "受理条件", "申请条件", "申请材料",
                                     "办理材料", "办理流程", "办理时限", "承诺时限", "法定时限", "办理地点",
                                     "设定依据", "收费标准", "咨询电话", "办理形式", "事项类型")
    """Labels of a guide's fields: two of them make a page guide-like."""


DEFAULT_WORDS = JourneyWords()


@dataclass(frozen=True)
class Pressable:
    """A link or button as read: its visible text, its title/alt, its address (links only)."""

    mark: str
    text: str
    title: str
    href: str

    @property
    def label(self) -> str:
        return self.text or self.title


@dataclass(frozen=True)
class SearchField:
    mark: str
    cues: str
    in_form: bool
    text_inputs: int  # text inputs in its form (or its surroundings)
    buttons: tuple[tuple[str, str, bool], ...]  # (mark, words, is the form's submit button)


@dataclass(frozen=True)
class PageReading:
    url: str
    title: str
    headings: tuple[str, ...]
    text: str
    passwords: int
    pressables: tuple[Pressable, ...]
    fields: tuple[SearchField, ...]
    options: tuple[Pressable, ...]  # after a choice prompt, in page order
    captchas: tuple[str, ...]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> PageReading:
        def pressables(items: list[dict[str, Any]]) -> tuple[Pressable, ...]:
            return tuple(Pressable(str(i["mark"]), str(i["text"]), str(i["title"]), str(i["href"])) for i in items)

        fields = tuple(SearchField(str(f["mark"]), str(f["cues"]), bool(f["in_form"]), int(f["text_inputs"]),
                                   tuple((str(b["mark"]), str(b["words"]), bool(b["submit"])) for b in f["buttons"]))
                       for f in raw["fields"])
        choice = raw.get("choice") or {}
        return cls(str(raw["url"]), str(raw["title"]), tuple(map(str, raw["headings"])), str(raw["text"]),
                   int(raw["passwords"]), pressables(raw["clickables"]), fields,
                   pressables(choice.get("options") or []), tuple(map(str, raw["captchas"])))


def folded(text: str) -> str:
    """Whitespace dropped, full-width forms and traditional characters folded, lower case."""
    return fold(text).lower()


def page_key(url: str) -> str:
    """What makes two addresses one page: path and query without cache-busting keys, sorted; host,
    port and fragment ignored, except a fragment that is a script-built portal's route (``#/…``)."""
    parts = urlsplit(url)
    query = sorted((key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
                   if key.lower() not in VOLATILE_QUERY_KEYS)
    route = parts.fragment if parts.fragment.startswith(("/", "!/")) else ""
    return f"{unquote(parts.path) or '/'}?{query}#{route}"


def link_rank(label: str, item_name: str) -> int | None:
    """How surely a link's text names the item (lower is surer), None when it does not: the very
    name; a text containing it; a text of 4+ characters the name contains; a text cut short
    ("个体工商户设立…") whose start is the name's."""
    text, name = folded(label), folded(item_name)
    if not text or not name:
        return None
    if text == name:
        return 0
    if name in text:
        return 1
    if len(text) >= 4 and text in name:
        return 2
    cut = text.rstrip(".…")
    return 3 if cut != text and len(cut) >= 4 and name.startswith(cut) else None


def item_links(reading: PageReading, item_name: str, guide_key: str | None, visited: set[str]) -> list[Pressable]:
    """The page's links to the item, surest first (a link to the known guide first of all); links
    back to pages already seen are left out."""
    ranked: list[tuple[int, int, Pressable]] = []
    for pressable in reading.pressables:
        key = page_key(pressable.href) if pressable.href.startswith("http") else None
        if key in visited:
            continue
        rank = 0 if key is not None and key == guide_key else None
        named = min((r for r in (link_rank(pressable.text, item_name), link_rank(pressable.title, item_name))
                     if r is not None), default=None)
        if named is not None:
            rank = named + 1 if rank is None else rank
        if rank is not None:
            ranked.append((rank, abs(len(folded(pressable.label)) - len(folded(item_name))), pressable))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [pressable for _, _, pressable in ranked]


def _matches_cue(cues: str, word: str) -> bool:
    """Short ASCII cues (q, kw, wd) must be whole tokens of the field's names, longer ones parts."""
    if word.isascii() and len(word) <= 3:
        tokens = "".join(c if c.isalnum() else " " for c in cues.lower()).split()
        return word.lower() in tokens
    return folded(word) in folded(cues)


def search_box(reading: PageReading, words: JourneyWords) -> tuple[SearchField, str | None] | None:
    """The site-search field and the mark of the button that sends it (None: press Enter). A
    field whose names carry an earlier cue of ``words.search_fields`` wins; a field without cues
    still counts when it is the only text input of a form whose button says 搜索."""
    best: tuple[int, SearchField, str | None] | None = None
    for candidate in reading.fields:
        said = _buttons_saying_search(candidate, words)
        cue = next((i for i, word in enumerate(words.search_fields) if _matches_cue(candidate.cues, word)), None)
        if cue is None and candidate.in_form and candidate.text_inputs == 1 and said:
            cue = len(words.search_fields)
        if cue is not None and (best is None or cue < best[0]):
            submits = [mark for mark, _, submit in candidate.buttons if submit]
            best = (cue, candidate, next(iter(said or submits), None))
    return None if best is None else (best[1], best[2])


def _buttons_saying_search(candidate: SearchField, words: JourneyWords) -> list[str]:
    """The buttons by the field that say 搜索 (in their text, title, value, class or id), the
    tersest first: a "热门搜索" link beside the box says more than the box's own button."""
    said = [(len(text), mark) for mark, text, _ in candidate.buttons
            if any(folded(word) in folded(text) for word in words.search_buttons)]
    return [mark for _, mark in sorted(said)]


def apply_button(reading: PageReading, words: JourneyWords) -> Pressable | None:
    """The guide's apply button: a short text saying an apply word (the very word first, then
    the earlier word of ``words.apply_buttons``, then the shorter text)."""
    ranked: list[tuple[int, int, int, Pressable]] = []
    for pressable in reading.pressables:
        text = folded(pressable.label)
        if not text or len(text) > MAX_BUTTON_CHARS or pressable.href.rstrip("/").endswith("#"):
            continue
        for order, word in enumerate(words.apply_buttons):
            if folded(word) in text:
                ranked.append((text != folded(word), order, len(text), pressable))
                break
    return min(ranked, key=lambda entry: entry[:3])[3] if ranked else None


def names_item(reading: PageReading, item_name: str) -> bool:
    name = folded(item_name)
    return any(name in folded(text) for text in (reading.title, *reading.headings))


def looks_like_guide(reading: PageReading, item_name: str, words: JourneyWords, links_elsewhere: int,
                     from_search: bool) -> bool:
    """Whether the page reads as the item's guide (for a page not at the guide's known address): its
    heading or title names the item and it has an apply button or two guide labels, unless it
    lists the item as results do (two links to it elsewhere, or one on the page the search led to:
    a results page echoes the query in its heading and may carry 在线办理 on each row)."""
    text = folded(reading.text)
    guide_like = apply_button(reading, words) is not None or sum(folded(w) in text for w in words.guide_labels) >= 2
    results_like = links_elsewhere >= 2 or (from_search and links_elsewhere >= 1)
    return names_item(reading, item_name) and guide_like and not results_like
