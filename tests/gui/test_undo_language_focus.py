"""An Undo puts a proof back chosen, with the keyboard on it. When the language changed while
the Undo showed, the window is built again in it after the Undo: it came up with the keyboard
in Search and nothing chosen. Built again, it keeps the proof put back chosen, the keyboard
on it, as without a change of language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import OwnItem, Person, Proof
from footholds.ui.common import i18n
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day


@pytest.fixture
def english(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    yield
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    QApplication.processEvents()
    i18n.remove(ctx.app)


def test_the_proof_put_back_keeps_the_keyboard_in_the_window_built_again(
    ctx: AppContext, english: None, qtbot: QtBot, said_yes: list[str]
) -> None:
    for text in ("Went for a walk", "Called my sister", "Made soup"):
        ctx.store.add(Proof(day=person_day(), text=text))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.list.setCurrentRow(1)
    chosen = window.list.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(window.remove, Qt.MouseButton.LeftButton)
    assert window.undo.isVisible()
    ctx.settings.set("general.language", "es")  # as Settings does, the Undo still showing
    i18n.apply(ctx)
    QApplication.processEvents()
    assert ctx.windows.get("proof-list") is window  # it waits for the Undo
    qtbot.mouseClick(window.undo.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.windows.get("proof-list") is not window)
    again = cast(ProofListWindow, ctx.windows.get("proof-list"))
    assert again.windowTitle() == "Lo que ya he superado"
    QApplication.processEvents()
    item = again.list.currentItem()
    assert item is not None and item.data(Qt.ItemDataRole.UserRole) == chosen
    qtbot.waitUntil(again.list.hasFocus)
    assert again.list.currentItem() is item


def test_the_person_put_back_keeps_the_keyboard_in_reach_out_built_again(
    ctx: AppContext, english: None, qtbot: QtBot, said_yes: list[str]
) -> None:
    for name in ("Alex", "Sam", "Robin"):
        ctx.store.add(Person(name=name, how="a text message"))
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    [sam] = [p for p in ctx.store.all(Person) if p.name == "Sam"]
    window.people.cards[sam.id].drop.click()
    assert window.undo_bar.isVisible()
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    QApplication.processEvents()
    assert ctx.windows.get("reach-out") is window
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.windows.get("reach-out") is not window)
    again = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    assert again.windowTitle() != "Reach out"
    QApplication.processEvents()
    qtbot.waitUntil(again.people.cards[sam.id].drop.hasFocus)


def test_an_own_message_put_back_keeps_the_keyboard_in_reach_out_built_again(
    ctx: AppContext, english: None, qtbot: QtBot, said_yes: list[str]
) -> None:
    own = ctx.store.add(OwnItem(pack="reach_out", text="Fancy a walk this week?"))
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.own_drops[own.id].click()
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    QApplication.processEvents()
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.windows.get("reach-out") is not window)
    again = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    QApplication.processEvents()
    qtbot.waitUntil(again.own_drops[own.id].hasFocus)
