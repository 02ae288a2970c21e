"""One gentle next step on a hard day: a few quiet choices, and only the chosen one on screen.

Choosing a step hides the choices and shows just that step, with a way back; nothing else
competes with it (LOOK.md: one thing per screen on a hard moment).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from footholds.core import content
from footholds.ui.common import buttons, icons, tokens
from footholds.ui.common.calm import language
from footholds.ui.common.components import Card, label

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class SlowBreath(QWidget):
    """One slow breathing exercise from the rest pack, and another if this one does not fit."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        pack = content.load_pack("rest", language(ctx))
        self.picker = content.Picker(pack, rng=self.rng, avoid=3)
        self.item_id = ""
        self.words = label("", "heading", selectable=True)
        font = self.words.font()
        font.setBold(False)  # a step's words are large and calm, not shouted
        self.words.setFont(font)
        self.another = buttons.quiet("")
        self.another.setIcon(icons.ui_icon("another"))
        row = QHBoxLayout()
        row.addWidget(self.another)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.S)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.retranslate()
        self.pick()
        self.another.clicked.connect(self.pick)

    def retranslate(self) -> None:
        """The words in the interface's language, the same breath kept on screen."""
        self.words.setAccessibleName(self.tr("A slow breath"))
        buttons.say(
            self.another,
            self.tr("Another"),
            self.tr("Show another way to breathe"),
            self.tr("Suggests a different slow breath."),
        )
        self.picker.items = [dict(i) for i in content.load_pack("rest", language(self.ctx))]
        if self.item_id:
            self._show_item(next((i for i in self.picker.items if i["id"] == self.item_id), None))

    def pick(self) -> None:
        """Choose a breathing exercise."""
        self._show_item(self.picker.pick(kind="breathing"))

    def _show_item(self, item: Mapping[str, Any] | None) -> None:
        self.item_id = item["id"] if item else ""
        self.words.setText(
            item["text"] if item else self.tr("Breathe in slowly, and let the breath out longer.")
        )


@dataclass
class Step:
    """One choice: its key, the words on its button, its icon, and the view it opens."""

    key: str
    text: str
    icon: str
    view: QWidget
    title: str


class NextSteps(QWidget):
    """A question and a few quiet choices; choosing one shows just that, with "Back"."""

    turned = Signal()  # a step was chosen, or the choices came back: the height may change

    def __init__(self, steps: list[Step]) -> None:
        super().__init__()
        self.steps = steps
        self.chosen: Step | None = None
        self.question = label("", "heading")
        self.choices: dict[str, QPushButton] = {}
        self.menu = QWidget()
        self.grid = QGridLayout(self.menu)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(tokens.S)
        for step in steps:
            choice = buttons.secondary(step.text)
            choice.setIcon(icons.ui_icon(step.icon))
            choice.setMinimumHeight(2 * tokens.L)  # large, friendly targets
            choice.clicked.connect(lambda _=False, k=step.key: self.choose(k))
            self.choices[step.key] = choice
        self.show_only(self.choices)

        self.back = buttons.quiet("")
        self.back.setIcon(icons.ui_icon("back"))
        self.title = label("", "caption")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back)
        self.card = Card()
        self.card.body.addLayout(top)
        for step in steps:
            self.card.add(step.view)
            step.view.hide()
        self.card.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.S)
        layout.addWidget(self.question)
        layout.addWidget(self.menu)
        layout.addWidget(self.card)
        self.retranslate()
        self.back.clicked.connect(self.show_choices)

    def retranslate(self) -> None:
        """The question, the choices (from `steps`, which the window words again first) and
        the way back, in the interface's language; the step on screen stays."""
        self.question.setText(self.tr("What might help a little right now?"))
        for step in self.steps:
            buttons.say(
                self.choices[step.key],
                step.text,
                step.text,
                self.tr("Shows just this, with a way back."),
            )
        buttons.say(
            self.back,
            self.tr("Back"),
            self.tr("Back to the choices"),
            self.tr("Shows the other small things that might help."),
        )
        if self.chosen is not None:
            self.title.setText(self.chosen.title)

    def show_only(self, keys: Iterable[str]) -> None:
        """Offer just the choices `keys` (the rest go while the lock keeps what they show),
        two to a row in their own order, with no gap where one went: an odd one out, the
        last, spans the row (three left a hole where One small thing went)."""
        offered = set(keys)
        shown = [key for key in self.choices if key in offered]
        for at, key in enumerate(shown):
            choice = self.choices[key]
            self.grid.removeWidget(choice)
            # in the grid first: never a window of its own for a moment
            wide = at == len(shown) - 1 and at % 2 == 0
            self.grid.addWidget(choice, at // 2, at % 2, 1, 2 if wide else 1)
            choice.setVisible(True)
        for key, choice in self.choices.items():
            if key not in shown:
                self.grid.removeWidget(choice)
                choice.setVisible(False)

    def choose(self, key: str) -> None:
        """Show just the step `key`, in place of the choices."""
        self.chosen = next(s for s in self.steps if s.key == key)
        for step in self.steps:
            step.view.setVisible(step is self.chosen)
        self.title.setText(self.chosen.title)
        self.menu.hide()
        self.question.hide()
        self.card.show()
        self.back.setFocus()
        self.turned.emit()

    def show_choices(self) -> None:
        """Back to the question and its choices."""
        came_from = self.chosen
        self.chosen = None
        self.card.hide()
        self.question.show()
        self.menu.show()
        if came_from is not None and self.isVisible():
            self.choices[came_from.key].setFocus()
        self.turned.emit()

    def focus_first(self) -> None:
        """The keyboard starts on the first choice, or on Back inside a chosen step."""
        if self.chosen is not None:
            self.back.setFocus()
        elif self.steps:
            self.choices[self.steps[0].key].setFocus()
