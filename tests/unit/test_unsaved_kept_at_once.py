"""A failed save is kept in the unsaved-entries file at once, not only at quit, so a crash right
after it loses nothing; once the store saves the entry the file lets go of it, so a later start
brings in no stale copy; and a command run while the app is not running brings waiting
entries in as the app's start does (or says how many still wait)."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from test_unsaved_entries import MARCH, new_store, places, refuse_writes, started

from footholds.cli.main import main
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Proof, Store, StoreWriteError, pending
from footholds.core.store.opening import open_store
from support import person_day, present


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
    first, second = LogEntry(note="first", at=MARCH), Proof(day=person_day(), text="second")
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
        store.add(Proof(day=person_day(), text="kept"))
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
    mine = Proof(day=person_day(), text="this run's")
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


def test_an_entry_added_then_removed_while_nothing_saves_stays_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="added by mistake", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)  # kept in the file at once
    with pytest.raises(StoreWriteError):
        store.remove(entry)  # memory and disk agree it is not there: no change for it now
    store.close()
    monkeypatch.undo()
    assert started(tmp_path).all(LogEntry) == []


def test_an_edit_taken_back_while_nothing_saves_is_not_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    first = store.add(LogEntry(note="first words", at=MARCH))
    refuse_writes(monkeypatch)
    with pytest.raises(StoreWriteError):
        store.update(dataclasses.replace(first, note="second words"))
    with pytest.raises(StoreWriteError):
        store.update(first)  # back to the words on disk
    store.close()
    monkeypatch.undo()
    assert present(started(tmp_path).get(LogEntry, first.id)).note == "first words"


def test_a_saved_entry_removed_while_nothing_saves_stays_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    entry = store.add(LogEntry(note="on disk", at=MARCH))
    other = store.add(LogEntry(note="stays", at=MARCH))
    refuse_writes(monkeypatch)
    with pytest.raises(StoreWriteError):
        store.remove(entry)  # the disk still has it: the file keeps the removal
    with pytest.raises(StoreWriteError):
        store.update(dataclasses.replace(other, note="stays, changed"))
    store.close()
    monkeypatch.undo()
    assert [e.note for e in started(tmp_path).all(LogEntry)] == ["stays, changed"]


def test_a_merged_entry_removed_while_nothing_saves_stays_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an earlier run kept an entry; this start brings it in but cannot save it, then the
    # person removes it: the earlier run's line must not bring it back
    refuse_writes(monkeypatch)
    earlier = LogEntry(note="from an earlier run", at=MARCH)
    run = new_store(tmp_path)
    with pytest.raises(StoreWriteError):
        run.add(earlier)
    run.close()
    store = started(tmp_path)
    assert store.owns_unsaved and store.get(LogEntry, earlier.id) is not None
    with pytest.raises(StoreWriteError):
        store.remove(present(store.get(LogEntry, earlier.id)))
    store.close()
    monkeypatch.undo()
    assert started(tmp_path).all(LogEntry) == []


def test_a_store_that_did_not_merge_takes_back_only_its_own_stale_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_writes(monkeypatch)
    earlier = LogEntry(note="from an earlier run", at=MARCH)
    run = new_store(tmp_path)
    with pytest.raises(StoreWriteError):
        run.add(earlier)
    run.close()
    store = new_store(tmp_path)  # not merged: the earlier run's line is not in its memory
    mine = Proof(day=person_day(), text="added, then removed")
    with pytest.raises(StoreWriteError):
        store.add(mine)
    with pytest.raises(StoreWriteError):
        store.remove(mine)
    assert kept_ids(places(tmp_path)[0]) == [earlier.id]
    store.close()
    monkeypatch.undo()
    again = started(tmp_path)
    assert again.all(Proof) == [] and again.get(LogEntry, earlier.id) is not None


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "not-merged"])
def test_a_line_left_in_another_place_does_not_bring_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merged: bool
) -> None:
    store = started(tmp_path) if merged else new_store(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="added by mistake", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)  # kept in the first place
    first, second = places(tmp_path)
    assert kept_ids(first) == [entry.id]
    write = pending.write_atomic

    def first_full(path: Path, data: bytes, **how: bool) -> None:
        if path == first:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        write(path, data, **how)

    monkeypatch.setattr(pending, "write_atomic", first_full)
    with pytest.raises(StoreWriteError, match="kept safely in memory"):
        store.remove(entry)  # kept in the second place now
    assert second.exists() and kept_ids(first) == []
    store.close()
    monkeypatch.undo()
    assert started(tmp_path).all(LogEntry) == []


# -- the command line, the app not running --------------------------------------------------
@pytest.fixture
def waiting(footholds_home: Path, monkeypatch: pytest.MonkeyPatch) -> Proof:
    """A proof an earlier run could not save, waiting in the unsaved-entries file."""
    paths = Paths.from_env()
    store, _ = open_store(paths)
    store.add(Proof(day=person_day(), text="saved long ago"))
    with monkeypatch.context() as full:
        refuse_writes(full)
        proof = Proof(day=person_day(), text="waiting to be saved")
        with pytest.raises(StoreWriteError):
            store.add(proof)
    del store  # the app was killed
    assert kept_ids(paths.unsaved_files[0]) == [proof.id]
    return proof


def test_proof_list_brings_waiting_entries_in(
    waiting: Proof, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["proof", "list"]) == 0
    out = capsys.readouterr()
    assert "waiting to be saved" in out.out and "saved long ago" in out.out
    assert "entries are waiting" not in out.err
    paths = Paths.from_env()
    assert not paths.unsaved_files[0].exists()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    assert [p.text for p in store.all(Proof)].count("waiting to be saved") == 1


def test_export_brings_waiting_entries_in(
    waiting: Proof, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)["records"]
    assert waiting.id in [p["id"] for p in records["proof"]]


def test_backup_brings_waiting_entries_in(waiting: Proof, tmp_path: Path) -> None:
    target = tmp_path / "backup.zip"
    assert main(["backup", "-o", str(target)]) == 0
    with zipfile.ZipFile(target) as made:
        assert waiting.id in made.read("store/proof.json").decode()


def test_a_command_that_cannot_write_says_how_many_wait(
    waiting: Proof, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with monkeypatch.context() as full:  # not undo(): that would let go of FOOTHOLDS_HOME
        refuse_writes(full)
        assert main(["proof", "list"]) == 0
        out = capsys.readouterr()
        assert "1 entry is waiting to be saved" in out.err
        assert "saved long ago" in out.out
        assert kept_ids(Paths.from_env().unsaved_files[0]) == [waiting.id]  # still kept
    assert main(["proof", "list"]) == 0
    assert "waiting to be saved" in capsys.readouterr().out


def test_while_the_app_holds_the_store_a_reading_command_says_how_many_wait(
    waiting: Proof, capsys: pytest.CaptureFixture[str]
) -> None:
    from footholds.platform.lockfile import take_lock

    paths = Paths.from_env()
    held = present(take_lock(paths.lock_file))  # the app runs (and holds them in memory)
    try:
        assert main(["export", "--format", "json"]) == 0
    finally:
        held.unlock()
    out = capsys.readouterr()
    assert "1 entry is waiting to be saved" in out.err
    assert waiting.id not in out.out
    assert paths.unsaved_files[0].exists()


def test_opening_the_store_to_write_brings_waiting_entries_in(waiting: Proof) -> None:
    store, _ = open_store(Paths.from_env())  # as the app and every writing command open it
    assert store.get(Proof, waiting.id) is not None
    assert not Paths.from_env().unsaved_files[0].exists()
