"""The proof list's editor when the entry it changes is gone (removed elsewhere, an older
backup restored, an entry removed while its editor was open): the words are never lost to
a Save that can only fail, nor put away under the gone entry's id, out of view for good."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts, keep_drafts
from footholds.core import drafts
from footholds.core.store import Proof
from footholds.ui.proofs.proof_list import ProofListWindow

WORDS = "Walked round the block when it all felt too much"


@pytest.fixture(autouse=True)
def no_boxes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box offscreen waits for a click that never comes: what would be said."""
    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text, *_a, **_k: told.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text, *_a, **_k: told.append(text))
    return told


@pytest.fixture(autouse=True)
def asked(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What Cancel asked before letting go of words (no modal offscreen): Discard them."""
    questions: list[str] = []

    def ask(_p: object, _title: str, text: str, **_k: object) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(ctx.prompter, "ask", ask)
    return questions


def editing(ctx: AppContext, qtbot: QtBot) -> tuple[ProofListWindow, Proof]:
    """An entry open in the editor, with new words typed over it."""
    proof = ctx.store.add(Proof(text="Went out", day="2025-03-02", tags=["walks"]))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.list.setCurrentRow(0)
    window.edit.click()
    window.editor.text.setPlainText(WORDS)
    window.editor.text.document().setModified(True)  # as typing leaves it
    return window, proof


def test_an_entry_removed_while_its_editor_is_open_says_so_and_keeps_the_words(
    ctx: AppContext, qtbot: QtBot, no_boxes: list[str]
) -> None:
    """Save failed with "no longer in Footholds" for ever, and Cancel lost the words."""
    window, proof = editing(ctx, qtbot)
    ctx.store.remove(proof)  # elsewhere: another window, a restore
    assert window.editor.isVisible()
    assert window.editor.message.isVisible()
    assert "no longer in your proof list" in window.editor.message.text()
    assert window.editor.save.text().replace("&", "") == "Keep as a new entry"
    window.editor.save.click()
    [kept] = ctx.store.all(Proof)
    assert (kept.text, kept.day, kept.tags) == (WORDS, "2025-03-02", ["walks"])
    assert no_boxes == []
    assert not window.editor.isVisible()
    assert not window.editor.message.isVisible()


def test_saying_the_entry_is_gone_moves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    """The sentence made the card taller: the list shrank and the window grew (s37, s39).
    It takes its room from the words' box, which scrolls, so the card keeps its height."""
    for text in ("Went to work after a sleepless night", "Got through the funeral week"):
        ctx.store.add(Proof(text=text, day="2025-03-01"))
    window, proof = editing(ctx, qtbot)
    settle(qtbot, window)
    card, tall = window.editor.height(), window.height()
    ctx.store.remove(proof)
    settle(qtbot, window)
    assert window.editor.message.isVisible()
    assert (window.editor.height(), window.height()) == (card, tall)
    message = window.editor.message
    assert message.height() >= message.heightForWidth(message.width())  # all of it shows
    window.editor.cancel.click()
    settle(qtbot, window)
    window.list.setCurrentRow(0)
    window.edit.click()
    settle(qtbot, window)
    assert window.editor.height() == card  # the words' box whole again


def test_save_says_so_first_when_the_removal_was_not_heard(
    ctx: AppContext, qtbot: QtBot, no_boxes: list[str]
) -> None:
    """Gone without a word to the window (a restore's files): Save says so, then keeps."""
    window, proof = editing(ctx, qtbot)
    window.ctx.signals.store_changed.disconnect(window._on_store_changed)
    ctx.store.remove(proof)
    window.editor.save.click()
    assert ctx.store.all(Proof) == []
    assert no_boxes == []  # not "That entry is no longer in Footholds" in a box
    assert window.editor.save.text().replace("&", "") == "Keep as a new entry"
    window.editor.save.click()
    assert [p.text for p in ctx.store.all(Proof)] == [WORDS]


def test_an_entry_back_by_undo_is_changed_in_place(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    """Removed from the list under the open editor, then Undo: Save changes it again."""
    window, proof = editing(ctx, qtbot)
    window.list.setCurrentRow(0)
    window.remove.click()
    assert window.editor.save.text().replace("&", "") == "Keep as a new entry"
    qtbot.mouseClick(window.undo.button, Qt.MouseButton.LeftButton)
    assert window.editor.save.text().replace("&", "") == "Save changes"
    assert not window.editor.message.isVisible()
    window.editor.save.click()
    [changed] = ctx.store.all(Proof)
    assert (changed.id, changed.text) == (proof.id, WORDS)


def test_words_put_away_for_a_gone_entry_are_offered(ctx: AppContext, qtbot: QtBot) -> None:
    """Esc put them away under the gone entry's id: no row would ever open them again."""
    window, proof = editing(ctx, qtbot)
    ctx.store.remove(proof)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()
    assert window.kept_bar.isVisible()
    window.kept_bar.button.click()
    assert window.editor.isVisible()
    assert window.editor.text.toPlainText() == WORDS
    assert window.editor.save.text().replace("&", "") == "Keep as a new entry"
    assert not window.kept_bar.isVisible()
    window.editor.save.click()
    assert [p.text for p in ctx.store.all(Proof)] == [WORDS]
    assert window.editor.drafts == {}


def test_words_kept_at_a_quit_for_an_entry_gone_by_the_next_start_are_offered(
    ctx: AppContext, qtbot: QtBot, asked: list[str]
) -> None:
    """Kept in the drafts file under the gone id, they came back at every start and were
    kept again at every close, never in view."""
    _window, proof = editing(ctx, qtbot)
    assert keep_drafts(ctx)
    ctx.windows.close_all()
    ctx.windows.forget("proof-list")
    ctx.store.remove(proof)  # by the next start: an older backup restored, say
    bring_back_drafts(ctx)
    again = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(again)
    assert again.kept_bar.isVisible()
    again.kept_bar.button.click()
    assert again.editor.text.toPlainText() == WORDS
    assert again.editor.date.date().toString("yyyy-MM-dd") == "2025-03-02"
    again.editor.cancel.click()  # let go of, by the person: gone from the drafts file too
    assert asked == ["Close without saving your words?"]
    assert not again.kept_bar.isVisible()
    assert again.editor.drafts == {}
    qtbot.waitUntil(lambda: "proof-list" not in drafts.take(ctx.paths.drafts_file))


def test_cancel_over_words_whose_entry_is_gone_asks_first(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened from the strip, Cancel threw the words away and settled the drafts file
    without a word; the journal asks first. Keep editing stays, with the words kept."""
    _window, proof = editing(ctx, qtbot)
    assert keep_drafts(ctx)  # a quit with them open
    ctx.windows.close_all()
    ctx.windows.forget("proof-list")
    ctx.store.remove(proof)  # by the next start
    bring_back_drafts(ctx)
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.kept_bar.button.click()
    answers = [False, True]  # Keep editing, then Discard the words
    questions: list[str] = []

    def ask(_p: object, _title: str, text: str, **_k: object) -> bool:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ctx.prompter, "ask", ask)
    window.editor.cancel.click()
    assert questions == ["Close without saving your words?"]
    assert window.editor.isVisible() and window.editor.text.toPlainText() == WORDS
    qtbot.wait(50)  # a settle would have run by now
    assert "proof-list" in drafts.take(ctx.paths.drafts_file)
    window.editor.cancel.click()
    assert len(questions) == 2 and not window.editor.isVisible()
    assert window.editor.drafts == {} and ctx.store.all(Proof) == []
    qtbot.waitUntil(lambda: "proof-list" not in drafts.take(ctx.paths.drafts_file))


def test_cancel_over_an_entry_still_saved_asks_nothing(
    ctx: AppContext, qtbot: QtBot, asked: list[str]
) -> None:
    window, _proof = editing(ctx, qtbot)
    window.editor.cancel.click()
    assert asked == [] and not window.editor.isVisible()
