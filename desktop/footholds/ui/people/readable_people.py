"""The people the person trusts as Get help now shows them while the lock is on and they keep
them readable (core/lock/people_copy.py): each name, how to reach them, and Copy number when
that holds one; their messages wait for the unlock. Needs no AppContext."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core.phone_in_words import phone_number
from footholds.ui.common import buttons, icons
from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import escape
from footholds.ui.common.locked import LockedNote
from footholds.ui.common.own_words import own_words


def number_button(name: str, how: str) -> QPushButton | None:
    """Copy number for someone whose "how to reach them" holds one phone number (the crisis
    lines' own words and way: the button says Copied for a moment); else None."""
    number = phone_number(how)
    if number is None:
        return None
    translate = QCoreApplication.translate
    button = buttons.secondary(translate("CrisisLines", "Copy number"))
    button.setIcon(icons.ui_icon("copy"))
    button.setAccessibleName(
        translate("CrisisLines", "Copy the number for {name}").format(name=name)
    )
    button.setAccessibleDescription(
        translate(
            "CrisisLines", "Puts {number} on the clipboard, to paste or to dial from your phone."
        ).format(number=number)
    )
    copied = translate("CrisisLines", "Copied")
    buttons.room_for(button, copied)
    button.clicked.connect(lambda _=False, b=button, n=number: buttons.copy_text(b, n, copied))
    return button


def person_heading(name: str, how: str) -> tuple[QLabel, QLabel | None]:
    """A person's name, bold, and how to reach them in soft words (selectable), as the people
    list shows them."""
    label = QLabel(f"<b>{escape(breakable(name))}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(name)  # as written: no break points read aloud
    if not how.strip():
        return label, None
    reach = own_words(how, soft=True)
    reach.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label, reach


class ReadableRow(QFrame):
    """One person: name, how to reach them, Copy number when there is one."""

    def __init__(self, name: str, how: str) -> None:
        super().__init__()
        self.name = name
        title, reach = person_heading(name, how)
        self.copy_number = number_button(name, how)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(title)
        if reach is not None:
            layout.addWidget(reach)
        if self.copy_number is not None:
            actions = QHBoxLayout()
            actions.setContentsMargins(12, 0, 0, 0)
            actions.addWidget(self.copy_number)
            actions.addStretch(1)
            layout.addLayout(actions)


def locked_messages_words() -> str:
    """Under the people shown while locked: their messages are there, only locked."""
    return QCoreApplication.translate(
        "TrustedPeople",
        "Your messages for them are safe, only locked for now; they show here again once "
        "Footholds is unlocked.",
    )


class ReadablePeople(QWidget):
    """The people kept readable while locked, and a line saying their messages wait for the
    unlock, with Unlock… (`ask`)."""

    def __init__(
        self,
        people: list[tuple[str, str]],
        ask: Callable[[], object] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.rows = [ReadableRow(name, how) for name, how in people]
        for row in self.rows:
            layout.addWidget(row)
        self.note: LockedNote | None = None
        if ask is not None and self.rows:
            self.note = LockedNote(ask)
            self.note.say(locked_messages_words())
            layout.addWidget(self.note)
