"""What the wording rules share: reading a stored page as the words a citizen meets (and the
code their browser runs), and the page-signal rule that fires once per page saying so."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.context import PageRecord, page_subject
from channel_equity.checks.rule import Rule, Scope
from channel_equity.checks.rules._fields import raw_field
from channel_equity.checks.rules._probes import seen_by
from channel_equity.checks.verdict import Basis, Evidence, MessageArg, Verdict

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit
    from channel_equity.checks.phrases import PhraseBook, PhraseHit
    from channel_equity.core.observation import GuideObservation

CONDITIONAL_COMMENT = re.compile(r"<!--\[if[^\]]*\]>.*?<!\[endif\]-->", re.S | re.I)
COMMENT = re.compile(r"<!--.*?-->", re.S)
SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)
STYLE = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.S | re.I)
BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|tr|td|th|li|ul|ol|dl|dt|dd|h[1-6]|table|thead|tbody|section|article|header|footer|"
    r"nav|form|title|noscript|option|hr|button|label|img)\b[^>]*>",
    re.I,
)
TAG = re.compile(r"<[^>]*>")
BLANKS = re.compile(r"[ \t\f\v]+")
REDIRECTED = " (redirected to {final_url})"
"""Appended to a page rule's template when the page asked for led elsewhere."""
CHANNEL_NAMES = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助办理"}


@dataclass(frozen=True)
class PageWords:
    """A page split the way a reader meets it: ``visible`` words (tags, scripts, styles and
    comments removed, block elements on their own lines) and ``code`` the browser runs or
    reads (script bodies, conditional comments, each collapsed onto one line)."""

    visible: str
    code: str

    @property
    def everything(self) -> str:
        """Visible words, then code: what the page signal rules scan."""
        return f"{self.visible}\n{self.code}" if self.code else self.visible


def page_words(source: str) -> PageWords:
    """Split a stored page (HTML, or a JSON API answer) into visible words and code.

    JSON answers have no markup: their string values, one per line after their keys, are the
    visible words (a script renders them), which also decodes ``\\uXXXX`` escapes.
    """
    stripped = source.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return PageWords("\n".join(_json_strings(json.loads(stripped))), "")
        except ValueError:
            pass
    conditionals = [" ".join(block.split()) for block in CONDITIONAL_COMMENT.findall(source)]
    scripts = [body for body in SCRIPT.findall(source) if body.strip()]
    text = CONDITIONAL_COMMENT.sub(" ", source)
    text = COMMENT.sub(" ", SCRIPT.sub(" ", STYLE.sub(" ", text)))
    text = TAG.sub("", BLOCK_TAG.sub("\n", text))
    lines = (BLANKS.sub(" ", line).strip() for line in html.unescape(text).splitlines())
    visible = "\n".join(line for line in lines if line)
    return PageWords(visible, JS_ESCAPE.sub(_unescaped, "\n".join([*conditionals, *scripts])))


JS_ESCAPE = re.compile(r"\\+u([0-9a-fA-F]{4})|\\+([\"'/])")
"""A script's escaped characters, however deeply its data is escaped ("\\u7f51", "\\\\\""): a
page's words carried as data read as the words they are."""


def _unescaped(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16)) if match.group(1) else match.group(2)


def _json_strings(data: object, key: str | None = None) -> Iterator[str]:
    """The string values of a JSON answer, one per line, each after its key ("HANDLE_TYPE_TEXT:
    网上办理"): the key is how the guide's field is named in the page as stored."""
    if isinstance(data, str):
        if data.strip():
            yield f"{key}: {data}" if key else data
    elif isinstance(data, dict):
        for name, value in data.items():
            yield from _json_strings(value, str(name))
    elif isinstance(data, list):
        for value in data:
            yield from _json_strings(value, key)


@dataclass(frozen=True)
class ProbeSignal:
    """A page the browser probes found showing a rule's signal: the target visited, the page as
    rendered (evidence), the excerpt (the page's words when ``quoted``, else what the probe
    measured) and the words the message names."""

    url: str
    page: PageRecord
    excerpt: str
    words: MessageArg  # the page's words, or a term list (translated in the report) of what was measured
    quoted: bool
    visit: ProbeVisit  # the visit that showed it: its screenshot and WARC go with the evidence


