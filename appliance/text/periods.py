"""Periods as Japanese companies count them: the business year (年度) starts in April, so
December 2026 is in 2026年度 and February 2027 still is."""

from __future__ import annotations

import datetime

BUSINESS_YEAR_FIRST_MONTH = 4


def business_year(today: datetime.date) -> int:
    """The 年度 that `today` falls in."""
    return today.year if today.month >= BUSINESS_YEAR_FIRST_MONTH else today.year - 1
