"""What a standing Undo would put back at Lock now is never lost and never shown while
locked: a Lock now that fails keeps it, a Lock now while it is being asked about closes the
question, a question closed unanswered leaves it waiting, and the strip keeps none of its
words (test_lock_undo.py has the ordinary way)."""

from __future__ import annotations

import errno
import uuid
from typing import Any

import pytest
import test_unlock as base
from lock_starting import opened, start, stop
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_lock_app import unlock_in
from test_lock_undo import Answers, remove_person, remove_proof, words_in_memory

from footholds.app import lock_drafts, lock_undo
from footholds.app.build import AppContext
from footholds.core.paths import Paths
from footholds.core.store import InvalidEntry, LogEntry, Proof, storage
from footholds.core.store.failures import write_error
from footholds.ui.common.buttons import plain
from footholds.ui.common.operations import save_record
from footholds.ui.common.prompter import GO
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


def questions() -> list[QMessageBox]:
    return [
        box
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QMessageBox) and box.isVisible()
    ]


def in_file(paths: Paths, marker: str) -> bool:
    if not paths.drafts_file.exists():
        return False
    return marker.encode() in storage.decode(paths.drafts_file.read_bytes(), paths.drafts_file)


def waiting_words(ctx: AppContext) -> str:
    return repr(lock_undo.waiting(ctx.windows.drafts))


def when_asked(then: Any) -> None:
    """Call `then(box)` once the question is up."""

    def look() -> None:
        shown = questions()
        if shown:
            then(shown[0])
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def relock(ctx: AppContext, qtbot: QtBot) -> None:
    assert ctx.locker.lock_now()
    dialog = ctx.locker.ask()
    assert dialog is not None
    unlock_in(dialog, qtbot)


def test_a_lock_now_the_store_refuses_after_the_drafts_keeps_what_was_removed(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        answers = Answers(None)  # asked at once, the question closed unanswered
        monkeypatch.setattr(ctx.prompter, "ask_or_later", answers)
        gone = remove_proof(ctx, qtbot, f"{marker} by the sea")

        def refused(*_args: object, **_kwargs: object) -> None:
            raise write_error(errno.ENOSPC, "store.write.disk_full")

        with monkeypatch.context() as failing:
            failing.setattr(ctx.store, "seal", refused)
            with pytest.raises(OSError):
                ctx.locker.lock_now()
        assert not ctx.locker.locked
        assert marker in waiting_words(ctx)  # back in memory, not lost
        # offered now, its strip gone with its window
        qtbot.waitUntil(lambda: bool(answers.asked))
        save_record(ctx, LogEntry(note="later"), None)  # the drafts file follows a save
        qtbot.wait(50)
        assert in_file(paths, marker) and marker in waiting_words(ctx)
        answers.put_back = True  # and at the next Lock now and unlock
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: ctx.store.get(Proof, gone) is not None)
        assert len(answers.asked) == 2
    finally:
        stop(ctx)


def test_a_lock_now_whose_drafts_file_refuses_the_removed_record_does_not_lock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        remove_proof(ctx, qtbot, f"{marker} by the sea")
        with monkeypatch.context() as failing:
            failing.setattr(lock_drafts, "keep", lambda _lock: False)
            with pytest.raises(OSError, match="Undo is still there"):
                ctx.locker.lock_now()
        assert not ctx.locker.locked  # neither lost nor in memory while locked
        window = ctx.windows.get("proof-list")
        assert isinstance(window, ProofListWindow)
        assert window.undo.pending()
        assert marker in repr(window.undo.would_put_back())
        assert marker not in waiting_words(ctx)  # only its Undo has it, as before
    finally:
        stop(ctx)


def test_lock_now_while_asking_closes_the_question_and_it_is_asked_after_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    seen: dict[str, Any] = {}
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        gone = remove_proof(ctx, qtbot, f"{marker} by the sea")
        assert ctx.locker.lock_now()

        def lock_while_asking(box: QMessageBox) -> None:
            seen["asked"] = marker in unbroken_text(box)
            assert ctx.locker.lock_now()  # the tray's Lock now, or the check while away
            seen["shown"] = len(questions())

        when_asked(lock_while_asking)
        # unlocked with the list asked for: the question's window, closed by the lock
        dialog = ctx.locker.ask(lambda: ctx.windows.show("proof-list"))
        assert dialog is not None
        unlock_in(dialog, qtbot)
        qtbot.waitUntil(lambda: "shown" in seen, timeout=5000)
        qtbot.wait(50)
        assert seen == {"asked": True, "shown": 0}
        assert words_in_memory(marker) == []  # once the question's work is done
        assert ctx.locker.locked and ctx.store.get(Proof, gone) is None
        answers = Answers(True)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", answers)
        dialog = ctx.locker.ask()
        assert dialog is not None
        unlock_in(dialog, qtbot)
        qtbot.waitUntil(lambda: bool(answers.asked))
        assert marker in answers.asked[0][0]
        assert ctx.store.get(Proof, gone) is not None
    finally:
        stop(ctx)


