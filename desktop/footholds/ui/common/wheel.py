"""The mouse wheel scrolls the page; it turns a field only once the person is in it.

A spin box, a date or time field, a list box or a slider turns at the wheel wherever the
pointer rests on it. On a page that scrolls, the page rolled until a field came under the
pointer and the rest of the turn changed it, unseen: Settings' "Later waits" went from 10 to
7, and the check-in's session day moved on six days, each saved at once. Here the wheel
turns such a field only while it has the keyboard (a click or Tab into it); until then the
turn goes to the page it sits on, as if the field were not there.

Each field is watched on its own (no filter on the whole application, which would see
every event of every window), and the kinds are told by name, so this module brings in no
Qt class the idle app does not already have.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from footholds.ui.common.never_raises import never_raises

Turned = TypeVar("Turned", bound=QWidget)


class WheelScrollsThePage(QObject):
    """One for the application's fields, each of which it watches for the wheel alone."""

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus() or not isinstance(event, QWheelEvent):
            return False  # the person is in it: the wheel is theirs to turn it with
        scroll_page_under(watched, event)
        return True  # never the field's, whether or not a page took it


def scroll_page_under(field: QWidget, event: QWheelEvent) -> bool:
    """Hand the wheel's turn over `field` to the scrolling area round it, or the one round
    that when it can go no further. Whether a page took it."""
    area = _area_round(field)
    while area is not None:
        viewport = area.viewport()
        at = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        handed = QWheelEvent(
            at,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        handed.setAccepted(False)
        QApplication.sendEvent(viewport, handed)
        if handed.isAccepted():
            return True
        area = _area_round(area)
    event.ignore()
    return False


def _area_round(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scrolling area whose page holds `widget` (not a list's own scroll bar)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def wheel_after_click(field: Turned) -> Turned:
    """`field`, which the wheel turns only while it has the keyboard; before that the wheel
    scrolls the page round it. Returned, so it wraps the field as it is made."""
    app = QApplication.instance()
    watcher = app.findChild(WheelScrollsThePage) if app is not None else None
    if watcher is None:
        watcher = WheelScrollsThePage(app)
    field.installEventFilter(watcher)
    # a wheel over it never takes the keyboard to it (WheelFocus would, and then turn it)
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return field
