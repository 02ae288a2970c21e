"""A person's own words on screen: a label that breaks any run of letters they typed and
gives them back as written (OwnWords), the display type of the one sentence a window is about,
and a title they change in place that ends in "…" while not being edited.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QStyle, QStyleOptionFrame, QWidget

from footholds.ui.common.breaks import breakable, written
from footholds.ui.common.components import TYPES, dress

HERO_CHARS = 160  # longer words show a step smaller, so the buttons below stay in view


def hero_type(widget: QWidget, base: QFont, text: str) -> None:
    """Display type for the one sentence a window is about (an affirmation, a proof), a step
    smaller when it is long. From `base` each time, as set_type() would add up."""
    kind = "heading" if len(text) > HERO_CHARS else "display"
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() + TYPES[kind][0])
    widget.setFont(font)
    widget.setProperty("type", kind)


class OwnWords(QLabel):
    """A person's own words in a label: wrapped, plain text, and never wider than its card,
    however long a run without spaces they typed or pasted. text() gives the words as
    written; the label shows them with invisible break points."""

    cut_changed = Signal(bool)  # whether `show_at_most` leaves words out, as it changes

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
        self._at_most = 0  # lines shown at most, the last ending in "…" (show_at_most)
        self._twin_label: QLabel | None = None  # see _twin
        self._cut = False  # words left out by show_at_most now (is_cut)
        self.setText(text)

    def show_at_most(self, lines: int) -> None:
        """Show no more than `lines` whole lines, the last ending in "…" when the words go
        on (all of them in the tooltip and text()): a thought pinned above a step, which
        otherwise pushed the step down and was scrolled to show a half-cut line at its top."""
        self._at_most = lines
        self._fit()
        self.updateGeometry()  # fewer or more lines: the layout gives it their room

    def _text_width(self, width: int) -> int:
        margins = self.contentsMargins()
        return width - margins.left() - margins.right() - 2 * self.margin()

    def _clipped(self, width: int) -> str:
        """The words as shown at `width`: whole, or their first `_at_most` lines."""
        shown = breakable(self._written)
        room = self._text_width(width)
        if not self._at_most or room <= 0:
            return shown
        # line separators measure as the label breaks: a new line where the person made one
        layout = QTextLayout(shown.replace("\n", "\u2028"), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        starts = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(room)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= self._at_most:
            return shown
        start = starts[self._at_most - 1]
        rest = " ".join(shown[start:].split())
        metrics = self.fontMetrics()
        # a little room to spare, so the label's own wrapping never makes it one line more
        last = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, room - 8)
        return shown[:start] + last

    def _fit(self) -> None:
        shown = self._clipped(self.width())
        if QLabel.text(self) != shown:
            super().setText(shown)
        whole = shown == breakable(self._written)
        self.setToolTip("" if whole else self._written)
        if self._cut != (not whole):
            self._cut = not whole
            self.cut_changed.emit(self._cut)

    def is_cut(self) -> bool:
        """Whether `show_at_most` leaves some of the words out now (they end in "…")."""
        return self._cut

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._at_most:
            self._fit()

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

    def _twin(self) -> QLabel:
        """A label laid out as this one is, to measure words at a width without showing them
        (one kept: layout asks for heights often)."""
        twin = self._twin_label
        if twin is None:
            # its hidden child, never a parentless label that only this attribute holds:
            # Python's collector would delete that top-level widget at a moment of its own
            twin = self._twin_label = QLabel(self)
            twin.hide()
            twin.setWordWrap(True)
            twin.setTextFormat(Qt.TextFormat.PlainText)
        twin.setFont(self.font())
        twin.setContentsMargins(self.contentsMargins())
        twin.setMargin(self.margin())
        return twin

    def _tallest_at(self, width: int) -> tuple[int, int]:
        """The height `most` lines take at `width`, and the tallest of the words to come,
        laid out by a label like this one (a font's own measure breaks lines a little
        differently, and a label's last line is taller than its spacing)."""
        if width not in self._tallest:
            twin = self._twin()
            twin.setText("\n".join("x" * self._most))
            most, tallest = twin.heightForWidth(width), 0
            for text in self._among:
                twin.setText(breakable(text))
                tallest = max(tallest, twin.heightForWidth(width))
            twin.clear()  # holds no one's words once measured (sealed at a lock with the rest)
            self._tallest[width] = most, tallest
        return self._tallest[width]

    def heightForWidth(self, width: int) -> int:
        if self._at_most:  # the lines its words take at that width, up to the most shown
            twin = self._twin()
            twin.setText(self._clipped(width))
            tall = twin.heightForWidth(width)
            twin.clear()  # holds no one's words once measured (sealed at a lock with the rest)
            return max(tall, self._room(width))
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
        super().setText(self._clipped(self.width()) if self._at_most else shown)
        if self._at_most or self._cut:
            self._fit()
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
    label = dress(OwnWords(text), kind, soft=soft, selectable=selectable)
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
