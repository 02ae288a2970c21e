"""Time and date fields that take digits typed after a click, or after selecting all.

A click in Qt's time field leaves a bare cursor inside a number ("0|8"), and every digit
typed then is refused, since "018" is no hour; with the whole time selected (Ctrl+A, a
habit from every other field) "1030" is refused too. Tab into the field selects the hour
first and works; a click now does the same, selecting the part of the time or date
clicked, and typing over the whole of it starts again from its first part."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

Field = TypeVar("Field", bound=QDateTimeEdit)


class _PickSection(QObject):
    """Kept by the field as its child. It asks Qt for the field each time rather than keep
    it in an attribute: the filter can be called as the field is taken down, when the
    Python side of this object no longer has its attributes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self.parent()
        if not isinstance(field, QDateTimeEdit):
            return False
        line = field.lineEdit()
        if event.type() == QEvent.Type.MouseButtonRelease and not line.hasSelectedText():
            field.setSelectedSection(field.currentSection())  # (a drag chose its own letters)
        elif (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.text().isdigit()
            and line.selectedText() == line.text() != ""
        ):
            first = field.sectionAt(0)  # the whole time selected: typed from its start
            field.setCurrentSection(first)
            field.setSelectedSection(first)
        return False


def typed_after_click(field: Field) -> Field:
    """`field`, set so that a click selects the hour, minutes, day… clicked, and digits
    typed over the whole of it fill it from the start."""
    picker = _PickSection(field)
    field.lineEdit().installEventFilter(picker)  # the clicks land on the field's text
    field.installEventFilter(picker)  # the keys come to the field, which hands them on
    return field
