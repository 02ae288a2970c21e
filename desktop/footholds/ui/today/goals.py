"""Micro-goals, as a section of the Today window: big things broken into tiny steps.

Each finished step is a small win in the log; a finished goal can go on the proof list.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from footholds.core import content, days
from footholds.core import goals as g
from footholds.core.store import Goal, LogEntry, Proof
from footholds.core.store.models import now_local
from footholds.ui.common import buttons, calm, icons, kept_words, tokens, undo
from footholds.ui.common.components import label
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import keep_room_under, limited_under
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.today.goal_card import GoalCard

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

W = TypeVar("W", bound=QWidget)
STEP_WIN = "did a step of a goal"  # the win's stored name, the same as in the quick log
FINISHED_SHOWN = 5
GOALS_SHOWN = 6  # cards for the goals touched most lately; the rest behind "Show all goals"
# prompts that talk about "this step": only shown when there is a step under way to mean
NEW_GOAL = ""  # the key of the new goal's words among typed_words; a goal's id for its step
ABOUT_A_STEP = frozenset({"gp-two-minutes", "gp-make-it-smaller"})


def tick_step(ctx: AppContext, goal: Goal, step_id: str, parent: QWidget) -> LogEntry | None:
    """Tick a step off, save the goal, and log the small win. Returns the win logged."""
    changed = g.mark_done(goal, step_id)
    if update_record(ctx, changed, parent) is None:
        return None
    text = changed.steps[g.find(changed, step_id)]["text"]
    return save_record(ctx, LogEntry(wins=[STEP_WIN], note=text, source="goal"), parent)


class FinishedRow(QFrame):
    """A finished goal, with a way to keep it on the proof list."""

    def __init__(self, section: GoalsSection, goal: Goal) -> None:
        super().__init__()
        self.goal = goal
        self.start_hour = int(section.ctx.settings["day.start_hour"])
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.save = buttons.quiet(self.tr("Save to my proof list"))
        self.save.setAccessibleName(self.tr("Save this finished goal to my proof list"))
        self.save.setAccessibleDescription(
            self.tr("Keeps it as a time you got through, dated the day you finished.")
        )
        self.saved = QLabel(self.tr("On your proof list"))
        self.remove = buttons.quiet(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this finished goal"))
        self.remove.setAccessibleDescription(
            self.tr("Takes it off this list, after asking; you can undo it for a moment.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save)
        layout.addWidget(self.saved)
        layout.addWidget(self.remove)
        self.save.clicked.connect(lambda: section.save_to_proof(self.goal.id))
        self.remove.clicked.connect(lambda: section.remove_goal(self.goal.id))

    def show_goal(self, goal: Goal, in_proof: bool, latest: bool = False) -> None:
        """`latest`: the first row, whose Save alone has an Alt letter (rows repeat)."""
        self.goal = goal
        keyed = self.tr("Sa&ve to my proof list")
        self.save.setText(keyed if latest else self.tr("Save to my proof list"))
        when = goal.done_at or g.last_touched(goal)
        # the one day format ("today", "Tue 3 Dec"): short, so the row seldom wraps
        today = days.day_of(now_local(), self.start_hour)
        day = calm.long_date(days.day_of(when, self.start_hour), capital=False, today=today)
        self.label.setText(self.tr("✓ {title} (finished {day})").format(title=goal.title, day=day))
        self.label.setAccessibleName(self.label.text())
        self.save.setVisible(not in_proof)
        self.saved.setVisible(in_proof)


class GoalsSection(QWidget):
    """Goals under way as cards, a field for a new one, and the goals finished lately."""

    def __init__(self, ctx: AppContext, undo_bar: undo.UndoBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo_bar = undo_bar
        self.rng = random.Random()
        language = calm.language(ctx)
        document = content.load_document("goal_prompts", language)
        self.prompts = [p["text"] for p in document["prompts"]]
        self.general_prompts = [
            p["text"] for p in document["prompts"] if p["id"] not in ABOUT_A_STEP
        ]
        self.first_prompt = self.prompts[0]
        self.example = document["examples"][0]
        self.language = language
        self._wins: dict[str, LogEntry] = {}  # step id -> win logged this session, for unticks
        self.cards: dict[str, GoalCard] = {}
        self.rows: dict[str, FinishedRow] = {}
        # words typed in its fields and not added when Footholds last closed (typed_words),
        # waiting for their field: NEW_GOAL's, or a goal's next step by the goal's id
        self.waiting: dict[str, str] = {}

        heading = label(self.tr("Micro-goals"), "heading")
        self.prompt = QLabel(self.rng.choice(self.general_prompts))
        self.prompt.setWordWrap(True)
        self.new_goal = QLineEdit()
        limited_under(self.new_goal, 500)
        self.new_goal.setPlaceholderText(self.tr("Something big, in a few words"))
        self.new_goal.setAccessibleName(self.tr("New goal"))
        self.new_goal.setAccessibleDescription(
            self.tr("Something big, in a few words; you break it into tiny steps next.")
        )
        self.add_goal = buttons.secondary(self.tr("Add g&oal"))
        self.add_goal.setIcon(icons.ui_icon("add"))
        self.add_goal.setAccessibleName(self.tr("Add this goal"))
        self.add_goal.setAccessibleDescription(
            self.tr("Adds the goal and takes you straight to writing its first small step.")
        )
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setText(self._empty_text())
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        self.all_shown = False  # every goal under way as a card, not only the latest ones
        self.show_all = buttons.quiet(self.tr("&Show all goals"))
        self.show_all.setAccessibleDescription(
            self.tr("Shows a card for every goal under way, not only those touched lately.")
        )
        self.show_all.hide()
        self.finished_heading = label(self.tr("Finished lately"))
        self.finished_heading.setWordWrap(False)  # its line is shared with the feedback
        bold = self.finished_heading.font()
        bold.setBold(True)
        self.finished_heading.setFont(bold)
        # a finish (or a save to the proof list) is acknowledged on the heading's own line,
        # just above the goal, which is first in the list: nothing on the page moves
        self.finished_said = Feedback(width=tokens.XL * 4)
        self.finished_box = QVBoxLayout()
        self.finished_box.setSpacing(2)

        adding = QHBoxLayout()
        adding.addWidget(self.new_goal, 1)
        adding.addWidget(self.add_goal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addLayout(adding)
        self.kept = kept_words.line()  # under a new goal's words brought back (_give_back)
        layout.addWidget(self.kept)
        keep_room_under(layout, self)  # for the new goal's limit, off the words under it
        layout.addWidget(self.empty)
        layout.addLayout(self.cards_box)
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        finished_line = QHBoxLayout()
        finished_line.setSpacing(tokens.S)
        finished_line.addWidget(self.finished_heading)
        finished_line.addWidget(self.finished_said, 1)
        layout.addLayout(finished_line)
        layout.addLayout(self.finished_box)

        self.new_goal.returnPressed.connect(self._on_add_goal)
        self.add_goal.clicked.connect(self._on_add_goal)
        self.show_all.clicked.connect(self._on_show_all)
        self.refresh()

    def _empty_text(self) -> str:
        steps = self.example["steps"]
        return self.tr(
            "Nothing here yet. Something big gets lighter in tiny steps. For example, "
            "“{goal}” could start with “{first}”, then “{second}”."
        ).format(goal=self.example["goal"], first=steps[0], second=steps[1])

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Bring the cards in line with the store, updating in place so focus stays put."""
        every = self.ctx.store.all(Goal)
        under_way = g.open_goals(every)
        finished = g.finished_goals(every)[:FINISHED_SHOWN]
        shown, rest = g.in_view(under_way, GOALS_SHOWN)
        if self.all_shown:
            shown = under_way
        elif rest:  # a card already on screen stays there: nothing moves under the person
            keep = {goal.id for goal in shown} | set(self.cards)
            shown = [goal for goal in under_way if goal.id in keep]
        self._sync(self.cards, self.cards_box, shown, lambda goal: GoalCard(self, goal))
        for goal in shown:
            self.cards[goal.id].show_goal(goal)
            self.cards[goal.id].key_add(alone=len(shown) == 1)
        self.show_all.setVisible(len(under_way) > GOALS_SHOWN)
        self.show_all.setText(
            self.tr("&Show fewer goals") if self.all_shown else self.tr("&Show all goals")
        )
        self._sync(self.rows, self.finished_box, finished, lambda goal: FinishedRow(self, goal))
        proofs = {p.text for p in self.ctx.store.all(Proof) if p.source == "goal"}
        for at, goal in enumerate(finished):
            self.rows[goal.id].show_goal(goal, self.proof_text(goal) in proofs, at == 0)
        self.empty.setVisible(not every)
        if self.prompt.text() not in self.fitting_prompts(under_way):
            self.choose_prompt()
        self.finished_heading.setVisible(bool(finished))
        self.finished_said.setVisible(bool(finished))
        self._give_back()

    # -- words typed and not added -------------------------------------------------------
    def typed_words(self) -> dict[str, str]:
        """The words typed for a new goal or a goal's next step and not added yet, to keep
        when Footholds closes (core/drafts.py): by NEW_GOAL, or by the goal's id. With those
        still waiting for a card not shown."""
        held = dict(self.waiting)
        fields = {NEW_GOAL: self.new_goal} | {i: c.new_step for i, c in self.cards.items()}
        for key, field in fields.items():
            if field.isModified() and field.text().strip():
                held[key] = field.text()
        return held

    def bring_back(self, kept: dict[str, str]) -> None:
        """Words `typed_words` gave at the last close go back in their fields as they show
        (a goal since finished or removed: its step's words wait no more)."""
        goals = {goal.id for goal in g.open_goals(self.ctx.store.all(Goal))}
        self.waiting = {k: v for k, v in kept.items() if k == NEW_GOAL or k in goals}
        self._give_back()

    def forget_words(self) -> None:
        """Empty the fields and what waits for them (kept elsewhere now: Lock now)."""
        self.waiting = {}
        for field in (self.new_goal, *(card.new_step for card in self.cards.values())):
            field.clear()
            field.setModified(False)

    def _give_back(self) -> None:
        fields = {NEW_GOAL: self.new_goal} | {i: c.new_step for i, c in self.cards.items()}
        for key, field in fields.items():
            words = self.waiting.get(key)
            if words is not None and not field.text().strip():
                field.setText(words)
                field.setModified(True)  # typed and not added: kept again at the next close
                del self.waiting[key]
                if field is self.new_goal:
                    kept_words.shown(self.ctx, self.kept, [field])

    def fitting_prompts(self, under_way: list[Goal]) -> list[str]:
        """Every prompt once a step is under way; before that, none that asks about one. The
        first prompt is already under a goal with no steps yet: not said twice at once."""
        has_step = any(not g.is_done(step) for goal in under_way for step in goal.steps)
        prompts = self.prompts if has_step else self.general_prompts
        if any(not goal.steps for goal in under_way):
            prompts = [p for p in prompts if p != self.first_prompt]
        return prompts

    def choose_prompt(self) -> None:
        under_way = g.open_goals(self.ctx.store.all(Goal))
        self.prompt.setText(self.rng.choice(self.fitting_prompts(under_way)))

    @staticmethod
    def _sync(
        shown: dict[str, W], box: QVBoxLayout, wanted: list[Goal], make: Callable[[Goal], W]
    ) -> None:
        ids = [goal.id for goal in wanted]
        for goal_id in [i for i in shown if i not in ids]:
            widget = shown.pop(goal_id)
            box.removeWidget(widget)
            widget.deleteLater()
        for goal in wanted:
            if goal.id not in shown:
                shown[goal.id] = make(goal)
                box.addWidget(shown[goal.id])
                shown[goal.id].show()  # added to a shown page, it would appear only later
        in_box = [box.itemAt(i) for i in range(box.count())]
        placed = [item.widget() for item in in_box if item is not None]
        if placed != [shown[i] for i in ids]:
            for other in placed:
                if other is not None:
                    box.removeWidget(other)
            for goal_id in ids:
                box.addWidget(shown[goal_id])

    def proof_text(self, goal: Goal) -> str:
        return self.tr("I finished “{title}”, one small step at a time.").format(title=goal.title)

    # -- actions -------------------------------------------------------------------------
    def _goal(self, goal_id: str) -> Goal | None:
        return self.ctx.store.get(Goal, goal_id)

    def _save(self, goal: Goal) -> None:
        update_record(self.ctx, goal, self)
        self.refresh()

    def _on_show_all(self) -> None:
        """Between every goal under way and only those touched lately."""
        self.all_shown = not self.all_shown
        if not self.all_shown:  # back to the latest few: the others' cards go
            shown, _rest = g.in_view(g.open_goals(self.ctx.store.all(Goal)), GOALS_SHOWN)
            self._sync(self.cards, self.cards_box, shown, lambda goal: GoalCard(self, goal))
        self.refresh()
        self.show_all.setFocus()

    def _on_add_goal(self) -> None:
        title = self.new_goal.text().strip()
        if not title:
            self.new_goal.setFocus()
            return
        goal = save_record(self.ctx, Goal(title=title), self)
        if goal is None:
            return
        self.new_goal.clear()
        self.refresh()
        self.choose_prompt()
        card = self.cards.get(goal.id)
        if card is not None:
            card.new_step.setFocus()  # straight on to the very first step
            bring_into_view(card)

    def rename(self, goal_id: str, title: str) -> None:
        goal = self._goal(goal_id)
        if goal is not None:
            self._save(replace(goal, title=title))

    def add_step(self, goal_id: str, text: str) -> None:
        goal = self._goal(goal_id)
        if goal is not None:
            self._save(g.add_step(goal, text))

    def edit_step(self, goal_id: str, step_id: str, text: str) -> None:
        goal = self._goal(goal_id)
        if goal is not None:
            self._save(g.edit_step(goal, step_id, text))

    def move_step(self, goal_id: str, step_id: str, by: int) -> None:
        goal = self._goal(goal_id)
        if goal is not None:
            self._save(g.move_step(goal, step_id, by))

    def reorder(self, goal_id: str, order: list[str]) -> None:
        goal = self._goal(goal_id)
        if goal is not None:
            self._save(g.reorder(goal, order))

    def set_done(self, goal_id: str, step_id: str, done: bool) -> None:
        """Tick a step off (a small win) or open it again."""
        goal = self._goal(goal_id)
        if goal is None:
            return
        card = self.cards.get(goal_id)
        if not done:
            if card is not None:
                card.feedback.clear_now()
            self._save(g.mark_undone(goal, step_id))
            win = self._wins.pop(step_id, None)
            if win is not None:
                remove_record(self.ctx, win, self)
            return
        win = tick_step(self.ctx, goal, step_id, self)
        if win is not None:
            self._wins[step_id] = win
        self.refresh()
        after = self._goal(goal_id)
        if after is not None and g.is_finished(after):
            self.finished_said.say(self.tr("All done, one step at a time."))
        elif card is not None:
            card.acknowledge(self.tr("One small step, taken."))  # in place, beside the goal

    def remove_step(self, goal_id: str, step_id: str) -> None:
        goal = self._goal(goal_id)
        if goal is None:
            return
        text = goal.steps[g.find(goal, step_id)]["text"]
        if not self.ctx.prompter.confirm(
            self,
            self.tr("Remove the step “{step}”?").format(step=excerpt(text)),
            self.tr("Remove step"),
        ):
            return
        changed, step, index = g.remove_step(goal, step_id)
        self._save(changed)

        def put_back() -> None:
            current = self._goal(goal_id)
            if current is not None and all(s["id"] != step["id"] for s in current.steps):
                self._save(g.restore_step(current, step, index))

        self.undo_bar.offer(lambda: self.tr("Step removed."), put_back)

    def remove_goal(self, goal_id: str) -> None:
        goal = self._goal(goal_id)
        if goal is None:
            return
        question = self.tr("Remove the goal “{title}” and its steps?").format(
            title=excerpt(goal.title)
        )
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove goal")):
            return
        if not remove_record(self.ctx, goal, self):
            return  # not removed (the store opened only to read): its row stays, no Undo
        self.refresh()

        def put_back() -> QWidget | None:
            if self._goal(goal.id) is None:
                save_record(self.ctx, goal, self)
                self.refresh()
            card = self.cards.get(goal.id)  # the keyboard on it again, not at Today's top
            if card is not None:  # and in sight: it came back mostly below the fold
                bring_into_view(card, from_top_of=card)
            return card.title if card else None

        self.undo_bar.offer(lambda: self.tr("Goal removed."), put_back, puts_back=goal)

    def save_to_proof(self, goal_id: str) -> None:
        """Keep a finished goal on the proof list, dated the day it was finished."""
        goal = self._goal(goal_id)
        if goal is None:
            return
        start_hour = self.ctx.settings["day.start_hour"]
        day = days.day_of(goal.done_at or g.last_touched(goal), start_hour)
        proof = Proof(text=self.proof_text(goal), day=day.isoformat(), source="goal")
        saved_from = self.rows.get(goal_id)
        had_focus = saved_from is not None and saved_from.save.hasFocus()
        if save_record(self.ctx, proof, self) is not None:
            self.refresh()
            self.finished_said.say(self.tr("Saved to your proof list."))
            if had_focus:  # Qt moved it on to the row's Remove, where Space asked to remove
                self._focus_after_saving(goal_id)

    def _focus_after_saving(self, goal_id: str) -> None:
        """The keyboard on another finished goal to save, or the new goal's field: harmless."""
        ids = list(self.rows)
        at = ids.index(goal_id) if goal_id in ids else 0
        for other in ids[at + 1 :] + ids[:at]:
            if self.rows[other].save.isVisible():
                self.rows[other].save.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.new_goal.setFocus(Qt.FocusReason.OtherFocusReason)
