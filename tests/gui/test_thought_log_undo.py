"""Undo in the thought log puts back the thought that was open where it was: the thought
came back to the list, but the steps stayed empty and nothing in the list was chosen, so
the person who had just read it had to find it and click it again."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import ThoughtLog
from footholds.ui.reflect.thought_log import ThoughtLogWindow


@pytest.fixture
def log(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ThoughtLogWindow:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    window = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_undo_opens_again_the_thought_that_was_open(ctx: AppContext, log: ThoughtLogWindow) -> None:
    ctx.store.add(ThoughtLog(thought="Nobody likes me", belief_before=60))
    log.refresh_past()
    log._on_past_activated(log.past.item(0))
    log.remove.click()
    assert log.pages.thought.toPlainText() == ""
    log.undo_bar.undo()
    assert log.pages.thought.toPlainText() == "Nobody likes me"
    assert log.pages.before.value() == 60
    assert log.past.currentRow() == 0 and log.remove.isEnabled()
    log.pages.thought.setPlainText("Nobody likes me, some days")
    log.save.click()  # changed again, not saved as a second one
    assert [e.thought for e in ctx.store.all(ThoughtLog)] == ["Nobody likes me, some days"]


def test_undo_leaves_a_new_thought_being_written(ctx: AppContext, log: ThoughtLogWindow) -> None:
    ctx.store.add(ThoughtLog(thought="Nobody likes me"))
    log.refresh_past()
    log._on_past_activated(log.past.item(0))
    log.remove.click()
    log.pages.thought.setPlainText("Something else weighs on me")  # started meanwhile
    log.undo_bar.undo()
    assert log.pages.thought.toPlainText() == "Something else weighs on me"
    assert log.past.count() == 1


def test_delete_on_the_list_asks_and_removes_the_chosen_thought(
    ctx: AppContext, log: ThoughtLogWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Delete did nothing on the past thoughts, where it asks to remove in the journal and
    the proof list; typing in a box, it is the box's Delete and removes no thought."""
    asked: list[object] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: asked.append(args) or True)
    kept = ctx.store.add(ThoughtLog(thought="Nobody likes me"))
    log.refresh_past()
    log.pages.thought.setFocus()
    qtbot.keyClick(log.pages.thought, Qt.Key.Key_Delete)
    assert asked == [] and len(ctx.store.all(ThoughtLog)) == 1
    log.past.setCurrentRow(0)
    log.past.setFocus()
    qtbot.keyClick(log.past, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert ctx.store.all(ThoughtLog) == []
    assert log.undo_bar.isVisible()
    log.undo_bar.undo()
    assert [e.id for e in ctx.store.all(ThoughtLog)] == [kept.id]
