"""Words the proof list's editor gives back after a close or a crash come with the kept line
(ui/common/kept_words.line), under the words, as the quick log and every other window say
it: without it, words appearing from nowhere read as a muddle. The line goes once the words
do, and never shows over another entry's words."""

from __future__ import annotations

from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core.store import Proof
from footholds.ui.common.kept_words import kept_line
from footholds.ui.proofs.proof_list import ProofListWindow

WORDS = "Made tea when getting up felt like too much"


def built_again(ctx: AppContext, qtbot: QtBot) -> ProofListWindow:
    """The proof list after a start: built afresh, taking what was kept."""
    quitting.keep_drafts(ctx)  # as a quit, or the draft watch before a crash, leaves them
    ctx.windows.close_all()
    ctx.windows.forget("proof-list")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    return window


def test_a_new_entry_s_words_given_back_say_they_are_not_saved_yet(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.add_first.click()
    assert window.editor.kept.isHidden()  # nothing given back: no line, no room kept
    qtbot.keyClicks(window.editor.text, WORDS)

    window = built_again(ctx, qtbot)
    editor = window.editor
    assert editor.isVisible() and editor.text.toPlainText() == WORDS
    assert editor.kept.text() == kept_line() and editor.kept.isVisible()
    # under the words, above the day
    assert editor.text.y() < editor.kept.y() < editor.date.y()

    editor.text.clear()  # the words gone: the line with them
    assert editor.kept.isHidden()


def test_the_line_goes_with_the_words_once_saved_and_takes_no_room_after(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.add_first.click()
    fresh = window.editor.sizeHint().height()
    qtbot.keyClicks(window.editor.text, WORDS)

    window = built_again(ctx, qtbot)
    window.editor.save.click()
    assert [p.text for p in ctx.store.all(Proof)] == [WORDS]
    assert window.editor.kept.isHidden()
    window.add.click()  # a new entry, opened afresh: no blank band where the line was
    assert window.editor.kept.isHidden()
    assert window.editor.sizeHint().height() == fresh


def test_an_entry_s_words_given_back_say_so_when_it_opens_and_only_then(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Proof(text="Went out", day="2025-03-02"))
    ctx.store.add(Proof(text="Rang my sister", day="2025-03-01"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.list.setCurrentRow(0)  # the newest: Went out
    window.edit.click()
    qtbot.keyClicks(window.editor.text, " in the rain")

    window = built_again(ctx, qtbot)
    editor = window.editor
    assert not editor.isVisible()  # an entry's words wait for their entry
    window.list.setCurrentRow(1)
    window.edit.click()
    assert editor.text.toPlainText() == "Rang my sister"
    assert editor.kept.isHidden()  # another entry's words: nothing given back
    window.list.setCurrentRow(0)
    window.edit.click()
    assert editor.text.toPlainText() == "Went out in the rain"
    assert editor.kept.text() == kept_line() and editor.kept.isVisible()
    window.list.setCurrentRow(1)
    window.edit.click()  # the words given back wait again; the line is not for these
    assert editor.kept.isHidden()
    window.list.setCurrentRow(0)
    window.edit.click()
    assert editor.kept.isVisible()  # still the words kept at the close, not saved yet


def test_an_empty_proof_list_has_no_kept_line(ctx: AppContext, qtbot: QtBot) -> None:
    window = built_again(ctx, qtbot)
    window.add_first.click()
    assert window.editor.kept.isHidden()
