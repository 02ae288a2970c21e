"""A failed save is kept in the unsaved-entries file at once, not only at quit, so a crash right
after it loses nothing; once the store saves the entry the file lets go of it, so a later start
brings in no stale copy."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footholds.core.store import LogEntry, Proof, Store, StoreWriteError, pending, storage
from support import present

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


def places(root: Path) -> tuple[Path, ...]:
    return (root / "state" / "unsaved-entries.json", root / "config" / "unsaved-entries.json")


def new_store(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside", unsaved_files=places(root))
    store.open()
    return store


def started(root: Path) -> Store:
    """A store opened as the app opens it: unsaved entries from before are merged."""
    store = new_store(root)
    pending.merge(store)
    return store


def refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's own folder can't be written (a full disk there); other folders can."""

    def full(path: Path, data: bytes, *, durable: bool = True, sync_dir: bool = True) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage, "write_atomic", full)


def kept_ids(place: Path) -> list[str]:
    if not place.exists():
        return []
    return [c["id"] for c in json.loads(place.read_bytes())["changes"]]


def test_a_crash_after_a_failed_save_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="immutable log dir, app running", at=MARCH)
    with pytest.raises(StoreWriteError, match="kept safely in memory"):
        store.add(entry)
    kept = places(tmp_path)[0]
    assert kept_ids(kept) == [entry.id]  # written at once, not at quit
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    del store  # killed: close() never runs

    monkeypatch.undo()  # writing works again
    again = started(tmp_path)
    assert [e.id for e in again.all(LogEntry)] == [entry.id]
    assert not kept.exists()  # durably merged, so the file is gone
    again.close()
    assert [e.note for e in started(tmp_path).all(LogEntry)] == [entry.note]  # no duplicate


def test_each_later_failure_is_kept_too_with_the_latest_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    first, second = LogEntry(note="first", at=MARCH), Proof(text="second")
    with pytest.raises(StoreWriteError):
        store.add(first)
    with pytest.raises(StoreWriteError):
        store.add(second)
    with pytest.raises(StoreWriteError):
        store.update(dataclasses.replace(first, note="first, changed"))
    assert sorted(kept_ids(places(tmp_path)[0])) == sorted([first.id, second.id])
    monkeypatch.undo()
    again = started(tmp_path)  # after a crash
    assert present(again.get(LogEntry, first.id)).note == "first, changed"
    assert again.get(Proof, second.id) is not None


def test_once_saved_the_file_lets_go_so_a_later_edit_is_not_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="first words", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    monkeypatch.undo()
    assert store.retry_pending()
    assert not places(tmp_path)[0].exists()
    store.update(dataclasses.replace(entry, note="second words"))
    del store  # a crash: a kept copy of "first words" would come back at the next start
    assert present(started(tmp_path).get(LogEntry, entry.id)).note == "second words"


def test_closing_once_writing_works_again_lets_go_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    with pytest.raises(StoreWriteError):
        store.add(Proof(text="kept"))
    monkeypatch.undo()
    store.close()  # saves it, so the file no longer needs to hold it
    assert not places(tmp_path)[0].exists()


def test_a_store_that_did_not_merge_takes_out_only_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an earlier run kept an entry; this store was opened without merging it, so it must not
    # delete the file, only take back what it put there itself once that is saved
    refuse_writes(monkeypatch)
    earlier = LogEntry(note="from an earlier run", at=MARCH)
    run = new_store(tmp_path)
    with pytest.raises(StoreWriteError):
        run.add(earlier)
    run.close()
    store = new_store(tmp_path)
    mine = Proof(text="this run's")
    with pytest.raises(StoreWriteError, match="kept safely in memory"):
        store.add(mine)
    assert sorted(kept_ids(places(tmp_path)[0])) == sorted([earlier.id, mine.id])
    monkeypatch.undo()
    assert store.retry_pending()
    assert kept_ids(places(tmp_path)[0]) == [earlier.id]
    store.update(dataclasses.replace(mine, text="changed after saving"))
    store.close()
    again = started(tmp_path)
    assert present(again.get(Proof, mine.id)).text == "changed after saving"
    assert again.get(LogEntry, earlier.id) is not None
    assert not places(tmp_path)[0].exists()


def test_with_nowhere_to_keep_it_the_person_is_not_told_it_is_safe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for place in places(tmp_path):  # a file where each folder should be
        place.parent.parent.mkdir(parents=True, exist_ok=True)
        place.parent.write_text("in the way")
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    with pytest.raises(StoreWriteError) as caught:
        store.add(LogEntry(note="only in memory", at=MARCH))
    assert "kept safely" not in str(caught.value)
    assert "only in memory" in str(caught.value)
    assert caught.value.code == "store.unsaved.disk_full"


def test_a_merge_that_cannot_save_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_writes(monkeypatch)
    store = new_store(tmp_path)
    entries = [LogEntry(note=f"entry {n}", at=MARCH) for n in range(3)]
    for entry in entries:
        with pytest.raises(StoreWriteError):
            store.add(entry)
    store.close()
    before = places(tmp_path)[0].read_bytes()
    again = started(tmp_path)  # each failed save here is in the file already
    assert again.pending() == 1 and again.count(LogEntry) == 3
    assert places(tmp_path)[0].read_bytes() == before
