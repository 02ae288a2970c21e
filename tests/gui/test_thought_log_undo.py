"""Undo in the thought log puts back the thought that was open where it was: the thought
came back to the list, but the steps stayed empty and nothing in the list was chosen, so
the person who had just read it had to find it and click it again."""

from __future__ import annotations

from typing import cast

import pytest
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
