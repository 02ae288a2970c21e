"""The two gentle offers around a therapy session, each made once: before it (the day before
by default), to look at the check-in summary and note what to talk about; after it, once the
quiet has passed, to keep what to remember and something to try.

One single-shot coarse timer waits for the next offer (core/sessions.py next_offer_at): no
polling. An offer follows the reminder rules: it waits while reminders are paused or quiet,
while the screen is full screen, in do-not-disturb or locked, and during a call and the calm
minutes after it. Whenever one of those rules may have changed (a setting, a pause, the
reminders' status), the timer is armed afresh.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer

from footholds.core import sessions as ss
from footholds.core.store import Session, StoreWriteError
from footholds.core.store.models import now_local

if TYPE_CHECKING:
    from footholds.platform.notify import Notifier
    from footholds.ui.context import AppContext

log = logging.getLogger(__name__)
MAX_WAIT = timedelta(hours=1)  # a suspend pauses timers, not the clock: look again hourly
HELD_WAIT = timedelta(minutes=10)  # held back with no known end (a pause until resumed)
MIN_WAIT_MS = 5000


class SessionOffers(QObject):
    """Makes the before and after offers at their time, as notifications."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        clock: Callable[[], datetime] = now_local,
        notifier: Notifier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self._notifier = notifier  # chosen on first use
        self.shown: ss.Offer | None = None
        # offers made this run, by session and key: if noting one in the store fails, it is
        # still never made twice
        self.made: set[tuple[str, str]] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.session_notes_opened.connect(self._on_notes_opened)
        ctx.signals.setting_changed.connect(self._on_setting_changed)
        ctx.reminders.changed.connect(self.arm)  # a pause, a resume, a call, quiet hours
        # locked, the sessions cannot be read (the offers wait); unlocked, or the lock turned
        # on or off (the store closed and opened again), they are read afresh
        ctx.locker.changed.connect(lambda _locked: self.arm())

    def start(self) -> None:
        self.arm()

    def arm(self, at: datetime | None = None) -> None:
        """Wait for the next offer (or `at`); stop when there is none to wait for."""
        if not self.ctx.store.is_open:  # a restore, the lock's switch or the quit: it is
            self.timer.stop()  # armed again when the store opens and says so
            return
        now = self.clock()
        if at is None:
            at = ss.next_offer_at(self._sessions(), now, self._before())
        if at is None:
            self.timer.stop()
            return
        wait = min(max(at - now, timedelta(0)), MAX_WAIT)
        self.timer.start(max(MIN_WAIT_MS, int(wait.total_seconds() * 1000)))

    def check(self) -> None:
        """Make the offer that is due, unless the reminder rules hold it back for now."""
        if not self.ctx.store.is_open:
            return
        now = self.clock()
        offer = ss.due_offer(self._sessions(), now, self._before())
        if offer is None:
            self.arm()
            return
        held_until = self.held_until(now)
        if held_until is not None:
            self.arm(held_until)
            return
        if offer.kind == "before" and self._summary_open():
            # the person is in the summary it offers (and may have just saved words for this
            # session there, moving it): noted as made, never popping up over them
            self._mark(offer)
        else:
            self.show(offer)
        self.arm()

    def _summary_open(self) -> bool:
        """Whether the person is in the check-in window now: shown, not minimised, and the
        active window (open but buried or minimised, the offer would be noted as made and
        never seen)."""
        window = self.ctx.windows.open_windows().get("check-in")
        return (
            window is not None
            and window.isVisible()
            and not window.isMinimized()
            and window.isActiveWindow()
        )

    def held_until(self, now: datetime) -> datetime | None:
        """When a reminder could be shown again, if reminders are held back now."""
        driver = self.ctx.reminders
        status = driver.scheduler.status()
        if status.mode == "paused":
            return status.paused_until or now + HELD_WAIT
        if status.mode == "quiet":
            return status.quiet_until or now + HELD_WAIT
        if driver.desk_busy():
            return now + HELD_WAIT
        return driver.call_holds_until()  # the reminders' own wait for a call

    def show(self, offer: ss.Offer) -> None:
        """Put the offer on screen once, and note that it was made."""
        notifier = self._choose_notifier()
        if offer.kind == "before":
            title = self.tr("Your next session")
            body = self.tr(
                "If you like, look over your check-in summary and note what you want to talk about."
            )
            label = self.tr("Open the summary")
        else:
            from footholds.ui.reflect import session_words  # only when an offer is made

            title = self.tr("After your session")
            body = session_words.after_offer_body(offer.occurrence.start, self.clock())
            label = self.tr("Write it down")
        actions = [("default", label), ("open", label), ("skip", self.tr("Not now"))]
        self.shown = offer
        # it fades like a reminder card does: an offer, never something left waiting on screen
        seconds = int(self.ctx.settings["reminders.card_seconds"])
        notifier.send(title, body, actions, self._on_action, seconds * 1000)
        # one gentle prompt at a time: a reminder card held by the same quiet (a plan's
        # nudge, a Later) comes a calm minute after the offer, never over it
        self.ctx.reminders.scheduler.prompt_shown(self.clock() + timedelta(seconds=seconds))
        self._mark(offer)

    def _mark(self, offer: ss.Offer) -> None:
        self.made.add((offer.occurrence.session.id, offer.key))
        current = self.ctx.store.get(Session, offer.occurrence.session.id)
        if current is None:
            return
        try:
            self.ctx.store.update(ss.mark_offered(ss.Offer(offer.kind, _with(offer, current))))
        except StoreWriteError as exc:  # kept in memory; the store says so itself
            log.warning("could not note the session offer: %s", exc.strerror)

    def open(self, offer: ss.Offer) -> None:
        """Open what the offer is about."""
        if offer.kind == "before":
            self.ctx.windows.show("check-in")
        else:
            occurrence = offer.occurrence
            self.ctx.windows.show(
                "session-notes", session_id=occurrence.session.id, key=occurrence.key.isoformat()
            )

    def _on_action(self, key: str) -> None:
        offer, self.shown = self.shown, None
        if offer is not None and key in ("default", "open"):
            self.open(offer)

    def _choose_notifier(self) -> Notifier:
        if self._notifier is None:
            from footholds import APP_ID
            from footholds.platform.notify import choose_notifier

            self._notifier = choose_notifier(self.ctx.tray.icon, desktop_entry=APP_ID)
        return self._notifier

    def _sessions(self) -> list[Session]:
        sessions = self.ctx.store.all(Session)
        # an offer made but not noted (the store could not write) counts as made here too
        return [_marked(s, self.made) for s in sessions]

    def _before(self) -> str:
        return str(self.ctx.settings["sessions.before_offer"])

    def _on_store_changed(self, kind: str) -> None:
        if kind == Session.KIND:
            shown = self.shown
            open_ = self.ctx.store.is_open
            if shown is not None and open_ and not self._still_there(shown):
                self._withdraw()  # its session removed: the offer is about nothing now
            self.arm()

    def _on_notes_opened(self, session_id: str, day: str) -> None:
        """The person opened the after-session window on this session themselves: its
        offer popped up seconds later all the same, and stayed. Now it is withdrawn if on
        screen, and noted as made, so it does not come."""
        key = f"after:{day}"
        shown = self.shown
        if shown is not None and shown.key == key and shown.occurrence.session.id == session_id:
            self._withdraw()
        if (session_id, key) in self.made:
            return
        self.made.add((session_id, key))
        current = self.ctx.store.get(Session, session_id) if self.ctx.store.is_open else None
        if current is None or key in current.offered:
            return
        try:
            self.ctx.store.update(dataclasses.replace(current, offered=[*current.offered, key]))
        except StoreWriteError as exc:  # kept in memory (made); the store says so itself
            log.warning("could not note the session offer: %s", exc.strerror)

    def _still_there(self, offer: ss.Offer) -> bool:
        return self.ctx.store.get(Session, offer.occurrence.session.id) is not None

    def _withdraw(self) -> None:
        """Take the offer on screen away."""
        self.shown = None
        if self._notifier is not None:
            self._notifier.close()

    def _on_setting_changed(self, name: str, _value: Any) -> None:
        # the offer timing, and the reminder rules an offer waits by (quiet hours, calls…)
        if name.startswith(("sessions.", "reminders.")):
            self.arm()


def _with(offer: ss.Offer, record: Session) -> ss.Occurrence:
    """The offer's occurrence on the record as it is now (it may have changed since)."""
    o = offer.occurrence
    return ss.Occurrence(record, o.key, o.start, o.end, o.timed)


def _marked(record: Session, made: set[tuple[str, str]]) -> Session:
    """The record with the offers made this run noted, as the store would have them."""
    missing = [key for sid, key in sorted(made) if sid == record.id and key not in record.offered]
    return dataclasses.replace(record, offered=[*record.offered, *missing]) if missing else record