def unbroken_text(box: QMessageBox) -> str:
    return box.text().replace("\u200b", "")


@pytest.mark.parametrize("how", ["escape", "close"])
def test_a_question_closed_unanswered_keeps_it_waiting_for_the_next_unlock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    seen: list[str] = []
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        gone = remove_proof(ctx, qtbot, f"{marker} by the sea")
        ctx.windows.close_all()

        def leave(box: QMessageBox) -> None:
            seen.append(unbroken_text(box))
            if how == "escape":
                qtbot.keyClick(box, Qt.Key.Key_Escape)
            else:  # its close button, or a quit or logout closing every window
                box.close()

        when_asked(leave)
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: bool(seen))
        qtbot.waitUntil(lambda: not questions())
        qtbot.wait(50)
        assert len(seen) == 1 and marker in seen[0]
        assert ctx.store.get(Proof, gone) is None  # not put back
        assert marker in waiting_words(ctx) and in_file(paths, marker)  # nor let go
        answers = Answers(False)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", answers)
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: bool(answers.asked))
        assert marker in answers.asked[0][0]
    finally:
        stop(ctx)


def test_enter_brings_it_back_and_let_it_go_is_the_plain_button(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    seen: dict[str, Any] = {}
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        gone = remove_proof(ctx, qtbot, f"{marker} by the sea")
        ctx.windows.close_all()

        def enter(box: QMessageBox) -> None:
            seen["buttons"] = sorted(
                (plain(button.text()), button.property("role"))
                for button in box.buttons()
                if button.isVisibleTo(box)
            )
            default = box.defaultButton()
            seen["default"] = plain(default.text()) if default is not None else ""
            qtbot.keyClick(box, Qt.Key.Key_Return)

        when_asked(enter)
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: ctx.store.get(Proof, gone) is not None)
        assert seen["default"] == "Bring back"
        assert [text for text, _role in seen["buttons"]] == ["Bring back", "Let it go"]
        assert marker not in waiting_words(ctx)
    finally:
        stop(ctx)


def test_let_it_go_is_asked_once_though_the_list_was_built_anew_while_asking(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        remove_proof(ctx, qtbot, f"{marker} by the sea")
        ctx.windows.close_all()
        asked: list[str] = []

        def let_go(*args: Any) -> str:
            asked.append(str(args[2]))
            # as an unlock's bring_back does: the same records, in new dicts
            records = [dict(kept) for kept in lock_undo.waiting(ctx.windows.drafts)]
            ctx.windows.drafts[lock_undo.REMOVED] = {"records": records}
            return GO

        monkeypatch.setattr(ctx.prompter, "ask_or_later", let_go)
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: bool(asked))
        qtbot.wait(50)
        assert len(asked) == 1
        assert marker not in waiting_words(ctx)
    finally:
        stop(ctx)


def test_a_record_the_store_does_not_take_back_stays_waiting(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    told: list[str] = []
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        monkeypatch.setattr(ctx.prompter, "inform", lambda _parent, text: told.append(text))
        remove_proof(ctx, qtbot, f"{marker} by the sea")
        ctx.windows.close_all()
        answers = Answers(True)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", answers)

        def refused(*_args: object) -> None:
            raise InvalidEntry("not taken")

        monkeypatch.setattr(ctx.store, "add", refused)
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: bool(told))
        qtbot.wait(50)
        assert len(answers.asked) == 1  # said once, not asked again at once
        assert marker in waiting_words(ctx)  # kept for the next unlock
    finally:
        stop(ctx)


def test_a_window_kept_while_locked_keeps_none_of_the_removed_words_on_its_strip(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    # a long run of letters: the strip shows it with invisible break points
    marker = uuid.uuid4().hex + uuid.uuid4().hex
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        remove_person(ctx, qtbot, marker)
        window = ctx.windows.get("reach-out")
        assert isinstance(window, ReachOutWindow)
        assert marker in window.undo_bar.message.text().replace("\u200b", "")
        window.own.setText("call me later")  # a half-typed message: the window is kept
        window.own.setModified(True)
        assert ctx.locker.lock_now()
        bar = window.undo_bar
        assert not bar.pending()
        assert bar.message.text() == bar.message.whole == bar.message.toolTip() == ""
        assert words_in_memory(marker) == []
    finally:
        stop(ctx)


def test_the_tray_says_in_spanish_why_it_did_not_lock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.common import i18n

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("general.language", "es")
        i18n.apply(ctx)
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        remove_proof(ctx, qtbot, "by the sea")
        monkeypatch.setattr(lock_drafts, "keep", lambda _lock: False)
        with qtbot.waitSignal(ctx.signals.notice) as got:
            ctx.tray.lock_actions["open"]()  # the tray's Lock now
        assert got.args == [
            "Footholds no se ha bloqueado: lo que acabas de quitar no se pudo guardar de forma "
            "segura hasta el desbloqueo, porque el disco rechazó una escritura. Deshacer sigue ahí."
        ]
        assert not ctx.locker.locked
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        stop(ctx)
