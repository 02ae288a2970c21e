"""The people the person trusts as Get help now shows them while the lock is on and they keep
them readable (core/lock/people_copy.py): each name, how to reach them, and Copy number when
that holds one. A message of their own waits for the unlock; someone without one has
Footholds' own ready messages, as unlocked (they are no secret). Needs no AppContext."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core.phone_in_words import phone_number
from footholds.ui.common import buttons, icons
from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import escape
from footholds.ui.common.components import label
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
    """One person: name, how to reach them, Copy number when there is one; with `locked_own`
    a soft line saying their own message waits for the unlock."""

    def __init__(self, name: str, how: str, locked_own: bool = False) -> None:
        super().__init__()
        self.name = name
        title, reach = person_heading(name, how)
        self.copy_number = number_button(name, how)
        self.own: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(title)
        if reach is not None:
            layout.addWidget(reach)
        if locked_own:
            self.own = label(locked_own_words(), soft=True)
            self.own.setContentsMargins(12, 0, 0, 0)
            layout.addWidget(self.own)
        if self.copy_number is not None:
            actions = QHBoxLayout()
            actions.setContentsMargins(12, 0, 0, 0)
            actions.addWidget(self.copy_number)
            actions.addStretch(1)
            layout.addLayout(actions)


def locked_own_words() -> str:
    """Under someone kept readable who has a message of their own: it is there, only locked."""
    return QCoreApplication.translate(
        "TrustedPeople", "Your own message for them is safe, only locked for now."
    )


def stand_in_words() -> str:
    """Above the ready message shown, while locked, for someone with a message of their own:
    theirs is kept, only locked, and this one stands in for it until then."""
    return QCoreApplication.translate(
        "TrustedPeople",
        "Your own message for them is locked for now and shows here again once Footholds is "
        "unlocked. Meanwhile, a ready one:",
    )


def locked_messages_words(known: bool = True) -> str:
    """Under the people shown while locked, when someone has (or, `known` False, may have) a
    message of their own. Not known (a copy from before Footholds noted it): words true
    whether they wrote one or not."""
    if not known:
        return QCoreApplication.translate(
            "TrustedPeople",
            "Any messages you wrote for them are safe, only locked for now; they show here "
            "again once Footholds is unlocked.",
        )
    return QCoreApplication.translate(
        "TrustedPeople", "What you wrote yourself shows here again once Footholds is unlocked."
    )


def own_message(person: tuple[str, str]) -> bool | None:
    """Whether someone kept readable has a message of their own; None when not known."""
    said = getattr(person, "own_message", None)
    return said if isinstance(said, bool) else None


class ReadablePeople(QWidget):
    """The people kept readable while locked. Each gets the row `with_ready(name, how, own)`
    makes, with Footholds' own ready messages to copy (as unlocked; no secret); with `own`
    True, they have a message of their own, locked, and the row says so: a ready one stands
    in for it meanwhile. When anyone has one or may have one, a line under them says they
    show once unlocked, with Unlock… (`ask`). Someone a copy from before says nothing of
    (a message of their own or not), and everyone without `with_ready`, gets a row of their
    name and how to reach them only."""

    def __init__(
        self,
        people: Sequence[tuple[str, str]],
        ask: Callable[[], object] | None,
        parent: QWidget | None = None,
        with_ready: Callable[[str, str, bool], QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.rows: list[QWidget] = []
        for person in people:
            name, how = person
            own = own_message(person)
            if own is not None and with_ready is not None:
                # their own message locked, a ready one stands in, to copy now: on a hard
                # evening the person most carefully written for was the hardest to reach
                self.rows.append(with_ready(name, how, own))
            else:
                self.rows.append(ReadableRow(name, how, locked_own=own is True))
        for row in self.rows:
            layout.addWidget(row)
        self.note: LockedNote | None = None
        owns = [own_message(person) for person in people]
        waiting = any(own is not False for own in owns) or with_ready is None
        if ask is not None and self.rows and waiting:
            self.note = LockedNote(ask)
            # without `with_ready`, no one's ready messages show: said as not known
            known = with_ready is not None and None not in owns
            self.note.say(locked_messages_words(known=known))
            layout.addWidget(self.note)
