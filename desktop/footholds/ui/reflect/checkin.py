"""The check-in summary window: pick the days, write what to talk about, choose the sections,
see the preview, then save it as PDF, a web page or text, or print it (checkin_output.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from footholds.core import checkin, days
from footholds.core.store import Session
from footholds.render.paper import to_date, to_qdate, wording
from footholds.ui.common import buttons, kept_words, tokens
from footholds.ui.common.calm import CalmWindow, hint, language, long_date
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.page_fit import yield_height
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import form_scroll
from footholds.ui.common.weak import weak_method
from footholds.ui.reflect.checkin_days import YearWhereNeeded
from footholds.ui.reflect.checkin_extras import CheckinExtras
from footholds.ui.reflect.checkin_language import CheckinLanguage
from footholds.ui.reflect.checkin_output import CheckinOutput
from footholds.ui.reflect.checkin_parts import CheckinParts
from footholds.ui.reflect.checkin_preview import CheckinPreview
from footholds.ui.reflect.checkin_talk import TalkAbout, date_edit, take_draft

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class CheckinWindow(CalmWindow, CheckinLanguage):
    """A summary to bring to the next session; the person decides what goes in. Built again
    in a new language, it keeps its days and parts (CheckinLanguage, checkin_language.py)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        # the language it was built in: its words, and the summary's (the preview, and what
        # it prints or saves), stay in it until the window is built again in a new one
        # (ui/shell/language_follow.py), never half in one and half in the other
        self.words = wording()
        self.built_in = language(ctx)
        # what it showed, from the window it is built again in place of (carry_over)
        self.carried: tuple[date, date, list[bool]] | None = None
        self.setWindowTitle(self.tr("Check-in summary"))
        self.resize(1040, 720)

        self.header = WindowHeader(
            self.tr("Check-in summary"),
            self.tr(
                "A short summary of the days since your last session, to bring along. "
                "You choose what goes in; nothing leaves this computer unless you save or "
                "print it."
            ),
        )

        self.first = date_edit(
            self.tr("Summary starts on"), self.tr("The first day the summary looks back to.")
        )
        self.last = date_edit(
            self.tr("Summary ends on"), self.tr("The last day the summary covers.")
        )
        self.period_year = YearWhereNeeded(self.first, self.last, today=self.today)
        self.since_last = buttons.secondary(
            self.tr("Since my last session"),
            self.tr("Start the summary at my last session"),
            self.tr("Sets the days back to everything since your last saved session, up to today."),
        )
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last)
        period.addStretch(1)

        self.note = TalkAbout(ctx)
        self.talk, self.session_day = self.note.talk, self.note.session_day
        self.save_session = self.note.save_session

        self.parts = CheckinParts(self.words, ctx)
        self.sections, self.with_plan = self.parts.sections, self.parts.with_plan
        self.extras = CheckinExtras(ctx)

        left = QWidget()
        side = QVBoxLayout(left)
        # the window's left margin is the page's: its scroll area starts at the window's edge
        # (below), as the shared page does, and the choices line up with Import under them
        side.setContentsMargins(tokens.WINDOW[0], 0, 8, 0)
        side.setSpacing(10)
        side.addWidget(self.header)
        side.addLayout(period)
        # between midnight and the day-start hour: why the summary ends, and is dated, on
        # the day before the calendar's, beside a session dated by the calendar
        self.small_hours = hint(ctx, "")
        self.small_hours.hide()
        side.addWidget(self.small_hours)
        side.addWidget(self.since_last, 0, Qt.AlignmentFlag.AlignLeft)
        # with no session over yet the button can only give the last 14 days, which is
        # what the fields already show: why, and where sessions are added, said under it
        self.no_session = StatusLine()
        self.no_session.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_session.setObjectName("no-session-yet")
        self.no_session.hide()
        side.addWidget(self.no_session)
        side.addSpacing(6)
        side.addWidget(self.note)
        side.addSpacing(6)
        side.addWidget(self.parts)
        side.addWidget(self.extras)
        side.addStretch(1)

        self.gathered: tuple[tuple[object, ...], checkin.Report] | None = None
        # its questions to the window go through weak references: held by the window, it
        # would otherwise hold it (a cycle left the closed window to Python's collector)
        self.paper = CheckinPreview(
            ctx, self.words, weak_method(self._span), weak_method(self.read_already)
        )
        self.preview, self.preview_note = self.paper.preview, self.paper.note
        self.splitter = splitter = QSplitter()
        # the choices scroll when the screen is short (large text on a laptop): the window
        # would otherwise be taller than the screen, its buttons and help link off it
        self.choices = form_scroll(
            left,
            self.tr("What goes into the summary"),
            self.tr("The days it covers and the parts to include."),
        )
        # on a short screen the box gives up height first, so the parts to include show
        self.talk_fit = yield_height(self.choices, self.talk)
        splitter.addWidget(self.choices)
        splitter.addWidget(self.paper)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 700])
        splitter.setChildrenCollapsible(False)
        splitter.setMinimumHeight(tokens.XL * 7)  # made small, each pane showed two lines

        self.import_button = buttons.quiet(
            self.tr("Import…"),
            self.tr("Import entries from a file"),
            self.tr("Brings in entries kept somewhere else, such as on your phone."),
        )
        # Print and Save as, and what they did, said beside them (checkin_output.py)
        self.output = CheckinOutput(ctx, self, self)
        self.status = self.output.status
        self.print_button, self.save_button = self.output.print_button, self.output.save_button
        # no Close button: Esc and the title bar close it, as every window (ui/common/README)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)

        layout = window_margins(QVBoxLayout(self))
        margins = layout.contentsMargins()
        layout.setContentsMargins(0, margins.top(), margins.right(), margins.bottom())
        layout.addWidget(splitter, 1)
        actions.setContentsMargins(tokens.WINDOW[0], 0, 0, 0)
        layout.addLayout(actions)
        # under the window's own buttons, at the foot as in every window: one click to help
        self.help_link = HelpLink(ctx)
        layout.addWidget(self.help_link)

        self.first.dateChanged.connect(self._on_period_changed)
        self.last.dateChanged.connect(self._on_period_changed)
        self.since_last.clicked.connect(self._on_since_last_clicked)
        self.talk.textChanged.connect(self.paper.later)
        self.save_session.clicked.connect(self._on_save_session_clicked)
        for box in [*self.parts.boxes, *self.extras.boxes]:
            box.toggled.connect(self.paper.later)
        self.paper.due.connect(self._on_preview_due)
        self.import_button.clicked.connect(self._on_import_clicked)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)
        # a session added, moved or removed by any route (My sessions, the command line
        # handed to the app, an import, Undo): the note follows, once per burst, when shown
        self.sessions = Refresher(self, ctx.signals, self.sessions_changed, kinds=(Session.KIND,))
        # the day-start hour the period was counted with, to tell the default from a choice
        self.counted_with = int(ctx.settings["day.start_hour"])
        self.load()

    # -- state -----------------------------------------------------------------------------
    def today(self) -> date:
        """The person's today (core/days.py): at 3 am the summary still runs to yesterday."""
        return days.today(int(self.ctx.settings["day.start_hour"]))

    def _now(self) -> datetime:
        """Now, on the day sessions are prepared for (session_today, which tests fix)."""
        clock = days.now_local()
        return datetime.combine(self.session_today(), clock.timetz())

    def session_today(self) -> date:
        """The date a session is prepared for: sessions are on calendar dates, so at 3 am on
        Saturday it is Saturday's, though the summary still runs to Friday, the person's
        today."""
        now = days.now_local()
        start_hour = int(self.ctx.settings["day.start_hour"])
        return self.today() + (now.date() - days.day_of(now, start_hour))

    def load(self) -> None:
        """Start from the default period and the session being prepared for."""
        self.gathered = None  # read afresh on opening
        self._set_period(*checkin.default_period(self.ctx.store, self.today()))
        self._take_carried()
        self.say_if_no_session(opening=True)
        # words kept at the last close with no session to keep them come back in the box,
        # saying they are not saved yet; words carried from a session removed in My
        # sessions were not being written here, and wait without that line
        kept, shown, carried = take_draft(self.ctx)
        self.note.load(self.session_today(), kept, shown)
        if kept.strip() and not carried and self.note.unsaved():
            self.note.say_kept()
        self.note.saved.clear_now()  # what was said last time is not news on reopening
        self.parts.say_plan()  # written since, or removed, in the plan's own window
        self.status.clear()
        self.sessions.fresh()  # the sessions are read: showing it now reads them once
        self.refresh()

    def say_if_no_session(self, *, opening: bool = False) -> None:
        """Under "Since my last session", while no session is over yet: why it starts 14
        days back, and where a session is added. Its room is kept (for either sentence)
        until the window opens again, so saving a session moves nothing under it."""
        days_back = checkin.DEFAULT_DAYS
        saved = self.tr(
            "Your first session is still to come, so the summary starts {days} days back."
        ).format(days=days_back)
        none_saved = self.tr(
            "No session saved yet, so the summary starts {days} days back. Add your "
            "sessions in Settings › My sessions, or save the date of the next one below."
        ).format(days=days_back)
        earlier_today = self.tr(
            "Your first session was earlier today, so the summary starts {days} days back."
        ).format(days=days_back)
        today = self.tr(
            "Your first session is today, so the summary starts {days} days back."
        ).format(days=days_back)
        self.no_session.reserve([saved, none_saved, earlier_today, today])
        none = not checkin.has_last_session(self.ctx.store, self.today())
        if not none or not self._default_shown():
            # days the person picked are their own: "so the summary starts 14 days back"
            # was no longer true of them (its room stays, so nothing under it moves)
            self.no_session.say("")
        elif checkin.last_over(self.ctx.store, self._now()) is not None:
            # over today, after the day began: not the one the summary starts at, and not
            # "still to come" either (it said so at 17:00 after a session at 10:00)
            self.no_session.say(earlier_today)
        elif checkin.under_way(self.ctx.store, self._now()) is not None:
            # begun and not over (two minutes in, or a session dated today with no time):
            # "still to come" was untrue, and "was earlier today" not yet true
            self.no_session.say(today)
        elif self.ctx.store.all(Session):  # saved, and all still to come
            self.no_session.say(saved)
        else:
            self.no_session.say(none_saved)
        if opening:
            self.no_session.setVisible(none)

    def _default_shown(self) -> bool:
        """Whether the fields show the default period, the one the sentences above explain."""
        shown = (to_date(self.first.date()), to_date(self.last.date()))
        return shown == checkin.default_period(self.ctx.store, self.today())

    def _set_period(self, first: date, last: date) -> None:
        """Show first..last, without a refresh for each field (the caller refreshes)."""
        self.counted_with = int(self.ctx.settings["day.start_hour"])
        self.period_year.set_quietly(first, last)

    def chosen(self) -> list[str]:
        return self.parts.chosen()

    def _asked(self) -> tuple[date, date, date, Any, str, bool, bool, bool]:
        """What the entries read for the summary depend on: its days, today, the settings
        and the optional parts (what to talk about and the parts ticked do not)."""
        first, last = to_date(self.first.date()), to_date(self.last.date())
        if last < first:
            first, last = last, first
        return (
            first,
            last,
            self.today(),
            self.ctx.settings["day.start_hour"],
            self.built_in,
            self.with_plan.isChecked(),
            self.extras.medication.isChecked(),
            self.extras.questionnaires.isChecked(),
        )

    def read_already(self) -> bool:
        """Whether the entries for the summary as chosen now are read: rebuilding is quick."""
        return self.gathered is not None and self.gathered[0] == self._asked()

    def report(self) -> checkin.Report:
        asked = self._asked()
        first, last = asked[0], asked[1]
        # ten years take most of a second to read: ticking a part or typing what to talk
        # about reads them again only when the store or a setting changed since
        if self.gathered is None or self.gathered[0] != asked:
            report = checkin.gather(
                self.ctx.store,
                first,
                last,
                made=asked[2],
                talk_about="",
                day_start_hour=asked[3],
                language=asked[4],
                include_plan=asked[5],
                include_medication=asked[6],
                include_questionnaires=asked[7],
            )
            self.gathered = (asked, report)
        return replace(self.gathered[1], talk_about=self.talk.toPlainText().strip())

    def refresh(self) -> None:
        """Rebuild the preview from the store and the choices on the left."""
        self._say_small_hours()
        self.paper.show_report(self.report(), self.chosen())

    def _say_small_hours(self) -> None:
        """At 00:58 on Sunday, with the day starting at 4, the summary is put together on
        Saturday, the person's today, while the session beside it is on the calendar's
        Sunday: one plain line says why, only at that hour."""
        today = self.today()
        shown = today != self.session_today()
        if shown:
            hour = int(self.ctx.settings["day.start_hour"])
            self.small_hours.setText(
                self.tr(
                    "Until %n:00 it is still {day} for you, so the summary runs to that day.",
                    "",
                    hour,
                ).format(day=long_date(today, capital=False, relative=False, today=today))
            )
        self.small_hours.setVisible(shown)

    # -- slots -----------------------------------------------------------------------------
    def _on_period_changed(self, *_: Any) -> None:
        if self.no_session.isVisible():
            self.say_if_no_session()  # said only of the default days, gone for their own
        self.paper.later()

    def _span(self) -> int:
        return abs(self.first.date().daysTo(self.last.date()))

    def _on_preview_due(self) -> None:
        self.refresh()  # looked up each time, so a test counting rebuilds sees every one

    def _on_since_last_clicked(self) -> None:
        self.say_if_no_session()
        first, last = checkin.default_period(self.ctx.store, self.today())
        self.first.setDate(to_qdate(first))
        self.last.setDate(to_qdate(last))

    def _on_save_session_clicked(self) -> None:
        today = self.today()
        before = checkin.default_period(self.ctx.store, today)[0]
        with self._own_save():
            if not self.note.save_talk(always=True):
                return
        # a session saved on a day already over is where this summary starts now: the From
        # field follows it, unless the person chose another start by hand
        after = checkin.default_period(self.ctx.store, today)[0]
        if after != before and to_date(self.first.date()) == before:
            self.first.setDate(to_qdate(after))
        self.say_saved()
        self._come_across_once_saved()  # in a language chosen since (checkin_language.py)

    def _on_store_changed(self, kind: str) -> None:
        self.gathered = None  # whatever changed is read again next time
        if kind == "session":
            self.say_if_no_session()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        """A new day-start hour moves the person's today: the default period follows it
        (a period chosen by hand stays), and the days are counted anew from the new hour."""
        self.gathered = None
        if name != "day.start_hour" or not self.isVisible():
            return  # opening it again starts from the default period anyway
        before = checkin.default_period(self.ctx.store, days.today(self.counted_with))
        self.counted_with = int(self.ctx.settings["day.start_hour"])
        if (to_date(self.first.date()), to_date(self.last.date())) == before:
            self._set_period(*checkin.default_period(self.ctx.store, self.today()))
        self.paper.later()

    def _on_import_clicked(self) -> None:
        from footholds.ui.settings import open_import

        open_import(self.ctx, self)  # or the one open already, brought to the front

    def keep_talk(self) -> None:
        """What to talk about, kept with the session on the chosen day when there is one,
        else as this window's draft, written now: printing or saving a summary never adds a
        session the person did not add (it did, dated today, and the next summary then
        covered one day)."""
        with self._own_save():
            self.note.keep_talk()
        if self.note.held():
            kept_words.keep_now(self.ctx)

    def sessions_changed(self) -> None:
        """A session was added, removed, or put back (My sessions calls this at once; any
        other route through the store's change, self.sessions): the note follows
        (TalkAbout.sessions_changed) and the preview with it."""
        self.sessions.fresh()  # read now: the store's change for it is not read again
        self.note.sessions_changed(self.session_today())
        self.paper.later()

    @contextlib.contextmanager
    def _own_save(self) -> Iterator[None]:
        """Words kept with their session from here: the note already shows what it saved, so
        the store's change it makes is not read back into the box (which would move the
        cursor, or the session's day, while the person goes on writing)."""
        pending = self.sessions.stale  # a change from elsewhere, not read yet, still is
        try:
            yield
        finally:
            if not pending:
                self.sessions.fresh()

    def draft(self) -> dict[str, Any] | None:
        """What to talk about, typed and kept with no session yet: kept when Footholds
        closes (core/drafts.py) and given back in the box at the next opening."""
        return self.note.draft()

    # -- window ----------------------------------------------------------------------------
    def present(self, **options: Any) -> None:
        """Open with the default period, brought to the front."""
        if not self.isVisible():
            self.load()
        self.paper.fit_to_screen(self, self.splitter)
        super().present()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.paper.fit_to_screen(
            self, self.splitter
        )  # shown without present() too (rebuilt in a language)
        self.talk.setFocus()

    def closeEvent(self, event: Any) -> None:
        if self.note.unsaved():
            self.keep_talk()  # what they wrote is never lost by closing
        super().closeEvent(event)
