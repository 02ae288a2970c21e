"""The journal's sentences made from a day, a month or a count: the question asked before an
entry is removed, and the search line's "Looking back through September…" and "3 entries
found." Their words keep the window's translation context (JournalWindow), where their
translations are."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from footholds.ui.common.dates import long_day, month_label
from footholds.ui.common.i18n import counted
from footholds.ui.journal.journal_model import written

if TYPE_CHECKING:
    from footholds.core.store import LogEntry


def month_name(month: str, today: date) -> str:
    """ "2025-09" as "September 2025", or "September" this year ("septiembre de 2025"), from
    ui/common/dates.py like every date the app shows."""
    first = date(int(month[:4]), int(month[5:7]), 1)
    return month_label(first, today=today, locale=QLocale().name(), capital=False)


def looking(month: str) -> str:
    return QCoreApplication.translate("JournalWindow", "Looking back through {month}…").format(
        month=month
    )


def found(count: int, done: bool) -> str:
    # counted by Qt (%n, i18n.counted), so "1 entry found." and "1 entrada encontrada." agree with
    # their number in each language
    if done:
        return counted("JournalWindow", "%n entries found.", count)
    return counted("JournalWindow", "%n entries found so far; scroll for more.", count)


def search_words(today: date) -> list[str]:
    """The longest things the search line could say, for the room kept for it: each
    month's name (last year's, with its year) and a count of four figures."""
    year = today.year - 1
    months = [month_name(f"{year}-{m:02d}", today) for m in range(1, 13)]
    return [*map(looking, months), found(9999, done=False)]


def removal_question(
    entry: LogEntry, today: date, start_hour: int, *, seconds: bool = False
) -> str:
    """ "Remove the entry you wrote today at 09:15?": one whole sentence for today, for
    yesterday and for a named day, since languages join a day to a time differently
    ("hoy a las", "el jueves, 3 de diciembre a las"). With another entry in the same
    minute, `seconds` tells them apart ("at 14:59:07"), as the thought log does."""
    # the person's day, as the heading over the entry says it (an entry at 2 am is the
    # evening before's)
    when = written(entry.at, today, start_hour, seconds=seconds)
    # Spanish says "a la 01:15" but "a las 09:15": the one o'clock hour has its own
    # sentences, told apart for translators by their comment
    if when.days_ago == 0:
        if when.one:
            text = QCoreApplication.translate(
                "JournalWindow", "Remove the entry you wrote today at {time}?", "the hour is one"
            )
        else:
            text = QCoreApplication.translate(
                "JournalWindow", "Remove the entry you wrote today at {time}?"
            )
        return text.format(time=when.time)
    if when.days_ago == 1:
        if when.one:
            text = QCoreApplication.translate(
                "JournalWindow",
                "Remove the entry you wrote yesterday at {time}?",
                "the hour is one",
            )
        else:
            text = QCoreApplication.translate(
                "JournalWindow", "Remove the entry you wrote yesterday at {time}?"
            )
        return text.format(time=when.time)
    day = long_day(when.day, today=today, locale=QLocale().name(), capital=False)
    if when.one:
        text = QCoreApplication.translate(
            "JournalWindow", "Remove the entry you wrote on {day} at {time}?", "the hour is one"
        )
    else:
        text = QCoreApplication.translate(
            "JournalWindow", "Remove the entry you wrote on {day} at {time}?"
        )
    return text.format(day=day, time=when.time)
