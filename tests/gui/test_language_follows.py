"""A language chosen in Settings reaches every open window at once (Today showed "Lo hice"
beside "Micro-goals"): each says what a window opened now in that language says, in the same
place, while the keyboard stays in Settings; words being typed are never lost for it."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TypeVar, cast

import pytest
import test_unlock
from lock_starting import opened, start, stop
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.paths import Paths
from footholds.core.store import Proof
from footholds.ui.common import i18n
from footholds.ui.common.top_windows import top_windows
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.shell import language_follow
from footholds.ui.shell.registry import BY_NAME, names
from footholds.ui.shell.unlock import UnlockDialog
from support import person_day, present
from ts_catalog import load_catalog

locked = test_unlock.locked  # the fixture: a home with the lock on
NOT_IN_SETTINGS = [n for n in names() if n != "settings"]
W = TypeVar("W", bound=QWidget)


def switch(ctx: AppContext, code: str) -> None:
    """As choosing it in Settings does (build.wire calls apply on the setting's change)."""
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    QApplication.processEvents()  # the windows are brought across once the change is through
    QApplication.processEvents()


@pytest.fixture
def english(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    yield
    switch(ctx, "en")
    i18n.remove(ctx.app)


def texts(window: QWidget) -> set[str]:
    """The words the window shows (a part put away words itself again as it shows)."""

    def shown(widgets: list[W]) -> list[W]:
        return [w for w in widgets if w.isVisibleTo(window)]

    found = {window.windowTitle()}
    found |= {label.text() for label in shown(window.findChildren(QLabel))}
    found |= {button.text() for button in shown(window.findChildren(QAbstractButton))}
    for tabs in shown(window.findChildren(QTabWidget)):
        found |= {tabs.tabText(i) for i in range(tabs.count())}
    found |= {w.accessibleName() for w in shown(window.findChildren(QWidget))}
    return found - {""}


def translated(words: set[str]) -> set[str]:
    """The words among `words` that the Spanish catalog gives: what the code says, not the
    proofs, affirmations and steps a window picks at random from its content pack."""
    return words & {forms[0] for forms in load_catalog("es").values()}


def built_now(ctx: AppContext, name: str) -> QWidget:
    """The window as opening it now would build it (not through the manager)."""
    module_name, _, class_name = BY_NAME[name].target.partition(":")
    window = cast(QWidget, getattr(importlib.import_module(module_name), class_name)(ctx))
    present = getattr(window, "present", None)
    if callable(present):
        present()
    else:
        window.show()
    return window


def in_settings(ctx: AppContext, qtbot: QtBot) -> QWidget:
    settings = ctx.windows.show("settings")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    return settings


@pytest.mark.parametrize("name", NOT_IN_SETTINGS)
def test_an_open_window_says_what_it_would_say_opened_in_the_new_language(
    ctx: AppContext, english: None, qtbot: QtBot, name: str
) -> None:
    ctx.windows.show(name)
    settings = in_settings(ctx, qtbot)
    switch(ctx, "es")
    window = ctx.windows.get(name)
    assert window.isVisible() or name == "quick-log"  # it puts itself away for Settings
    # the person is still in Settings; a window built again there hands activation back a
    # moment later under load (None in between), while one that took it would stay active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    fresh = built_now(ctx, name)
    try:
        # (the safety plan shown in Get help now words itself again a moment later)
        qtbot.waitUntil(lambda: translated(texts(window)) == translated(texts(fresh)))
    finally:
        fresh.close()
        fresh.deleteLater()
    english_words = {
        source for (_c, source, _d), forms in load_catalog("es").items() if forms[0] != source
    }
    assert not (texts(window) & english_words) - {"Del"}


def test_today_and_the_proof_list_come_back_where_they_were(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    places = {}
    for name, spot in (("today", QPoint(40, 60)), ("proof-list", QPoint(500, 90))):
        window = ctx.windows.show(name)
        window.resize(QSize(520, 610))
        window.move(spot)
        places[name] = (window.pos(), window.size())
    settings = in_settings(ctx, qtbot)
    old_today = ctx.windows.get("today")
    assert "Micro-goals" in texts(old_today)

    switch(ctx, "es")
    today = ctx.windows.get("today")
    assert today is not old_today  # built again…
    shown = texts(today)
    assert "Microobjetivos" in shown and "Micro-goals" not in shown
    for name, (pos, size) in places.items():
        window = ctx.windows.get(name)
        assert window.isVisible()
        assert (window.pos(), window.size()) == (pos, size)  # …where it was
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)  # still in Settings
    assert settings.isVisible() and ctx.windows.get("settings") is settings


def typed_field(window: QWidget) -> QLineEdit:
    return next(f for f in window.findChildren(QLineEdit) if not f.isReadOnly())


def test_words_being_typed_are_kept_exactly_and_the_window_follows_once_they_are_saved(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    log = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    words = "I always  mess everything up, ¿no?"
    QTest.keyClicks(log.pages.thought, words)
    reach = ctx.windows.show("reach-out")
    QTest.keyClicks(typed_field(reach), "call my sister ")
    settings = in_settings(ctx, qtbot)

    switch(ctx, "es")
    # both stay as they were, every word and space in place, on screen
    assert ctx.windows.get("thought-log") is log and log.isVisible()
    assert log.pages.thought.toPlainText() == words
    assert ctx.windows.get("reach-out") is reach and reach.isVisible()
    assert typed_field(reach).text() == "call my sister "
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)

    # saved, then the person moves to another window: the thought log follows then
    saved = log.save_entry()
    assert saved is not None
    ctx.windows.show("thought-log")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is log)
    QApplication.processEvents()
    assert ctx.windows.get("thought-log") is log  # not under the person's hands
    in_settings(ctx, qtbot)
    qtbot.waitUntil(lambda: ctx.windows.get("thought-log") is not log)
    again = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    assert again.isVisible() and again.windowTitle() == "Registro de pensamientos"
    # the saved thought it showed stays in its boxes, not a new empty one (carry_over)
    assert again.pages.thought.toPlainText() == words
    assert again.current is not None and again.current.id == saved.id
    assert ctx.windows.get("reach-out") is reach  # still holding its words
    assert typed_field(reach).text() == "call my sister "


def test_a_window_with_its_own_question_up_waits_for_the_answer(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    journal = ctx.windows.show("journal")
    question = QMessageBox(QMessageBox.Icon.Question, "Footholds", "Remove it?", parent=journal)
    question.setWindowModality(Qt.WindowModality.WindowModal)
    question.show()
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    assert ctx.windows.get("journal") is journal  # its code may be waiting on the answer
    assert question.isVisible()
    question.done(0)
    ctx.windows.show("today")  # the person moves on
    qtbot.waitUntil(lambda: ctx.windows.get("journal") is not journal)
    assert ctx.windows.get("journal").windowTitle() == "Diario"


def test_while_locked_a_window_put_away_with_words_stays_away(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        reach = ctx.windows.show("reach-out")
        QTest.keyClicks(typed_field(reach), "call my sister")
        ctx.windows.show("about")
        assert ctx.locker.lock_now()
        assert not reach.isVisible() and ctx.windows.get("reach-out") is reach  # kept, away
        switch(ctx, "es")
        assert not reach.isVisible() and typed_field(reach).text() == "call my sister"
        assert not any(
            w.isVisible() and "call my sister" in [f.text() for f in w.findChildren(QLineEdit)]
            for w in top_windows()
        )
        about = ctx.windows.get("about")  # shows no written words: it follows
        assert about.isVisible() and "Acerca de" in about.windowTitle()
        # opening it still asks for the passphrase first
        assert isinstance(ctx.windows.show("reach-out"), UnlockDialog)
    finally:
        switch(ctx, "en")
        i18n.remove(ctx.app)
        stop(ctx)


def test_windows_come_back_in_the_order_they_were_used_the_last_used_on_top(
    ctx: AppContext, english: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("journal", "today", "proof-list", "journal"):  # the journal used last
        window = ctx.windows.show(name)

        def active(w: QWidget = window) -> bool:
            return QApplication.activeWindow() is w

        qtbot.waitUntil(active)
    in_settings(ctx, qtbot)
    shown: list[str] = []
    build = language_follow.build_in_place

    def spy(manager: object, name: str, old: QWidget) -> QWidget:
        shown.append(name)
        return build(manager, name, old)  # type: ignore[arg-type]

    monkeypatch.setattr(language_follow, "build_in_place", spy)
    switch(ctx, "es")
    assert shown == ["today", "proof-list", "journal"]  # each over the one before


def test_a_window_with_an_undo_on_offer_waits_until_it_has_gone(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    """Built again in another language, a window would lose the Undo of a removal just made:
    the removed proof could not come back. It waits while the Undo shows."""
    from footholds.ui.common.undo import UndoBar

    proofs = ctx.windows.show("proof-list")
    bar = present(proofs.findChild(UndoBar))
    brought_back: list[bool] = []
    bar.offer("Removed a proof.", lambda: brought_back.append(True))
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    assert ctx.windows.get("proof-list") is proofs
    bar.button.click()
    assert brought_back == [True]  # the Undo still works
    bar.timer.timeout.emit()
    ctx.windows.show("today")
    in_settings(ctx, qtbot)
    qtbot.waitUntil(lambda: ctx.windows.get("proof-list") is not proofs)


def test_words_put_away_in_the_proof_editor_follow_the_language_and_come_back(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    """Esc closed the editor over a long entry: the window still follows a new language
    (the hidden words held it back before), and the words wait in the new one's editor."""
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    window.editor.start()
    words = "Got up, showered and went out. " * 120
    QTest.keyClicks(window.editor.text, words[:40])
    window.editor.text.appendPlainText(words[40:])
    QTest.keyClick(window.editor.text, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    again = cast(ProofListWindow, ctx.windows.get("proof-list"))
    assert again is not window and again.windowTitle() == "Lo que ya he superado"
    assert not again.editor.isVisible()
    again.add.click()
    assert again.editor.isVisible()
    assert again.editor.text.toPlainText() == words[:40] + "\n" + words[40:]


def test_words_put_away_for_an_entry_follow_the_language_and_stay_its_own(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    """Words put away over changes to one entry wait, in the window built again, for that
    entry: Add opens empty, and Edit on the entry brings them back, to be saved to it."""
    proof = ctx.store.add(Proof(day=person_day(), text="Went for a walk"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    window.editor.start(proof)
    QTest.keyClicks(window.editor.text, " in the rain")
    QTest.keyClick(window.editor.text, Qt.Key.Key_Escape)
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    again = cast(ProofListWindow, ctx.windows.get("proof-list"))
    assert again is not window
    again.add.click()
    assert again.editor.text.toPlainText() == ""
    again.editor.cancel.click()
    again.choose(proof.id)
    again.edit.click()
    assert again.editor.text.toPlainText() == "Went for a walk in the rain"
    again.editor.save.click()
    assert ctx.store.get(Proof, proof.id).text == "Went for a walk in the rain"  # type: ignore[union-attr]


def test_an_entrys_changes_kept_at_the_last_quit_follow_the_language(
    ctx: AppContext, english: None, qtbot: QtBot
) -> None:
    """The journal built again in a new language took none of the changes kept for its
    entries at the last quit: gone before their entry was opened."""
    from footholds.core.store import LogEntry
    from footholds.ui.journal.journal import JournalWindow

    entry = ctx.store.add(LogEntry(note="the walk"))
    ctx.windows.drafts = {"journal": {entry.id: {"note": "the walk by the river"}}}
    window = cast(JournalWindow, ctx.windows.show("journal"))
    in_settings(ctx, qtbot)
    switch(ctx, "es")
    again = cast(JournalWindow, ctx.windows.get("journal"))
    assert again is not window and again.windowTitle() == "Diario"
    assert again.draft() == {entry.id: {"note": "the walk by the river"}}
