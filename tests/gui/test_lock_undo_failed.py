"""After a Lock now that failed, nothing shown at once says Footholds locked: the question
about what was removed just before says it could not lock (the store refused to seal, the
drafts kept and given back); where the drafts file refused, no question shows at all, the
Undo still standing. After a Lock now that locked, the question says so, as before."""

from __future__ import annotations

import errno
import uuid

import pytest
import test_unlock as base
from lock_starting import opened, start, stop
from pytestqt.qtbot import QtBot
from test_lock_undo import remove_proof
from test_lock_undo_kept import relock

from footholds.app import lock_drafts
from footholds.core.paths import Paths
from footholds.core.store import Proof
from footholds.core.store.failures import write_error
from footholds.ui.common.prompter import GO, LATER, STAY

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


class Said:
    """ctx.prompter.ask_or_later: each question's title and words noted, answered `answer`."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(
        self, _parent: object, title: str, text: str, _go: str, _stay: str, _closes: object = None
    ) -> str:
        self.asked.append(f"{title}\n{text}")
        return self.answer


def _refused(*_args: object, **_kwargs: object) -> None:
    raise write_error(errno.ENOSPC, "store.write.disk_full")


def test_the_question_after_a_failed_lock_now_says_it_could_not_lock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    marker = uuid.uuid4().hex
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        said = Said(LATER)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", said)
        gone = remove_proof(ctx, qtbot, f"{marker} by the sea")
        with monkeypatch.context() as failing:
            failing.setattr(ctx.store, "seal", _refused)
            with pytest.raises(OSError):
                ctx.locker.lock_now()
        assert not ctx.locker.locked
        qtbot.waitUntil(lambda: bool(said.asked))  # offered at once
        words = said.asked[0]
        assert marker in words
        assert "locked" not in words.lower() and "the lock" not in words.lower()
        assert "couldn't lock" in words
        # locked for real and unlocked: now it is true that it locked
        said.answer = STAY
        relock(ctx, qtbot)
        qtbot.waitUntil(lambda: ctx.store.get(Proof, gone) is not None)
        assert len(said.asked) == 2
        assert "Just before Footholds locked" in said.asked[1]
    finally:
        stop(ctx)


def test_in_spanish_too(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.common import i18n

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("general.language", "es")
        i18n.apply(ctx)
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        said = Said(GO)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", said)
        remove_proof(ctx, qtbot, "junto al mar")
        with monkeypatch.context() as failing:
            failing.setattr(ctx.store, "seal", _refused)
            with pytest.raises(OSError):
                ctx.locker.lock_now()
        qtbot.waitUntil(lambda: bool(said.asked))
        assert "Footholds no ha podido bloquearse" in said.asked[0]
        assert "se bloqueara" not in said.asked[0]
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        stop(ctx)


def test_where_the_drafts_file_refused_no_question_shows(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
        said = Said(LATER)
        monkeypatch.setattr(ctx.prompter, "ask_or_later", said)
        remove_proof(ctx, qtbot, "by the sea")
        with monkeypatch.context() as failing:
            failing.setattr(lock_drafts, "keep", lambda _lock: False)
            with qtbot.waitSignal(ctx.signals.notice) as got:
                ctx.tray.lock_actions["open"]()  # the tray's Lock now
        assert not ctx.locker.locked
        assert "didn't lock" in str(got.args[0])  # the one line shown: true
        qtbot.wait(200)
        assert said.asked == []  # its Undo stands; nothing asks about it
    finally:
        stop(ctx)
