"""Tough day's "one small thing": one of Today's bare-minimum items, not the list.

A tired person is offered one thing to do, not three to weigh: the first not done yet today,
with "another" for a different one. Ticking it here ticks it in Today too.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footholds.core import days
from footholds.core.store import RoutineCheck, RoutineItem
from footholds.core.suggestions import routine_suggestions, words_of
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import hint, language, person_today
from footholds.ui.common.components import label
from footholds.ui.common.feedback import Feedback, StatusLine
from footholds.ui.common.operations import (
    add_record,
    drop_record,
    held_words,
)
from footholds.ui.common.refresh import Refresher
from footholds.ui.tough_day.tough_sections import column

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

BARE_MINIMUM = 3  # Today's small things: the first three, in the person's order


def _calm_heading() -> QLabel:
    """Heading-sized words without the bold: large and calm, like the other steps."""
    words = label("", "heading")
    font = words.font()
    font.setBold(False)
    words.setFont(font)
    return words


class _BoxWords(QLabel):
    """A check box's words, wrapped; a click on them ticks the box, as on its own words."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.box.click()
        super().mouseReleaseEvent(event)


class BareMinimum(QWidget):
    """One of Today's small things to tick off here, not the list: the first not yet done
    today, with "another" for a different one when this one is too much. Once ticked it stays
    on screen, ticked, with a warm word; nothing new is put in its place. When all are done
    already, a kind line says so, without counting."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.item_id = ""  # the one on screen
        self.boxes: list[QCheckBox] = []  # the one box, as a list: none when nothing is shown
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.empty = hint(ctx, "")
        # With no small things of their own yet: one idea from the built-in list, to do or
        # not, rather than a pointer to another window.
        self.idea_index = 0
        self.idea = _calm_heading()
        self.idea.setWordWrap(True)
        self.idea.setTextFormat(Qt.TextFormat.PlainText)
        self.did_idea = buttons.quiet("")
        self.all_done = _calm_heading()
        self.said = Feedback()  # in the row, where "another" was: nothing moves when it speaks
        self.another = buttons.quiet("")
        self.another.setIcon(icons.ui_icon("another"))
        self.open = buttons.link("")
        # a tick the store refused is said here, under the row: never a box over Tough day
        # and its crisis lines. It takes room only while it speaks: kept from the start, the
        # two lines a refusal needs stood empty under every small thing and gave Tough day a
        # scroll bar at its usual size, for something seldom said
        self.refused = StatusLine()
        self.refused.hide()
        layout = column(self)
        layout.addLayout(self.list)
        layout.addWidget(self.all_done)
        layout.addWidget(self.idea)
        layout.addWidget(self.empty)
        actions = QWidget()
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.did_idea)
        row.addWidget(self.another)
        row.addWidget(self.said, 1)
        row.addWidget(self.open)
        # as tall with "another" hidden as with it shown: ticking moves nothing below
        actions.setMinimumHeight(self.another.sizeHint().height())
        layout.addWidget(actions)
        layout.addWidget(self.refused)
        self.retranslate()
        self.another.clicked.connect(self.pick_another)
        self.did_idea.clicked.connect(self._on_did_idea_clicked)
        self.open.clicked.connect(lambda: ctx.windows.show("today"))
        self.refresher = Refresher(
            self, ctx.signals, self.refresh, kinds=(RoutineItem.KIND, RoutineCheck.KIND)
        )

    def retranslate(self) -> None:
        """The words in the interface's language; the same small thing stays on screen."""
        self.empty.setText(
            self.tr("You can choose your own three small things in Today, whenever you like.")
        )
        buttons.say(
            self.did_idea,
            self.tr("I did it"),
            self.tr("I did this small thing"),
            self.tr("Says it counts. Nothing is written down."),
        )
        # no count of what is done (or not): just that it is, and that rest is allowed
        self.all_done.setText(
            self.tr("Today's small things are already done. Resting now is enough.")
        )
        buttons.say(
            self.another,
            self.tr("Another"),
            self.tr("Show another small thing"),
            self.tr("Swaps this for a different one of today's small things."),
        )
        buttons.say(
            self.open,
            self.tr("Open Today"),
            self.tr("Open the Today window"),
            self.tr("Opens Today, where you can choose or change your three small things."),
        )
        if self.said.speaking:
            self.said.say(self._done_words())
        self.refresh()

    def _done_words(self) -> str:
        # its own words: the reminders' acknowledgements speak of pauses, movement and wins
        return self.tr("Done. That counts, and it is enough for now.")

    def today(self) -> str:
        # the one clock every window asks (core/days.py), so Today's ticks and these agree
        return person_today(self.ctx).isoformat()

    def checks(self) -> list[RoutineCheck]:
        """Today's ticks (read from the last few days' files only)."""
        now = days.now_local()
        recent = self.ctx.store.between(RoutineCheck, now - timedelta(days=2), now + timedelta(1))
        return [c for c in recent if c.day == self.today()]

    def items(self) -> list[RoutineItem]:
        """Today's small things, in the person's order."""
        items = [i for i in self.ctx.store.all(RoutineItem) if i.active]
        return sorted(items, key=lambda i: i.position)[:BARE_MINIMUM]

    def start_over(self) -> None:
        """On a fresh opening of the window: the first small thing not done yet."""
        self.item_id = ""
        self.idea_index = 0
        self.said.clear_now()
        self._say_refused("")
        self.refresh()

    def open_again(self) -> None:
        """The step chosen again (Back, then One small thing): as on a fresh opening, the
        first small thing not done yet, or the kind line when all are. The one ticked last
        time stood there ticked, with no kind word and no "another", the rest out of reach
        until Tough day was closed and opened again. Made again only when that changes it."""
        undone = self._undone()
        first = undone[0].id if undone else ""
        fresh = not (self.said.speaking or self.refused.isVisible() or self.idea_index)
        if self.item_id != first or not fresh:
            self.start_over()

    def ideas(self) -> list[str]:
        """The built-in and own suggestions, for when no small things are chosen yet."""
        return [s.text for s in routine_suggestions(self.ctx.store, language(self.ctx))]

    def _on_did_idea_clicked(self) -> None:
        self.did_idea.setVisible(False)
        self.another.setVisible(False)
        self.said.say(self._done_words())

    def pick_another(self) -> None:
        """The next small thing not done yet, after the one on screen, round to the first."""
        self._say_refused("")
        if not self.items():
            self.idea_index += 1
            self.said.clear_now()
            self.refresh()
            return
        undone = self._undone()
        ids = [i.id for i in undone]
        if self.item_id in ids and len(ids) > 1:
            self.item_id = ids[(ids.index(self.item_id) + 1) % len(ids)]
            self.refresh()
            if self.boxes:
                self.boxes[0].setFocus()

    def _undone(self) -> list[RoutineItem]:
        done = {c.item_id for c in self.checks()}
        return [i for i in self.items() if i.id not in done]

    def refresh(self) -> None:
        """Show the one small thing: the one on screen while it is still one of today's (ticked
        or not), else the first not done. Its words are a wrapped label beside the box (a
        check box never wraps), so a long item never widens the window."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.boxes, self.rows = [], []
        items = self.items()
        done = {c.item_id for c in self.checks()}
        undone = [i for i in items if i.id not in done]
        shown = next((i for i in items if i.id == self.item_id), None)
        if shown is None:
            shown = undone[0] if undone else None
            self.said.clear_now()
        self.item_id = shown.id if shown else ""
        if shown is not None:
            # a built-in suggestion picked in another language reads in today's
            words = words_of(shown.text, language(self.ctx))
            box = QCheckBox()
            box.setAccessibleName(words)
            box.setAccessibleDescription(
                self.tr("One of your three for today; ticking it here ticks it in Today too.")
            )
            box.setChecked(shown.id in done)
            box.toggled.connect(lambda on, i=shown.id: self._on_box_toggled(i, on))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(_BoxWords(words, box), 1)
            self.boxes.append(box)
            self.rows.append(row)
            self.list.addWidget(row)
        self.empty.setVisible(not items)
        self.all_done.setVisible(bool(items) and shown is None)
        others = [i for i in undone if shown is None or i.id != shown.id]
        self.another.setVisible(shown is not None and shown.id not in done and bool(others))
        ideas = self.ideas() if not items else []
        self.idea.setVisible(bool(ideas))
        self.did_idea.setVisible(bool(ideas) and not self.said.speaking)
        if ideas:
            self.idea.setText(ideas[self.idea_index % len(ideas)])
            self.idea.setAccessibleName(self.idea.text())
            self.another.setVisible(len(ideas) > 1 and not self.said.speaking)

    def _on_box_toggled(self, item_id: str, on: bool) -> None:
        """Tick or untick in the store; the words change at once, and the box is made again
        on the refresh the save brings. A refusal is said in the line under the row: a change
        held in memory stays shown (Today shows it too), one not kept puts the box back."""
        self.another.setVisible(False)
        self._say_refused("")
        refusals: list[str] = []
        if on:
            check = RoutineCheck(day=self.today(), item_id=item_id)
            saved, held = add_record(self.ctx, check, self, refusals.append)
            if saved is not None:
                self.said.say(self._done_words())
                if held is not None:
                    self._say_refused(held_words(held))
                return
        else:
            self.said.clear_now()
            for check in self.checks():
                if check.item_id != item_id:
                    continue
                removed, held = drop_record(self.ctx, check, self, refusals.append)
                if removed:
                    if held is not None:  # in memory only, until the disk takes it
                        self._say_refused(held_words(held))
                    return
        if refusals:
            self._say_refused(refusals[-1])
        self._put_back(not on)

    def _say_refused(self, text: str) -> None:
        self.refused.say(text)
        self.refused.setVisible(bool(text))

    def _put_back(self, ticked: bool) -> None:
        """The box as the store still has it after a refusal, and "another" as it was."""
        for box in self.boxes:
            with QSignalBlocker(box):
                box.setChecked(ticked)
        others = [i for i in self._undone() if i.id != self.item_id]
        self.another.setVisible(not ticked and bool(others))
