"""Working days, as a complaint's deadline counts them: Monday to Friday, less the public
holidays the config names, plus the weekend days worked in lieu (调休上班) it names."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from channel_equity.core.config import ComplaintSettings

WEEKEND = (5, 6)  # Saturday, Sunday


def is_working_day(day: date, holidays: Collection[date] = (), workdays: Collection[date] = ()) -> bool:
    if day in workdays:
        return True
    return day.weekday() not in WEEKEND and day not in holidays


def due_date(received: date, settings: ComplaintSettings) -> date:
    """The last day a city has: the ``deadline_working_days``-th working day after ``received``."""
    holidays, workdays = set(settings.holidays), set(settings.workdays)
    day, left = received, settings.deadline_working_days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day, holidays, workdays):
            left -= 1
    return day
