"""Every removal of the person's own words asks once, in the one style (ctx.prompter), and
"Keep it" keeps them: before, the proof list, medicines, own affirmations, own numbers, own
suggestions and sessions removed at the first click while other windows asked."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from footholds.core.store import Affirmation, Medicine, OwnLine, Proof
from footholds.ui.common.prompter import excerpt
from footholds.ui.context import AppContext
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day, present


@pytest.fixture
def said_no(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda _p, q, _a: asked.append(q) or False)
    return asked


def test_keep_it_keeps_a_proof(ctx: AppContext, qtbot: QtBot, said_no: list[str]) -> None:
    ctx.store.add(Proof(day=person_day(), text="Walked round the block"))
    window = ctx.windows.show("proof-list")
    qtbot.waitExposed(window)
    window.list.setCurrentRow(0)  # type: ignore[attr-defined]
    window.remove.click()  # type: ignore[attr-defined]
    assert len(said_no) == 1
    assert [p.text for p in ctx.store.all(Proof)] == ["Walked round the block"]
    assert not window.undo.isVisible()  # type: ignore[attr-defined]


def test_keep_it_keeps_a_medicine(ctx: AppContext, qtbot: QtBot, said_no: list[str]) -> None:
    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = ctx.windows.show("medication")
    qtbot.waitExposed(window)
    window.list.setCurrentRow(0)  # type: ignore[attr-defined]
    window.remove.click()  # type: ignore[attr-defined]
    assert said_no == ["Remove “Sertraline” from your medicines?"]
    assert [m.name for m in ctx.store.all(Medicine)] == ["Sertraline"]


def test_keep_it_keeps_own_words_and_numbers(
    ctx: AppContext, qtbot: QtBot, said_no: list[str]
) -> None:
    ctx.store.add(Affirmation(text="Mine to keep"))
    words = ctx.windows.show("affirmation")
    qtbot.waitExposed(words)
    words.hide_button.click()  # type: ignore[attr-defined]
    assert [a.text for a in ctx.store.all(Affirmation)] == ["Mine to keep"]
    ctx.store.add(OwnLine(name="My GP", number="020 7946 0000"))
    help_now = ctx.windows.show("help-now")
    qtbot.waitExposed(help_now)
    own = help_now.own  # type: ignore[attr-defined]
    own.refresh()
    [remove] = [b for b in own.rows[0].findChildren(QPushButton) if b.text() == "Remove"]
    remove.click()
    assert [line.name for line in ctx.store.all(OwnLine)] == ["My GP"]
    assert len(said_no) == 2


def test_a_question_quotes_only_the_start_of_long_words() -> None:
    long = "word " * 200
    short = excerpt(long)
    assert len(short) <= 81 and short.endswith("…")
    assert excerpt("  two\nlines  ") == "two lines"
    assert excerpt("x" * 80) == "x" * 80


def test_after_a_removal_the_keyboard_waits_on_undo_then_goes_back_to_the_list(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    """The Remove button it was on was disabled by the refresh, and Qt handed the focus on to
    the next button, Get help now: one more Enter opened the crisis window. Now it waits on
    Undo, as in every window, so one more Enter puts the entry back, chosen again, and the
    keyboard is back on the list."""
    for text in ("Walked round the block", "Made tea", "Called Sam"):
        ctx.store.add(Proof(day=person_day(), text=text))
    window = ctx.windows.show("proof-list")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    proofs = cast(ProofListWindow, window)
    proofs.list.setCurrentRow(0)
    chosen = present(proofs.chosen()).id
    proofs.remove.setFocus()
    qtbot.keyClick(proofs.remove, Qt.Key.Key_Return)
    assert said_yes and proofs.undo.button.hasFocus()
    qtbot.keyClick(proofs.undo.button, Qt.Key.Key_Return)
    assert present(proofs.chosen()).id == chosen
    assert proofs.list.hasFocus() and not proofs.undo.isVisible()


def test_when_the_undo_offer_ends_the_keyboard_goes_back_where_it_was(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    from footholds.core.store import LogEntry

    ctx.store.add(LogEntry(note="one"))
    ctx.store.add(LogEntry(note="two"))
    journal = ctx.windows.show("journal")
    qtbot.waitExposed(journal)
    journal.activateWindow()
    qtbot.waitUntil(journal.isActiveWindow)
    view = journal.view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.model().rowCount() > 1)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    journal.delete_button.click()  # type: ignore[attr-defined]
    bar = journal.undo_bar  # type: ignore[attr-defined]
    assert bar.button.hasFocus()
    bar.dismiss()
    assert view.hasFocus()
