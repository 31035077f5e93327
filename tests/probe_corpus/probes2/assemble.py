"""What every portal module shares: its search declaration, guide facts as rows, its truth entry."""

from __future__ import annotations

from typing import Any

from tests.probe_corpus.probes2.model import Item, guide_facts
from tests.probe_corpus.probes2.site import PortalBuild


def labelled_facts(item: Item, labels: dict[str, str]) -> list[tuple[str, str]]:
    """The guide's facts as (label, value), in the order and wording the portal uses."""
    facts = guide_facts(item)
    return [(labels[key], str(facts[key])) for key in labels]


def search_index(items: list[Item]) -> list[dict[str, str]]:
    return [{"name": i.name, "url": i.guide_path, "dept": i.dept.name, "code": i.code} for i in items]


def city_truth(p: PortalBuild, *, home: str, catalogue: str, channels_page: str, search: dict[str, Any],
               faq: str | None = None) -> dict[str, Any]:
    return {"id": p.city.id, "name": p.city.name, "home": home, "catalogue": catalogue,
            "channels_page": channels_page, "faq": faq, "search": search,
            "items": [{"item_code": i.code, "name": i.name, "guide_path": i.guide_path, "entry_path": i.entry_path}
                      for i in p.items],
            "channels": p.channels}
