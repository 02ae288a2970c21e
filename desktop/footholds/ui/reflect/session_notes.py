"""After a session: a small window for what to remember and something to try before the next.

The words are kept with that occurrence of the session (core/sessions.py with_note); the
things to try show in Today until the next session, and the check-in summary opens with both.
Closing the window in any way keeps what was written with the session, as the Thought log does;
until then the words are its draft, kept soon after typing pauses (session_notes_draft.py).
A session gone meanwhile (removed, an older backup restored) cannot keep them: the window says
so, stays open with the words and keeps them in the journal instead (session_notes_kept.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footholds.core import sessions as ss
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.core.store.models import now_local
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.common import buttons, kept_words
from footholds.ui.common.alt_letters import free_letter
from footholds.ui.common.calm import CalmWindow, hint
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.ctrl_enter import CtrlEnter
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.limits import LimitedText
from footholds.ui.common.operations import save_record, update_record
from footholds.ui.common.refresh import Refresher
from footholds.ui.reflect import session_words
from footholds.ui.reflect.session_notes_draft import NAME, bring_back, held
from footholds.ui.reflect.session_notes_fit import HEIGHT, WIDTH, fit_notes
from footholds.ui.reflect.session_notes_kept import make_room, notes_entries
from footholds.ui.reflect.session_rows import short_date

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

SAID_MS = 2500  # the thank-you stays this long before the window closes


class SessionNotesWindow(CalmWindow):
    """Two optional boxes and one button; nothing has to be filled in."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.clock = now_local  # tests put a fixed clock here
        self.occurrence: ss.Occurrence | None = None
        self.setWindowTitle(self.tr("After your session"))
        self.resize(WIDTH, HEIGHT)  # with no session, fitted to its words (load)
        # the window's header, its line naming the session the words are kept with
        self.header = WindowHeader(self.tr("After your session"))
        self.title, self.when = self.header.title, self.header.line
        self.remember_label = QLabel()
        self.remember_label.setWordWrap(True)
        # each holds what the store keeps for it, and says so under itself at the end
        self.remember = LimitedText(NOTE_LIMIT)
        self.remember.setTabChangesFocus(True)
        self.remember.setAccessibleName(self.tr("What I want to remember"))
        self.remember.setAccessibleDescription(
            self.tr("In your own words; it opens your next check-in summary. Optional.")
        )
        self.remember_label.setBuddy(self.remember)
        self.to_try_label = QLabel(self.tr("Something to try before the next one?"))
        self.to_try_label.setWordWrap(True)
        self.to_try = LimitedText(NOTE_LIMIT)
        self.to_try.setTabChangesFocus(True)
        self.to_try.setAccessibleName(self.tr("Something to try before the next session"))
        self.to_try.setAccessibleDescription(
            self.tr("It shows in Today until your next session. Optional.")
        )
        self.to_try_label.setBuddy(self.to_try)
        # with no session over yet: where sessions are added, or the next one (`_say_none`)
        self.none = hint(ctx, "")
        # the empty state's one action while there are no sessions: where they are added
        self.open_sessions = buttons.secondary(
            self.tr("Open My sessions"),
            description=self.tr("Opens Settings on the My sessions page."),
        )
        self.said = hint(ctx, "")
        self.keep = buttons.primary(self.tr("Keep these"))
        self.keep.setDefault(True)
        self.keep.setAccessibleName(self.tr("Keep what I wrote"))
        self.keep.setAccessibleDescription(
            self.tr(
                "Saves your words with this session; you can change them later here. "
                "Ctrl+Enter does the same."
            )
        )
        # while the session is gone: the one way to keep the words (`say_gone`)
        self.to_journal = buttons.primary(self.tr("Keep in my journal"))
        self.to_journal.setAccessibleName(self.tr("Keep what I wrote in my journal"))
        self.to_journal.setAccessibleDescription(
            self.tr(
                "Saves your words as a journal entry dated now, as their session is no longer "
                "in your list. Ctrl+Enter does the same."
            )
        )
        self.to_journal.hide()
        self.gone = False
        self.gone_line = hint(
            ctx,
            self.tr(
                "That session is no longer in your list (it may have been removed, or an older "
                "backup restored). Your words are still here: Keep in my journal saves them "
                "there, and so does closing this window."
            ),
        )
        self.gone_line.hide()
        # words brought back from the last close (kill, crash): "not saved yet" under them
        self.kept = kept_words.line()
        self._brought = kept_words.take(ctx, NAME)  # put in the boxes as it first shows
        self.not_now = buttons.quiet(self.tr("Not now"))
        self.not_now.setFlat(True)
        buttons.room_for(self.not_now, self.tr("Close"))  # said once kept: nothing moves
        self.not_now.setAccessibleName(self.tr("Not now"))
        self.not_now.setAccessibleDescription(
            self.tr("Closes this window; anything you wrote is kept with this session.")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.said, 1)
        actions.addWidget(self.not_now)
        actions.addWidget(self.open_sessions)
        actions.addWidget(self.keep)
        actions.addWidget(self.to_journal)
        layout = QVBoxLayout(self)
        window_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.none)
        layout.addWidget(self.remember_label)
        layout.addWidget(self.remember, 1)
        layout.addWidget(self.remember.said)
        layout.addWidget(self.to_try_label)
        layout.addWidget(self.to_try, 1)
        layout.addWidget(self.to_try.said)
        layout.addWidget(self.kept)
        # with no session yet the two boxes are hidden: this takes their room, so the words
        # stay under the title and Close at the foot, not spread down the window
        layout.addStretch(0)
        self.filler = layout.count() - 1
        layout.addWidget(self.gone_line)
        layout.addLayout(actions)
        # a session can stir things up: help stays one click away, at the foot as everywhere
        self.help_link = HelpLink(ctx)
        layout.addWidget(self.help_link)
        for keep in (self.keep, self.to_journal):  # each its Alt letter, free in the window
            free_letter(keep, keep.text())
        CtrlEnter(self, self.keep, self.to_journal)  # the boxes keep Enter for a new line
        self.layout_ = layout
        self._close_soon = QTimer(self)
        self._close_soon.setSingleShot(True)
        self.named = False  # opened on the session an offer named: it stays on that one
        self.load()
        self._close_soon.timeout.connect(self.close)
        self.keep.clicked.connect(self._on_keep_clicked)
        self.to_journal.clicked.connect(self._on_to_journal_clicked)
        # the sessions added, removed or changed elsewhere (My sessions, the command line):
        # followed as every window follows what it shows (ui/common/refresh.py), once a burst
        # is over and only while on screen (shown again, it reads them then)
        ctx.signals.store_changed.connect(self._on_store_changed)  # gone: said at once
        # (owned by the window, not held in it: nothing keeps the window once it is deleted)
        Refresher(self, ctx.signals, self._on_sessions_changed, kinds=(Session.KIND,))
        self.not_now.clicked.connect(self.close)
        self.open_sessions.clicked.connect(self._on_open_sessions_clicked)

    def load(self, occurrence: ss.Occurrence | None = None) -> None:
        """Show the words kept for `occurrence`, by default the last session that is over."""
        if occurrence is None:
            occurrence = ss.last_occurrence(self.ctx.store.all(Session), self.clock())
            # on the latest, not on one an offer named: later additions are followed again
            self.named = False
        # words typed for this same session that could not be kept at the close (the store
        # was locked, say) stay in the boxes rather than being covered by the stored ones
        draft = self.typed() and ss.same(occurrence, self.occurrence)
        self.occurrence = occurrence
        has = occurrence is not None
        for widget in (self.remember_label, self.remember, self.to_try_label, self.to_try):
            widget.setVisible(has)
        for box in (self.remember, self.to_try):
            box.said.setVisible(has)
            box.said.clear_now()
        self.say_gone(False)
        self.kept.hide()  # its room kept once shown: nothing jumps
        self.keep.setVisible(has)
        self.open_sessions.setVisible(not has)
        self.none.setVisible(not has)
        self.layout_.setStretch(self.filler, 0 if has else 1)
        self.said.clear()
        if occurrence is None:
            self.when.clear()
            self.when.hide()
            self._say_close()  # nothing to put off: the end of its row, as the questionnaire's
            self._say_none()
            fit_notes(self, self.layout_, has=False)  # with its line's words in it
            return
        fit_notes(self, self.layout_, has=True)
        not_now = self.tr("Not now")
        about = self.tr("Closes this window; anything you wrote is kept with this session.")
        buttons.say(self.not_now, not_now, not_now, about)
        self.when.show()
        start = occurrence.start.astimezone()
        self.when.setText(self._when(start, timed=occurrence.timed))
        # its day by the calendar, as the line above says it: a Sunday evening's session
        # opened on Monday morning was yesterday's (session_words)
        self.remember_label.setText(session_words.remember_question(start, self.clock()))
        if draft:
            self.say_gone(self._gone_now())
            return
        note = occurrence.note()
        for box, words in ((self.remember, note["remember"]), (self.to_try, note["try"])):
            box.setPlainText(words)
            kept_words.to_the_end(box)  # more written goes on after them
            box.document().setModified(False)  # shown, not typed

    def _say_none(self) -> None:
        """No session over yet. Some to come: the next one named, and that its words go here
        afterwards (it said "Once your sessions are in Settings…", as if there were none)."""
        now = self.clock()
        coming = ss.coming_occurrence(self.ctx.store.all(Session), now)
        self.open_sessions.setVisible(coming is None)
        if coming is not None:
            self.none.setText(session_words.next_session_line(coming, now))
            return
        self.none.setText(
            self.tr(
                "Once your sessions are in Settings, under My sessions, this is where you can "
                "keep what you want to remember from each one."
            )
        )

    def _when(self, start: datetime, *, timed: bool) -> str:
        """The line under the title: "Your session today at 10:40" (or yesterday), as the
        question under it says "today's session", by the calendar (ss.days_before); else its
        date. A session kept with its day only (its "start" is that day's midnight) has no
        time."""
        now = self.clock()
        gap = ss.days_before(start, now)
        time = start.strftime("%H:%M")
        one = start.hour == 1  # Spanish says "a la 01:15", not "a las"
        if gap <= 0 and timed:
            if one:
                return self.tr("Your session today at {time}", "the hour is one").format(time=time)
            return self.tr("Your session today at {time}").format(time=time)
        if gap <= 0:
            return self.tr("Your session today")
        if gap == 1 and timed:
            if one:
                return self.tr("Your session yesterday at {time}", "the hour is one").format(
                    time=time
                )
            return self.tr("Your session yesterday at {time}").format(time=time)
        if gap == 1:
            return self.tr("Your session yesterday")
        day = short_date(start.date(), now.date())
        if timed:
            return self.tr("Your session on {date} at {time}").format(date=day, time=time)
        return self.tr("Your session on {date}").format(date=day)

    def present(self, **options: Any) -> None:
        """Open on the last session (or the one an offer named, by its record and day)."""
        found = None
        wanted, key = options.get("session_id"), options.get("key")
        if wanted and key:
            record = self.ctx.store.get(Session, str(wanted))
            if record is not None:
                matches = [
                    o
                    for o in ss.occurrences([record], self.clock() - ss.MOVE_REACH, self.clock())
                    if o.key.isoformat() == key
                ]
                found = matches[0] if matches else None
        # before another session's words take the boxes; words that could not be kept (their
        # session gone, the store refusing) stay in them, and the window says why
        if self._keep_if_typed():
            self.load(found)
            self.named = found is not None  # it stays on that one while it is there
        bring_back(self, self.ctx, self._brought)  # at its first showing only
        self._brought = {}
        super().present()
        if self.occurrence is not None:  # its offer is not made, nor left on screen, now
            self.ctx.signals.session_notes_opened.emit(
                self.occurrence.session.id, self.occurrence.key.isoformat()
            )
        # with no session yet, on the one thing to do: where sessions are added (or Close)
        self._first_control().setFocus()

    def _first_control(self) -> QWidget:
        if self.occurrence is not None:
            return self.remember
        return self.open_sessions if self.open_sessions.isVisibleTo(self) else self.not_now

    def _on_open_sessions_clicked(self) -> None:
        self.ctx.windows.show("settings", section=SESSIONS_SECTION)
        self.close()

    def _on_keep_clicked(self) -> None:
        if self._keep():
            self._say_kept(self.tr("Kept. Thank you for taking a moment."))

    def _say_kept(self, thanks: str) -> None:
        """The thanks, then the window closes in a moment. Nothing is left to put off, so the
        quiet button says "Close" now, as at the end of the questionnaire (it still said
        "Not now" under "Kept")."""
        self.said.setText(thanks)
        self._say_close()
        self._close_soon.start(SAID_MS)

    def _say_close(self) -> None:
        close = self.tr("Close")
        buttons.say(self.not_now, close, close, self.tr("Closes this window."))

    def _keep(self) -> bool:
        """Save both boxes with the session shown; True when they are kept."""
        occurrence = self.occurrence
        if occurrence is None:
            return False
        current = self.ctx.store.get(Session, occurrence.session.id)
        if current is None:  # removed meanwhile, in Settings or from the command line
            self.say_gone(self._gone_now())
            if not self.gone:
                self.said.setText(self.tr("That session is no longer in your list."))
            return False
        self.say_gone(False)  # back again (an Undo): kept with it as before
        changed = ss.with_note(
            current,
            occurrence.key,
            remember=self.remember.toPlainText().strip(),
            **{"try": self.to_try.toPlainText().strip()},
        )
        if update_record(self.ctx, changed, self) is None:
            return False
        for box in (self.remember, self.to_try):
            box.document().setModified(False)
        self.kept.hide()  # kept with the session: no longer "not saved yet"
        return True

    def draft(self) -> dict[str, Any] | None:
        """The words typed and not kept yet, with their session (session_notes_draft.py)."""
        return held(self)

    def typed(self) -> bool:
        """Whether the person changed either box since it was filled or kept."""
        return any(box.document().isModified() for box in (self.remember, self.to_try))

    def _free(self) -> bool:
        """Whether the window may show another session without covering anything: no
        session yet, or one with nothing written for it and nothing typed, that no offer
        named (the person opened it for that one)."""
        if self.occurrence is None:
            return True
        boxes = (self.remember, self.to_try)
        return not self.named and not self.typed() and not any(b.toPlainText() for b in boxes)

    def _keep_if_typed(self) -> bool:
        """Keep what was typed with its session; True when nothing typed is left unkept."""
        if self.occurrence is not None and self.typed():
            return self._keep()
        return True

    # -- the session gone (removed, an older backup restored) --------------------------------
    def _gone_now(self) -> bool:
        """Whether the session shown is no longer saved. Not while locked: the store then
        cannot tell."""
        occurrence = self.occurrence
        if occurrence is None or self.ctx.store.is_sealed:
            return False
        return self.ctx.store.get(Session, occurrence.session.id) is None

    def say_gone(self, gone: bool) -> None:
        """Gone, Keep could only fail and another session's words would cover these: say
        so, and offer Keep in my journal in Keep's place. Back (an Undo), Keep as before."""
        self.gone = gone and self.occurrence is not None
        make_room(self, (self.remember, self.to_try), self.gone)  # the window stays still
        self.gone_line.setVisible(self.gone)
        self.to_journal.setVisible(self.gone)
        self.to_journal.setDefault(self.gone)
        self.keep.setVisible(self.occurrence is not None and not self.gone)
        self.keep.setDefault(not self.gone)
        self.not_now.setAccessibleDescription(
            self.tr("Closes this window; anything you wrote is kept in your journal.")
            if self.gone
            else self.tr("Closes this window; anything you wrote is kept with this session.")
        )
        if self.gone:
            self.said.clear()

    def _on_sessions_changed(self) -> None:
        """A session added (or changed) elsewhere: with nothing written here that it would
        cover, the window takes up the last session now over; words being typed stay."""
        if self._close_soon.isActive() or not self._free():
            return  # kept and saying so (it closes in a moment), or words it would cover
        last = ss.last_occurrence(self.ctx.store.all(Session), self.clock())
        if ss.same(last, self.occurrence):
            return
        on_button = self.open_sessions.hasFocus()
        self.load(last)  # none over still: the next one named again
        if on_button and not self.open_sessions.isVisibleTo(self):
            self._first_control().setFocus()  # where the button was, now hidden

    def _on_store_changed(self, kind: str) -> None:
        if kind != Session.KIND or self.occurrence is None or self._close_soon.isActive():
            return  # (kept and saying so: it closes in a moment, the message stays)
        gone = self._gone_now()
        if gone and not self.typed():
            # nothing of the person's to keep: the window follows the list, and, the session
            # an offer named being gone, goes on following it as if opened without one
            self.load()
        else:  # said as it goes, not at Keep; put away holding words, said when opened
            self.say_gone(gone)

    def _on_to_journal_clicked(self) -> None:
        if self._to_journal():
            self._say_kept(self.tr("Kept in your journal. Thank you for taking a moment."))

    def _to_journal(self) -> bool:
        """The words as a journal entry dated now, its first line naming their session; True
        when kept (or there was nothing to keep). Should the session be back, with it."""
        occurrence = self.occurrence
        if occurrence is None:
            return True
        if not self._gone_now():
            return self._keep()
        entries = notes_entries(
            occurrence.start.astimezone().date(),
            self.remember.toPlainText(),
            self.to_try.toPlainText(),
            self.clock(),
        )
        for entry in entries:
            if save_record(self.ctx, entry, self) is None:
                return False
        for box in (self.remember, self.to_try):
            box.document().setModified(False)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Esc, the title bar's close, "Not now" and a quit never throw away what was written:
        # kept with the session or, with it gone (as the window says), in the journal
        typed = self.occurrence is not None and self.typed()
        if typed and not self._keep() and self._gone_now():
            self._to_journal()
        super().closeEvent(event)
