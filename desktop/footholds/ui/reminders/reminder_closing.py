"""How an answered reminder card goes (reminder_card.py): its thank-you line, left up long
enough to read, then a soft fade before it hides; and what that line says.

Kept apart from the card because it is timing alone: how long a thank-you stays, and the
fade, both stopped at once when another reminder takes the card. The words are kept apart
from the presenter (reminder_presenter.py), which records the answer and asks for them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QObject, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from footholds.core import content
from footholds.core.reminders import Kind, clock_text
from footholds.core.store import StoreWriteError
from footholds.core.unsaved_words import held
from footholds.ui.common.operations import held_words

if TYPE_CHECKING:
    from footholds.core.scheduler import Scheduler

ACK_MS = 2500  # how long a thank-you stays before the card fades
HELD_ACK_MS = 12_000  # a thank-you saying the win is only held for now: time to read it
FADE_OUT_MS = 400


class Closing(QObject):
    """The card's thank-you line (`line`), its time on screen (`timer`, which the card
    connects to its fade_out), and the fade."""

    def __init__(self, card: QWidget) -> None:
        super().__init__(card)
        self._card = card
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ACK_MS)
        self._fade = QPropertyAnimation(card, b"windowOpacity", self)
        self._fade.setDuration(FADE_OUT_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self._on_fade_finished)

    def wait(self, *, lasting: bool) -> None:
        """The thank-you is up: the card fades after a moment, or, `lasting`, after long
        enough to read that the win is only held for now."""
        self.timer.start(HELD_ACK_MS if lasting else ACK_MS)

    def fade_out(self) -> None:
        """Go away softly (where the desktop draws window opacity), then hide."""
        self.timer.stop()
        if self._card.isVisible() and self._fade.state() != QPropertyAnimation.State.Running:
            self._fade.start()

    def stop(self) -> None:
        """Neither thanking nor fading any more: the card is fully there again."""
        self.timer.stop()
        self._fade.stop()
        self._card.setWindowOpacity(1.0)

    def active(self) -> bool:
        """Thanking or fading: no longer waiting for an answer."""
        return self.timer.isActive() or self._fade.state() == QPropertyAnimation.State.Running

    def _on_fade_finished(self) -> None:
        self._card.hide()
        self._card.setWindowOpacity(1.0)


class ThanksWords(QObject):
    """What the thank-you line says after an answer: kind words for Done and Not now, when a
    Later one will come back, or what became of a Done that could not be kept."""

    def __init__(
        self,
        scheduler: Scheduler,
        rng: random.Random,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self._rng = rng
        self._language = language

    def after(
        self, outcome: str, kind: Kind, *, kept: bool = True, win: StoreWriteError | bool = True
    ) -> tuple[str, bool]:
        """The line for `outcome`, and whether it stays up long enough to read (a small win
        held for now). `kept` False: a medication tick not saved; `win`: the small win of a
        Done saved (True), refused (held in memory or not), or not saved (False)."""
        thanks = self.say(outcome, kind)
        refused = win if isinstance(win, StoreWriteError) else None
        held_for_now = refused is not None and held(refused)
        if not kept:  # the thanks would say it is ticked: say what happened instead
            thanks = self.tr("That tick could not be saved just now.")
        elif refused is not None and held_for_now:
            # "Done, and added to today's small wins." while the win waits in memory: say
            # where it is, as every held thank-you does, long enough to read it
            noted = self.tr("Done. Your small win is noted.")
            thanks = f"{noted} {held_words(refused)}"
        elif win is not True:  # not kept at all: nothing was added
            thanks = self.tr("Done. It could not be added to today's small wins just now.")
        return thanks, held_for_now

    def say(self, outcome: str, kind: Kind) -> str:
        """The kind words for an answer: Done and Not now thanked, Later said when."""
        if outcome in ("done", "skipped"):
            # words for what this reminder was about: a medicine is not "a little movement"
            return content.acknowledgement(outcome, self._rng, self._language(), kind.value)
        if outcome == "snoozed":
            return self.later(kind)
        return ""

    def later(self, kind: Kind) -> str:
        """When a Later one will really come back: the snooze, or later when quiet (a therapy
        session, quiet hours, a pause) holds it past that; a movement put off until about when
        a rest is due comes with that rest. Nothing said when no time is known (paused until
        resumed): a promise of minutes would not be kept."""
        back = self.scheduler.comes_back_at(kind)
        # a rest held until about then too (a long session's quiet) comes in its place
        with_rest = self.scheduler.comes_with_rest(kind)
        if with_rest:
            back = self.scheduler.comes_back_at(Kind.REST)
        if back is None:
            return ""
        now = self.scheduler.now()
        minutes = max(1, round((back - now).total_seconds() / 60))
        # held past its time by a session's quiet: it comes as that ends, maybe a moment
        # after the session's own offer, so the words name the session, not minutes alone
        session = not with_rest and self.scheduler.comes_after_session(kind)
        if minutes < 60:
            if with_rest:
                return self.tr(
                    "All right. It will come with your rest, in about %n minutes.", "", minutes
                )
            if session:
                return self.tr(
                    "All right. It will come back after your session, in about %n minutes.",
                    "",
                    minutes,
                )
            return self.tr("All right. It will come back in about %n minutes.", "", minutes)
        from footholds.ui.reminders.reminder_words import status_words

        local = back.astimezone(now.tzinfo)
        if local.date() != now.date():
            # "tomorrow at 04:00" carries its own "at": "come back at tomorrow" would not do
            when = clock_text(back, now, status_words())
            if with_rest:
                return self.tr("All right. It will come with your rest, {when}.").format(when=when)
            return self.tr("All right. It will come back {when}.").format(when=when)
        time = local.strftime("%H:%M")
        if with_rest:
            return self.tr("All right. It will come with your rest, at {time}.").format(time=time)
        if session:
            return self.tr("All right. It will come back after your session, at {time}.").format(
                time=time
            )
        return self.tr("All right. It will come back at {time}.").format(time=time)
