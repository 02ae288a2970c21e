"""An Undo standing at Lock now: the window that offered it closes and goes, with the record
its Undo would put back. It is sealed with the drafts instead, nothing of it kept in memory
while locked, and offered back once after the unlock: "Put it back" restores it, "Let it go"
forgets it, and nothing comes back without the person's answer."""

from __future__ import annotations

import gc
import uuid
from typing import Any

import pytest
import test_unlock as base
from lock_starting import opened, start, stop
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_lock_app import unlock_in

from footholds.app.build import AppContext
from footholds.core.paths import Paths
from footholds.core.store import (
    Goal,
    LogEntry,
    Person,
    Proof,
    Record,
    RoutineItem,
    ThoughtLog,
    storage,
)
from footholds.ui.common.operations import save_record
from footholds.ui.common.prompter import GO, LATER, STAY
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.reflect.thought_log import ENTRY_ID, ThoughtLogWindow
from footholds.ui.today.today import TodayWindow

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


def words_in_memory(marker: str) -> list[str]:
    """Every string held by a Python object, or shown, told or named by a widget, that holds
    `marker` (not `marker` itself), the invisible break points (breaks.py) taken out first:
    a label shows a long run of letters with them."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    found = []
    for held in gc.get_objects():
        for part in gc.get_referents(held):
            if isinstance(part, str) and part is not marker and marker in unbroken(part):
                found.append(part)
    for widget in QApplication.allWidgets():
        said = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            said.append(widget.text())
        found += [text for text in said if marker in unbroken(text)]
    return found


def unbroken(text: str) -> str:
    """`text` without the invisible break points a label may show it with."""
    return text.replace("\u200b", "")


def remove_proof(ctx: AppContext, qtbot: QtBot, words: str) -> str:
    proof = save_record(ctx, Proof(day="2026-12-01", text=words), None)
    assert proof is not None
    window = ctx.windows.show("proof-list")
    assert isinstance(window, ProofListWindow)
    window.refresh()
    window.choose(proof.id)
    window.remove.click()
    assert window.undo.pending()
    return proof.id


def remove_entry(ctx: AppContext, qtbot: QtBot, words: str) -> str:
    entry = save_record(ctx, LogEntry(note=words), None)
    assert entry is not None
    window = ctx.windows.show("journal")
    assert isinstance(window, JournalWindow)
    qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0)
    window.view.setCurrentIndex(window.model.index(window.model.row_of(entry.id)))
    window.delete_button.click()
    assert window.undo_bar.pending()
    return entry.id


def remove_thought(ctx: AppContext, qtbot: QtBot, words: str) -> str:
    thought = save_record(ctx, ThoughtLog(thought=words), None)
    assert thought is not None
    window = ctx.windows.show("thought-log")
    assert isinstance(window, ThoughtLogWindow)
    window.refresh_past()
    for row in range(window.past.count()):
        item = window.past.item(row)
        if item.data(ENTRY_ID) == thought.id:
            window.past.setCurrentItem(item)
    window._on_remove_clicked()
    assert window.undo_bar.pending()
    return thought.id


def remove_goal(ctx: AppContext, qtbot: QtBot, words: str) -> str:
    goal = save_record(ctx, Goal(title=words), None)
    assert goal is not None
    window = ctx.windows.show("today")
    assert isinstance(window, TodayWindow)
    window.goals.refresh()
    window.goals.remove_goal(goal.id)
    assert window.undo_bar.pending()
    return goal.id


def remove_routine_item(ctx: AppContext, qtbot: QtBot, words: str) -> str:
    item = save_record(ctx, RoutineItem(text=words), None)
    assert item is not None
    window = ctx.windows.show("today")
    assert isinstance(window, TodayWindow)
    window.routine.refresh()
    window.routine.remove_item(item.id)
    assert window.undo_bar.pending()
    return item.id


def remove_person(ctx: AppContext, qtbot: QtBot, words: str) -> str:
    person = save_record(ctx, Person(name=words), None)
    assert person is not None
    window = ctx.windows.show("reach-out")
    assert isinstance(window, ReachOutWindow)
    window.refresh()
    window._on_person_remove(person.id)
    assert window.undo_bar.pending()
    return person.id


REMOVALS = {
    "proof": (remove_proof, Proof),
    "journal": (remove_entry, LogEntry),
    "thought": (remove_thought, ThoughtLog),
    "goal": (remove_goal, Goal),
    "routine": (remove_routine_item, RoutineItem),
    "person": (remove_person, Person),
}


class Answers:
    """ctx.prompter.ask_or_later, answered as the person would, each question noted: True
    brings it back, False lets it go, None closes the question unanswered."""

    def __init__(self, put_back: bool | None) -> None:
        self.put_back = put_back
        self.asked: list[tuple[str, str, str]] = []
        self.parents: list[object] = []

    def __call__(
        self, parent: object, _title: str, text: str, go: str, stay: str, _closes: object = None
    ) -> str:
        self.asked.append((text, go, stay))
        self.parents.append(parent)
        # "Let it go" is the answer that goes ahead; bringing back is the default that stays
        if self.put_back is None:
            return LATER
        return STAY if self.put_back else GO


def lock_and_unlock(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kind: str, answer: bool | None
) -> tuple[str, type[Record], Answers, str]:
    marker = uuid.uuid4().hex
    remove, cls = REMOVALS[kind]
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    answers = Answers(answer)
    monkeypatch.setattr(ctx.prompter, "ask_or_later", answers)
    gone = remove(ctx, qtbot, f"{marker} by the sea")
    assert ctx.store.get(cls, gone) is None
    assert ctx.locker.lock_now()
    kept = ctx.paths.drafts_file.read_bytes()
    assert kept.startswith(storage.SEALED_FILE) and marker.encode() not in kept
    assert words_in_memory(marker) == []  # nothing of it in memory while locked
    assert answers.asked == []
    dialog = ctx.locker.ask()
    assert dialog is not None
    unlock_in(dialog, qtbot)
    assert not ctx.locker.locked
    qtbot.waitUntil(lambda: bool(answers.asked))
    return gone, cls, answers, marker


@pytest.mark.parametrize("kind", sorted(REMOVALS))
def test_an_undo_standing_at_lock_now_is_offered_after_the_unlock_and_puts_it_back(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        gone, cls, answers, marker = lock_and_unlock(ctx, qtbot, monkeypatch, kind, True)
        [(text, go, stay)] = answers.asked
        assert text.startswith("Just before Footholds locked, you removed")
        assert f"{marker} by the sea" in text
        assert (go, stay) == ("Let it go", "Bring back")  # Enter brings it back
        back: Any = ctx.store.get(cls, gone)
        assert back is not None
        qtbot.wait(50)
        assert len(answers.asked) == 1  # offered once
        assert not paths.drafts_file.exists() or marker.encode() not in storage.decode(
            paths.drafts_file.read_bytes(), paths.drafts_file
        )
    finally:
        stop(ctx)


def test_let_it_go_forgets_what_was_removed_and_it_is_not_offered_again(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        gone, cls, answers, marker = lock_and_unlock(ctx, qtbot, monkeypatch, "proof", False)
        assert len(answers.asked) == 1
        assert ctx.store.get(cls, gone) is None
        qtbot.waitUntil(
            lambda: (
                not paths.drafts_file.exists()
                or marker.encode()
                not in storage.decode(paths.drafts_file.read_bytes(), paths.drafts_file)
            )
        )
        # a second Lock now and unlock: nothing left to offer
        assert ctx.locker.lock_now()
        dialog = ctx.locker.ask()
        assert dialog is not None
        unlock_in(dialog, qtbot)
        qtbot.wait(50)
        assert len(answers.asked) == 1
        assert ctx.store.get(cls, gone) is None
    finally:
        stop(ctx)


def test_a_quit_while_locked_keeps_it_for_the_next_start_with_the_entries_open(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app.quitting import bring_back_drafts, keep_drafts, offer_removed_at_start

    paths, _ = locked
    marker = uuid.uuid4().hex
    ctx = start(paths, opened)
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        gone = remove_proof(ctx, qtbot, f"{marker} by the sea")
        assert ctx.locker.lock_now()
        assert keep_drafts(ctx)  # quit while locked
    finally:
        stop(ctx)
    ctx = start(paths, opened)
    try:
        answers = Answers(True)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", answers)
        bring_back_drafts(ctx)
        offer_removed_at_start(ctx)
        qtbot.wait(50)
        assert answers.asked == []  # no window to ask in: not in a box of its own at login
        today = ctx.windows.show("today")  # the person opens Footholds
        qtbot.waitUntil(lambda: bool(answers.asked))
        assert answers.parents == [today]
        assert f"{marker} by the sea" in answers.asked[0][0]
        assert ctx.store.get(Proof, gone) is not None
    finally:
        stop(ctx)
