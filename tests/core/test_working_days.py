"""A complaint's deadline in working days: weekends, public holidays and weekend days worked in lieu."""

from __future__ import annotations

from datetime import UTC, date, datetime

from channel_equity.core.config import ComplaintSettings
from channel_equity.core.working_days import due_date
from channel_equity.store.complaints import deadline
from channel_equity.store.models import Complaint


def test_the_deadline_counts_working_days_only() -> None:
    settings = ComplaintSettings(deadline_working_days=5)
    assert due_date(date(2026, 12, 4), settings) == date(2026, 12, 11)  # a Friday: Mon 7 … Fri 11
    assert due_date(date(2026, 12, 5), settings) == date(2026, 12, 11)  # received on a Saturday


def test_holidays_extend_and_days_worked_in_lieu_shorten_it() -> None:
    national_day = [date(2026, 10, day) for day in range(1, 8)]
    settings = ComplaintSettings(deadline_working_days=3, holidays=national_day, workdays=[date(2026, 10, 10)])
    # received on 30 September: 1–7 October are holidays, Thursday 8 and Friday 9 are working days,
    # Saturday 10 is worked in lieu
    assert due_date(date(2026, 9, 30), settings) == date(2026, 10, 10)
    assert due_date(date(2026, 9, 30), ComplaintSettings(deadline_working_days=3, holidays=national_day)) == date(
        2026, 10, 12)


def test_overdue_is_after_the_due_date_not_on_it() -> None:
    settings = ComplaintSettings(deadline_working_days=15)
    received = date(2026, 11, 2)  # a Monday: the 15th working day after it is Monday 23 November
    assert due_date(received, settings) == date(2026, 11, 23)
    complaint = Complaint(received=datetime(2026, 11, 2, tzinfo=UTC), status="open")
    assert deadline(complaint, settings, date(2026, 11, 23)).overdue is False
    assert deadline(complaint, settings, date(2026, 11, 24)).overdue is True
    complaint.status = "closed"  # a closed complaint is never overdue
    assert deadline(complaint, settings, date(2027, 1, 4)).overdue is False
