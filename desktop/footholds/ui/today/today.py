"""Today: the next small doable thing, the bare-minimum three, and the micro-goals.

The day turns over at the person's chosen hour; while the window is open a single-shot timer
waits for that moment, so the ticks clear without any polling.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from footholds.core import activation, days, drafts
from footholds.core import goals as g
from footholds.core.store import Goal, LogEntry, ReminderEvent, RoutineCheck
from footholds.core.store.models import now_local
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import CalmWindow
from footholds.ui.common.components import Card, WindowHeader, label, rule
from footholds.ui.common.dates import long_day
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.own_words import own_words
from footholds.ui.common.scrolling import scrolling_page
from footholds.ui.common.undo import UndoBar
from footholds.ui.reflect import SessionTryCard
from footholds.ui.today.activity_section import ActivitySection
from footholds.ui.today.checkins_today import TodayCheckins
from footholds.ui.today.goals import GoalsSection
from footholds.ui.today.routine import RoutineSection

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

REFRESH_KINDS = {
    "goal",
    "routine_item",
    "routine_check",
    "log",
    "reminder",
    "proof",
    "own_item",
    "content_mark",  # a routine suggestion hidden or brought back in Settings
    "session",  # what to try after a session shows until the next one
    "activity_plan",
}
MAX_WAIT_MS = 3600 * 1000  # re-check hourly at most: a suspend pauses timers, not the clock


NAME = "today"  # its name among the windows, and its drafts'


def day_by(clock: Callable[[], datetime], ctx: AppContext) -> date:
    """The person's day at `clock()`, turning over at their chosen hour."""
    return days.day_of(clock(), ctx.settings["day.start_hour"])


