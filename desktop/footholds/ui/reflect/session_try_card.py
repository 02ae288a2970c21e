"""In Today: what the person wanted to try after their last session, until the next one.

Only their own words, kindly framed, with no counts and no tick box: it is a reminder of an
intention, not a task to fail at.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from footholds.core import sessions as ss
from footholds.core.store import Session, Store
from footholds.ui.common.own_words import own_words


class SessionTryCard(QFrame):
    """A quiet card, shown only while there is something to try."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("card", True)  # the design system's card (ui/common/theme.py)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        caption = QLabel(self.tr("From your last session, something to try"))
        caption.setProperty("soft", True)
        caption.setWordWrap(True)
        self.text = own_words()  # their words from the session, wrapped however long
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Something to try before your next session"))
        self.text.setAccessibleDescription(
            self.tr("Your own words from after your last session; here until the next one.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(caption)
        layout.addWidget(self.text)
        self.hide()

    def refresh(self, store: Store, now: datetime) -> None:
        """Show the words to try, or hide when there are none."""
        words = ss.to_try(store.all(Session), now)
        self.text.setText(words)
        self.setVisible(bool(words))
