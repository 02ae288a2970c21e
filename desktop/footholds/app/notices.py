"""The notices on screen: what went wrong or needs saying, in a box that stays until closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from footholds.app.context import AppContext


def show_notices(ctx: AppContext) -> None:
    """Put every notice on screen: those gathered while starting (a damaged file set aside or
    restored, entries that could not come back, settings reset) now, later ones as they come
    (a link nothing could open, ...)."""
    ctx.signals.notice.connect(lambda message: show_notice(ctx, message))
    from footholds.ui.common.i18n import notice_text

    for message in list(ctx.store.notices):  # core's, said now in the interface language
        show_notice(ctx, notice_text(message))


def show_notice(ctx: AppContext, message: str) -> None:
    """Show a notice in a small box that stays until the person closes it, over the window
    they are using. It has no parent widget (closing that window must not take the notice
    with it), so it is kept referenced here until closed: otherwise it is freed (and gone from
    the screen) as soon as this returns."""
    from PySide6.QtCore import Qt

    from footholds.ui.common.prompter import note_box

    for shown in OPEN_NOTICES:
        if shown.text() == message:  # the same again (a link clicked twice): one box
            shown.raise_()
            return
    box = note_box(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)  # never blocks the other windows
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    OPEN_NOTICES.append(box)

    def forget(_result: int) -> None:
        if box in OPEN_NOTICES:
            OPEN_NOTICES.remove(box)

    box.finished.connect(forget)
    # on the next turn of the event loop: a notice raised while a window opens (the Insights
    # that read a damaged month, the Welcome at start) then goes over that window, not under
    QTimer.singleShot(0, box, lambda: _put_up(box, ctx.windows.in_use()))


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


OPEN_NOTICES: list[QMessageBox] = []  # the notice boxes on screen now
