"""Geometry for the inline SVG charts (open findings per scan, new and resolved per scan):
Python computes coordinates, the templates ``_trend_chart.html`` and ``_change_chart.html``
draw them, so the report needs no script and no chart library."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 640
HEIGHT = 220
MARGIN_LEFT = 56
MARGIN_RIGHT = 48
MARGIN_TOP = 16
MARGIN_BOTTOM = 40


@dataclass(frozen=True)
class TrendPoint:
    x: float
    y: float
    value: int
    label: str  # the scan's date, shown under the axis
    scan_id: int


@dataclass(frozen=True)
class TrendTick:
    y: float
    value: int


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    points: list[TrendPoint]
    ticks: list[TrendTick]

    @property
    def polyline(self) -> str:
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)


def nice_step(top_value: int) -> int:
    """The smallest round gridline step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, a
    whole number) whose four gridlines reach ``top_value``."""
    magnitude = 1
    while True:
        for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8):
            step = factor * magnitude
            if step == int(step) and step * 4 >= top_value:
                return int(step)
        magnitude *= 10


def trend_chart(series: list[tuple[int, str, int]]) -> TrendChart:
    """A chart of ``(scan id, label, open findings)`` in scan order."""
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = nice_step(max([value for _, _, value in series] + [1]))
    top_value = step * 4

    def y_of(value: int) -> float:
        return MARGIN_TOP + plot_height * (1 - value / top_value)

    count = len(series)
    points = [
        TrendPoint(
            x=MARGIN_LEFT + (plot_width * index / (count - 1) if count > 1 else plot_width / 2),
            y=y_of(value),
            value=value,
            label=label,
            scan_id=scan_id,
        )
        for index, (scan_id, label, value) in enumerate(series)
    ]
    ticks = [TrendTick(y=y_of(step * index), value=step * index) for index in range(5)]
    return TrendChart(
        width=WIDTH, height=HEIGHT, left=MARGIN_LEFT, right=WIDTH - MARGIN_RIGHT, top=MARGIN_TOP,
        bottom=HEIGHT - MARGIN_BOTTOM, points=points, ticks=ticks,
    )


@dataclass(frozen=True)
class ChangeBar:
    x: float
    y: float
    height: float
    value: int


@dataclass(frozen=True)
class ChangeGroup:
    label: str
    scan_id: int
    center: float
    new: ChangeBar
    resolved: ChangeBar


@dataclass(frozen=True)
class ChangeChart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    bar_width: float
    groups: list[ChangeGroup]
    ticks: list[TrendTick]


def change_chart(series: list[tuple[int, str, int, int]]) -> ChangeChart:
    """Bars of ``(scan id, label, new or reopened, resolved)`` per scan, in scan order."""
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    bottom = HEIGHT - MARGIN_BOTTOM
    step = nice_step(max([max(new, resolved) for _, _, new, resolved in series] + [1]))
    top_value = step * 4
    slot = plot_width / max(1, len(series))
    bar_width = min(28.0, slot * 0.35)

    def bar(x: float, value: int) -> ChangeBar:
        height = plot_height * value / top_value
        return ChangeBar(x=x, y=bottom - height, height=height, value=value)

    groups = []
    for index, (scan_id, label, new, resolved) in enumerate(series):
        center = MARGIN_LEFT + slot * (index + 0.5)
        groups.append(ChangeGroup(label, scan_id, center, bar(center - bar_width, new), bar(center, resolved)))
    ticks = [TrendTick(y=bottom - plot_height * index / 4, value=step * index) for index in range(5)]
    return ChangeChart(width=WIDTH, height=HEIGHT, left=MARGIN_LEFT, right=WIDTH - MARGIN_RIGHT, top=MARGIN_TOP,
                       bottom=bottom, bar_width=bar_width, groups=groups, ticks=ticks)
