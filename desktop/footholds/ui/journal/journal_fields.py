"""The text parts of a log entry: a note field that knows Enter from Shift+Enter, and the
between-sessions journal questions that "More" reveals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store.validate import NOTE_LIMIT, WORD_LIMIT
from footholds.ui.common.limits import LimitedText, limited_under, room_under

_PARAGRAPH = "\u2029"  # how QTextDocument separates lines internally
# The journal fields' values when nothing is written: what a form whose fields were never built
# (see LogForm.journal) gives for them.
NO_WORDS = {"trigger": "", "tried": "", "helped": "", "part": ""}


class NoteEdit(LimitedText):
    """Plain text that saves on Enter, starts a new line on Shift+Enter, and stays within
    the store's limit however much is pasted into it, saying so just under itself in the one
    limit line every box has, `said`, which its form lays out under it (it was a sentence at
    the foot of the window, apart from the box, in the journal's entry editor)."""

    submit = Signal()

    def __init__(
        self, name: str, placeholder: str = "", lines: int = 3, limit: int = NOTE_LIMIT
    ) -> None:
        super().__init__(limit)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the window
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        margins = int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 4
        self.setFixedHeight(line * lines + margins)
        self.textChanged.connect(self._keep_within)

    def text(self) -> str:
        """The text exactly as typed: no character is replaced (toPlainText turns
        non-breaking spaces into plain ones)."""
        return self.document().toRawText().replace(_PARAGRAPH, "\n")

    def set_text(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.submit.emit()
            elif self.room() < 1:
                self.say_limit()
            else:
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
            event.accept()
            return
        super().keyPressEvent(event)

    def _keep_within(self) -> None:
        # words set whole (a draft, say) may run past the limit: cut at it, and said
        # characterCount counts UTF-16 units, never fewer than characters: a cheap first check
        if self.document().characterCount() - 1 <= self.limit:
            return
        text = self.text()
        if len(text) > self.limit:
            self.blockSignals(True)
            self.setPlainText(text[: self.limit])
            self.moveCursor(self.textCursor().MoveOperation.End)
            self.blockSignals(False)
            self.say_limit()


class JournalFields(QWidget):
    """What set it off, what I tried, what helped, and which part of me is loud right now."""

    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trigger = NoteEdit("", lines=2)
        self.tried = NoteEdit("", lines=2)
        self.helped = NoteEdit("", lines=2)
        from PySide6.QtWidgets import QComboBox  # built with "More", not with the quick log

        from footholds.ui.common.wheel import wheel_after_click

        self.part = wheel_after_click(QComboBox())
        self.part.setEditable(True)
        self.part.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.part.lineEdit()
        assert line_edit is not None  # the box is editable
        limited_under(line_edit, WORD_LIMIT)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.labels: list[QLabel] = []
        for field in (self.trigger, self.tried, self.helped, self.part):
            label = QLabel()
            self.labels.append(label)
            label.setBuddy(field)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(field)
            if isinstance(field, NoteEdit):
                layout.addWidget(field.said)  # its room kept: the air before the next label
        # the room the limit said under the part takes: last on the page, those words fell
        # past the end of the entry editor's page, over its buttons, and were hidden there
        layout.addSpacing(room_under(self))
        for field in (self.trigger, self.tried, self.helped):
            field.submit.connect(self.submit.emit)
        self.retranslate()

    def retranslate(self) -> None:
        """Its words in the current language (at first, and after a language switch); what
        is written stays."""
        self.setAccessibleName(self.tr("Journal"))
        self.trigger.setAccessibleName(self.tr("What set it off?"))
        self.trigger.setAccessibleDescription(
            self.tr("Whatever seemed to start this feeling, if you know. Optional.")
        )
        self.tried.setAccessibleName(self.tr("What I tried"))
        self.tried.setAccessibleDescription(
            self.tr("Anything you did to get through it, big or small. Optional.")
        )
        self.helped.setAccessibleName(self.tr("What helped, even a little"))
        self.helped.setAccessibleDescription(
            self.tr("Anything that eased it, even for a moment. Optional.")
        )
        self.part.setAccessibleName(self.tr("Which part of me is loud right now"))
        self.part.setAccessibleDescription(
            self.tr("Pick a part of you from your list, or type your own name for it. Optional.")
        )
        # The list that pops up is read on its own, so it gets a name too.
        self.part.view().setAccessibleName(self.tr("Parts of me"))
        self.part.view().setAccessibleDescription(
            self.tr("Choose the part of you that feels loud right now.")
        )
        line_edit = self.part.lineEdit()
        assert line_edit is not None  # the box is editable
        line_edit.setPlaceholderText(self.tr("pick one, or give it your own name"))
        line_edit.setAccessibleName(self.part.accessibleName())
        for label, field in zip(
            self.labels, (self.trigger, self.tried, self.helped, self.part), strict=True
        ):
            label.setText(field.accessibleName())

    def set_parts(self, parts: list[str]) -> None:
        """The person's list of parts; what is typed in the field stays."""
        current = self.part.currentText()
        self.part.blockSignals(True)
        self.part.clear()
        self.part.addItems(parts)
        self.part.setCurrentIndex(-1)
        self.part.setEditText(current)
        self.part.blockSignals(False)

    def values(self) -> dict[str, str]:
        """The fields as LogEntry keyword arguments (NO_WORDS has the same keys, all empty)."""
        return {
            "trigger": self.trigger.text(),
            "tried": self.tried.text(),
            "helped": self.helped.text(),
            "part": " ".join(self.part.currentText().split()),
        }

    def load(self, trigger: str, tried: str, helped: str, part: str) -> None:
        self.trigger.set_text(trigger)
        self.tried.set_text(tried)
        self.helped.set_text(helped)
        self.part.setCurrentIndex(-1)
        self.part.setEditText(part)

    def clear(self) -> None:
        self.load(**NO_WORDS)

    def has_content(self) -> bool:
        return any(v.strip() for v in self.values().values())
