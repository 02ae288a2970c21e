"""Saving a finished goal to the proof list leaves the keyboard somewhere harmless: it
went on to the row's Remove, and Space then asked to remove the goal just kept."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import goals as g
from footholds.core.store import Goal
from footholds.ui.today.today import TodayWindow


def test_after_save_to_my_proof_list_the_focus_is_never_on_remove(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: asked.append(str(args)) or False)
    for title in ("Book a doctor's appointment", "Tidy the desk"):
        ctx.store.add(g.add_step(Goal(title=title), "Do it"))
    today = cast(TodayWindow, ctx.windows.show("today"))
    today.activateWindow()
    qtbot.waitUntil(today.isActiveWindow)
    today.refresh()
    today.next_done.click()
    today.next_done.click()
    rows = list(today.goals.rows.values())
    assert len(rows) == 2
    removes = [row.remove for row in rows]
    for row in rows:
        row.save.setFocus()
        qtbot.keyClick(row.save, Qt.Key.Key_Space)
        assert row.saved.isVisible()
        focused = today.focusWidget()
        assert focused is not None and focused not in removes, focused
        qtbot.keyClick(focused, Qt.Key.Key_Space)
        assert asked == []  # no question to remove anything
    assert all(row.saved.isVisible() for row in rows)
