"""One session as My sessions lists it: its plain line (when, how often, how long, with
whom), when the next one of a repeating slot comes, and its Skip and Remove buttons; and the
session dates the after-session window says too.

Kept apart from sessions_editor.py, which holds the form, the list and what a click changes.
The words keep the editor's translation context (SessionsEditor), where their translations
are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.ui.common import buttons, dates, tokens
from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import escape, long_date
from footholds.ui.common.i18n import counted

# how far back a session keeps its own way to After your session: its offer is made once, and
# a notification missed (away from the screen, closed by a click) left no other way to it
NOTES_FOR = timedelta(days=14)


def short_date(day: date, today: date) -> str:
    """'Tue 8 Dec', with the year only when it is not `today`'s year (ui/common/dates.py).
    Always named, never "today": it goes into sentences such as "Your session on %1 at %2".
    `today` comes from the window's clock, the one its tests fix."""
    return long_date(day, capital=False, relative=False, today=today)


def list_date(day: date, today: date, *, capital: bool = True) -> str:
    """The day as every list in Footholds says it (LOOK.md, dates): "Today", "Tomorrow",
    "Yesterday", else "Tue 8 Dec" ("mar 8 dic": a named day keeps its own case, as it did).
    For the sessions list's own lines; `today` comes from the window's clock."""
    locale = QLocale().name()
    text = dates.day_label(day, today=today, locale=locale, ahead=True)
    if capital and text != dates.day_label(day, today=today, locale=locale, relative=False):
        return text[:1].upper() + text[1:]
    return text


def every_words() -> list[str]:
    """The form's "How often" choices, in EVERY's order."""
    return [
        QCoreApplication.translate("SessionsEditor", "Once"),
        QCoreApplication.translate("SessionsEditor", "Every week"),
        QCoreApplication.translate("SessionsEditor", "Every two weeks"),
        QCoreApplication.translate("SessionsEditor", "Every four weeks"),
    ]


def describe(session: Session, today: date) -> str:
    """One plain line: when, how often, how long and with whom."""
    day = date.fromisoformat(session.day)
    if session.every:
        weekday = dates.weekday(day, locale=QLocale().name(), long=True)
        text = {
            "1w": QCoreApplication.translate("SessionsEditor", "Every week on {weekday} at {time}"),
            "2w": QCoreApplication.translate(
                "SessionsEditor", "Every two weeks on {weekday} at {time}"
            ),
            "4w": QCoreApplication.translate(
                "SessionsEditor", "Every four weeks on {weekday} at {time}"
            ),
        }[session.every]
        text = text.format(weekday=weekday, time=session.time)
    elif session.time:
        text = QCoreApplication.translate("SessionsEditor", "{date} at {time}").format(
            date=list_date(day, today), time=session.time
        )
    elif day >= today:
        # one to come kept by its day alone (the check-in's "save for this session"
        # keeps no time): said, so its line is not read as a time gone missing
        text = QCoreApplication.translate("SessionsEditor", "{date}, time not set").format(
            date=list_date(day, today)
        )
    else:
        text = list_date(day, today)
    if session.time:
        text += counted("SessionsEditor", ", %n minutes", session.minutes)
    if session.therapist:
        text += QCoreApplication.translate("SessionsEditor", ", with {therapist}").format(
            therapist=session.therapist
        )
    return text


