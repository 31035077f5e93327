"""What a scan read of what a portal says it lists: one formula for the crawler's city
result, the checks that decline to judge a partly read city, and the report."""

from __future__ import annotations


def read_share(items_read: int, stated_total: int | None) -> float | None:
    """Guides read over the items the portal's lists state, capped at 1 (a portal may list
    fewer than it has); None when it states no total."""
    if not stated_total:
        return None
    return min(1.0, items_read / stated_total)
