"""The check-in summary's parts, each ticked in or out, and the safety plan, which stays out
unless the person ticks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from footholds.core import checkin, safety_plan_render
from footholds.ui.common import tokens
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.scrolling import bring_into_view

if TYPE_CHECKING:
    from footholds.core.checkin_render import Wording
    from footholds.ui.context import AppContext


class CheckinParts(QWidget):
    """What goes into the summary: every part ticked at first, the plan not."""

    def __init__(self, words: Wording, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)  # and 3 px each box keeps for its focus ring: 12 between
        for n, section in enumerate(checkin.SECTIONS):
            box = QCheckBox(self._short_label(section))
            box.setChecked(True)
            box.setAccessibleName(self.tr("Include: {part}").format(part=words[section]))
            box.setAccessibleDescription(
                self.tr("When ticked, this part is in the summary; untick it to leave it out.")
            )
            self.sections[section] = box
            grid.addWidget(box, n // 2, n % 2)

        # the plan is the person's to share or not: never in the summary unless ticked here
        self.with_plan = QCheckBox(self.tr("Add my safety plan at the end"))
        self.with_plan.setAccessibleName(self.tr("Add my safety plan to the summary"))
        self.with_plan.setAccessibleDescription(
            self.tr("Off unless you tick it; the parts of your plan you wrote go at the end.")
        )
        self.boxes = (*self.sections.values(), self.with_plan)
        # ticked with no plan written, it added nothing and said nothing: said under it,
        # in room kept for it, so nothing below moves
        self.no_plan = StatusLine()
        self.no_plan.setObjectName("no-safety-plan")
        self.no_plan.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.with_plan.toggled.connect(self.say_plan)
        self.with_plan.toggled.connect(self._show_note)
        if ctx is not None:
            ctx.signals.store_changed.connect(self._on_store_changed)

        # the same spacing as the choices above, so the grid lines up as it did in their column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Include in the summary:")))
        layout.addLayout(grid)
        layout.addWidget(self.with_plan)
        layout.addWidget(self.no_plan)
        self.say_plan()

    def say_plan(self, *_: object) -> None:
        """Under the plan's tick, while it is ticked and there is no plan to add: where one
        is written. Nothing while the lock is closed (the plan may be there, unread)."""
        words = self.tr(
            "There is no safety plan to add yet. You can write one in Safety plan, in the "
            "Footholds menu, whenever you feel ready."
        )
        self.no_plan.reserve([words])
        self.no_plan.say(words if self.with_plan.isChecked() and self._no_plan() else "")

    def _show_note(self, ticked: bool) -> None:
        """Ticked at the foot of a short pane, the note came below its visible part (half a
        line showed) and the pane stayed put: it scrolls so the note reads whole. The
        keyboard stays on the tick."""
        if ticked and self.no_plan.text():
            bring_into_view(self.no_plan, tokens.S)

    def _no_plan(self) -> bool:
        ctx = self.ctx
        if ctx is None or ctx.locker.locked:
            return False  # not known: nothing is said rather than something untrue
        return safety_plan_render.gather(ctx.store).empty

    def _on_store_changed(self, kind: str) -> None:
        if kind == "safety_plan":
            self.say_plan()

    def chosen(self) -> list[str]:
        return [name for name, box in self.sections.items() if box.isChecked()]

    def _short_label(self, section: str) -> str:
        short = {
            "talk": self.tr("What I want to talk about"),
            "feelings": self.tr("Feelings and energy"),
            "triggers": self.tr("What set things off"),
            "tried": self.tr("What I tried"),
            "helped": self.tr("What helped"),
            "parts": self.tr("Parts of me"),
            "thoughts": self.tr("Thought logs"),
            "wins": self.tr("Small wins and movement"),
            "activities": self.tr("What I did"),
            "sleep": self.tr("Sleep"),
            "proof": self.tr("Proof list"),
            "notes": self.tr("Notes"),
        }
        return short[section]
