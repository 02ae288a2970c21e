"""Where the reminder card appears: in the tray's corner of the tray's screen, clear of the
tray icon, or bottom-right of the main screen when the tray's place is unknown.

Kept apart from reminder_card.py because it is plain geometry, worked out from the card's size
and the tray's place alone, and tested on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

MARGIN = 12  # from the screen edge and the tray icon


def card_position(size: QSize, tray: QRect) -> QPoint:
    """Top-left corner for a card of `size`: in the tray's corner of the tray's screen, not
    covering the icon; bottom-right of the main screen when the tray's place is unknown."""
    known = tray.isValid() and not tray.isEmpty()
    screen = QGuiApplication.screenAt(tray.center()) if known else None
    screen = screen or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    right = not known or tray.center().x() >= area.center().x()
    top = known and tray.center().y() < area.center().y()
    x = area.right() - MARGIN - size.width() + 1 if right else area.left() + MARGIN
    if top:
        y = max(area.top(), tray.bottom() + 1) + MARGIN
    else:
        y = area.bottom() - MARGIN - size.height() + 1
        if known:
            y = min(y, tray.top() - MARGIN - size.height())
    return QPoint(x, max(area.top(), y))
