"""Where the quick log goes: beside the tray icon, whole on the icon's screen, off its panel.

Plain geometry on rectangles, so it is tested without a screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

GAP = 6  # between the icon and the window


def _beside_a_side_panel(anchor: QRect, area: QRect) -> bool:
    """The icon sits outside the available area's width: on a panel at the left or right."""
    centre = anchor.center()
    return centre.x() < area.left() or centre.x() > area.right()


def place_near(size: QSize, anchor: QRect, area: QRect, gap: int = GAP) -> QPoint:
    """Where a window of `size` goes beside `anchor` (the tray icon) so that all of it is
    inside `area` (the available part of the icon's screen): away from the panel edge."""
    w, h = size.width(), size.height()
    centre = anchor.center()
    if _beside_a_side_panel(anchor, area):
        x = anchor.right() + gap if centre.x() < area.left() else anchor.left() - gap - w
        y = centre.y() - h // 2
    else:
        x = centre.x() - w // 2
        below = centre.y() < area.center().y()
        y = anchor.bottom() + 1 + gap if below else anchor.top() - gap - h
    x = max(area.left(), min(x, area.right() + 1 - w))
    y = max(area.top(), min(y, area.bottom() + 1 - h))
    return QPoint(x, y)


def room_beside(anchor: QRect, area: QRect, gap: int = GAP) -> QRect:
    """The part of `area` a window beside `anchor` may use, a `gap` from its edges.

    With the icon on a panel at the top or bottom, only the side of the icon away from the
    panel: a window grown tall (More) must scroll rather than slide over the panel and the
    icon. Not every panel takes its row out of the available area (the desktop session's
    trayer does not), so the icon's own row is the surest sign of where the panel is."""
    room = area.adjusted(0, gap, 0, -gap)
    if _beside_a_side_panel(anchor, area):
        return room
    if anchor.center().y() < area.center().y():
        room.setTop(max(room.top(), anchor.bottom() + 1 + gap))
    else:
        room.setBottom(min(room.bottom(), anchor.top() - 1 - gap))
    return room
