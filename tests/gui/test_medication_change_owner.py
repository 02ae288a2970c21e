"""My medicines: a dose change is only ever noted under the medicine it was typed for, even
when another is chosen or its own is removed elsewhere meanwhile."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Medicine
from footholds.ui.common.calm import long_date, person_today
from footholds.ui.common.scrolling import page_area
from footholds.ui.journal.medication import MedicationWindow


@pytest.fixture
def said(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window told through a dialog: none may hang the test."""
    told: list[str] = []
    for name in ("inform", "warn"):
        monkeypatch.setattr(ctx.prompter, name, lambda _p, words, *_a, **_k: told.append(words))
    return told


def two(ctx: AppContext) -> tuple[MedicationWindow, Medicine, Medicine]:
    fluoxetine = ctx.store.add(Medicine(name="Fluoxetine", dose="10 mg"))
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    return window, fluoxetine, sertraline


def choose(window: MedicationWindow, medicine: Medicine) -> None:
    for row in range(window.list.count()):
        if window.list.item(row).data(Qt.ItemDataRole.UserRole) == medicine.id:
            window.list.setCurrentRow(row)
    assert window.chosen() == medicine


def changes(ctx: AppContext, medicine: Medicine) -> list[str]:
    found = ctx.store.get(Medicine, medicine.id)
    return [c["dose"] for c in found.changes] if found else []


def test_a_medicine_removed_elsewhere_keeps_its_words_from_the_next_one_chosen(
    ctx: AppContext, qtbot: QtBot, said: list[str]
) -> None:
    window, fluoxetine, sertraline = two(ctx)
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    ctx.store.remove(sertraline)  # from the command line, another window
    assert "Sertraline is no longer on your list" in window.said.text()
    assert window.change_dose.text() == "100 mg"
    assert not window.add_change.isEnabled()
    choose(window, fluoxetine)  # never Fluoxetine's words
    assert window.change_dose.text() == ""
    window.add_change.click()
    assert changes(ctx, fluoxetine) == []
    # not lost: offered in the strip, and kept past a close (never let go unseen)
    assert window.gone_words.isVisibleTo(window)
    draft = window.draft()
    assert draft is not None and draft["change"]["gone"][0]["dose"] == "100 mg"
    # an Undo brings Sertraline back, with its words
    ctx.store.add(sertraline)
    choose(window, sertraline)
    assert window.change_dose.text() == "100 mg"
    window.add_change.click()
    assert changes(ctx, sertraline) == ["100 mg"]
    assert changes(ctx, fluoxetine) == []
    assert said == []


def test_words_typed_for_one_wait_aside_while_another_is_chosen(
    ctx: AppContext, qtbot: QtBot, said: list[str]
) -> None:
    window, fluoxetine, sertraline = two(ctx)
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    choose(window, fluoxetine)
    assert window.change_dose.text() == ""
    draft = window.draft()
    assert draft is not None and draft["change"]["aside"][sertraline.id]["dose"] == "100 mg"
    qtbot.keyClicks(window.change_dose, "20 mg")
    window.add_change.click()
    assert changes(ctx, fluoxetine) == ["20 mg"]
    choose(window, sertraline)
    assert window.change_dose.text() == "100 mg"
    window.add_change.click()
    assert changes(ctx, sertraline) == ["100 mg"]
    assert window.draft() is None


def test_removing_a_medicine_here_says_why_its_dose_change_words_stay(
    ctx: AppContext, qtbot: QtBot, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_a, **_k: True)
    window, fluoxetine, sertraline = two(ctx)
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    window.remove.click()
    assert ctx.store.get(Medicine, sertraline.id) is None
    # the words stay in view, greyed, and the window says why: not a blank line
    assert "Sertraline is no longer on your list" in window.said.text()
    assert window.change_dose.text() == "100 mg"
    assert not window.change_dose.isEnabled()
    window.undo_bar.button.click()  # Undo brings Sertraline back with them
    assert window.chosen() == sertraline
    assert window.change_dose.text() == "100 mg"
    assert window.said.text() == ""
    window.add_change.click()
    assert changes(ctx, sertraline) == ["100 mg"]
    assert changes(ctx, fluoxetine) == []
    assert said == []


