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
in, as before. Two digits that make an hour ("11") move on to the minutes, and the digits
typed after them are the minutes, as the minutes chosen then show: "115" was read as 01:15
and saved unsaid. Only digits typed with no such move read a one-digit hour ("930", 9:30).
Keys that cannot make a time put the time back as it was and say so under the field,
rather than leave some other time in it. Until the person changes the field
again it stays `refused`, and every form's save checks that first: a click on "Add" straight
after "25" put the old time back and saved it, while the field said "25 isn't a time".
A field set not to follow the keyboard (`setKeyboardTracking(False)`, where a change is
saved at once, in Settings) says its new time once, when the person moves on, and nothing
when it puts the old one back.

A whole date typed as one writes it, "20 nov 2026", "20/11/2026" or "3 Sep 2026", fills
each part in turn, in Spanish as in English (Qt alone took the day and put the rest into
the year: typing was no use but for the day)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

from footholds.ui.common.limits import say_under
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.said_under import limit_said
from footholds.ui.common.wheel import wheel_after_click

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


def digits(text: str) -> bool:
    """Whether `text` is made of the digits 0 to 9 alone. Python's `isdigit` also takes "²"
    (the key left of 1 on a French keyboard, AltGr+2 on a German one) and other scripts'
    digits, which `int` refuses: one such key pressed in a time field closed the app."""
    return text.isascii() and text.isdigit()


