"""How big the reminder card is (reminder_card.py), and where it stands when that changes:
room kept for the longest words that could come in its place, never shrinking while the
answers are up, and the edge nearest the tray kept where it was.

Kept apart from the card because it is measuring alone, with one aim: Done, Later and Not
now stay under the pointer while the words change (Another one, a posture), so a tired
click lands where they were. Where the card first goes is reminder_place.py's.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget


class Sizing:
    """The card's size: the words' room (`reserve`), and the least height while the answers
    are up (`floor`, 0 when the card may take a new size)."""

    def __init__(self, card: QWidget, words: QLabel, width: int) -> None:
        self._card = card
        self._words = words
        self._width = width
        self.floor = 0

    def reserve(self, texts: Iterable[str]) -> None:
        """Keep room for the tallest of `texts` in the words' place: a longer idea swapped
        in (Another one, "In bed or on the floor") pushed the answers down a line."""
        layout = self._card.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        width = self._width - margins.left() - margins.right()
        tallest = 0
        for words in texts:
            self._words.setText(words)  # measured as shown; the card puts the words back
            tallest = max(tallest, self._words.heightForWidth(width))
        self._words.setMinimumHeight(tallest)

    def release(self) -> None:
        """Answered: the thank-you takes the card's own size."""
        self._words.setMinimumHeight(0)

    def keep_in_place(self, *, steady: bool = False) -> None:
        """Grow or shrink for new words, keeping the edge nearest the tray where it was;
        `steady`: never shrink (the answers are up and may be about to be clicked)."""
        card = self._card
        old = card.geometry()
        self.floor = old.height() if steady else 0
        self.fit()
        screen = card.screen().availableGeometry() if card.screen() else old
        if old.center().y() > screen.center().y():
            card.move(old.x(), old.bottom() - card.height() + 1)
        else:
            card.move(old.topLeft())

    def fit(self) -> None:
        """Tall enough for every wrapped line (adjustSize ignores height-for-width)."""
        layout = self._card.layout()
        assert layout is not None
        layout.activate()
        height = layout.totalHeightForWidth(self._width)
        least = max(layout.totalMinimumSize().height(), self.floor)
        self._card.setFixedSize(self._width, max(height, least))
