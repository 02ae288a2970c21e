"""The quick log's morning question: roughly when to bed, when up, and how it was (1 to 5).

Whether it shows is a cheap check at each opening (SleepAsk, in sleep_ask.py), so opening
stays instant. This module is imported, and the question built, the first morning it is due
(or ahead, when the setting is on): with the setting off (the default) it never is.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core import sleep
from footholds.core.store import InvalidEntry, StoreWriteError
from footholds.ui.common import buttons, i18n
from footholds.ui.common.time_field import refused, typed_after_click
from footholds.ui.journal.sleep_ask import SleepAsk as SleepAsk
from footholds.ui.today import MoodRow

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class SleepQuestion(QFrame):
    """ "How did you sleep?" with two times, a 1-to-5 row, "Note it" and "Not today"."""

    said = Signal(str)
    unsaid = Signal()  # what it said is past: the times changed, or the night was noted
    closed = Signal()
    noted = Signal()  # answered or put aside: a kind line stands where the question was

    def __init__(self, ctx: AppContext, ask: SleepAsk) -> None:
        super().__init__()
        self.ctx = ctx
        self.ask = ask
        self.setObjectName("sleepQuestion")
        title = self.title = QLabel()
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.bed = self._time_edit(QTime(23, 0))
        self.up = self._time_edit(QTime(7, 0))
        # the morning the person changed a time or picked how it was, if they did: only a
        # touched answer is saved by the quick log's Save (an untouched one is no answer)
        self.touched_on: date | None = None
        self.saying = False  # whether a refusal of its times is said under the buttons
        self.bed_label, self.up_label = QLabel(), QLabel()
        times = QHBoxLayout()
        times.setSpacing(6)
        times.addWidget(self.bed_label)
        times.addWidget(self.bed)
        times.addSpacing(12)
        times.addWidget(self.up_label)
        times.addWidget(self.up)
        times.addStretch(1)
        self.quality = MoodRow("", ends=("", ""))
        # secondary: the quick log's Save is the one accent action in the window (LOOK.md)
        self.note = buttons.secondary("")
        self.later = buttons.quiet("")
        self.later.setFlat(True)
        self.later.setAutoDefault(False)
        self.retranslate()
        # Its buttons on the question's own row, not on a row of their own under the rating:
        # with that row and the air under it, "More" sat below the fold of an 800-pixel screen
        # in Spanish. A question too long to sit beside them wraps onto a second line, in the
        # buttons' own height; the window's spacing parts the rating from Plan and Save.
        title.setWordWrap(True)
        asked = QHBoxLayout()
        asked.setSpacing(6)
        asked.addWidget(title, 1)
        asked.addWidget(self.later)
        asked.addWidget(self.note)
        self.asking = QWidget()
        layout = QVBoxLayout(self.asking)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(asked)
        layout.addLayout(times)
        layout.addWidget(self.quality)
        # The thanks takes the question's place, in the room the question had, until the
        # window is next opened: said under Save after the question went, it was far from
        # the click, and everything below moved up and the window shrank.
        self.thanks = QLabel()
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # under the form, a section of its own: a thin line parts it from the answer to "How
        # are you right now?" above it
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(line)
        self.pages = QStackedLayout()
        self.pages.addWidget(self.asking)
        self.pages.addWidget(self.thanks)
        column.addLayout(self.pages)
        self.hide()
        self._start_from_last()
        self.note.clicked.connect(self._on_note_clicked)
        self.later.clicked.connect(self._on_later_clicked)
        self.bed.timeChanged.connect(self._on_touched)
        self.up.timeChanged.connect(self._on_touched)
        self.quality.scale.changed.connect(self._on_touched)

    def retranslate(self) -> None:
        """Its words in the current language: at first, and after a language switch (the
        quick log it sits in is kept for the app's life); the times and rating chosen stay."""
        self.title.setText(self.tr("How did you sleep, roughly?"))
        self.bed.setAccessibleName(self.tr("To bed"))
        self.bed.setAccessibleDescription(self.tr("Roughly when you went to bed."))
        self.up.setAccessibleName(self.tr("Up"))
        self.up.setAccessibleDescription(self.tr("Roughly when you got up."))
        self.bed_label.setText(self.tr("To bed"))
        self.up_label.setText(self.tr("Up"))
        self.quality.set_words(self.tr("How it was"), (self.tr("poorly"), self.tr("well")))
        buttons.say(
            self.note,
            self.tr("&Note it"),
            self.tr("Note how I slept"),
            self.tr("Keeps these times; asked once a morning."),
        )
        buttons.say(
            self.later,
            self.tr("Not &today"),
            self.tr("Not today"),
            self.tr("Puts the question away until tomorrow."),
        )

    def focusable(self) -> list[QWidget]:
        """Its parts in the order they read, for the quick log's tab order: the buttons on
        the question's own row first (they came after the rating, read last), then the
        times and the rating."""
        return [self.later, self.note, self.bed, self.up, *self.quality.scale.buttons]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @staticmethod
    def _time_edit(start: QTime) -> QTimeEdit:
        edit = typed_after_click(QTimeEdit(start))
        edit.setDisplayFormat("HH:mm")
        # Down from 00 goes to 23 and Up from 23 to 00: a night crosses midnight, and from
        # 23:00 to 00:30 took 23 presses of Down without it
        edit.setWrapping(True)
        return edit

    def _start_from_last(self) -> None:
        """The times last noted (or 23:00 and 07:00 before any), nothing rated, untouched;
        up is never still to come (starting_times)."""
        last = sleep.last_times(self.ctx.store)
        bed, up = starting_times(*(last or ("23:00", "07:00")), self.ask.clock())
        for edit, clock in ((self.bed, bed), (self.up, up)):
            edit.blockSignals(True)
            edit.setTime(QTime.fromString(clock, "HH:mm"))
            edit.blockSignals(False)
        self.quality.scale.blockSignals(True)
        self.quality.scale.set_value(None)
        self.quality.scale.blockSignals(False)
        self.touched_on = None

    def _on_touched(self) -> None:
        self.touched_on = self.ask.clock().date()
        self._unsay()

    def _unsay(self) -> None:
        if self.saying:
            self.saying = False
            self.unsaid.emit()

    def waiting(self) -> bool:
        """Whether an answer the person touched this morning waits, shown and not saved: the
        quick log's Save and Enter save it too."""
        return (
            self.isVisible()
            and self.pages.currentWidget() is self.asking
            and self.touched_on == self.ask.clock().date()
        )

    def _on_note_clicked(self) -> None:
        self.note_it()

    def note_it(self) -> bool:
        """Save the times and rating as shown; False (and said why) when they can't be a
        night. "Note it" saves them untouched too: pressing it says they are right."""
        now = self.ask.clock()
        for edit in (self.bed, self.up):
            edit.interpretText()  # digits typed and not yet taken in: what is on screen
        if refused(self.bed) or refused(self.up):
            return False  # "25 isn't a time" under it: not the time put back
        bed, up = self.bed.time(), self.up.time()
        try:
            sleep.record(
                self.ctx.store,
                time(bed.hour(), bed.minute()).strftime("%H:%M"),
                time(up.hour(), up.minute()).strftime("%H:%M"),
                self.quality.value(),
                morning=now.date(),
                now=now,
            )
        except (InvalidEntry, sleep.SleepTimesError) as exc:
            self.saying = True
            self.said.emit(i18n.error_text(exc))
            return False
        except StoreWriteError as exc:
            # kept in memory and saved when the disk allows: answered, and said plainly
            self.ask.settle(now.date())
            self.hide()
            self.said.emit(i18n.error_text(exc))
            self.closed.emit()
            return True
        self.ask.settle(now.date())
        self._say_in_place(self.tr("Noted how you slept. Thank you."))
        return True

    def _say_in_place(self, words: str) -> None:
        """`words` in the question's room, until the window is next opened: its buttons go,
        and nothing under it moves (Save stays under the pointer)."""
        self._unsay()  # a refusal before is past: not left under the line
        self.thanks.setText(words)
        self.thanks.setAccessibleName(words)
        self.pages.setCurrentWidget(self.thanks)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.thanks, QAccessible.Event.NameChanged)
        )
        self.noted.emit()

    def ask_again(self) -> None:
        """The question, not the thanks, when it is due: what the person touched this
        morning stays; otherwise it starts again from the times last noted."""
        if self.touched_on != self.ask.clock().date():
            self._start_from_last()
        self.pages.setCurrentWidget(self.asking)

    def _on_later_clicked(self) -> None:
        """Put aside until tomorrow: a short kind line in its room, as after "Note it". The
        question went at once, the window shrank by its room and Save moved under the
        pointer; the line goes at the next opening."""
        self.ask.settle(self.ask.clock().date())
        self._say_in_place(self.tr("All right, it can wait until tomorrow."))


def starting_times(bed: str, up: str, now: datetime) -> tuple[str, str]:
    """`bed` and `up` as the question starts with them, `up` moved back to `now` (to the
    quarter hour before it) when it is still to come: at 04:55 the usual 07:00 was offered,
    and refused when noted, to the person least likely to be asleep then."""
    bed_at, up_at = time.fromisoformat(bed), time.fromisoformat(up)
    try:
        sleep.check_up_by(bed_at, up_at, now.date(), now)
        return bed, up
    except sleep.SleepTimesError:
        pass
    early = datetime.combine(now.date(), time(now.hour, now.minute - now.minute % 15))
    up_at = early.time()
    try:
        sleep.check_night(bed_at, up_at)
        sleep.check_up_by(bed_at, up_at, now.date(), now)
    except sleep.SleepTimesError:
        bed_at = (early - timedelta(hours=8)).time()  # a usual bedtime after up: a night back
    return f"{bed_at:%H:%M}", f"{up_at:%H:%M}"
