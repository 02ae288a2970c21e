"""Trusted people, as cards, and the small form that adds or changes one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import Person
from footholds.ui.common import buttons as roles
from footholds.ui.common import dates, icons, kept_words, tokens
from footholds.ui.common.calm import wrapped
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.flow_layout import FlowLayout
from footholds.ui.common.limits import LimitedText, limited_under
from footholds.ui.common.own_words import OwnWords, own_words

NOTE_LINES = 3  # a person's note and message on their card, at most, until Show all
MESSAGE_LINES = 4


def _label(name: str = "") -> OwnWords:
    """A label for what the person wrote about someone: wrapped, however long a word."""
    return own_words(name=name)


class PersonCard(QFrame):
    """One person: how they like to be reached, a note, a ready message to copy."""

    copy_message = Signal(str)  # the text to copy
    reached = Signal(str)  # person id
    edit = Signal(str)
    remove = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.person = Person(name="-")
        self.name = _label("subheading")
        self.how = _label()
        self.note = _label("soft")
        self.message = _label()
        # a long note or message cut to a few lines, ending in "…": shown whole, one card
        # filled the window and pushed the rest out of sight (Show all, or Edit, shows it all;
        # Copy copies the whole message)
        self.note.show_at_most(NOTE_LINES)
        self.message.show_at_most(MESSAGE_LINES)
        self.whole = roles.more("")
        self.whole.hide()
        self._say_whole()
        self.copy = QPushButton(self.tr("Copy message"))
        self.copy.setIcon(icons.ui_icon("copy"))
        self.did = QPushButton(self.tr("I reached out"))
        self.change = QPushButton(self.tr("Edit"))
        self.drop = QPushButton(self.tr("Remove"))
        self.copy.setAccessibleDescription(
            self.tr("Puts your ready message on the clipboard, ready to paste and send.")
        )
        self.did.setAccessibleDescription(
            self.tr("Counts reaching out to them as a win in your journal.")
        )
        self.change.setAccessibleDescription(
            self.tr("Opens the form to change what is kept about them.")
        )
        self.drop.setAccessibleDescription(
            self.tr("Takes them off your list after asking; you can undo it for a few seconds.")
        )
        roles.set_role(self.copy, "secondary")
        roles.set_role(self.did, "secondary")
        roles.set_role(self.change, "quiet")  # not competing with reaching out
        roles.set_role(self.drop, "quiet")
        # "Copied" or "Noted" beside the buttons, on the card they were used on (said at the
        # head or foot of the page, it was out of sight); its room is kept, so saying it
        # moves nothing
        self.done = Feedback()
        words = (self.tr("Copied"), self.tr("Noted"))
        self.done.setFixedWidth(max(map(self.done.fontMetrics().horizontalAdvance, words)) + 12)
        # The buttons wrap onto a second line in a narrow window or a longer language,
        # rather than pushing the card (and the name on it) past the window's edge.
        row = QWidget()
        buttons = FlowLayout(row, spacing=tokens.XS)
        for button in (self.copy, self.did, self.change, self.drop, self.done):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        for widget in (self.name, self.how, self.note, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.whole, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(row)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.did.clicked.connect(lambda: self.reached.emit(self.person.id))
        self.change.clicked.connect(lambda: self.edit.emit(self.person.id))
        self.drop.clicked.connect(lambda: self.remove.emit(self.person.id))
        self.whole.toggled.connect(self._on_whole_toggled)
        self.note.cut_changed.connect(self._on_cut_changed)
        self.message.cut_changed.connect(self._on_cut_changed)

    def _say_whole(self) -> None:
        if self.whole.isChecked():
            roles.say(
                self.whole,
                self.tr("Show less"),
                self.tr("Show less of the note and message"),
                self.tr("Cuts the note and the ready message to their first lines again."),
            )
        else:
            roles.say(
                self.whole,
                self.tr("Show all"),
                self.tr("Show all of the note and message"),
                self.tr("Shows the whole note and ready message; Copy always copies all of it."),
            )

    def _on_whole_toggled(self, on: bool) -> None:
        self.note.show_at_most(0 if on else NOTE_LINES)
        self.message.show_at_most(0 if on else MESSAGE_LINES)
        self._say_whole()

    def _on_cut_changed(self, _cut: bool) -> None:
        """Show all, only while words are left out (or shown whole by it, to fold again)."""
        cut = self.note.is_cut() or self.message.is_cut()
        self.whole.setVisible(cut or self.whole.isChecked())

    def _on_copy_clicked(self) -> None:
        self.copy_message.emit(self.person.message)
        self.done.say(self.tr("Copied"))

    def noted(self) -> None:
        """Reaching out to them was saved as a win: say so where it was asked."""
        self.done.say(self.tr("Noted"))

    def show_person(self, person: Person) -> None:
        self.person = person
        self.name.setText(person.name)
        self.name.setToolTip(person.name)
        self.name.setAccessibleName(person.name)
        self.how.setText(self.tr("Best way to reach them: {how}").format(how=person.how))
        self.how.setVisible(bool(person.how.strip()))
        self.note.setText(person.note)
        self.note.setVisible(bool(person.note.strip()))
        self.message.setText(dates.quoted(person.message, locale=QLocale().name()))
        self.message.setVisible(bool(person.message.strip()))
        self.copy.setVisible(bool(person.message.strip()))
        name = person.name
        self.copy.setAccessibleName(self.tr("Copy the message for {name}").format(name=name))
        self.did.setAccessibleName(self.tr("I reached out to {name}").format(name=name))
        self.change.setAccessibleName(self.tr("Edit {name}").format(name=name))
        self.drop.setAccessibleName(self.tr("Remove {name}").format(name=name))


class PersonForm(QFrame):
    """Add someone, or change what is kept about them. Only the name is needed."""

    saved = Signal(object)  # a Person, new or changed (not yet stored)
    cancelled = Signal()
    opened = Signal(bool)  # shown to fill in (True), or let go (False)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.editing: Person | None = None
        self.as_started: dict[str, str] = {}  # the fields as `start` filled them
        # each holds what the store keeps and says so just under itself: a field that
        # silently stops taking keys reads as broken, and one line under the note for all
        # three said the name's 100 under the note, which holds 2000. Each line keeps its
        # room from the start, so nothing moves when it speaks
        self.name_said = Feedback()
        self.how_said = Feedback()
        self.said = Feedback()  # the note's
        self.name = limited_under(QLineEdit(), Person.NAME_LIMIT, self.name_said)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(
            self.tr("Their name or a nickname; this is all that's needed.")
        )
        self.how = limited_under(QLineEdit(), Person.HOW_LIMIT, self.how_said)
        # the example under the field, wrapped: as a placeholder it was cut short ("una
        # llamada después …") wherever the field is narrower than the words
        self.how_example = wrapped(self.tr("For example: a text message, a call after six"))
        self.how_example.setProperty("soft", True)
        self.how.setAccessibleName(self.tr("How they like to be reached"))
        self.how.setAccessibleDescription(self.how_example.text())
        self.note = limited_under(QLineEdit(), Person.NOTE_LIMIT, self.said)
        self.note.setAccessibleName(self.tr("A note"))
        self.note.setAccessibleDescription(
            self.tr("Anything you want to remember about them. Optional.")
        )
        self.message = LimitedText(Person.MESSAGE_LIMIT)  # said under it at the end
        self.message.setTabChangesFocus(True)
        self.message.setFixedHeight(70)
        self.message.setPlaceholderText(
            self.tr("A short message, ready to copy when energy is low")
        )
        self.message.setAccessibleName(self.tr("Ready message"))
        self.message.setAccessibleDescription(
            self.tr("A short message to copy when energy is low. Optional.")
        )
        self.problem = _label()
        # words kept earlier and brought back into the form (a Cancel's, or a close's): a
        # line at its head says whose they are, with a way to clear them (person_aside.py);
        # hidden, it takes no room
        self.kept_said = kept_words.line()
        self.kept_said.show()
        self.clear_kept = roles.quiet(
            self.tr("Clear them"),
            self.tr("Clear the words brought back"),
            self.tr("Empties the form; you can undo it for a few seconds."),
        )
        self.kept_row = QWidget()
        kept_row = QHBoxLayout(self.kept_row)
        kept_row.setContentsMargins(0, 0, 0, tokens.XS)
        kept_row.addWidget(self.kept_said, 1)
        kept_row.addWidget(self.clear_kept, 0, Qt.AlignmentFlag.AlignTop)
        self.kept_row.hide()
        self.save = roles.primary(
            self.tr("&Save"),
            description=self.tr("Keeps this person in your list; Ctrl+Enter does the same."),
        )
        self.cancel = roles.quiet(
            self.tr("&Cancel"),
            description=self.tr(
                "Closes the form without saving; words you wrote can be brought back for a "
                "few seconds."
            ),
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.name_said)
        form.addRow(self.tr("How they like to be reached"), self.how)
        # under the example, which stays with the field it explains
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.how_example)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.how_said)
        form.addRow(self.tr("Note"), self.note)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.said)
        form.addRow(self.tr("Ready message"), self.message)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.message.said)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.kept_row)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save.clicked.connect(self._on_save)
        self.cancel.clicked.connect(self.cancelled)
        for field in (self.name, self.how, self.note):
            field.returnPressed.connect(self._on_save)

    def start(self, person: Person | None) -> None:
        """Empty for someone new, or filled in to change `person`."""
        self.editing = person
        self.name.setText(person.name if person else "")
        self.how.setText(person.how if person else "")
        self.note.setText(person.note if person else "")
        self.message.setPlainText(person.message if person else "")
        self.message.said.clear_now()
        for said in (self.name_said, self.how_said, self.said):
            said.clear_now()
        self.problem.clear()
        self.kept_row.hide()
        self.as_started = self._words()  # what typed_words compares with
        self.show()
        self.name.setFocus()
        self.opened.emit(True)

    def let_go(self) -> None:
        """Hide, the fields emptied: words left in them, still marked typed, made the window
        one being written in (it kept its old language after a switch, and held the words
        in memory while locked)."""
        self.hide()
        for field in (self.name, self.how, self.note):
            field.clear()
            field.setModified(False)
        self.message.clear()
        self.message.document().setModified(False)
        self.opened.emit(False)

    def _words(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "how": self.how.text(),
            "note": self.note.text(),
            "message": self.message.toPlainText(),
        }

    def typed_words(self) -> dict[str, Any] | None:
        """While open, the words typed in it and not saved, with the person they are for
        ("" for someone new), to keep when Footholds closes (core/drafts.py); else None."""
        if self.isHidden():
            return None
        words = self._words()
        if words == self.as_started or not any(w.strip() for w in words.values()):
            return None
        return {"person": self.editing.id if self.editing else "", **words}

    def say_kept(self, line: str, could_say: list[str]) -> None:
        """The line at the form's head over words kept earlier and brought back into it
        (`line`, with room kept for each of `could_say`), and its Clear them."""
        self.kept_said.reserve(could_say)
        self.kept_said.say(line)
        self.kept_row.show()

    def fill(self, words: dict[str, Any]) -> None:
        """After `start`, words `typed_words` gave, in their fields as typed and not saved."""
        self.name.setText(str(words.get("name", "")))
        self.how.setText(str(words.get("how", "")))
        self.note.setText(str(words.get("note", "")))
        self.message.setPlainText(str(words.get("message", "")))
        kept_words.to_the_end(self.message)  # the line fields' setText puts it there
        for field in (self.name, self.how, self.note):
            field.setModified(True)
        self.message.document().setModified(True)

    def _on_save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.problem.setText(self.tr("A name (or a nickname) is all that's needed."))
            self.name.setFocus()
            return
        base = self.editing or Person(name=name)
        person = Person(
            id=base.id,
            at=base.at,
            name=name,
            how=self.how.text().strip(),
            note=self.note.text().strip(),
            message=self.message.toPlainText().strip(),
        )
        self.saved.emit(person)


class PersonList(QWidget):
    """The cards, kept by id so that refreshing does not rebuild what is unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, PersonCard] = {}
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.make_card = PersonCard

    def show_people(self, people: list[Person]) -> list[PersonCard]:
        """Show `people` in order; returns the cards made new (to connect their signals)."""
        made: list[PersonCard] = []
        ids = [p.id for p in people]
        for person_id in [i for i in self.cards if i not in ids]:
            card = self.cards.pop(person_id)
            self.box.removeWidget(card)
            card.deleteLater()
        for person in people:
            if person.id not in self.cards:
                card = self.cards[person.id] = self.make_card()
                # on the page before it shows: shown without a parent it would flash up as
                # a window of its own (taking the keyboard with it), and shown only when
                # laid out it would appear a turn later, too late to take the keyboard back
                card.setParent(self)
                card.show()
                made.append(card)
            self.cards[person.id].show_person(person)
        for card in [self.cards[i] for i in ids]:
            self.box.removeWidget(card)
            self.box.addWidget(card)
        return made
