"""The tough-day window: one calm thing at a time.

A proof as the hero, then one gentle next step to choose, and the rest behind "more". The help
footer sits below the scroll area on a surface of its own, so it is always in view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds.core import drafts
from footholds.core.lock import people_copy
from footholds.ui.common import buttons, kept_words, tokens
from footholds.ui.common.calm import CalmWindow
from footholds.ui.common.components import Card, WindowHeader, label
from footholds.ui.common.locked import LockedNote
from footholds.ui.common.measure import MeasureLayout, keep_readable
from footholds.ui.common.page_fit import grow_to_fit
from footholds.ui.common.scrolling import bring_into_view, fit_whole_page, form_scroll
from footholds.ui.help import CrisisLines, SafetyPlanView
from footholds.ui.people import TrustedPeople
from footholds.ui.tough_day.grounding import Grounding
from footholds.ui.tough_day.help_band import change_first, help_band
from footholds.ui.tough_day.next_steps import NextSteps, SlowBreath, Step
from footholds.ui.tough_day.one_small_thing import BareMinimum
from footholds.ui.tough_day.step_fit import LentHeight, StepPage
from footholds.ui.tough_day.tough_sections import (
    LyingMovement,
    NameIt,
    OneAffirmation,
    ProofHero,
)

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

NAME = "tough-day"  # its name among the windows, and its drafts'
TALLEST = 760  # the most it opens at; then its page scrolls

# the next steps that show what the lock keeps sealed (the routine, the people): hidden
# while locked, the locked line standing for them; the people stay when the person keeps
# them readable with the safety plan (follow_lock)
WITH_THE_LOCK = frozenset({"bare-minimum", "person"})


class ToughDayWindow(CalmWindow):
    """A proof, large; one next step to choose (a breath, a movement, the bare minimum, a
    person); naming it, an affirmation, grounding and the safety plan behind "more"; and
    help, always visible at the bottom."""

    follows_language = True  # words itself again on a language change (changeEvent)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Tough day"))
        # as tall as its words at opening (fit_height), up to this; at a fixed 760 an empty
        # band of 240 pixels lay under "More that can help", kept for nothing
        self.resize(620, TALLEST)

        self.proofs = ProofHero(ctx)
        self.breath = SlowBreath(ctx)
        self.movement = LyingMovement(ctx)
        self.bare_minimum = BareMinimum(ctx) if ctx.windows.available("today") else None
        self.people = TrustedPeople(ctx)
        self.name_it = NameIt(ctx)
        self.affirmation = OneAffirmation(ctx)
        self.grounding = Grounding(ctx)
        self.plan = SafetyPlanView(ctx)
        self.crisis = CrisisLines(ctx, compact=True)

        keys = ["breath", "movement", "bare-minimum", "person"]
        if self.bare_minimum is None:
            keys.remove("bare-minimum")
        views = {
            "breath": self.breath,
            "movement": self.movement,
            "bare-minimum": self.bare_minimum,
            "person": self.people,
        }
        icon = {"breath": "breath", "movement": "lying-down", "bare-minimum": "today"}
        steps = [Step(k, "", icon.get(k, "reach-out"), views[k] or QWidget(), "") for k in keys]
        self._word_steps(steps)
        self.next_steps = NextSteps(steps)

        self.more = buttons.more("")
        self.more_box = QWidget()
        more = QVBoxLayout(self.more_box)
        more.setContentsMargins(0, 0, 0, 0)
        more.setSpacing(tokens.XS)
        # behind "more": each with its heading (worded in retranslate()), in this order
        self.sections: list[tuple[QLabel, QWidget]] = [
            (label("", "heading"), widget)
            for widget in (self.name_it, self.affirmation, self.grounding, self.plan)
        ]
        for at, (heading, widget) in enumerate(self.sections):
            if at:
                more.addSpacing(tokens.M)
            more.addWidget(heading)
            more.addWidget(widget)
        self.more_box.hide()

        # the page's column, up to the measure wide (a wide window's room after it)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(tokens.S)
        body = StepPage()
        page = MeasureLayout(body)
        page.addWidget(inner)
        self.header = WindowHeader("")
        column.addWidget(self.header)
        column.addWidget(self.proofs)
        # while the entries are locked, in the proof's place: a calm line that the proof list,
        # the one small thing and the people open with the passphrase, and Unlock…
        self.locked = LockedNote(ctx.locker.ask)
        self.locked_card = Card()
        self.locked_card.add(self.locked)
        self.locked_card.hide()
        column.addWidget(self.locked_card)
        column.addSpacing(tokens.XS)
        column.addWidget(self.next_steps)
        column.addSpacing(tokens.XS)
        row = QHBoxLayout()
        row.addWidget(self.more)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.more_box)
        column.addStretch(1)  # only when the person makes the window taller than its words

        # everything in it wraps, so it never scrolls sideways; it takes no focus of its own
        # (an unseen stop for Tab): its buttons scroll it into view as Tab reaches them. The
        # scroll bar's room is kept while it is not needed, so the choices keep their width
        # when "more" or a chosen step makes the page scroll
        self.scroller = form_scroll(body, "", steady=True)
        # the room kept is part of the page's right margin, so the page keeps the window's
        # margins either side, its cards in line with the help footer's button below
        left, top, right, bottom = tokens.WINDOW
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        page.setContentsMargins(left, top, max(0, right - bar), bottom)

        # a step chosen (or changing what it shows) grows the window to fit it, as far as
        # the screen below allows; "more" and the way back leave its size to the page
        self._fit_due = self._just_chosen = False
        self.lent = LentHeight()  # given back as the step closes
        body.laid_out.connect(self._fit_soon)
        self.next_steps.turned.connect(self._on_turned)

        self.help_now = buttons.primary("")
        self.footer = help_band(self.crisis, self.help_now, self.crisis.take_change())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.footer)

        self.retranslate()
        self.help_now.setVisible(ctx.windows.available("help-now"))
        self.help_now.clicked.connect(lambda: ctx.windows.show("help-now"))
        self.more.toggled.connect(self.show_more)
        ctx.signals.store_changed.connect(self._on_store_changed)
        # open while locked (lock_app.OPEN_WHILE_LOCKED): Lock now turns it to what needs no
        # passphrase, the unlock back to the whole window; a method, let go with the window
        ctx.locker.changed.connect(self.follow_lock)
        self.follow_lock()
        for draft in drafts.pop_all(ctx.windows.drafts, NAME):  # newest first: see bring_back
            self.bring_back(draft)
        # a live language change words the sections again, once per burst of events, and only
        # while on screen (a hidden window is worded again when it is next shown). A timer
        # with this window as context, not an event filter: nothing reaches a window being
        # taken apart.
        self._rewording = False
        self._words_stale = False

    def _word_steps(self, steps: list[Step]) -> None:
        words = {
            "breath": (self.tr("A slow breath"), self.tr("A slow breath")),
            "movement": (
                self.tr("A movement lying down"),
                self.tr("A small movement (lying down is fine)"),
            ),
            "bare-minimum": (self.tr("One small thing"), self.tr("One small thing for today")),
            "person": (self.tr("One person"), self.tr("People you trust")),
        }
        for step in steps:
            step.text, step.title = words[step.key]

    def retranslate(self) -> None:
        """Every word of the window's own in the interface's language, in place: the step
        chosen, what is typed and where "more" and the grounding are all stay. The people,
        the safety plan and the crisis lines follow by themselves."""
        self.setWindowTitle(self.tr("Tough day"))
        self.header.set_text(
            self.tr("This is a hard day. You don't have to fix it."),
            self.tr("Take what helps from here and leave the rest. Nothing needs filling in."),
        )
        self._word_steps(self.next_steps.steps)
        self.next_steps.retranslate()
        headings = [
            self.tr("How does it feel right now?"),
            self.tr("Something to hold on to"),
            self.tr("Come back to right here: 5-4-3-2-1"),
            self.tr("Your safety plan"),
        ]
        for (heading, _), text in zip(self.sections, headings, strict=True):
            heading.setText(text)
        self._word_more(self.more.isChecked())
        keep_readable(self, self.scroller)  # never too small to read, in this language
        self.scroller.setAccessibleName(self.tr("Things that can help on a hard day"))
        self.scroller.setAccessibleDescription(
            self.tr("Take what helps and leave the rest; the crisis lines stay in view below.")
        )
        self.footer.setAccessibleName(self.tr("Help, always here"))
        self._word_help_now()
        for part in (self.proofs, self.breath, self.movement, self.name_it, self.affirmation):
            part.retranslate()
        self.follow_lock()  # the locked line in the new language
        self.grounding.retranslate()
        if self.bare_minimum is not None:
            self.bare_minimum.retranslate()

    def follow_lock(self, _locked: bool = False) -> None:
        """Locked: nothing the store holds sealed is read or shown; the breath, a movement,
        shipped words to hold on to (never the person's own), grounding, the crisis lines and
        the plan and the people if they are kept readable stay (the people's names and how
        to reach them, as Get help now shows them), and in place of the proof, the one small
        thing and the people locked too, the locked line with Unlock…. Unlocked: the whole
        window again."""
        locked = self.ctx.locker.locked
        # the people kept readable with the safety plan (core/lock/people_copy.py): their
        # names and how to reach them stay, as in Get help now; their messages wait
        people_kept = locked and people_copy.read(self.ctx.paths.store_dir) is not None
        hidden = WITH_THE_LOCK - {"person"} if people_kept else WITH_THE_LOCK
        # only what this window holds: the one small thing where Today offers it
        if self.bare_minimum is None and people_kept:
            line = self.tr(
                "Your proof list is safe, only locked for now; it shows here again once "
                "Footholds is unlocked."
            )
        elif self.bare_minimum is None:
            line = self.tr(
                "Your proof list and the people you trust are safe, only locked for now; they "
                "show here again once Footholds is unlocked."
            )
        elif people_kept:
            line = self.tr(
                "Your proof list and your one small thing for today are safe, only locked "
                "for now; they show here again once Footholds is unlocked."
            )
        else:
            line = self.tr(
                "Your proof list, your one small thing for today and the people you trust "
                "are safe, only locked for now; they show here again once Footholds is "
                "unlocked."
            )
        self.locked.say(line)
        was_locked = self.locked_card.isVisibleTo(self)
        self.locked_card.setVisible(locked)
        self.proofs.setVisible(not locked)
        chosen = self.next_steps.chosen
        if locked and chosen is not None and chosen.key in hidden:
            self.next_steps.show_choices()
        self.next_steps.show_only(
            k for k in self.next_steps.choices if not locked or k not in hidden
        )
        if locked == was_locked:
            return
        # read again from the store, which holds nothing sealed while locked: the proof and
        # the person's own affirmation on screen go, the shipped words take their place
        self.proofs.refresh()
        self.affirmation.pick()
        if self.bare_minimum is not None:
            self.bare_minimum.start_over()

    # -- the words typed in "How does it feel right now?" and not kept yet -----------------
    def draft(self) -> dict[str, Any] | None:
        """The words typed and not kept yet, to keep as the quick log keeps its own: when
        Footholds closes, and sealed at Lock now, back after the unlock (core/drafts.py)."""
        text = self.name_it.line.text()
        return {"note": text} if text.strip() else None

    def bring_back(self, draft: dict[str, Any] | None) -> None:
        """Put back the words kept at the last close, or put away at Lock now; words typed
        since stay after them. When the two would not fit in the line together, the earlier
        words wait in the drafts, for when the line is free (`present`). Given several,
        newest first, the earliest words end up first."""
        earlier = str((draft or {}).get("note", ""))
        if not earlier.strip():
            return
        now = self.name_it.line.text()
        if not now.strip() or now.strip() == earlier.strip():
            text = earlier if not now.strip() else now
        else:
            text = f"{earlier.rstrip()} {now.lstrip()}"
        if len(text) > NameIt.LIMIT:
            drafts.wait(self.ctx.windows.drafts, NAME, {"note": earlier})
            return
        self.name_it.line.setText(text)
        self.name_it.line.setCursorPosition(len(text))  # to go on writing after them
        said = self.name_it.said
        said.say(kept_words.kept_line())  # in the room kept for the thanks (and for it)
        kept_words.until_gone(self.ctx, [self.name_it.line], kept_words.line_goes(said))
        if not self.more.isChecked():  # in sight (on screen, the keyboard goes to them)
            self.show_more(True)

    def forget_words(self) -> None:
        """Let go of the words typed, once Lock now sealed them in the drafts file: the
        window stays open while locked and does not show them until the unlock."""
        self.name_it.line.clear()

    def _word_more(self, on: bool) -> None:
        buttons.say(
            self.more,
            self.tr("Show &less") if on else self.tr("&More that can help"),  # Alt+M
            self.tr("Show less") if on else self.tr("Show more that can help"),
            self.tr("Naming how it feels, something to hold on to, grounding, your safety plan."),
        )

    def controls_in_order(self) -> list[QWidget]:
        """As seen: "Change country" before the crisis lines under it (help_band.py)."""
        return change_first(super().controls_in_order(), self.crisis, self.crisis.change)

    def _word_help_now(self) -> None:
        buttons.say(
            self.help_now,
            self.tr("&Get help now"),  # Alt+G; Spanish Alt+A, clear of "more" (Alt+M)
            self.tr("Open Get help now"),
            self.tr("Opens crisis lines and your own numbers, for when you need someone now."),
        )

    def show_more(self, on: bool) -> None:
        """Show or hide the rest; opening it puts the keyboard in the first of it."""
        self.more_box.setVisible(on)
        self.more.setChecked(on)
        self._word_more(on)
        if on and self.isVisible():
            self.name_it.line.setFocus()
            # on the page, scrolled as little as shows its heading and line: the window
            # keeps its size, and focus given by code scrolls nothing
            bring_into_view(self.name_it.line, from_top_of=self.sections[0][0])
        elif self.isVisible():
            self.more.setFocus()  # not on whatever comes after what was just hidden

    def _step_alone(self) -> bool:
        return self.next_steps.chosen is not None and not self.more.isChecked()

    def _on_turned(self) -> None:
        chosen = self.next_steps.chosen
        if chosen is None:  # back at the choices: the height it had before the step
            self.lent.give_back(self)
            return
        if chosen.key == "bare-minimum" and self.bare_minimum is not None:
            self.bare_minimum.open_again()  # the first small thing not done yet
        self._just_chosen = True
        self._fit_soon()

    def _fit_soon(self) -> None:
        """Fit the step chosen once the layouts asked for now are done: one fit for a burst
        of them, and none while "more" is open (the page scrolls for it, as it opened)."""
        if self._step_alone() and not self._fit_due:
            self._fit_due = True
            QTimer.singleShot(0, self, self._fit_step)

    def _fit_step(self) -> None:
        self._fit_due = False
        chosen, self._just_chosen = self._just_chosen, False
        # not for what changed while the person was in another window (a person added in
        # Reach out): it grew about 50 px under them as they came back; the page scrolls
        if self._step_alone() and (chosen or self.isActiveWindow()):
            before = self.size()
            grown = grow_to_fit(self, self.scroller, self.next_steps.card, chosen=chosen)
            if grown is not None:
                self.lent.grew(before, grown)

    def fit_height(self) -> None:
        """As tall as what is open needs at this width, up to TALLEST and the screen, as it
        opens. After that "more" grows the page, never the window, which went down to the
        screen's foot for it; a step chosen grows the window just enough to fit, into the
        screen below it (page_fit.grow_to_fit), and the page scrolls where that is not enough."""
        fit_whole_page(self, self.width(), most=TALLEST)

    def present(self, **_options: Any) -> None:
        """Open at the top, with fresh picks each time the person comes back."""
        if not self.isVisible():
            if not self.name_it.line.text().strip():  # words that waited for room
                for draft in drafts.pop_all(self.ctx.windows.drafts, NAME):
                    self.bring_back(draft)
            typed = bool(self.name_it.line.text().strip())
            self.proofs.pick()
            self.affirmation.pick()
            self.breath.pick()
            self.movement.pick()
            if self.bare_minimum is not None:
                self.bare_minimum.start_over()
            self.next_steps.show_choices()
            self.show_more(typed)  # open on the words typed and not kept yet, if any
            self.fit_height()
            self.scroller.verticalScrollBar().setValue(0)
        super().present()
        self.next_steps.focus_first()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.next_steps.chosen is not None:
            self.next_steps.show_choices()  # Esc goes back one step first, then closes
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # the crisis lines beside it turn by themselves; the help row must never mix two
            # languages, so its button turns at once; the rest once the burst is over
            self._word_help_now()
            if not self._rewording:
                self._rewording = True
                QTimer.singleShot(0, self, self._on_language_changed)
        super().changeEvent(event)

    def _on_language_changed(self) -> None:
        self._rewording = False
        if self.isVisible():
            self.retranslate()
        else:
            self._words_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._words_stale:
            self._words_stale = False
            self.retranslate()
        super().showEvent(event)
        self.ctx.reminders.help_opened("tough-day")  # no reminder while help is on screen

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ctx.reminders.help_closed("tough-day")  # the app's own wait half an hour more

    def _on_store_changed(self, kind: str) -> None:
        if kind == "proof":
            self.proofs.refresh()
