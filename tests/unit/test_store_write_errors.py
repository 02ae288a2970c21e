"""Full disk and read-only folder: the entry stays in memory, readable, until it can be saved;
the person is told in plain words."""

from __future__ import annotations

import dataclasses
import errno
import os
import types
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footholds.core import atomic
from footholds.core.store import LogEntry, Proof, ReminderEvent, Store, StoreWriteError
from support import person_day

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


def open_store(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    return store


class FailingOs(types.ModuleType):
    """The os module as footholds.core.atomic sees it, with one call failing on demand."""

    def __init__(self, name: str, code: int) -> None:
        super().__init__("os")
        self.failing, self.code, self.calls = name, code, 0

    def __getattr__(self, attr: str) -> Any:
        real = getattr(os, attr)
        if attr != self.failing:
            return real

        def fail(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            raise OSError(self.code, os.strerror(self.code))

        return fail


@pytest.mark.parametrize(
    ("call", "code", "why"),
    [
        ("write", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EROFS, "the data folder can't be written to"),
        ("fsync", errno.EIO, "the disk refused the write (Input/output error)"),
    ],
)
def test_failed_write_keeps_entry_in_memory_until_it_can_be_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int, why: str
) -> None:
    store = open_store(tmp_path)
    kept = store.add(LogEntry(note="saved before", at=MARCH))
    month_file = tmp_path / "store" / "log" / "2026-03.json"
    before = month_file.read_bytes()
    failing = FailingOs(call, code)
    monkeypatch.setattr(atomic, "os", failing)

    entry = LogEntry(note="written while the disk was full", at=MARCH.replace(day=20))
    with pytest.raises(StoreWriteError) as caught:
        store.add(entry)
    assert failing.calls >= 1
    assert caught.value.errno == code
    assert str(caught.value) == (
        f"Couldn't save to disk because {why}. Your entry is kept safely in memory and "
        "will be saved as soon as writing works again."
    )
    # readable from the store, not on disk, and no half file left behind
    assert store.get(LogEntry, entry.id) is entry
    assert [e.id for e in store.latest(LogEntry, 5)] == [entry.id, kept.id]
    assert store.between(LogEntry, MARCH.replace(day=15), MARCH.replace(day=25)) == [entry]
    assert store.pending() == 1
    assert month_file.read_bytes() == before
    assert sorted(p.name for p in month_file.parent.iterdir()) == ["2026-03.json"]
    # still failing: the retry says so and keeps it
    assert store.retry_pending() is False and store.pending() == 1

    monkeypatch.setattr(atomic, "os", os)
    assert store.retry_pending() is True
    assert store.pending() == 0
    store.close()
    again = open_store(tmp_path)
    assert {e.id for e in again.all(LogEntry)} == {kept.id, entry.id}


def test_next_save_writes_what_was_pending(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path)
    monkeypatch.setattr(atomic, "os", FailingOs("write", errno.ENOSPC))
    for month in (1, 2, 3):  # three files, each with a change only in memory
        with pytest.raises(StoreWriteError):
            store.add(LogEntry(note=str(month), at=MARCH.replace(month=month)))
    proof = Proof(day=person_day(), text="the proof list is a small file")
    with pytest.raises(StoreWriteError):
        store.add(proof)
    assert store.pending() == 4
    monkeypatch.setattr(atomic, "os", os)
    store.add(ReminderEvent(at=MARCH))  # a save that works writes the pending ones too
    assert store.pending() == 0
    store.close()
    again = open_store(tmp_path)
    assert again.count(LogEntry) == 3 and again.get(Proof, proof.id) is not None


def test_pending_months_are_never_dropped_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside", cached_months=2)
    store.open()
    monkeypatch.setattr(atomic, "os", FailingOs("replace", errno.ENOSPC))
    for month in range(1, 7):
        with pytest.raises(StoreWriteError):
            store.add(LogEntry(note=str(month), at=MARCH.replace(month=month)))
    assert store.pending() == 6
    assert [e.note for e in store.iter_records(LogEntry)] == ["1", "2", "3", "4", "5", "6"]
    monkeypatch.setattr(atomic, "os", os)
    store.close()  # close writes what is pending
    again = open_store(tmp_path)
    assert again.count(LogEntry) == 6


def test_failed_update_and_remove_are_kept_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    a = store.add(Proof(day=person_day(), text="first"))
    b = store.add(Proof(day=person_day(), text="second"))
    monkeypatch.setattr(atomic, "os", FailingOs("write", errno.ENOSPC))
    with pytest.raises(StoreWriteError):
        store.update(dataclasses.replace(a, text="first, changed"))
    with pytest.raises(StoreWriteError):
        store.remove(b)
    assert [p.text for p in store.all(Proof)] == ["first, changed"]
    monkeypatch.setattr(atomic, "os", os)
    assert store.retry_pending()
    store.close()
    assert [p.text for p in open_store(tmp_path).all(Proof)] == ["first, changed"]


@pytest.mark.skipif(os.name != "posix", reason="folder modes are a POSIX thing")
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores folder modes; the monkeypatched tests above cover this case",
)
def test_real_read_only_folder(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(LogEntry(note="before", at=MARCH))
    folder = tmp_path / "store" / "log"
    os.chmod(folder, 0o500)
    try:
        entry = LogEntry(note="while read-only", at=MARCH)
        with pytest.raises(StoreWriteError, match="can't be written to"):
            store.add(entry)
        assert store.get(LogEntry, entry.id) is entry and store.pending() == 1
    finally:
        os.chmod(folder, 0o700)
    assert store.retry_pending()
    store.close()
    assert open_store(tmp_path).count(LogEntry) == 2


def test_a_new_months_folder_that_cannot_be_made_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.core.store import storage

    store = open_store(tmp_path)

    def refuse(folder: Path) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(storage, "make_private_dir", refuse)
    entry = LogEntry(note="the first entry of its kind", at=MARCH)
    with pytest.raises(StoreWriteError, match="can't be written to"):
        store.add(entry)
    assert store.get(LogEntry, entry.id) is entry and store.pending() == 1
    assert not (tmp_path / "store" / "log").exists()
    monkeypatch.undo()
    assert store.retry_pending()
    store.close()
    assert open_store(tmp_path).get(LogEntry, entry.id) is not None


def test_close_says_so_when_entries_are_still_only_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    monkeypatch.setattr(atomic, "os", FailingOs("write", errno.ENOSPC))
    entry = LogEntry(note="not on disk yet", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    with pytest.raises(StoreWriteError) as caught:
        store.close()
    assert caught.value.errno == errno.ENOSPC
    assert str(caught.value).startswith(
        "Some of your latest entries still can't be saved because the disk is full."
    )
    assert "will be lost" in str(caught.value)
    # still open and still holding the entry: once there is space, closing saves it
    assert store.get(LogEntry, entry.id) is entry
    monkeypatch.setattr(atomic, "os", os)
    store.close()
    assert open_store(tmp_path).get(LogEntry, entry.id) is not None


def test_opening_where_no_folder_can_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_bytes(b"a file where the data folder should be")
    store = Store(blocker / "store", aside_dir=tmp_path / "aside")
    with pytest.raises(StoreWriteError, match="Footholds can't use its data folder") as caught:
        store.open()
    assert caught.value.errno == errno.ENOTDIR
    assert blocker.read_bytes() == b"a file where the data folder should be"
