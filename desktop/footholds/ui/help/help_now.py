"""Get help now: crisis lines and the emergency number first, then the person's own numbers,
safety plan and people. Always one click from the tray menu.

The region never changes by accident: it is named in words, and only the "Change country"
button opens the list; a country picked from the open list, or "Use this country", changes
it, and an arrow key on the closed list never does. The focus opens on the first line's
call or copy button, never on the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footholds.core import crisis
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import CalmWindow, heading, window_link, wrapped
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.scrolling import form_scroll
from footholds.ui.common.undo import UNDO_SECONDS
from footholds.ui.help import region as regions
from footholds.ui.help.crisis_lines import CrisisLines
from footholds.ui.help.own_lines import OwnLines
from footholds.ui.help.safety_plan import SafetyPlanView
from footholds.ui.people import TrustedPeople

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class RegionLine(QStackedWidget):
    """ "Crisis lines for Ireland · Change country", or for a few seconds after a change,
    "Region changed to Spain · Undo" in the same place, so nothing below moves."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.where = wrapped()
        self.change = buttons.link("")
        buttons.set_role(self.change, "link")  # its colour follows a live light/dark switch
        self.said = wrapped()
        self.undo = buttons.quiet("")
        self.name_buttons()
        for label, button in ((self.where, self.change), (self.said, self.undo)):
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label, 1)
            row.addWidget(button)
            self.addWidget(page)
        self.before = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.settle)

    def name_buttons(self) -> None:
        """The buttons' words, again when the language changes (the region's name is)."""
        self.change.setText(self.tr("Change country"))
        self.change.setAccessibleName(self.tr("Change the country for the crisis lines"))
        self.change.setAccessibleDescription(
            self.tr("Opens the list of countries; nothing changes until you choose one.")
        )
        self.undo.setText(self.tr("Undo"))
        self.undo.setAccessibleName(self.tr("Undo the change of country"))
        self.undo.setAccessibleDescription(self.tr("Puts back the country you had before."))

    def show_region(self) -> None:
        """Name the region the lines are for."""
        code = regions.chosen_region(self.ctx)
        name = regions.region_name(self.ctx, code)
        if regions.from_system(self.ctx):
            text = self.tr("Crisis lines for {place}, from this computer's settings.").format(
                place=name
            )
        elif code and not regions.has_own_lines(code):
            # only the emergency number, if known, and the directory show below: say so
            text = self.tr(
                "Crisis lines for {place} aren't in Footholds yet. The directory below lists them."
            ).format(place=name)
        else:
            text = self.tr("Crisis lines for {place}.").format(place=name)
        self.where.setText(text)

    def offer_undo(self, name: str, before: str) -> None:
        """Say what changed, with Undo, for a few seconds."""
        self.before = before
        self.said.setText(self.tr("Region changed to {place}.").format(place=name))
        self.setCurrentIndex(1)
        self.timer.start(UNDO_SECONDS * 1000)

    def settle(self) -> None:
        """Back to naming the region."""
        self.timer.stop()
        self.show_region()
        self.setCurrentIndex(0)


