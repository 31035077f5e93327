"""Geometry for the inline SVG trend chart: Python computes coordinates, the template
``_trend_chart.html`` draws them, so the report needs no script and no chart library."""

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


def trend_chart(series: list[tuple[int, str, int]]) -> TrendChart:
    """A chart of ``(scan id, label, open findings)`` in scan order."""
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    top_value = max([value for _, _, value in series] + [1])
    step = max(1, -(-top_value // 4))  # four gridlines, rounded up to whole findings
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
