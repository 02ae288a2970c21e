"""Where the quick log goes and how tall it is: beside the tray icon, whole on the icon's
screen, off its panel, as tall as what it shows (More open, the thanks) when there is room.

The placing is plain geometry on rectangles, so it is tested without a screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import tokens

if TYPE_CHECKING:
    from footholds.ui.journal.log_form import LogForm
    from footholds.ui.journal.quick_log import QuickLogWindow

GAP = 6  # between the icon and the window
# The window's widths, narrowest first: wider only on a screen too short for the form at 400
# (1280x800 at 1.25x), where its chips then wrap to fewer lines
WIDTHS = (400, 440, 480)


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


def window_box(width: int, height: int, anchor: QRect | None, area: QRect) -> tuple[QRect, bool]:
    """Where a window `width` wide that wants to be `height` tall goes, and whether all of it
    fits (else it is cut to the room and its form scrolls): beside `anchor` (the tray icon)
    off its panel, or in the middle of `area` (the available part of the screen) with none."""
    room = room_beside(anchor, area) if anchor else area.adjusted(0, GAP, 0, -GAP)
    size = QSize(min(width, area.width()), min(height, room.height()))
    if anchor is None:
        where = area.center() - QPoint(size.width() // 2, size.height() // 2)
    else:
        where = place_near(size, anchor, room)
    return QRect(where, size), height <= room.height()


def width_that_fits(height_at: Callable[[int], int], anchor: QRect | None, area: QRect) -> int:
    """The narrowest of WIDTHS at which a window `height_at(width)` tall fits whole beside
    `anchor` in `area`; the widest where none does, so the least is left to scroll. Its form
    was 28 px too tall on a 1280x800 screen at 1.25x (58 in Spanish), and Tab to More moved
    the note out of sight; at 440 or 480 its feelings and wins take a line or two fewer."""
    for width in WIDTHS:
        if window_box(width, height_at(width), anchor, area)[1]:
            return width
    return WIDTHS[-1]


def icon_rect(icon: QSystemTrayIcon) -> QRect | None:
    """Where the tray icon is, when it is shown and the system says."""
    rect = icon.geometry() if icon.isVisible() else QRect()
    return rect if rect.isValid() and not rect.isEmpty() else None


def screen_near(anchor: QRect | None) -> QScreen:
    """The screen `anchor` (the tray icon) is on, or else the pointer, or the primary one."""
    near = anchor or QRect(QCursor.pos(), QSize(1, 1))
    return QGuiApplication.screenAt(near.center()) or QGuiApplication.primaryScreen()


def needed_height(window: QuickLogWindow, width: int, *, closed: bool = False) -> int:
    """The height all `window` shows needs at `width`; `closed`: as with More closed."""
    column = window.main_layout
    margins = column.contentsMargins()
    inner = width - margins.left() - tokens.M  # the column: the rows' and the form's
    scroll, form = window.scroll_area, window.form
    height = content_height(column, inner, scroll, form, window.bottom_row, window.hint_cell)
    if closed:
        height -= form.more_height(inner + form.main_layout.contentsMargins().right())
    return margins.top() + margins.bottom() + height


def content_height(
    column: QVBoxLayout,
    inner: int,
    scroll: QWidget,
    form: LogForm,
    whole_row: QLayout,
    words: QWidget,
) -> int:
    """The height of everything shown in `column` at `inner` width: the form whole (`scroll`,
    its scroll area, would report only its own small hint), the rows around it, and the gaps
    between. `whole_row` (the buttons) is as tall as its hint; `words` (the keys hint or a
    message) as tall as its words wrap to."""
    heights: list[int] = []
    for index in range(column.count()):
        item = column.itemAt(index)
        if item is None:
            continue
        widget, row = item.widget(), item.layout()
        if widget is scroll and not widget.isHidden():
            page = inner + form.main_layout.contentsMargins().right()
            height = form.heightForWidth(page)
            heights.append(height if height > 0 else form.sizeHint().height())
        elif isinstance(row, QHBoxLayout):
            shown = [
                w
                for i in range(row.count())
                if (part := row.itemAt(i)) is not None
                and (w := part.widget()) is not None
                and not w.isHidden()
            ]
            if row is whole_row:
                if shown:
                    heights.append(row.sizeHint().height())
            elif shown:
                heights.append(_widget_height(shown[0], inner, words))
    return sum(heights) + column.spacing() * max(0, len(heights) - 1)


def _widget_height(widget: QWidget, inner: int, words: QWidget) -> int:
    hfw = widget.heightForWidth(inner) if widget.hasHeightForWidth() else -1
    # a wrapped label's own hint assumes another width; a box's may be taller
    # (the thank-you too: its line wraps at the window's width, and measured by its hint it
    # kept a blank line under a one-line thanks, gone as the wins went to the proof list)
    wrapped = isinstance(widget, QLabel) or widget is words or getattr(widget, "wraps", False)
    hint = -1 if wrapped and hfw > 0 else widget.sizeHint().height()
    return max(hfw, hint, widget.minimumHeight())
