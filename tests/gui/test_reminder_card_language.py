"""The reminder card is built once, at start, and kept: it must follow a language switched
in Settings while it lives, as the open windows do, whether it is on screen or waiting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from reminder_support import Kind, Rig

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.reminders.reminder_card import ReminderCard
from footholds.ui.reminders.reminder_words import duration_text


def switch(ctx: AppContext, code: str) -> None:
    """As choosing it in Settings does (build.wire calls apply on the setting's change)."""
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    QApplication.processEvents()  # a hidden card gets the change posted


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    """A driver whose card was built in English; English again afterwards."""
    switch(ctx, "en")
    made = Rig(ctx)
    made.driver.start()
    try:
        yield made
    finally:
        made.close()
        switch(ctx, "en")
        i18n.remove(ctx.app)


def words(card: ReminderCard) -> list[str]:
    """Every word a person sees on the card or in its ⋯ menu."""
    shown = [card.title.text(), card.seconds.text()]
    shown += [button.text() for button in card.findChildren(QAbstractButton)]
    shown += [action.text() for action in card.more_menu.actions()]
    return shown


SPANISH = ["Hecho", "Luego", "Ahora no", "Otra", "En una silla", "En la cama o el suelo"]
ENGLISH = ["Done", "Later", "Not now", "Another one", "Sitting", "Standing", "Lying down"]
ENGLISH_MENU = ["Hide this one", "Add your own…"]


def test_a_card_on_screen_changes_its_words_at_once_keeping_its_idea(
    ctx: AppContext, rig: Rig, qtbot: QtBot
) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    idea = card.text.text()
    ticked = [name for name, b in card.posture_buttons.items() if b.isChecked()]
    switch(ctx, "es")
    shown = words(card)
    assert set(SPANISH) <= set(shown)
    assert {"Ocultar esta", "Añadir una idea tuya…"} <= set(shown)
    assert not set(ENGLISH + ENGLISH_MENU) & set(shown)
    assert card.title.text() == "Un poco de movimiento"
    seconds = (card.item or {}).get("seconds")
    assert isinstance(seconds, int)
    assert card.seconds.text() == duration_text(seconds) and "About" not in card.seconds.text()
    assert card.done_button.accessibleName() != "Done: add it to today's small wins"
    # the idea and the posture ticked stay; the card is still up and asking
    assert card.text.text() == idea
    assert [name for name, b in card.posture_buttons.items() if b.isChecked()] == ticked
    assert card.showing
    # and back, as often as they like
    switch(ctx, "en")
    assert set(ENGLISH) <= set(words(card))


def test_a_card_built_in_english_shows_next_in_the_language_switched_to(
    ctx: AppContext, rig: Rig, qtbot: QtBot
) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    card.dismiss()
    switch(ctx, "es")
    rig.driver.remind_now(Kind.REST)
    qtbot.waitUntil(card.isVisible)
    shown = words(card)
    assert {"Hecho", "Luego", "Ahora no", "Otra"} <= set(shown)
    assert not set(ENGLISH + ENGLISH_MENU) & set(shown)
    assert card.windowTitle() == "Recordatorio de Footholds"
