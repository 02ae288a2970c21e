"""One of the three small things in Today's routine, as a row: its tick and words, or, while
the three are being changed, a field for its words and Remove.

Kept apart from the routine section (routine.py), which picks, orders and saves the three:
a row only shows one and hands what the person does with it back to the section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from footholds.core.store import RoutineItem
from footholds.core.suggestions import words_of
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import language
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import limited_under, room_under
from footholds.ui.common.own_words import OwnWords

if TYPE_CHECKING:
    from footholds.ui.today.routine import RoutineSection


class _ClickLabel(OwnWords):
    """Words beside a checkbox that tick it too, and wrap however long they are."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class RoutineRow(QWidget):
    """One of the three: a tick and its words, or (while changing them) a field and Remove."""

    def __init__(self, section: RoutineSection, item: RoutineItem) -> None:
        super().__init__()
        self.item = item
        self.check = QCheckBox()
        self.words = _ClickLabel()
        self.field = QLineEdit()
        limited_under(self.field, 200)
        self.field.setAccessibleName(self.tr("Routine step"))
        self.field.setAccessibleDescription(
            self.tr("The words for this one of your three; change them any time.")
        )
        self.remove = buttons.quiet(
            self.tr("Remove"),
            description=self.tr(
                "Takes this one off your three, after asking; you can undo it for a moment."
            ),
        )
        # room kept beside the words for a small "done", so a tick moves nothing
        self.feedback = Feedback()
        self.feedback.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.feedback.setFixedWidth(
            self.feedback.fontMetrics().horizontalAdvance(self.done_words()) + tokens.S
        )
        layout = self.row_layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.feedback, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.remove)
        self.check.toggled.connect(self._on_toggled)
        self.words.clicked.connect(self.check.toggle)
        self.field.editingFinished.connect(self._on_field_edited)
        self.remove.clicked.connect(lambda: section.remove_item(self.item.id))
        self.section = section

    def done_words(self) -> str:
        return self.tr("Done. That counts.")

    def _on_toggled(self, on: bool) -> None:
        if on:
            self.feedback.say(self.done_words())
        else:
            self.feedback.clear_now()
        self.section.set_ticked(self.item.id, on)

    def shown_words(self) -> str:
        """The item's words as shown: a built-in suggestion's in the language of the day."""
        return words_of(self.item.text, language(self.section.ctx))

    def show_item(self, item: RoutineItem, ticked: bool, editing: bool) -> None:
        self.item = item
        text = self.shown_words()
        self.words.setText(text)
        self.check.setAccessibleName(text)
        self.check.setAccessibleDescription(
            self.tr("Ticks it off for today; it clears on its own when a new day begins.")
        )
        self.remove.setAccessibleName(self.tr("Remove “{text}”").format(text=text))
        self.check.blockSignals(True)
        self.check.setChecked(ticked)
        self.check.blockSignals(False)
        if not self.field.hasFocus():
            self.field.setText(text)
            self.field.setCursorPosition(0)  # long words show their beginning
        self.check.setVisible(not editing)
        self.words.setVisible(not editing)
        self.feedback.setVisible(not editing)
        self.field.setVisible(editing)
        self.remove.setVisible(editing)
        # while the words can be changed, each row keeps room under its field for the limit's
        # line, which lay over the next row or the Add field; ticking needs none
        self.row_layout.setContentsMargins(0, 0, 0, room_under(self.field) if editing else 0)

    def _on_field_edited(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.field.setText(self.shown_words())
        elif text != self.shown_words():
            self.section.rename_item(self.item.id, text)