def test_removing_a_medicine_with_no_words_typed_leaves_no_older_line(
    ctx: AppContext, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_a, **_k: True)
    window, _fluoxetine, sertraline = two(ctx)
    window.said.setText("Write the medicine's name first.")
    choose(window, sertraline)
    window.remove.click()
    assert ctx.store.get(Medicine, sertraline.id) is None
    assert window.said.text() == ""


def test_the_last_medicine_removed_leaves_its_dose_change_words_in_view(
    ctx: AppContext, qtbot: QtBot, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no medicine left, the dose-change rows were hidden, words and all, while the
    window said "Your words are still here"."""
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_a, **_k: True)
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    window.remove.click()
    assert "Sertraline is no longer on your list" in window.said.text()
    assert window.change_dose.isVisible() and window.change_dose.text() == "100 mg"
    settle(qtbot, window)  # the line saying why is in view, not cut at the page's foot
    area = page_area(window)
    foot = window.said.mapTo(area.viewport(), window.said.rect().bottomLeft()).y()
    assert foot <= area.viewport().height()
    window.undo_bar.button.click()
    assert window.change_dose.isVisible() and window.change_dose.text() == "100 mg"


def test_undo_is_named_only_while_its_strip_stands(
    ctx: AppContext, qtbot: QtBot, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line said "Undo brings Sertraline back" long after the strip had gone."""
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_a, **_k: True)
    window, _fluoxetine, sertraline = two(ctx)
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    window.remove.click()
    assert "Undo brings Sertraline back" in window.said.text()
    window.undo_bar.timer.timeout.emit()  # the strip's time is up
    assert not window.undo_bar.pending()
    assert "Sertraline is no longer on your list" in window.said.text()
    assert "Undo" not in window.said.text()
    assert window.let_go.isVisibleTo(window) and not window.remove.isVisibleTo(window)


def test_words_for_a_medicine_removed_elsewhere_can_be_let_go(
    ctx: AppContext, qtbot: QtBot, said: list[str]
) -> None:
    """Removed from the command line: there is no Undo to name, the words were greyed and
    could not be cleared, and were kept at every close for a medicine gone."""
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    ctx.store.remove(sertraline)
    assert "Sertraline is no longer on your list" in window.said.text()
    assert "Undo" not in window.said.text()
    draft = window.draft()  # nothing to go under, kept all the same for the next start
    assert draft is not None and draft["change"]["gone"][0]["dose"] == "100 mg"
    assert window.let_go.isVisibleTo(window)
    window.let_go.click()
    assert window.change_dose.text() == "" and window.said.text() == ""
    assert not window.let_go.isVisibleTo(window)
    assert not window.change_dose.isVisibleTo(window)  # no medicine left: no dose-change rows
    assert window.draft() is None  # let go by the person: nothing kept
    assert said == []


def test_with_no_medicine_neither_remove_nor_let_go_shows(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    assert not window.remove.isVisibleTo(window) and not window.let_go.isVisibleTo(window)
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    assert window.remove.isVisibleTo(window) and not window.let_go.isVisibleTo(window)
    ctx.store.remove(sertraline)
    assert not window.remove.isVisibleTo(window) and not window.let_go.isVisibleTo(window)


def test_words_for_a_medicine_removed_can_be_copied(
    ctx: AppContext, qtbot: QtBot, said: list[str]
) -> None:
    """They cannot be noted here: they can be pasted elsewhere."""
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    assert not window.copy_change.isVisibleTo(window)
    choose(window, sertraline)
    qtbot.keyClicks(window.change_dose, "100 mg")
    qtbot.keyClicks(window.change_note, "Dr Lee suggested it")
    ctx.store.remove(sertraline)
    assert window.copy_change.isVisibleTo(window) and window.let_go.isVisibleTo(window)
    line = window.said.text()
    window.copy_change.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == "Sertraline"
    assert "New dose: 100 mg" in copied and "Note: Dr Lee suggested it" in copied
    # the day named as the list names it, never "Today": pasted elsewhere, read another day
    today = long_date(person_today(ctx), capital=False, relative=False)
    assert copied.splitlines()[1] == f"From: {today}"
    assert window.copy_change.text() == "Copied"  # said where it was clicked, for a moment
    assert window.said.text() == line  # why the words are greyed is still said
    assert window.change_dose.text() == "100 mg"  # copied, not let go
    qtbot.waitUntil(lambda: window.copy_change.text() == "Copy them", timeout=4000)
    window.let_go.click()
    assert not window.copy_change.isVisibleTo(window)
    assert said == []
