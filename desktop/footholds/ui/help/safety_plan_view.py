"""The safety plan to read on a hard day (Tough day, Get help now), with a button to change it
in its own window (safety_plan.py); and what stands in for a plan locked with the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from footholds.core import safety_plan_render
from footholds.core.safety_plan_render import current_plan
from footholds.core.store import SafetyPlan
from footholds.core.store.recovery import has_set_aside
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import hint, language
from footholds.ui.common.locked import LockedNote
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.help.plan_steps import page_parts

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def locked_plan_words() -> str:
    """What stands in for a plan locked with the rest, in Get help now while locked."""
    return QCoreApplication.translate(
        "SafetyPlanView",
        "Your safety plan is safe, only locked for now; it shows here again once "
        "Footholds is unlocked.",
    )


class SafetyPlanView(QWidget):
    """The plan as written, to read on a hard day, with a button to change it; `short`
    shows the start of each part, "Show all" for the rest of it (Get help now, where the
    lines come first). A plan
    locked with the rest, or one that could not be read, is said to be so: never shown as a
    plan not written yet."""

    def __init__(self, ctx: AppContext, short: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.short = short
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        self.parts: list[QWidget] = []  # the order line and each part (plan_steps.py)
        self.page = safety_plan_render.page({}, [], language(ctx))
        self.empty = hint(ctx, "")
        self.locked = LockedNote(ctx.locker.ask)
        self.edit = buttons.secondary("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.body)
        layout.addWidget(self.empty)
        layout.addWidget(self.locked)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()
        self.edit.setEnabled(ctx.windows.available("safety-plan"))
        self.edit.clicked.connect(self._open_plan)
        ctx.signals.store_changed.connect(self._on_store_changed)
        self.refresher = Refresher(self, ctx.signals, self.refresh)  # for a language change
        # the plan goes with Lock now when the person locks it too (lock.safety_plan), and
        # comes back with the unlock: at once, in a window that stays open across both
        ctx.locker.changed.connect(self._on_lock_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # the plan's headings are words in the interface language too: once per burst
            # of events, and only while on screen
            self.refresher.mark()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the parts the person has written, in the plan's order, steps numbered."""
        for part in self.parts:
            self.body.removeWidget(part)
            part.hide()  # gone from the screen now (at a lock), not at the next turn
            part.deleteLater()
        self.parts = []
        # locked with the rest, the store holds no plan: that is not a plan never written
        locked = not self.ctx.locker.may_open("safety-plan")
        self.locked.say(locked_plan_words())
        self.locked.setVisible(locked)
        self.edit.setVisible(not locked)
        if locked:
            self.page = safety_plan_render.page({}, [], language(self.ctx))
            self.empty.hide()
            return
        # read first: reading is what sets a damaged file aside
        self.page = safety_plan_render.gather(self.ctx.store, language(self.ctx))
        self.empty.setText(self._empty_words())
        self.parts = page_parts(self.page, self.short)
        for part in self.parts:
            self.body.addWidget(part)
        self.empty.setVisible(not self.parts)
        if self.window().focusWidget() is self.edit:
            # the plan written, its parts now above the button: the keyboard, back on it
            # when the plan's window closes, was out of sight below the view (the tough day)
            bring_into_view(self.edit, tokens.S)
        # while locked, the plan kept readable opens to read only (SafetyPlanWindow
        # follow_lock): the button says what it does, not "Edit". With nothing written
        # there is nothing to read: "Write my safety plan", which asks for the passphrase
        # first (_open_plan), never "Read" under "Write it when you are ready"
        if self.ctx.locker.locked and self.parts:
            self.edit.setText(self.tr("Read my safety plan"))
            description = self.tr(
                "Opens your whole safety plan to read, in its own window; changing it waits "
                "for your passphrase."
            )
        elif self.parts:
            self.edit.setText(self.tr("Edit my safety plan"))
            description = self.tr("Opens your safety plan to change it, in its own window.")
        elif self.ctx.locker.locked:
            self.edit.setText(self.tr("Write my safety plan"))
            description = self.tr(
                "Asks for your passphrase, then opens a short plan to write on a calmer day, "
                "for the harder ones."
            )
        else:
            self.edit.setText(self.tr("Write my safety plan"))
            description = self.tr(
                "Opens a short plan to write on a calmer day, for the harder ones."
            )
        self.edit.setAccessibleName(self.edit.text())
        self.edit.setAccessibleDescription(description)

    def _empty_words(self) -> str:
        """What shows while no part is written: what a plan is, or, when the plan's file
        could not be read and nothing of it came back, that it could not be read and where
        its copy is kept (the notice at the time said so once; this stays until a new one)."""
        if current_plan(self.ctx.store) is None and has_set_aside(
            self.ctx.store.aside_dir, SafetyPlan.KIND
        ):
            return self.tr(
                "Your safety plan could not be read; a copy of the damaged file is kept in "
                "{folder}."
            ).format(folder=self.ctx.store.aside_dir)  # wraps after each "/", as in the notice
        return self.tr(
            "A safety plan is a few lines written on a calmer day, for the harder ones: "
            "what to look out for, what helps, and who to call. Write it when you are ready."
        )

    def _open_plan(self) -> None:
        """The plan's own window: to read while locked when there is a plan to read; to
        write one, once the passphrase is given (read only, it could take no words)."""
        windows = self.ctx.windows  # the window opens after the unlock, this view or not
        if self.ctx.locker.locked and not self.parts:
            self.ctx.locker.ask(lambda: windows.show("safety-plan"))
            return
        windows.show("safety-plan")

    def _on_lock_changed(self, _locked: bool) -> None:
        self.refresh()

    def text(self) -> str:
        """The plan as shown, as plain text."""
        return safety_plan_render.to_text(self.page) if self.parts else ""

    def _on_store_changed(self, kind: str) -> None:
        if kind == SafetyPlan.KIND:
            self.refresh()
