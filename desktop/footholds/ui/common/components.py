"""A card, a window header, an empty state and a field that keeps to its limit: the pieces
every window is built from (the scrolling page is in ui/common/scrolling.py).

Colours come from the application style sheet (ui/common/theme.py), keyed on properties (card,
soft), so they follow a live light/dark switch; sizes and spacing come from tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import icons, tokens
from footholds.ui.common.breaks import breakable, written

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


HERO_CHARS = 160  # longer words show a step smaller, so the buttons below stay in view


def hero_type(widget: QWidget, base: QFont, text: str) -> None:
    """Display type for the one sentence a window is about (an affirmation, a proof), a step
    smaller when it is long. From `base` each time, as set_type() would add up."""
    kind = "heading" if len(text) > HERO_CHARS else "display"
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() + TYPES[kind][0])
    widget.setFont(font)
    widget.setProperty("type", kind)


def label(
    text: str = "", kind: str = "body", *, soft: bool = False, selectable: bool = False
) -> QLabel:
    """A wrapped plain-text label of one type step; soft for hints, dates and captions."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return _dress(widget, kind, soft=soft, selectable=selectable)


def _dress(widget: L, kind: str, *, soft: bool, selectable: bool) -> L:
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


class OwnWords(QLabel):
    """A person's own words in a label: wrapped, plain text, and never wider than its card,
    however long a run without spaces they typed or pasted. text() gives the words as
    written; the label shows them with invisible break points."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._written = ""
        self._spoken = ""  # the accessible name this label gave itself, if any
        self._lines = 0  # lines of room kept, however few the words (keep_room)
        self._among: tuple[str, ...] = ()  # words that may come in its place (keep_room)
        self._most = 0
        self._tallest: dict[int, tuple[int, int]] = {}  # width -> (_most lines, tallest)
        self.setText(text)

    def keep_room(self, lines: int, among: Sequence[str] = (), most: int = 0) -> None:
        """Keep room for `lines` lines of this label's type, words at the top of it, so what
        is below stays where it is when shorter or longer words (up to that) come in its
        place (LOOK.md: nothing jumps). With `among`, the words that may come, the room is
        the tallest of them at the label's width, up to `most` lines: longer than four lines
        they would move everything below each time they came. Longer words than the room
        still get all the room they need."""
        self._lines, self._among, self._most = lines, tuple(among), max(most, lines)
        self._tallest.clear()
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.updateGeometry()

    def _room(self, width: int = -1) -> int:
        if not self._lines:
            return 0
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * self.margin()
        room = self._lines * self.fontMetrics().lineSpacing() + extra
        if self._among and width > 0:
            most, tallest = self._tallest_at(width)
            room = max(room, min(most, tallest))
        return room

    def _tallest_at(self, width: int) -> tuple[int, int]:
        """The height `most` lines take at `width`, and the tallest of the words to come,
        laid out by a label like this one (a font's own measure breaks lines a little
        differently, and a label's last line is taller than its spacing)."""
        if width not in self._tallest:
            twin = QLabel()
            twin.setWordWrap(True)
            twin.setTextFormat(Qt.TextFormat.PlainText)
            twin.setFont(self.font())
            twin.setContentsMargins(self.contentsMargins())
            twin.setMargin(self.margin())
            twin.setText("\n".join("x" * self._most))
            most, tallest = twin.heightForWidth(width), 0
            for text in self._among:
                twin.setText(breakable(text))
                tallest = max(tallest, twin.heightForWidth(width))
            self._tallest[width] = most, tallest
        return self._tallest[width]

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._room(width))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._room(self.width())))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._room()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the same words take other room
            self._tallest.clear()

    def setText(self, text: str) -> None:
        self._written = text
        shown = breakable(text)
        super().setText(shown)
        # a screen reader reads the words as written, unless the window named the label
        if self.accessibleName() in ("", self._spoken):
            self._spoken = text if shown != text else ""
            self.setAccessibleName(self._spoken)

    def text(self) -> str:
        return self._written

    # Copying selected words gives them as written: the break points are for showing only,
    # and a web address pasted with them in it no longer works.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self._copy()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        copy = menu.addAction(QCoreApplication.translate("OwnWords", "Copy"), self._copy)
        copy.setEnabled(self.hasSelectedText())
        shown = QLabel.text(self)
        menu.addAction(
            QCoreApplication.translate("OwnWords", "Select all"),
            lambda: self.setSelection(0, len(shown)),
        )
        menu.exec(event.globalPos())

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(written(self.selectedText()))


def own_words(
    text: str = "", kind: str = "", *, name: str = "", soft: bool = False, selectable: bool = False
) -> OwnWords:
    """A label for a person's own words (a proof, a step, a thought): wrapped and breakable.
    `kind` is a type step (components.TYPES), `name` an older object-name look ("big")."""
    label = _dress(OwnWords(text), kind, soft=soft, selectable=selectable)
    if name:
        label.setObjectName(name)
    return label


class TitleField(QLineEdit):
    """A title the person can change in place (a goal's name). While it is not being edited,
    a title too long for its room ends in one "…" instead of stopping mid-letter at the edge;
    the whole of it is there again the moment they click or tab into it."""

    MARGIN = 2  # QLineEdit's own space either side of its text

    def _room(self, option: QStyleOptionFrame) -> QRect:
        room = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        return room.marginsRemoved(self.textMargins()).adjusted(self.MARGIN, 0, -self.MARGIN, 0)

    def shown(self) -> str:
        """The title as it is drawn now: whole while being edited or when it fits."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        width = self._room(option).width()
        if self.hasFocus() or self.fontMetrics().horizontalAdvance(self.text()) <= width:
            return self.text()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown()
        if shown == self.text():
            super().paintEvent(event)
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self._room(option), int(align), shown)
        painter.end()


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

    def add_below(self, widget: QWidget) -> None:
        """Something quiet under the line, such as examples (before the action)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.line) + 1, widget)

    def text(self) -> str:
        return self.line.text()

    def say(self, line: str, *, with_action: bool = True) -> None:
        """Change the line (a search that found nothing says so); the action shows only where
        it fits what the line says."""
        self.line.setText(line)
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
        if lines and room + space + wide <= width:
            lines[-1].append(piece)
            room += space + wide
        else:
            lines.append([piece])
            room = wide
    return "<br>".join(gap.join(line) for line in lines)


def plain(html: str) -> str:
    """The words a piece of rich text shows, as they take room on a line."""
    return QTextDocumentFragment.fromHtml(html).toPlainText()


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
