"""The thought log's sentences made from a day: the question asked before one is removed.
Their words keep the window's translation context (ThoughtLogWindow), where their
translations are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from footholds.core import days
from footholds.core.store import ThoughtLog
from footholds.ui.common.calm import long_date


def removal_question(entry: ThoughtLog, start_hour: int) -> str:
    """One whole sentence for today, for yesterday and for a named day: languages join
    a day to the words around it differently ("de hoy", "de ayer", "del mar 3 dic")."""
    today = days.today(start_hour)
    day = days.day_of(entry.at, start_hour)
    if day == today:
        return QCoreApplication.translate("ThoughtLogWindow", "Remove this thought log from today?")
    if (today - day).days == 1:
        return QCoreApplication.translate(
            "ThoughtLogWindow", "Remove this thought log from yesterday?"
        )
    named = long_date(day, capital=False, relative=False, today=today)
    return QCoreApplication.translate(
        "ThoughtLogWindow", "Remove this thought log from {day}?"
    ).format(day=named)
