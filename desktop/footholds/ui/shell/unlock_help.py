"""Get help now at the start's passphrase prompt (ui/shell/unlock.py): the crisis lines of
the chosen region, named with the running app's "Change country" and Undo (and its "Which
country are you in?" while none is), the safety plan when the person keeps it readable, and
for what stays sealed until the passphrase (their own numbers, people, a plan locked too)
the running app's lines saying it is only locked, with no AppContext yet (the store opens
after the passphrase)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from footholds.ui.common import icons
from footholds.ui.common.calm import centre_first_time, fit_to_screen, heading, wrapped
from footholds.ui.common.locked import LockedNote
from footholds.ui.common.reading_order import focus_with_ring, tab_in_reading_order
from footholds.ui.common.scrolling import form_scroll

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
    safety plan when the person keeps it readable (core/lock/readable.py). The sections of
    the running app's Get help now that wait for the passphrase say so, with Unlock… (`ask`),
    in the words that window uses once locked."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        store_dir: Path | None = None,
        *,
        ask: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        from footholds.ui.help import CrisisLines, RegionChoice

        self.setWindowTitle(self.tr("Get help now"))
        # at the start the app's own icon is not set yet: without this, a generic one
        self.setWindowIcon(icons.app_icon())
        self.resize(520, 560)
        self.notice = wrapped("")
        self.context = _HelpContext(settings, self.notice.setText)
        # the running app's country in words with "Change country" and Undo, or its
        # question while none is chosen; a choice works while locked too (the settings file
        # stays readable) and is kept as that window keeps it
        self.region = RegionChoice(self.context)  # type: ignore[arg-type]
        self.picker = self.region.picker
        self.region_line = self.region.line
        self.lines = CrisisLines(self.context)  # type: ignore[arg-type]
        self.region.shown.connect(self.lines.set_region)
        self.region.changed.connect(self._on_changed)
        self.region.refresh()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 18, 20, 18)
        column.addWidget(heading(self.tr("Help, right now"), 4))
        column.addWidget(self.region)
        column.addWidget(self.lines)
        column.addWidget(self.notice)
        # the plan's parts, when it can be read before unlocking: the start of each, as the
        # running app's Get help now shows them, "Show all" for the rest (ui/help/plan_steps.py)
        self.plan: list[QWidget] = []
        if store_dir is not None:
            self.plan = self._plan(settings, store_dir)
        # what is there, only sealed, is said so, as the running app's Get help now says it
        # once locked, never left out as if there were none
        from footholds.core.store import OwnLine, Person, SafetyPlan

        # kept readable with the plan (core/lock/numbers_copy.py): as after Lock now
        self.numbers = self._numbers(store_dir)
        self.numbers_locked = (
            None if self.numbers is not None else self._locked_note(store_dir, ask, OwnLine.KIND)
        )
        # locked too (lock.safety_plan), the plan is there, only sealed
        plan_locked = self._locked_note(store_dir, ask, SafetyPlan.KIND)
        self.plan_locked = None if self.plan else plan_locked
        # kept readable with the plan (core/lock/people_copy.py): their names and how to
        # reach them, their messages said to be only locked
        self.people = self._people(store_dir, ask)
        self.people_locked = (
            None if self.people is not None else self._locked_note(store_dir, ask, Person.KIND)
        )
        translate = QCoreApplication.translate  # the running app's section titles, its words
        people: list[QWidget] = [self.people] if self.people is not None else []
        numbers: list[QWidget] = [self.numbers] if self.numbers is not None else []
        parts: Sequence[QWidget]
        for title, note, parts in (
            (translate("HelpNowWindow", "Your own numbers"), self.numbers_locked, numbers),
            (translate("HelpNowWindow", "Your safety plan"), self.plan_locked, self.plan),
            (translate("HelpNowWindow", "People you trust"), self.people_locked, people),
        ):
            if not parts and note is None:
                continue
            column.addSpacing(12)
            column.addWidget(heading(title, 1))
            for part in parts:
                column.addWidget(part)
            if note is not None:
                column.addWidget(note)
        column.addStretch(1)
        # up and down only, and no Tab stop of its own, as the running app's: the first Tab
        # went to the invisible area, where Enter and Space did nothing
        self.scroller = form_scroll(
            body, self.tr("Help, right now"), self.tr("Crisis lines for your country.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

    def present(self) -> None:
        """Show it in front, at the top, with the keyboard where the running app's Get help
        now puts it: on the first line's call or copy button, or on the list of countries
        while it asks for one, its focus ring showing. Never larger than the screen, as every
        window of the running app (CalmWindow.present): with large text (QT_FONT_DPI=144 on a
        1280x800 screen leaves 853x533) it ran 300 pixels past the screen's foot, the people
        and Unlock… out of reach; its page scrolls instead."""
        fit_to_screen(self)  # each time: it may have been made larger, or be on another screen
        centre_first_time(self)
        self.show()
        self.raise_()
        self.activateWindow()
        self.scroller.verticalScrollBar().setValue(0)
        first = self.lines.first_action()
        if self.region.asking() or first is None:
            target: QWidget = self.picker.box if self.region.asking() else self.region_line.change
        else:
            target = first
        focus_with_ring(target)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab in the order the window reads, as in the running app's (CalmWindow): the
        # lines of a newly chosen country, made last, came after Unlock… at the foot, and
        # Shift+Tab from the first of them skipped the Undo just above
        tab_in_reading_order(self)
        return super().focusNextPrevChild(next)

    @staticmethod
    def _locked_note(
        store_dir: Path | None, ask: Callable[[], object] | None, kind: str
    ) -> LockedNote | None:
        """The running app's locked line, with Unlock…, for the section showing `kind` (own
        numbers, the safety plan, people) when its records are kept and sealed; else None."""
        if store_dir is None or ask is None:
            return None
        from footholds.core.lock.readable import kind_sealed

        if not kind_sealed(store_dir, kind):
            return None
        from footholds.core.store import OwnLine, Person
        from footholds.ui.help import locked_numbers_words, locked_plan_words
        from footholds.ui.people import locked_people_words

        words = {OwnLine.KIND: locked_numbers_words, Person.KIND: locked_people_words}
        note = LockedNote(ask)
        note.say(words.get(kind, locked_plan_words)())
        return note

    @staticmethod
    def _people(store_dir: Path | None, ask: Callable[[], object] | None) -> QWidget | None:
        """The people the person keeps readable while locked, as the running app shows them
        once locked; None when none are kept so (or there is no one)."""
        if store_dir is None:
            return None
        from footholds.core.lock import people_copy
        from footholds.ui.people import ReadablePeople

        kept = people_copy.read(store_dir)
        return ReadablePeople(kept, ask) if kept else None

    def _numbers(self, store_dir: Path | None) -> QWidget | None:
        """The person's own numbers kept readable while locked, as the running app shows them
        after Lock now; None when none are kept so (or there are none)."""
        if store_dir is None:
            return None
        from footholds.core.lock import numbers_copy
        from footholds.ui.help import ReadableNumbers

        kept = numbers_copy.read(store_dir)
        return ReadableNumbers(kept, self.lines.on_link) if kept else None

    def _on_changed(self) -> None:
        # the keyboard on the first line's call or copy, where the running app's window puts
        # it at opening, not on whatever came after the list that just went away (Undo is
        # one Shift+Tab back); on Undo when the country has no line to call or copy
        target = self.lines.first_action() or self.region_line.undo
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _plan(settings: Settings, store_dir: Path) -> list[QWidget]:
        from footholds.core import safety_plan_render
        from footholds.core.lock.readable import readable_plan
        from footholds.ui.common.calm import settings_language
        from footholds.ui.help import page_parts

        plan = readable_plan(store_dir)
        if plan is None:
            return []
        language = settings_language(settings)
        page = safety_plan_render.page(plan.sections, plan.safer, language)
        return page_parts(page, short=True)  # the crisis lines and people stay near
