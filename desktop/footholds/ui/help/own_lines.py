"""The person's own numbers (a doctor, a therapist, a friend): shown beside the crisis lines
in Get help now, and kept in Settings too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import OwnLine
from footholds.ui.common import buttons, icons, kept_words
from footholds.ui.common.calm import hint
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.limits import limited_under, room_under
from footholds.ui.common.locked import LockedNote, undo_unlock_first, unlock_first
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.undo import UNDO_SECONDS, UndoBar, seconds_left
from footholds.ui.help.own_row import OwnRow

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def locked_numbers_words() -> str:
    """What stands in for the person's own numbers while they are locked with the safety plan
    (lock.safety_plan): in Get help now while locked. Kept readable with the plan, they show
    there instead."""
    return QCoreApplication.translate(
        "OwnLines",
        "Your own numbers are safe, only locked for now; they show here again once "
        "Footholds is unlocked.",
    )


class OwnLines(QWidget):
    """Numbers the person added themselves: shown as text and links, added and removed here."""

    def __init__(self, ctx: AppContext, on_link: Callable[[str], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.on_link = on_link
        self.rows: list[OwnRow] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        self.empty = hint(ctx, "")
        # each holds what the store keeps, said just under it, laid over the form while it
        # shows (no room kept empty under it in a crisis window): a longer name was taken,
        # then refused in a box when added
        self.name = limited_under(QLineEdit(), OwnLine.NAME_LIMIT)
        self.number = limited_under(QLineEdit(), OwnLine.NUMBER_LIMIT)
        self.note = limited_under(QLineEdit(), OwnLine.NOTE_LIMIT)
        self.add = buttons.secondary("")
        self.add.setIcon(icons.ui_icon("add"))
        self._name_fields()
        # locked with the plan (lock.safety_plan), the numbers are sealed and out of memory:
        # said to be only locked, with Unlock…, and no form whose number would vanish sealed
        self.locked = LockedNote(ctx.locker.ask)
        self.form = QWidget()
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        # the gap between the two rows is just the room a limit said under a field takes, so
        # those words lie in it rather than over the note field below
        form.setVerticalSpacing(room_under(self))
        form.addWidget(self.name, 0, 0)
        form.addWidget(self.number, 0, 1)
        form.addWidget(self.note, 1, 0)
        beside = QHBoxLayout()
        beside.addStretch(1)
        beside.addWidget(self.add)
        form.addLayout(beside, 1, 1)
        # "Removed My GP. Undo" shows where the number was, in the room it leaves, rather
        # than in room kept empty under the form all the time
        self.undo = UndoBar(keep_place=False)
        self.undo_at = 0  # the removed row's place in the list
        self._removed: tuple[Callable[[], str], OwnLine] | None = None  # what Undo puts back
        self.undo.timer.timeout.connect(
            lambda: self.empty.setVisible(not self.rows and not self.sealed())
        )
        # under the form, only when words typed at the last close came back (bring_back);
        # once there, its room stays when it goes, so the plan and people below stay put
        self.kept = kept_words.line()
        # a save the disk refused is said here, under the form: never a box over the crisis
        # lines, that waits for a click before anything else works. Hidden and taking no
        # room until a refusal (as the kept line): from then on its room stays
        self.refused = StatusLine()
        self.refused.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.locked)
        layout.addWidget(self.form)
        layout.addWidget(self.refused)
        layout.addWidget(self.kept)
        self.refresh()
        # Lock now and the unlock: the numbers kept, or said to be locked, at once
        ctx.locker.changed.connect(self._on_lock_changed)
        self.add.clicked.connect(self._on_add_clicked)
        for field in (self.name, self.number, self.note):
            field.returnPressed.connect(self._on_add_clicked)
        ctx.signals.store_changed.connect(self._on_store_changed)
        self.refresher = Refresher(self, ctx.signals, self.refresh)  # for a language change

    def _name_fields(self) -> None:
        """The fields' words, again when the language changes (what is typed in them stays)."""
        self.empty.setText(
            self.tr("Add numbers that matter to you: your doctor, your therapist, a friend.")
        )
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Name of the line or person"))
        self.name.setAccessibleDescription(
            self.tr("Who answers, as you would like to see it, such as My GP.")
        )
        self.number.setPlaceholderText(self.tr("Number"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setAccessibleDescription(
            self.tr("The number to call or text, written any way you like.")
        )
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("A note, such as opening hours"))
        self.note.setAccessibleDescription(
            self.tr("Anything that helps when you reach for it, like when they answer. Optional.")
        )
        self.add.setText(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add this number"))
        self.add.setAccessibleDescription(
            self.tr("Keeps this number here, beside the crisis lines; Enter does the same.")
        )

    # -- words typed and not added, kept when Footholds closes (ui/common/kept_words.py) ----
    def _boxes(self) -> dict[str, QLineEdit]:
        return {"name": self.name, "number": self.number, "note": self.note}

    def typed_words(self) -> dict[str, str]:
        """A number's name, number and note typed and not added yet ({} when none), for the
        window's draft when Footholds closes."""
        return kept_words.typed(self._boxes())

    def bring_back(self, kept: Any, *, quiet: bool = False) -> None:
        """The words `typed_words` gave at the last close, back in the form, with a line
        saying they are not saved yet (`quiet`: without it, as when Settings words itself
        again in another language)."""
        if isinstance(kept, dict) and kept_words.put_back(self._boxes(), kept) and not quiet:
            kept_words.shown(self.ctx, self.kept, self._boxes().values())

    def forget_words(self) -> None:
        """Empty the form, once its words are kept elsewhere (Lock now sealed them)."""
        kept_words.forget(self._boxes())
        self.kept.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_fields()
            self.refresher.mark()  # each row's Call or Copy and Remove, once, while on screen
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the numbers as the store has them."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()  # gone from the screen now (at a lock), not at the next turn
            row.deleteLater()
        self.rows = []
        for line in self.ctx.store.all(OwnLine):
            self.rows.append(self._row(line))
            self.list.addWidget(self.rows[-1])
        self.list.removeWidget(self.undo)
        self.list.insertWidget(min(self.undo_at, len(self.rows)), self.undo)
        sealed = self.sealed()
        self.locked.say(locked_numbers_words())
        self.locked.setVisible(sealed)
        self.form.setVisible(not sealed)
        # while Undo stands where the last number was, the invitation to add one waits
        self.empty.setVisible(not self.rows and not self.undo.pending() and not sealed)

    def sealed(self) -> bool:
        """Whether the numbers are locked away now: the entries locked, and the numbers not
        kept readable with them (the person locks their plan too; AppLock.lock_now)."""
        return self.ctx.locker.locked and OwnLine.KIND not in self.ctx.store.kept_sealed

    def _on_lock_changed(self, _locked: bool) -> None:
        self.refresh()

    def _row(self, line: OwnLine) -> OwnRow:
        remove = buttons.quiet(
            self.tr("Remove"),
            self.tr("Remove {name}").format(name=line.name),
            self.tr("Takes this number off your list; you can undo it for a few seconds."),
        )
        remove.clicked.connect(lambda _=False, r=line: self._on_remove_clicked(r))
        return OwnRow(line, self.on_link, remove)

    def _on_add_clicked(self) -> None:
        name, number = self.name.text().strip(), self.number.text().strip()
        if not name or not number:
            (self.number if name else self.name).setFocus()
            return
        # locked too it is added at once, with no passphrase: the store seals it to the
        # lock's public key (it joins their file at the unlock) and shows it meanwhile with
        # the numbers kept readable (Store.add), nothing sealed read for it
        line = OwnLine(name=name, number=number, note=self.note.text().strip())
        self.refused.setText("")
        if save_record(self.ctx, line, self, self._say_refused) is not None:
            for field in (self.name, self.number, self.note):
                field.clear()  # and a limit said under one of them goes with its words
            self.kept.hide()
            self.refresh()
            self.name.setFocus()

    def _say_refused(self, text: str) -> None:
        """A refused write, under the form. It comes with a change in the rows above (the
        number added, or gone), and keeps its room from then on, for the longest refusal
        said so far: nothing below moves when it is said again or emptied."""
        self.refused.reserve([*self.refused.could_say, text])
        self.refused.say(text)
        policy = self.refused.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.refused.setSizePolicy(policy)
        self.refused.show()

    def _on_remove_clicked(self, line: OwnLine) -> None:
        # locked, the store cannot remove it: the passphrase is the one question then, and
        # the removal follows it with Undo. Asked "Remove?" first and the passphrase after,
        # the person answered twice for one act; typing the passphrase is choice enough
        if unlock_first(self.ctx.locker, self, lambda: self._remove(line)):
            return
        question = self.tr("Remove {name} from your numbers?").format(name=excerpt(line.name))
        if self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            self._remove(line)

    def _remove(self, line: OwnLine) -> None:
        # gone already: Remove pressed twice while the passphrase was asked runs twice after
        # it (AppLock.ask's must_run); the first removal's Undo stays where the number was
        if self.ctx.store.get(OwnLine, line.id) is None:
            return
        # its place and height first: removing it refreshes the rows at once (store_changed),
        # and Undo is put where undo_at says, in just the room the row had, so "Your safety
        # plan" and the rest stay where they were until the offer ends
        row = next((row for row in self.rows if row.line.id == line.id), None)
        self.undo_at = self.rows.index(row) if row is not None else 0
        if row is not None:
            self.undo.stand_in_for(row)
        self.refused.setText("")
        if not remove_record(self.ctx, line, self, self._say_refused):
            return
        # the keyboard waits on Undo, where the number was (UndoBar.offer)
        name = line.name
        self._offer(
            lambda: QCoreApplication.translate("OwnLines", "Removed {name}.").format(name=name),
            line,
        )
        # the refresh above ran before the offer stood: the invitation to add a number waits
        # while Undo stands in the last one's place
        self.empty.setVisible(not self.rows and not self.undo.pending() and not self.sealed())

    def _offer(
        self, message: Callable[[], str], line: OwnLine, seconds: int = UNDO_SECONDS
    ) -> None:
        self._removed = (message, line)
        self.undo.offer(message, lambda: self._restore(line), seconds)

    def pass_offer(self) -> tuple[Callable[[], str], object, int] | None:
        """Before a new language makes Settings' page again: the number its Undo still
        offers back, with its words and the seconds left, for the new page (take_offer).
        Its strip went with the page, and the number could not come back."""
        if self._removed is None or not self.undo.pending():
            return None
        message, line = self._removed
        return message, (line, self.undo_at), seconds_left(self.undo)

    def take_offer(self, offer: tuple[Callable[[], str], object, int]) -> None:
        """The Undo the page before offered (pass_offer), offered here where the number was,
        for its seconds left; the keyboard stays where it is (the person has just come)."""
        message, kept, seconds = offer
        line, at = kept if isinstance(kept, tuple) and len(kept) == 2 else (None, 0)
        if not isinstance(line, OwnLine) or not isinstance(at, int):
            return
        held = self.window().focusWidget()
        self.undo_at = at
        self.refresh()  # the strip in the number's place
        self._offer(message, line, seconds)
        self.empty.setVisible(False)
        if held is not None:
            held.setFocus()

    def _restore(self, line: OwnLine) -> None:
        # Lock now while Undo stood: put back sealed, it would stay out of the list until the
        # unlock, as if Undo had done nothing. Asked first, Undo standing meanwhile
        if undo_unlock_first(self.ctx.locker, self.undo, lambda: self._restore(line)):
            return
        self.refused.setText("")
        save_record(self.ctx, line, self, self._say_refused)
        self.refresh()
        # the keyboard comes back to the number it left, on its Remove
        row = next((row for row in self.rows if row.line.id == line.id), None)
        if row is not None:
            row.remove.setFocus()

    def _on_store_changed(self, kind: str) -> None:
        if kind == OwnLine.KIND:
            self.refresh()
