"""Esc in a search field holding words empties it and keeps the keyboard there; Esc in an
empty one closes the window, as before."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Proof
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day


def test_esc_in_the_proof_lists_search_clears_it_first(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(day=person_day(), text="Walked the dog in the rain"))
    ctx.store.add(Proof(day=person_day(), text="Called my brother"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "dog")
    assert window.list.count() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.search.text() == "" and window.search.hasFocus()
    assert window.list.count() == 2
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # empty now: the window closes
    assert not window.isVisible()


def test_esc_in_the_journals_search_clears_it_first(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(LogEntry(at=datetime.now().astimezone(), note="a walk in the rain"))
    window = cast(JournalWindow, ctx.windows.show("journal"))
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "rain")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.search.text() == "" and window.search.hasFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.isVisible()
