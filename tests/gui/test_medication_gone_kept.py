"""My medicines: words typed for a dose change whose medicine was removed are never let go
unseen. They were dropped at a close (the window's draft had nothing to put them under), at
a quit and at Lock now; now they are kept, offered in a strip at the next opening, and let
go only once the person says so."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core import drafts
from footholds.core.store import Medicine
from footholds.ui.journal.medication import MedicationWindow


def never_asked(*args: object, **kwargs: object) -> bool:
    raise AssertionError(f"asked at a quit: {args!r}")


def removed_with_words(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> tuple[MedicationWindow, Medicine]:
    """Sertraline chosen, a dose change typed for it, then Remove (answered yes)."""
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_a, **_k: True)
    ctx.store.add(Medicine(name="Fluoxetine", dose="10 mg"))
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    window.list.setCurrentRow(1)
    assert window.chosen() == sertraline
    qtbot.keyClicks(window.change_dose, "100 mg")
    qtbot.keyClicks(window.change_note, "Dr Lee suggested it")
    window.remove.click()
    assert ctx.store.get(Medicine, sertraline.id) is None
    assert "Sertraline is no longer on your list" in window.said.text()
    return window, sertraline


def qt_quits(ctx: AppContext) -> None:
    """What QApplication.quit() does before the loop ends, then the app's own shutdown step
    that keeps drafts (quitting.shutdown)."""
    QApplication.closeAllWindows()
    assert quitting.keep_drafts(ctx)


def built_again(ctx: AppContext) -> MedicationWindow:
    """My medicines after a start: built afresh, taking what was kept at the close."""
    ctx.windows.forget("medication")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    return cast(MedicationWindow, ctx.windows.show("medication"))


def offered(window: MedicationWindow) -> str:
    """The words the strip offers, as See them shows them ("" when it is not up)."""
    strip = window.gone_words
    if not strip.isVisibleTo(window):
        return ""
    assert "still here" in strip.line.text()
    if not strip.see.isChecked():
        strip.see.click()
    assert strip.words.isVisibleTo(window)
    return strip.words.text()


@pytest.mark.parametrize("menu", [True, False], ids=["tray-quit", "sigterm"])
def test_words_for_a_removed_medicine_are_offered_after_a_quit_and_go_when_let_go(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, menu: bool
) -> None:
    window, _sertraline = removed_with_words(ctx, qtbot, monkeypatch)
    window.close()
    monkeypatch.setattr(ctx.prompter, "ask", never_asked)  # a logout cannot answer
    if menu:  # the tray's Quit: drafts kept first, then Qt closes the windows
        monkeypatch.setattr(ctx.app, "quit", lambda: qt_quits(ctx))
        quitting.request_quit(ctx.app, ctx)
    else:  # SIGTERM and `footholds quit` call app.quit() alone
        qt_quits(ctx)
    gone = drafts.take(ctx.paths.drafts_file)["medication"]["change"]["gone"]
    assert [c["dose"] for c in gone] == ["100 mg"]

    again = built_again(ctx)
    assert again is not window
    words = offered(again)
    assert words.splitlines()[0] == "Sertraline"
    assert "New dose: 100 mg" in words and "Note: Dr Lee suggested it" in words
    assert again.change_dose.text() == ""  # never put under another medicine
    again.gone_words.copy.click()
    assert "New dose: 100 mg" in QGuiApplication.clipboard().text()

    asked: list[str] = []

    def answer(_parent: QWidget, title: str, *_a: object) -> bool:
        asked.append(title)
        return len(asked) > 1  # Keep them first, then Let them go

    monkeypatch.setattr(ctx.prompter, "ask", answer)
    again.gone_words.let_go.click()  # asked first: kept
    assert asked == ["Let these words go?"] and "100 mg" in offered(again)
    assert quitting.keep_drafts(ctx)
    assert "gone" in drafts.take(ctx.paths.drafts_file)["medication"]["change"]
    again.gone_words.let_go.click()  # then let go, and gone from the drafts file too
    assert not again.gone_words.isVisibleTo(again)
    assert again.draft() is None
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())
    assert offered(built_again(ctx)) == ""


def test_words_for_a_removed_medicine_stay_through_a_closed_window(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed, the window holds them, greyed as left, and keeps them for a quit."""
    window, _sertraline = removed_with_words(ctx, qtbot, monkeypatch)
    window.close()
    assert ctx.windows.show("medication") is window
    assert window.change_dose.text() == "100 mg" and not window.change_dose.isEnabled()
    assert window.let_go.isVisibleTo(window) and window.copy_change.isVisibleTo(window)
    kept = quitting.held_drafts(ctx.windows)["medication"]["change"]["gone"]
    assert [(c["name"], c["dose"]) for c in kept] == [("Sertraline", "100 mg")]


def test_undo_puts_words_offered_in_the_strip_back_under_their_medicine(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another medicine chosen, the removed one's words went aside under a medicine gone,
    never to be seen again; now the strip offers them, and Undo still brings them back."""
    window, sertraline = removed_with_words(ctx, qtbot, monkeypatch)
    window.list.setCurrentRow(0)  # Fluoxetine
    assert window.change_dose.text() == ""
    assert "New dose: 100 mg" in offered(window)
    assert "no longer on your list" not in window.said.text()  # said in the strip now
    window.undo_bar.button.click()
    assert window.chosen() == sertraline
    assert window.change_dose.text() == "100 mg" and window.change_dose.isEnabled()
    assert offered(window) == ""
    window.add_change.click()
    found = ctx.store.get(Medicine, sertraline.id)
    assert found is not None and [c["dose"] for c in found.changes] == ["100 mg"]


def test_words_offered_go_back_under_their_medicine_once_it_is_back(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a start, the medicine back (a backup restored): the words go under it again."""
    _window, sertraline = removed_with_words(ctx, qtbot, monkeypatch)
    qt_quits(ctx)
    again = built_again(ctx)
    assert "100 mg" in offered(again)
    ctx.store.add(sertraline)
    assert offered(again) == ""
    again.list.setCurrentRow(again.list.count() - 1)
    assert again.chosen() == sertraline and again.change_dose.text() == "100 mg"
