"""Reach out's weekly nudge: a check box for a gentle reminder once a week to reach out, and
the day and time it comes, kept in the settings (reminders.reach_out_*) and following them
when Settings changes them. Its words keep the window's translation context
(ReachOutWindow), where their translations are."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core.settings import SettingError
from footholds.ui.common import dates, i18n, tokens
from footholds.ui.common.time_field import typed_after_click
from footholds.ui.common.wheel import wheel_after_click

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class WeeklyNudge(QWidget):
    """The nudge's check box, and on a line under it "On <day> at <time>"."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.nudge = QCheckBox(
            QCoreApplication.translate("ReachOutWindow", "A gentle nudge once a week to reach out")
        )
        self.nudge.setAccessibleName(
            QCoreApplication.translate("ReachOutWindow", "A gentle weekly nudge to reach out")
        )
        self.nudge.setAccessibleDescription(
            QCoreApplication.translate(
                "ReachOutWindow",
                "Once a week, a quiet reminder that someone might like to hear from you.",
            )
        )
        self.nudge_day = wheel_after_click(QComboBox())
        self.nudge_day.setAccessibleName(
            QCoreApplication.translate("ReachOutWindow", "Day of the nudge")
        )
        self.nudge_day.setAccessibleDescription(
            QCoreApplication.translate("ReachOutWindow", "The day of the week the nudge comes.")
        )
        # The day list that pops up is read on its own, so it gets a name too.
        self.nudge_day.view().setAccessibleName(
            QCoreApplication.translate("ReachOutWindow", "Days of the week")
        )
        self.nudge_day.view().setAccessibleDescription(
            QCoreApplication.translate("ReachOutWindow", "Choose the day of the nudge.")
        )
        monday = date(2024, 1, 1)  # any Monday: the names come from the one date formatter
        # as the formatter writes them, not capitalised: the day is read mid-sentence ("On
        # Sunday at 11:00", "El domingo a las 11:00") and Spanish writes it lower case there
        for index, code in enumerate(DAYS):
            day = monday + timedelta(days=index)
            self.nudge_day.addItem(dates.weekday(day, locale=QLocale().name(), long=True), code)
        self.nudge_time = typed_after_click(QTimeEdit())
        self.nudge_time.setDisplayFormat("HH:mm")
        # saved as it changes: a time typed is saved once it is whole, "1100" not as 01:00
        # first, and "25" put back saves nothing (ui/common/time_field.py)
        self.nudge_time.setKeyboardTracking(False)
        self.nudge_time.setAccessibleName(
            QCoreApplication.translate("ReachOutWindow", "Time of the nudge")
        )
        self.nudge_time.setAccessibleDescription(
            QCoreApplication.translate("ReachOutWindow", "The time of day the nudge comes.")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.S)  # as on the page round it (scrolling_page)
        layout.addWidget(self.nudge)
        when = QHBoxLayout()
        when.addWidget(QLabel(QCoreApplication.translate("ReachOutWindow", "On")))
        when.addWidget(self.nudge_day)
        when.addWidget(QLabel(QCoreApplication.translate("ReachOutWindow", "at")))
        when.addWidget(self.nudge_time)
        when.addStretch(1)
        layout.addLayout(when)
        self._show_nudge()

        self.nudge.toggled.connect(lambda on: self._set("reminders.reach_out_weekly", on))
        self.nudge_day.activated.connect(
            lambda _i: self._set("reminders.reach_out_day", self.nudge_day.currentData())
        )
        self.nudge_time.timeChanged.connect(
            lambda t: self._set("reminders.reach_out_time", t.toString("HH:mm"))
        )
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def _show_nudge(self) -> None:
        s = self.ctx.settings
        for widget in (self.nudge, self.nudge_day, self.nudge_time):
            widget.blockSignals(True)
        self.nudge.setChecked(s["reminders.reach_out_weekly"])
        self.nudge_day.setCurrentIndex(max(0, DAYS.index(s["reminders.reach_out_day"])))
        self.nudge_time.setTime(QTime.fromString(s["reminders.reach_out_time"], "HH:mm"))
        for widget in (self.nudge, self.nudge_day, self.nudge_time):
            widget.blockSignals(False)
        on = self.nudge.isChecked()
        self.nudge_day.setEnabled(on)
        self.nudge_time.setEnabled(on)

    def _set(self, name: str, value: object) -> None:
        try:
            self.ctx.settings.set(name, value)
        except SettingError as exc:  # rare, and needs reading: not a line that fades
            self.ctx.prompter.warn(self.window(), i18n.error_text(exc))
        self._show_nudge()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name.startswith("reminders.reach_out"):
            self._show_nudge()
