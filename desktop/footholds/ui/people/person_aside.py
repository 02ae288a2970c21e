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
        self._back = self.bring_back  # one callable: the strip knows its offer by it

    def cancel(self) -> None:
        """Close the form; words typed in it and not saved are set aside and offered back
        (never lost to a tired click where Esc would have kept them)."""
        window = self.window
        words = window.form.typed_words()
        window.close_form()
        if words is None:
            return
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

    def take(self, person: Person | None) -> dict[str, Any] | None:
        """The words set aside for `person` (None: someone new), taken out, the offer ended;
        None when the words set aside, if any, are someone else's."""
        words = self.words
        if words is None or words.get("person") != (person.id if person else ""):
            return None
        self.let_go()
        return words

    def bring_back(self) -> QWidget | None:
        """Undo: the form again, for the person the words were for, with them in it."""
        words, window = self.words, self.window
        if words is None:
            return None
        key = words.get("person")
        person = window.ctx.store.get(Person, key) if isinstance(key, str) and key else None
        if person is None:  # someone new, or removed since: Save adds them as someone new
            self.words = {**words, "person": ""}
        window.start_form(person)  # the form takes the words back (take)
        bring_into_view(window.form, 0, from_top_of=window.form)
        return window.form.name  # the keyboard where the form starts (UndoBar.undo)
