"""A card, a window header and an empty state: the pieces every window is built from.

Colours come from the application style sheet (ui/common/theme.py), keyed on properties (card,
soft), so they follow a live light/dark switch; sizes and spacing come from tokens.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.ui.common import tokens

W = TypeVar("W", bound=QWidget)

TYPES = {
    "title": tokens.TITLE,
    "heading": tokens.HEADING,
    "body": tokens.BODY,
    "caption": tokens.CAPTION,
    "display": tokens.DISPLAY,
}


def set_type(widget: QWidget, kind: str) -> None:
    """Give `widget` one of the type steps: title, heading, body, caption or display."""
    delta, bold = TYPES[kind]
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF() + delta))
    font.setBold(bold)
    widget.setFont(font)
    widget.setProperty("type", kind)


def label(
    text: str = "", kind: str = "body", *, soft: bool = False, selectable: bool = False
) -> QLabel:
    """A wrapped plain-text label of one type step; soft for hints, dates and captions."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    set_type(widget, kind)
    if soft or kind == "caption":
        widget.setProperty("soft", True)
    if selectable:
        widget.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return widget


class Card(QFrame):
    """A surface with the standard radius, padding and a soft edge of accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(tokens.M + tokens.EDGE, tokens.M, tokens.M, tokens.M)
        self.body.setSpacing(tokens.XS)

    def add(self, widget: W, stretch: int = 0) -> W:
        """Put `widget` on the card, below what is there; returns it."""
        self.body.addWidget(widget, stretch)
        return widget


class WindowHeader(QWidget):
    """A window's title and one line under it, the same in every window."""

    def __init__(self, title: str, line: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(title, "title")
        self.title.setAccessibleName(title)
        self.line = label(line, soft=True)
        self.line.setVisible(bool(line))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, tokens.XS)
        layout.setSpacing(tokens.XS // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.line)

    def set_text(self, title: str, line: str = "") -> None:
        """Change the words (a language switch)."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.line.setText(line)
        self.line.setVisible(bool(line))


class EmptyState(QWidget):
    """Where a list will be: one gentle line, optionally one action, centred."""

    def __init__(
        self, line: str, action: QPushButton | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.line = label(line)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action = action
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.L, tokens.L, tokens.L, tokens.L)
        layout.setSpacing(tokens.S)
        layout.addStretch(1)
        layout.addWidget(self.line)
        if action is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(action)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def add_below(self, widget: QWidget) -> None:
        """Something quiet under the line, such as examples (before the action)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, widget)
