"""How the after-session question names the session's day: "today's session" only when it
was today, the person's today (their day-start hour, core/days.py); "yesterday's session";
then its weekday within the week, and its date beyond. An offer may come up to 12 hours
after a session (core/sessions.py AFTER_OFFER_FOR), so across midnight: a session on Sunday
evening offered on Monday morning was not "today's"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from footholds.core import days
from footholds.ui.common import dates

WEEK = 7


def remember_question(start: datetime, now: datetime, start_hour: int) -> str:
    """ "Anything you want to remember from today's session?", or from yesterday's, or from
    the one on Sunday, counted in the person's days."""
    day = days.day_of(start.astimezone(), start_hour)
    today = days.day_of(now.astimezone(), start_hour)
    gap = (today - day).days
    locale = QLocale().name()
    # each sentence whole and written out where it is translated, so lupdate finds it
    if gap <= 0:
        return QCoreApplication.translate(
            "SessionWords", "Anything you want to remember from today's session?"
        )
    if gap == 1:
        return QCoreApplication.translate(
            "SessionWords", "Anything you want to remember from yesterday's session?"
        )
    if gap < WEEK:
        return QCoreApplication.translate(
            "SessionWords", "Anything you want to remember from your session on {weekday}?"
        ).format(weekday=dates.weekday(day, locale=locale, long=True))
    return QCoreApplication.translate(
        "SessionWords", "Anything you want to remember from your session on {date}?"
    ).format(date=dates.day_label(day, today=today, locale=locale, relative=False))


def after_offer_body(start: datetime, now: datetime, start_hour: int) -> str:
    """The after-session offer's words: the question about the session, then the next one."""
    try_next = QCoreApplication.translate("SessionWords", "Something to try before the next one?")
    return f"{remember_question(start, now, start_hour)} {try_next}"
