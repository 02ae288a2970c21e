"""The reminder card's posture row: Sitting, Standing, Lying down, shown for a movement
reminder so the person can swap in a movement that suits how they are right now.

Kept apart from reminder_card.py because it is one self-contained row with its own words and
one thing to report (the posture chosen); the card only shows it and passes the choice on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

POSTURES = ("sitting", "standing", "lying")


class PostureRow(QWidget):
    """Three toggles, one ticked; a click asks for a movement for that posture."""

    chosen = Signal(str)  # "sitting" | "standing" | "lying"

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        for name in POSTURES:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.group.addButton(button)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.retranslate()
        self.group.buttonClicked.connect(self._on_clicked)

    def retranslate(self) -> None:
        """The words in the current language: at first, and when the card they sit in is
        worded again after a language switch (the ticked posture stays)."""
        labels = {
            "sitting": self.tr("Sitting"),
            "standing": self.tr("Standing"),
            "lying": self.tr("Lying down"),
        }
        for name, button in self.buttons.items():
            button.setText(labels[name])
            button.setAccessibleName(self.tr("I am {feeling}").format(feeling=labels[name].lower()))
            button.setAccessibleDescription(
                self.tr("Swaps in a movement that suits how you are right now.")
            )

    def _on_clicked(self, button: QToolButton) -> None:
        for name, candidate in self.buttons.items():
            if candidate is button:
                self.chosen.emit(name)