def row(
    session: Session,
    now: datetime,
    on_skip: Callable[[Session, date], None],
    on_remove: Callable[[Session], None],
    on_edit: Callable[[Session], None],
    on_notes: Callable[[Session, date], None],
) -> QWidget:
    """The session's line, with "Next: …" under it for a repeating one, and its buttons:
    Skip the next one (repeating only), Edit and Remove, which call `on_skip`, `on_edit` and
    `on_remove`; a double-click on the line edits it too. Under the line, once one of its
    sessions is over (in the last NOTES_FOR), a link to After your session for each, the
    latest first, which calls `on_notes` with its day."""
    line = describe(session, now.date())
    upcoming = ss.next_occurrence([session], now) if session.every else None
    html = escape(breakable(line))  # a long pasted name wraps, never widening the page
    if upcoming is not None:
        nearest = upcoming.start.astimezone()
        html += "<br>" + escape(
            QCoreApplication.translate("SessionsEditor", "Next: {date} at {time}").format(
                date=list_date(nearest.date(), now.date(), capital=False),
                time=nearest.strftime("%H:%M"),
            )
        )
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(line)
    widget = _Row(lambda: on_edit(session))
    widget.setObjectName(f"session-{session.id}")
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    words = QVBoxLayout()
    words.setContentsMargins(0, 0, 0, 0)
    words.setSpacing(0)
    words.addWidget(label)
    notes = notes_link(session, now, line, on_notes)
    if notes is not None:  # under the line, left: the buttons beside it keep their room
        words.addWidget(notes, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addLayout(words, 1)
    if upcoming is not None:
        skip = buttons.quiet(
            QCoreApplication.translate("SessionsEditor", "Skip the next one"),
            QCoreApplication.translate("SessionsEditor", "Skip the next session: {session}").format(
                session=line
            ),
            QCoreApplication.translate(
                "SessionsEditor", "Only the next one is left out; the ones after it stay."
            ),
        )
        skip.clicked.connect(lambda _=False, k=upcoming.key: on_skip(session, k))
        layout.addWidget(skip, 0, Qt.AlignmentFlag.AlignTop)
    # beside Remove, so each row's Edit is in the same place, Skip or no Skip
    edit = buttons.quiet("")
    edit.setObjectName("edit")
    edit.setProperty("line", line)
    say_edit(edit, editing=False)
    # as wide for Editing as for Edit: nothing beside it moves when its session is in the form
    buttons.room_for(edit, QCoreApplication.translate("SessionsEditor", "Editing"))
    edit.clicked.connect(lambda _=False: on_edit(session))
    layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
    remove = buttons.quiet(
        QCoreApplication.translate("SessionsEditor", "Remove"),
        QCoreApplication.translate("SessionsEditor", "Remove the session: {session}").format(
            session=line
        ),
        QCoreApplication.translate(
            "SessionsEditor", "Takes this session off your list; you can undo it for a few seconds."
        ),
    )
    remove.clicked.connect(lambda _=False: on_remove(session))
    layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
    return widget


def notes_link(
    session: Session, now: datetime, line: str, on_notes: Callable[[Session, date], None]
) -> QWidget | None:
    """ "Notes from this session" ("Notes from Tue 1 Dec" for a repeating one: its latest,
    then a link for each earlier day over in NOTES_FOR, "Tue 24 Nov"), once one of its days is
    over and no older than NOTES_FOR; one kept by its day alone has it from that day on,
    "Notes from today's session" on it (ss.noted). Else None."""
    found = ss.noted([session], now, NOTES_FOR)
    if not found:
        return None
    links = QWidget()
    row = QHBoxLayout(links)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(tokens.S)
    for number, over in enumerate(found):
        link = _notes_button(session, over, now, line, latest=number == 0)
        link.clicked.connect(lambda _=False, k=over.key: on_notes(session, k))
        row.addWidget(link)
    row.addStretch(1)
    return links


def _notes_button(
    session: Session, over: ss.Occurrence, now: datetime, line: str, *, latest: bool
) -> QPushButton:
    """One day's link to After your session: the latest named "notes", an earlier one by
    its day ("notes-2026-11-24")."""
    day = short_date(over.start.astimezone(now.tzinfo).date(), now.date())
    if session.every and latest:  # the day it took place, a moved one's too
        text = QCoreApplication.translate("SessionsEditor", "Notes from {date}").format(date=day)
    elif session.every:  # beside the latest: "Notes from" is said once, before it
        text = day
    elif over.end > now:  # kept by its day alone, and that day is today
        text = QCoreApplication.translate("SessionsEditor", "Notes from today's session")
    else:
        text = QCoreApplication.translate("SessionsEditor", "Notes from this session")
    if session.every:
        name = QCoreApplication.translate(
            "SessionsEditor", "Notes from the session on {date}: {session}"
        ).format(date=day, session=line)
    else:
        name = QCoreApplication.translate(
            "SessionsEditor", "Notes from the session: {session}"
        ).format(session=line)
    link = buttons.link(
        text,
        name,
        QCoreApplication.translate(
            "SessionsEditor", "Opens After your session, for what to remember and what to try."
        ),
    )
    link.setObjectName("notes" if latest else f"notes-{over.key.isoformat()}")
    return link


def say_edit(edit: QPushButton, *, editing: bool) -> None:
    """A row's Edit, or "Editing", greyed, while its session is the one in the form."""
    line = str(edit.property("line"))
    if editing:
        buttons.say(
            edit,
            QCoreApplication.translate("SessionsEditor", "Editing"),
            QCoreApplication.translate("SessionsEditor", "Editing the session: {session}").format(
                session=line
            ),
            QCoreApplication.translate(
                "SessionsEditor", "It is in the form above: Save changes keeps what you change."
            ),
        )
    else:
        buttons.say(
            edit,
            QCoreApplication.translate("SessionsEditor", "Edit"),
            QCoreApplication.translate("SessionsEditor", "Edit the session: {session}").format(
                session=line
            ),
            QCoreApplication.translate(
                "SessionsEditor", "Puts it in the form above, to change its day, time or name."
            ),
        )
    edit.setEnabled(not editing)


def mark_editing(rows: list[QWidget], session_id: str | None) -> None:
    """Each row's Edit says whether its session is the one in the form (`session_id`)."""
    for widget in rows:
        edit = widget.findChild(QPushButton, "edit")
        if edit is not None:
            say_edit(edit, editing=widget.objectName() == f"session-{session_id}")


class _Row(QWidget):
    """A session's line and buttons; a double-click on the line edits it."""

    def __init__(self, on_edit: Callable[[], None]) -> None:
        super().__init__()
        self._on_edit = on_edit

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_edit()
            return
        super().mouseDoubleClickEvent(event)