class TodayWindow(CalmWindow):
    """One calm page; it scrolls when there is a lot, and Esc closes it."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._clock: Callable[[], datetime] = now_local  # tests put a fixed one (`clock`)
        self.setWindowTitle(self.tr("Today"))
        self.resize(560, 760)
        self.at_least_wide(420)  # or what the words need, in Spanish or a larger font
        # the strip comes beside the help link, in the foot row under the page, whose room
        # it keeps: no band kept blank under the page (it cut a finished goal off above
        # it), and none taken from the page's view when it comes (the last goal's Add step
        # went under it). Nothing on the page moves or is covered.
        self.undo_bar = UndoBar(self)
        self.undo_bar.slim()

        # the window header: the day as its title, the same header as every window
        self.header = WindowHeader("", self.tr("One small thing at a time."))
        self.date = self.header.title
        self.date.setAccessibleName(self.tr("Today's date"))
        self.next_card = Card()
        # the caption shares its line with the word that answers "Done it", so nothing moves
        self.next_said = Feedback(width=tokens.XL * 4)
        top = QHBoxLayout()
        caption = label(self.tr("The next small doable thing"), "caption")
        caption.setWordWrap(False)  # one short line; the acknowledgement has the rest
        top.addWidget(caption)
        top.addWidget(self.next_said, 1)  # the rest of the line: its room never moves
        self.next_card.body.addLayout(top)
        # the person's own step and goal, wrapped in the card however long a word they typed
        self.next_text = self.next_card.add(own_words(kind="heading"))
        self.next_from = own_words(soft=True)
        self.next_done = buttons.primary(self.tr("&Done it"), self.tr("I did the next small thing"))
        # when nothing is waiting the button goes, but its room stays: the page does not jump
        policy = self.next_done.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.next_done.setSizePolicy(policy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_from, 1)
        bottom.addWidget(self.next_done, 0, Qt.AlignmentFlag.AlignBottom)
        self.next_card.body.addLayout(bottom)
        self.routine = RoutineSection(ctx, self.undo_bar, self._clock)
        self.checkins = TodayCheckins(ctx, partial(day_by, self._clock, ctx))
        self.showed_up = label(soft=True)
        self.goals = GoalsSection(ctx, self.undo_bar)
        self.to_try = SessionTryCard()
        self.activities = ActivitySection(ctx, self._clock)

        # help one click away from every window (PRODUCT.md), kept in view under the page
        self.help_link = HelpLink(ctx)
        foot = QWidget()
        foot_row = QHBoxLayout(foot)
        foot_row.setContentsMargins(0, 0, 0, 0)
        foot_row.setSpacing(tokens.S)
        foot_row.addWidget(self.undo_bar, 1)
        foot_row.addWidget(self.help_link)
        page = scrolling_page(
            self,
            self.tr("Today"),
            self.tr(
                "Your next small thing, your three for today, what you planned and your "
                "goals, in one page."
            ),
            foot,
            spacing=tokens.M,
        )
        for part in (
            self.header,
            self.next_card,
            self.to_try,
            self.routine,
            self.checkins,
            self.showed_up,
            self.activities,
            rule(),
            self.goals,
        ):
            page.addWidget(part)
        page.addStretch(1)

        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._turnover = QTimer(self)
        self._turnover.setSingleShot(True)
        self._turnover.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._shown_day: date | None = None
        self.refresh()
        # words for a goal or a step typed and not added when Footholds last closed
        # (of several, one sealed at a quit while locked, the newest for each field)
        kept: dict[str, str] = {}
        routine = ""
        for draft in drafts.pop_all(ctx.windows.drafts, NAME):  # newest first
            routine = routine or str(draft.get("routine") or "")
            words = draft.get("goals")
            if isinstance(words, dict):
                for key, text in words.items():
                    if isinstance(text, str):
                        kept.setdefault(key, text)
        if kept:
            self.goals.bring_back(kept)
        if routine.strip():
            self.routine.bring_back(routine)

        self._refresh_soon.timeout.connect(self.refresh)
        self._turnover.timeout.connect(self._on_turnover)
        self.next_done.clicked.connect(self._on_next_done)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    # -- the day -------------------------------------------------------------------------
    @property
    def clock(self) -> Callable[[], datetime]:
        """The time now, for the window and its parts; tests put a fixed clock here."""
        return self._clock

    @clock.setter
    def clock(self, clock: Callable[[], datetime]) -> None:
        # each part is given the clock itself, never a way back to the window: a lambda over
        # the window, kept by a part, held it in a cycle, leaving it to the garbage collector
        # (whose collect after a close crashed the app over Tough day's window)
        self._clock = self.routine.clock = self.activities.clock = clock
        self.checkins.today = partial(day_by, clock, self.ctx)

    def today(self) -> date:
        """The person's day now, turning over at their chosen hour."""
        return day_by(self.clock, self.ctx)

    def arm_turnover(self) -> None:
        """Wait for the next day to begin (or an hour, whichever is sooner)."""
        now = self.clock()
        turnover = days.next_turnover(now, self.ctx.settings["day.start_hour"])
        wait = int(days.seconds_until(turnover, now) * 1000) + 1000  # coarse timers round
        self._turnover.start(max(1000, min(wait, MAX_WAIT_MS)))

    def _on_turnover(self) -> None:
        if self.today() != self._shown_day:
            self.refresh()
        self.arm_turnover()

    def draft(self) -> dict[str, Any] | None:
        """Words typed and not added yet (a new goal, a next step, one of the three), to keep
        when Footholds closes (app/quitting.py); None when there are none."""
        held: dict[str, Any] = {}
        goals = self.goals.typed_words()
        if goals:
            held["goals"] = goals
        routine = self.routine.typed_words()
        if routine:
            held["routine"] = routine
        return held or None

    def carry_over(self, old: QWidget) -> None:
        """Built again in a new language: words kept for a goal's card not shown yet wait in
        this one (words in its fields hold the language back: language_follow.py)."""
        if isinstance(old, TodayWindow) and old.goals.waiting:
            self.goals.bring_back(dict(old.goals.waiting))

    def forget_words(self) -> None:
        """Let go of the words typed, once kept elsewhere (Lock now sealed them in the drafts
        file): nothing written stays in memory while locked, nor is kept twice."""
        self.goals.forget_words()
        self.routine.forget_words()
        if not self.isVisible():
            self.deleteLater()  # with what it read: built afresh after the unlock

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything on the page, from the store, for the person's day now."""
        day = self.today()
        self._shown_day = day
        # the day as a title, by the app's one formatter ("Jueves, 3 de diciembre" in Spanish)
        self.date.setText(long_day(day, today=day, locale=QLocale().name()))
        self._show_next()
        self.to_try.refresh(self.ctx.store, self.clock())
        self.routine.refresh()
        self.checkins.refresh()
        self.goals.refresh()
        self.activities.refresh(day)
        # Today only, never a tally for the month: a count of 1 on the 28th reads as 27 missed.
        if self.showed_up_today(day):
            self.showed_up.setText(self.tr("You showed up for yourself today. That counts."))
        else:
            self.showed_up.setText(
                self.tr("Ticking one thing, or noting how you are, counts as showing up.")
            )

    def _show_next(self) -> None:
        found = g.next_doable(self.ctx.store.all(Goal))
        self.next_done.setVisible(found is not None)
        if found is None:
            self.next_text.setText(self.tr("Nothing waiting. That's allowed."))
            self.next_from.setText(self.tr("If you like, break something down below."))
            return
        goal, step = found
        self.next_text.setText(step["text"])
        self.next_from.setText(self.tr("From “{title}”").format(title=goal.title))
        self.next_done.setAccessibleDescription(step["text"])

    def showed_up_today(self, day: date) -> bool:
        """Whether `day` has a tick, a log entry, a done reminder, a planned thing done or a
        goal's step done."""
        start_hour = self.ctx.settings["day.start_hour"]
        start, end = days.day_bounds(day, start_hour)
        start, end = start - timedelta(days=1), end + timedelta(days=1)
        store = self.ctx.store
        steps = (step for goal in store.all(Goal) for step in goal.steps if g.is_done(step))
        moments = [datetime.fromisoformat(step["done_at"]) for step in steps]
        done = activation.done_between(store, day, day, start_hour)
        moments += [plan.done_at for plan in done if plan.done_at is not None]
        return days.showed_up_on(
            store.between(RoutineCheck, start, end),
            store.between(LogEntry, start, end),
            day,
            reminders=store.between(ReminderEvent, start, end),
            start_hour=start_hour,
            moments=moments,
        )

    # -- events --------------------------------------------------------------------------
    def _on_next_done(self) -> None:
        found = g.next_doable(self.ctx.store.all(Goal))
        if found is not None:
            self.goals.set_done(found[0].id, found[1]["id"], True)
            self.refresh()
            self.next_said.say(self.tr("Done. That is a win."))
            if not self.next_done.isVisible():
                self.goals.new_goal.setFocus()  # the button went away; keep focus on the page

    def _on_store_changed(self, kind: str) -> None:
        if kind in REFRESH_KINDS and self.isVisible():
            self._refresh_soon.start(0)  # many changes in one action make one refresh

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "day.start_hour" and self.isVisible():
            self.refresh()
            self.arm_turnover()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the day may have turned, or things changed, while it was closed
        self.arm_turnover()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._turnover.stop()  # no timers while closed: opening it refreshes anyway
        super().hideEvent(event)
