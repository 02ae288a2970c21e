"""Words typed and not saved reach the drafts file a little after the last change, not only at
a quit: a kill -9, a crash or a power cut loses at most the last moments of typing
(ui/shell/draft_watch.py). Read here from disk, with no quit."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts, keep_drafts
from footholds.core import drafts
from footholds.core.store import Affirmation, LogEntry, Person, Proof, ThoughtLog
from footholds.ui.common.operations import save_record
from footholds.ui.common.scrolling import page_area
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.affirmation import AffirmationWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.shell.draft_watch import KEEP_AFTER_MS

SOON = KEEP_AFTER_MS + 3000


@pytest.fixture(autouse=True)
def started(ctx: AppContext) -> None:
    """As the app's start does (build.run): the drafts kept at the last close taken, and
    the windows given the way to keep theirs."""
    bring_back_drafts(ctx)


def typed(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, words: str) -> None:
    """As a person types: the keyboard in the field first, then the keys."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, words)


def on_disk(ctx: AppContext) -> dict[str, dict[str, Any]]:
    """What a start after a kill would find in the drafts file."""
    return drafts.take(ctx.paths.drafts_file)


def test_the_quick_logs_words_reach_the_disk_soon_after_typing_stops(
    ctx: AppContext, qtbot: QtBot
) -> None:
    assert ctx.windows.typing is None  # the idle app follows nothing, no timer of its own
    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    assert ctx.windows.typing is not None
    typed(qtbot, window.form.note, "slept badly, walked anyway")
    window.form.show_more(True)
    typed(qtbot, window.form.journal.trigger, "the noise next door")
    assert not ctx.paths.drafts_file.exists()  # not at each key: once the typing pauses
    qtbot.waitUntil(lambda: "quick-log" in on_disk(ctx), timeout=SOON)
    kept = on_disk(ctx)["quick-log"]
    assert kept["note"] == "slept badly, walked anyway"
    assert kept["trigger"] == "the noise next door"
    assert ctx.store.count(LogEntry) == 0  # a draft, never an entry

    window.save.click()  # saved: they must never come back as "not saved yet"
    assert ctx.store.count(LogEntry) == 1
    qtbot.waitUntil(lambda: "quick-log" not in on_disk(ctx), timeout=SOON)
    assert not ctx.paths.drafts_file.exists()


def test_words_emptied_go_from_the_disk_and_words_waiting_from_the_last_close_stay(
    ctx: AppContext, qtbot: QtBot
) -> None:
    waiting = {"text": "a proof kept at the last close"}
    ctx.windows.drafts["proof-list"] = waiting  # its window not opened since the start
    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    typed(qtbot, window.form.note, "half a thought")
    qtbot.waitUntil(lambda: "quick-log" in on_disk(ctx), timeout=SOON)
    assert on_disk(ctx)["proof-list"] == waiting
    window.form.note.selectAll()
    qtbot.keyClicks(window.form.note, "\b")  # emptied by the person
    qtbot.waitUntil(lambda: "quick-log" not in on_disk(ctx), timeout=SOON)
    assert on_disk(ctx) == {"proof-list": waiting}


def test_reach_outs_message_and_someone_new_reach_the_disk(ctx: AppContext, qtbot: QtBot) -> None:
    window = ctx.windows.show("reach-out")
    assert isinstance(window, ReachOutWindow)
    typed(qtbot, window.own, "Could we talk tonight?")
    window.add_person.click()
    typed(qtbot, window.form.name, "Sam")
    qtbot.waitUntil(
        lambda: on_disk(ctx).get("reach-out", {}).get("form", {}).get("name") == "Sam",
        timeout=SOON,
    )
    assert on_disk(ctx)["reach-out"]["own"] == "Could we talk tonight?"

    window.form.save.click()  # Sam is added: only the message is left unsaved
    assert [p.name for p in ctx.store.all(Person)] == ["Sam"]
    qtbot.waitUntil(lambda: "form" not in on_disk(ctx).get("reach-out", {}), timeout=SOON)
    assert on_disk(ctx)["reach-out"] == {"own": "Could we talk tonight?"}


def test_the_proof_lists_editor_reaches_the_disk(ctx: AppContext, qtbot: QtBot) -> None:
    window = ctx.windows.show("proof-list", add=True)
    assert isinstance(window, ProofListWindow)
    typed(qtbot, window.editor.text, "Got through the dentist")
    qtbot.waitUntil(lambda: "proof-list" in on_disk(ctx), timeout=SOON)
    assert "Got through the dentist" in str(on_disk(ctx)["proof-list"])
    assert ctx.store.count(Proof) == 0


