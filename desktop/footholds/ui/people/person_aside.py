"""Reach out's Cancel: the words typed in the person form and not saved are set aside, and the
window's Undo strip offers them back for a few seconds, as after a removal; Add someone (or
Edit, for the person they were for) meanwhile opens the form with them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from footholds.core.store import Person
from footholds.ui.common.scrolling import bring_into_view

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from footholds.ui.people.reach_out import ReachOutWindow


class AsideWords:
    """The words Cancel closed the form on, while their Undo is offered."""

    def __init__(self, window: ReachOutWindow) -> None:
        self.window = window
        self.words: dict[str, Any] | None = None  # PersonForm.typed_words, kept at a quit too
        # words set aside earlier, whose offer a later Cancel (or an Undo over other words)
        # took the place of: the form opens with them for the person they are for, and a
        # quit keeps them, so no second Cancel loses the first's words
        self.kept: list[dict[str, Any]] = []
        self._back = self.bring_back  # one callable: the strip knows its offer by it

    def cancel(self) -> None:
        """Close the form; words typed in it and not saved are set aside and offered back
        (never lost to a tired click where Esc would have kept them)."""
        window = self.window
        words = window.form.typed_words()
        window.close_form()
        if words is None:
            return
        if self.words is not None:  # an offer stands: its words are kept, not let go
            self.kept.append(self.words)
            self.words = None
            self.window.undo_bar.withdraw(self._back)
        self.words = words
        window.undo_bar.offer(
            QCoreApplication.translate("ReachOutWindow", "Your words were set aside."),
            self._back,
            spoken=QCoreApplication.translate(
                "ReachOutWindow", "Bring back the words you were writing"
            ),
            ended=self.let_go,
        )

    def let_go(self) -> None:
        """The offer ended (or the words are sealed with the lock): they go."""
        self.window.undo_bar.withdraw(self._back)
        self.words = None

    def keep_from_quit(self, aside: object) -> None:
        """Words a quit kept beside the form's (ReachOutWindow.draft), set aside again: the
        form opens with them for the person they were for (someone new, when they are gone)."""
        if not isinstance(aside, list):
            return
        for words in aside:
            if not isinstance(words, dict):
                continue
            key = words.get("person")
            gone = key and self.window.ctx.store.get(Person, str(key)) is None
            if not isinstance(key, str) or gone:
                words = {**words, "person": ""}
            self.kept.append(words)

    def forget(self) -> None:
        """Every word set aside goes from memory (Lock now sealed them with the drafts)."""
        self.let_go()
        self.kept = []

    def all_words(self) -> list[dict[str, Any]]:
        """Every set of words set aside, the one offered first: kept at a quit."""
        return ([self.words] if self.words is not None else []) + self.kept

    def take(self, person: Person | None) -> dict[str, Any] | None:
        """The words set aside for `person` (None: someone new), taken out (the offer ended
        when they were its words); None when none are theirs."""
        key = person.id if person else ""
        words = self.words
        if words is not None and words.get("person") == key:
            self.let_go()
            return words
        for held in self.kept:
            if held.get("person") == key:
                self.kept.remove(held)
                return held
        return None

    def bring_back(self) -> QWidget | None:
        """Undo: the form again, for the person the words were for, with them in it."""
        words, window = self.words, self.window
        if words is None:
            return None
        typed = window.form.typed_words() if not window.form.isHidden() else None
        if typed is not None:  # words typed now, for someone: kept in turn, never written over
            self.kept.append(typed)
            window.form.let_go()
        key = words.get("person")
        person = window.ctx.store.get(Person, key) if isinstance(key, str) and key else None
        if person is None:  # someone new, or removed since: Save adds them as someone new
            self.words = {**words, "person": ""}
        window.start_form(person)  # the form takes the words back (take)
        bring_into_view(window.form, 0, from_top_of=window.form)
        return window.form.name  # the keyboard where the form starts (UndoBar.undo)
