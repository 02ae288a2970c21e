"""Quitting never drops entries silently."""

from __future__ import annotations

import errno
from typing import NoReturn

import pytest
from pytestqt.qtbot import QtBot

from footholds.app import build as app_module
from footholds.app.build import AppContext
from footholds.core import atomic
from footholds.core.store import LogEntry, StoreWriteError, failures
from footholds.ui.common.prompter import AGAIN, QUIT, STAY


def test_quit_with_unsaved_entries_asks_and_retries(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = atomic.os.replace

    def full_disk(*args: object, **kwargs: object) -> NoReturn:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(StoreWriteError):
        ctx.store.add(LogEntry(note="kept in memory"))
    assert ctx.store.pending()
    asked: list[str] = []

    def retry(_parent: object, text: str, _settled: object = None) -> str:  # Try again, twice
        asked.append(text)
        if len(asked) == 2:  # space was freed while the dialog was up
            monkeypatch.setattr(atomic.os, "replace", real_replace)
        return AGAIN

    quits: list[bool] = []
    monkeypatch.setattr(ctx.prompter, "try_again", retry)
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    app_module.request_quit(ctx.app, ctx)
    assert len(asked) == 2 and "lost" in asked[0]
    assert quits == [True]
    assert ctx.store.pending() == 0
    assert ctx.store.latest(LogEntry, 1)[0].note == "kept in memory"


def never_asked(_parent: object, text: str, _settled: object = None) -> str:
    raise AssertionError(f"asked {text!r}")


def test_quit_that_cannot_save_lets_the_person_quit_anyway(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app import quitting

    real_replace = atomic.os.replace

    def full_disk(*args: object, **kwargs: object) -> NoReturn:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    nowhere = failures.write_error(errno.ENOSPC, "store.nowhere.disk_full")
    monkeypatch.setattr(quitting, "unkept", lambda _ctx: nowhere)  # nowhere to keep it
    with pytest.raises(StoreWriteError):
        ctx.store.add(LogEntry(note="kept in memory"))
    asked: list[str] = []

    def discard(_parent: object, text: str, _settled: object = None) -> str:  # Quit anyway
        asked.append(text)
        return QUIT

    quits: list[bool] = []
    monkeypatch.setattr(ctx.prompter, "try_again", discard)
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    app_module.request_quit(ctx.app, ctx)
    assert len(asked) == 1 and "keep Footholds open" in asked[0]
    assert quits == [True]
    monkeypatch.setattr(atomic.os, "replace", real_replace)  # the test's store closes cleanly


def test_quit_without_pending_entries_asks_nothing(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.prompter, "try_again", never_asked)
    quits: list[bool] = []
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    app_module.request_quit(ctx.app, ctx)
    assert quits == [True]


def test_entries_kept_in_memory_are_saved_once_the_disk_has_room(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = atomic.os.replace

    def full_disk(*args: object, **kwargs: object) -> NoReturn:
        raise OSError(errno.ENOSPC, "No space left on device")

    timer = app_module.watch_pending(ctx, interval_ms=50)
    assert not timer.isActive()  # nothing pending: no wake-ups
    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(StoreWriteError):
        ctx.store.add(LogEntry(note="kept in memory"))
    assert timer.isActive()
    qtbot.wait(200)
    assert ctx.store.pending()  # still full: still waiting, nothing lost
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    qtbot.waitUntil(lambda: ctx.store.pending() == 0, timeout=2000)
    assert not timer.isActive()
    ctx.store.close()
    ctx.store.open()
    assert ctx.store.latest(LogEntry, 1)[0].note == "kept in memory"


def refuse_store_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's folder can't be written (full, read-only); other folders can."""
    from footholds.core.store import storage

    def full(*args: object, **kwargs: object) -> NoReturn:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "write_atomic", full)


def room_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from footholds.core.store import storage

    monkeypatch.setattr(storage, "write_atomic", atomic.write_atomic)


def kept_ids(ctx: AppContext) -> set[str]:
    import json

    found = [p for p in ctx.paths.unsaved_files if p.exists()]
    return {c["id"] for p in found for c in json.loads(p.read_bytes())["changes"]}


def test_every_way_of_quitting_keeps_unsaved_entries(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app.handlers import handle

    refuse_store_writes(monkeypatch)
    entry = LogEntry(note="kept in memory")
    with pytest.raises(StoreWriteError):
        ctx.store.add(entry)
    quits: list[bool] = []
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    monkeypatch.setattr(ctx.prompter, "try_again", never_asked)
    # the tray's Quit: nothing to ask, the entry is kept for the next start
    app_module.request_quit(ctx.app, ctx)
    assert quits == [True] and kept_ids(ctx) == {entry.id}
    # the session ending (logout)
    for place in ctx.paths.unsaved_files:
        place.unlink(missing_ok=True)
    assert app_module.keep_unsaved(ctx)  # what wire() connects to commitDataRequest
    assert kept_ids(ctx) == {entry.id}
    # `footholds quit`
    for place in ctx.paths.unsaved_files:
        place.unlink(missing_ok=True)
    assert handle(ctx, "quit", {}) == (True, "Footholds is closing.")
    assert kept_ids(ctx) == {entry.id}
    # and the app closing for any reason (SIGTERM included) ends in closing the store
    for place in ctx.paths.unsaved_files:
        place.unlink(missing_ok=True)
    ctx.store.close()
    assert kept_ids(ctx) == {entry.id}
    ctx.store.open()


def test_footholds_quit_is_refused_when_nothing_can_be_kept(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app.handlers import handle

    refuse_store_writes(monkeypatch)
    state, config = ctx.paths.unsaved_files
    state.parent.write_text("in the way")  # a file where the folder should be
    config.mkdir()  # a folder where the file should be
    entry = LogEntry(note="kept in memory")
    with pytest.raises(StoreWriteError):
        ctx.store.add(entry)
    quits: list[bool] = []
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    ok, message = handle(ctx, "quit", {})
    assert not ok
    assert "can't be saved anywhere" in message and "staying open" in message
    qtbot.wait(50)
    assert quits == []  # still running, still holding the entry
    assert ctx.store.get(LogEntry, entry.id) is entry
    room_again(monkeypatch)
    assert handle(ctx, "quit", {})[0]  # room again: saved in the store, and quitting
    assert ctx.store.pending() == 0


def test_unsaved_entries_merged_at_start_are_retried_without_a_new_entry(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An earlier run kept an entry outside the store; this start merged it, but the disk is
    # still full: it is saved as soon as there is room, not only with the next entry.
    from footholds.core.store import pending

    refuse_store_writes(monkeypatch)
    entry = LogEntry(note="from the last run")
    with pytest.raises(StoreWriteError):
        ctx.store.add(entry)
    ctx.store.close()  # as the last run quit: kept outside the store
    ctx.store.open()  # the next start
    pending.merge(ctx.store)
    assert ctx.store.get(LogEntry, entry.id) is not None and ctx.store.pending()
    timer = app_module.watch_pending(ctx, interval_ms=50)
    assert timer.isActive()
    room_again(monkeypatch)
    qtbot.waitUntil(lambda: ctx.store.pending() == 0, timeout=2000)
    assert not any(p.exists() for p in ctx.paths.unsaved_files)


def test_words_in_the_quick_log_when_footholds_closes_come_back_at_the_next_start(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """`footholds quit`, the tray's Quit or a logout threw away a half-written quick log; its
    own promise is that words go only when the person deletes or saves them."""
    from footholds.app.quitting import bring_back_drafts, keep_drafts
    from footholds.ui.journal.quick_log import QuickLogWindow

    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    window.form.note.set_text("half a thought about the walk")
    window.form.feelings.set_picked(["tired"])
    assert keep_drafts(ctx)  # as shutdown does, before the windows close
    where = ctx.paths.drafts_file
    assert where.exists() and ctx.store.count(LogEntry) == 0  # a draft, never an entry

    bring_back_drafts(ctx)  # the next start
    again = QuickLogWindow(ctx)  # built afresh, as after a start
    qtbot.addWidget(again)
    assert again.form.note.text() == "half a thought about the walk"
    assert again.form.feelings.picked() == ["tired"]
    assert ctx.windows.drafts == {}  # taken by the window
    assert where.exists()  # until the next close: a crash meanwhile still finds them

    window.form.clear()  # nothing held at the next close: no file left behind
    assert keep_drafts(ctx) and not where.exists()


@pytest.mark.parametrize("answer", [AGAIN, STAY, QUIT])
def test_words_that_cannot_be_kept_at_a_quit_are_asked_about(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    """The drafts file refused (a full disk): the quit asks as it does for entries. Try
    again keeps them once the disk takes them, Keep Footholds open quits nothing and leaves
    them in their window, Quit anyway goes on."""
    from footholds.core import drafts
    from footholds.ui.journal.quick_log import QuickLogWindow

    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    window.form.note.set_text("half a thought about the walk")
    real_keep = drafts.keep
    monkeypatch.setattr(drafts, "keep", lambda *_a, **_k: False)
    asked: list[str] = []

    def reply(_parent: object, text: str, _settled: object = None) -> str:
        asked.append(text)
        monkeypatch.setattr(drafts, "keep", real_keep)  # room again for a second try
        return answer

    quits: list[bool] = []
    monkeypatch.setattr(ctx.prompter, "try_again", reply)
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    app_module.request_quit(ctx.app, ctx)
    assert len(asked) == 1 and "words you were writing" in asked[0]
    assert quits == ([] if answer == STAY else [True])
    assert ctx.paths.drafts_file.exists() == (answer == AGAIN)
    assert window.form.note.text() == "half a thought about the walk"


def test_typing_on_in_a_quick_log_given_back_after_a_quit_goes_after_its_words(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Given back at the next tray click, the note had the cursor at its start: more typed
    read " and more" before the words kept at the quit. Within a session it is at the end."""
    from footholds.app.quitting import bring_back_drafts, keep_drafts
    from footholds.ui.journal.quick_log import QuickLogWindow

    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    window.form.note.set_text("words before quit")
    window.form.show_more(True)
    window.form.journal.trigger.set_text("the rain")
    assert keep_drafts(ctx)
    window.form.clear()  # the next start: the quick log built empty
    window.put_away()
    bring_back_drafts(ctx)
    shown = ctx.windows.show("quick-log")  # the tray click that gives them back
    assert shown is window
    qtbot.waitUntil(lambda: window.form.note.hasFocus())
    qtbot.keyClicks(window.form.note, " and more")
    assert window.form.note.text() == "words before quit and more"
    qtbot.keyClicks(window.form.journal.trigger, " all day")
    assert window.form.journal.trigger.text() == "the rain all day"


def test_words_in_the_proof_lists_editor_when_footholds_closes_come_back_at_the_next_start(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.app.quitting import bring_back_drafts, keep_drafts
    from footholds.core.store import Proof
    from footholds.ui.proofs.proof_list import ProofListWindow

    window = ctx.windows.show("proof-list", add=True)
    assert isinstance(window, ProofListWindow)
    qtbot.keyClicks(window.editor.text, "Got through the dentist")
    assert keep_drafts(ctx)
    assert ctx.store.count(Proof) == 0  # a draft, never an entry

    bring_back_drafts(ctx)  # the next start: the window built afresh opens with them
    again = ProofListWindow(ctx)
    qtbot.addWidget(again)
    again.present()
    assert again.editor.isVisible()
    assert again.editor.text.toPlainText() == "Got through the dentist"
    assert ctx.windows.drafts == {}


@pytest.mark.parametrize(
    ("number", "words", "not_said"),
    [
        (errno.ENOSPC, "(is the disk full?)", "can't be written to"),
        (errno.EDQUOT, "(is the disk full?)", "can't be written to"),
        (errno.EROFS, "the data folder can't be written to", "space"),
        (errno.EACCES, "the data folder can't be written to", "space"),
        (errno.EPERM, "the data folder can't be written to", "space"),
    ],
)
def test_the_quit_question_names_what_is_true(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, number: int, words: str, not_said: str
) -> None:
    """A data folder that can't be written to was asked "is the disk full?" and told to free
    some space, which would never help."""
    from footholds.core.store import pending, storage

    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise OSError(number, "refused")

    with monkeypatch.context() as broken:  # undone before the test's store closes
        broken.setattr(storage, "write_atomic", refuse)  # the store's folder
        broken.setattr(pending, "write_atomic", refuse)  # and every place for unsaved entries
        with pytest.raises(StoreWriteError):
            ctx.store.add(LogEntry(note="kept in memory"))
        asked: list[str] = []

        def discard(_parent: object, text: str, _settled: object = None) -> str:
            asked.append(text)
            return QUIT

        monkeypatch.setattr(ctx.prompter, "try_again", discard)
        monkeypatch.setattr(ctx.app, "quit", lambda: None)
        app_module.request_quit(ctx.app, ctx)
        assert len(asked) == 1 and words in asked[0] and not_said not in asked[0], asked


def test_keep_footholds_open_quits_nothing_and_the_entries_are_saved_later(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third answer to "can't be saved yet": Footholds stays open with the entries in
    memory, and saves them by itself once there is room."""
    from footholds.core.store import pending, storage

    timer = app_module.watch_pending(ctx, interval_ms=50)
    asked: list[str] = []

    def stay(_parent: object, text: str, _settled: object = None) -> str:
        asked.append(text)
        return STAY

    quits: list[bool] = []
    monkeypatch.setattr(ctx.prompter, "try_again", stay)
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    with monkeypatch.context() as broken:
        broken.setattr(storage, "write_atomic", refuse_all)
        broken.setattr(pending, "write_atomic", refuse_all)
        with pytest.raises(StoreWriteError):
            ctx.store.add(LogEntry(note="kept in memory"))
        app_module.request_quit(ctx.app, ctx)
        assert len(asked) == 1 and quits == []  # asked once, and still open
        assert ctx.store.pending() and timer.isActive()
    qtbot.waitUntil(lambda: ctx.store.pending() == 0, timeout=2000)  # room again
    assert ctx.store.latest(LogEntry, 1)[0].note == "kept in memory"


def refuse_all(*args: object, **kwargs: object) -> NoReturn:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_the_quit_question_goes_once_the_entries_are_saved_while_it_is_up(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Space freed while "can't be saved yet" is up: the half-minute retry saves them, and the
    question no longer stands there saying they can't be; the quit asked for goes on."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from footholds.core.store import pending, storage

    app_module.watch_pending(ctx, interval_ms=50)
    quits: list[bool] = []
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    seen: list[str] = []
    with monkeypatch.context() as broken:
        broken.setattr(storage, "write_atomic", refuse_all)
        broken.setattr(pending, "write_atomic", refuse_all)
        with pytest.raises(StoreWriteError):
            ctx.store.add(LogEntry(note="kept in memory"))

        def room_while_asked() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, room_while_asked)
                return
            qtbot.addWidget(box)  # the app's box, held here past its answer: deleted in order
            seen.append(box.text())
            broken.undo()  # space freed: the next retry reaches the disk
            # had the box stayed up, the test would hang: give up on it after a while (a
            # timer that goes with the box, not one holding it alive into a later test)
            QTimer.singleShot(5000, box, box.reject)

        QTimer.singleShot(10, room_while_asked)
        app_module.request_quit(ctx.app, ctx)
    assert len(seen) == 1 and "lost" in seen[0]
    assert QApplication.activeModalWidget() is None
    assert quits == [True] and ctx.store.pending() == 0
