"""The proof list's "Show me one": one entry at random, larger, on a card in the list's place,
and the Back button that puts the list back.

Kept apart from proof_list.py so the window holds the list, the search and the editor; this
only shows the entry it is given and swaps itself with the list.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from footholds.core.store import Proof
from footholds.ui.common import buttons
from footholds.ui.common.calm import long_date
from footholds.ui.common.components import Card, label
from footholds.ui.common.own_words import own_words
from footholds.ui.common.scrolling import PageScroll

if TYPE_CHECKING:
    from footholds.core.store import Store


class ShownProof(PageScroll):
    """One entry on a card, on its own page of `pages` beside the list's (the first); while
    it is shown, `back` stands where `instead` (Edit and Remove) were."""

    def __init__(self, pages: QStackedWidget, instead: tuple[QWidget, ...]) -> None:
        super().__init__()
        self.rng = random.Random()
        self.proof_id = ""  # the entry shown last: another one next time, when there is one
        self._pages, self._instead = pages, instead
        # the hero: one proof, larger, on a card
        self.card = Card()
        self.text = self.card.add(own_words(kind="heading", selectable=True))
        font = self.text.font()
        font.setBold(False)  # large and calm, not shouting
        self.text.setFont(font)
        self.text.setAccessibleName(self.tr("An entry from your proof list"))
        self.date = self.card.add(label(kind="caption"))
        # the card takes the list's room rather than pushing it down: the controls above it
        # stay where the pointer left them (LOOK.md: feedback moves nothing else), and a long
        # entry scrolls on its page instead of squeezing the list to one row
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(PageScroll.Shape.NoFrame)
        self.setWidget(page)
        self.setAccessibleName(self.tr("An entry from your proof list"))
        self.setAccessibleDescription(
            self.tr("One time you got through, shown in the place of the list.")
        )
        self.back = buttons.quiet(
            self.tr("&Back to the list"),
            self.tr("Back to your whole list"),
            self.tr("Puts your list back in the place of the entry shown."),
        )
        self.back.hide()  # only while one entry is shown, in the place of Edit and Remove

    def show_one(self, proofs: list[Proof], today: date) -> None:
        """One of `proofs` at random, a different one from last time when there is a choice."""
        choices = [p for p in proofs if p.id != self.proof_id] or proofs
        proof = self.rng.choice(choices)
        self.proof_id = proof.id
        self.follow(proof, today)
        self._pages.setCurrentWidget(self)
        self.verticalScrollBar().setValue(0)
        for other in self._instead:  # they act on the list's chosen entry, not on this one
            other.hide()
        self.back.show()

    def follow(self, proof: Proof, today: date) -> None:
        """`proof` on the card, its day said from `today` ("Today", "Yesterday")."""
        self.text.setText(proof.text)
        self.date.setText(long_date(proof.day, today=today))

    def read_again(self, store: Store, today: date, *, words: bool = True) -> bool:
        """The entry shown last as `store` has it now: its words (unless not `words`) and its
        day said from `today`. False when there is none, or it was removed."""
        proof = store.get(Proof, self.proof_id) if self.proof_id else None
        if proof is None:
            return False
        if words:
            self.text.setText(proof.text)
        self.date.setText(long_date(proof.day, today=today))
        return True

    def showing(self) -> bool:
        """Whether the entry is shown in the list's place."""
        return self._pages.currentWidget() is self

    def put_away(self) -> bool:
        """The list back in its place, and Edit and Remove with it. True when the keyboard
        was on Back, for the window to give it to the list rather than let Qt hand it on to
        the next button, Get help now."""
        if not self.showing():
            return False
        keyboard_on_back = self.back.hasFocus()
        self._pages.setCurrentIndex(0)
        self.back.hide()
        for other in self._instead:
            other.show()
        return keyboard_on_back
