"""What the spider knows of each city, and what it counts for the scan's result row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.core.labels import LabelLexicon
from channel_equity.crawler.items import FetchFailure
from channel_equity.crawler.middlewares.budget import FOUND_ON, PageBudget

MIN_SHARED_ENTRY = 3
"""Guides that must give one entry URL before it can be navigation rather than an entry."""
NEARLY_ALL = 0.8
"""The share of a city's guides giving one entry URL that makes it navigation whatever links it."""

LINK_TEXT = "link_text"  # request meta: the text of the link followed (a guide's name when it labels none)


@dataclass
class PortalTarget:
    """What the spider needs to know of one city.

    A targeted crawl (a complaint's re-check) names its ``seeds``, the guide pages to read
    again, and does not ``follow_links``: only the seeds, their frames and the data their
    scripts draw on are fetched, with the online entries the guides offer — no robots.txt, no
    sitemap, no catalogue."""

    city_id: str
    portal: str
    catalog: str | None
    overrides: ExtractionOverrides
    max_pages: int
    max_depth: int
    seeds: tuple[str, ...] = ()
    follow_links: bool = True


@dataclass
class CityCrawlState:
    """Counters the scan runner turns into the city's result row."""

    target: PortalTarget
    pages_fetched: int = 0
    items_extracted: int = 0
    errors: int = 0
    home_failures: list[str] = field(default_factory=list)
    home_successes: int = 0
    homes: int = 0
    online_entries_checked: int = 0
    budget: PageBudget = field(init=False)  # spent by the budget and shell middlewares
    list_totals: dict[str, int] = field(default_factory=dict)  # page URL -> the item count it states
    guide_lists: set[str] = field(default_factory=set)  # pages through which a guide was found
    guide_like: list[str] = field(default_factory=list)  # pages showing guide fields that yielded no guide
    entry_counts: Counter[str] = field(default_factory=Counter)  # online entry URL -> guides giving it
    navigation_links: set[str] = field(default_factory=set)  # URLs linked from pages that are no guide
    # list (its address less the page number) -> the pages it states, and the pages of it fetched
    list_pages: dict[str, tuple[int, set[str]]] = field(default_factory=dict)
    _list_of_page: dict[str, str] = field(default_factory=dict, repr=False)  # page URL -> its list
    # Faults met where the spider could not hand them to the pipeline (a redirect the dupefilter
    # dropped): recorded when the crawl ends.
    late_faults: list[FetchFailure] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.budget = PageBudget(self.target.max_pages, self.target.max_depth)

    @property
    def requested(self) -> int:
        return self.budget.requested

    @property
    def truncated(self) -> bool:
        return self.budget.truncated

    @property
    def stated_total(self) -> int | None:
        """The most items a list page says it holds, among the pages that led to a guide
        (a news list's 共356条 is no catalogue's size); None when none says."""
        totals = [total for url, total in self.list_totals.items() if url in self.guide_lists]
        return max(totals) if totals else None

    @property
    def shared_entries(self) -> set[str]:
        """Online entries that are the portal's navigation, not a guide's own entry: one URL
        given by (nearly) every guide, or by several guides and linked from the site's other
        pages too (a top menu's 网上办事大厅 read as each guide's 在线办理)."""
        guides = self.items_extracted
        return {url for url, count in self.entry_counts.items()
                if count >= MIN_SHARED_ENTRY and (count >= NEARLY_ALL * guides or url in self.navigation_links)}

    def lexicon(self, base: LabelLexicon) -> LabelLexicon:
        """``base`` plus the city's own label variants (``extraction.labels``), cached by ``base``."""
        return base.extended(self.target.overrides.labels)

    @property
    def unread_guides(self) -> list[str]:
        """Pages that show guide fields yet yielded no guide, less those through which guides
        were found (a catalogue whose columns are 事项名称, 办件类型 ... is no unread guide)."""
        return [url for url in dict.fromkeys(self.guide_like) if url not in self.guide_lists]

    def note_list_total(self, url: str, total: int) -> None:
        """A list page (or a list's JSON answer) states ``total`` items."""
        self.list_totals[url] = max(total, self.list_totals.get(url, 0))

    def note_list_page(self, list_id: str, page_url: str, page_id: str, pages: int) -> None:
        """A page of a paged list that states ``pages`` pages (``page_id`` tells its pages apart:
        the URL, or the post-back that fetched it)."""
        stated, fetched = self.list_pages.get(list_id, (0, set()))
        fetched.add(page_id)
        self.list_pages[list_id] = (max(stated, pages), fetched)
        self._list_of_page[page_url] = list_id

    @property
    def unfinished_lists(self) -> list[tuple[int, int]]:
        """(pages fetched, pages stated) of each paged list that led to a guide and was not read
        to its last page (a pager reached only through a jump box, a budget cut short)."""
        with_guides = {self._list_of_page[url] for url in self.guide_lists if url in self._list_of_page}
        return [(len(fetched), stated) for list_id, (stated, fetched) in self.list_pages.items()
                if list_id in with_guides and len(fetched) < stated]

    def note_entry(self, url: str | None) -> None:
        if url:
            self.entry_counts[url] += 1

    def note_guides(self, meta: Mapping[str, Any], entries: Iterable[str | None]) -> None:
        """Guides read from a page (the online entry of each): counted, their entries noted, and
        the page that linked to it (``meta[FOUND_ON]``) known as a guide list."""
        for entry in entries:
            self.items_extracted += 1
            self.note_entry(entry)
        self.note_guide_found_on(meta)

    def note_guide_found_on(self, meta: Mapping[str, Any]) -> None:
        """A guide was read from a page linked by ``meta[FOUND_ON]``: that page is a guide list."""
        found_on = meta.get(FOUND_ON)
        if found_on:
            self.guide_lists.add(found_on)

    def note_home(self, meta: Mapping[str, Any], ok: bool, reason: str = "") -> None:
        """An entry page's outcome: none fetched means the portal is unreachable."""
        if not meta.get("home"):
            return
        if ok:
            self.home_successes += 1
        else:
            self.home_failures.append(reason)
