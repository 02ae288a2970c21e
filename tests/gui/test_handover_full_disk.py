"""A `footholds log` or `footholds proof add` handed to the running app while the disk can't
take it: the app holds the entry and saves it as soon as the disk allows, so the command is
told it worked and need not be sent again. A "not saved" there would invite a second copy."""

from __future__ import annotations

import errno
import os
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.core import atomic
from footholds.core.store import LogEntry, Proof, SleepEntry, storage
from footholds.core.store.pending import read_unsaved
from footholds.core.unsaved_words import kept_words
from support import person_day

KEPT = kept_words()
KEPT_IN_MEMORY = kept_words(in_memory=True)


class FailingWrite(types.ModuleType):
    """os, but every write fails as on a full disk."""

    def __init__(self) -> None:
        super().__init__("os")

    def __getattr__(self, attr: str) -> Any:
        if attr != "write":
            return getattr(os, attr)

        def fail(*_a: Any, **_k: Any) -> Any:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        return fail


@pytest.fixture
def store_full(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """The store's own files can't be written; the unsaved-entries file still can."""

    def full(path: Path, data: bytes, **_k: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    with monkeypatch.context() as failing:
        failing.setattr(storage, "write_atomic", full)
        yield ctx


@pytest.fixture
def all_full(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """Nothing can be written, not even the unsaved-entries file."""
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite())
        yield ctx


def kept_ids(ctx: AppContext) -> set[str]:
    found, _ = read_unsaved(ctx.store.unsaved_files)
    return {change["id"] for _, changes in found for change in changes}


def test_a_log_kept_while_the_disk_is_full_is_answered_as_done(store_full: AppContext) -> None:
    ctx = store_full
    entry = LogEntry(note="while full", source="cli").clean().to_dict()
    assert handle(ctx, "log", {"entry": entry}) == (True, f"Logged. That counts. {KEPT}")
    assert entry["id"] in kept_ids(ctx)  # on disk too, in the unsaved-entries file
    # sent again all the same: still one entry
    assert handle(ctx, "log", {"entry": entry})[0]
    assert [e.note for e in ctx.store.all(LogEntry)] == ["while full"]


def test_a_proof_kept_while_the_disk_is_full_is_answered_as_done(store_full: AppContext) -> None:
    proof = Proof(day=person_day(), text="got up").clean().to_dict()
    answer = handle(store_full, "proof-add", {"proof": proof})
    assert answer == (True, f"Added to your proof list. {KEPT}")


def test_an_entry_only_in_memory_says_to_keep_footholds_open(all_full: AppContext) -> None:
    ctx = all_full
    entry = LogEntry(note="nowhere yet", source="cli").clean().to_dict()
    ok, message = handle(ctx, "log", {"entry": entry})
    assert ok and message == f"Logged. That counts. {KEPT_IN_MEMORY}"
    assert "keep Footholds open" in message and "no need to send it again" in message
    proof = Proof(day=person_day(), text="still here").clean().to_dict()
    assert handle(ctx, "proof-add", {"proof": proof}) == (
        True,
        f"Added to your proof list. {KEPT_IN_MEMORY}",
    )
    assert kept_ids(ctx) == set()


def test_a_night_and_its_log_are_both_kept_while_the_disk_is_full(store_full: AppContext) -> None:
    ctx = store_full
    night = {"bed": "23:00", "up": "07:00", "quality": 3, "day": "2026-03-04"}
    entry = LogEntry(note="slept a bit", source="cli").clean().to_dict()
    ok, message = handle(ctx, "log", {"sleep": night, "entry": entry})
    assert ok and message.endswith(KEPT)
    assert len(ctx.store.all(SleepEntry)) == 1
    assert [e.note for e in ctx.store.all(LogEntry)] == ["slept a bit"]


def test_a_store_that_takes_nothing_still_says_so(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a real refusal fails: a store opened for reading only keeps nothing."""
    monkeypatch.setattr(ctx.store, "read_only", True)
    entry = LogEntry(note="refused", source="cli").clean().to_dict()
    ok, message = handle(ctx, "log", {"entry": entry})
    assert not ok and "reading only" in message
    assert ctx.store.all(LogEntry) == []
