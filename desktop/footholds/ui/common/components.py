"""The type steps and labels, a card, a window's header and margins, an empty state and a
rule: the pieces every window is built from. A person's own words have their label in
ui/common/own_words.py, rows that wrap are in ui/common/wrap_row.py, and the scrolling page is
in ui/common/scrolling.py.

Colours come from the application style sheet (ui/common/theme.py), keyed on properties (card,
soft), so they follow a live light/dark switch; sizes and spacing come from tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import icons, tokens

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox  # named only: the combo boxes are built elsewhere

W = TypeVar("W", bound=QWidget)
L = TypeVar("L", bound=QLabel)

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
    return dress(widget, kind, soft=soft, selectable=selectable)


def dress(widget: L, kind: str, *, soft: bool, selectable: bool) -> L:
    """A label's type step, soft colour and selectability, the same for every label."""
    if kind:
        set_type(widget, kind)
    if soft or kind == "caption":
        widget.setProperty("soft", True)
    if selectable:
        widget.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return widget


def as_card(frame: QFrame) -> None:
    """Give an existing frame the card's surface (a chart's own frame class, say)."""
    frame.setProperty("card", True)
    frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


class Card(QFrame):
    """A surface with the standard radius, padding and a soft edge of accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        as_card(self)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(tokens.M + tokens.EDGE, tokens.M, tokens.M, tokens.M)
        self.body.setSpacing(tokens.XS)

    def add(self, widget: W, stretch: int = 0) -> W:
        """Put `widget` on the card, below what is there; returns it."""
        self.body.addWidget(widget, stretch)
        return widget


AnyLayout = TypeVar("AnyLayout", bound=QLayout)


def window_margins(layout: AnyLayout, spacing: int = tokens.S) -> AnyLayout:
    """Give a window's own layout the window margins (`tokens.WINDOW`) and row spacing: one
    call, so every window's title and foot sit in the same place."""
    layout.setContentsMargins(*tokens.WINDOW)
    layout.setSpacing(spacing)
    return layout


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
    """Where a list will be: a quiet icon, one gentle line, optionally one action, centred
    (LOOK.md's empty state)."""

    def __init__(
        self,
        line: str,
        action: QPushButton | None = None,
        parent: QWidget | None = None,
        *,
        icon: str = "",
    ) -> None:
        super().__init__(parent)
        self.line = label(line)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action = action
        self.mark = IconMark(icon) if icon else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.L, tokens.L, tokens.L, tokens.L)
        layout.setSpacing(tokens.S)
        layout.addStretch(1)
        if self.mark is not None:
            layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.line)
        if action is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(action)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def add_below(self, widget: QWidget, *, centred: bool = False) -> None:
        """Something quiet under the line, such as examples (before the action); `centred`
        for a link, which would otherwise stretch across the window."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        where = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag(0)
        layout.insertWidget(layout.indexOf(self.line) + 1, widget, 0, where)

    def text(self) -> str:
        return self.line.text()

    def say(self, line: str, *, with_action: bool = True) -> None:
        """Change the line (a search that found nothing says so); the action shows only where
        it fits what the line says."""
        self.line.setText(line)
        self.line.setAccessibleName(line)  # told to a screen reader, as a StatusLine is
        event = QAccessibleEvent(self.line, QAccessible.Event.NameChanged)
        QAccessible.updateAccessibility(event)
        if self.action is not None:
            self.action.setVisible(with_action)


class IconMark(QWidget):
    """A line icon drawn large and on its own, above an empty state's line. Painted from the
    tinted icon each time, so it follows a live light or dark switch like the buttons' icons."""

    SIZE = 2 * tokens.L

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = icons.ui_icon(name)
        self.setFixedSize(self.SIZE, self.SIZE)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setOpacity(0.6)  # quiet: it marks the place, the words say what it is
        self.icon.paint(painter, self.rect())
        painter.end()


def rule() -> QFrame:
    """A thin plain line between parts of a page (a sunken one glares in dark mode)."""
    line = QFrame()
    line.setProperty("rule", True)
    line.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    line.setFixedHeight(1)
    return line


def scale_row(
    row: QBoxLayout, buttons: Sequence[QWidget], low: str, high: str
) -> tuple[QLabel, QLabel]:
    """Add a 1-to-5 row of `buttons` to `row` between its end words ("low" 1 2 3 4 5 "high"),
    so which end is which is never a guess. The same for every such row (energy, sleep).
    Returns the two end labels, for a window kept alive that rewords them on a language
    switch."""
    ends = QLabel(low), QLabel(high)
    row.addWidget(ends[0])
    for button in buttons:
        row.addWidget(button)
    row.addWidget(ends[1])
    return ends


ITEM_PADDING = 24  # an item's margins and the frame's own, as the styles draw them


def whole_items(combo: QComboBox) -> None:
    """The drop-down list as wide as its longest item, up to the width of the screen, even
    where the box itself is narrow: at Today's narrowest, in Spanish, a longer suggestion was
    cut in the middle ("Comer algo: una comida…pezar por algo pequeño"). Follows the items as
    they change; where even the screen is too narrow, the end is what gives way."""
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit() -> None:
        metrics = view.fontMetrics()
        texts = (combo.itemText(row) for row in range(combo.count()))
        longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = longest + bar + 2 * view.frameWidth() + ITEM_PADDING
        screen = combo.screen()
        room = screen.availableGeometry().width() if screen is not None else wanted
        view.setMinimumWidth(min(wanted, room))

    model = combo.model()
    for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        changed.connect(fit)
    fit()
