"""The small field under Plan something's list where one of the person's own activities gets
new words (own_activities.py opens it): Save and Cancel beside it, Enter saves and Esc
cancels while the keyboard is in it, and a line under it, in room kept from the start, that
says the field's limit or that some words are needed. No dialog: it opens where they were."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from footholds.core.store import Activity
from footholds.ui.common import buttons, tokens
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import limited_under


def needs_words() -> str:
    """What the line under the field says when Save finds no words in it."""
    return QCoreApplication.translate(
        "RenameRow", "Write a few words for it; until then it keeps its old ones."
    )


def tidy(words: str) -> str:
    """The words as the list keeps them: spaces and tabs in runs made one, none at the ends
    (as the field below the list adds them, PlanActivityWindow.chosen)."""
    return " ".join(words.split())


class RenameRow(QWidget):
    """The field with the words, Save and Cancel, and its line: `saved` carries the words,
    tidied, once there are some; `cancelled` when the person leaves them as they were."""

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.said = Feedback()
        self.said.keep_room_for(lambda: [needs_words()])
        # the limit of the field that makes an activity (activity_plan.py), said in the line
        self.field = limited_under(QLineEdit(), Activity.TEXT_LIMIT, self.said)
        self.field.setAccessibleName(self.tr("New words for this one"))
        self.field.setAccessibleDescription(
            self.tr("Enter saves them; Esc leaves them as they were.")
        )
        self.save = buttons.secondary(
            self.tr("Save"),
            self.tr("Save the new words"),
            self.tr("Changes the words in your list; plans already made keep theirs."),
        )
        self.cancel = buttons.quiet(
            self.tr("Cancel"),
            self.tr("Keep the old words"),
            self.tr("Leaves the words as they were."),
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(tokens.S)  # as the window's rows (inside the column below it was none)
        row.addWidget(self.field, 1)
        row.addWidget(self.save)
        row.addWidget(self.cancel)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)  # the line just under the field it answers
        column.addLayout(row)
        column.addWidget(self.said)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # the field's own: the window's Enter would press "Plan it"
            enter = QShortcut(QKeySequence(key), self.field, self._on_save_clicked)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        # anywhere in the row (the field, Save, Cancel): the window's Esc would close it
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel.clicked.connect(self.cancelled.emit)
        self.field.textChanged.connect(self._on_field_changed)

    def start(self, words: str) -> None:
        """Open on `words`, all of them chosen, so typing replaces them and End goes on."""
        self.said.clear_now()
        self.field.setText(words)
        self.field.setModified(False)
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def changed(self) -> bool:
        """Whether the person has typed in it since it opened."""
        return self.field.isModified()

    def _on_save_clicked(self) -> None:
        words = tidy(self.field.text())
        if not words:
            self.said.say(needs_words(), seconds=None)  # until they type again
            self.field.setFocus()
            return
        self.saved.emit(words)

    def _on_field_changed(self) -> None:
        if self.said.text() == needs_words() and self.said.speaking:
            self.said.fade_out()
