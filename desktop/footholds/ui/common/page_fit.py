"""A window grows downwards just enough for its page to fit without a scroll bar, into the
screen below it: Tough day's step once chosen (tough_day/step_fit.py), the welcome card once
in a language that says it in more lines (shell/welcome_language.py). A box on a page that
scrolls gives up some of its height first (`yield_height`): the check-in's choices."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from footholds.ui.common.calm import FRAME_ALLOWANCE, screen_area, screen_room
from footholds.ui.common.feedback import QWIDGETSIZE_MAX
from footholds.ui.common.never_raises import never_raises
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


class YieldHeight(QObject):
    """Keeps `box` (a text box) on the page of `area` no taller than lets the page fit its
    view, down to the box's least height, and as tall as it would be where the view has the
    room: so what is under the box shows without scrolling where it can. A line shown on
    the page (words given back) takes its room from the box, not from what is under it."""

    def __init__(self, area: QScrollArea, box: QWidget) -> None:
        super().__init__(box)  # the box is its parent; the area only watched, held weakly:
        # a reference of its own to either would make a cycle the collector frees in Qt
        self._area = weakref.ref(area)
        area.viewport().installEventFilter(self)
        page = area.widget()
        if page is not None:
            page.installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        """The box's height for the page as it is now: its own wish where the page fits."""
        area, box = self._area(), self.parent()
        if area is None or not isinstance(box, QWidget) or not shiboken6.isValid(area):
            return
        page = area.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        need = (
            layout.totalHeightForWidth(page.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        wish = box.sizeHint().height()
        now = min(wish, box.maximumHeight())
        over = need - now + wish - area.viewport().height()
        least = box.minimumHeight()
        tallest = QWIDGETSIZE_MAX if over <= 0 else max(least, wish - over)
        if tallest != box.maximumHeight():
            box.setMaximumHeight(tallest)


def yield_height(area: QScrollArea, box: QWidget) -> YieldHeight:
    """`box` on the page of `area` gives up height, down to its least, before the page
    scrolls (YieldHeight)."""
    return YieldHeight(area, box)
