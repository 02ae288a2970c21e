"""The 5-4-3-2-1 grounding exercise, guided one step at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from footholds.core import content
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import hint, language
from footholds.ui.common.own_words import own_words
from footholds.ui.common.scrolling import bring_into_view

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


# the room kept for the words: the tallest of the opening, the steps and the closing, up to
# this many lines (a longer one still gets all it needs)
MOST_LINES = 5


class Grounding(QWidget):
    """Opening words, then five steps (see, touch, hear, smell, taste), then closing words."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.opening: str = ""  # the words, read in retranslate()
        self.steps: list[str] = []
        self.closing: str = ""
        self.at = -1  # -1 the opening, 0..4 a step, len(steps) the closing

        self.where = hint(ctx, "")
        # "Step 1 of 5" keeps its line at the opening and closing words too, and the words
        # the room of the tallest of them: the buttons below never move from step to step
        # (they moved 16 px as the Spanish went from two lines to one, "Next" under the
        # help footer)
        policy = self.where.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.where.setSizePolicy(policy)
        self.words = own_words(selectable=True)
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.words.setFont(font)
        self.back = buttons.quiet("")
        self.back.setIcon(icons.ui_icon("back"))
        self.forward = buttons.secondary("")
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.forward)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.retranslate()
        self.back.clicked.connect(self.go_back)
        self.forward.clicked.connect(self.go_forward)

    def retranslate(self) -> None:
        """The exercise in the interface's language, at the step the person is on."""
        data = content.load_document("grounding", language(self.ctx))
        self.opening = data["opening"]["text"]
        self.steps = [step["prompt"] for step in data["steps"]]
        self.closing = data["closing"]["text"]
        self.words.keep_room(1, among=[self.opening, *self.steps, self.closing], most=MOST_LINES)
        self.words.setAccessibleName(self.tr("Grounding step"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("The previous grounding step"))
        self.back.setAccessibleDescription(
            self.tr("Goes back one step, so you can stay with it a little longer.")
        )
        self._show()

    def go_forward(self) -> None:
        """Begin, go to the next step, or start again after the closing words."""
        self.at = -1 if self.at >= len(self.steps) else self.at + 1
        self._show()
        self.forward.setFocus()
        bring_into_view(self.forward, 0)  # focus given by code scrolls nothing by itself

    def go_back(self) -> None:
        """One step back."""
        self.at = max(-1, self.at - 1)
        self._show()

    def _show(self) -> None:
        total = len(self.steps)
        # worded even while hidden (the opening, the closing): its line keeps the same room
        step = min(max(self.at, 0), total - 1) + 1
        self.where.setText(self.tr("Step {step} of {steps}").format(step=step, steps=total))
        if self.at < 0:
            self.words.setText(self.opening)
            label, name = self.tr("Begin"), self.tr("Begin the grounding exercise")
            about = self.tr("Starts five short steps that bring you back to your senses.")
        elif self.at < total:
            self.words.setText(self.steps[self.at])
            label, name = self.tr("Next"), self.tr("The next grounding step")
            about = self.tr("Moves on to the next sense, whenever you are ready.")
        else:
            self.words.setText(self.closing)
            label, name = self.tr("Start again"), self.tr("Start the grounding exercise again")
            about = self.tr("Goes back to the opening words, to go through it once more.")
        self.forward.setText(label)
        self.forward.setAccessibleName(name)
        self.forward.setAccessibleDescription(about)
        self.back.setVisible(self.at >= 0)
        # the row as tall with "Back" hidden (at the opening) as beside it: its icon makes
        # it 2 px taller, and the row moved as it came
        self.forward.setMinimumHeight(self.back.sizeHint().height())
        self.where.setVisible(0 <= self.at < total)
