"""How the after-session words name the session's day: "today's session" only when it was
today, "yesterday's session", then its weekday within the week, and its date beyond. A
session is an appointment on the clock, so its day is its calendar date (core/sessions.py
days_before), as the check-in summary says it, never the person's day-start hour: one at
00:45 asked about at 08:30 was today's. An offer may come up to 12 hours after a session
(core/sessions.py AFTER_OFFER_FOR), so across midnight: a session on Sunday evening offered
on Monday morning was yesterday's."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from footholds.core.sessions import Occurrence, days_before
from footholds.ui.common import dates

WEEK = 7


def remember_question(start: datetime, now: datetime) -> str:
    """ "Anything you want to remember from today's session?", or from yesterday's, or from
    the one on Sunday, by the calendar."""
    today = now.date()
    gap = days_before(start, now)
    day = today - timedelta(days=gap)
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


def after_offer_body(start: datetime, now: datetime) -> str:
    """The after-session offer's words: the question about the session, then the next one."""
    try_next = QCoreApplication.translate("SessionWords", "Something to try before the next one?")
    return f"{remember_question(start, now)} {try_next}"


def next_session_line(upcoming: Occurrence, now: datetime) -> str:
    """With sessions in My sessions and none over yet, the after-session window names the
    next one (the app's date style, the year only when not this year) and what it is for:
    "Your next session is on Mon 7 Dec at 17:00. Afterwards, this is where…". One begun
    and not over is on now, until its end (`_on_now_line`)."""
    if upcoming.timed and upcoming.start <= now:
        return _on_now_line(upcoming)
    start = upcoming.start.astimezone()
    one = start.hour == 1  # Spanish says "a la 01:15", not "a las"
    today = start.date() == now.date()
    # each sentence whole and written out where it is translated, so lupdate finds it
    if today and upcoming.timed and one:
        first = QCoreApplication.translate(
            "SessionWords", "Your next session is today at {time}.", "the hour is one"
        )
    elif today and upcoming.timed:
        first = QCoreApplication.translate("SessionWords", "Your next session is today at {time}.")
    elif today:
        first = QCoreApplication.translate("SessionWords", "Your next session is today.")
    elif upcoming.timed and one:
        first = QCoreApplication.translate(
            "SessionWords", "Your next session is on {date} at {time}.", "the hour is one"
        )
    elif upcoming.timed:
        first = QCoreApplication.translate(
            "SessionWords", "Your next session is on {date} at {time}."
        )
    else:
        first = QCoreApplication.translate("SessionWords", "Your next session is on {date}.")
    day = dates.day_label(start.date(), today=now.date(), locale=QLocale().name(), relative=False)
    after = QCoreApplication.translate(
        "SessionWords",
        "Afterwards, this is where you can keep what you want to remember from it, and "
        "something to try before the one after.",
    )
    return f"{first.format(date=day, time=start.strftime('%H:%M'))} {after}"


def _on_now_line(session: Occurrence) -> str:
    """A session begun and not over: "Your session is on now, until 17:50.", then what the
    window is for once it is over (it said "Your next session is today at 17:00", a time
    already past)."""
    end = session.end.astimezone()
    # each sentence whole and written out where it is translated, so lupdate finds it
    if end.hour == 1:  # Spanish says "hasta la 01:35", not "hasta las"
        first = QCoreApplication.translate(
            "SessionWords", "Your session is on now, until {time}.", "the hour is one"
        )
    else:
        first = QCoreApplication.translate("SessionWords", "Your session is on now, until {time}.")
    after = QCoreApplication.translate(
        "SessionWords",
        "Afterwards, this is where you can keep what you want to remember from it, and "
        "something to try before the next one.",
    )
    return f"{first.format(time=end.strftime('%H:%M'))} {after}"