def test_an_entrys_editor_a_dialog_of_the_journal_reaches_the_disk(
    ctx: AppContext, qtbot: QtBot
) -> None:
    at = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=1)
    entry = save_record(ctx, LogEntry(at=at, note="Walked to the shop"), None)
    assert entry is not None
    window = ctx.windows.show("journal")
    assert isinstance(window, JournalWindow)
    qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0, timeout=10_000)
    window.view.setCurrentIndex(window.model.index(window.model.row_of(entry.id)))
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    editor.form.to_the_end()
    typed(qtbot, editor.form.note, " and sat in the park")
    qtbot.waitUntil(lambda: "journal" in on_disk(ctx), timeout=SOON)
    assert on_disk(ctx)["journal"][entry.id]["note"] == "Walked to the shop and sat in the park"


def test_closing_the_windows_keeps_what_was_typed_last_at_once(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    typed(qtbot, window.form.note, "just now")
    watch = ctx.windows.typing
    assert watch is not None and watch.timer.isActive()
    ctx.windows.close_all()  # `footholds close-windows`, a quit
    assert on_disk(ctx)["quick-log"]["note"] == "just now"
    assert ctx.windows.typing is None and not watch.timer.isActive()


def test_the_thought_logs_words_reach_the_disk_and_come_back_not_saved_yet(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The thought log saves what is written as it closes; a kill before that lost it."""
    window = ctx.windows.show("thought-log")
    assert isinstance(window, ThoughtLogWindow)
    typed(qtbot, window.pages.thought, "I always let people down")
    qtbot.waitUntil(lambda: "thought-log" in on_disk(ctx), timeout=SOON)
    assert on_disk(ctx)["thought-log"]["thought"] == "I always let people down"
    assert ctx.store.count(ThoughtLog) == 0

    ctx.windows.forget("thought-log")  # the next start, after a kill: built afresh
    bring_back_drafts(ctx)
    again = ctx.windows.show("thought-log")
    assert isinstance(again, ThoughtLogWindow) and again is not window
    assert again.pages.thought.toPlainText() == "I always let people down"
    assert "not saved yet" in again.said.text() and again.said.isVisible()
    again.save.click()
    assert [t.thought for t in ctx.store.all(ThoughtLog)] == ["I always let people down"]
    qtbot.waitUntil(lambda: "thought-log" not in on_disk(ctx), timeout=SOON)


def test_a_thought_saved_as_the_window_closes_at_a_quit_never_comes_back_as_a_draft(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = ctx.windows.show("thought-log")
    assert isinstance(window, ThoughtLogWindow)
    typed(qtbot, window.pages.thought, "nobody would notice")
    assert keep_drafts(ctx)  # a quit: the drafts first (shutdown), then the windows close
    assert on_disk(ctx)["thought-log"]["thought"] == "nobody would notice"
    window.close()  # the thought log saves what is written as it closes
    assert ctx.store.count(ThoughtLog) == 1

    ctx.windows.forget("thought-log")  # the next start
    bring_back_drafts(ctx)
    again = ctx.windows.show("thought-log")
    assert isinstance(again, ThoughtLogWindow)
    assert not again.pages.thought.toPlainText() and "not saved yet" not in again.said.text()
    assert ctx.store.count(ThoughtLog) == 1
    qtbot.waitUntil(lambda: "thought-log" not in on_disk(ctx), timeout=SOON)


def test_the_affirmations_own_words_reach_the_disk_and_come_back_not_saved_yet(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Write my own had no draft at all: its words were lost even at a quit."""
    window = ctx.windows.show("affirmation")
    assert isinstance(window, AffirmationWindow)
    window.write.click()
    typed(qtbot, window.own_text, "I am doing my best")
    qtbot.waitUntil(lambda: "affirmation" in on_disk(ctx), timeout=SOON)
    assert on_disk(ctx)["affirmation"] == {"own": "I am doing my best"}

    ctx.windows.forget("affirmation")  # the next start, after a kill: built afresh
    bring_back_drafts(ctx)
    again = ctx.windows.show("affirmation")
    assert isinstance(again, AffirmationWindow) and again is not window
    assert again.own_text.text() == "I am doing my best" and again.own_text.isVisible()
    assert again.own_kept.isVisible() and "not saved yet" in again.own_kept.text()
    assert page_area(again).verticalScrollBar().maximum() == 0  # in view, not scrolled off
    again.own_save.click()
    assert [a.text for a in ctx.store.all(Affirmation)] == ["I am doing my best"]
    assert not again.own_kept.isVisible()
    qtbot.waitUntil(lambda: "affirmation" not in on_disk(ctx), timeout=SOON)
