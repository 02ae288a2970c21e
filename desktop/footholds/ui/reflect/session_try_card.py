"""In Today: what the person wanted to try after their last session, until the next one.

Only their own words, kindly framed, with no counts and no tick box: it is a reminder of an
intention, not a task to fail at.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from footholds.core import sessions as ss
from footholds.core.store import Session, Store
from footholds.ui.common.components import Card, label
from footholds.ui.common.own_words import own_words


class SessionTryCard(Card):
    """A quiet card, shown only while there is something to try: the design system's card
    and caption, as the next-thing card above it, and the words wrapped whole however long
    they are, in any language, at any width of the window."""

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
        self.hide()

    def refresh(self, store: Store, now: datetime) -> None:
        """Show the words to try, or hide when there are none."""
        words = ss.to_try(store.all(Session), now)
        self.text.setText(words)
        self.setVisible(bool(words))
