"""The proof list's editor: the card that opens to add an entry or change one, with what the
person got through, the day, and optional tags.

Kept apart from proof_list.py so the window holds the list, the search and "show me one"; the
editor only fills its fields and hands their values back, and the window saves them.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import Proof
from footholds.ui.common.buttons import set_role
from footholds.ui.common.day_edit import DayEdit
from footholds.ui.common.limits import LimitedText


def parse_tags(text: str) -> list[str]:
    """Tags typed as "work, family" (a leading # is allowed and dropped)."""
    return [t.strip().lstrip("#").strip() for t in text.split(",") if t.strip().lstrip("#")]


class ProofEditor(QFrame):
    """Add or change one entry: what they got through, when, and optional tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("card", True)  # drawn as a card by the application style sheet
        self.editing: Proof | None = None
        # put away with Esc holding words: it opens again just as it was left (start)
        self.draft = False
        self.text = LimitedText(Proof.TEXT_LIMIT)  # what is kept, said under it at the end
        self.text.setPlaceholderText(self.tr("What did you get through? Small things count."))
        self.text.setAccessibleName(self.tr("What you got through"))
        self.text.setAccessibleDescription(
            self.tr("A few words about something you got through. Small things count.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.date = DayEdit()  # "Today", "Thu 3 Dec": as the list reads; stored as ISO
        self.date.setAccessibleName(self.tr("The date"))
        self.date.setAccessibleDescription(
            self.tr("The day it happened; today unless you change it.")
        )
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Optional, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setAccessibleDescription(
            self.tr("Words to find this entry by later, like work or family. Optional.")
        )
        self.save = QPushButton(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save this entry"))
        self.save.setAccessibleDescription(
            self.tr("Keeps this entry in your proof list; Ctrl+Enter does the same.")
        )
        self.save.setDefault(True)
        set_role(self.save, "secondary")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel without saving"))
        self.cancel.setAccessibleDescription(
            self.tr("Closes the editor and leaves your proof list as it was.")
        )
        set_role(self.cancel, "quiet")
        form = QFormLayout()
        form.addRow(self.tr("When"), self.date)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.text)
        layout.addWidget(self.text.said)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.hide()

    def start(self, proof: Proof | None = None, text: str = "") -> None:
        """Open empty (dated today), or filled with an entry to change; or, when words were
        put away with Esc (put_away), with those words, whatever opened it: nothing written
        is lost to a second click. Words brought with `text` then go under them."""
        if self.draft:
            self.draft = False
            if text.strip() and text.strip() not in self.text.toPlainText():
                self.text.appendPlainText(text)
            self.show()
            self.text.setFocus()
            return
        self.editing = proof
        self.text.setPlainText(proof.text if proof else text)
        self.text.said.clear_now()
        day = QDate.fromString(proof.day, "yyyy-MM-dd") if proof else QDate.currentDate()
        # something got through has happened already: no later day than today (or than the
        # entry's own, should an import have brought one from a clock set wrong)
        self.date.setMaximumDate(max(QDate.currentDate(), day))
        self.date.setDate(day)
        self.tags.setText(", ".join(proof.tags) if proof else "")
        self.save.setText(self.tr("Save changes") if proof else self.tr("Save"))
        self.show()
        self.text.setFocus()

    def holds_words(self) -> bool:
        """Words typed in it and not saved (as shell/windows.holds_typing counts them)."""
        typed = self.text.document().isModified() and bool(self.text.toPlainText().strip())
        return typed or (self.tags.isModified() and bool(self.tags.text().strip()))

    def put_away(self) -> None:
        """Close, keeping what is in it for the next time it opens (Esc)."""
        self.draft = self.holds_words()
        if not self.draft:
            self.editing = None
        self.hide()

    def discard(self) -> None:
        """Close and let go of what is in it (Cancel, or once saved)."""
        self.draft = False
        self.editing = None
        self.hide()

    def take_over(self, other: ProofEditor, editing: Proof | None) -> None:
        """Hold `other`'s put-away words as its own draft (the window built again in a new
        language); `editing` is the entry they change, read again from the store."""
        self.editing = editing
        self.text.setPlainText(other.text.toPlainText())
        self.text.document().setModified(True)  # still typed and unsaved: closing keeps them
        self.date.setMaximumDate(other.date.maximumDate())
        self.date.setDate(other.date.date())
        self.tags.setText(other.tags.text())
        self.tags.setModified(other.tags.isModified())
        self.save.setText(self.tr("Save changes") if editing else self.tr("Save"))
        self.draft = True

    def values(self) -> dict[str, object]:
        """What is in the fields now, ready for a Proof."""
        return {
            "text": self.text.toPlainText().strip(),
            "day": self.date.date().toString("yyyy-MM-dd"),
            "tags": parse_tags(self.tags.text()),
        }
