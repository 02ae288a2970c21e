"""A window grows downwards just enough for its page to fit without a scroll bar, into the
screen below it: Tough day's step once chosen (tough_day/step_fit.py), the welcome card once
in a language that says it in more lines (shell/welcome_language.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from footholds.ui.common.calm import FRAME_ALLOWANCE, screen_area, screen_room
from footholds.ui.common.scrolling import bring_into_view


def room_below(window: QWidget) -> int:
    """The tallest `window` may be without moving: from where its top is down to the foot of
    its screen's room, its lower border too (its whole frame, before the window manager has
    framed it), and never taller than the screen's room."""
    area = screen_area(window)
    room = screen_room(window)
    if area is None or room is None:
        return window.height()
    place = window.geometry()
    frame = window.frameGeometry()
    if frame.height() > place.height():
        border = max(0, frame.bottom() - place.bottom())
    else:
        # not framed yet (about to show): its title bar and borders reckoned as
        # keep_on_screen reckons them, so the window manager's frame does not push it up
        border = FRAME_ALLOWANCE
    return min(area.bottom() + 1 - border - place.top(), room.height())


def grow_to_fit(window: QWidget, area: QScrollArea, step: QWidget, *, chosen: bool) -> int | None:
    """Grow `window` just enough for the page of `area` to fit without a scroll bar:
    downwards only, so nothing under the pointer moves, within the screen below it, never
    smaller than it is. When that is not enough (a small screen), the page shows `step`
    from its top: as it is `chosen`, and as its words change while it fits in view (another
    breath); a step taller than the view keeps the place the person scrolled to in it.
    Gives the height asked for when it grew the window (to give back later), else None."""
    page = area.widget()
    layout = page.layout() if page is not None else None
    if page is None or layout is None or not window.isVisible():
        return None
    need = (
        layout.totalHeightForWidth(page.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    over = need - area.viewport().height()
    if over <= 0:
        return None
    whole = window.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    )
    tall = window.height() + over if not whole else window.height()
    most = max(window.height(), room_below(window))
    grown = None
    if not whole and min(tall, most) > window.height():
        grown = min(tall, most)
        window.resize(window.width(), grown)
    if (tall > most or whole) and (chosen or step.height() <= area.viewport().height()):
        bring_into_view(step, 0, from_top_of=step)  # it still scrolls: read from its top
    return grown
