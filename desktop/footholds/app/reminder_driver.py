"""The reminder adapter: ticks the scheduler from one coarse timer, turns its events into Qt
signals, keeps the tray icon, tooltip and Reminders submenu in step, and saves its state.

The scheduler (core/scheduler.py) decides when; ui/reminders/reminder_presenter.py shows the card or
notification and records answers. Clock, idle and desktop-state sources are injected, so
tests drive all of it with a fake clock.
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footholds.core import reminder_state
from footholds.core.atomic import set_aside, write_atomic
from footholds.core.scheduler import Due, Kind, Scheduler, Status
from footholds.core.sessions import Calendar
from footholds.core.store import ActivityPlan, ReminderEvent, Session
from footholds.ui.reminders.reminder_menu import ReminderMenu
from footholds.ui.reminders.reminder_presenter import ReminderPresenter
from footholds.ui.reminders.reminder_words import status_words

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.platform.busy.base import BusySources
    from footholds.platform.idle.base import IdleSource
    from footholds.platform.screen.base import ContextSources
    from footholds.ui.common.prompter import Prompter
    from footholds.ui.shell.tray import Tray

log = logging.getLogger(__name__)
STATE_FILE = reminder_state.FILE_NAME
MIN_TICK_MS = 5000  # never poll faster than this, whatever the scheduler asks
FIRST_TICK_MS = 5000  # the first look at the desktop waits until start-up is over
TRAY_STATE = {"active": "active", "paused": "paused", "quiet": "quiet", "off": "paused"}


def local_now() -> datetime:
    return datetime.now().astimezone()


class ReminderDriver(QObject):
    """Owns the Scheduler; everything about reminders on the Qt side starts here."""

    due = Signal(object)  # core.reminders.Due
    deferred = Signal(str, str)  # kind, reason
    changed = Signal()  # the status (mode, next reminder, pause, waiting) changed

    def __init__(
        self,
        settings: Settings,
        store: Store,
        paths: Paths,
        tray: Tray,
        *,
        clock: Callable[[], datetime] = local_now,
        idle: IdleSource | None = None,
        context: ContextSources | None = None,
        busy: BusySources | None = None,
        rng: random.Random | None = None,
        prompter: Prompter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.paths, self.tray = settings, paths, tray
        self._clock = clock
        self._idle, self._context = idle, context  # chosen at the first tick when not given
        self._busy = busy  # microphone, camera, screen: chosen when first asked
        # no reminder at all in a therapy session or just after it (core/sessions.py)
        self.store = store
        self.sessions = Calendar(self._session_times)
        store.changed.connect(self.sessions.forget)
        store.changed.connect(self._on_store_changed)
        from footholds.core.activation import Nudges
        from footholds.core.sleep import UsualBedtime

        self.nudges = Nudges(store, clock, lambda: int(settings["day.start_hour"]))
        self.scheduler = Scheduler(
            settings,
            clock,
            session_quiet=self.sessions.quiet_until,
            usual_bedtime=UsualBedtime(store, clock),
            nudges=self.nudges,
        )
        self.presenter = ReminderPresenter(
            settings, store, self.scheduler, tray, rng or random.Random(), prompter, self
        )
        self.presenter.nudges = self.nudges
        self.menu = ReminderMenu(self, parent=self)
        self.state_file = paths.data_dir / STATE_FILE
        self._reshow: Kind | None = None  # the waiting reminder the person asked to see
        self._questions: set[str] = set()  # our small questions open now (hold_while)
        self._tray_shown: tuple[str, str] = ("", "")  # what the icon and tooltip say now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # minutes matter, not ms
        self.timer.timeout.connect(self.tick)
        self.scheduler.due.connect(self._on_due)
        self.scheduler.deferred.connect(self._on_deferred)
        self.scheduler.changed.connect(self._on_changed)
        self.presenter.answered.connect(lambda _kind, _outcome: self._after_change())
        self.presenter.asked_to_show.connect(self.show_reminder_now)
        self.presenter.asking.connect(self.hold_while)
        settings.changed.connect(self._on_setting)

    # -- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Restore saved state, add the tray submenu, show the status, and start ticking."""
        self.restore_state()
        self.tray.add_section("reminders", self.menu.build)  # the menu refreshes itself
        self._refresh()
        self.timer.start(FIRST_TICK_MS)

    def stop(self) -> None:
        """On quit: a reminder still up waits in the tray next time; save everything."""
        self.timer.stop()
        self.presenter.answer("faded")
        self.presenter.dismiss()
        self.save_state()

    def tick(self) -> None:
        """Read idle time and the desktop state, let the scheduler decide, re-arm the timer."""
        if self._idle is None:
            from footholds.platform.idle.choose import choose_idle_source

            self._idle = choose_idle_source()
        idle = self._idle.idle_seconds()
        may_fire = self._may_fire()
        if idle is None or may_fire:
            desk = self._desk()
            fullscreen, dnd, locked = desk.fullscreen(), desk.dnd(), desk.locked()
        else:
            # Nothing can be shown this tick, and idle time already tells "away": sparing the
            # X and D-Bus round trips keeps an idle minute down to one wake-up.
            fullscreen = dnd = locked = False
        call = self._in_call() if may_fire else None  # asked only when a reminder is due
        self.scheduler.tick(idle, fullscreen=fullscreen, dnd=dnd, locked=locked, call=call)
        self._refresh()
        self._arm()

    def _may_fire(self) -> bool:
        """A reminder is due now (or held back only by the desktop's state)."""
        next_at = self.scheduler.status().next_at
        return next_at is not None and next_at <= self.now() + timedelta(seconds=1)

    def _desk(self) -> ContextSources:
        if self._context is None:
            from footholds.platform.screen.choose import choose_context_sources

            self._context = choose_context_sources()
        return self._context

    def _in_call(self) -> bool | None:
        """Microphone, camera or screen in use: asked only when a reminder is about to show."""
        if not self.settings["reminders.respect_calls"]:
            return None
        if self._busy is None:
            from footholds.platform.busy.choose import choose_busy_sources

            self._busy = choose_busy_sources()
        return self._busy.in_call()

    def desk_busy(self) -> bool:
        """Whether the desktop holds reminders back now (locked, or full screen and
        do-not-disturb when the settings respect them); for the session offers."""
        desk = self._desk()
        settings = self.settings
        return bool(
            desk.locked()
            or (desk.fullscreen() and settings["reminders.respect_fullscreen"])
            or (desk.dnd() and settings["reminders.respect_dnd"])
        )

    def call_holds_until(self) -> datetime | None:
        """Whether a call holds reminders back now, for the session offers: the devices are
        asked as for a due reminder, and the scheduler's answer is the reminders' own (a
        minute on while the call lasts, the calm minutes after it); None when nothing holds."""
        return self.scheduler.look_at_call(self._in_call())

    def _arm(self) -> None:
        wait = (self.scheduler.next_check() - self.now()).total_seconds() * 1000
        self.timer.start(max(MIN_TICK_MS, int(wait)))

    # -- the person's requests (tray menu, command line) ---------------------------------------

    def remind_now(self, kind: Kind) -> None:
        """Show a reminder of `kind` at once."""
        shown = self.presenter.current
        if shown is not None and shown.kind is kind:
            self.presenter.deliver()  # already up: bring it back into view
        else:
            self.presenter.answer("faded")  # one at a time: an older one waits in the tray
            self.scheduler.remind_now(kind)

    def pause_for(self, minutes: int) -> None:
        """Pause every reminder for `minutes`."""
        self.scheduler.pause_for(minutes)
        self._after_change()

    def pause_until_tomorrow(self) -> None:
        """Pause until the day turns over."""
        self.scheduler.pause_until_tomorrow()
        self._after_change()

    def pause_indefinitely(self) -> None:
        """Pause until the person resumes."""
        self.scheduler.pause(None)
        self._after_change()

    def resume(self) -> bool:
        """End a pause; whether there was one."""
        was_paused = self.scheduler.status().mode == "paused"
        self.scheduler.resume()
        self._after_change()
        return was_paused

    def show_reminder_now(self) -> None:
        """The tray's "Show the reminder": the one on screen or waiting, taking the focus."""
        if self.presenter.current is not None:
            self.presenter.deliver(focus=True)
            return
        waiting = self.scheduler.status().waiting
        if waiting is not None:
            self._reshow = waiting
            self.scheduler.remind_now(waiting)

    def help_opened(self, name: str) -> None:
        """Tough day or Get help now is on screen: a card up now goes quietly to the tray, and
        nothing new comes while it is open, nor any of the app's own for half an hour after."""
        if self.presenter.current is not None:
            self.presenter.answer("faded")
            self.presenter.dismiss()
        self.scheduler.help_opened(name)
        self._after_change()

    def help_closed(self, name: str) -> None:
        """It closed: the quiet half hour starts (what was asked for at a time still comes)."""
        self.scheduler.help_closed(name)
        self._after_change()

    def hold_while(self, dialog: QDialog) -> None:
        """A small question of ours is open (How was that?): one gentle prompt at a time, so
        no card comes over it; one due meanwhile comes a calm minute after it closes."""
        name = f"question-{id(dialog)}"
        self._questions.add(name)
        self.scheduler.question_opened(name)

        def closed() -> None:
            if name in self._questions:  # once: finished, then destroyed
                self._questions.discard(name)
                self.scheduler.question_closed(name)
                with contextlib.suppress(RuntimeError):  # the app closing took the timer
                    self._after_change()  # armed for the calm minute's end, not a minute on

        dialog.finished.connect(closed)
        dialog.destroyed.connect(closed)  # its window closed with it still open

    def open_add_own(self) -> None:
        """The "Add your own…" dialog."""
        self.presenter.open_add_own()

    def has_reminder(self) -> bool:
        """A reminder is on screen or waiting quietly in the tray."""
        return self.presenter.current is not None or self.scheduler.status().waiting is not None

    def status(self) -> Status:
        """The scheduler at a glance."""
        return self.scheduler.status()

    def now(self) -> datetime:
        """The driver's clock (a fake one in tests)."""
        return self._clock()

    # -- state --------------------------------------------------------------------------------

    def save_state(self) -> None:
        """Pause, due times and recently shown ideas, into a small private JSON file."""
        data = reminder_state.encode(
            self.scheduler.to_state(), self.presenter.chooser.recent_state()
        )
        try:
            write_atomic(self.state_file, data)
        except OSError as exc:
            log.warning("reminder state not saved: %s", exc.strerror)

    def restore_state(self) -> None:
        """Read what save_state() wrote; a damaged file is set aside and fresh times used."""
        try:
            scheduler, recent = reminder_state.decode(self.state_file.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("reminder state unreadable (%s); starting afresh", exc)
            with contextlib.suppress(OSError):
                set_aside(self.state_file, self.paths.aside_dir, "damaged")
            return
        if scheduler is not None:
            self.scheduler.from_state(scheduler)
        self.presenter.chooser.restore_recent(recent)

    def lock_changed(self) -> None:
        """The app locked or unlocked (app/lock_app.py): the sessions and plans are read
        again, as the store shows them now. Locked, the sessions' times come from their
        readable copy, and no plan is read: its nudge waits for the unlock (it comes then if
        its day is not over), and the tooltip does not promise one meanwhile."""
        self.sessions.forget()
        self.nudges.forget()
        self._after_change()

    # -- inside -------------------------------------------------------------------------------

    def _session_times(self) -> list[Session]:
        """What the quiet around sessions is worked out from: the store's sessions; while the
        app is locked (the store sealed reads none), the copy of their times kept readable
        for this (core/lock/sessions_copy.py), so a locked start keeps quiet in a session."""
        if not self.store.is_sealed:
            return self.store.all(Session)
        from footholds.core.lock import sessions_copy

        return sessions_copy.read(self.paths.store_dir) or []

    def _on_due(self, due: Due) -> None:
        reshow, self._reshow = self._reshow, None
        self.presenter.due_at = due.at  # a medication reminder is named by its set time
        if reshow is due.kind:
            self.presenter.present(due.kind, self.presenter.last.get(due.kind), focus=True)
        else:
            self.presenter.present(due.kind, welcome=due.welcome_back)
        self.save_state()
        self.due.emit(due)

    def _on_deferred(self, kind: Kind, reason: str) -> None:
        self.presenter.record(ReminderEvent(reminder=kind.value, outcome="deferred", reason=reason))
        self.deferred.emit(kind.value, reason)

    def _on_changed(self) -> None:
        self._refresh()
        self.menu.refresh(self.scheduler.status())
        self.changed.emit()

    def _on_store_changed(self, kind: str) -> None:
        # a plan's nudge may be due at once (a time already gone today says it comes right
        # away): look now, not at the next tick up to a minute away. Once the window's own
        # work is done, as a tick: one card at a time, shown as any nudge is, without focus
        if kind == ActivityPlan.KIND and self.timer.isActive():
            self.timer.start(0)
        # a session added, moved or removed (any window, or the command line through the app)
        # may start or end the quiet now: the tray says so at once, and what its quiet held
        # (a plan's nudge due meanwhile) comes at the tick now, not at the next up to a
        # minute away
        elif kind == Session.KIND and self.timer.isActive():
            self.timer.start(0)
            self._on_changed()

    def _on_setting(self, name: str, _value: object) -> None:
        if name.startswith(("reminders.", "day.")) and self.timer.isActive():
            self._arm()  # a new interval or time may come sooner than the planned tick
            self._refresh()

    def _after_change(self) -> None:
        self.save_state()
        self._refresh()
        self.menu.refresh(self.scheduler.status())
        if self.timer.isActive():
            self._arm()

    def _refresh(self) -> None:
        """Icon and tooltip; touched only when their words change (ticks stay cheap)."""
        status = self.scheduler.status()
        shown = (TRAY_STATE[status.mode], status.tooltip(self.now(), status_words()))
        if shown != self._tray_shown:
            self._tray_shown = shown
            self.tray.set_state(*shown)
