"""Plan something: new words written for one of the person's own activities and not saved
were lost when Footholds quit (or crashed) mid-edit, and when the window closed, though every
other field keeps its words. They are kept as the window's draft and come back as its field
opens again on that activity; after a close of Footholds with the kept line, gone with them."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_own_activity_remove import _pick, _window
from test_quit_keeps_words import built_again, qt_quits

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core import drafts
from footholds.core.store import Activity
from footholds.ui.common import kept_words
from footholds.ui.today.activity_plan import PlanActivityWindow


def _renaming(ctx: AppContext, qtbot: QtBot, words: str) -> tuple[PlanActivityWindow, str]:
    """The window with "Play the piano" open in the field and `words` typed over it."""
    own = ctx.store.add(Activity(text="Play the piano", kind="enjoyment"))
    plan = _window(ctx, qtbot)
    _pick(plan, "Play the piano")
    plan.own_ideas.change.click()
    field = plan.own_ideas.rename.field
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, words)
    return plan, own.id


def _reopen(ctx: AppContext, qtbot: QtBot, plan: PlanActivityWindow) -> None:
    qtbot.waitExposed(plan)
    _pick(plan, "Play the piano")
    plan.activateWindow()
    plan.ideas.setFocus()
    qtbot.waitUntil(plan.ideas.hasFocus)
    qtbot.keyClick(plan.ideas, Qt.Key.Key_F2)
    qtbot.waitUntil(plan.own_ideas.rename.field.hasFocus)


def test_new_words_come_back_after_a_quit_with_the_kept_line(ctx: AppContext, qtbot: QtBot) -> None:
    plan, activity = _renaming(ctx, qtbot, "Play the guitar")
    assert plan.draft() == {"rename": {"id": activity, "words": "Play the guitar"}}
    qt_quits(ctx)
    kept = drafts.take(ctx.paths.drafts_file)["plan-activity"]
    assert kept == {"rename": {"id": activity, "words": "Play the guitar"}}

    again = cast(PlanActivityWindow, built_again(ctx, "plan-activity"))
    assert again is not plan
    rename = again.own_ideas.rename
    assert not rename.isVisible()  # waiting for the field to open again
    assert again.draft() == kept  # and kept again at the next close meanwhile
    _reopen(ctx, qtbot, again)
    assert rename.field.text() == "Play the guitar" and not rename.field.hasSelectedText()
    assert again.said.text() == kept_words.kept_line()
    qtbot.keyClicks(rename.field, " slowly")  # after the words, not over them
    qtbot.keyClick(rename.field, Qt.Key.Key_Return)
    assert [a.text for a in ctx.store.all(Activity)] == ["Play the guitar slowly"]
    assert again.said.text() == ""  # saved: the kept line goes with the words
    assert again.draft() is None
    assert quitting.keep_drafts(ctx) and not ctx.paths.drafts_file.exists()


def test_new_words_kept_while_typing_come_back_after_a_crash(ctx: AppContext, qtbot: QtBot) -> None:
    _renaming(ctx, qtbot, "Sing")
    assert quitting.keep_drafts_now(ctx)  # as the draft watch keeps them, a little after
    again = cast(PlanActivityWindow, built_again(ctx, "plan-activity"))
    _reopen(ctx, qtbot, again)
    assert again.own_ideas.rename.field.text() == "Sing"


def test_new_words_wait_while_the_window_is_closed_and_cancel_lets_them_go(
    ctx: AppContext, qtbot: QtBot
) -> None:
    plan, activity = _renaming(ctx, qtbot, "Play the guitar")
    plan.close()
    plan = _window(ctx, qtbot)
    rename = plan.own_ideas.rename
    assert not rename.isVisible()  # opened afresh, the buttons in their place
    assert plan.draft() == {"rename": {"id": activity, "words": "Play the guitar"}}
    _reopen(ctx, qtbot, plan)
    assert rename.field.text() == "Play the guitar"
    assert plan.said.text() != kept_words.kept_line()  # Footholds never closed
    qtbot.keyClick(rename.field, Qt.Key.Key_Escape)  # the person leaves the old words
    assert plan.draft() is None
    _reopen(ctx, qtbot, plan)
    assert rename.field.text() == "Play the piano"
    assert [a.text for a in ctx.store.all(Activity)] == ["Play the piano"]


def test_words_for_an_activity_gone_since_are_not_kept(ctx: AppContext, qtbot: QtBot) -> None:
    plan, activity = _renaming(ctx, qtbot, "Play the guitar")
    plan.close()
    record = ctx.store.get(Activity, activity)
    assert record is not None
    ctx.store.remove(record)  # removed elsewhere (the command line)
    assert plan.draft() is None