class PortalSignalRule(Rule):
    """A page-level rule: one verdict per portal (city) for the pages showing its signal, with
    their count; the evidence is the first such page, and every page it was seen on is listed
    (``Evidence.pages``). A portal behind a login wall is one finding, not one per guide.

    The signal is read from the crawl's stored pages (``signal``) and from what the browser
    probes rendered (``probe_signals``); a page found both ways counts once, from the crawl.
    The evidence names the URL asked for (a guide redirected to a login page is that guide's
    finding; the message says where it led) with the stored body of the page shown.
    """

    scope: ClassVar[Scope] = "page"
    basis: ClassVar[Basis] = "prose"  # the page's own words show the signal
    message_template: ClassVar[str]  # formatted with {count}, {url} (the first page) and {words}

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Declare the template and its redirected form as the rule's messages."""
        super().__init_subclass__(**kwargs)
        if "message_template" in cls.__dict__:
            cls.messages = (cls.message_template, cls.message_template + REDIRECTED)

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        first, pages = self.crawl_hits(context)
        extra: dict[str, list[ProbeSignal]] = {}
        for found in self.probe_signals(context):
            listed = pages.setdefault(found.page.city_id, [])
            if found.url not in listed:
                listed.append(found.url)
                extra.setdefault(found.page.city_id, []).append(found)
        for city_id, urls in pages.items():
            if city_id in first:
                page, hit = first[city_id]
                yield self._portal_verdict(city_id, page, urls, hit.words, page.evidence(hit.excerpt))
            elif city_id in extra:
                found = extra[city_id][0]
                evidence = seen_by(replace(found.page.evidence(found.excerpt), quoted=None if found.quoted else False),
                                   found.visit)
                yield self._portal_verdict(city_id, found.page, urls, found.words, evidence,
                                           basis=None if found.quoted else "measured")

    def _portal_verdict(self, city_id: str, page: PageRecord, urls: list[str], words: MessageArg, evidence: Evidence,
                        basis: Basis | None = None) -> Verdict:
        template = self.message_template
        args: dict[str, MessageArg] = {"count": len(urls), "url": page.url, "words": words}
        if page.final_url != page.url:
            template, args = template + REDIRECTED, {**args, "final_url": page.final_url}
        return self.make_verdict(city_id, "", template, args, replace(evidence, url=page.url, pages=tuple(urls)),
                                 basis=basis)

    def crawl_hits(self, context: CheckContext) -> tuple[dict[str, tuple[PageRecord, PhraseHit]], dict[str, list[str]]]:
        """Per city, the first crawled page showing the signal and every such page's URL."""
        return {}, {}

    def probe_signals(self, context: CheckContext) -> Iterable[ProbeSignal]:
        """The pages the probes rendered that show the signal (none unless a rule reads probes)."""
        return ()

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """A portal-wide finding is resolved only by a scan that read the whole portal again
        (status ok): a page not read again, or answered empty, may still show the signal."""
        coverage = context.coverage.get(city_id)
        return coverage is not None and coverage.status == "ok"


class PageSignalRule(PortalSignalRule):
    """A portal signal shown by the words of the crawl's stored pages (status < 400): the
    phrases of ``category``. A page fetched twice in a scan (a script shell and its rendering)
    counts once, from whichever copy shows the signal. ``excluded`` leaves pages out (e.g.
    application systems).

    Only the visible words are read unless ``reads_code``: a script may carry every message
    of a single-page app (all routes, all states), so its strings are not what the page says.
    """

    category: ClassVar[str]
    reads_code: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Declare the signal's category as the phrases it reads (unless it declares more) and marks."""
        super().__init_subclass__(**kwargs)
        if "category" in cls.__dict__:
            cls.highlight_categories = (cls.category,)
            if "phrase_categories" not in cls.__dict__:
                cls.phrase_categories = (cls.category,)

    def crawl_hits(self, context: CheckContext) -> tuple[dict[str, tuple[PageRecord, PhraseHit]], dict[str, list[str]]]:
        seen: set[tuple[str, str]] = set()
        excluded = self.excluded(context)
        first: dict[str, tuple[PageRecord, PhraseHit]] = {}
        pages: dict[str, list[str]] = {}
        for page in context.pages:
            key = (page.city_id, page_subject(page.url))
            if page.http_status >= 400 or key in seen or excluded(page):
                continue
            hit = self.signal(page, context)
            if hit is not None:
                seen.add(key)
                first.setdefault(page.city_id, (page, hit))
                pages.setdefault(page.city_id, []).append(page.url)
        return first, pages

    def signal(self, page: PageRecord, context: CheckContext) -> PhraseHit | None:
        words = page_words(context.text_of(page))
        return context.phrases.find(self.category, words.everything if self.reads_code else words.visible)

    def excluded(self, context: CheckContext) -> Callable[[PageRecord], bool]:
        """Which pages of this scan the rule does not judge (none by default)."""
        return lambda page: False


def channel_field_excerpt(observation: GuideObservation, phrases: PhraseBook) -> str:
    """The guide's channel field as the portal wrote it ("办理形式：网上办理"): the raw field
    whose whole label is a ``channel_labels`` phrase, else the one the label lexicon names,
    else the channels as guides write them — never a label the page may not print."""
    for label, value in observation.raw_fields.items():
        name = label.strip().rstrip(":：").strip()
        hit = phrases.find("channel_labels", name)
        if hit is not None and hit.start == 0 and hit.end == len(name):
            return f"{name}：{value}"
    found = raw_field(observation, "channels")
    if found is not None:
        return f"{found[0]}：{found[1]}"
    return "、".join(CHANNEL_NAMES.get(c, c) for c in observation.channels)


def channel_wording(observation: GuideObservation) -> str:
    """The guide's own words about how and where to apply: ``channel_text`` (channel, place,
    note and visit-reason fields as the extractor gathered them) plus the names of the places,
    which a structured source (a JSON API) may give only as locations: "C9窗口（仅网办）"."""
    text = observation.channel_text or ""
    names = [loc.name for loc in observation.locations if loc.name and loc.name not in text]
    return "\n".join([text, *names]) if names else text
