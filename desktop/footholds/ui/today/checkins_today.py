"""Today's optional check-ins: the "took my medication" tick and, every two weeks, a gentle
offer of a questionnaire. Both are off by default (Settings, Check-ins) and hidden while off.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footholds.core import medication, questionnaires
from footholds.core.store import InvalidEntry, StoreWriteError
from footholds.core.store.models import now_local
from footholds.ui.common import buttons, i18n

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

REFRESH_KINDS = {"medication_taken", "questionnaire"}


class TodayCheckins(QWidget):
    """The medication tick and the questionnaire offer, for the person's day."""

    def __init__(self, ctx: AppContext, today: Callable[[], date]) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.clock = now_local  # tests put a fixed clock here
        self.taken = QCheckBox(self.tr("&Took my medication"))
        self.taken.setAccessibleName(self.tr("I took my medication today"))
        self.taken.setAccessibleDescription(
            self.tr("A private tick for today; untick it any time.")
        )
        self.offer = QLabel(
            self.tr("A short questionnaire is here if you would like one. No rush, and no need.")
        )
        self.offer.setProperty("soft", True)
        self.offer.setWordWrap(True)
        self.open_form = buttons.secondary(self.tr("Open the &questionnaire"))
        self.open_form.setFlat(True)
        self.open_form.setAccessibleName(self.tr("Open the PHQ-9 and GAD-7 questionnaire"))
        self.open_form.setAccessibleDescription(
            self.tr("Standard questions about the last two weeks, whenever you want them.")
        )
        self.offer_row = QWidget()
        row = QHBoxLayout(self.offer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.offer, 1)
        row.addWidget(self.open_form, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.taken)
        layout.addWidget(self.offer_row)

        self.taken.toggled.connect(self._on_taken_toggled)
        self.open_form.clicked.connect(self._on_open_form_clicked)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def refresh(self) -> None:
        """Show what is switched on, for the day now."""
        settings = self.ctx.settings
        meds = bool(settings["medication.enabled"])
        self.taken.setVisible(meds)
        if meds:
            self.taken.blockSignals(True)
            self.taken.setChecked(medication.taken_on(self.ctx.store, self.today()) is not None)
            self.taken.blockSignals(False)
        self.offer_row.setVisible(self._offer_now())
        self.setVisible(meds or self.offer_row.isVisibleTo(self))

    def _offer_now(self) -> bool:
        """The two-weekly offer: shown once it is due, then not again within 14 days."""
        settings = self.ctx.settings
        if not (settings["questionnaires.enabled"] and settings["questionnaires.offer"]):
            return False
        now = self.clock()
        last_offered = str(settings["questionnaires.last_offered"])
        if last_offered and questionnaires.offer_due(now, last_offered, None) is False:
            # offered lately: it stays on this page for the rest of that day only
            return last_offered[:10] == now.date().isoformat()
        if not questionnaires.offer_due(now, "", questionnaires.last_filled(self.ctx.store)):
            return False
        if not self.window().isVisible():
            return True  # counted as offered only once the person can see it
        settings.set("questionnaires.last_offered", now.isoformat(timespec="seconds"))
        with contextlib.suppress(OSError):  # kept in memory: at worst offered once more
            settings.save()
        return True

    def _on_taken_toggled(self, checked: bool) -> None:
        try:
            medication.set_taken(self.ctx.store, self.today(), checked)
        except (StoreWriteError, InvalidEntry) as exc:
            self.taken.setToolTip(i18n.error_text(exc))

    def _on_open_form_clicked(self) -> None:
        self.ctx.windows.show("questionnaire")

    def _on_store_changed(self, kind: str) -> None:
        if kind in REFRESH_KINDS and self.isVisibleTo(self.window()):
            self.refresh()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name.startswith(("medication.", "questionnaires.")) and name != (
            "questionnaires.last_offered"
        ):
            self.refresh()
