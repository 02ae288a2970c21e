"""A refused write is named for what it is, everywhere the held-in-memory words are made: a
full disk (no room, or no quota left) is told to free some space; a data folder that can't be
written to (read-only, permissions) is told so, and never asked "is the disk full?". Before:
with a read-only data folder, `footholds quit` said "(is the disk full?) … Free some space"
and `footholds log` said "The disk can't take it yet"."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from footholds.cli.main import main
from footholds.core.store import LogEntry, Store, StoreWriteError, pending, storage
from footholds.core.store.failures import cause, why_failed, write_error
from footholds.core.unsaved_words import Unsaved, because, in_app, kept_words

FULL = [errno.ENOSPC, errno.EDQUOT]
UNWRITABLE = [errno.EROFS, errno.EACCES, errno.EPERM]


@pytest.mark.parametrize("number", FULL)
def test_no_room_is_a_full_disk(number: int) -> None:
    assert cause(number) == "disk_full"
    assert why_failed(OSError(number, "x")).code == "store.write.disk_full"
    assert because(OSError(number, "x")) == "the disk is full"


@pytest.mark.parametrize("number", UNWRITABLE)
def test_a_folder_that_takes_no_writes_is_not_a_full_disk(number: int) -> None:
    assert cause(number) == "read_only"
    assert why_failed(OSError(number, "x")).code == "store.write.read_only"
    assert because(OSError(number, "x")) == "the data folder can't be written to"
    for memory in (True, False):
        words = kept_words(in_memory=memory, why=number)
        assert words.startswith("Footholds' data folder can't be written to, so ")
        assert "disk" not in words and "space" not in words


def test_the_running_app_says_a_read_only_folder_for_a_held_log() -> None:
    refused = write_error(errno.EROFS, "store.unsaved.read_only")
    ok, message = in_app(Unsaved(refused, "Logged. That counts."))
    assert ok
    assert message.startswith(
        "Logged. That counts. Footholds' data folder can't be written to, so for now it is "
        "only in Footholds' memory: keep Footholds open and it will be saved as soon as the "
        "folder can be written to again."
    )
    full = write_error(errno.ENOSPC, "store.unsaved.disk_full")
    assert "The disk can't take it yet" in in_app(Unsaved(full, "Logged."))[1]


def _refuse(number: int) -> Any:
    def refuse(*_a: Any, **_k: Any) -> None:
        raise OSError(number, os.strerror(number))

    return refuse


@pytest.mark.parametrize(
    ("number", "code", "words", "not_said"),
    [
        (errno.ENOSPC, "store.nowhere.disk_full", "because the disk is full", "written to"),
        (errno.EDQUOT, "store.nowhere.disk_full", "because the disk is full", "written to"),
        (errno.EROFS, "store.nowhere.read_only", "the data folder can't be written", "space"),
        (errno.EACCES, "store.nowhere.read_only", "the data folder can't be written", "space"),
        (errno.EPERM, "store.nowhere.read_only", "the data folder can't be written", "space"),
        (errno.EIO, "store.nowhere.refused", "the disk refused the write", "space"),
    ],
)
def test_nowhere_to_keep_them_names_the_cause(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    code: str,
    words: str,
    not_said: str,
) -> None:
    """What `footholds quit` answers when nothing could keep the entries (app/handlers)."""
    store = Store(
        tmp_path / "store",
        aside_dir=tmp_path / "aside",
        unsaved_files=[tmp_path / "state" / "unsaved.json"],
    )
    store.open()
    with monkeypatch.context() as broken:
        broken.setattr(storage, "write_atomic", _refuse(number))
        broken.setattr(pending, "write_atomic", _refuse(number))
        with pytest.raises(StoreWriteError):
            store.add(LogEntry(note="held"))
        with pytest.raises(StoreWriteError) as told:
            pending.keep(store)
    assert told.value.code == code
    assert words in str(told.value) and not_said not in str(told.value)
    assert "(is the disk full?)" not in str(told.value)
    store.close()


def test_a_command_names_a_folder_it_cannot_write(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from footholds.cli import commands

    def run(_args: Any) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", "/somewhere/data")

    monkeypatch.setattr(commands, "run", run)
    assert main(["proof", "list"]) == 1
    _out, err = capsys.readouterr()
    assert err == "footholds: it can't be written to (/somewhere/data). Nothing was changed.\n"
