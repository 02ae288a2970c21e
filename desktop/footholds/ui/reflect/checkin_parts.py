"""The check-in summary's parts, each ticked in or out, and the safety plan, which stays out
unless the person ticks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from footholds.core import checkin

if TYPE_CHECKING:
    from footholds.core.checkin_render import Wording


class CheckinParts(QWidget):
    """What goes into the summary: every part ticked at first, the plan not."""

    def __init__(self, words: Wording) -> None:
        super().__init__()
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
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

        # the same spacing as the choices above, so the grid lines up as it did in their column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Include in the summary:")))
        layout.addLayout(grid)
        layout.addWidget(self.with_plan)

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
