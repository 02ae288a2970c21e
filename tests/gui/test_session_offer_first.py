"""The "After your session" offer and the reminder cards held by the same quiet: the offer
comes first and no card comes over it. A tour saw a plan's nudge card and the offer come in
the same second, the offer covering the card's buttons (the order and the spacing are
tested on the fake clock in tests/unit/test_session_end_prompts.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
import shiboken6
from reminder_support import FakeBusy

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.platform.busy.base import BusySources
from footholds.ui.reflect.session_offers import SessionOffers


class FakeNotifier:
    name, available, reason = "fake", True, ""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(
        self,
        title: str,
        body: str,
        actions: list[tuple[str, str]],
        on_action: Callable[[str], None],
        timeout_ms: int,
    ) -> None:
        self.sent.append(title)

    def close(self) -> None:
        pass


def test_the_after_offer_holds_the_cards_while_it_shows(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.settings.set("reminders.quiet_hours", False)
    monkeypatch.setattr(ctx.reminders, "desk_busy", lambda: False)
    monkeypatch.setattr(ctx.reminders, "_busy", BusySources(FakeBusy(), FakeBusy(), FakeBusy()))
    held: list[datetime] = []
    monkeypatch.setattr(ctx.reminders.scheduler, "prompt_shown", held.append)
    ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w", therapist="Ana"))
    now = datetime(2026, 12, 8, 18, 6).astimezone()  # the quiet after the session is over
    notifier = FakeNotifier()
    offers = SessionOffers(ctx, notifier=notifier, clock=lambda: now)
    try:
        offers.check()
        assert notifier.sent == ["After your session"]
        seconds = int(ctx.settings["reminders.card_seconds"])
        assert held == [now + timedelta(seconds=seconds)]  # no card while it shows
    finally:
        offers.timer.stop()
        shiboken6.delete(offers)