def read_time(typed: str, in_minutes: bool = False) -> tuple[int | None, int | None] | None:
    """The hour and minutes `typed` stands for, None for a part it leaves as it was; or None
    when it stands for no time (yet). `in_minutes`: typed from the minutes part, where one
    or two digits are the minutes."""
    hour_part, separator, minute_part = typed.partition(next(iter(_separators(typed)), ":"))
    if separator:
        if not 1 <= len(hour_part) <= 2 or len(minute_part) > 2 or not digits(hour_part):
            return None
        if minute_part and not digits(minute_part):
            return None
        hour, minute = int(hour_part), int(minute_part or 0)
        return (hour, minute) if hour <= 23 and minute <= 59 else None
    if not digits(typed) or len(typed) > 4:
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
    if not digits(typed) or len(typed) >= 4:
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
        self.typed = ""  # as read: "11:" once two hour digits moved on to the minutes
        self.keys = ""  # as pressed ("1160"), for the words when it is no time
        self.hour_whole = False  # two hour digits just moved on to the minutes by themselves
        self.in_minutes = False
        self.before = QTime()
        self.refused_typed = ""  # what was refused last, while the field holds it back
        self.refused_at = QTime()  # the time put back then
        parent.timeChanged.connect(self._on_time_changed)

    # the part a digit or letter was last typed into, to tell Qt's own move to the next part
    # from the person's: None after anything else
    typed_in: QDateTimeEdit.Section | None = None
    month_digits = ""  # the digits of a month typed as a number, while a second may follow

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self.parent()
        if not isinstance(field, QDateTimeEdit):
            return False
        line = field.lineEdit()
        kind = event.type()
        if watched is field and isinstance(event, QKeyEvent) and _tab_key(event):
            return self._tab_on(field, event)
        if kind == QEvent.Type.MouseButtonRelease and not line.hasSelectedText():
            self.typed_in = None
            field.setSelectedSection(field.currentSection())  # (a drag chose its own letters)
        if field.displayedSections() == HOURS_MINUTES:
            return self._time_typed(field, watched, event)
        if isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            return self._on_key(field, event)
        return False

    def _tab_on(self, field: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Tab and Shift+Tab go on to the next control, as everywhere else, rather than from
        the hours to the minutes (Qt's own stepping, which put the next Space in the
        minutes); the arrow keys still move between the parts."""
        parent = field.parentWidget()
        if parent is None:
            return False  # a field alone on screen: nowhere else to go
        # the container moves the focus on from the field, through the window's own order;
        # the field's focus-out then keeps what was typed, or puts the time back and says
        # why, in words that stay as the keyboard moves on (as after a click elsewhere)
        QCoreApplication.sendEvent(parent, event)
        if field.window().focusWidget() is field:
            self._done(field)  # nowhere else to go: what was typed is settled here
        return True

    def _on_key(self, field: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Start typing over the whole field from its first part; and once Qt has moved on
        by itself from a part typed in full ("20" is a whole day), the space, slash or dot
        typed next belongs to that move: "20 nov 2026" left the month alone and typed
        "nov" into the year, so only the day could be typed."""
        text, line = event.text(), field.lineEdit()
        typed_in, self.typed_in = self.typed_in, None
        month_digits, self.month_digits = self.month_digits, ""
        if digits(text) and line.selectedText() == line.text() != "":
            first = field.sectionAt(0)  # the whole time selected: typed from its start
            field.setCurrentSection(first)
            field.setSelectedSection(first)
        if _month_in_words(field):
            if digits(text):  # "20/11/2026": the month as a number, shown in words
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

    def _month_number(self, field: QDateTimeEdit, typed: str) -> bool:
        """Set the month from the digits typed into it; on to the next part once no other
        month can follow ("11", or "2"), else wait for a second digit ("1" may be "12")."""
        month = int(typed)
        if not 1 <= month <= 12:
            return True  # "13" is no month: the digit is dropped, as Qt drops one
        _set_month(field, month)
        if len(typed) == 2 or month > 1:
            _next_section(field)
            self.typed_in = QDateTimeEdit.Section.MonthSection
        else:
            self.month_digits = typed
        return True

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
        if not text or not (digits(text) or text in SEPARATORS) or len(text) != 1:
            if event.key() not in _QUIET_KEYS:
                self._done(field)  # another key (Enter, Tab, an arrow): what was typed stands
            return False
        if not typed:
            if not digits(text):
                return False  # a separator alone, as Qt takes it (to the minutes)
            line = field.lineEdit()
            whole = line.selectedText() == line.text() != ""
            self.in_minutes = (
                not whole and field.currentSection() == QDateTimeEdit.Section.MinuteSection
            )
            self.before = field.time()
            self.keys = ""
            self.hour_whole = False
        if text in SEPARATORS and self.hour_whole:
            self.hour_whole = False  # "11:00": the move to the minutes is made already
            self.keys += text
            # "11:" is 11:00, as "9:" is 09:00: the minutes shown before go
            _set_time(field, QTime(field.time().hour(), 0), say=field.keyboardTracking())
            return True
        self.hour_whole = False
        now, keys = typed + text, self.keys + text
        if not could_be_time(now, self.in_minutes):
            self._refuse(field, keys)
            return True
        self.typed, self.keys = now, keys
        self.refused_typed = ""  # typed again: no longer the time put back
        read = read_time(now, self.in_minutes)
        if read is not None:
            _unsay(field)  # a time now: "2575 isn't a time" stayed beside 09:30
            hour, minute = read
            shown = field.time()
            _set_time(
                field,
                QTime(
                    shown.hour() if hour is None else hour,
                    shown.minute() if minute is None else minute,
                ),
                say=field.keyboardTracking(),
            )
        if (len(now) >= 2 and not self.in_minutes) or len(now) >= 3:
            field.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
        if len(now) == 2 and digits(now) and read is not None and read[0] is not None:
            # a whole hour ("11"): the minutes are chosen now, so the digits typed next are
            # the minutes, as they look to be ("115" was 01:15 unsaid, not 11:05)
            self.typed += ":"
            self.hour_whole = True
        line = field.lineEdit()
        line.setCursorPosition(len(line.text()))  # typed on from the end, as in any field
        return True

    def _done(self, field: QDateTimeEdit) -> None:
        """The person moved on: what they typed stands when it is a time, and otherwise the
        time goes back as it was and they are told why."""
        typed, self.typed = self.typed, ""
        if not typed:
            return
        if read_time(typed, self.in_minutes) is None:
            self._refuse(field, self.keys)
        elif not field.keyboardTracking() and self.before.isValid():
            # the time typed, said once now it is whole ("1100" wrote 01:00, 11:00, 1:10…)
            typed_time = field.time()
            _set_time(field, self.before, say=False)
            field.setTime(typed_time)

    def _refuse(self, field: QDateTimeEdit, typed: str) -> None:
        self.typed = ""
        if self.before.isValid():
            # without keyboard tracking nothing typed was said: the old time is still the
            # one kept, and putting it back is no change to save
            _set_time(field, self.before, say=field.keyboardTracking())
        field.setCurrentSection(QDateTimeEdit.Section.HourSection)
        field.setSelectedSection(QDateTimeEdit.Section.HourSection)  # typed afresh from here
        _say(field, not_a_time_words(typed))
        self.refused_typed = typed  # after the time put back, which would clear it
        self.refused_at = field.time()

    def _on_time_changed(self, _time: QTime) -> None:
        """Changed since (an arrow, the wheel, the form itself): no longer held back."""
        if getattr(self, "refused_typed", None):
            self.refused_typed = ""


def _set_time(field: QDateTimeEdit, time: QTime, *, say: bool) -> None:
    """Show `time` in `field`; `say`: with its timeChanged, else quietly."""
    was = field.blockSignals(not say)
    field.setTime(time)
    field.blockSignals(was)


def refused(field: QDateTimeEdit) -> bool:
    """Whether `field` put back its old time over one typed that was none ("25"), and has not
    been changed since: a form's save stops here rather than save the time put back, which
    the person did not mean. Digits typed and not yet taken in are settled first, as moving
    on would settle them. A refused field says again why under itself and takes the
    keyboard, with its hour chosen to type afresh."""
    picker = field.findChild(_PickSection)
    if picker is None or getattr(picker, "typed", None) is None:
        return False
    picker._done(field)
    typed = picker.refused_typed
    if not typed or field.time() != picker.refused_at:
        return False  # (a form may set its time quietly, with its signals blocked)
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    field.setCurrentSection(QDateTimeEdit.Section.HourSection)
    field.setSelectedSection(QDateTimeEdit.Section.HourSection)
    _say(field, not_a_time_words(typed))
    return True


def say_in(field: QDateTimeEdit, say: Callable[[str], None]) -> None:
    """Have `field` say why it put a time back ("25 isn't a time…") with `say`, in a line
    of its own that its form keeps room for, and clear it with `say("")` once a time is
    typed there; rather than lay the words over the window under it. Where the field sits
    above a button (Settings' times, Add under the field), words laid over the window
    covered the top of the button until the person moved on."""
    field._time_words = say  # type: ignore[attr-defined]


def _said_by(field: QDateTimeEdit) -> Callable[[str], None] | None:
    say = getattr(field, "_time_words", None)
    return say if callable(say) else None


def _say(field: QDateTimeEdit, words: str) -> None:
    own = _said_by(field)
    if own is not None:
        own(words)
    else:
        say_under(field, words)


def _unsay(field: QDateTimeEdit) -> None:
    own = _said_by(field)
    if own is not None:
        own("")
        return
    said = limit_said(field)
    if said is not None and said.speaking:
        said.clear_now()


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


def _tab_key(event: QEvent) -> bool:
    """A plain Tab or Shift+Tab pressed."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def _next_section(field: QDateTimeEdit) -> None:
    index = field.currentSectionIndex() + 1
    if index < field.sectionCount():
        field.setCurrentSectionIndex(index)
        field.setSelectedSection(field.currentSection())


def typed_after_click(field: Field) -> Field:
    """`field`, set so that a click selects the hour, minutes, day… clicked, digits typed
    over the whole of it fill it from the start, and a whole time typed from either part of
    a time field is that time; the wheel turns it only while it has the keyboard."""
    picker = _PickSection(field)
    field.lineEdit().installEventFilter(picker)  # the clicks land on the field's text
    field.installEventFilter(picker)  # the keys come to the field, which hands them on
    return wheel_after_click(field)  # and the wheel turns it only once the person is in it
