"""Get help now: crisis lines and the emergency number first, then the person's own numbers,
safety plan and people. Always one click from the tray menu."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.settings import SettingError
from footholds.core.store import OwnLine
from footholds.platform import phone_links
from footholds.ui.calm import (
    CalmWindow,
    UndoBar,
    breakable,
    escape,
    heading,
    hint,
    region_code,
)
from footholds.ui.crisis_lines import CrisisLines, linked_label, number_html
from footholds.ui.operations import remove_record, save_record
from footholds.ui.safety_plan import SafetyPlanView
from footholds.ui.trusted_people import TrustedPeople

if TYPE_CHECKING:
    from footholds.app import AppContext

log = logging.getLogger(__name__)


class OwnLines(QWidget):
    """Numbers the person added themselves: shown as text and links, added and removed here."""

    def __init__(self, ctx: AppContext, on_link: Callable[[str], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.on_link = on_link
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        self.empty = hint(
            ctx,
            self.tr("Add numbers that matter to you: your doctor, your therapist, a friend."),
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Name of the line or person"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Number"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("A note, such as opening hours"))
        self.add = QPushButton(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add this number"))
        form = QGridLayout()
        form.addWidget(self.name, 0, 0)
        form.addWidget(self.number, 0, 1)
        form.addWidget(self.note, 1, 0)
        form.addWidget(self.add, 1, 1, Qt.AlignmentFlag.AlignRight)
        self.undo = UndoBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.undo)
        self.refresh()
        self.add.clicked.connect(self._on_add_clicked)
        for field in (self.name, self.number, self.note):
            field.returnPressed.connect(self._on_add_clicked)
        ctx.signals.store_changed.connect(self._on_store_changed)

    def refresh(self) -> None:
        """Show the numbers as the store has them."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for line in self.ctx.store.all(OwnLine):
            self.rows.append(self._row(line))
            self.list.addWidget(self.rows[-1])
        self.empty.setVisible(not self.rows)

    def _row(self, line: OwnLine) -> QWidget:
        # a phone number stays on one line, as in the crisis lines above (split, it misreads);
        # only something far longer than a number is allowed to wrap
        number = line.number
        shown = number_html(number) if len(number) <= 24 else escape(breakable(number))
        html = f"<b>{escape(breakable(line.name))}</b>: {shown}"
        if phone_links.can_open("tel"):
            html += f' &nbsp;<a href="{phone_links.tel_url(line.number)}">{self.tr("call")}</a>'
        if line.note.strip():
            html += f"<br>{escape(breakable(line.note))}"
        row = QWidget()
        label = linked_label(html, self.on_link)
        label.setAccessibleName(line.name)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove %s") % line.name)
        remove.clicked.connect(lambda _=False, r=line: self._on_remove_clicked(r))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _on_add_clicked(self) -> None:
        name, number = self.name.text().strip(), self.number.text().strip()
        if not name or not number:
            (self.number if name else self.name).setFocus()
            return
        line = OwnLine(name=name, number=number, note=self.note.text().strip())
        if save_record(self.ctx, line, self) is not None:
            for field in (self.name, self.number, self.note):
                field.clear()
            self.refresh()
            self.name.setFocus()

    def _on_remove_clicked(self, line: OwnLine) -> None:
        remove_record(self.ctx, line, self)
        self.refresh()
        self.undo.offer(self.tr("Removed %s.") % line.name, lambda: self._restore(line))

    def _restore(self, line: OwnLine) -> None:
        save_record(self.ctx, line, self)
        self.refresh()

    def _on_store_changed(self, kind: str) -> None:
        if kind == OwnLine.KIND:
            self.refresh()


class HelpNowWindow(CalmWindow):
    """The one window that must always work: plain text first, links where they can open."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Get help now"))
        self.resize(580, 720)

        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region for crisis lines"))
        regions = content.crisis_regions()
        ordered = sorted(
            (c for c in regions if c != content.FALLBACK_REGION), key=lambda c: regions[c]["name"]
        )
        for code in [*ordered, content.FALLBACK_REGION]:
            self.region.addItem(regions[code]["name"], code)
        self.region.setCurrentIndex(max(0, self.region.findData(region_code(ctx))))
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
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

        self.region.currentIndexChanged.connect(self._on_region_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

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

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "safety.region":
            code = region_code(self.ctx)
            self.region.blockSignals(True)
            self.region.setCurrentIndex(max(0, self.region.findData(code)))
            self.region.blockSignals(False)
            self.crisis.set_region(code)
