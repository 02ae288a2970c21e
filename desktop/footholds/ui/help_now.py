"""Get help now: crisis lines and the emergency number first, then the person's own numbers,
safety plan and people. Always one click from the tray menu."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footholds.core import crisis
from footholds.core.settings import SettingError
from footholds.ui.calm import (
    CalmWindow,
    heading,
    hint,
    language,
    region_code,
)
from footholds.ui.crisis_lines import CrisisLines
from footholds.ui.own_lines import OwnLines
from footholds.ui.safety_plan import SafetyPlanView
from footholds.ui.trusted_people import TrustedPeople

if TYPE_CHECKING:
    from footholds.app import AppContext

log = logging.getLogger(__name__)


class HelpNowWindow(CalmWindow):
    """The one window that must always work: plain text first, links where they can open."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Get help now"))
        self.resize(580, 720)

        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region for crisis lines"))
        self.region.setAccessibleDescription(
            self.tr("Where you are, so the lines below are ones you can call; it is remembered.")
        )
        self._fill_regions()
        label = QLabel(self.tr("Region:"))
        label.setBuddy(self.region)
        region_row = QHBoxLayout()
        region_row.addWidget(label)
        region_row.addWidget(self.region)
        region_row.addStretch(1)

        self.crisis = CrisisLines(ctx)
        self.own = OwnLines(ctx, self.crisis.on_link)
        self.plan = SafetyPlanView(ctx)
        self.people = TrustedPeople(ctx)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(8)
        column.addWidget(heading(self.tr("Help, right now"), 4))
        column.addWidget(
            hint(
                ctx,
                self.tr(
                    "You don't have to get through this on your own. The people on these "
                    "lines are there to listen."
                ),
            )
        )
        column.addLayout(region_row)
        column.addWidget(self.crisis)
        for title, widget in (
            (self.tr("Your own numbers"), self.own),
            (self.tr("Your safety plan"), self.plan),
            (self.tr("People you trust"), self.people),
        ):
            column.addSpacing(12)
            column.addWidget(heading(title, 1))
            column.addWidget(widget)
        column.addSpacing(12)
        column.addWidget(self._knowledge_link(), 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setAccessibleName(self.tr("Help, right now"))
        self.scroller.setAccessibleDescription(
            self.tr("Crisis lines first, then your own numbers, your plan and people you trust.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

        self.region.currentIndexChanged.connect(self._on_region_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def _knowledge_link(self) -> QPushButton:
        """One quiet link to Good to know: what happens when you call, urges, warning signs."""
        self.knowledge = QPushButton(self.tr("What happens when you call, and more to know"))
        self.knowledge.setFlat(True)
        link_font = self.knowledge.font()
        link_font.setUnderline(True)  # flat and underlined: a quiet link, not another button
        self.knowledge.setFont(link_font)
        self.knowledge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.knowledge.setAccessibleName(self.tr("Open Good to know"))
        self.knowledge.setAccessibleDescription(
            self.tr(
                "Who answers a line and that you can stay anonymous, how an urge rises and "
                "falls, and warning signs worth telling someone about."
            )
        )
        self.knowledge.setVisible(self.ctx.windows.available("help-knowledge"))
        self.knowledge.clicked.connect(lambda: self.ctx.windows.show("help-knowledge"))
        return self.knowledge

    def present(self, **_options: Any) -> None:
        """Open at the top, where the crisis lines are."""
        super().present()
        self.scroller.verticalScrollBar().setValue(0)
        self.region.setFocus()

    def _on_region_changed(self, _index: int) -> None:
        code = self.region.currentData()
        try:
            self.ctx.settings.set("safety.region", code)
            self.ctx.settings.save()
        except (SettingError, OSError) as exc:
            log.warning("region not saved: %s", exc)
        self.crisis.set_region(code)

    def _fill_regions(self) -> None:
        """Every region by its name in the interface language, sorted, "anywhere else" last;
        the person's region chosen."""
        regions = crisis.crisis_regions(language(self.ctx))
        ordered = sorted(
            (c for c in regions if c != crisis.FALLBACK_REGION), key=lambda c: regions[c]["name"]
        )
        self.region.blockSignals(True)
        self.region.clear()
        for code in [*ordered, crisis.FALLBACK_REGION]:
            self.region.addItem(regions[code]["name"], code)
        self.region.setCurrentIndex(max(0, self.region.findData(region_code(self.ctx))))
        self.region.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        # region names are data in the interface language, not tr() strings: read them again
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_regions()
        super().changeEvent(event)

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "safety.region":
            code = region_code(self.ctx)
            self.region.blockSignals(True)
            self.region.setCurrentIndex(max(0, self.region.findData(code)))
            self.region.blockSignals(False)
            self.crisis.set_region(code)
