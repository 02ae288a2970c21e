"""Where the reminder card appears: in the tray's corner of the tray's screen, clear of the
tray icon, or bottom-right of the main screen when the tray's place is unknown; and never over
one of Footholds' own windows (the quick log that opens by the tray, say) while there is room
elsewhere: then stacked beside that window, or in another corner.

Kept apart from reminder_card.py because it is plain geometry, worked out from the card's size,
the tray's place and the windows to keep clear alone, and tested on its own; `clear_of_ours`
alone looks at what is on screen now, to hand it over.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from footholds.ui.common.top_windows import top_windows

MARGIN = 12  # from the screen edge, the tray icon and the windows kept clear


def clear_of_ours(card: QWidget, tray: QRect) -> QPoint:
    """`card_position` for `card`, clear of our other windows on screen now (menus and
    tooltips aside), and of the field the keyboard is in, if any."""
    windows: list[QRect] = []
    for window in top_windows():
        popup = window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        if window is not card and window.isVisible() and not popup:
            windows.append(window.frameGeometry())
    typing: QRect | None = None
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is not card and focus.isVisible():
        typing = QRect(focus.mapToGlobal(QPoint(0, 0)), focus.size())
    return card_position(card.size(), tray, windows, typing)


def card_position(
    size: QSize,
    tray: QRect,
    avoid: Sequence[QRect] = (),
    keep_clear: QRect | None = None,
) -> QPoint:
    """Top-left corner for a card of `size`: in the tray's corner of the tray's screen, not
    covering the icon; bottom-right of the main screen when the tray's place is unknown.

    `avoid` are our own windows on screen: the card goes to the nearest place beside them, or
    to another corner, that covers none of them. With no such place it stays in its usual
    place over them, unless that covers `keep_clear` (where the person is typing): then it
    goes where it covers none of that, if it can, and as little of our windows as it can.
    """
    known = tray.isValid() and not tray.isEmpty()
    screen = QGuiApplication.screenAt(tray.center()) if known else None
    screen = screen or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    corner = _corner(size, tray if known else None, area)
    windows = [rect for rect in avoid if rect.isValid() and rect.intersects(area)]
    if not windows or not any(QRect(corner, size).intersects(w) for w in windows):
        return corner
    room = _room(area, tray if known else None)
    places = [corner]
    for window in windows:
        places += _around(size, window, corner)
    places += _corners(size, room)
    inside = [p for p in places if room.contains(QRect(p, size))] or [corner]
    blocked = [*windows, tray] if known else windows

    def distance(p: QPoint) -> int:
        return (p - corner).manhattanLength()

    clear = [p for p in inside if not any(QRect(p, size).intersects(b) for b in blocked)]
    if clear:
        return min(clear, key=distance)

    def typing(p: QPoint) -> bool:
        return keep_clear is not None and QRect(p, size).intersects(keep_clear)

    # No place covers none of ours. Our windows are all this knows of: a far corner that
    # covers a little less of them may well cover the person's own work (another app's
    # window) instead, so the card keeps its usual place, unless the person is typing there
    if not typing(corner):
        return corner

    def cost(p: QPoint) -> tuple[bool, int, int]:
        covered = sum(_area(QRect(p, size).intersected(w)) for w in windows)
        return typing(p), covered, distance(p)

    return min(inside, key=cost)


def _corner(size: QSize, tray: QRect | None, area: QRect) -> QPoint:
    """The tray's corner, clear of the icon (the card's usual place)."""
    right = tray is None or tray.center().x() >= area.center().x()
    top = tray is not None and tray.center().y() < area.center().y()
    x = area.right() - MARGIN - size.width() + 1 if right else area.left() + MARGIN
    if top:
        assert tray is not None
        y = max(area.top(), tray.bottom() + 1) + MARGIN
    else:
        y = area.bottom() - MARGIN - size.height() + 1
        if tray is not None:
            y = min(y, tray.top() - MARGIN - size.height())
    return QPoint(x, max(area.top(), y))


def _room(area: QRect, tray: QRect | None) -> QRect:
    """Where a card may go: the available area inside the margin, off the tray's panel row
    (not every panel takes its row out of the available area)."""
    room = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    if tray is None or not area.left() <= tray.center().x() <= area.right():
        return room  # no tray, or the tray on a panel at the side (outside the area)
    if tray.center().y() < area.center().y():
        room.setTop(max(room.top(), tray.bottom() + 1 + MARGIN))
    else:
        room.setBottom(min(room.bottom(), tray.top() - 1 - MARGIN))
    return room


def _around(size: QSize, window: QRect, corner: QPoint) -> list[QPoint]:
    """Places touching `window` on each side, lined up with it or with the usual corner."""
    w, h = size.width(), size.height()
    above, below = window.top() - MARGIN - h, window.bottom() + 1 + MARGIN
    left, right = window.left() - MARGIN - w, window.right() + 1 + MARGIN
    xs = (corner.x(), window.right() - w + 1, window.left())
    ys = (corner.y(), window.bottom() - h + 1, window.top())
    return [
        *(QPoint(x, y) for y in (above, below) for x in xs),
        *(QPoint(x, y) for x in (left, right) for y in ys),
    ]


def _corners(size: QSize, room: QRect) -> list[QPoint]:
    x_right, y_bottom = room.right() - size.width() + 1, room.bottom() - size.height() + 1
    return [QPoint(x, y) for x in (x_right, room.left()) for y in (y_bottom, room.top())]


def _area(rect: QRect) -> int:
    return max(0, rect.width()) * max(0, rect.height())
