"""The check-in summary built again in a new language (ui/shell/language_follow.py): the days
and parts it showed carried into the new window, and its words kept meanwhile. While words
to talk about wait unsaved, the window stays in the language it was built in; once saving
them makes them safe it asks to come across at once (`bring_now`), and the new window says
"Saved" in its own language. Meanwhile no piece of it turns alone (`event`).

Apart from the window (checkin.py), which builds on it, as following a language is one
concern and gathering and showing the summary another. Its words keep the window's
translation context (CheckinWindow), where their translations are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QWidget

from footholds.render.paper import to_date
from footholds.ui.common.calm import language

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QCheckBox, QDateEdit

    from footholds.core.checkin_render import Wording
    from footholds.ui.context import AppContext
    from footholds.ui.reflect.checkin_extras import CheckinExtras
    from footholds.ui.reflect.checkin_parts import CheckinParts
    from footholds.ui.reflect.checkin_talk import TalkAbout


class CheckinLanguage(QWidget):
    """Mixed into CheckinWindow, which sets these as it builds: what it carries into the
    window built again in its place, and when it asks to be."""

    ctx: AppContext
    words: Wording
    built_in: str  # the language it was built in
    # what it showed, from the window it is built again in place of (carry_over)
    carried: tuple[date, date, list[bool]] | None
    first: QDateEdit
    last: QDateEdit
    session_day: QDateEdit
    note: TalkAbout
    parts: CheckinParts
    extras: CheckinExtras

    if TYPE_CHECKING:  # the window's own

        def _set_period(self, first: date, last: date) -> None: ...

    def event(self, event: QEvent) -> bool:
        # built in one language and waiting in it (words typed), the whole window waits: Qt
        # hands a language change down to every widget, and the pieces that word themselves
        # again (the help link, ui/common's buttons, the saved-file line) turned alone. The
        # window built again in its place is in the new language from the start
        if event.type() == QEvent.Type.LanguageChange and language(self.ctx) != self.built_in:
            return True
        return super().event(event)

    def say_saved(self) -> None:
        self.note.say_saved(
            QCoreApplication.translate(
                "CheckinWindow", "Saved. Your next summary will start from {day}."
            ).format(day=self.words.long_day(to_date(self.session_day.date())))
        )

    def _come_across_once_saved(self) -> None:
        """The words just saved are safe: the window comes across to the language chosen
        since, with the person still in it (it waited, holding them, in the one before)."""
        if language(self.ctx) != self.built_in:
            QTimer.singleShot(0, self, self._come_across)

    def _come_across(self) -> None:
        again = self.ctx.windows.language.bring_now("check-in")
        if isinstance(again, CheckinLanguage):
            again.say_saved()  # in its language now

    def unsaved_work(self) -> bool:
        """Words in the box that no session keeps yet (ui/shell/language_follow.py): once
        saved, the window can be built again in a new language without losing them."""
        return self.note.unsaved()

    def carry_over(self, old: QWidget) -> None:
        """Built again in place of `old` (a new language): the days and parts it showed stay
        chosen; what to talk about comes back from the session that keeps it."""
        if isinstance(old, CheckinLanguage):
            ticks = [box.isChecked() for box in old._ticks()]
            self.carried = (to_date(old.first.date()), to_date(old.last.date()), ticks)

    def _ticks(self) -> list[QCheckBox]:
        return [*self.parts.boxes, *self.extras.boxes]

    def _take_carried(self) -> None:
        """The days and parts carried from the window this one was built in place of."""
        if self.carried is None:
            return
        first, last, ticks = self.carried
        self.carried = None
        self._set_period(first, last)
        for box, ticked in zip(self._ticks(), ticks, strict=False):
            box.blockSignals(True)
            box.setChecked(ticked)
            box.blockSignals(False)
        self.parts.say_plan()
