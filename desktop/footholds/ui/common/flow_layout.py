"""A layout that sets widgets out left to right and wraps them onto new lines, like words:
chips and their "+ your own" field (chips.py), a row of buttons that must not widen a narrow
window (People, the lock settings). Every item of a line gets the line's one height."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto new lines, like text."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put a widget at a position (addWidget only appends)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        parent = self.parentWidget()
        rtl = parent is not None and parent.isRightToLeft()
        shown = [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]
        # one height for every item, so chips and an add field line up row after row
        height = max((i.sizeHint().height() for i in shown), default=0)
        for item in shown:
            hint = QSize(item.sizeHint().width(), height)
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                left = area.right() + 1 - (x - area.x()) - hint.width() if rtl else x
                place = QRect(QPoint(left, y), hint)
                # directly: an item would keep a fixed-height field at its own, shorter hint
                widget = item.widget()
                if widget is not None:
                    # one held to less height (a Feedback line) sits in the middle of the line,
                    # level with the words on the buttons beside it
                    short = widget.maximumHeight()
                    if short < height:
                        place = QRect(left, y + (height - short) // 2, hint.width(), short)
                    widget.setGeometry(place)
                else:
                    item.setGeometry(place)
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
