"""The notices on screen: what went wrong or needs saying, in a box that stays until closed."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtWidgets import QMessageBox, QWidget

    from footholds.app.context import AppContext

log = logging.getLogger(__name__)


def show_notices(ctx: AppContext) -> None:
    """Put every notice on screen: those gathered while starting (a damaged file set aside or
    restored, entries that could not come back, settings reset) now, later ones as they come
    (a link nothing could open, ...)."""
    ctx.signals.notice.connect(lambda message: show_notice(ctx, message))
    from footholds.ui.common.i18n import notice_text

    for message in list(ctx.store.notices):  # core's, said now in the interface language
        show_notice(ctx, notice_text(message))


LOOK_OVER_MS = 1500  # after start, once the tray is up: a damaged file is told then
LOOK_OVER_TURN_MS = 8  # the look-over's share of one turn of the event loop


def look_over_soon(ctx: AppContext) -> None:
    """A moment after start, look over the store's files: one damaged (empty, cut short,
    damaged inside, not shaped as a store file) is put right and told now, once, not only when
    a window first reads it."""
    QTimer.singleShot(LOOK_OVER_MS, ctx.app, lambda: look_over(ctx))


def look_over(ctx: AppContext) -> None:
    """Read the files that are damaged (Store.looking_over); what recovery tells reaches the
    screen through the store's notices. Each file is parsed, so on a store of many years it
    goes a few files a turn of the event loop: the tray and the windows answer meanwhile.
    Nothing here may stop the app."""
    if ctx.store.is_open:
        _look_over_turn(ctx, ctx.store.looking_over())


def _look_over_turn(ctx: AppContext, steps: Iterator[None]) -> None:
    """Go on with the look-over for LOOK_OVER_TURN_MS, then leave the rest to the next turn."""
    if not ctx.store.is_open:  # closed meanwhile (quitting, a restore): nothing to look over
        return
    ends = time.monotonic() + LOOK_OVER_TURN_MS / 1000
    try:
        for _ in steps:
            if time.monotonic() >= ends:
                QTimer.singleShot(0, ctx.app, lambda: _look_over_turn(ctx, steps))
                return
    except Exception:  # a file that cannot be read: said when a window reads it
        log.exception("looking over the store's files failed")


def show_notice(ctx: AppContext, message: str) -> None:
    """Show a notice in a small box that stays until the person closes it, over the window
    they are using. It has no parent widget (closing that window must not take the notice
    with it), so it is kept referenced here until closed: otherwise it is freed (and gone from
    the screen) as soon as this returns. A notice that comes while another is still open (two
    damaged files found at start, one more when a window reads a month) is added to that box,
    in a paragraph of its own: boxes stacked exactly one over another hid all but the last."""
    from PySide6.QtCore import Qt

    from footholds.ui.common.prompter import note_box

    for shown in OPEN_NOTICES:
        if message in _messages(shown):  # the same again (a link clicked twice): one box
            shown.raise_()
            return
    if OPEN_NOTICES:  # one not yet closed, on screen or put up next turn: added to it
        joins = OPEN_NOTICES[-1]
        said = [*_messages(joins), message]
        joins.setProperty(MESSAGES, said)
        joins.setText("\n\n".join(said))
        _room_for_paths(joins, joins.text())
        if joins.isVisible():  # on screen: grown for the words, and brought forward
            joins.adjustSize()
            joins.raise_()
        return
    box = note_box(message)
    box.setProperty(MESSAGES, [message])
    _room_for_paths(box, message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)  # never blocks the other windows
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    OPEN_NOTICES.append(box)

    def forget(_result: int) -> None:
        if box in OPEN_NOTICES:
            OPEN_NOTICES.remove(box)

    box.finished.connect(forget)
    # on the next turn of the event loop: a notice raised while a window opens (the Insights
    # that read a damaged month, the Welcome at start) then goes over that window, not under;
    # notices that come before then join the box, shown with them all at once
    QTimer.singleShot(0, box, lambda: _put_up(box, ctx.windows.in_use()))


MESSAGES = "footholds_messages"  # a box's notices, each as it was given


def _messages(box: QMessageBox) -> list[str]:
    said = box.property(MESSAGES)
    return [str(m) for m in said] if isinstance(said, list) else [box.text()]


def _room_for_paths(box: QMessageBox, message: str) -> None:
    """Make the box wide enough for a path on a line of its own (where a damaged file was
    kept), so it reads whole rather than broken at a "/"; within the screen's room."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    words = box.findChild(QLabel, "qt_msgbox_label")  # Qt's name for the box's text
    paths = [line for line in message.splitlines() if _is_path(line)]
    screen = QGuiApplication.primaryScreen()
    if words is None or not paths or screen is None:
        return
    widest = max(words.fontMetrics().horizontalAdvance(path) for path in paths)
    room = screen.availableGeometry().width() * 2 // 3
    words.setMinimumWidth(min(widest + words.fontMetrics().averageCharWidth(), room))


def _is_path(line: str) -> bool:
    """A line that is a file's full path ("/home/…", "C:\\Users\\…", "\\\\server\\…")."""
    line = line.strip()
    return line.startswith(("/", "\\")) or (len(line) > 2 and line[1:3] == ":\\")


def _put_up(box: QMessageBox, over: QWidget | None) -> None:
    """Show `box` in front of `over`, the window the person is using: the window manager keeps
    a window's transient above it. It takes the keyboard only from a window of ours that is
    not a reminder card (the notice answers what they just did there); a card keeps its focus
    (a reminder is never interrupted), and so does another program."""
    from PySide6.QtCore import Qt

    from footholds.ui.reminders.reminder_card import ReminderCard

    ours = over is not None and not isinstance(over, ReminderCard)
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not ours)
    if ours and over is not None:
        box.winId()  # its native window, to be given the one it stands over
        handle, under = box.windowHandle(), over.window().windowHandle()
        if handle is not None and under is not None:
            handle.setTransientParent(under)  # not a parent widget: see show_notice
    box.show()
    box.raise_()
    if ours:
        box.activateWindow()


# the notice box not yet closed (one at most: a notice joins it), on screen now or put up on
# the next turn of the event loop (not visible until then)
OPEN_NOTICES: list[QMessageBox] = []
