"""The after-session window from the keyboard: its boxes keep Enter for a new line, so
Ctrl+Enter keeps the words, as in the thought log and the proof list, and its Keep button has
an Alt letter of its own, in English and in Spanish (Tab, Tab, Enter was the only way)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.ui.common import i18n
from footholds.ui.common.alt_letters import letter
from footholds.ui.reflect.session_notes import SessionNotesWindow
from support import present

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(params=("en", "es"))
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    code = cast(str, request.param)
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    QApplication.processEvents()
    yield code
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, language: str) -> SessionNotesWindow:
    """The window open after a session today, "Something to try" typed."""
    ctx.store.add(Session(day="2026-12-07", time="10:45", minutes=10, therapist="Laura"))
    shown = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    shown.clock = lambda: datetime(2026, 12, 7, 11, 5).astimezone()
    ctx.windows.show("session-notes")
    qtbot.waitExposed(shown)
    present(shown.occurrence)
    qtbot.keyClicks(shown.remember, "Go slowly")
    shown.to_try.setFocus()
    qtbot.keyClicks(shown.to_try, "A walk after lunch")
    return shown


def kept(ctx: AppContext) -> dict[str, str]:
    [session] = ctx.store.all(Session)
    occurrence = present(ss.last_occurrence([session], datetime(2026, 12, 7, 11, 5).astimezone()))
    note = occurrence.note()
    return {"remember": note["remember"], "try": note["try"]}


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_in_a_box_keeps_the_words(
    ctx: AppContext, qtbot: QtBot, window: SessionNotesWindow, key: Qt.Key
) -> None:
    qtbot.keyClick(window.to_try, key, CTRL)
    assert kept(ctx) == {"remember": "Go slowly", "try": "A walk after lunch"}  # no new line
    assert window.said.text() != ""  # its thanks, as Keep says it
    assert not window.typed()


def test_enter_alone_is_still_a_new_line(
    ctx: AppContext, qtbot: QtBot, window: SessionNotesWindow
) -> None:
    qtbot.keyClick(window.to_try, Qt.Key.Key_Return)
    assert window.to_try.toPlainText() == "A walk after lunch\n"
    assert kept(ctx) == {"remember": "", "try": ""}


def test_keep_has_an_alt_letter_of_its_own_that_keeps_from_a_box(
    ctx: AppContext, qtbot: QtBot, window: SessionNotesWindow
) -> None:
    keep = window.keep
    mark = letter(keep.text())
    assert mark, f"no Alt letter on {keep.text()!r}"
    others = [
        letter(b.text())
        for b in window.findChildren(QAbstractButton)
        if b is not keep and b.isVisibleTo(window)
    ]
    assert mark not in others
    assert "&" not in keep.accessibleName()
    qtbot.keyClick(window.to_try, Qt.Key(ord(mark.upper())), ALT)
    qtbot.waitUntil(lambda: not window.typed())  # a mnemonic clicks as animateClick()
    assert window.to_try.toPlainText() == "A walk after lunch"  # no letter typed in
    assert kept(ctx) == {"remember": "Go slowly", "try": "A walk after lunch"}
