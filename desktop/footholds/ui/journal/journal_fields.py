"""The text parts of a log entry: a note field that knows Enter from Shift+Enter, and the
between-sessions journal questions that "More" reveals."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store.validate import CONTROL, NOTE_LIMIT, WORD_LIMIT
from footholds.ui.common import i18n
from footholds.ui.common.limits import limited_under

_PARAGRAPH = "\u2029"  # how QTextDocument separates lines internally
# The journal fields' values when nothing is written: what a form whose fields were never built
# (see LogForm.journal) gives for them.
NO_WORDS = {"trigger": "", "tried": "", "helped": "", "part": ""}


class NoteEdit(QPlainTextEdit):
    """Plain text that saves on Enter, starts a new line on Shift+Enter, and stays within
    the store's limit however much is pasted into it."""

    submit = Signal()
    message = Signal(str)  # something the person should know, e.g. a paste was trimmed

    def __init__(
        self, name: str, placeholder: str = "", lines: int = 3, limit: int = NOTE_LIMIT
    ) -> None:
        super().__init__()
        self.limit = limit
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the window
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        margins = int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 4
        self.setFixedHeight(line * lines + margins)
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        """The text exactly as typed: no character is replaced (toPlainText turns
        non-breaking spaces into plain ones)."""
        return self.document().toRawText().replace(_PARAGRAPH, "\n")

    def set_text(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
            else:
                self.submit.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            return
        # invisible control characters (binary pastes bring them) and direction controls: the
        # store refuses them, so a paste drops them rather than failing at save time
        pasted = CONTROL.sub("", source.text())
        cursor = self.textCursor()
        room = self.limit - (self._length() - len(cursor.selectedText()))
        if len(pasted) > room:
            pasted = pasted[: max(0, room)]
            self.message.emit(
                self.tr(
                    "That paste was too long to keep whole. A note holds up to {limit} "
                    "characters, so the first part is here and the rest was left out."
                ).format(limit=i18n.grouped(self.limit))
            )
        cursor.insertText(pasted)
        self.ensureCursorVisible()

    def _length(self) -> int:
        return len(self.document().toRawText())

    def _on_text_changed(self) -> None:
        # characterCount counts UTF-16 units, never fewer than characters: a cheap first check
        if self.document().characterCount() - 1 <= self.limit:
            return
        text = self.text()
        if len(text) > self.limit:
            self.blockSignals(True)
            self.setPlainText(text[: self.limit])
            self.moveCursor(self.textCursor().MoveOperation.End)
            self.blockSignals(False)
            self.message.emit(
                self.tr("A note holds up to {limit} characters.").format(
                    limit=i18n.grouped(self.limit)
                )
            )


class JournalFields(QWidget):
    """What set it off, what I tried, what helped, and which part of me is loud right now."""

    submit = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trigger = NoteEdit("", lines=2)
        self.tried = NoteEdit("", lines=2)
        self.helped = NoteEdit("", lines=2)
        self.part = QComboBox()
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
            if field is not self.part:
                layout.addSpacing(4)
        for field in (self.trigger, self.tried, self.helped):
            field.submit.connect(self.submit.emit)
            field.message.connect(self.message.emit)
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
