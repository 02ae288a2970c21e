"""The check-in window held in its language by words typed and not saved keeps the whole
window in it: the shared pieces that word themselves again on a language change (the help
link, buttons from ui/common, the saved-file line) wait with it (the Spanish tour: "Get help
now" turned while the rest stayed Spanish)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import cast

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_language_follows import english, switch  # noqa: F401  (a fixture)

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.checkin import CheckinWindow

TODAY = date(2026, 12, 6)


@pytest.fixture
def checkin(
    ctx: AppContext,
    english: None,  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[CheckinWindow]:
    checkin_on(monkeypatch, TODAY)
    ctx.store.add(Session(day="2026-12-05", time="10:00"))
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitUntil(window.isVisible)
    yield window


def _words(window: QWidget) -> dict[str, str]:
    """Every button's and label's words, by where it sits in the window."""
    shown: dict[str, str] = {}
    for number, button in enumerate(window.findChildren(QAbstractButton)):
        shown[f"button {number}"] = f"{button.text()} | {button.accessibleName()}"
    for number, label in enumerate(window.findChildren(QLabel)):
        shown[f"label {number}"] = f"{label.text()} | {label.accessibleName()}"
    return shown


def test_a_check_in_waiting_on_typed_words_keeps_every_piece_in_its_language(
    ctx: AppContext, qtbot: QtBot, checkin: CheckinWindow
) -> None:
    window = checkin
    window.talk.setFocus()
    qtbot.keyClicks(window.talk, "Sleep, and work")
    before = _words(window)
    assert window.help_link.button.text() == "&Get help now"
    switch(ctx, "es")
    qtbot.wait(50)
    assert ctx.windows.get("check-in") is window  # holding typed words: it waits
    assert window.help_link.button.text() == "&Get help now"
    after = _words(window)
    changed = {k: (before[k], after.get(k)) for k in before if before[k] != after.get(k)}
    assert not changed
