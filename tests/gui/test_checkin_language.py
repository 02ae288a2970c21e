"""The check-in window holding words typed when the language changes in Settings: it waits,
all in the language it was built in (its preview too, the page it would print), and once the
words are saved for the session it comes across whole, the person still in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot
from test_language_follows import english, switch  # noqa: F401  (a fixture)

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.checkin import CheckinWindow

TODAY = date(2026, 12, 6)  # a Sunday; the last session was on Saturday


@pytest.fixture
def checkin(
    ctx: AppContext,
    english: None,  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[CheckinWindow]:
    checkin_on(monkeypatch, TODAY)
    ctx.store.add(Session(day="2026-12-05", time="10:00"))
    ctx.store.add(Session(day="2026-12-09", time="10:00"))
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitUntil(window.isVisible)
    yield window


def page(window: CheckinWindow) -> str:
    window.refresh()
    return window.preview.toPlainText()


def test_a_preview_held_back_by_typed_words_stays_in_one_language(
    ctx: AppContext, qtbot: QtBot, checkin: CheckinWindow
) -> None:
    window = checkin
    window.talk.setFocus()
    qtbot.keyClicks(window.talk, "Sleep, and work")
    window.sections["feelings"].setChecked(False)
    switch(ctx, "es")
    assert ctx.windows.get("check-in") is window  # holding typed words: it waits
    shown = page(window)
    assert "1 day since my last session, on Sat 5 Dec." in shown  # not "on sáb 5 dic."
    assert "sáb" not in shown and "día" not in shown

    # saved for the session: it comes across at once, every word in the new language
    window.save_session.click()
    qtbot.waitUntil(lambda: ctx.windows.get("check-in") is not window)
    again = cast(CheckinWindow, ctx.windows.get("check-in"))
    assert again.isVisible() and again.windowTitle() == "Resumen para la sesión"
    assert again.talk.toPlainText() == "Sleep, and work"  # from the session that keeps it
    assert not again.sections["feelings"].isChecked()  # the parts chosen stay chosen
    shown = page(again)
    assert "sáb 5 dic" in shown and "Sat" not in shown and "since my last" not in shown
    assert again.save_session.text() == "Guardar para esta sesión"
    assert again.note.saved.text().startswith("Guardado.")


def test_words_not_saved_keep_the_window_waiting_after_the_person_leaves_it(
    ctx: AppContext, qtbot: QtBot, checkin: CheckinWindow
) -> None:
    window = checkin
    qtbot.keyClicks(window.talk, "Sleep")
    switch(ctx, "es")
    ctx.windows.show("today")
    qtbot.wait(50)
    assert ctx.windows.get("check-in") is window and window.talk.toPlainText() == "Sleep"


def divider(window: CheckinWindow) -> QSplitter:
    """The splitter between the choices and the preview."""
    split = window.findChild(QSplitter)
    assert split is not None
    return split


def test_the_splitter_dragged_and_the_windows_place_stay_when_it_comes_across(
    ctx: AppContext, qtbot: QtBot, checkin: CheckinWindow
) -> None:
    window = checkin
    # about the test screen's width (800 x 800), less the borders a window manager adds at the
    # sides, which the fitting leaves room for: both languages fit
    window.resize(QSize(792, 640))
    window.move(QPoint(30, 40))
    divider(window).setSizes([540, 222])  # the choices dragged wider than they need
    qtbot.wait(50)
    sizes = divider(window).sizes()
    place = (window.pos(), window.size())
    settings = ctx.windows.show("settings")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    switch(ctx, "es")
    qtbot.waitUntil(lambda: ctx.windows.get("check-in") is not window)
    again = cast(CheckinWindow, ctx.windows.get("check-in"))
    assert again.windowTitle() == "Resumen para la sesión"
    qtbot.wait(100)  # laid out, and any late fitting done
    assert (again.pos(), again.size()) == place
    now = divider(again).sizes()
    # the divider where it was dragged, as near as the new words let it: on this small a
    # screen the Spanish choices need more than the English ones were dragged to, and the
    # preview keeps its readable least
    where = max(sizes[0], again.choices.minimumSizeHint().width())
    assert abs(now[0] - where) <= 4 and abs(sum(now) - sum(sizes)) <= 4, (now, sizes)
