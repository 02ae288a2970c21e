"""Time and date fields that take digits typed after a click, or after selecting all.

A click in Qt's time field leaves a bare cursor inside a number ("0|8"), and every digit
typed then is refused, since "018" is no hour; with the whole time selected (Ctrl+A, a
habit from every other field) "1030" is refused too. Tab into the field selects the hour
first and works; a click now does the same, selecting the part of the time or date
clicked, and typing over the whole of it starts again from its first part.

A whole date typed as one writes it, "20 nov 2026", "20/11/2026" or "3 Sep 2026", fills
each part in turn, in Spanish as in English (Qt alone took the day and put the rest into
the year: typing was no use but for the day)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QLocale, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

Field = TypeVar("Field", bound=QDateTimeEdit)


class _PickSection(QObject):
    """Kept by the field as its child. It asks Qt for the field each time rather than keep
    it in an attribute: the filter can be called as the field is taken down, when the
    Python side of this object no longer has its attributes."""

    # the part a digit or letter was last typed into, to tell Qt's own move to the next part
    # from the person's: None after anything else
    typed_in: QDateTimeEdit.Section | None = None
    month_digits = ""  # the digits of a month typed as a number, while a second may follow

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self.parent()
        if not isinstance(field, QDateTimeEdit):
            return False
        line = field.lineEdit()
        if event.type() == QEvent.Type.MouseButtonRelease and not line.hasSelectedText():
            self.typed_in = None
            field.setSelectedSection(field.currentSection())  # (a drag chose its own letters)
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self._on_key(field, event)
        return False

    def _on_key(self, field: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Start typing over the whole field from its first part; and once Qt has moved on
        by itself from a part typed in full ("20" is a whole day), the space, slash or dot
        typed next belongs to that move: "20 nov 2026" left the month alone and typed
        "nov" into the year, so only the day could be typed."""
        text, line = event.text(), field.lineEdit()
        typed_in, self.typed_in = self.typed_in, None
        month_digits, self.month_digits = self.month_digits, ""
        if text.isdigit() and line.selectedText() == line.text() != "":
            first = field.sectionAt(0)  # the whole time selected: typed from its start
            field.setCurrentSection(first)
            field.setSelectedSection(first)
        if _month_in_words(field):
            if text.isdigit():  # "20/11/2026": the month as a number, shown in words
                return self._month_number(field, month_digits + text)
            if text and text in _BETWEEN and typed_in == QDateTimeEdit.Section.MonthSection:
                # "sep" is the start of "sept" alone: Qt waits for the rest, then drops it
                found = _month_named(field.sectionText(QDateTimeEdit.Section.MonthSection))
                if found:
                    _set_month(field, found)
                    _next_section(field)
                    return True
        if text.isalnum():
            self.typed_in = field.currentSection()
        elif text and text in _BETWEEN and typed_in is not None:
            return field.currentSection() != typed_in  # moved on already: not again
        elif text and text in _BETWEEN and month_digits:
            _next_section(field)  # "1/": January, and on to the year
            return True
        return False

    def _month_number(self, field: QDateTimeEdit, digits: str) -> bool:
        """Set the month from the digits typed into it; on to the next part once no other
        month can follow ("11", or "2"), else wait for a second digit ("1" may be "12")."""
        month = int(digits)
        if not 1 <= month <= 12:
            return True  # "13" is no month: the digit is dropped, as Qt drops one
        _set_month(field, month)
        if len(digits) == 2 or month > 1:
            _next_section(field)
            self.typed_in = QDateTimeEdit.Section.MonthSection
        else:
            self.month_digits = digits
        return True


_BETWEEN = " /.-:,"  # what a person types between a date's or a time's parts


def _month_in_words(field: QDateTimeEdit) -> bool:
    """Whether the field is at its month, shown as a word ("nov", "Nov")."""
    return (
        field.currentSection() == QDateTimeEdit.Section.MonthSection
        and "MMM" in field.displayFormat()
    )


def _month_named(typed: str) -> int | None:
    """The one month whose name in the app's language, short or long, starts with what was
    typed ("sep" for "sept"), or None ("ma" is March or May)."""
    start = typed.strip().rstrip(".").casefold()
    if not start:
        return None
    locale = QLocale()
    found = {
        month
        for month in range(1, 13)
        for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
        if locale.monthName(month, form).casefold().rstrip(".").startswith(start)
    }
    return found.pop() if len(found) == 1 else None


def _set_month(field: QDateTimeEdit, month: int) -> None:
    day = field.date()
    last = QDate(day.year(), month, 1).daysInMonth()
    field.setDate(QDate(day.year(), month, min(day.day(), last)))


def _next_section(field: QDateTimeEdit) -> None:
    index = field.currentSectionIndex() + 1
    if index < field.sectionCount():
        field.setCurrentSectionIndex(index)
        field.setSelectedSection(field.currentSection())


def typed_after_click(field: Field) -> Field:
    """`field`, set so that a click selects the hour, minutes, day… clicked, and digits
    typed over the whole of it fill it from the start."""
    picker = _PickSection(field)
    field.lineEdit().installEventFilter(picker)  # the clicks land on the field's text
    field.installEventFilter(picker)  # the keys come to the field, which hands them on
    return field
