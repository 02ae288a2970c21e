"""The Undo strip's words follow a language chosen while it shows: its message as well as its
button (the button said "Deshacer" beside "Removed from your proof list.")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import cast

import pytest
from checkin_support import my_sessions, remove
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Proof, Session
from footholds.ui.common import i18n
from footholds.ui.common.operations import save_record
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.settings.settings_window import SettingsWindow
from support import present


def switch(ctx: AppContext, code: str) -> None:
    """As choosing it in Settings does (build.wire calls apply on the setting's change)."""
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.fixture
def english(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    yield
    switch(ctx, "en")
    i18n.remove(ctx.app)


def test_a_removal_said_on_the_strip_follows_the_language_there_and_back(
    ctx: AppContext, english: None, said_yes: list[str]
) -> None:
    proof = present(save_record(ctx, Proof(day="2026-12-01", text="Called the dentist"), None))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    window.refresh()
    window.choose(proof.id)
    window.remove.click()
    assert window.undo.message.whole == "Removed from your proof list."
    switch(ctx, "es")
    assert window.undo.pending()
    assert window.undo.message.whole == "Quitado de lo que ya has superado."
    assert window.undo.button.text().replace("&", "") == "Deshacer"  # its Alt letter aside
    switch(ctx, "en")
    assert window.undo.message.whole == "Removed from your proof list."
    assert window.undo.button.text().replace("&", "") == "Undo"  # its Alt letter aside
    window.undo.button.click()
    assert ctx.store.get(Proof, proof.id) is not None  # the Undo still puts it back


def test_a_session_removed_in_settings_is_said_in_the_new_language_on_its_new_page(
    ctx: AppContext, english: None, said_yes: list[str], qtbot: QtBot
) -> None:
    """Settings makes its pages again in a new language; the offer goes on there, said in it."""
    session = ctx.store.add(Session(day="2026-12-06", time="11:00", therapist="Ana"))
    editor = my_sessions(ctx, qtbot, datetime(2026, 12, 6, 16, 0).astimezone())
    remove(editor, session)
    assert editor.undo.message.whole.startswith("Removed the session: ")
    switch(ctx, "es")
    settings = cast(SettingsWindow, ctx.windows.get("settings"))
    assert settings.sessions.undo.pending()
    assert settings.sessions.undo.message.whole.startswith("Sesión quitada: ")
    switch(ctx, "en")
    again = cast(SettingsWindow, ctx.windows.get("settings")).sessions
    assert again.undo.message.whole.startswith("Removed the session: ")
    again.undo.button.click()
    assert ctx.store.get(Session, session.id) is not None
