"""A day picker that shows its day the way every other date in Footholds reads.

A plain QDateEdit shows whatever its display format spells ("2026-12-05", "5 dic 2026"),
beside lists that say "Today" and "Thu 3 Dec". DayEdit keeps Qt's calendar popup and the
arrow keys and wheel for stepping, but its text comes from the one day formatter
(ui/common/dates.py) in the interface language. Typing a day into it is off: the words
("Yesterday", "jue 3 dic") are not a format one could type back reliably, and the calendar
does that job. The value is still a QDate, so callers store the ISO day as before.

Days out of reach (after the latest day allowed: a proof is of a day already lived) are drawn
greyed in the calendar, and a click on one says why it cannot be picked (`beyond_hint`),
rather than doing nothing while looking like every other day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette, QTextCharFormat, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QDateEdit,
    QToolTip,
    QWidget,
)

from footholds.ui.common import dates
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.wheel import wheel_after_click


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
        self.beyond_hint = ""  # said where a day after the latest allowed is clicked
        self.said_beyond = ""  # what was said last (for tests and screen readers)
        self.cells: QAbstractItemView | None = None  # the calendar's grid, once it is made
        self._watched: QCalendarWidget | None = None
        wheel_after_click(self)  # the wheel steps the day only once the person is in it

    def _calendar(self) -> QCalendarWidget:
        """The popup's calendar, watched from the first time it is needed. Made with every
        date field, it sat unopened in each window, its unnamed parts among the window's
        controls (tests/gui/test_accessibility.py)."""
        calendar = self.calendarWidget()
        if self._watched is not calendar:
            self._watched = calendar
            calendar.currentPageChanged.connect(lambda _y, _m: self.mark_out_of_reach())
            calendar.installEventFilter(self)
            self.cells = calendar.findChild(QAbstractItemView)
            if self.cells is not None:
                self.cells.viewport().installEventFilter(self)
        return calendar

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._calendar()  # a click opens the popup: watched before it shows
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self._calendar()
        super().keyPressEvent(event)

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

    def mark_out_of_reach(self) -> None:
        """Grey the days of the calendar's page after the latest day allowed: Qt ignores a
        click on them, but draws them as any other day."""
        calendar = self._calendar()
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # none marked from before
        latest = self.maximumDate()
        first = QDate(calendar.yearShown(), calendar.monthShown(), 1).addDays(-7)
        out = QTextCharFormat()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        out.setForeground(grey)
        if self.beyond_hint:
            out.setToolTip(self.beyond_hint)
        for step in range(7 * 7):
            day = first.addDays(step)
            if day > latest:
                calendar.setDateTextFormat(day, out)

    def day_at(self, pos: QPoint) -> QDate | None:
        """The day of the calendar's cell at `pos` on its grid, or None (a weekday's name)."""
        if self.cells is None:
            return None
        index = self.cells.indexAt(pos)
        text = str(index.data() or "") if index.isValid() else ""
        if not text.isdigit():
            return None
        calendar = self._calendar()
        shown = QDate(calendar.yearShown(), calendar.monthShown(), 1)
        number, row = int(text), index.row()
        if number > 20 and row <= 2:  # the end of the month before, on the first rows
            shown = shown.addMonths(-1)
        elif number < 15 and row >= 4:  # the start of the next month, on the last rows
            shown = shown.addMonths(1)
        return QDate(shown.year(), shown.month(), number)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Show:
            self.mark_out_of_reach()
        elif (
            self.cells is not None
            and watched is self.cells.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and self.beyond_hint
        ):
            day = self.day_at(event.position().toPoint())
            if day is not None and day > self.maximumDate():
                self.said_beyond = self.beyond_hint
                where, cells = event.globalPosition().toPoint(), self.cells
                # once the click is over: shown while it was, the click's own end hid it
                QTimer.singleShot(
                    0, cells, lambda: QToolTip.showText(where, self.beyond_hint, cells)
                )
        return False
