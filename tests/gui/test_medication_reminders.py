"""Medication reminders on screen: at the set time, named by the part of the day, and never
with a medicine's name, on the card or in a notification. Done ticks today's medication."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from reminder_support import FakeNotifier, Kind, Rig

from footholds.app.build import AppContext
from footholds.core import days, medication
from footholds.core.store import Medicine

NAMES = ("Sertraline", "Lithium", "my evening pill")


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    for name in NAMES:
        ctx.store.add(Medicine(name=name, dose="50 mg"))
    ctx.settings.set("reminders.movement_enabled", False)
    ctx.settings.set("reminders.rest_enabled", False)
    ctx.settings.set("medication.enabled", True)
    ctx.settings.set("medication.times", ["10:30"])
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


def card_texts(card: QWidget) -> str:
    parts = [label.text() for label in card.findChildren(QLabel)]
    parts += [b.text() + b.accessibleName() for b in card.findChildren(QAbstractButton)]
    return " ".join(parts)


def test_the_card_says_the_part_of_the_day_and_no_name(rig: Rig, qtbot: QtBot) -> None:
    rig.run(31)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    assert card.title.text() == "A reminder you set"
    assert card.text.text() == "Your morning reminder"
    words = card_texts(card)
    for name in (*NAMES, "50 mg"):
        assert name.lower() not in words.lower()


def test_a_notification_carries_no_name_either(rig: Rig, qtbot: QtBot) -> None:
    rig.ctx.settings.set("reminders.delivery", "notification")
    notifier = FakeNotifier()
    rig.driver.presenter._notifier = notifier
    rig.run(31)
    [(title, body, actions, _timeout)] = notifier.sent
    said = " ".join([title, body, *(label for _key, label in actions)])
    assert "Your morning reminder" in body
    for name in (*NAMES, "50 mg"):
        assert name.lower() not in said.lower()


def test_done_ticks_todays_medication(rig: Rig, qtbot: QtBot) -> None:
    rig.run(31)
    qtbot.waitUntil(rig.card.isVisible)
    rig.card.done_button.click()
    today = days.day_of(rig.clock.now(), rig.ctx.settings["day.start_hour"])
    assert rig.outcomes()[-1] == ("medication", "done")
    assert medication.taken_on(rig.ctx.store, today) is not None


def test_a_tick_that_could_not_be_saved_is_not_said_to_be_ticked(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(medication, "set_taken", full_disk)
    rig.run(31)
    qtbot.waitUntil(rig.card.isVisible)
    rig.card.done_button.click()
    said = rig.card.ack.text()
    assert said == "That tick could not be saved just now."
    assert "ticked" not in said and "Noted" not in said


def test_hide_this_one_does_nothing_for_a_medication_reminder(rig: Rig, qtbot: QtBot) -> None:
    rig.run(31)
    qtbot.waitUntil(rig.card.isVisible)
    rig.driver.presenter.hide_current()
    from footholds.core.store import ContentMark

    assert rig.ctx.store.all(ContentMark) == []


def test_off_means_no_medication_reminder(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("reminders.movement_enabled", False)
    ctx.settings.set("reminders.rest_enabled", False)
    ctx.settings.set("medication.times", ["10:30"])
    made = Rig(ctx)
    made.driver.start()
    try:
        made.run(31)
        assert made.driver.presenter._card is None
    finally:
        made.close()


def test_no_kind_is_left_without_words() -> None:
    assert Kind.MEDICATION in list(Kind)
