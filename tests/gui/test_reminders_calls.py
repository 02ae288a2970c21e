"""The reminder adapter during a call: it waits, asks only when a reminder is due, then one
welcome back a few minutes after the call, on a fake clock with fake devices."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reminder_support import Rig

from footholds.app.build import AppContext
from footholds.ui.shell.welcome_back import welcome_back


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


@pytest.mark.parametrize("device", ["microphone", "camera", "screen"])
def test_a_call_holds_the_reminder_then_one_welcome_back(
    rig: Rig, qtbot: QtBot, device: str
) -> None:
    reasons = []
    rig.driver.deferred.connect(lambda kind, reason: reasons.append((kind, reason)))
    getattr(rig, device).on = True
    rig.run(44)
    assert getattr(rig, device).asked == 0  # nothing due yet: nobody asked
    rig.run(16)
    assert rig.driver.presenter.current is None and reasons == [("movement", "call")]
    assert [(e.outcome, e.reason) for e in rig.events()] == [("deferred", "call")]
    getattr(rig, device).on = False
    rig.run(2.5)
    assert rig.driver.presenter.current is None  # a few calm minutes first
    rig.run(1)
    assert rig.card.isVisible()
    assert rig.card.text.text().startswith("Welcome back. ")
    assert rig.outcomes()[-1] == ("movement", "shown")


def test_the_tray_says_a_reminder_waits_for_the_call(rig: Rig, qtbot: QtBot) -> None:
    rig.microphone.on = True
    rig.run(46)
    assert rig.driver.presenter.current is None
    assert rig.ctx.tray.icon.toolTip() == "Reminders wait until your call ends"
    rig.microphone.on = False
    rig.run(1)
    assert rig.ctx.tray.icon.toolTip().startswith("Next movement in about")


def test_devices_that_cannot_tell_never_hold_a_reminder(rig: Rig, qtbot: QtBot) -> None:
    rig.microphone.on = rig.camera.on = rig.screen.on = None
    rig.run(46)
    assert rig.card.isVisible()
    assert not rig.card.text.text().startswith("Welcome back")


def test_with_calls_turned_off_the_devices_are_never_asked(rig: Rig, qtbot: QtBot) -> None:
    rig.ctx.settings.set("reminders.respect_calls", False)
    rig.microphone.on = True
    rig.run(46)
    assert rig.card.isVisible() and rig.microphone.asked == 0


def test_the_greeting_is_added_to_a_copy_and_is_spanish_in_spanish(qapp: QApplication) -> None:
    item = {"id": "m1", "text": "Roll your shoulders."}
    assert welcome_back(item) == {"id": "m1", "text": "Welcome back. Roll your shoulders."}
    assert item["text"] == "Roll your shoulders."
    assert welcome_back(None) is None
    from ts_catalog import load_catalog

    catalog = load_catalog("es")
    assert catalog[("WelcomeBack", "Welcome back.", "")] == ("Hola de nuevo.",)
