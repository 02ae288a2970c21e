"""Words the quick log gives back after a close or a crash come with the kept line (ui/common
kept_words.kept_line) in the keys hint's place, as in every other window: without it, words
appearing from nowhere read as a muddle. The line goes once the words do."""

from __future__ import annotations

from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.ui.common.kept_words import kept_line
from footholds.ui.journal.quick_log import QuickLogWindow


def built_again(ctx: AppContext) -> QuickLogWindow:
    """The quick log after a start: built afresh, taking what was kept."""
    ctx.windows.forget("quick-log")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    return cast(QuickLogWindow, ctx.windows.show("quick-log"))


def test_words_given_back_say_they_are_not_saved_yet(ctx: AppContext, qtbot: QtBot) -> None:
    log = cast(QuickLogWindow, ctx.windows.show("quick-log"))
    assert log.hint_cell.status.isHidden()  # nothing given back: the keys hint
    qtbot.keyClicks(log.form.note, "a heavy day")
    quitting.keep_drafts(ctx)

    log = built_again(ctx)
    assert log.form.note.toPlainText() == "a heavy day"
    status = log.hint_cell.status
    assert status.text() == kept_line() and not status.isHidden()
    assert log.hint_cell.hint.isHidden()

    log.form.note.clear()  # the words gone: the line with them, the hint back
    assert status.isHidden()
    assert not log.hint_cell.hint.isHidden()


def test_an_empty_quick_log_has_no_kept_line(ctx: AppContext) -> None:
    log = built_again(ctx)
    assert log.hint_cell.status.isHidden()
