"""Notes typed after a session that is gone meanwhile (removed from My sessions, an older
backup restored): there is no session left to keep them with, so they go into the journal.

The after-session window says so as soon as the session goes, and its one button, "Keep in
my journal", saves them as a journal entry dated now whose first line says whose notes they
are. Closing the window once it has said so (or quitting) does the same: the words are never
covered by another session's, never lost, and never left waiting in a drafts file that no
menu opens. Should the session come back (an Undo), they are kept with it as before.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from footholds.core.store import LogEntry
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.reflect.session_rows import short_date


def make_room(window: QWidget, boxes: tuple[QPlainTextEdit, ...], gone: bool) -> None:
    """Room for the line saying the session is gone, taken from the boxes (each still shows
    two lines of the words, and scrolls): the window keeps its place and size. Left to grow
    for it, the window grew some 45 px and its window manager moved it up as much, and it
    stayed so after an Undo. Should it have had to grow all the same (made as small as it
    goes), the session back gives it its size from before."""
    before = window.property("size_before_gone")
    if gone:
        for box in boxes:
            lines = box.fontMetrics().lineSpacing() * 2
            margins = 2 * (box.frameWidth() + int(box.document().documentMargin()))
            box.setMinimumHeight(lines + margins)
        if not isinstance(before, QSize):
            window.setProperty("size_before_gone", window.size())
        return
    for box in boxes:
        box.setMinimumHeight(0)
    window.setProperty("size_before_gone", None)
    full = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    grown = isinstance(before, QSize) and window.height() > before.height()
    if grown and window.width() == before.width() and not window.windowState() & full:
        window.resize(before)


def notes_entries(day: date, remember: str, to_try: str, at: datetime) -> list[LogEntry]:
    """The journal entries for notes typed after the session of `day`, which is gone: their
    first line says whose notes they are (journal_entries). The window's words, in its
    context, as My sessions keeps them too (session_notes_left.py)."""
    line = QCoreApplication.translate(
        "SessionNotesWindow",
        "Notes after my session on {date}. That session is no longer in my list, so they "
        "are kept here.",
    ).format(date=short_date(day, at.date()))
    to_try_line = QCoreApplication.translate(
        "SessionNotesWindow", "Something to try before the next one:"
    )
    return journal_entries(line, remember, to_try, to_try_line, at)


def journal_entries(
    line: str, remember: str, to_try: str, to_try_line: str, at: datetime
) -> list[LogEntry]:
    """The journal entries holding the notes: one, its note `line`, then what to remember,
    then `to_try_line` and what to try. Should both together be longer than a note holds
    (each box holds a whole note), each goes in an entry of its own, after the same line:
    nothing is cut."""
    remember, to_try = remember.strip(), to_try.strip()
    parts = [remember] if remember else []
    if to_try:
        parts.append(f"{to_try_line}\n{to_try}")
    if not parts:
        return []
    whole = "\n\n".join([line, *parts])
    if len(whole) <= NOTE_LIMIT:
        return [LogEntry(at=at, note=whole)]
    return [LogEntry(at=at, note=_fit(f"{line}\n\n{part}")) for part in parts]


def _fit(note: str) -> str:
    """A note within the limit: only the line before the words can give way (a box never
    holds more than a note does), so the words are whole."""
    if len(note) <= NOTE_LIMIT:
        return note
    return note[len(note) - NOTE_LIMIT :].lstrip()
