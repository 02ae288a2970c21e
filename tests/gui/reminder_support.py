"""A reminder driver on a fake clock with fake idle and desktop sources, for the GUI tests."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from fakes import FakeClock
from footholds.app.build import AppContext
from footholds.app.reminder_driver import ReminderDriver
from footholds.core.reminders import Kind
from footholds.core.store import LogEntry, ReminderEvent
from footholds.platform.busy.base import BusySources
from footholds.platform.screen.base import ContextSources
from footholds.ui.common.top_windows import top_windows
from footholds.ui.reminders.reminder_card import ReminderCard

MONDAY_10 = datetime(2024, 5, 6, 10, 0, tzinfo=ZoneInfo("Europe/London"))


class FakeIdle:
    name, available, reason = "fake idle", True, "for tests"

    def __init__(self) -> None:
        self.seconds: float | None = 0.0

    def idle_seconds(self) -> float | None:
        return self.seconds


class FakeState:
    name, available, reason = "fake state", True, "for tests"

    def __init__(self) -> None:
        self.on = False
        self.asked = 0

    def active(self) -> bool:
        self.asked += 1
        return self.on


class FakeBusy:
    """A microphone, camera or screen: in use or not, or None for "can't tell"."""

    name, available, reason = "fake busy", True, "for tests"

    def __init__(self) -> None:
        self.on: bool | None = False
        self.asked = 0

    def in_use(self) -> bool | None:
        self.asked += 1
        return self.on


class FakeNotifier:
    """Records what would be sent; `press(key)` is the person clicking a button."""

    name, reason = "fake notifier", "for tests"

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.sent: list[tuple[str, str, list[tuple[str, str]], int]] = []
        self.closed = 0
        self._on_action: Callable[[str], None] | None = None

    def send(
        self,
        title: str,
        body: str,
        actions: list[tuple[str, str]],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None:
        self.sent.append((title, body, actions, timeout_ms))
        self._on_action = on_action

    def close(self) -> None:
        self.closed += 1

    def press(self, key: str) -> None:
        assert self._on_action is not None
        self._on_action(key)


class Rig:
    """The driver, its clock and sources, and quick looks at what was recorded."""

    def __init__(self, ctx: AppContext, start: datetime = MONDAY_10) -> None:
        self.ctx = ctx
        self.clock = FakeClock(start)
        self.idle = FakeIdle()
        self.fullscreen, self.dnd, self.locked = FakeState(), FakeState(), FakeState()
        self.microphone, self.camera, self.screen = FakeBusy(), FakeBusy(), FakeBusy()
        self.driver = self.make_driver()

    def make_driver(self) -> ReminderDriver:
        ctx = self.ctx
        return ReminderDriver(
            ctx.settings,
            ctx.store,
            ctx.paths,
            ctx.tray,
            clock=self.clock,
            idle=self.idle,
            context=ContextSources(self.fullscreen, self.dnd, self.locked),
            busy=BusySources(self.microphone, self.camera, self.screen),
            rng=random.Random(7),
            parent=ctx.app,
        )

    @property
    def card(self) -> ReminderCard:
        return self.driver.presenter.card

    def run(self, minutes: float, step: float = 30) -> None:
        """Tick every `step` seconds, as the timer would."""
        for _ in range(round(minutes * 60 / step)):
            self.clock.advance(step)
            self.driver.tick()

    def events(self) -> list[ReminderEvent]:
        return self.ctx.store.all(ReminderEvent)

    def outcomes(self) -> list[tuple[str, str]]:
        return [(e.reminder, e.outcome) for e in self.events()]

    def wins(self) -> list[LogEntry]:
        return [e for e in self.ctx.store.all(LogEntry) if e.source == "reminder"]

    def close(self) -> None:
        self.driver.timer.stop()
        self.driver.presenter.dismiss()
        if self.driver.presenter._card is not None:
            self.driver.presenter._card.deleteLater()


def visible_cards() -> list[ReminderCard]:

    return [w for w in top_windows() if isinstance(w, ReminderCard) and w.isVisible()]


__all__ = ["MONDAY_10", "FakeNotifier", "Kind", "Rig", "visible_cards"]
