"""What a citizen's journey (``journey.walk``) met, as stored with its probe (``facts.journey``):
the steps, how far it got and why it stopped."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MAX_DETAIL = 120
SEARCH_FOUND_NOTHING = "the search listed nothing that names the item"
"""The failure of a journey whose search ran and answered, but with nothing leading to the item."""


@dataclass
class JourneyStep:
    """One thing the citizen did, or one page that came up (module docstring: how they count)."""

    action: str  # "load", "click", "fill", "submit"
    url: str  # the page the step happened on, or (a load) led to
    detail: str  # page text: untrusted, at most MAX_DETAIL characters


@dataclass
class Journey:
    """What one walk met: the steps, how far it got, and (``failure``) why it stopped short of
    the entry, in plain words. Stored as :meth:`to_json` in a JSON column."""

    item_name: str
    steps: list[JourneyStep] = field(default_factory=list)
    reached_guide: bool = False
    guide_url: str | None = None
    reached_entry: bool = False
    entry_url: str | None = None
    login_wall: bool = False
    failure: str | None = None
    captchas: list[str] = field(default_factory=list)

    def _count(self, action: str) -> int:
        return sum(step.action == action for step in self.steps)

    @property
    def page_loads(self) -> int:
        return self._count("load")

    @property
    def clicks(self) -> int:
        return self._count("click")

    @property
    def fields_filled(self) -> int:
        return self._count("fill")

    def to_json(self) -> dict[str, Any]:
        made = asdict(self)
        made.update(page_loads=self.page_loads, clicks=self.clicks, fields_filled=self.fields_filled)
        return made


def short(text: str) -> str:
    return " ".join(text.split())[:MAX_DETAIL]
