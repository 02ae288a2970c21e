"""One crisis line as Get help now shows it: its words, and its Call and Copy buttons beside
them where both fit side by side, else under them. With larger text (a scale of 1.25, a
larger system font) the buttons beside the words left them a narrow column, a word or two
a line, "Call" above its number and each address broken in two."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.ui.common import tokens
from footholds.ui.common.measure import ch

# the narrowest column, in ch of its words' font, the words keep beside the buttons: in a
# narrower one "988 and press 2, or text" reads a few words a line
LEAST_BESIDE = 30


class LineRow(QWidget):
    """`label` with `actions` stacked beside it, or under it where the row is too narrow for
    the two side by side: the row is then as narrow as its widest word or button."""

    def __init__(self, label: QLabel, actions: list[QPushButton]) -> None:
        super().__init__()
        self.label = label
        self.buttons = QWidget()
        stack = QVBoxLayout(self.buttons)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(4)
        for button in actions:
            stack.addWidget(button)
        stack.addStretch(1)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(tokens.XS)
        self.row.addWidget(label, 1)
        self.row.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def stack_height(self) -> int:
        """The height of the buttons, one under another."""
        return self.buttons.sizeHint().height()

    def side_by_side(self, width: int) -> bool:
        """Whether the buttons go beside the words at `width`: where the words' longest
        unbroken run fits beside them, in a column of LEAST_BESIDE ch at least, and the row
        is no taller so than with the buttons under the words (words squeezed into a narrow
        column read worse and take more room)."""
        room = width - self.buttons.sizeHint().width() - self.row.spacing()
        if room < max(self.label.minimumSizeHint().width(), LEAST_BESIDE * ch(self.label)):
            return False
        beside = max(self.label.heightForWidth(room), self.stack_height())
        under = self.label.heightForWidth(width) + self.row.spacing() + self.stack_height()
        return beside <= under

    def minimumSizeHint(self) -> QSize:
        # as narrow as the words or the buttons: below the two side by side, one under the
        # other
        hint = super().minimumSizeHint()
        least = max(self.label.minimumSizeHint().width(), self.buttons.sizeHint().width())
        return QSize(least, hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.side_by_side(width):
            room = width - self.buttons.sizeHint().width() - self.row.spacing()
            return max(self.label.heightForWidth(room), self.stack_height())
        return self.label.heightForWidth(width) + self.row.spacing() + self.stack_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        across = self.side_by_side(event.size().width())
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)
