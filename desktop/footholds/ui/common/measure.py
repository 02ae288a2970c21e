"""The measure: how long a line of a page may run (tokens.MEASURE), and how narrow a window
of reading may go (tokens.LEAST_MEASURE), in `ch`, the width of "0" in the page's font, as
CSS measures a line. A window made wide (1280 pixels) kept its lines crossing the whole
screen; its column now stops at the measure and the extra room stays at the end of the
lines, so the title sits where it does in every window (LOOK.md)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLayout, QLayoutItem, QStyle, QWidget

from footholds.ui.common import tokens
from footholds.ui.common.calm import CalmWindow

QLAYOUTSIZE_MAX = 524287  # Qt's "no limit" for a layout's size


def ch(widget: QWidget) -> int:
    """The width of "0" in `widget`'s font: the unit of the measure."""
    return max(1, widget.fontMetrics().horizontalAdvance("0"))


def least_width(widget: QWidget, margins: int = tokens.WINDOW[0] + tokens.WINDOW[2]) -> int:
    """The narrowest a reading window keeps: LEAST_MEASURE ch of its font, and `margins`."""
    return tokens.LEAST_MEASURE * ch(widget) + margins


# the fewest lines of body text a reading window's page shows: its title, its line and
# some of its words
VIEW_LINES = 16


def keep_readable(window: CalmWindow, area: QAbstractScrollArea) -> None:
    """Never smaller than reads well: LEAST_MEASURE ch wide (or what its words need), and
    its page's view VIEW_LINES lines tall. Good to know went down to 152x118, "Bu…rlo" in
    its title bar and nothing of its words in sight. Again after a language change."""
    window.at_least_wide(least_width(window))
    area.setMinimumHeight(VIEW_LINES * area.fontMetrics().lineSpacing())


class MeasureLayout(QLayout):
    """Holds one widget (a page's column) no wider than the measure, at the start of the
    room (the left; the right in a right-to-left language), the extra room after it; as
    narrow as the room when that is narrower. Its height for a width is the column's at
    the width it is given."""

    def __init__(self, parent: QWidget | None = None, chars: int = tokens.MEASURE) -> None:
        super().__init__(parent)
        self._item: QLayoutItem | None = None
        self._chars = chars
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._item = item

    def count(self) -> int:
        return 1 if self._item is not None else 0

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._item if index == 0 else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        item = self._item if index == 0 else None
        if item is not None:
            self._item = None
        return item

    def most(self) -> int:
        """The widest the column goes, in pixels of the font it is shown in now."""
        widget = self._item.widget() if self._item is not None else None
        font_of = widget if widget is not None else self.parentWidget()
        return self._chars * ch(font_of) if font_of is not None else QLAYOUTSIZE_MAX

    def _sides(self) -> tuple[int, int]:
        m = self.contentsMargins()
        return m.left() + m.right(), m.top() + m.bottom()

    def expandingDirections(self) -> Qt.Orientation:
        if self._item is None:
            return Qt.Orientation(0)
        return self._item.expandingDirections()

    def hasHeightForWidth(self) -> bool:
        return self._item is not None and self._item.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        across, down = self._sides()
        if self._item is None:
            return down
        return self._item.heightForWidth(min(width - across, self.most())) + down

    def minimumHeightForWidth(self, width: int) -> int:
        across, down = self._sides()
        if self._item is None:
            return down
        return self._item.minimumHeightForWidth(min(width - across, self.most())) + down

    def sizeHint(self) -> QSize:
        hint = self._item.sizeHint() if self._item is not None else QSize(0, 0)
        return self._with_sides(QSize(min(hint.width(), self.most()), hint.height()))

    def minimumSize(self) -> QSize:
        # never less than the column needs, even past the measure (a larger font)
        return self._with_sides(self._item.minimumSize() if self._item is not None else QSize())

    def _with_sides(self, size: QSize) -> QSize:
        across, down = self._sides()
        return QSize(max(size.width(), 0) + across, max(size.height(), 0) + down)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._item is None:
            return
        room = self.contentsRect()
        least = self._item.minimumSize().width()
        width = max(least, min(room.width(), self.most()))
        owner = self.parentWidget()
        direction = owner.layoutDirection() if owner is not None else Qt.LayoutDirection.LeftToRight
        place = QStyle.alignedRect(
            direction, Qt.AlignmentFlag.AlignLeft, QSize(width, room.height()), room
        )
        self._item.setGeometry(place)


def in_measure(column: QWidget, margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A widget holding `column` no wider than the measure, at the start of its room,
    `margins` round it: to lay out where the column would go."""
    holder = QWidget()
    layout = MeasureLayout(holder)
    layout.setContentsMargins(*margins)
    layout.addWidget(column)
    return holder
