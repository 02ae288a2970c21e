"""Fields that hold as much as the store keeps for them, and say so as the person reaches
the end: a field that silently stops taking keys reads as broken, and one that takes more
than is kept would lose the end of the words at saving.

`limited` for a line field, `LimitedText` for a box of several lines, and `limit_words`, the
sentence both say (a status line that keeps room for it reserves these words).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from footholds.ui.common import i18n


def limit_words(limit: int) -> str:
    """What `limited` says at the limit; a line that keeps room for it reserves these words."""
    words = QCoreApplication.translate("components", "Up to {limit} characters fit here.")
    return words.format(limit=i18n.grouped(limit))  # "20.000" in Spanish (its 5000 stays whole)


def limited(field: QLineEdit, limit: int, say: Callable[[str], None]) -> QLineEdit:
    """Let `field` hold as much as the store keeps for it (`limit`, from core) and say so
    through `say` as the person reaches it: a field that silently stops taking keys reads as
    broken, and one that takes more than is kept refuses the words after they were typed."""
    field.setMaxLength(limit)

    def on_edited(text: str) -> None:
        if len(text) >= limit:  # typed or pasted up to the end; a paste is cut there
            say(limit_words(limit))

    field.textEdited.connect(on_edited)
    return field


class LimitedText(QPlainTextEdit):
    """`limited` for a box of several lines, which has no maxLength: it holds as much as the
    store keeps (`limit`, from core). A paste past it keeps its start, up to the limit, and a
    key at the limit is left out; either way `say` tells the person "Up to … characters fit
    here." while they are still in the box. Cut before it goes in, so one Undo takes back the
    whole paste, and saving keeps every character the box shows, never a cut version of it."""

    def __init__(
        self, limit: int, say: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.say = say

    def room(self) -> int:
        """How many more characters fit, counting what a selection would give back."""
        taken = len(self.document().toRawText()) - len(self.textCursor().selectedText())
        return self.limit - taken

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if not text or len(text) <= self.room():
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(text[: max(0, self.room())])  # Python counts as the store
        self.ensureCursorVisible()
        self.say(limit_words(self.limit))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        adds = typed.isprintable() or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if typed and adds and len(typed) > self.room():
            event.accept()
            self.say(limit_words(self.limit))
            return
        super().keyPressEvent(event)
