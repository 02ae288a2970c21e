"""A day picker that shows its day the way every other date in Footholds reads.

A plain QDateEdit shows whatever its display format spells ("2026-12-05", "5 dic 2026"),
beside lists that say "Today" and "Thu 3 Dec". DayEdit keeps Qt's calendar popup and the
arrow keys and wheel for stepping, but its text comes from the one day formatter
(ui/common/dates.py) in the interface language. Typing a day into it is off: the words
("Yesterday", "jue 3 dic") are not a format one could type back reliably, and the calendar
does that job. The value is still a QDate, so callers store the ISO day as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDateTime, QEvent, QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from footholds.ui.common import dates


class DayEdit(QDateEdit):
    """A QDateEdit whose text is dates.day_label: "Today", "Yesterday", "Thu 3 Dec"."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        ahead: bool = False,
    ) -> None:
        """`ahead` for a day that may be to come (a session's): tomorrow says "Tomorrow"."""
        super().__init__(parent)
        self.ahead = ahead
        # which day "Today" is: the calendar's by default (session dates), the person's own
        # (core/days.py) for days counted from their day start, as the proof list's
        self.today = today
        self.setCalendarPopup(True)
        # Only the day section exists, so Qt's own stepping would keep to one month; stepBy
        # below moves whole days instead.
        self.setDisplayFormat("d")
        self.lineEdit().setReadOnly(True)  # picked in the calendar or stepped, not typed
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def textFromDateTime(self, dt: QDateTime) -> str:
        day = dt.date()
        return dates.day_label(
            date(day.year(), day.month(), day.day()),
            today=self.today(),
            locale=QLocale().name(),
            capital=True,
            ahead=self.ahead,
        )

    def dateTimeFromText(self, text: str) -> QDateTime:
        return self.dateTime()  # the words are only ever shown, never parsed back

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return QValidator.State.Acceptable, text, pos

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addDays(steps))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.date() > self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.date() < self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