class HelpNowWindow(CalmWindow):
    """The one window that must always work: plain text first, links where they can open."""

    follows_language = True  # words itself again on a language change (changeEvent)

    reading_order = True  # Tab goes down the window as it reads: country, lines, the rest

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.resize(580, 720)

        self.picker = regions.RegionPicker(ctx, can_cancel=True)
        self.region_line = RegionLine(ctx)
        self.crisis = CrisisLines(ctx)
        self.own = OwnLines(ctx, self.crisis.on_link)
        self.plan = SafetyPlanView(ctx, short=True)  # the whole plan is one button away
        self.people = TrustedPeople(ctx)

        body = QWidget()
        column = QVBoxLayout(body)
        window_margins(column, tokens.XS)
        # the shared header: its title where every window's is, the comfort the line under it
        self.header = WindowHeader("")
        self.title = self.header.title
        self.comfort = self.header.line
        column.addWidget(self.header)
        column.addWidget(self.picker)
        column.addWidget(self.region_line)
        column.addWidget(self.crisis)
        # One row per section, so another (what happens when you call) is one more row here.
        self.section_titles: list[QLabel] = []
        for widget in (self.own, self.plan, self.people):
            column.addSpacing(12)
            self.section_titles.append(heading("", 1))
            column.addWidget(self.section_titles[-1])
            column.addWidget(widget)
        column.addSpacing(12)
        column.addWidget(self._knowledge_link(), 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        # up and down only, never narrower than its rows, and no Tab stop of its own
        self.scroller = form_scroll(body, "")
        self._name_window()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.choosing = False  # the person opened the list with "Change country"
        self._show_region()
        self._ring = False  # show the first line's focus ring once the window is active

        self.picker.picked.connect(self._on_picker_picked)
        self.picker.cancelled.connect(self._on_picker_cancelled)
        self.region_line.change.clicked.connect(self._on_change_clicked)
        self.region_line.undo.clicked.connect(self._on_undo_clicked)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def _knowledge_link(self) -> QPushButton:
        """One quiet link to Good to know: what happens when you call, urges, warning signs."""
        self.knowledge = window_link(self.ctx, "", "help-knowledge", "", "")
        return self.knowledge

    def _name_window(self) -> None:
        """The window's own words, set again when the language changes, so nothing here stays
        in the old language while the lines beside it turn (the sections turn their own)."""
        self.setWindowTitle(self.tr("Get help now"))
        for label, text in (
            (self.title, self.tr("Help, right now")),
            (self.section_titles[0], self.tr("Your own numbers")),
            (self.section_titles[1], self.tr("Your safety plan")),
            (self.section_titles[2], self.tr("People you trust")),
        ):
            label.setText(text)
            label.setAccessibleName(text)
        self.comfort.setText(
            self.tr(
                "You don't have to get through this on your own. The people on these "
                "lines are there to listen."
            )
        )
        self.comfort.show()
        self.knowledge.setText(self.tr("What happens when you call, and more to know"))
        self.knowledge.setAccessibleName(self.tr("Open Good to know"))
        self.knowledge.setAccessibleDescription(
            self.tr(
                "Who answers a line and that you can stay anonymous, how an urge rises and "
                "falls, and warning signs worth telling someone about."
            )
        )
        self.scroller.setAccessibleName(self.tr("Help, right now"))
        self.scroller.setAccessibleDescription(
            self.tr("Crisis lines first, then your own numbers, your plan and people you trust.")
        )

    def present(self, *, choose_region: bool = False, **_options: Any) -> None:
        """Open at the top, where the crisis lines are, with the focus on the first line's
        call or copy button; `choose_region` opens the list of countries as well."""
        super().present()
        self.scroller.verticalScrollBar().setValue(0)
        if choose_region:
            self._on_change_clicked()
            return
        target = self.crisis.first_action()
        if target is not None:
            # as if reached with Tab, so its focus ring shows where Enter or Space acts
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self._ring = True
        else:
            self.scroller.setFocus(Qt.FocusReason.OtherFocusReason)

    def asking(self) -> bool:
        """The list of countries is open at the top."""
        return self.picker.isVisibleTo(self)

    def _show_region(self) -> None:
        """The lines for the region; the list of countries open while none is chosen, or
        while the person is choosing."""
        ask = regions.needs_asking(self.ctx)
        self.picker.cancel.setVisible(not ask)
        self._say_prompt()
        self.picker.setVisible(ask or self.choosing)
        self.region_line.setVisible(not (ask or self.choosing))
        self.region_line.settle()
        self.crisis.set_region(regions.shown_region(self.ctx))

    def _say_prompt(self) -> None:
        """The list's question: while none is chosen, why it asks."""
        ask = regions.needs_asking(self.ctx)
        if ask and str(self.ctx.settings["safety.region"]).strip() == crisis.FALLBACK_REGION:
            self.picker.prompt.setText(
                self.tr(
                    "Footholds has no lines of its own for your country yet; the directory "
                    "below lists helplines near you. If your country is in this list, choose it."
                )
            )
        elif ask:
            self.picker.prompt.setText(
                self.tr("Which country are you in? Then the lines here are ones you can call.")
            )
        else:
            self.picker.prompt.setText(self.tr("Which country are you in?"))

    def _on_change_clicked(self) -> None:
        self.choosing = True
        self.picker.fill()
        self._show_region()
        self.picker.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_picker_cancelled(self) -> None:
        self.choosing = False
        self._show_region()
        self.region_line.change.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_picker_picked(self, code: str) -> None:
        self.choosing = False
        before = str(self.ctx.settings["safety.region"])
        if code == regions.chosen_region(self.ctx) and before:
            self._on_picker_cancelled()  # the same country: nothing changed, nothing to say
            return
        if not regions.save_region(self.ctx, code):
            self.ctx.signals.notice.emit(
                self.tr("The country could not be saved; the lines below are for it all the same.")
            )
        self._show_region()
        self.crisis.set_region(regions.shown_region(self.ctx) or code)
        if not self.asking():
            self.region_line.offer_undo(regions.region_name(self.ctx, code), before)
            self.region_line.undo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_undo_clicked(self) -> None:
        if self.region_line.currentIndex() != 1:
            return  # the offer was withdrawn (the region changed elsewhere): nothing to undo
        regions.save_region(self.ctx, self.region_line.before)
        self._show_region()
        self.region_line.change.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ctx.reminders.help_opened("help-now")  # no reminder while help is on screen

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ctx.reminders.help_closed("help-now")  # and none for half an hour after

    def changeEvent(self, event: QEvent) -> None:
        # region names are data in the interface language, not tr() strings: name it again
        if event.type() == QEvent.Type.LanguageChange:
            self._name_window()  # in place: what is typed, chosen and scrolled stays
            self.region_line.name_buttons()
            self.region_line.show_region()
            self._say_prompt()
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._ring:
            # the window manager's activation comes after present() and hides focus rings
            # again; show the one on the first line's button, once
            QTimer.singleShot(0, self, self._show_ring)

    def _show_ring(self) -> None:
        target = self.crisis.first_action()
        if self._ring and target is not None and target.hasFocus():
            self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            target.update()
        self._ring = False

    def _on_setting_changed(self, name: str, _value: object) -> None:
        # A change made anywhere shows at once (an open list stays open and follows it),
        # and withdraws an Undo still on offer: it would now undo that other change.
        if name == "safety.region":
            self._show_region()
