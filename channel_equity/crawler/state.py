"""What the spider knows of each city, and what it counts for the scan's result row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.crawler.middlewares.budget import FOUND_ON, PageBudget


@dataclass
class PortalTarget:
    """What the spider needs to know of one city."""

    city_id: str
    portal: str
    catalog: str | None
    overrides: ExtractionOverrides
    max_pages: int
    max_depth: int


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
    def unread_guides(self) -> list[str]:
        """Pages that show guide fields yet yielded no guide, less those through which guides
        were found (a catalogue whose columns are 事项名称, 办件类型 ... is no unread guide)."""
        return [url for url in dict.fromkeys(self.guide_like) if url not in self.guide_lists]

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
