"""The tough-day window: everything for a hard day in one calm, scrollable place.

Crisis lines sit below the scroll area, so they are always in view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common.calm import CalmWindow, heading, hint
from footholds.ui.help.crisis_lines import CrisisLines
from footholds.ui.help.safety_plan import SafetyPlanView
from footholds.ui.people.trusted_people import TrustedPeople
from footholds.ui.tough_day.grounding import Grounding
from footholds.ui.tough_day.tough_sections import (
    BareMinimum,
    LyingMovement,
    NameIt,
    OneAffirmation,
    ProofThree,
)

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class ToughDayWindow(CalmWindow):
    """Name it, proof, an affirmation, the bare minimum, a movement, people, grounding, the
    safety plan; and help, always visible at the bottom."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Tough day"))
        self.resize(620, 760)

        self.name_it = NameIt(ctx)
        self.proofs = ProofThree(ctx)
        self.affirmation = OneAffirmation(ctx)
        self.bare_minimum = BareMinimum(ctx) if ctx.windows.available("today") else None
        self.movement = LyingMovement(ctx)
        self.people = TrustedPeople(ctx)
        self.grounding = Grounding(ctx)
        self.plan = SafetyPlanView(ctx)
        self.crisis = CrisisLines(ctx, compact=True)
        self.help_now = QPushButton(self.tr("Get help now"))
        self.help_now.setAccessibleName(self.tr("Open Get help now"))
        self.help_now.setAccessibleDescription(
            self.tr("Opens crisis lines and your own numbers, for when you need someone now.")
        )

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(8)
        column.addWidget(heading(self.tr("This is a hard day. You don't have to fix it."), 4))
        column.addWidget(
            hint(
                ctx,
                self.tr("Take what helps from here and leave the rest. Nothing needs filling in."),
            )
        )
        self.sections: list[tuple[str, QWidget]] = [
            (self.tr("How does it feel right now?"), self.name_it),
            (self.tr("Times you got through before"), self.proofs),
            (self.tr("Something to hold on to"), self.affirmation),
        ]
        if self.bare_minimum is not None:
            self.sections.append((self.tr("Today's bare minimum"), self.bare_minimum))
        self.sections += [
            (self.tr("A small movement (lying down is fine)"), self.movement),
            (self.tr("People you trust"), self.people),
            (self.tr("Come back to right here: 5-4-3-2-1"), self.grounding),
            (self.tr("Your safety plan"), self.plan),
        ]
        for title, widget in self.sections:
            column.addSpacing(10)
            column.addWidget(heading(title, 1))
            column.addWidget(widget)
        column.addStretch(1)

        self.scroller = QScrollArea()
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setAccessibleName(self.tr("Things that can help on a hard day"))
        self.scroller.setAccessibleDescription(
            self.tr("Take what helps and leave the rest; the crisis lines stay in view below.")
        )

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.footer = QWidget()
        footer = QHBoxLayout(self.footer)
        footer.setContentsMargins(20, 10, 20, 14)
        footer.addWidget(self.crisis, 1)
        footer.addWidget(self.help_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(line)
        layout.addWidget(self.footer)

        self.help_now.setVisible(ctx.windows.available("help-now"))
        self.help_now.clicked.connect(lambda: ctx.windows.show("help-now"))
        ctx.signals.store_changed.connect(self._on_store_changed)

    def present(self, **_options: Any) -> None:
        """Open at the top, with fresh picks each time the person comes back."""
        if not self.isVisible():
            self.proofs.pick()
            self.affirmation.pick()
            self.movement.pick()
            self.scroller.verticalScrollBar().setValue(0)
        super().present()
        self.name_it.line.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ctx.reminders.help_opened("tough-day")  # no reminder while help is on screen

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ctx.reminders.help_closed("tough-day")  # and none for half an hour after

    def _on_store_changed(self, kind: str) -> None:
        if kind == "proof":
            self.proofs.pick()
