"""My sessions' Undo of a session removed, skipped or changed, on the strip Settings lends
the page. Settings makes its pages again when the language changes, while an offer may still
stand: its Undo is then done by the new page (pass_offer, take_offer). Bound to the page that
offered it, Undo reached a page already deleted ("Internal C++ object already deleted") and
left the session where it was in the new one, unlisted.

Kept apart from sessions_editor.py, which holds the form, the list and what a click changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from footholds.core.store import Session
from footholds.ui.common.locked import undo_unlock_first
from footholds.ui.common.operations import save_record, update_record
from footholds.ui.reflect import session_carry, session_notes_left
from footholds.ui.reflect.session_drafts import SessionDrafts
from footholds.ui.reflect.session_notes_left import NotesKept


class SessionUndo:
    """One offer's Undo, as the strip knows it (withdraw finds it by identity): `act` done
    by the page that lists the sessions when it is pressed."""

    def __init__(self, page: SessionUndos, act: Callable[[SessionUndos], None]) -> None:
        self.page: SessionUndos | None = page
        self.act = act
        self.find: Callable[[], SessionUndos] | None = None  # while between two pages

    def __call__(self) -> None:
        page = self.page if self.page is not None else self.find() if self.find else None
        if page is not None:
            self.act(page)


class SessionUndos(SessionDrafts):
    """Mixed into SessionsEditor: its Undo on the strip, and the undoing."""

    _offered: SessionUndo | None = None  # this page's Undo on the strip

    if TYPE_CHECKING:  # the editor's own

        def refresh(self) -> None: ...

    def _offer(self, message: Callable[[], str], act: Callable[[SessionUndos], None]) -> None:
        """Undo on the strip, until the person changes their sessions here in another way
        (withdraw_offer). Changes made elsewhere meanwhile (an offer noted, words saved from
        the check-in) leave it: each Undo keeps them (_restore_to, session_carry.put_back)."""
        self._offered = SessionUndo(self, act)
        self.undo.offer(message, self._offered)

    def withdraw_offer(self) -> None:
        """This page's Undo leaves the strip: seen still up after a session was added,
        ready to put back a removal the person had moved on from."""
        offered, self._offered = self._offered, None
        if offered is not None:
            self.undo.withdraw(offered)

    def pass_offer(self, find: Callable[[], SessionUndos]) -> SessionUndo | None:
        """Before a new language makes the page again (Settings' _carry_typed): this page's
        Undo still offered, if one is, for the new page to take (take_offer). The offer
        stands as it is, its words and seconds; until the new page takes it, its Undo is
        done by the page `find` makes."""
        offered, self._offered = self._offered, None
        if offered is None or not self.undo.offers(offered):
            return None
        offered.page, offered.find = None, find
        return offered

    def take_offer(self, offered: SessionUndo) -> None:
        """The Undo the page before offered (pass_offer) is this page's now, done here and
        withdrawn by a change made here, as if offered here."""
        offered.page, offered.find = self, None
        self._offered = offered

    def _restore(
        self,
        session: Session,
        moved: session_carry.Moved | None,
        message: Callable[[], str],
        notes: NotesKept | None = None,
    ) -> None:
        # Lock now while Undo stood: the session would go back sealed with its words, while
        # the session they moved to (or the check-in's draft) cannot be read to take them
        # back, and after the unlock they were there twice. The passphrase first, then all
        # of it put back as it was; "Not now" leaves the words where they went, Undo standing.
        if undo_unlock_first(
            self.ctx.locker, self.undo, lambda: self._restore(session, moved, message, notes)
        ):
            return
        self._offered = None
        if save_record(self.ctx, session, self) is None:
            # not back (a folder that cannot be written; the person was told): its words
            # stay where they went, and Undo is offered again for when writing works
            self._offer(message, lambda page: page._restore(session, moved, message, notes))
            return
        if moved is not None:
            session_carry.put_back(self.ctx, moved, self)
        if notes is not None:  # the notes left after it: its draft again, out of the journal
            session_notes_left.put_back(self.ctx, notes, self)
        session_carry.checkin_follows(self.ctx)
        self.refresh()

    def _restore_to(self, session: Session) -> None:
        # Lock now while Undo of a skip stood: locked, the session can be neither read nor
        # changed, and Undo went with the skip still there. The passphrase first, as for
        # Undo of a removed session (_restore), then the skip is undone; "Not now" keeps it,
        # with its Undo.
        if undo_unlock_first(self.ctx.locker, self.undo, lambda: self._restore_to(session)):
            return
        self._offered = None
        current = self.ctx.store.get(Session, session.id)
        if current is not None:
            # an offer made since the skip stays noted as made: it must not come twice
            kept = dataclasses.replace(session, offered=current.offered)
            update_record(self.ctx, kept, self)
        self.refresh()
