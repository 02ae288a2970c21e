"""My sessions, on their page in Settings: the repeating slot or the dates, and who with.

Each session is a record (core/sessions.py says when it happens); removing one offers undo,
and the next one of a repeating slot can be skipped without touching the rest.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.core.store.models import now_local
from footholds.ui.common import buttons, kept_words
from footholds.ui.common.calm import hint
from footholds.ui.common.components import EmptyState
from footholds.ui.common.day_edit import DayEdit
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import keep_room_under, limited_under
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.strip_place import StripPlace, place_of
from footholds.ui.common.time_field import refused, typed_after_click
from footholds.ui.common.undo import UndoBar
from footholds.ui.common.wheel import wheel_after_click
from footholds.ui.reflect import session_carry, session_notes_left, session_rows
from footholds.ui.reflect.session_undo import SessionUndos

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

EVERY = ("", "1w", "2w", "4w")
PAST_SHOWN = 5  # the latest past sessions listed; the rest behind "Show all"


class SessionsEditor(SessionUndos):
    """The person's sessions as plain lines, and a small form to add one or change one."""

    def __init__(self, ctx: AppContext, undo: UndoBar | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = now_local  # tests put a fixed clock here
        self.editing: Session | None = None  # the session the form changes, if one is
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        # where the list will be, while there is none (LOOK.md's empty state); the form
        # above is its one action
        self.empty = EmptyState(
            self.tr("Your sessions will be listed here once you add one above."),
            icon="calendar-check",
        )
        # said above the form, with or without sessions: the quiet around them
        minutes = int(ss.QUIET_AFTER.total_seconds() // 60)
        quiet = self.tr("During a session and for {minutes} minutes after, reminders stay quiet.")
        self.quiet = hint(ctx, quiet.format(minutes=minutes))
        # "Today", "Tomorrow", "Thu 10 Dec": as the list reads, by the same clock
        self.first = DayEdit(today=self._today, ahead=True)
        self.first.setAccessibleName(self.tr("Session date"))
        self.first.setAccessibleDescription(
            self.tr("The day of the session; for a repeating one, the first day.")
        )
        self.start = typed_after_click(QTimeEdit())
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.start.setAccessibleDescription(self.tr("When the session starts, like 17:30."))
        self.every = wheel_after_click(QComboBox())
        for value, words in zip(EVERY, session_rows.every_words(), strict=True):
            self.every.addItem(words, value)
        self.every.setAccessibleName(self.tr("How often"))
        self.every.setAccessibleDescription(
            self.tr("Once, or every one, two or four weeks on the same day and time.")
        )
        self.minutes = wheel_after_click(QSpinBox())
        self.minutes.setRange(5, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.minutes.setAccessibleDescription(self.tr("How long the session lasts; 50 to start."))
        # holds as much as the store keeps, said under it at the end: a longer name was
        # taken, then refused in a box with "OK" when the session was added
        self.said = Feedback()
        self.therapist = limited_under(QLineEdit(), Session.THERAPIST_LIMIT, self.said)
        self.therapist.setPlaceholderText(self.tr("With (optional)"))
        self.therapist.setAccessibleName(self.tr("Therapist's name"))
        self.therapist.setAccessibleDescription(
            self.tr("Who the session is with, if you want to write it. Optional.")
        )
        self.add = buttons.secondary("")
        # as wide for Save changes as for Add session: nothing beside it moves
        buttons.room_for(self.add, self.tr("Add session"), self.tr("Save changes"))
        self.cancel = buttons.quiet(
            self.tr("Cancel"),
            self.tr("Cancel the changes"),
            self.tr("Leaves the session as it was, and the form empty for a new one."),
        )
        self.cancel.hide()  # while a session is being changed (start_editing)
        # Each field keeps its natural width (a grid of its own, the name not in it: in a
        # column shared with it the time box grew as wide as the name); labels on one line,
        # fields as tall as the tallest on another (the taller combo sat higher on its own)
        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(6)
        for column, (text, field) in enumerate(
            (
                (self.tr("Date"), self.first),
                (self.tr("Time"), self.start),
                (self.tr("How often"), self.every),
                (self.tr("Length"), self.minutes),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            fields.addWidget(label, 0, column)
            policy = field.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
            field.setSizePolicy(policy)
            fields.addWidget(field, 1, column)
        fields.setColumnStretch(4, 1)
        who = QHBoxLayout()
        who.setSpacing(12)
        who.addWidget(self.therapist, 1)
        who.addWidget(self.cancel)
        who.addWidget(self.add)
        form = QVBoxLayout()
        form.setSpacing(6)
        form.addLayout(fields)
        # room under the date and the time for "25 isn't a time…" (laid over the window
        # there): over the name's box, they covered its frame's top
        keep_room_under(form, self.start)
        form.addLayout(who)
        form.addWidget(self.said)
        # under the form, only when a session written at the last close came back
        # (bring_back); once there, its room stays when it goes, so the list stays put
        self.kept = kept_words.line()
        form.addWidget(self.kept)
        self.all_past_shown = False  # past sessions folded to the latest PAST_SHOWN
        self.show_past = buttons.more(
            "", description=self.tr("Lists every past session, not only the latest ones.")
        )
        self.show_past.hide()
        # a window may lend its own strip (Settings keeps one under its pages): then no band
        # of kept room sits between the form and the list
        self.undo = undo or UndoBar()
        # words Edit set aside, once their Undo has passed, offered in the Undo strip's room
        # (a lent strip is in its window's place): under the form, they pushed the list down
        lent = place_of(self.undo)
        self.aside_place = lent or StripPlace(self.undo)
        self.aside_place.add(self.aside_bar)
        # The form comes first: years of past sessions, each with its Remove button, must not
        # stand between the person and adding the next one, on screen or under Tab.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quiet)
        layout.addLayout(form)
        if lent is None:
            layout.addWidget(self.aside_place)
        layout.addLayout(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.show_past, 0, Qt.AlignmentFlag.AlignLeft)
        self.clear_form()
        self.refresh()
        self.add.clicked.connect(self._on_add_clicked)
        self.therapist.returnPressed.connect(self._on_add_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.show_past.toggled.connect(self._on_show_past_toggled)
        self.refresher = Refresher(self, ctx.signals, self.refresh, kinds=(Session.KIND,))

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the sessions as the store has them: the ones still to come first, soonest
        first, then past ones, latest first (years of them must not put 2016 at the top).
        Only the latest PAST_SHOWN past ones unless the person asks for them all."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        found = sorted(self.ctx.store.all(Session), key=self._order)
        past = sum(1 for session in found if self._order(session)[0])
        folded = past - PAST_SHOWN if past > PAST_SHOWN and not self.all_past_shown else 0
        for session in found[: len(found) - folded]:
            self.rows.append(
                session_rows.row(
                    session,
                    self.clock(),
                    self._on_skip_clicked,
                    self._on_remove_clicked,
                    self.edit_keeping_words,
                    self._on_notes_clicked,
                )
            )
            self.list.addWidget(self.rows[-1])
        session_rows.mark_editing(self.rows, self.editing.id if self.editing else None)
        self.empty.setVisible(not self.rows)
        self.show_past.setVisible(past > PAST_SHOWN)
        words = (
            self.tr("Show fewer")
            if self.all_past_shown
            else self.tr("Show all %n past sessions", "", past)
        )
        self.show_past.setText(words)
        self.show_past.setAccessibleName(words)
        # rows are made after the toggle below them: Tab reaches it after them, as it reads
        stops = [b for row in self.rows for b in row.findChildren(QAbstractButton)]
        if stops:
            QWidget.setTabOrder(stops[-1], self.show_past)

    def _on_show_past_toggled(self, on: bool) -> None:
        self.all_past_shown = on
        self.refresh()

    def _order(self, session: Session) -> tuple[int, int, str]:
        now = self.clock()
        upcoming = ss.next_occurrence([session], now) if session.every else None
        when = upcoming.start.date() if upcoming else date.fromisoformat(session.day)
        if when >= now.date():
            return (0, when.toordinal(), session.time)
        return (1, -when.toordinal(), session.time)

    def _today(self) -> date:
        """Which day the form's "Today" is: the editor's clock's, as the list's lines."""
        return self.clock().date()

    def describe(self, session: Session) -> str:
        """One plain line: when, how often, how long and with whom (session_rows.py)."""
        return session_rows.describe(session, self.clock().date())

    # -- changes -------------------------------------------------------------------------
    def new_session(self) -> Session:
        """The session the form describes."""
        day = self.first.date()
        return Session(
            day=date(day.year(), day.month(), day.day()).isoformat(),
            time=self.start.time().toString("HH:mm"),
            every=str(self.every.currentData()),
            minutes=self.minutes.value(),
            therapist=" ".join(self.therapist.text().split()),
        )

    def clear_form(self) -> None:
        """The form as it first opens: the next 17:00 (today's, or tomorrow's once it has
        passed), once, 50 minutes, no name."""
        when = ss.suggested_start(self.clock())
        self.first.setDate(QDate(when.year, when.month, when.day))
        self.start.setTime(QTime(when.hour, when.minute))
        self.every.setCurrentIndex(0)
        self.minutes.setValue(50)
        self.therapist.clear()
        self.kept.hide()
        self._fresh = self._when()  # a session changed from this is kept at a close
        self._editing_ends()

    def start_editing(self, session: Session) -> None:
        """The form filled with `session` (its Edit button, a double-click on its line):
        Save changes keeps the changes in the same session, Cancel leaves it as it was."""
        when = QTime.fromString(session.time, "HH:mm")
        self.first.setDate(QDate.fromString(session.day, "yyyy-MM-dd"))
        self.start.setTime(when if when.isValid() else QTime(ss.DEFAULT_TIME.hour, 0))
        self.every.setCurrentIndex(max(0, self.every.findData(session.every)))
        self.minutes.setValue(session.minutes)
        self.therapist.setText(session.therapist)
        self.kept.hide()
        self._fresh = self._when()  # changes from this are kept at a close, for it
        self.editing = session
        buttons.say(
            self.add,
            self.tr("Save changes"),
            self.tr("Save the changes to this session"),
            self.tr("Keeps the changes; its notes and the dates you chose to skip stay with it."),
        )
        self.cancel.show()
        session_rows.mark_editing(self.rows, session.id)
        self.first.setFocus()

    def _editing_ends(self) -> None:
        """The form is for a new session again."""
        self.editing = None
        self.cancel.hide()
        session_rows.mark_editing(self.rows, None)
        buttons.say(
            self.add,
            self.tr("Add session"),
            self.tr("Add this session"),
            self.tr("Keeps this session; reminders stay quiet during it and just after."),
        )

    def _on_cancel_clicked(self) -> None:
        self.clear_form()
        self.add.setFocus()

    def _on_save_clicked(self, editing: Session) -> None:
        """The session being edited, changed as the form says: the same record, its skips,
        moves, notes and offers made kept; refused if it would repeat another session."""
        current = self.ctx.store.get(Session, editing.id)
        if current is None:  # removed meanwhile: the form's words can still be added
            self._editing_ends()
            self.said.say(self.tr("That session is no longer in your list."))
            return
        new = self.new_session()
        changed = dataclasses.replace(
            current,
            day=new.day,
            time=new.time,
            every=new.every,
            minutes=new.minutes,
            therapist=new.therapist,
        )
        others = [s for s in self.ctx.store.all(Session) if s.id != current.id]
        if ss.already_there(others, changed) is not None:
            self.said.say(self.tr("That session is already in your list."))
            return
        if changed == current:  # saved as it was: nothing to write, nor to undo
            self.clear_form()
            return
        if update_record(self.ctx, changed, self) is None:
            return
        self.withdraw_offer()
        session_carry.checkin_follows(self.ctx)
        self.clear_form()
        self.refresh()
        self.add.setFocus()
        today = self.clock().date()

        def message() -> str:  # in the language shown, made again when it changes
            return QCoreApplication.translate(
                "SessionsEditor", "Changed the session: {session}."
            ).format(session=session_rows.describe(changed, today))

        self._offer(message, lambda page: page._restore_to(current))

    def _on_add_clicked(self) -> None:
        if refused(self.start):
            return  # "25 isn't a time" under it: not the time put back, nobody meant it
        if self.editing is not None:
            self._on_save_clicked(self.editing)
            return
        new = self.new_session()
        if ss.already_there(self.ctx.store.all(Session), new) is not None:
            # a second click, or the same one written again: it was listed twice, unsaid
            self.said.say(self.tr("That session is already in your list."))
            return
        record = ss.to_add(self.ctx.store.all(Session), new)
        keep = save_record if record is new else update_record  # a day-only one, timed now
        if keep(self.ctx, record, self) is not None:
            self.withdraw_offer()
            # an open check-in reads it: words waiting there (a session removed) are for it
            session_carry.checkin_follows(self.ctx)
            # added: a second click must not add the same session again
            self.clear_form()
            self.refresh()
            self.add.setFocus()

    def _on_skip_clicked(self, session: Session, key: date) -> None:
        if update_record(self.ctx, ss.cancel(session, key), self) is not None:
            self.refresh()
            today = self.clock().date()
            self._offer(
                lambda: QCoreApplication.translate(
                    "SessionsEditor", "No session on {date} this time."
                ).format(date=session_rows.short_date(key, today)),
                lambda page: page._restore_to(session),
            )

    def _on_notes_clicked(self, session: Session, key: date) -> None:
        """After your session for that day, as its offer opens it (session_offers.py): the
        window says it was opened, and the offer is noted as made, or withdrawn."""
        self.ctx.windows.show("session-notes", session_id=session.id, key=key.isoformat())

    def _on_remove_clicked(self, session: Session) -> None:
        today = self.clock().date()
        # what to talk about at a session still to come is never lost with it: it goes to
        # the next session, or waits in the check-in summary (session_carry.py)
        carried = session_carry.where(self.ctx, session, today)
        # notes typed after it and left waiting as a draft go into the journal, never lost
        # with it unseen (session_notes_left.py)
        left = session_notes_left.waiting(self.ctx, session)
        # and those open in After your session stay there, kept in the journal at its close
        shown = session_notes_left.in_window(self.ctx, session)
        open_words = shown is not None
        question = self.tr("Remove the session: {session}?").format(session=self.describe(session))
        checked = session_notes_left.beside_window(session, shown)  # the window's: said below
        talk, notes = ss.words_in(checked) if carried is None else ss.words_left(checked, today)
        if carried is not None:
            question += " " + session_carry.question(carried, today)
        if talk and notes:
            question += " " + self.tr("What you want to talk about and its notes are removed too.")
        elif talk:
            question += " " + self.tr("What you want to talk about is removed too.")
        elif notes:
            question += " " + self.tr("Its notes are removed too.")
        if left or open_words:
            question += " " + session_notes_left.question(left=bool(left), open_words=open_words)
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            return
        moved = session_carry.carry(self.ctx, carried, self) if carried is not None else None
        if carried is not None and moved is None:
            return  # the session after could not take the words: this one stays with them
        if not remove_record(self.ctx, session, self):
            if moved is not None:  # not removed: the words were never away from it
                session_carry.put_back(self.ctx, moved, self)
            return  # not removed (the store opened only to read): its row stays, no Undo
        in_journal = session_notes_left.keep(self.ctx, left, self.clock(), self) if left else None
        session_carry.checkin_follows(self.ctx)
        self.refresh()
        message = session_carry.removed(session, carried, today, notes=in_journal is not None)
        self._offer(message, lambda page: page._restore(session, moved, message, in_journal))
