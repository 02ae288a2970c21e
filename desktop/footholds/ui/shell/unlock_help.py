"""Get help now at the start's passphrase prompt (ui/shell/unlock.py): the crisis lines of
the chosen region, and the safety plan when the person keeps it readable, with no AppContext
yet (the store opens after the passphrase)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from footholds.ui.common.calm import heading, wrapped
from footholds.ui.common.locked import LockedNote

if TYPE_CHECKING:
    from footholds.core.settings import Settings


class _Signals(QObject):
    notice = Signal(str)
    setting_changed = Signal(str, object)


class _HelpContext:
    """What the crisis lines read from the app's context, without the store: the settings
    (region, language, theme) and a place for their notices (a link nothing could open)."""

    def __init__(self, settings: Settings, on_notice: Callable[[str], None]) -> None:
        self.settings = settings
        self.signals = _Signals()
        self.signals.notice.connect(on_notice)


class UnlockHelp(QDialog):
    """The crisis lines of the chosen region, reachable while the entries are locked, and the
    safety plan when the person keeps it readable (core/lock/readable.py)."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        store_dir: Path | None = None,
        *,
        ask: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        from footholds.ui.help import CrisisLines

        self.setWindowTitle(self.tr("Get help now"))
        self.resize(520, 560)
        self.notice = wrapped("")
        self.context = _HelpContext(settings, self.notice.setText)
        self.lines = CrisisLines(self.context)  # type: ignore[arg-type]
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 18, 20, 18)
        column.addWidget(heading(self.tr("Help, right now"), 4))
        column.addWidget(self.lines)
        column.addWidget(self.notice)
        self.plan: list[QLabel] = []  # the plan's parts, when it can be read before unlocking
        if store_dir is not None:
            self.plan = self._plan(settings, store_dir)
        # locked too (lock.safety_plan), the plan is there, only sealed: said so, as the
        # running app's Get help now says it, never left out as if there were none
        self.plan_locked: LockedNote | None = None
        if not self.plan and store_dir is not None and ask is not None:
            from footholds.core.lock.readable import plan_sealed

            if plan_sealed(store_dir):
                self.plan_locked = LockedNote(ask)
                from footholds.ui.help import locked_plan_words

                self.plan_locked.say(locked_plan_words())
        if self.plan or self.plan_locked is not None:
            column.addSpacing(12)
            column.addWidget(heading(self.tr("Your safety plan"), 2))
            for label in self.plan:
                column.addWidget(label)
            if self.plan_locked is not None:
                column.addWidget(self.plan_locked)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(body)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setAccessibleName(self.tr("Help, right now"))
        scroller.setAccessibleDescription(self.tr("Crisis lines for your country."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)

    @staticmethod
    def _plan(settings: Settings, store_dir: Path) -> list[QLabel]:
        from footholds.core import safety_plan_render
        from footholds.core.lock.readable import readable_plan
        from footholds.ui.common.calm import settings_language
        from footholds.ui.help import page_labels

        plan = readable_plan(store_dir)
        if plan is None:
            return []
        language = settings_language(settings)
        return page_labels(safety_plan_render.page(plan.sections, plan.safer, language))
