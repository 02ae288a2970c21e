"""Where the person's words would be while the passphrase lock keeps them out of memory."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget
from shiboken6 import isValid

from footholds.ui.common import buttons, tokens
from footholds.ui.common.components import label
from footholds.ui.common.undo import UndoBar

if TYPE_CHECKING:
    from footholds.ui.context import LockView


def unlock_first(locker: LockView, owner: QWidget, then: Callable[[], object]) -> bool:
    """For a change to what stays readable while locked (removing one of Get help now's own
    numbers; adding one needs no key, Store.add): True
    when the entries are locked, and the passphrase is asked instead, `then` running once
    they are open (if `owner` is still there; "Not now" drops it), even if a window is
    asked for meanwhile (AppLock.ask's must_run: a window opens after). Locked, the store cannot
    remove or change a record, and one added would wait sealed, out of sight until the
    unlock, as if it had not been taken: a generic "locked" box, or words that seem lost."""
    if not locker.locked:
        return False
    locker.ask(lambda: then() if isValid(owner) else None, must_run=True)
    return True


def undo_unlock_first(locker: LockView, bar: UndoBar, then: Callable[[], object]) -> bool:
    """For Undo on `bar` of a removal that cannot be put back while locked, called from the
    undo itself (`then` is that undo): True when the entries are locked, and the passphrase
    is asked instead. Undo stays offered meanwhile, as it was (UndoBar.hold): the strip had
    gone when Undo was pressed, and a "Not now" lost the removal's Undo for good. Once the
    entries are open, the offer standing then is undone, once (pressed again while asked, it
    is still one: the first puts it back and ends the offer), a window asked for meanwhile
    opening after it; after "Not now" it stands a few seconds more, to press again."""
    if not locker.locked:
        return False
    if not bar.hold():  # not the strip's Undo running: asked as any change is
        return unlock_first(locker, bar, then)
    dialog = locker.ask(lambda: bar.undo() if isValid(bar) else None, must_run=True)
    if isinstance(dialog, QDialog):
        dialog.finished.connect(bar.release)  # after the unlock's own answer: Undo done then
    return True


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
