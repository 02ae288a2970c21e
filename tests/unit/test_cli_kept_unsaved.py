"""A writing command whose save the data folder refuses (no app running) tells the truth in
one sentence: when its change waits in the unsaved-entries file, to join the store at the next
start or command that can write, it says it is kept and succeeds, so a retry does not save it
twice; when nothing could keep it, it says "Nothing was saved" and fails. The running app
words it the same way, with "them" for more than one entry (core/unsaved_words.py)."""

from __future__ import annotations

import errno
import json
import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from footholds.cli import session as session_cli
from footholds.cli.main import main
from footholds.core.paths import Paths
from footholds.core.store import (
    LogEntry,
    Proof,
    Session,
    SleepEntry,
    Store,
    StoreWriteError,
    pending,
    storage,
)
from footholds.core.store.failures import write_error
from footholds.core.unsaved_words import Unsaved, import_refused, in_app

READ_ONLY = "footholds: Nothing was saved, because the data folder can't be written to.\n"
# the store's folder refuses writes (read-only): named as such, never as a disk short of room
KEPT = (
    "Footholds' data folder can't be written to, so it is kept safely and will be saved as "
    "soon as the folder can be written to again."
)

# each command, the start of what it says when saved, and what it adds to the store
COMMANDS = [
    (["log", "--feel", "calm", "kept aside"], "Logged. That counts.", {"log": 1}),
    (["proof", "add", "kept aside"], "Added to your proof list.", {"proof": 1}),
    (
        ["session", "add", "2027-02-01", "10:00", "--with", "Sam"],
        "Added: 2027-02-01 at 10:00",
        {"session": 1},
    ),
    (
        ["log", "--slept", "23:30-07:10", "--feel", "calm"],
        "Noted how you slept. Thank you.",
        {"sleep": 1, "log": 1},
    ),
]


@pytest.fixture
def paths() -> Paths:
    """A home whose store was written once, so opening it later writes nothing."""
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(note="before").clean())
    store.close()
    return paths


def refuse(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.EROFS, os.strerror(errno.EROFS))


def store_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's folder can't be written (read-only); the unsaved-entries file's can."""
    monkeypatch.setattr(storage, "write_atomic", refuse)


def nowhere_to_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither the store's folder nor any place for unsaved entries can be written."""
    store_read_only(monkeypatch)
    monkeypatch.setattr(pending, "write_atomic", refuse)


def waiting(paths: Paths) -> list[str]:
    found, _ = pending.read_unsaved(paths.unsaved_files)
    return sorted(change["kind"] for _, changes in found for change in changes)


def everything(paths: Paths) -> dict[str, int]:
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    try:
        kinds = (LogEntry, Proof, Session, SleepEntry)
        return {model.KIND: len(store.all(model)) for model in kinds}
    finally:
        store.close()


@pytest.mark.parametrize(("args", "done", "adds"), COMMANDS)
def test_a_change_kept_for_later_is_said_to_be_kept_and_is_saved_once(
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    done: str,
    adds: dict[str, int],
) -> None:
    before = everything(paths)
    with monkeypatch.context() as patched:
        store_read_only(patched)
        assert main(args) == 0
        out, err = capsys.readouterr()
        assert out.startswith(done)
        assert KEPT in out and "There is no need to" in out
        assert "Nothing was saved" not in out + err and "in memory" not in out + err
        assert err == ""
        assert waiting(paths)  # it is in the unsaved-entries file, as said
    # the folder can be written again: the next command brings it in, once
    assert main(["proof", "add", "later"]) == 0
    after = everything(paths)
    expected = Counter(adds) + Counter(proof=1)
    assert {kind: after[kind] - before[kind] for kind in after} == {
        kind: expected[kind] for kind in after
    }
    assert waiting(paths) == []


@pytest.mark.parametrize(("args", "done", "adds"), COMMANDS)
def test_when_nothing_could_keep_it_the_command_says_nothing_was_saved(
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    done: str,
    adds: dict[str, int],
) -> None:
    nowhere_to_keep(monkeypatch)
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", READ_ONLY)
    assert waiting(paths) == []


def test_an_import_kept_for_later_says_so_for_each_entry_and_succeeds(
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    march = [datetime(2026, 3, day, 10, tzinfo=UTC) for day in (1, 2)]
    entries = [LogEntry(note="imported", at=at).to_dict() for at in march]
    export = {"format": "footholds-export", "version": 1, "records": {"log": entries}}
    source = tmp_path / "export.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    store_read_only(monkeypatch)
    assert main(["import", str(source), "--yes"]) == 0
    out, err = capsys.readouterr()
    assert (
        "Imported 2 log entries. Footholds' data folder can't be written to, so they are kept"
        in out
    )
    assert "Nothing was saved" not in out + err and "Your entry" not in out + err
    assert waiting(paths) == ["log", "log"]


def refused(code: str) -> StoreWriteError:
    return write_error(errno.EROFS, code)


def test_the_running_app_says_them_for_an_import_of_more_than_one() -> None:
    ok, message = in_app(import_refused(refused("store.write.read_only"), Counter(log=2)))
    assert ok
    assert message.startswith("Imported 2 log entries. Footholds' data folder can't be written")
    ok, message = in_app(import_refused(refused("store.write.read_only"), Counter(log=1)))
    assert message.startswith("Imported 1 log entry. Footholds' data folder can't be written to")


def test_the_running_app_holds_a_session_the_disk_refused_and_says_so() -> None:
    """It used to answer "not saved" (exit 1), inviting a second, identical session."""

    class Refusing:
        def add(self, record: Session) -> Session:
            raise refused("store.write.read_only")

    ctx: Any = SimpleNamespace(store=Refusing())
    payload = {"session": Session(day="2027-02-01", time="10:00").to_dict()}
    ok, message = session_cli.handle_add(ctx, payload)
    assert ok
    assert message.startswith("Added: 2027-02-01 at 10:00") and KEPT in message
    with pytest.raises(Unsaved):  # a command's own store: answered once it is closed
        session_cli.add_to(Refusing(), payload)  # type: ignore[arg-type]
