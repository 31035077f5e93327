"""What the spider knows of each city, and what it counts for the scan's result row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.crawler.middlewares.budget import PageBudget


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

    def __post_init__(self) -> None:
        self.budget = PageBudget(self.target.max_pages, self.target.max_depth)

    @property
    def requested(self) -> int:
        return self.budget.requested

    @property
    def truncated(self) -> bool:
        return self.budget.truncated

    def note_home(self, meta: Mapping[str, Any], ok: bool, reason: str = "") -> None:
        """An entry page's outcome: none fetched means the portal is unreachable."""
        if not meta.get("home"):
            return
        if ok:
            self.home_successes += 1
        else:
            self.home_failures.append(reason)
