"""My medicines: a short list of names, doses and dose changes, for the check-in summary.

It is the person's own record, kept on this computer. Reminders never read it: they say only
"your evening reminder" (core/medication.py).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
)

from footholds.core import medication
from footholds.core.store import Medicine
from footholds.ui.common import buttons, kept_bar, kept_words, theme
from footholds.ui.common.calm import CalmWindow, heading, long_date, person_today, wrapped
from footholds.ui.common.components import EmptyState, WindowHeader
from footholds.ui.common.day_edit import DayEdit
from footholds.ui.common.delegates import WrappingDelegate
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.limits import keep_room_under, limited_under, room_under, say_under
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.scrolling import scrolling_page
from footholds.ui.common.undo import UndoBar
from footholds.ui.journal.medication_change import ASIDE, DoseChangeWords, name_first
from footholds.ui.journal.medication_kept import GONE, GoneDoseWords

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

NAME = "medication"  # its name among the windows, and its drafts'
CHANGE = "change"  # a dose change typed and not noted, in its draft


class LeastList(QListWidget):
    """A list that asks for no more than its least height, and takes the room there is."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class MedicationWindow(CalmWindow, DoseChangeWords):
    """Add, change and remove medicines; note a dose change with its date."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("My medicines"))
        # tall enough for the dose change too, its rows apart by the room their limits take
        self.resize(560, 700)
        self.undo_bar = UndoBar(self)

        # the same header as every window: a title and one line
        self.header = WindowHeader(
            self.tr("My medicines"),
            self.tr(
                "A note for you and your therapist, kept only on this computer. Reminders never "
                "show these names: they say “your evening reminder”."
            ),
        )
        self.list = LeastList()
        self.list.setAccessibleName(self.tr("Your medicines"))
        self.list.setAccessibleDescription(
            self.tr("Each medicine with its dose and any dose changes. Choose one to change it.")
        )
        # a dose as they wrote it wraps in the list instead of scrolling it sideways
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setWordWrap(True)
        # with no medicine yet, the shared empty state takes the list's place (a blank box
        # with the hint under it looked like something failed to load)
        self.empty = EmptyState(
            self.tr("Add a medicine below if you would like it in your summary."),
            icon="clipboard-list",
        )
        self.said = wrapped()

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the medicine"))
        self.name.setAccessibleDescription(self.tr("As you would like to see it."))
        limited_under(self.name, Medicine.NAME_LIMIT)
        self.dose = QLineEdit()
        self.dose.setAccessibleName(self.tr("Dose, as you would write it"))
        self.dose.setAccessibleDescription(self.tr("Optional, such as 50 mg in the morning."))
        self.dose.setPlaceholderText(self.tr("such as 50 mg in the morning"))
        limited_under(self.dose, Medicine.DOSE_LIMIT)
        # "Added." and "Dose change noted." by the button clicked, in room kept for them
        self.added = Feedback()  # "Dose change noted." is laid just under its button
        self.added.keep_room_for(name_first)
        self.added.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add = buttons.secondary(self.tr("Add medicine"))
        self.add.setDefault(True)
        self.add.setAccessibleDescription(self.tr("Adds it to your list."))

        # "Today", "Sun 29 Nov": as the list under it reads (it said "6 Dec 2026"), the
        # person's today (core/days.py); a new dose may start tomorrow
        self.change_day = DayEdit(today=lambda: person_today(ctx), ahead=True)
        self.change_day.setAccessibleName(self.tr("Day the dose changed"))
        self.change_day.setAccessibleDescription(self.tr("The first day of the new dose."))
        self.change_dose = QLineEdit()
        self.change_dose.setAccessibleName(self.tr("The new dose"))
        self.change_dose.setAccessibleDescription(self.tr("As you would write it."))
        limited_under(self.change_dose, Medicine.DOSE_LIMIT)
        self.change_note = QLineEdit()
        self.change_note.setAccessibleName(self.tr("A note about the change (optional)"))
        self.change_note.setAccessibleDescription(
            self.tr("Anything worth remembering, such as who suggested it.")
        )
        limited_under(self.change_note, Medicine.NOTE_LIMIT)
        self.add_change = buttons.secondary(
            self.tr("Note a dose change"),
            description=self.tr("Adds the new dose, with its day, to the medicine chosen above."),
        )
        self.remove = buttons.quiet(self.tr("Remove this medicine"))
        self.remove.setFlat(True)
        self.remove.setAccessibleDescription(
            self.tr("Takes the chosen medicine off your list; you can undo it for a moment.")
        )
        # with Let these words go (below), before it: the words to paste elsewhere, as they
        # cannot be noted here (as the quick log's kept words, quick_log_kept.py); it says
        # "Copied" itself for a moment, worded as the strips' (ui/common/kept_bar.py)
        self.copy_change = buttons.quiet("")
        kept_bar.say_copy(self.copy_change, self.tr("Copy the dose change words"))
        self.copy_change.setFlat(True)
        self.copy_change.hide()
        # in Remove's place while a removed medicine's dose change words stay in view, greyed
        # (`_say_gone`): without it they could not be cleared, and the line about them stayed
        self.let_go = buttons.quiet(
            self.tr("Let these words go"),
            description=self.tr("Clears the dose change typed for the medicine removed."),
        )
        self.let_go.setFlat(True)
        self.let_go.hide()
        self.undoing: str | None = None  # the medicine the Undo strip would bring back
        # dose change words whose medicine is no longer listed, past a close or put aside
        # for it: offered at the top until let go (medication_kept.py)
        self.gone_words = GoneDoseWords(ctx)
        self.gone_line = ""
        change_buttons = QHBoxLayout()
        change_buttons.addWidget(self.remove)
        change_buttons.addWidget(self.copy_change)
        change_buttons.addWidget(self.let_go)
        change_buttons.addStretch(1)
        change_buttons.addWidget(self.add_change)
        # one form for both parts, so their labels line up
        form = QFormLayout()
        # room between the rows for a field's limit, said just under it (over the next
        # field's top half before), kept from the start so nothing moves when it comes
        form.setVerticalSpacing(room_under(self))
        rows = [
            (QLabel(self.tr("From")), self.change_day),
            (QLabel(self.tr("New dose")), self.change_dose),
            (QLabel(self.tr("Note")), self.change_note),
            (QLabel(self.tr("Name")), self.name),
            (QLabel(self.tr("Dose")), self.dose),
        ]
        self.labels = [label for label, _field in rows]
        for label, field in rows:
            label.setBuddy(field)
        self._steady_labels()
        form.addRow(heading(self.tr("For the one chosen above"), 0))
        for label, field in rows[:3]:
            form.addRow(label, field)
        self.buttons_row = form.rowCount()
        form.addRow(change_buttons)
        self.form = form
        self.change_rows = range(form.rowCount())  # hidden while there is nothing to change
        form.addRow(heading(self.tr("Add a medicine"), 0))
        for label, field in rows[3:]:
            form.addRow(label, field)

        # a line kept for what the window says, so nothing moves when it speaks
        self.said.setMinimumHeight(self.said.fontMetrics().lineSpacing())
        # help one click away from every window (PRODUCT.md), at the foot as everywhere, in
        # view under a page that scrolls: with large text the form was taller than the screen
        self.help_link = HelpLink(ctx)
        layout = scrolling_page(
            self,
            self.tr("My medicines"),
            self.header.line.text(),
            self.undo_bar,
            self.help_link,
        )
        layout.addWidget(self.header)
        layout.addWidget(self.gone_words)
        # the list takes the room the page has rather than asking for a tall box of its own,
        # which made the page scroll (and the form jump) once the first medicine was added
        # (its least height as the height it asks for: Ignored asked for none, and a page
        # taller than the window, with the strip of words kept (medication_kept.py) or large
        # text, was laid out as if the list took no room, every field squeezed under it)
        policy = self.list.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.list.setSizePolicy(policy)
        self.list.setMinimumHeight(self.list.minimumSizeHint().height())
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(form)
        keep_room_under(layout, self)  # for the dose's limit, which lay over Add medicine
        add_row = QHBoxLayout()
        add_row.addWidget(self.added, 1)
        add_row.addWidget(self.add)
        layout.addLayout(add_row)
        layout.addWidget(self.said)

        self.add.clicked.connect(self._on_add_clicked)
        self.name.returnPressed.connect(self._on_add_clicked)
        self.dose.returnPressed.connect(self._on_add_clicked)  # Enter adds from either field
        self.add_change.clicked.connect(self._on_add_change_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.let_go.clicked.connect(self._on_let_go_clicked)
        self.copy_change.clicked.connect(self._on_copy_change_clicked)
        # after the strip's own dismiss (connected first): Undo no longer stands
        self.undo_bar.timer.timeout.connect(self._on_undo_ended)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        # the medicine the dose change's words were typed for: they are only ever noted
        # under it, and go aside (`aside`, by its id) while another one is chosen
        self.change_for: Medicine | None = None
        self.aside: dict[str, dict[str, Any]] = {}
        for box in self._change_boxes().values():
            box.textEdited.connect(self._on_change_typed)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)
        self.refresh()
        self.day_kept = False  # a dose change's day brought back: present leaves it
        # a medicine's name and dose, and a dose change, typed and not added when Footholds
        # last closed
        kept = kept_words.take(ctx, NAME)
        back: list[QLineEdit] = []
        if kept_words.put_back(self._new_boxes(), kept):
            back += self._new_boxes().values()
        if self._bring_back_change(kept.get(CHANGE)):
            back += self._change_boxes().values()
        if back:
            self.said.setText(kept_words.kept_line())
            kept_words.until_gone(ctx, back, kept_words.line_goes(self.said))

    # -- words typed and not added, kept when Footholds closes (ui/common/kept_words.py);
    # the dose change's, with their medicine, in medication_change.py ----------------------
    def _new_boxes(self) -> dict[str, QLineEdit]:
        return {"name": self.name, "dose": self.dose}

    def draft(self) -> dict[str, Any] | None:
        """A medicine's name and dose typed and not added yet, and a dose change typed and
        not noted yet, to keep when Footholds closes (app/quitting.py); None when none."""
        held: dict[str, Any] = kept_words.typed(self._new_boxes())
        change = self._typed_change()
        gone = list(self.gone_words.waiting)  # offered in the strip, not let go yet
        if change and change.get("medicine") not in self._ids():
            # its medicine taken off the list: offered in the strip at the next opening,
            # never let go unseen (only the person lets them go)
            gone.append(change)
            change = {}
        aside = dict(self.aside)  # any whose medicine is gone go to the strip when back
        if change or aside or gone:
            held[CHANGE] = {
                **change,
                **({ASIDE: aside} if aside else {}),
                **({GONE: gone} if gone else {}),
            }
        return held or None

    def _ids(self) -> set[str]:
        return {m.id for m in self.medicines()}

    def forget_words(self) -> None:
        """Let go of the words typed, once kept elsewhere (Lock now sealed them in the drafts
        file): nothing written stays in memory while locked, nor is kept twice."""
        kept_words.forget(self._new_boxes())
        kept_words.forget(self._change_boxes())
        self.aside.clear()
        self.gone_words.forget()
        self.change_for = None
        self.said.clear()

    def carry_over(self, old: Any) -> None:
        """Built again in a new language: the dose change words put aside, and those the
        strip offered, wait in this one (no box holds them, so the old one did not wait)."""
        if isinstance(old, MedicationWindow):
            for medicine_id, change in old.aside.items():
                self.aside.setdefault(medicine_id, change)
            for change in old.gone_words.waiting:
                self.gone_words.add(change)
            self._sort_gone()

    def _steady_labels(self) -> None:
        """A hidden row's label does not count towards the label column: each sized to the
        widest of all, the fields stay where they are when the dose-change rows appear."""
        for label in self.labels:
            label.setMinimumWidth(0)
        widest = max(label.sizeHint().width() for label in self.labels)
        for label in self.labels:
            label.setMinimumWidth(widest)

    def medicines(self) -> list[Medicine]:
        return medication.medicines(self.ctx.store)

    def refresh(self) -> None:
        """The list, from the store; the chosen one stays chosen."""
        chosen = self.chosen()
        self.list.blockSignals(True)
        self.list.clear()
        for medicine in self.medicines():
            item = QListWidgetItem(self.describe(medicine))
            item.setData(Qt.ItemDataRole.UserRole, medicine.id)
            self.list.addItem(item)
            if chosen is not None and medicine.id == chosen.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        # with no medicine yet, a dose-change form waiting for one is only clutter; the last
        # one removed with a dose change typed for it, its words stay in view (greyed, and
        # said why: `_follow_choice`), never hidden while the window says they are still here
        held = bool(kept_words.typed(self._change_boxes()))
        for row in self.change_rows:
            self.form.setRowVisible(row, self.list.count() > 0 or held)
        self._on_selection_changed()

    def describe(self, medicine: Medicine) -> str:
        lines = [f"{medicine.name} · {medicine.dose}" if medicine.dose else medicine.name]
        for change in medicine.changes:
            day = date.fromisoformat(change["day"])
            when = long_date(day, capital=False, relative=False)
            line = self.tr("from {day}: {dose}").format(day=when, dose=change["dose"])
            lines.append("    " + line + (f" ({change['note']})" if change["note"] else ""))
        return "\n".join(lines)

    def chosen(self) -> Medicine | None:
        """The medicine shown selected. Not the current row: the first row becomes current
        when the list takes the focus, unselected, and Remove then asked about a medicine
        that did not look chosen."""
        items = self.list.selectedItems()
        if not items:
            return None
        wanted = items[0].data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.medicines() if m.id == wanted), None)

    def _on_selection_changed(self) -> None:
        self._follow_choice()
        has = self.chosen() is not None
        for widget in (self.change_day, self.change_dose, self.change_note):
            widget.setEnabled(has)
        self.add_change.setEnabled(has)
        self.remove.setEnabled(has)

    def _on_add_clicked(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.added.say(name_first()[0])
            self.name.setFocus()
            return
        if save_record(self.ctx, Medicine(name=name, dose=self.dose.text()), self) is None:
            return
        self.name.clear()
        self.dose.clear()
        self.added.say(self.tr("Added."))
        self.list.setCurrentRow(self.list.count() - 1)
        self.name.setFocus()  # ready for the next one; typing went on into Dose before

    def _on_add_change_clicked(self) -> None:
        medicine = self.chosen()
        if medicine is None or (self.change_for is not None and self.change_for.id != medicine.id):
            return  # never noted under another medicine than the one it was typed for
        if not self.change_dose.text().strip():
            say_under(self.change_dose, self.tr("Write the new dose first."), 4)
            self.change_dose.setFocus()
            return
        day = self.change_day.date()
        change = {
            "day": date(day.year(), day.month(), day.day()).isoformat(),
            "dose": self.change_dose.text(),
            "note": self.change_note.text(),
        }
        changed = dataclasses.replace(medicine, changes=[*medicine.changes, change])
        if update_record(self.ctx, changed, self) is None:
            return
        self.change_dose.clear()
        self.change_note.clear()
        self.change_for = None
        say_under(self.add_change, self.tr("Dose change noted."), 4)  # by the click

    def _on_remove_clicked(self) -> None:
        medicine = self.chosen()
        if medicine is None:
            return
        question = self.tr("Remove “{name}” from your medicines?").format(
            name=excerpt(medicine.name)
        )
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            return
        if not remove_record(self.ctx, medicine, self):
            return
        self.undoing = medicine.id
        self.undo_bar.offer(
            lambda: self.tr("Removed {name}.").format(name=medicine.name),
            lambda: self._bring_back(medicine),
        )
        # why a dose change typed for it stays in view, greyed, now Undo stands
        # (`_say_gone`); with no such words, no older line lingers
        if kept_words.typed(self._change_boxes()) and self.change_for is not None:
            self._say_gone(self.change_for)
        else:
            self.said.clear()

    def _bring_back(self, medicine: Medicine) -> None:
        if save_record(self.ctx, medicine, self) is None:
            return
        self.refresh()
        for row in range(self.list.count()):  # it comes back chosen, ready to act on again
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == medicine.id:
                self.list.setCurrentRow(row)
        self.undoing = None
        self.said.clear()  # nor any line saying it was gone

    def _on_store_changed(self, kind: str) -> None:
        if kind == Medicine.KIND:
            self.refresh()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "general.theme":
            self.setStyleSheet(
                theme.window_style(theme.is_dark(self.ctx.settings["general.theme"]))
            )
            self._steady_labels()

    def present(self, **options: Any) -> None:
        self.setStyleSheet(theme.window_style(theme.is_dark(self.ctx.settings["general.theme"])))
        self._steady_labels()  # measured in the font the style sheet gives
        buttons.room_for(self.copy_change, kept_bar.copied_words())  # nothing beside it moves
        if not self.day_kept:  # the day of a dose change brought back stays as it was
            # the person's today (core/days.py), as the medication tick counts it: at 00:30,
            # with the day starting at 4 am, a new dose taken now is Saturday's
            today = person_today(self.ctx)
            self.change_day.setDate(QDate(today.year, today.month, today.day))
        self.day_kept = False
        super().present(**options)
