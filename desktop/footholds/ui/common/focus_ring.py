"""A 2 px ring just outside a widget that has the keyboard, for widgets whose own mark is
faint: a link inside rich text gets only Qt's thin dotted box, hard to find on a hard day.

The ring is a widget laid over the target's edge (it takes no clicks and no focus), so the
target keeps its size and its text stays where it was: a border on focus would move it. It
lives in the nearest container with room for it all round, never above the page a scroll
area moves, so it scrolls with the target."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from footholds.ui.common import theme
from footholds.ui.common.never_raises import never_raises

MARGIN = 3  # pixels outside the widget, so the ring never crosses its words
MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """The ring for `target`: shown while `target` has the focus from the keyboard (a click
    shows where the pointer is already), following it."""

    def __init__(self, target: QWidget, *, by_keyboard: bool = True) -> None:
        super().__init__(target.parentWidget())
        self.target = target
        self.by_keyboard = by_keyboard  # how the focus came, for the focus it has now
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._watched: list[QWidget] = []
        target.installEventFilter(self)
        self.hide()

    def follow(self) -> None:
        """Over the target while it has the keyboard's focus and shows; hidden otherwise."""
        target = self.target
        if not (target.hasFocus() and target.isVisible() and self.by_keyboard):
            self.hide()
            return
        host = _host(target)
        if host is None:
            self.hide()
            return
        if self.parentWidget() is not host:
            self.setParent(host)
        self._watch(target, host)
        at = target.mapTo(host, QPoint(0, 0))
        self.setGeometry(QRect(at, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.raise_()
        self.show()

    def _watch(self, target: QWidget, host: QWidget) -> None:
        """Follow the containers between the target and the ring's host as they move."""
        between: list[QWidget] = []
        widget = target.parentWidget()
        while widget is not None and widget is not host:
            between.append(widget)
            widget = widget.parentWidget()
        for old in self._watched:
            if old not in between:
                old.removeEventFilter(self)
        for new in between:
            if new not in self._watched:
                new.installEventFilter(self)
        self._watched = between

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and isinstance(event, QFocusEvent):
            self.by_keyboard = event.gotFocus() and not _by_pointer(event)
            self.follow()
        elif (event.type() in MOVES or event.type() == QEvent.Type.ParentChange) and (
            self.isVisible() or watched is self.target
        ):
            self.follow()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.focus_colour(), 2))  # read now: follows a light/dark switch
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


def _host(target: QWidget) -> QWidget | None:
    """The nearest container holding the ring's whole rectangle; the page a scroll area
    moves, or the window, at the furthest (the ring is cut there rather than left behind)."""
    widget = target.parentWidget()
    while widget is not None:
        at = target.mapTo(widget, QPoint(0, 0))
        ring = QRect(at, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        viewport = widget.parentWidget()
        moved = viewport is not None and isinstance(viewport.parentWidget(), QAbstractScrollArea)
        if widget.rect().contains(ring) or moved or widget.isWindow():
            return widget
        widget = widget.parentWidget()
    return None


def _by_pointer(event: QFocusEvent) -> bool:
    return event.reason() in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason)
