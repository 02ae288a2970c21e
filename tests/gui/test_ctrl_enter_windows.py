"""Ctrl+Enter in the thought log, the proof list's editor and Reach out's person form goes
through the shared ui/common/ctrl_enter.py, as in the after-session window: one shortcut per
key in each window (two on the same keys make Qt fire neither), and either Enter key with Ctrl
does the window's one thing: the thought log's Next (Save on its last page), the editor's
Save, the person form's Save."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person, Proof, ThoughtLog
from footholds.ui.common.ctrl_enter import KEYS, CtrlEnter
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def one_ctrl_enter(window: QWidget) -> None:
    """Each of Ctrl+Return and Ctrl+Enter is one shortcut in `window`, the shared helper's."""
    assert len(window.findChildren(CtrlEnter)) == 1
    for keys in KEYS:
        sequence = QKeySequence(keys)
        found = [s for s in window.findChildren(QShortcut) if s.key() == sequence]
        assert len(found) == 1, (keys, found)


def test_the_thought_log_keeps_one_ctrl_enter_that_goes_on_then_saves(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    one_ctrl_enter(window)
    pages = window.pages
    thought = pages.thought
    thought.setFocus()
    qtbot.keyClicks(thought, "Nobody wants me around")
    qtbot.keyClick(thought, Qt.Key.Key_Return, CTRL)
    assert thought.toPlainText() == "Nobody wants me around"  # no new line typed
    assert pages.currentIndex() == 1
    last = pages.count() - 1
    while pages.currentIndex() < last:  # the keypad's Enter too
        at = pages.currentIndex()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Enter, CTRL | KEYPAD)
        assert pages.currentIndex() == at + 1
    assert ctx.store.count(ThoughtLog) == 0  # only the last page saves
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return, CTRL)
    assert [t.thought for t in ctx.store.all(ThoughtLog)] == ["Nobody wants me around"]


def test_the_proof_editor_saves_on_ctrl_enter_and_nothing_while_closed(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    one_ctrl_enter(window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(window.editor.text.hasFocus)
    qtbot.keyClicks(window.editor.text, "Called the doctor")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Enter, CTRL | KEYPAD)
    assert [p.text for p in ctx.store.all(Proof)] == ["Called the doctor"]
    assert not window.editor.isVisible()
    qtbot.keyClick(window.list, Qt.Key.Key_Return, CTRL)  # the editor closed: nothing
    assert ctx.store.count(Proof) == 1 and not window.editor.isVisible()


def test_the_person_form_saves_on_ctrl_enter_from_the_ready_message(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """In the ready message Enter is a new line: Ctrl+Enter saves the person, as the proof
    editor's box does; with the form closed it does nothing."""
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    one_ctrl_enter(window)
    window.add_person.click()
    form = window.form
    qtbot.waitUntil(form.name.hasFocus)
    qtbot.keyClicks(form.name, "Sam")
    form.message.setFocus()
    qtbot.keyClicks(form.message, "Thinking of you")
    qtbot.keyClick(form.message, Qt.Key.Key_Return, CTRL)
    assert [(p.name, p.message) for p in ctx.store.all(Person)] == [("Sam", "Thinking of you")]
    assert not form.isVisible()
    window.add_person.click()  # the keypad's Enter too, from the name
    qtbot.waitUntil(form.name.hasFocus)
    qtbot.keyClicks(form.name, "Ana")
    qtbot.keyClick(form.name, Qt.Key.Key_Enter, CTRL | KEYPAD)
    assert sorted(p.name for p in ctx.store.all(Person)) == ["Ana", "Sam"]
    qtbot.keyClick(window.add_person, Qt.Key.Key_Return, CTRL)  # the form closed: nothing
    assert ctx.store.count(Person) == 2 and not form.isVisible()
