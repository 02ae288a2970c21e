"""The check-in summary's note for the next session: what the person wants to talk about, and
the day of the session it is for, kept with that session (or with the next occurrence of a
repeating one) so the next summary starts from there.

Kept apart from checkin.py because it has its own record to load and save; the window only
reads the words for the summary and asks it to save before printing, saving or closing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds.core import checkin
from footholds.core import session_talk as st
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.core.store.validate import NOTE_LIMIT, YEAR_MAX, YEAR_MIN
from footholds.render.paper import to_date, to_qdate
from footholds.ui.common import buttons, kept_words
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import LimitedText
from footholds.ui.common.operations import save_record, update_record
from footholds.ui.common.time_field import typed_after_click
from footholds.ui.reflect.checkin_days import DayField, YearWhereNeeded
from footholds.ui.reflect.session_carry import CHECKIN

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def take_draft(ctx: AppContext) -> tuple[str, list[str] | None, bool]:
    """The check-in window's draft, taken from where it waits (kept_words): its words, the
    paragraphs the box showed as kept when it was written (shown_of), and whether the words
    were carried from a session removed in My sessions rather than typed here."""
    draft = kept_words.take(ctx, CHECKIN)
    kept = draft.get("talk", "")
    kept = kept if isinstance(kept, str) else ""
    return kept, shown_of(draft), bool(draft.get("carried"))


def shown_of(draft: dict[str, Any]) -> list[str] | None:
    """The paragraphs the box showed as already kept when its draft was written (None: a
    draft from before these were kept, or only words carried from a session removed)."""
    shown = draft.get("shown")
    if not isinstance(shown, list):
        return None
    return [p for p in shown if isinstance(p, str)]


def date_edit(name: str, description: str) -> DayField:
    """A day picker for the summary's days and the session's, kept to the store's years;
    "3 Dec", with the year where it is needed (checkin_days.py)."""
    edit = typed_after_click(DayField())
    # Qt allows up to 9999-12-31, whose next day does not exist: keep to the store's years
    edit.setDateRange(to_qdate(date(YEAR_MIN, 1, 1)), to_qdate(date(YEAR_MAX, 12, 31)))
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(description)
    return edit


class TalkAbout(QWidget):
    """What to talk about, the session's day, and the button that keeps both."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.session: Session | None = None
        self.slot: ss.Occurrence | None = None

        talk_label = QLabel(self.tr("What I want to talk about"))
        self.talk = LimitedText(NOTE_LIMIT)  # what the store keeps, said under it at the end
        self.talk.setAccessibleName(self.tr("What I want to talk about"))
        self.talk.setAccessibleDescription(
            self.tr(
                "Anything you'd like to bring up at your session; it goes at the top of the "
                "summary. Optional."
            )
        )
        self.talk.setPlaceholderText(
            self.tr(
                "Anything you'd like to bring up: something that happened, a question, "
                "what you could use more help with."
            )
        )
        self.talk.setTabChangesFocus(True)
        self.talk.setMinimumHeight(110)
        talk_label.setBuddy(self.talk)

        self.session_day = date_edit(
            self.tr("Session date"), self.tr("The day of the session you are getting ready for.")
        )
        # the year shown for a session in another year (next January) only
        self.session_year = YearWhereNeeded(self.session_day, today=date.today)
        self.save_session = buttons.secondary(
            self.tr("Save for this session"),
            self.tr("Save the session date and what to talk about"),
            self.tr("Remembers the date, so your next summary starts from there."),
        )
        session_row = QHBoxLayout()
        session_row.addWidget(QLabel(self.tr("Session on")))
        session_row.addWidget(self.session_day)
        session_row.addWidget(self.save_session)
        session_row.addStretch(1)
        session_hint = QLabel(
            self.tr("Saving remembers the date, so your next summary starts from there.")
        )
        session_hint.setWordWrap(True)
        session_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # the same spacing as the window's left column, so the parts sit as they did there
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(talk_label)
        box.addWidget(self.talk)
        box.addWidget(self.talk.said)
        # under words kept at the last close and given back: not saved yet (kept_words)
        self.kept = kept_words.line()
        box.addWidget(self.kept)
        box.addLayout(session_row)
        box.addLayout(self._hint_or_saved(session_hint))
        self._talk_saved = ""
        # the paragraphs the box has shown as words already kept (a session's, or carried
        # from one removed): one the person changed or took out is not brought back (load)
        self._shown: set[str] = set()
        # what the note was read for (load), and the day it showed then: a change to the
        # sessions that leaves these as they are is not read into the box (follow)
        self._read: tuple[object, ...] = ()
        self._day_read: date | None = None
        self._today: date | None = None  # the day the note was read for (load)

    def _hint_or_saved(self, hint: QLabel) -> QGridLayout:
        """ "Saved. Your next summary will start from ..." is said just under the button for
        a few seconds, in the place of the hint that says the same ahead of time: one cell
        for both, so the column grows by nothing and nothing moves."""
        self.saved = Feedback(lines=2)  # the sentence wraps in this narrow column
        keep = hint.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        hint.setSizePolicy(keep)
        self.hint = hint
        self.saved.quiet.connect(hint.show)
        cell = QGridLayout()
        cell.setContentsMargins(0, 0, 0, 0)
        cell.addWidget(hint, 0, 0, Qt.AlignmentFlag.AlignTop)
        cell.addWidget(self.saved, 0, 0, Qt.AlignmentFlag.AlignTop)
        return cell

    def say_saved(self, text: str) -> None:
        """Say `text` where the hint was; the hint comes back once it has faded."""
        self.hint.hide()
        self.saved.say(text)

    def load(self, today: date, kept: str = "", shown: Collection[str] | None = None) -> None:
        """The session being prepared for, and what was written for it so far; with it, the
        words written with no session to keep them (`kept`, and those still in the box): the
        window's draft, which stays until the person saves it for a session. With `shown`
        (the paragraphs the box showed as kept when it was written, draft), `kept` is the
        whole box as the person left it, given back as it was (st.with_draft); without,
        words carried from a session removed, after the session's own."""
        typing = self.unsaved()  # an emptied box too: the person took those words out
        held, was_saved = self.talk.toPlainText(), self._talk_saved
        at = self.talk.textCursor().position()
        self._today = today
        self.session, self.slot = self._for(today)
        self._read = self._what_for(self.session, self.slot)
        day = date.fromisoformat(self.session.day) if self.session else today
        talk = self.session.talk_about if self.session else ""
        if self.slot is not None:
            day, talk = self.slot.start.astimezone().date(), self.slot.note()["talk"]
        self.session_day.setDate(to_qdate(day))
        self._day_read = day
        self.talk.blockSignals(True)
        self.talk.setPlainText(talk)
        self._talk_saved = self.talk.toPlainText()
        if typing:  # typed over what was shown: those words once, as typed, in their order
            self.talk.setPlainText(st.typed_over(held, was_saved, self._shown, talk, kept))
        elif kept.strip():  # each paragraph once: saved words are in the box's draft too
            self.talk.setPlainText(st.with_draft(talk, kept, shown))
        text = self.talk.toPlainText()
        if typing:  # the paragraphs the app moved the box away from (those only the
            # session it was for kept) were not taken out by the person: they come back
            # with that session, so they are no longer counted as shown
            self._shown -= st.paragraphs(held) - st.paragraphs(text)
            self._shown |= st.paragraphs(talk) | st.paragraphs(kept)
        elif kept.strip() and shown is not None:  # the box as left: its own words not kept
            self._shown = st.paragraphs(talk) | set(shown)
        else:
            self._shown = st.paragraphs(text)
        self.talk.document().setModified(self.unsaved())  # kept at a close, as typing is
        if typing and text == held:  # the box as it was: the cursor stays where it was
            cursor = self.talk.textCursor()
            cursor.setPosition(min(at, len(text)))
            self.talk.setTextCursor(cursor)
        else:
            kept_words.to_the_end(self.talk)  # what to talk about goes on after what is there
        self.talk.blockSignals(False)

    def follow(self, today: date, kept: str = "", shown: Collection[str] | None = None) -> bool:
        """The sessions changed (any route): the note reads its session again only when
        what it is for changed: the session or slot it is for removed, added or moved, or
        the words it keeps changed, or words carried from a session removed (`kept`) come
        to the box. The app's own notes on a session (an offer made, the after-session
        notes) leave the box, its cursor and the day as the person has them. A day the
        person chose stays chosen while the note is for the same session (one it is for
        now instead has its own day). True when read again."""
        session, slot = self._for(today)
        if not kept.strip() and self._what_for(session, slot) == self._read:
            return False
        chosen, was_for = to_date(self.session_day.date()), self._read[:2]
        changed_day = chosen != self._day_read
        self.load(today, kept, shown)
        if changed_day and self._read[:2] == was_for:  # still for the session it was
            self.session_day.setDate(to_qdate(chosen))
        return True

    def sessions_changed(self, today: date) -> bool:
        """A session was added, removed, or put back: the note reads the session it is for
        again when what it is for changed (not for an offer noted on a session, or its
        after-session notes), keeping what is typed and not saved, and words waiting as the
        window's draft (carried from a session removed) come into its box (follow)."""
        kept, shown, _carried = take_draft(self.ctx)
        return self.follow(today, kept, shown)

    def _for(self, today: date) -> tuple[Session | None, ss.Occurrence | None]:
        """The session being prepared for, or (with none dated) the repeating slot's next
        occurrence, which keeps what to talk about with it."""
        session = checkin.upcoming_session(self.ctx.store, today)
        # a repeating slot keeps what to talk about with its next occurrence
        slot = checkin.next_slot(self.ctx.store, today) if session is None else None
        return session, slot

    @staticmethod
    def _what_for(session: Session | None, slot: ss.Occurrence | None) -> tuple[object, ...]:
        """What the note is for, as the box shows it: which session (or occurrence), its
        day, and the words it keeps to talk about."""
        if session is not None:
            return ("session", session.id, session.day, session.talk_about)
        if slot is not None:
            day = slot.start.astimezone().date()
            return ("slot", slot.session.id, slot.key, day, slot.note()["talk"])
        return ()

    def say_kept(self) -> None:
        """The words in the box came back from the last close (or through the lock): a line
        says they are not saved yet, as in every window, until they are saved or emptied."""
        kept_words.shown(self.ctx, self.kept, [self.talk])

    def take_back(self, words: str) -> None:
        """Words carried into the box from a session removed, taken out again (its Undo);
        whatever else is written there stays."""
        text, words = self.talk.toPlainText().rstrip(), words.strip()
        if text.strip() == words:
            rest = ""
        elif text.endswith("\n\n" + words):
            rest = text[: -len(words)].rstrip()
        else:
            return
        self.talk.blockSignals(True)
        self.talk.setPlainText(rest)
        self.talk.blockSignals(False)

    def unsaved(self) -> bool:
        return self.talk.toPlainText() != self._talk_saved

    def keep_talk(self) -> bool:
        """Keep what to talk about with the session on the chosen day, when there is one
        (on printing, saving a summary or closing); True when it is safe. With none, the
        words stay in the box, the window's draft (CheckinWindow.draft): only "Save for this
        session" adds a session, never a summary saved or printed."""
        day = to_date(self.session_day.date())
        if self.slot is not None and self.slot.start.astimezone().date() == day:
            return self.save_talk()
        if self.session is not None and self.session.day == day.isoformat():
            return self.save_talk()
        return True

    def held(self) -> str:
        """Words typed that no session keeps yet ("" when none): the window's draft."""
        return self.talk.toPlainText() if self.unsaved() and self.talk.toPlainText().strip() else ""

    def draft(self) -> dict[str, Any] | None:
        """The window's draft: the words held, the whole box, and the paragraphs it showed as
        already kept, so that at the next opening the saved ones are not added again and one
        the person changed is not brought back (load)."""
        held = self.held()
        return {"talk": held, "shown": sorted(self._shown)} if held else None

    def save_talk(self, *, always: bool = False) -> bool:
        """Keep the session date and what to talk about; True when it is safe. Without
        `always`, an empty note with no session yet is not worth a record."""
        text = self.talk.toPlainText()
        day = to_date(self.session_day.date()).isoformat()
        slot = self.slot
        parent = self.window()  # a problem is told over the whole window, not this part
        if slot is not None and slot.start.astimezone().date().isoformat() == day:
            current = self.ctx.store.get(Session, slot.session.id) or slot.session
            if update_record(self.ctx, ss.with_note(current, slot.key, talk=text), parent) is None:
                return False
            self._saved_as(text)
            return True
        if self.session is None:
            if not text.strip() and not always:
                return True
            saved = save_record(self.ctx, Session(day=day, talk_about=text), parent)
        else:
            # as it is now: an offer noted on it since it was read stays noted
            current = self.ctx.store.get(Session, self.session.id) or self.session
            changed = dataclasses.replace(current, day=day, talk_about=text)
            saved = update_record(self.ctx, changed, parent)
        if saved is None:
            return False
        self.session = saved
        self._saved_as(text)
        return True

    def _saved_as(self, text: str) -> None:
        """`text` is kept with the session on the day chosen: what the note is for now."""
        self._talk_saved = text
        self.kept.hide()  # kept with the session now: saved (its room stays)
        self._shown = st.paragraphs(text)
        self._read = self._what_for(*self._for(self._today)) if self._today else ()
        self._day_read = to_date(self.session_day.date())
