"""My medicines' dose change words: whose they are, and what happens when that one goes.

Words typed for a dose change belong to the medicine chosen as they were typed: another one
chosen, they go aside and that one's come back; kept when Footholds closes and brought back
under their medicine. Their medicine removed, they stay in view, greyed, with a line saying
why; a quiet button copies them, to paste elsewhere, and another lets them go. Put aside for
a medicine no longer listed, or kept past a close for one, they are offered in a strip
(medication_kept.py) until the person lets them go, or their medicine comes back. Mixed into
MedicationWindow (medication.py), which builds the form these names stand for.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QWidget

from footholds.ui.common import kept_bar, kept_words
from footholds.ui.common.calm import long_date
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.journal.medication_kept import GONE, change_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QDateEdit,
        QFormLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QPushButton,
    )

    from footholds.core.store import Medicine
    from footholds.ui.common.undo import UndoBar
    from footholds.ui.context import AppContext
    from footholds.ui.journal.medication_kept import GoneDoseWords

ASIDE = "aside"  # dose changes typed for other medicines, put aside as one was chosen


def name_first() -> list[str]:
    """Add's words while no medicine's name is typed (medication.py), and what their line
    keeps room for: a function of no window, since a lambda over the window, kept by the
    line, held the window in a cycle (left to the garbage collector, as in Tough day)."""
    return [QCoreApplication.translate("MedicationWindow", "Write the medicine's name first.")]


class DoseChangeWords(QWidget):
    """Mixed into MedicationWindow: the window builds the form and the list (these names);
    this keeps the dose change's words with the medicine they were typed for."""

    ctx: AppContext
    list: QListWidget
    name: QLineEdit  # a new medicine's name, where the focus goes once none is left
    said: QLabel
    undo_bar: UndoBar
    form: QFormLayout
    buttons_row: int
    remove: QPushButton
    let_go: QPushButton
    copy_change: QPushButton
    change_day: QDateEdit
    change_dose: QLineEdit
    change_note: QLineEdit
    change_for: Medicine | None  # the medicine the dose change's words were typed for
    aside: dict[str, dict[str, Any]]  # others' dose change words, by medicine id
    undoing: str | None  # the medicine the Undo strip would bring back
    day_kept: bool
    gone_words: GoneDoseWords  # the strip offering words whose medicine is gone
    gone_line: str  # what `_say_gone` said last, cleared once the words went to the strip

    if TYPE_CHECKING:  # the window's own

        def chosen(self) -> Medicine | None: ...
        def _ids(self) -> set[str]: ...
        def refresh(self) -> None: ...

    def _change_boxes(self) -> dict[str, QLineEdit]:
        return {"dose": self.change_dose, "note": self.change_note}

    def _typed_change(self) -> dict[str, Any]:
        """A dose change typed and not noted yet: its words, its day and whose it is ({}
        when no words were typed for it): the medicine it was typed for, never the one
        chosen since."""
        medicine = self.change_for
        words = kept_words.typed(self._change_boxes())
        if medicine is None or not words:
            return {}
        day = self.change_day.date()
        return {
            **words,
            "day": date(day.year(), day.month(), day.day()).isoformat(),
            "medicine": medicine.id,
            "name": medicine.name,  # said with them should the medicine be gone by then
        }

    def _bring_back_change(self, kept: Any) -> bool:
        """A dose change `_typed_change` gave at the last close, back under its medicine,
        chosen again; True when it came back. Its medicine no longer on the list (taken off
        since), it is offered in the strip instead, as are those put aside for medicines
        gone and those the strip offered then (GONE)."""
        if not isinstance(kept, dict):
            return False
        for change in kept.get(GONE) or []:
            self.gone_words.add(change)
        for medicine_id, change in (kept.get(ASIDE) or {}).items():
            if isinstance(change, dict) and isinstance(medicine_id, str):
                self.aside[medicine_id] = {**change, "medicine": medicine_id}
        self._sort_gone()
        wanted = kept.get("medicine")
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(row)
                break
        else:
            if wanted is not None:
                self.gone_words.add(kept_change(kept))
            return False
        if not kept_words.put_back(self._change_boxes(), kept):
            return False
        self.change_for = self.chosen()
        day = QDate.fromString(str(kept.get("day", "")), "yyyy-MM-dd")
        if day.isValid():
            self.change_day.setDate(day)
        self.day_kept = True
        return True

    def _sort_gone(self) -> None:
        """Words put aside for a medicine no longer on the list go to the strip: no choice
        would ever bring them back. Those the strip offers whose medicine is back (an Undo,
        a backup restored) go aside under it again, into the form once it is chosen; not
        over words typed for it since. Nothing while locked: no medicine can be read."""
        if not (self.aside or self.gone_words.waiting) or self.ctx.store.is_sealed:
            return  # nothing to sort: the store is not read (nor when closed, at a quit)
        ids = self._ids()
        for medicine_id in [key for key in self.aside if key not in ids]:
            self.gone_words.add(self.aside.pop(medicine_id))
            if self.gone_line and self.said.text() == self.gone_line:
                self.said.clear()  # its words are in the strip now, said there
        owner = self.change_for.id if self.change_for is not None else None
        for medicine_id in ids - set(self.aside) - {owner}:
            back = self.gone_words.take(medicine_id)
            if back is not None:
                self.aside[medicine_id] = back

    def _on_change_typed(self, _text: str) -> None:
        """Words typed for a dose change belong to the medicine chosen as they were typed."""
        if self.change_for is None:
            self.change_for = self.chosen()

    def _follow_choice(self) -> None:
        """The dose change's words stay with the medicine they were typed for: another one
        chosen, they go aside (and that one's come back); theirs gone from the list, they
        stay in view, not noted anywhere, and the window says so plainly."""
        self._sort_gone()  # words offered for a medicine now back, ready to come back
        chosen, owner = self.chosen(), self.change_for
        typed = kept_words.typed(self._change_boxes())
        if owner is not None and owner.id not in self._ids() and typed and chosen is None:
            self._say_gone(owner)
            return
        self._gone_words_shown(False)
        if owner is not None and (chosen is None or chosen.id != owner.id):
            if typed:
                self.aside[owner.id] = self._typed_change()
            kept_words.forget(self._change_boxes())
            self.change_for = None
        if chosen is not None and self.change_for is None:
            back = self.aside.pop(chosen.id, None)
            if back and kept_words.put_back(self._change_boxes(), back):
                self.change_for = chosen
                day = QDate.fromString(str(back.get("day", "")), "yyyy-MM-dd")
                if day.isValid():
                    self.change_day.setDate(day)
        self._sort_gone()  # words just put aside for a medicine gone: offered in the strip

    def _say_gone(self, owner: Medicine) -> None:
        """Why the dose change words stay greyed: their medicine is gone. Undo is named only
        while its strip stands (not once it ended, nor after a removal elsewhere, with none);
        a quiet button lets the words go."""
        if self.undo_bar.pending() and self.undoing == owner.id:
            line = QCoreApplication.translate(
                "MedicationWindow",  # the window's context, where its Spanish has always been
                "{name} is no longer on your list, so this dose change can't be noted. "
                "Your words are still here; Undo brings {name} back with them.",
            )
        else:
            line = QCoreApplication.translate(
                "MedicationWindow",  # the window's context, where its Spanish has always been
                "{name} is no longer on your list, so this dose change can't be noted. "
                "Your words stay in view until you let them go.",
            )
        self.gone_line = line.format(name=excerpt(owner.name))
        self.said.setText(self.gone_line)
        self._gone_words_shown(True)
        # the line under the form, the undo offer just under it: in view, not cut off
        # at the foot of a page made taller by the words kept in view
        bring_into_view(self.said, 0)

    def _gone_words_shown(self, shown: bool) -> None:
        """Let these words go and Copy them in Remove's place (disabled then, with nothing
        chosen); none shown while their row is hidden (shown, Remove stood alone over the
        empty list)."""
        row = self.form.isRowVisible(self.buttons_row)
        self.let_go.setVisible(row and shown)
        self.copy_change.setVisible(row and shown)
        self.remove.setVisible(row and not shown)

    def _change_text(self) -> str:
        """The dose change typed, as it reads in the form: the medicine it was typed for,
        then each field with words under its label."""
        owner = self.change_for
        return change_text(
            owner.name if owner is not None else "",
            # named as the list names it, never "Today": pasted elsewhere, read another day
            long_date(_day(self.change_day.date()), capital=False, relative=False),
            self.change_dose.text(),
            self.change_note.text(),
        )

    def _on_copy_change_clicked(self) -> None:
        """The dose change typed for a medicine removed, on the clipboard to paste elsewhere:
        here they cannot be noted."""
        kept_bar.copy_kept(self.copy_change, self._change_text())

    def _on_let_go_clicked(self) -> None:
        """The dose change typed for a medicine removed: cleared, with the line about it."""
        kept_words.forget(self._change_boxes())
        self.change_for = None
        self.said.clear()
        self.refresh()  # with no medicine left, the dose-change rows go too
        kept_words.settled(self.ctx)  # and from the drafts file, now
        (self.list if self.list.count() else self.name).setFocus()

    def _on_undo_ended(self) -> None:
        """The Undo strip gone: the line no longer names it."""
        self.undoing = None
        if not self.ctx.store.is_open:
            return  # its time ran out as Footholds closed: nothing left to read or say
        self._follow_choice()


def kept_change(kept: dict[str, Any]) -> dict[str, Any]:
    """The dose change itself of what `_typed_change` gave, without those put aside."""
    return {key: value for key, value in kept.items() if key not in (ASIDE, GONE)}


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
