"""A city's figures against the province standard: items read, share of 即办件, and how many
guides offer the channels the standard requires (online, and the counter).

The figures count what the scan read; a guide that does not state its channels is neither
for nor against the city. The minimum share of 即办件, the fewest guides judged on it and the
tolerance of the comparison are the ``immediate-share-low`` rule's declared thresholds, read
the way the rule reads them, so the page and the finding never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from channel_equity.checks.registry import RULES_BY_ID
from channel_equity.core.config import MonitorConfig, StandardItem
from channel_equity.reports.queries import ChannelRow, CityFigures

IMMEDIATE_SHARE_RULE = RULES_BY_ID["immediate-share-low"]
SHARE_MINIMUM = IMMEDIATE_SHARE_RULE.declared_threshold("immediate_share_min")


@dataclass(frozen=True)
class StandardFigure:
    """One row of the city's figures: ``count`` of ``total`` against a required ``minimum`` share.

    ``meets`` is None when the figure cannot be judged (nothing to count, too few guides).
    """

    key: str  # which figure (the template names it)
    count: int
    total: int
    minimum: float | None  # the share the province requires; None: no standard, shown for reference
    judged: bool = True

    @property
    def share(self) -> float | None:
        return self.count / self.total if self.total else None

    @property
    def meets(self) -> bool | None:
        share = self.share
        if share is None or self.minimum is None or not self.judged:
            return None
        return SHARE_MINIMUM.reached(share, self.minimum)


def immediate_minimum(config: MonitorConfig) -> float:
    return IMMEDIATE_SHARE_RULE.threshold_value(config, "immediate_share_min")


def offers_online(row: ChannelRow) -> bool | None:
    """Whether the guide offers an online channel; None when it does not say."""
    if row.channels:
        return "online" in row.channels
    return row.online_available


def offers_counter(row: ChannelRow) -> bool | None:
    return "counter" in row.channels if row.channels else None


def _share_of(rows: Iterable[ChannelRow], offers: Callable[[ChannelRow], bool | None], key: str,
              minimum: float | None) -> StandardFigure:
    stated = [answer for row in rows if (answer := offers(row)) is not None]
    return StandardFigure(key, sum(1 for answer in stated if answer), len(stated), minimum)


def city_standard_figures(config: MonitorConfig, figures: CityFigures, rows: list[ChannelRow]) -> list[StandardFigure]:
    """The city's figures in display order."""
    standards: dict[str, StandardItem] = {item.code: item for item in config.policy.standard_items}
    matched = {row.standard_code for row in rows if row.standard_code in standards}
    online_required = [row for row in rows if row.standard_code in standards
                       and standards[row.standard_code].online in ("required", "only")]
    counter_required = [row for row in rows if row.standard_code in standards
                        and standards[row.standard_code].offline == "required"
                        and standards[row.standard_code].online != "only"]
    min_items = IMMEDIATE_SHARE_RULE.threshold_value(config, "immediate_share_min_items")
    return [
        StandardFigure("standard_items", len(matched), len(standards), None),
        StandardFigure("immediate", figures.immediate, figures.with_case_type, immediate_minimum(config),
                       judged=figures.with_case_type >= min_items),
        _share_of(online_required, offers_online, "online_required", 1.0),
        _share_of(counter_required, offers_counter, "counter_required", 1.0),
        _share_of(rows, offers_online, "online_any", None),
        _share_of(rows, offers_counter, "counter_any", None),
    ]
