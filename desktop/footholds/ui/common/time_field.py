"""Time and date fields that take digits typed after a click.

A click in Qt's time field leaves a bare cursor inside a number ("0|8"), and every digit
typed then is refused, since "018" is no hour. Tab into the field selects the hour first
and works; a click now does the same, selecting the part of the time or date clicked."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDateTimeEdit

Field = TypeVar("Field", bound=QDateTimeEdit)


class _PickSection(QObject):
    """Kept by the field as its child. It asks Qt for the field each time rather than keep
    it in an attribute: the filter can be called as the field is taken down, when the
    Python side of this object no longer has its attributes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self.parent()
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(field, QDateTimeEdit)
            and not field.lineEdit().hasSelectedText()  # a drag chose its own letters
        ):
            field.setSelectedSection(field.currentSection())
        return False


def typed_after_click(field: Field) -> Field:
    """`field`, set so that a click selects the hour, minutes, day… clicked."""
    field.lineEdit().installEventFilter(_PickSection(field))
    return field
