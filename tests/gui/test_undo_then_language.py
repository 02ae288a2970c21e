"""A window held in its language by an Undo on offer (ui/shell/language_follow.py) comes
across as soon as the offer ends: Undo pressed, or its seconds run out. It is never left
half in one language and half in the other, the thing put back built in the new one (the
Spanish tour: Reach out's headings in English around a restored card in Spanish)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_language_follows import english, in_settings, switch, texts  # noqa: F401

from footholds.app.build import AppContext
from footholds.core.store import Person, Proof
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day
from ts_catalog import load_catalog


@pytest.fixture
def yes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)


def english_words(window: QWidget) -> set[str]:
    """The words the window shows that Spanish says otherwise ("Del" is Spanish too)."""
    catalog = load_catalog("es")
    others = {source for (_c, source, _d), forms in catalog.items() if forms[0] != source}
    return (texts(window) & others) - {"Del"}


def placed(ctx: AppContext, qtbot: QtBot, name: str) -> QWidget:
    window = ctx.windows.show(name)
    window.resize(QSize(560, 640))
    window.move(QPoint(60, 70))
    qtbot.waitExposed(window)
    assert (window.pos(), window.size()) == (QPoint(60, 70), QSize(560, 640))
    return window


def go_back_to(qtbot: QtBot, window: QWidget) -> None:
    """The person clicks back into the window still in the language before."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QApplication.processEvents()  # the focus change's try: the person is in it, it waits


def across(ctx: AppContext, qtbot: QtBot, name: str, old: QWidget) -> QWidget:
    place = (old.pos(), old.size())
    qtbot.waitUntil(lambda: ctx.windows.get(name) is not old)
    window = ctx.windows.get(name)
    assert window.isVisible()
    assert (window.pos(), window.size()) == place  # where it was
    return window


def test_undo_in_reach_out_brings_the_whole_window_into_the_new_language(
    ctx: AppContext,
    english: None,  # noqa: F811
    yes: None,
    qtbot: QtBot,
) -> None:
    jo = ctx.store.add(Person(name="Jo", message="Thinking of you"))
    ctx.store.add(Person(name="Sam", message="Fancy a walk?"))
    old = cast(ReachOutWindow, placed(ctx, qtbot, "reach-out"))
    go_back_to(qtbot, old)
    old.people.cards[jo.id].drop.click()
    assert jo.id not in old.people.cards and old.undo_bar.pending()
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    assert ctx.windows.get("reach-out") is old  # the Undo on offer holds it back
    go_back_to(qtbot, old)
    assert ctx.windows.get("reach-out") is old  # the person is in it: still waiting

    old.undo_bar.button.click()
    window = cast(ReachOutWindow, across(ctx, qtbot, "reach-out", old))
    assert jo.id in window.people.cards and len(window.people.cards) == 2
    assert not english_words(window)
    assert "Copiar" in texts(window) and "Copy" not in texts(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the person stays in it


def test_undo_in_the_proof_list_brings_it_into_the_new_language(
    ctx: AppContext,
    english: None,  # noqa: F811
    yes: None,
    qtbot: QtBot,
) -> None:
    proof = ctx.store.add(Proof(day=person_day(), text="Answered the email I dreaded"))
    old = cast(ProofListWindow, placed(ctx, qtbot, "proof-list"))
    go_back_to(qtbot, old)
    old.list.setCurrentRow(0)
    old.remove.click()
    assert ctx.store.all(Proof) == [] and old.undo.pending()
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    go_back_to(qtbot, old)
    assert ctx.windows.get("proof-list") is old

    old.undo.button.click()
    window = cast(ProofListWindow, across(ctx, qtbot, "proof-list", old))
    assert [p.id for p in ctx.store.all(Proof)] == [proof.id]
    assert window.list.count() == 1
    assert not english_words(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_an_offer_running_out_brings_the_window_across_the_person_left_where_they_are(
    ctx: AppContext,
    english: None,  # noqa: F811
    yes: None,
    qtbot: QtBot,
) -> None:
    ctx.store.add(Proof(day=person_day(), text="Answered the email I dreaded"))
    old = cast(ProofListWindow, placed(ctx, qtbot, "proof-list"))
    go_back_to(qtbot, old)
    old.list.setCurrentRow(0)
    old.remove.click()
    settings = in_settings(ctx, qtbot)
    switch(ctx, "es")
    assert ctx.windows.get("proof-list") is old

    old.undo.timer.timeout.emit()  # its seconds are up: the removal stands
    window = across(ctx, qtbot, "proof-list", old)
    assert ctx.store.all(Proof) == []
    assert not english_words(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)  # still in Settings
