"""My sessions: a switch of language while the Undo still offers words Edit set aside. The
page is made again in the new language; the words used to be offered twice afterwards (the
old page's Undo and the new page's strip, or the form), until the Undo passed. They are
offered in one place only, and still come back from there."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_sessions_edit import button, page, row_of
from test_settings_width_language import speak

from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.ui.common import i18n
from footholds.ui.settings.settings_window import SettingsWindow


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    return ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))


@pytest.mark.parametrize("changed", [False, True], ids=["form-as-opened", "form-changed"])
def test_a_language_switch_offers_words_set_aside_in_one_place(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, weekly: Session, changed: bool
) -> None:
    editor = page(ctx, qtbot)
    win = cast(SettingsWindow, editor.window())
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    button(row_of(editor, weekly), "Edit").click()
    if changed:  # changes to Ana's session typed too
        editor.therapist.selectAll()
        qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    assert win.undo.pending()
    try:
        speak(qtbot, qapp, win, "es")
        win.present(SESSIONS_SECTION)
        qtbot.wait(50)
        sessions = win.sessions
        offered = [
            win.undo.pending(),
            sessions.aside_bar.isVisible(),
            sessions.therapist.text() == "Dr Bello",
        ]
        assert offered.count(True) == 1, offered
        # the form is as it was: editing Ana's session, with the changes typed to it
        assert sessions.editing is not None and sessions.editing.id == weekly.id
        assert sessions.therapist.text() == ("Ana Ruiz" if changed else "Ana")
        win.undo.timer.timeout.emit()  # any Undo's seconds pass: nothing goes, nor doubles
        assert sessions.aside_bar.isVisible()
        assert str(sessions.draft_words()).count("Dr Bello") == 1
        sessions.aside_bar.button.click()  # taken back from there
        assert sessions.editing is None and sessions.therapist.text() == "Dr Bello"
        assert not sessions.aside_bar.isVisible()
        win.undo.timer.timeout.emit()  # Ana's session set aside in turn, kept
        assert str(sessions.draft_words()).count("Dr Bello") == 1
    finally:
        i18n.remove(qapp)
