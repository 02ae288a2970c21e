"""Where the person's words would be while the passphrase lock keeps them out of memory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from footholds.ui.common import buttons, tokens
from footholds.ui.common.components import label


class LockedNote(QWidget):
    """One soft line saying the words are locked and show again once Footholds is unlocked,
    and an Unlock… link that asks for the passphrase (`ask`). A section that stays open while
    locked (Get help now's people) shows it in place of its empty state, which would read as
    if what the person wrote were gone."""

    def __init__(self, ask: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = label("", soft=True)
        # the tray menu's own words for it, so the two read the same
        self.unlock = buttons.link(QCoreApplication.translate("menu", "Unlock…"))
        self.unlock.clicked.connect(lambda: ask())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.XS)
        layout.addWidget(self.line)
        layout.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignLeft)

    def say(self, line: str) -> None:
        """What is locked, in the section's words (again after a language change)."""
        self.line.setText(line)
        self.unlock.setText(QCoreApplication.translate("menu", "Unlock…"))
        self.unlock.setAccessibleName(self.unlock.text())
        self.unlock.setAccessibleDescription(line)
