"""Time and date fields that take digits typed after a click, or after selecting all.

A click in Qt's time field leaves a bare cursor inside a number ("0|8"), and every digit
typed then is refused, since "018" is no hour; with the whole time selected (Ctrl+A, a
habit from every other field) "1030" is refused too. Tab into the field selects the hour
first and works; a click now does the same, selecting the part of the time or date
clicked, and typing over the whole of it starts again from its first part.

A time field (hours and minutes) also reads a whole time typed from either part: Qt fills
only the part clicked, and "1100" typed after a click in the minutes kept the hour and
saved 17:11 without a word. What is typed there ("1100", "11:00", "11.00", "9:30", "930")
is read as one time (`read_time`); one or two digits still fill the part they were typed
in, as before. Keys that cannot make a time put the time back as it was and say so under
the field, rather than leave some other time in it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

from footholds.ui.common.limits import limit_said, say_under

Field = TypeVar("Field", bound=QDateTimeEdit)

SEPARATORS = ":.,"  # "11:00", "11.00" (as many write it), "11,00"
HOURS_MINUTES = QDateTimeEdit.Section.HourSection | QDateTimeEdit.Section.MinuteSection
_QUIET_KEYS = {  # keys pressed on the way to a character (":" is Shift and a key)
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}


def read_time(typed: str, in_minutes: bool = False) -> tuple[int | None, int | None] | None:
    """The hour and minutes `typed` stands for, None for a part it leaves as it was; or None
    when it stands for no time (yet). `in_minutes`: typed from the minutes part, where one
    or two digits are the minutes."""
    hour_part, separator, minute_part = typed.partition(next(iter(_separators(typed)), ":"))
    if separator:
        if not 1 <= len(hour_part) <= 2 or len(minute_part) > 2 or not hour_part.isdigit():
            return None
        if minute_part and not minute_part.isdigit():
            return None
        hour, minute = int(hour_part), int(minute_part or 0)
        return (hour, minute) if hour <= 23 and minute <= 59 else None
    if not typed.isdigit() or len(typed) > 4:
        return None
    if len(typed) <= 2:
        number = int(typed)
        if in_minutes:
            return (None, number) if number <= 59 else None
        return (number, None) if number <= 23 else None
    # "930" is 9:30; "015", typed with the hour's own zero, is 01:05 (as Qt read it)
    cut = 2 if len(typed) == 4 or typed.startswith("0") else 1
    hour, minute = int(typed[:cut]), int(typed[cut:])
    return (hour, minute) if hour <= 23 and minute <= 59 else None


def could_be_time(typed: str, in_minutes: bool = False) -> bool:
    """Whether `typed` is a time, or the start of one that more digits would make."""
    if read_time(typed, in_minutes) is not None:
        return True
    if _separators(typed):
        return False  # with its separator, it is whole as it stands ("11:" is 11:00)
    if not typed.isdigit() or len(typed) >= 4:
        return False
    # "75" may become "750" (7:50), "175" may become "1750"
    return any(read_time(typed + digit, in_minutes) for digit in "0123456789")


def _separators(typed: str) -> list[str]:
    return [char for char in typed if char in SEPARATORS]


def not_a_time_words(typed: str) -> str:
    """What a time field says under itself when what was typed there is no time."""
    words = QCoreApplication.translate(
        "components", "{typed} isn't a time. Try one like 9:30 or 21:00."
    )
    return words.replace("{typed}", typed)


class _PickSection(QObject):
    """Kept by the field as its child. It asks Qt for the field each time rather than keep
    it in an attribute: the filter can be called as the field is taken down, when the
    Python side of this object no longer has its attributes.

    In a time field it also reads the keys typed since the last click, other key or other
    field (`typed`) as one time, from the part they were typed in (`in_minutes`), and puts
    back the time it held before (`before`) when they make none."""

    def __init__(self, parent: QDateTimeEdit) -> None:
        super().__init__(parent)
        self.typed = ""
        self.in_minutes = False
        self.before = QTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self.parent()
        if not isinstance(field, QDateTimeEdit):
            return False
        line = field.lineEdit()
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and not line.hasSelectedText():
            field.setSelectedSection(field.currentSection())  # (a drag chose its own letters)
        if field.displayedSections() == HOURS_MINUTES:
            return self._time_typed(field, watched, event)
        if (
            isinstance(event, QKeyEvent)
            and kind == QEvent.Type.KeyPress
            and event.text().isdigit()
            and line.selectedText() == line.text() != ""
        ):
            first = field.sectionAt(0)  # the whole date selected: typed from its start
            field.setCurrentSection(first)
            field.setSelectedSection(first)
        return False

    def _time_typed(self, field: QDateTimeEdit, watched: QObject, event: QEvent) -> bool:
        """Read the digits and separators typed into a time field as one time; True when
        the key was taken here."""
        typed = getattr(self, "typed", None)
        if typed is None:
            return False  # being taken down
        kind = event.type()
        if kind in (QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress):
            self._done(field)
            return False
        if not isinstance(event, QKeyEvent) or kind != QEvent.Type.KeyPress:
            return False
        if watched is not field and watched is not field.lineEdit():
            return False
        text = event.text()
        if not text or not (text.isdigit() or text in SEPARATORS) or len(text) != 1:
            if event.key() not in _QUIET_KEYS:
                self._done(field)  # another key (Enter, Tab, an arrow): what was typed stands
            return False
        if not typed:
            if not text.isdigit():
                return False  # a separator alone, as Qt takes it (to the minutes)
            line = field.lineEdit()
            whole = line.selectedText() == line.text() != ""
            self.in_minutes = (
                not whole and field.currentSection() == QDateTimeEdit.Section.MinuteSection
            )
            self.before = field.time()
        now = typed + text
        if not could_be_time(now, self.in_minutes):
            self._refuse(field, now)
            return True
        self.typed = now
        read = read_time(now, self.in_minutes)
        if read is not None:
            said = limit_said(field)
            if said is not None and said.speaking:
                said.clear_now()  # a time now: "2575 isn't a time" stayed beside 09:30
            hour, minute = read
            shown = field.time()
            field.setTime(
                QTime(
                    shown.hour() if hour is None else hour,
                    shown.minute() if minute is None else minute,
                )
            )
        if (len(now) >= 2 and not self.in_minutes) or len(now) >= 3:
            field.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
        line = field.lineEdit()
        line.setCursorPosition(len(line.text()))  # typed on from the end, as in any field
        return True

    def _done(self, field: QDateTimeEdit) -> None:
        """The person moved on: what they typed stands when it is a time, and otherwise the
        time goes back as it was and they are told why."""
        typed, self.typed = self.typed, ""
        if typed and read_time(typed, self.in_minutes) is None:
            self._refuse(field, typed)

    def _refuse(self, field: QDateTimeEdit, typed: str) -> None:
        self.typed = ""
        if self.before.isValid():
            field.setTime(self.before)
        field.setCurrentSection(QDateTimeEdit.Section.HourSection)
        field.setSelectedSection(QDateTimeEdit.Section.HourSection)  # typed afresh from here
        say_under(field, not_a_time_words(typed))


def typed_after_click(field: Field) -> Field:
    """`field`, set so that a click selects the hour, minutes, day… clicked, digits typed
    over the whole of it fill it from the start, and a whole time typed from either part of
    a time field is that time."""
    picker = _PickSection(field)
    field.lineEdit().installEventFilter(picker)  # the clicks land on the field's text
    field.installEventFilter(picker)  # the keys come to the field, which hands them on
    return field
