"""In Today: what the person wanted to try after their last session, until the next one.

Only their own words, kindly framed, with no counts and no tick box: it is a reminder of an
intention, not a task to fail at.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from footholds.core import sessions as ss
from footholds.core.store import Session, Store
from footholds.ui.common import buttons
from footholds.ui.common.components import Card, label
from footholds.ui.common.own_words import own_words

FOLDED = 4  # lines of the words shown, at most, until Show all


class SessionTryCard(Card):
    """A quiet card, shown only while there is something to try: the design system's card
    and caption, as the next-thing card above it, and the words wrapped whole however long
    they are, in any language, at any width of the window. Long words show their first
    lines, ending in "…", and a quiet Show all: shown whole, 2,000 characters filled the
    window and pushed the rest of Today out of sight."""

    def __init__(self) -> None:
        super().__init__()
        self.caption = self.add(
            label(self.tr("From your last session, something to try"), "caption")
        )
        # their words from the session, wrapped however long a run they typed
        self.text = self.add(own_words())
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Something to try before your next session"))
        self.text.setAccessibleDescription(
            self.tr("Your own words from after your last session; here until the next one.")
        )
        self.text.show_at_most(FOLDED)
        self.whole = buttons.more("")
        self.whole.hide()
        self._say_whole()
        self.body.addWidget(self.whole, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()
        self.text.cut_changed.connect(self._on_cut_changed)
        self.whole.toggled.connect(self._on_whole_toggled)

    def refresh(self, store: Store, now: datetime) -> None:
        """Show the words to try, or hide when there are none."""
        self.show_words(ss.to_try(store.all(Session), now))

    def show_words(self, words: str) -> None:
        """The words to try (none: the card hides); new words start folded again."""
        if words != self.text.text():
            self.whole.setChecked(False)
        self.text.setText(words)
        self.setVisible(bool(words))
        self._on_cut_changed(self.text.is_cut())

    def _say_whole(self) -> None:
        if self.whole.isChecked():
            buttons.say(
                self.whole,
                self.tr("Show less"),
                self.tr("Show less of what to try"),
                self.tr("Shows only the first lines of what you wanted to try again."),
            )
        else:
            buttons.say(
                self.whole,
                self.tr("Show all"),
                self.tr("Show all of what to try"),
                self.tr("Shows all of what you wanted to try, here in Today."),
            )

    def _on_whole_toggled(self, on: bool) -> None:
        self.text.show_at_most(0 if on else FOLDED)
        self._say_whole()

    def _on_cut_changed(self, cut: bool) -> None:
        """Show all, only while words are left out (or shown whole by it, to fold again)."""
        self.whole.setVisible(cut or self.whole.isChecked())
