"""The check-in's day fields: "3 Dec", as the rest of the app shows a day of this year, with
the year only where it tells something (a summary reaching back into last year, a session
next January) and while the person is in the field, where it can be typed ("20 nov 2025").

Each field keeps the room its longest shape takes, so nothing beside it moves when the year
comes or goes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QObject, QSize, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit

from footholds.ui.common.weak import is_bound, weak_method

WITH_YEAR = "d MMM yyyy"
DAY_MONTH = "d MMM"


class DayField(QDateEdit):
    """A QDateEdit showing "3 Dec", or "3 Dec 2025" while `needs_year` or in use."""

    def __init__(self) -> None:
        super().__init__()
        self.needs_year = True  # set by its group (YearWhereNeeded)
        self.setDisplayFormat(WITH_YEAR)

    def shape(self) -> None:
        """Show the year while it is needed, or while the person is in the field."""
        wanted = WITH_YEAR if self.needs_year or self.hasFocus() else DAY_MONTH
        if self.displayFormat() != wanted:
            self.setDisplayFormat(wanted)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.shape()  # before Qt picks the part to select, in the text as it will read
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its calendar, opened
            self.shape()

    def sizeHint(self) -> QSize:
        return self._with_year_room(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._with_year_room(super().minimumSizeHint())

    def _with_year_room(self, hint: QSize) -> QSize:
        """`hint` as wide as the year's shape: Qt measures the shape shown, from the widest
        of its first and last days, so the difference is what the year adds."""
        shown = self.displayFormat()
        if shown == WITH_YEAR:
            return hint
        fonts, locale = self.fontMetrics(), self.locale()

        def widest(shape: str) -> int:
            ends = (self.minimumDate(), self.maximumDate())
            return max(fonts.horizontalAdvance(locale.toString(day, shape) + " ") for day in ends)

        return QSize(hint.width() + widest(WITH_YEAR) - widest(shown), hint.height())


class YearWhereNeeded(QObject):
    """Fields read together (a summary's first and last day) show the year only while one of
    them is not in this year: all of them then, so "28 Dec 2025" never sits beside a bare
    "3 Jan". Kept by the first field; it holds the fields' window only weakly."""

    def __init__(self, *fields: DayField, today: Callable[[], date]) -> None:
        super().__init__(fields[0])
        self.fields = fields[1:]  # the first is this one's parent: not held here as well
        self.today = weak_method(today) if is_bound(today) else today
        for field in fields:
            field.dateChanged.connect(self._on_date_changed)
        self._on_date_changed()

    def all(self) -> tuple[DayField, ...]:
        first = self.parent()
        assert isinstance(first, DayField)
        return (first, *self.fields)

    def set_quietly(self, *days: date) -> None:
        """Show `days`, one a field, with no dateChanged (the caller refreshes once)."""
        for field, day in zip(self.all(), days, strict=True):
            field.blockSignals(True)
            field.setDate(QDate(day.year, day.month, day.day))
            field.blockSignals(False)
        self._on_date_changed()

    def _on_date_changed(self, _day: QDate | None = None) -> None:
        fields = self.all()
        year = self.today().year
        needed = any(field.date().year() != year for field in fields)
        for field in fields:
            field.needs_year = needed
            field.shape()
