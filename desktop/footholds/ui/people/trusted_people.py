"""The people the person trusts, each with a ready low-energy message to copy in one click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.lock import people_copy
from footholds.core.store import Person
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import hint, language
from footholds.ui.common.components import label
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import limited_under
from footholds.ui.common.locked import LockedNote
from footholds.ui.common.operations import save_record
from footholds.ui.common.own_words import own_words
from footholds.ui.common.refresh import Refresher
from footholds.ui.people.readable_people import (
    ReadablePeople,
    number_button,
    person_heading,
    stand_in_words,
)

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class PersonRow(QFrame):
    """One person: name, how to reach them, and a message with a Copy button; `locked_own`, a
    line saying their own message is locked and the ready one stands in for it."""

    def __init__(
        self, ctx: AppContext, person: Person, messages: list[str], locked_own: bool = False
    ) -> None:
        super().__init__()
        self.person = person
        self.messages = [person.message] if person.message.strip() else []
        self.messages += [m for m in messages if m not in self.messages]
        self.at = 0
        name, how = person_heading(person.name, person.how)
        # text() gives the message as written, so Copy never carries the break points
        self.message = own_words(self.messages[0] if self.messages else "", selectable=True)
        self.message.setAccessibleName(self.tr("A message for {name}").format(name=person.name))
        self.message.setContentsMargins(12, 0, 0, 0)
        self.copy = buttons.secondary(self.tr("Copy message"))
        self.copy.setIcon(icons.ui_icon("copy"))
        self.copy.setAccessibleName(self.tr("Copy the message for {name}").format(name=person.name))
        self.copy.setAccessibleDescription(
            self.tr("Puts this message on the clipboard, ready to paste and send.")
        )
        self.other = buttons.quiet(self.tr("Another"))
        self.other.setIcon(icons.ui_icon("another"))
        self.other.setAccessibleName(
            self.tr("Show another message for {name}").format(name=person.name)
        )
        self.other.setAccessibleDescription(
            self.tr("Swaps in a different ready message, if this one doesn't fit.")
        )
        self.other.setEnabled(len(self.messages) > 1)
        # under the buttons, in room kept for it at any width: beside them it wrapped to
        # three lines in a narrow window, and everything under the row dropped when it spoke
        self.done = Feedback()
        self.done.setContentsMargins(12, 0, 0, 0)
        self.done.keep_room_for(self._copied_words)
        actions = QHBoxLayout()
        actions.setContentsMargins(12, 0, 0, 0)
        # their number, when how to reach them holds one, one click from the clipboard too
        self.copy_number = number_button(person.name, person.how)
        if self.copy_number is not None:
            actions.addWidget(self.copy_number)
        actions.addWidget(self.copy)
        actions.addWidget(self.other)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(name)
        if how is not None:
            layout.addWidget(how)
        # while locked, their own message is kept out of memory: a soft line says so over
        # the ready one standing in for it (never its words)
        self.own: QLabel | None = None
        if locked_own:
            self.own = label(stand_in_words(), soft=True)
            self.own.setContentsMargins(12, 0, 0, 0)
            layout.addWidget(self.own)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.done)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.other.clicked.connect(self._on_other_clicked)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.message.text())
        self.done.say(self._copied_words()[0])

    def _copied_words(self) -> list[str]:
        return [self.tr("Copied. Paste it wherever you talk to them.")]

    def _on_other_clicked(self) -> None:
        self.show_message(self.at + 1)
        self.done.clear_now()

    def show_message(self, at: int) -> None:
        """Show the ready message at `at` (counted round the list)."""
        if self.messages:
            self.at = at % len(self.messages)
            self.message.setText(self.messages[self.at])


def locked_people_words() -> str:
    """What stands in for the list of people while it is locked."""
    return QCoreApplication.translate(
        "TrustedPeople",
        "Your list of people is safe, only locked for now; it shows here again once "
        "Footholds is unlocked.",
    )


class TrustedPeople(QWidget):
    """Everyone in the person's list; when it is empty, a kind line and a way to add someone;
    while the passphrase lock keeps the list out of memory, a line saying so and Unlock…"""

    def __init__(self, ctx: AppContext, inline_add: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.inline_add = inline_add
        self.rows: list[PersonRow] = []
        self.readable: ReadablePeople | None = None  # while locked, those kept readable
        # The pack's own order: the most urgent ("Can you call me?") first.
        self.ready = self._ready_messages()
        self.ready_stale = False

        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        self.empty = hint(ctx, "")
        self.locked = LockedNote(ctx.locker.ask)
        self.add_someone = buttons.secondary("")
        self.add_someone.setIcon(icons.ui_icon("add"))
        self.form = QWidget()
        # each holds what the store keeps, said under the row at the end: a longer name was
        # taken, then refused in a box when saved
        self.said = Feedback()
        self.name = limited_under(QLineEdit(), Person.NAME_LIMIT, self.said)
        self.how = limited_under(QLineEdit(), Person.HOW_LIMIT, self.said)
        self.save = buttons.secondary("")
        self._name_fields()
        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.how, 3)
        row.addWidget(self.save)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(0)
        form.addLayout(row)
        form.addWidget(self.said)
        self.form.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.locked)
        layout.addWidget(self.add_someone, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)

        self.refresh()
        self.add_someone.clicked.connect(self._on_add_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        self.name.returnPressed.connect(self._on_save_clicked)
        self.how.returnPressed.connect(self._on_save_clicked)
        self.refresher = Refresher(self, ctx.signals, self.refresh, kinds=(Person.KIND,))
        # at once, not debounced: Get help now stays open across Lock now, and the names and
        # messages must go with the lock (and come back with the unlock)
        ctx.locker.changed.connect(self._on_lock_changed)

    def _ready_messages(self) -> list[str]:
        return [i["text"] for i in content.load_pack("help_messages", language(self.ctx))]

    def _name_fields(self) -> None:
        """The words around the list, again when the language changes (typed text stays)."""
        self.empty.setText(
            self.tr(
                "No one is listed here yet. Even one person you could send a short message "
                "to can make a hard day a little lighter."
            )
        )
        self.locked.say(locked_people_words())
        self.add_someone.setText(self.tr("Add someone"))
        self.add_someone.setAccessibleName(self.tr("Add someone you trust"))
        self.add_someone.setAccessibleDescription(
            self.tr("Lets you write down someone you could send a short message to.")
        )
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Their name"))
        self.name.setAccessibleDescription(self.tr("A name or a nickname is enough."))
        self.how.setPlaceholderText(self.tr("How to reach them (optional)"))
        self.how.setAccessibleName(self.tr("How to reach them"))
        self.how.setAccessibleDescription(
            self.tr("For example a text message, or a call after six. Optional.")
        )
        self.save.setText(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save this person"))
        self.save.setAccessibleDescription(self.tr("Keeps them in your list of people."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_fields()
            # the rows and ready messages in the new language, by the one refresh policy:
            # once per burst of events, and never for a list that is not on screen
            self.ready_stale = True
            self.refresher.mark()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the people as the store has them now; a row keeps the message it was on (the
        same one, in the new language after a language change)."""
        if self.ready_stale:
            self.ready, self.ready_stale = self._ready_messages(), False
        at = {row.person.name: row.at for row in self.rows}
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()
            row.deleteLater()
        # locked, the store holds no one: that is not an empty list, and must not read as one.
        # Kept readable with the safety plan (core/lock/people_copy.py), their names and how
        # to reach them show still: their number is needed most when the rest is locked
        locked = self.ctx.locker.locked
        kept = people_copy.read(self.ctx.paths.store_dir) if locked else None
        people = [] if locked else self.ctx.store.all(Person)
        people = sorted(people, key=lambda p: p.name.casefold())
        self.rows = [PersonRow(self.ctx, p, self.ready) for p in people]
        for row in self.rows:
            row.show_message(at.get(row.person.name, 0))
            self.list.addWidget(row)
        if self.readable is not None:
            self.list.removeWidget(self.readable)
            self.readable.hide()
            self.readable.deleteLater()
            self.readable = None
        if kept:
            self.readable = ReadablePeople(kept, self.ctx.locker.ask, with_ready=self._with_ready)
            self.list.addWidget(self.readable)
        self.locked.setVisible(locked and kept is None)
        self.empty.setVisible(not people and (not locked or kept == []))
        can_add = self.ctx.windows.available("reach-out") or self.inline_add
        self.add_someone.setVisible(not people and can_add and not locked)
        if locked:
            self.form.hide()  # what was typed in it is there again at the next Add someone

    def _with_ready(self, name: str, how: str, own: bool) -> PersonRow:
        """Someone kept readable while locked: their row as unlocked, with Footholds' own
        ready messages (no secret: the app ships them). With `own`, they have a message of
        their own, locked: the row says so, and a ready one stands in for it meanwhile."""
        return PersonRow(self.ctx, Person(name=name, how=how), self.ready, locked_own=own)

    def _on_lock_changed(self, _locked: bool) -> None:
        self.refresh()

    def _on_add_clicked(self) -> None:
        if self.ctx.windows.available("reach-out"):
            # its form open, the keyboard in the name: on the window's first control, Enter
            # noted "I reached out to someone", a reach-out that never happened
            self.ctx.windows.show("reach-out", add=True)
        else:
            self.form.show()
            self.name.setFocus()

    def _on_save_clicked(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            return
        person = Person(name=name, how=self.how.text().strip())
        if save_record(self.ctx, person, self) is not None:
            self.name.clear()
            self.how.clear()
            self.form.hide()
            self.said.clear_now()
            self.refresh()
