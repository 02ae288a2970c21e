"""Rows that wrap: controls that stand one under another when the window is too narrow for
them side by side, and rich-text pieces set in lines with a separator only between two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import QBoxLayout, QWidget

from footholds.ui.common import tokens

W = TypeVar("W", bound=QWidget)


class WrapRow(QWidget):
    """A row of controls that stands them one under another when the window is too narrow
    for them side by side, so a narrow window wraps them rather than scrolling sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(tokens.XS)

    def add(self, widget: W, stretch: int = 0) -> W:
        """`stretch` takes the spare width across, and the whole width in a column; the
        others keep their own width either way."""
        align = Qt.AlignmentFlag(0) if stretch else Qt.AlignmentFlag.AlignLeft
        self.row.addWidget(widget, stretch, align)
        return widget

    def _parts(self) -> list[QWidget]:
        items = (self.row.itemAt(at) for at in range(self.row.count()))
        parts = (i.widget() for i in items if i is not None and not i.isEmpty())
        return [w for w in parts if w is not None]

    def wide(self) -> int:
        """The width the controls need side by side."""
        parts = self._parts()
        return sum(w.sizeHint().width() for w in parts) + self.row.spacing() * (len(parts) - 1)

    def minimumSizeHint(self) -> QSize:
        # as narrow as its widest control: below that it stands them in a column
        hint = super().minimumSizeHint()
        least = max((w.minimumSizeHint().width() for w in self._parts()), default=0)
        return QSize(least, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        across = event.size().width() >= self.wide()
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)


def flowed(pieces: Sequence[str], width: int, metrics: QFontMetricsF, gap: str) -> str:
    """Rich-text `pieces` (each unbreakable: no plain space inside) set in lines no wider
    than `width`, `gap` (unbreakable too, such as "&nbsp;·&nbsp;") only between two pieces on
    one line: a line never ends or starts with a separator, as Qt's own wrapping left one
    hanging at the end when it broke at the space after it."""
    lines: list[list[str]] = []
    room = 0.0
    space = metrics.horizontalAdvance(plain(gap))
    for piece in pieces:
        wide = metrics.horizontalAdvance(plain(piece))
        if wide > width:  # alone on its lines, and wrapped between its words
            piece = breakable_words(piece)
        if lines and room + space + wide <= width:
            lines[-1].append(piece)
            room += space + wide
        else:
            lines.append([piece])
            room = wide
    return "<br>".join(gap.join(line) for line in lines)


# a non-breaking space between two words: not beside a digit nor before a tag (a link stays
# with the word before it)
_WORD_SPACE = re.compile(r"(?<=[^\d;>\s])&nbsp;(?=[^\d<&\s])")
_FIRST_NUMBER = re.compile(r"\d")


def breakable_words(piece: str) -> str:
    """`piece` free to wrap between the words before its first number, the number and what
    goes with it whole ("1-800-668-6868, text CONNECT to 686868" is one phrase): a piece
    wider than the line ("Find A Helpline (directorio de líneas de ayuda por país):
    findahelpline.com" in Spanish) otherwise widened the label, and the window with it."""
    number = _FIRST_NUMBER.search(piece)
    at = number.start() if number is not None else len(piece)
    return _WORD_SPACE.sub(" ", piece[:at]) + piece[at:]


def plain(html: str) -> str:
    """The words a piece of rich text shows, as they take room on a line."""
    return QTextDocumentFragment.fromHtml(html).toPlainText()
