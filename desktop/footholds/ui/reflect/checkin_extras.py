"""The check-in summary's optional parts: medication and questionnaires, each off unless the
person ticks it, and offered only when that feature is switched on in Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from footholds.ui.common import buttons

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class CheckinExtras(QWidget):
    """Two ticks, both off by default."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        settings = ctx.settings
        self.medication = QCheckBox(self.tr("Add my medicines and dose changes"))
        self.medication.setAccessibleName(self.tr("Add my medication to the summary"))
        self.medication.setAccessibleDescription(
            self.tr("Off unless you tick it: your medicines list and the days you ticked.")
        )
        self.questionnaires = QCheckBox(self.tr("Add my questionnaire answers and totals"))
        self.questionnaires.setAccessibleName(self.tr("Add my questionnaires to the summary"))
        self.questionnaires.setAccessibleDescription(
            self.tr("Off unless you tick it: each answer, item by item, and the totals over time.")
        )
        self.boxes = (self.medication, self.questionnaires)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.medication)
        layout.addWidget(self.questionnaires)
        self.medication.setVisible(bool(settings["medication.enabled"]))
        self.questionnaires.setVisible(bool(settings["questionnaires.enabled"]))
        ctx.signals.setting_changed.connect(self._on_setting)

    def _on_setting(self, name: str, value: object) -> None:
        if name == "medication.enabled":
            self.medication.setVisible(bool(value))
        elif name == "questionnaires.enabled":
            self.questionnaires.setVisible(bool(value))


class CheckinLinks(QWidget):
    """On the Check-ins settings page: open the medicines list or a questionnaire."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.medicines = buttons.secondary(
            self.tr("Edit my medicines"),
            description=self.tr("Names, doses and dose changes, for your check-in summary."),
        )
        self.questionnaire = buttons.secondary(
            self.tr("Fill in a questionnaire"),
            description=self.tr("The PHQ-9 or the GAD-7, whenever you want."),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.medicines)
        layout.addWidget(self.questionnaire)
        layout.addStretch(1)
        self.medicines.clicked.connect(lambda: ctx.windows.show("medication"))
        self.questionnaire.clicked.connect(lambda: ctx.windows.show("questionnaire"))
