"""Get help now: crisis lines and the emergency number first, then the person's own numbers,
safety plan and people. Always one click from the tray menu.

The region never changes by accident (ui/help/region_choice.py, shared with the start's
help). The focus opens on the first line's call or copy button, never on the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.ui.common import kept_words, tokens
from footholds.ui.common.calm import CalmWindow, heading, window_link
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.limits import room_under
from footholds.ui.common.reading_order import focus_with_ring
from footholds.ui.common.scrolling import form_scroll
from footholds.ui.help.crisis_lines import CrisisLines
from footholds.ui.help.own_lines import OwnLines
from footholds.ui.help.region_choice import RegionChoice
from footholds.ui.help.safety_plan_view import SafetyPlanView
from footholds.ui.people import TrustedPeople

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

NAME = "help-now"  # its name among the windows, and its drafts'


class HelpNowWindow(CalmWindow):
    """The one window that must always work: plain text first, links where they can open."""

    follows_language = True  # words itself again on a language change (changeEvent)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.resize(580, 720)

        # the country in words with "Change country", or the list (region_choice.py)
        self.region = RegionChoice(ctx)
        self.picker = self.region.picker
        self.region_line = self.region.line
        self.crisis = CrisisLines(ctx)
        self.own = OwnLines(ctx, self.crisis.on_link)
        # a number typed and not added when Footholds last closed
        self.own.bring_back(kept_words.take(ctx, NAME).get("own-lines"))
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
        column.addWidget(self.region)
        column.addWidget(self.crisis)
        column.addWidget(self.region.below)  # the list, when "Change country" opens it
        # One row per section, so another (what happens when you call) is one more row here.
        self.section_titles: list[QLabel] = []
        for widget in (self.own, self.plan, self.people):
            column.addSpacing(12)
            self.section_titles.append(heading("", 1))
            column.addWidget(self.section_titles[-1])
            column.addWidget(widget)
            if widget is self.own:
                # room for a limit said under the note field (laid over the page), so it
                # keeps the usual space from "Your safety plan" and nothing moves for it
                column.addSpacing(room_under(widget))
        column.addSpacing(12)
        column.addWidget(self._knowledge_link(), 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        # up and down only, never narrower than its rows, and no Tab stop of its own
        self.scroller = form_scroll(body, "")
        self._name_window()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.region.shown.connect(self.crisis.set_region)
        self.region.shown.connect(self._say_comfort)  # after the lines know their region
        # after a change the keyboard waits on Undo, so a mistaken pick is one key away
        self.region.changed.connect(self._on_region_changed)
        # Undo gone with the keyboard on it: back to the first line, never "Change country"
        self.region.keyboard_free.connect(self._after_undo)
        # at the unlock the Unlock… pressed goes: the keyboard back on the first line
        ctx.locker.changed.connect(self._on_lock_changed)
        self.region.refresh()

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
        self._say_comfort()
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

    def _say_comfort(self, _code: str = "") -> None:
        """The line under the title, true of what shows below it: "the people on these
        lines" only where there are lines; else the emergency number and the directory."""
        if self.crisis.region.get("has_lines"):
            text = self.tr(
                "You don't have to get through this on your own. The people on these "
                "lines are there to listen."
            )
        else:
            text = self.tr(
                "You don't have to get through this on your own. Below is how to reach "
                "emergency help, and a directory of helplines by country."
            )
        self.comfort.setText(text)
        self.comfort.show()

    def draft(self) -> dict[str, Any] | None:
        """A number of their own typed and not added yet, to keep when Footholds closes
        (app/quitting.py); None when there is none."""
        typed = self.own.typed_words()
        return {"own-lines": typed} if typed else None

    def forget_words(self) -> None:
        """Let go of the words typed, once kept elsewhere (Lock now sealed them)."""
        self.own.forget_words()

    def bring_back(self, draft: dict[str, Any] | None) -> None:
        """The words Lock now put away while this stayed open, back in the form at the unlock
        (app/lock_drafts.py): the window is in sight, not built again to take them."""
        if draft:
            self.own.bring_back(draft.get("own-lines"))

    def present(self, *, choose_region: bool = False, **_options: Any) -> None:
        """Open at the top, where the crisis lines are, with the focus on the first line's
        call or copy button; `choose_region` opens the list of countries as well."""
        super().present()
        self.scroller.verticalScrollBar().setValue(0)
        if choose_region:
            self.region.open_list()
            return
        self._focus_first_line()

    def _focus_first_line(self) -> None:
        target = self.crisis.first_action()
        if target is not None:
            focus_with_ring(target)  # its ring shows where Enter or Space acts
        # (else on its first control, the country: CalmWindow.present)

    def _after_undo(self) -> None:
        """Undo went with the keyboard on it: the keyboard goes back to the first line. If the
        person has scrolled on, away from where Undo was, the page stays where they are
        reading: the focus moves as a click's would, with no ring and nothing scrolled (it
        followed as a key's move, and the page leapt back to the top under them)."""
        view = self.scroller.viewport()
        undo_place = QRect(self.region_line.mapTo(view, QPoint(0, 0)), self.region_line.size())
        if view.rect().intersects(undo_place):
            self._focus_first_line()
            return
        target = self.crisis.first_action()
        if target is not None:
            self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_lock_changed(self, locked: bool) -> None:
        if not locked:
            # after the sections have shown what the unlock opened (their own slots)
            QTimer.singleShot(0, self, self._back_on_first_line)

    def _back_on_first_line(self) -> None:
        """After an unlock, the keyboard left nowhere (on an Unlock… now hidden), on
        "Change country", or on the first line as Qt handed it on, goes to the first line's
        action with its ring showing (the passphrase's window took the ring away)."""
        if not self.isVisible() or self.asking():
            return
        focus = self.focusWidget()
        handed_on = (self.region_line.change, self.crisis.first_action())
        if focus is None or not focus.isVisible() or focus in handed_on:
            self._focus_first_line()

    def asking(self) -> bool:
        """The list of countries is open at the top."""
        return self.region.asking()

    def _on_region_changed(self) -> None:
        self.region_line.undo.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.region.close_list():
            return  # Esc closes the list of countries first, as a step elsewhere, then this
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ctx.reminders.help_opened("help-now")  # no reminder while help is on screen

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ctx.reminders.help_closed("help-now")  # the app's own wait half an hour more

    def changeEvent(self, event: QEvent) -> None:
        # the region choice words itself again (its own changeEvent)
        if event.type() == QEvent.Type.LanguageChange:
            self._name_window()  # in place: what is typed, chosen and scrolled stays
        super().changeEvent(event)
