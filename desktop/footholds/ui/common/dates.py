"""The one day formatter, for windows. It lives in core/dates.py (plain Python, no Qt) so the
check-in summary in core can use it too; this keeps `from footholds.ui.common import dates`."""

from footholds.core.dates import (
    day_and_time,
    day_label,
    day_span,
    full_date,
    language_of,
    long_day,
    month_label,
    quoted,
    short_day,
    short_span,
    weekday,
)

__all__ = [
    "day_and_time",
    "day_label",
    "day_span",
    "full_date",
    "language_of",
    "long_day",
    "month_label",
    "quoted",
    "short_day",
    "short_span",
    "weekday",
]
