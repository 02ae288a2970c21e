"""The bare-minimum routine: three small things the person picks, ticked off each day.

Each of the three is a row of its own (routine_row.py); this section picks, orders and saves
them, and keeps the add field, its line about the three picked, and the Undo of a removal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds.core import days
from footholds.core.store import RoutineCheck, RoutineItem
from footholds.core.suggestions import routine_suggestions, which
from footholds.ui.common import buttons, icons, kept_words, undo
from footholds.ui.common.calm import language
from footholds.ui.common.components import label, whole_items
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import limited_under
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.wheel import wheel_after_click
from footholds.ui.today.routine_row import RoutineRow

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

MAX_ITEMS = 3


class RoutineSection(QWidget):
    """Up to three non-negotiables. A new day (at the person's hour) starts with none ticked."""

    def __init__(
        self,
        ctx: AppContext,
        undo_bar: undo.UndoBar,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_bar = undo_bar
        self.clock = clock
        self.editing = False
        # Picking the first three from an empty list: the add field stays (with the focus)
        # until there are three or the person leaves, while what is added shows as ticks.
        self.filling = False
        # The third added hides the field; its room stays until the person leaves or changes
        # the three, so the rows under it do not slide up under the pointer.
        self.hold_place = False
        self.rows: dict[str, RoutineRow] = {}
        # Undo of the last removal while it stands (remove_item): withdrawn once three are
        # picked again, as the one put back would then make four, one of them out of sight
        self._put_back: Callable[[], QWidget | None] | None = None
        heading = label(self.tr("Bare minimum for today"), "heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        self.suggestions = wheel_after_click(QComboBox())
        self.suggestions.setEditable(True)
        self.suggestions.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.suggestions.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.suggestions.setMinimumContentsLength(20)
        whole_items(self.suggestions)  # the list wider than the box: each suggestion whole
        self.suggestions.setAccessibleName(self.tr("A small thing to add (pick or type)"))
        self.suggestions.setAccessibleDescription(
            self.tr("Pick one of the suggestions or write your own; Enter adds it.")
        )
        self.suggestions.view().setAccessibleName(self.tr("Suggestions"))
        self.suggestions.view().setAccessibleDescription(
            self.tr("Ideas for small things, with any of your own from Settings.")
        )
        typed = self.suggestions.lineEdit()
        assert typed is not None  # an editable combo box always has one
        self.typed = typed
        # the line under the box: its limit, or that what was typed is one of the three
        self.said = Feedback()
        limited_under(typed, 200, self.said)
        # Matching ideas in a list under the field, never filled into it: inline completion
        # turned a typed "Eat" into "Eat something small" on Enter.
        completer = self.suggestions.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add = buttons.secondary(self.tr("&Add"))
        self.add.setIcon(icons.ui_icon("add"))
        self.add.setAccessibleName(self.tr("Add it to my three"))
        self.add.setAccessibleDescription(
            self.tr("Adds what you picked or wrote, up to three in all.")
        )
        self.change = buttons.quiet(self.tr("&Change my three"))  # named in refresh()
        # its room kept while there is nothing to change: the first one added moves nothing
        change_policy = self.change.sizePolicy()
        change_policy.setRetainSizeWhenHidden(True)
        self.change.setSizePolicy(change_policy)
        row = QHBoxLayout()
        row.addWidget(self.suggestions, 1)
        row.addWidget(self.add)
        self.adding = QWidget()
        adding = QVBoxLayout(self.adding)
        adding.setContentsMargins(0, 0, 0, 0)
        adding.setSpacing(0)
        adding.addLayout(row)
        # its room kept under the box, and hidden with it: saying something moves nothing
        adding.addWidget(self.said)
        self.kept = kept_words.line()  # under a small thing's words brought back
        adding.addWidget(self.kept)
        # The field's room once the third is added (see hold_place): a word on what happened,
        # laid over that room, rather than a gap left until the window is opened again
        self.picked = label(soft=True)
        self.picked.setParent(self)
        self.picked.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.picked.hide()
        head = QHBoxLayout()
        head.addWidget(heading, 1)
        head.addWidget(self.change)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.intro)
        # The add field sits above the three, so each one added lands under it and the field
        # stays where it was: a second click there never ticks what was just added.
        layout.addWidget(self.adding)
        layout.addLayout(self.rows_box)
        self.change.clicked.connect(self._on_change_clicked)
        self.add.clicked.connect(self._on_add)
        self.typed.returnPressed.connect(self._on_add)
        self.refresh()

    def items(self) -> list[RoutineItem]:
        """The person's three (or fewer), in their order."""
        active = [i for i in self.ctx.store.all(RoutineItem) if i.active]
        return sorted(active, key=lambda i: (i.position, i.at))[:MAX_ITEMS]

    def today(self) -> date:
        return days.day_of(self.clock(), self.ctx.settings["day.start_hour"])

    def checks_today(self) -> list[RoutineCheck]:
        day = self.today()
        start, end = days.day_bounds(day, self.ctx.settings["day.start_hour"])
        # Ticks carry their day; the window is wide so a tick made in another zone is found.
        found = self.ctx.store.between(
            RoutineCheck, start - timedelta(days=1), end + timedelta(days=1)
        )
        return [c for c in found if c.day == day.isoformat()]

    def refresh(self) -> None:
        items = self.items()
        ticked = days.done_on(self.checks_today(), self.today())
        editing = self.editing or not items
        ids = [i.id for i in items]
        for item_id in [i for i in self.rows if i not in ids]:
            gone = self.rows.pop(item_id)
            self.rows_box.removeWidget(gone)
            gone.deleteLater()
        for at, item in enumerate(items):
            row = self.rows.get(item.id)
            if row is None:
                row = self.rows[item.id] = RoutineRow(self, item)
                # in its place among the three: one put back by Undo goes where it was, not
                # at the foot of the list until the window is drawn again
                self.rows_box.insertWidget(at, row)
                row.show()  # added to a shown page, it would appear only later
            elif self.rows_box.indexOf(row) != at:
                self.rows_box.removeWidget(row)
                self.rows_box.insertWidget(at, row)
            row.show_item(item, item.id in ticked, editing)
        if len(items) >= MAX_ITEMS:
            self.filling = False
        # the words of the first picking stay while the field's room does: nothing moves up
        if not items or self.filling or (self.hold_place and not self.editing):
            self.intro.setText(
                self.tr(
                    "Pick up to three small things that count as enough for a day, even a hard "
                    "one. Tick them when they happen; the rest can wait."
                )
            )
        elif editing and len(items) >= MAX_ITEMS:
            # only what can be done now: the add field under it is greyed out with three
            self.intro.setText(self.tr("Change the words, or remove one."))
        elif editing:
            self.intro.setText(self.tr("Change the words, remove one, or add another."))
        else:
            self.intro.setText(self.tr("Enough for today, even on a hard day."))
        self.change.setVisible(bool(items))
        if self.editing:
            self.change.setText(self.tr("Do&ne"))
            self.change.setAccessibleName(self.tr("Done changing my three"))
            self.change.setAccessibleDescription(
                self.tr("Keeps your three as they are now and goes back to ticking them off.")
            )
        else:
            self.change.setText(self.tr("&Change my three"))
            self.change.setAccessibleName(self.tr("Change my three"))
            self.change.setAccessibleDescription(
                self.tr("Lets you reword, remove or add to your three small things.")
            )
        full = len(items) >= MAX_ITEMS
        # While the three are being changed the field stays in its place above them, greyed
        # out while there are three: taking one off brought it back there, and the list
        # slid down under the pointer.
        show_field = self.editing or ((editing or self.filling) and not full)
        policy = self.adding.sizePolicy()
        policy.setRetainSizeWhenHidden(self.hold_place)
        self.adding.setSizePolicy(policy)
        # the third was added: its room is kept, so the rows under it stay put, and says so
        self.picked.setText(self.tr("That's your three. You can change them any time."))
        self.picked.setVisible(self.hold_place and not show_field)
        self._place_picked()
        self.adding.setVisible(show_field)
        self.adding.setEnabled(not full)
        self._fill_suggestions(items)
        self.typed.setPlaceholderText(
            self.tr("You have three; remove one to add another")
            if full
            else self.tr("Pick a suggestion or write your own")
        )

    def _place_picked(self) -> None:
        """The line about the three laid over the field's kept room."""
        if self.picked.isVisibleTo(self):
            self.picked.setGeometry(self.adding.geometry())
            self.picked.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_picked()  # the layout has placed the field's room by now

    def can_add(self) -> bool:
        """Whether the add field is there to type in (shown, with room for one more)."""
        return self.adding.isVisibleTo(self) and self.adding.isEnabled()

    def _fill_suggestions(self, items: list[RoutineItem]) -> None:
        # one of the three picked in another language, case or spelling is not offered again
        chosen = {which(i.text) for i in items}
        offered = routine_suggestions(self.ctx.store, language(self.ctx))
        wanted = [s.text for s in offered if which(s.text) not in chosen]
        present = [self.suggestions.itemText(i) for i in range(self.suggestions.count())]
        if present != wanted:
            typed = self.suggestions.currentText() if self.suggestions.hasFocus() else ""
            self.suggestions.clear()
            self.suggestions.addItems(wanted)
            self.suggestions.setCurrentIndex(-1)
            self.suggestions.setEditText(typed)

    # -- actions -------------------------------------------------------------------------
    def set_ticked(self, item_id: str, on: bool) -> None:
        """Tick a routine step for today, or take the tick back."""
        if on:
            check = RoutineCheck(day=self.today().isoformat(), item_id=item_id, at=self.clock())
            save_record(self.ctx, check, self)
            return
        for check in self.checks_today():
            if check.item_id == item_id:
                remove_record(self.ctx, check, self)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving ends the first picking; coming back shows the three as ticks to tick.
        if self.filling or self.hold_place:
            self.filling = False
            self.hold_place = False
            self.refresh()
        super().hideEvent(event)

    def typed_words(self) -> str:
        """A small thing typed to add and not added yet ("" when none), to keep when
        Footholds closes (core/drafts.py)."""
        typed = self.typed.isModified() and self.typed.text().strip()
        return self.typed.text() if self.can_add() and typed else ""

    def bring_back(self, text: str) -> None:
        """Put back what `typed_words` kept at the last close, changing the three again if
        that is where it was typed; with three already there is no room, and it goes."""
        if not self.can_add() and not self.editing:
            self.editing = True
            self.refresh()
        if self.can_add():
            self.typed.setText(text)
            self.typed.setModified(True)
            kept_words.shown(self.ctx, self.kept, [self.typed])

    def forget_words(self) -> None:
        self.typed.clear()
        self.typed.setModified(False)

    def _on_change_clicked(self) -> None:
        self.filling = False
        self.hold_place = False
        self.editing = not self.editing
        self.refresh()
        if self.editing and self.rows:
            next(iter(self.rows.values())).field.setFocus()
        else:
            self.change.setFocus()

    def _on_add(self) -> None:
        text = self.suggestions.currentText().strip()
        if not text:
            self.suggestions.setFocus()
            return
        items = self.items()
        if len(items) >= MAX_ITEMS:
            return
        if which(text) in {which(i.text) for i in items}:  # already one of the three
            # said, and the words left selected: typing goes on over them
            self.said.say(self.tr("That's already one of your three."))
            self.suggestions.setFocus()
            self.typed.selectAll()
            return
        if not items and not self.editing:
            self.filling = True
        position = min(99, max((i.position for i in items), default=-1) + 1)
        if save_record(self.ctx, RoutineItem(text=text, position=position), self) is not None:
            self.said.clear_now()  # an "already one of your three" said before is over
            self.suggestions.setEditText("")
            self.hold_place = len(items) + 1 >= MAX_ITEMS
            if self.hold_place and self._put_back is not None:
                self.undo_bar.withdraw(self._put_back)
            self.refresh()
            if self.can_add():
                self.suggestions.setFocus()
            else:
                self.change.setFocus()

    def rename_item(self, item_id: str, text: str) -> None:
        item = self.ctx.store.get(RoutineItem, item_id)
        if item is not None:
            update_record(self.ctx, replace(item, text=text), self)
            self.refresh()

    def remove_item(self, item_id: str) -> None:
        item = self.ctx.store.get(RoutineItem, item_id)
        if item is None:
            return
        question = self.tr("Take “{text}” off your three? The days you ticked it still count.")
        if not self.ctx.prompter.confirm(
            self, question.format(text=excerpt(item.text)), self.tr("Remove")
        ):
            return
        if not remove_record(self.ctx, item, self):
            return  # not removed (the store opened only to read): its row stays, no Undo
        self.refresh()
        # its Remove went with its row: the keyboard goes to the field now open for another
        # in its place (where it comes back when the Undo offer ends)
        if self.can_add():
            self.suggestions.setFocus()

        def put_back() -> QWidget | None:
            if self.ctx.store.get(RoutineItem, item.id) is None:
                save_record(self.ctx, item, self)
                self.refresh()
            row = self.rows.get(item.id)  # the keyboard goes to it, back in its place
            return row.field if row is not None and row.field.isVisible() else None

        self._put_back = put_back
        self.undo_bar.offer(lambda: self.tr("Removed from your three."), put_back, puts_back=item)
