"""Times as inspectors read them: the province's wall clock, with the zone said beside each time.

The store keeps every moment in UTC and the exports write them so (``2026-12-04T01:21:00Z``);
the report and the run's digest are read by people, who keep the province's time. A
:class:`ReportClock` shows a moment in the config's ``timezone`` to the minute:

* ``Asia/Shanghai`` (the default) and its aliases: ``2026-12-04 10:21（北京时间）`` in Chinese,
  ``2026-12-04 10:21 (Beijing time)`` in English;
* any other zone: its offset from UTC at that moment, ``2026-12-04 10:21（UTC+09:00）`` /
  ``2026-12-04 10:21 (UTC+09:00)``, which stays true across a daylight-saving change where the
  zone's name alone would leave a reader to work the offset out.

A :class:`LocalTime` prints as that text and renders in HTML as
``<time datetime="2026-12-04T01:21:00Z">…</time>`` (markupsafe's ``__html__``), so every time
in the report keeps its exact UTC instant without the templates spelling it out. Days (a
complaint's received day, its due date) are no moments and are not converted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from markupsafe import Markup

from channel_equity.store.reading import export_time

Translate = Callable[[str], str]
BEIJING_ZONES: Final = frozenset({"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC"})
"""The tz database's names for China's one official time (the others are links to Asia/Shanghai)."""
BEIJING_TIME: Final = "%(time)s (Beijing time)"
OFFSET_TIME: Final = "%(time)s (UTC%(offset)s)"
BEIJING_NOTE: Final = "Times are Beijing time; the CSV and JSON exports give them in UTC (ISO 8601)."
ZONE_NOTE: Final = ("Times are local time in %(zone)s, each followed by its offset from UTC; the CSV and JSON "
                    "exports give them in UTC (ISO 8601).")


@dataclass(frozen=True)
class LocalTime:
    """A moment as the report shows it; ``utc`` is None for a stored text that is no time."""

    text: str
    utc: str | None

    def __str__(self) -> str:
        return self.text

    def __html__(self) -> str:
        if self.utc is None:
            return str(Markup.escape(self.text))
        return str(Markup('<time datetime="{}">{}</time>').format(self.utc, self.text))


def utc_offset(offset: timedelta) -> str:
    """``+09:00``, ``-03:30``, ``+05:45``: hours and minutes east of UTC."""
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def aware(moment: datetime) -> datetime:
    """``moment`` with its zone; one without (the store's convention on SQLite) is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ReportClock:
    """Shows stored UTC moments in the province's ``timezone``, labelled in the reader's language."""

    def __init__(self, timezone: str, translate: Translate) -> None:
        self.zone = ZoneInfo(timezone)
        self.beijing = timezone in BEIJING_ZONES
        self._ = translate

    def time(self, moment: datetime | None) -> LocalTime | None:
        """``moment`` on the province's clock, to the minute, with its zone; None stays None."""
        if moment is None:
            return None
        moment = aware(moment)
        local = moment.astimezone(self.zone)
        shown = local.strftime("%Y-%m-%d %H:%M")
        if self.beijing:
            text = self._(BEIJING_TIME) % {"time": shown}
        else:
            text = self._(OFFSET_TIME) % {"time": shown, "offset": utc_offset(local.utcoffset() or timedelta(0))}
        return LocalTime(text, export_time(moment))

    def stored_time(self, value: Any) -> LocalTime | None:
        """An ISO-8601 time as a re-check's evidence stores it; a text that is no time is shown as
        it was stored."""
        if not isinstance(value, str) or not value:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return LocalTime(value, None)
        return self.time(moment)

    def day(self, moment: datetime) -> str:
        """The province's date of ``moment`` (``2026-12-04``), as the charts label a scan."""
        return aware(moment).astimezone(self.zone).strftime("%Y-%m-%d")

    @property
    def note(self) -> str:
        """What the report's footer says about its times."""
        if self.beijing:
            return self._(BEIJING_NOTE)
        return self._(ZONE_NOTE) % {"zone": self.zone.key}
