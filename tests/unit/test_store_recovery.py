"""Damaged files, full disks and read-only folders: nothing is deleted, nothing acknowledged is
lost, and the person is told in plain words."""

from __future__ import annotations

import errno
import json
import os
import types
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footholds.core import atomic
from footholds.core.store import (
    LogEntry,
    Proof,
    ReminderEvent,
    Store,
    StoreTooNew,
    StoreWriteError,
)
from footholds.core.store.backups import Backups

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


def open_store(root: Path, *, backups: Backups | None = None) -> Store:
    store = Store(
        root / "store",
        aside_dir=root / "aside",
        find_in_backups=backups.find_part if backups else None,
    )
    store.open()
    return store


def aside_bytes(root: Path) -> list[bytes]:
    folder = root / "aside"
    return [p.read_bytes() for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []


def truncated(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def garbage(raw: bytes) -> bytes:
    return b"\x00\xff\xfe garbage \x80\x81" + raw[:10]


def wrong_shape(raw: bytes) -> bytes:
    return b'{"log": [1, 2, 3], "proof": "a list of proofs", "_meta": {"1": {"schema": 1}}}'


def not_an_object(raw: bytes) -> bytes:
    return b"[1, 2, 3]"


def no_schema(raw: bytes) -> bytes:
    data = json.loads(raw)
    del data["_meta"]
    return json.dumps(data).encode()


def future_schema(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["_meta"] = {"1": {"schema": 99}}
    return json.dumps(data).encode()


DAMAGE: list[Callable[[bytes], bytes]] = [
    truncated,
    garbage,
    wrong_shape,
    not_an_object,
    no_schema,
    future_schema,
]
FILES = {"month": ("log/2026-03.json", LogEntry), "small": ("proof.json", Proof)}


def fill(store: Store, model: type, n: int, start: int = 0) -> list[str]:
    ids = []
    for i in range(start, start + n):
        if model is LogEntry:
            ids.append(store.add(LogEntry(note=f"entry {i}", at=MARCH.replace(day=1 + i))).id)
        else:
            ids.append(store.add(Proof(text=f"proof {i}", at=MARCH.replace(day=1 + i))).id)
    return ids


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("which", FILES)
@pytest.mark.parametrize("with_backup", [True, False], ids=["backup", "no-backup"])
def test_damaged_file_is_set_aside_and_replaced(
    tmp_path: Path, damage: Callable[[bytes], bytes], which: str, with_backup: bool
) -> None:
    relative, model = FILES[which]
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path)
    backed_up = fill(store, model, 3)
    backups.create("daily")
    fill(store, model, 2, start=3)  # written after the backup: in the damaged file only
    store.close()
    path = tmp_path / "store" / relative
    bad = damage(path.read_bytes())
    path.write_bytes(bad)

    store = open_store(tmp_path, backups=backups if with_backup else None)
    heard: list[str] = []
    store.notice.connect(heard.append)
    found = [r.id for r in store.all(model)]

    assert aside_bytes(tmp_path) == [bad]  # the damaged bytes are kept, not deleted
    assert found == (backed_up if with_backup else [])
    assert len(heard) == 1 and store.notices == heard
    message = heard[0]
    what = "log for 2026-03" if which == "month" else "proof list"
    assert message.startswith(f"Part of your {what} could not be read (")
    assert "kept, not deleted" in message and str(tmp_path / "aside") in message
    if with_backup:
        assert "restored from your latest backup (3 entries)" in message
    else:
        assert "no backup had a copy" in message
    assert "Traceback" not in message and "Errno" not in message

    # the part works again and a new store opens quietly
    fill(store, model, 1, start=20)
    store.close()
    again = open_store(tmp_path, backups=backups)
    assert again.count(model) == len(found) + 1 and again.notices == []


def spoil(path: Path, *notes: str) -> bytes:
    """Make the entries with these notes (or texts) unreadable, the rest of the file sound."""
    data = json.loads(path.read_bytes())
    table = next(v for k, v in data.items() if k != "_meta")
    for doc in table.values():
        if doc.get("note", doc.get("text")) in notes:
            doc["at"] = "not a time"
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    return raw


@pytest.mark.parametrize("which", FILES)
def test_unreadable_entries_are_left_out_and_the_rest_kept(tmp_path: Path, which: str) -> None:
    relative, model = FILES[which]
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path)
    ids = fill(store, model, 3)
    backups.create("daily")
    ids += fill(store, model, 3, start=3)
    store.remove(found(store, model, ids[1]))  # removed after the backup: must stay removed
    store.close()
    word = "entry" if model is LogEntry else "proof"
    bad = spoil(tmp_path / "store" / relative, f"{word} 0", f"{word} 4")

    store = open_store(tmp_path, backups=backups)
    kept = [r.id for r in store.all(model)]
    # entry 0 comes back from the backup; entry 4 was written after it; entry 1 stays removed
    assert kept == [ids[0], ids[2], ids[3], ids[5]]
    assert aside_bytes(tmp_path) == [bad]
    what = "log for 2026-03" if which == "month" else "proof list"
    (message,) = store.notices
    assert message.startswith(
        f"2 entries in your {what} could not be read (The time is not a date and time I "
        "understand). 1 entry came back from your latest backup. 1 entry could not be "
        "brought back. The other 3 entries are safe. The file as it was is kept, not deleted: "
        f"{tmp_path / 'aside'}/"
    )
    store.close()
    again = open_store(tmp_path)
    assert [r.id for r in again.all(model)] == kept and again.notices == []


def test_unreadable_entries_without_a_backup(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    fill(store, LogEntry, 2)
    store.close()
    spoil(tmp_path / "store" / "log" / "2026-03.json", "entry 1")
    store = open_store(tmp_path)
    assert [e.note for e in store.all(LogEntry)] == ["entry 0"]
    assert store.notices[0].startswith("1 entry in your log for 2026-03 could not be read")
    assert "1 entry could not be brought back. The other entry is safe. " in store.notices[0]


def found(store: Store, model: type, record_id: str) -> Any:
    record = store.get(model, record_id)
    assert record is not None
    return record


def test_newest_good_backup_is_used(tmp_path: Path) -> None:
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path)
    fill(store, Proof, 1)
    backups.create("daily", tmp_path / "backups" / "footholds-daily-20260301-100000.zip")
    fill(store, Proof, 1, start=1)
    backups.create("daily", tmp_path / "backups" / "footholds-daily-20260302-100000.zip")
    newest = tmp_path / "backups" / "footholds-manual-20260303-100000.zip"
    backups.create("manual", newest)
    newest.write_bytes(b"not a zip")  # the newest backup is broken: skip to the next one
    store.close()
    (tmp_path / "store" / "proof.json").write_bytes(b"{")
    store = open_store(tmp_path, backups=backups)
    assert [p.text for p in store.all(Proof)] == ["proof 0", "proof 1"]


def test_damaged_meta_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    fill(store, LogEntry, 2)
    store.close()
    (tmp_path / "store" / "meta.json").write_bytes(b"\x00\x00")
    store = open_store(tmp_path)
    assert aside_bytes(tmp_path) == [b"\x00\x00"]
    assert len(store.notices) == 1 and "Your entries were not affected" in store.notices[0]
    assert store.count(LogEntry) == 2
    assert json.loads((tmp_path / "store" / "meta.json").read_bytes()) == {"schema": 1}


def test_a_store_from_a_newer_footholds_is_left_alone(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    fill(store, LogEntry, 2)
    fill(store, Proof, 1)
    store.close()
    (tmp_path / "store" / "meta.json").write_text('{"schema": 99}')
    before = {p: p.read_bytes() for p in (tmp_path / "store").rglob("*") if p.is_file()}
    with pytest.raises(StoreTooNew, match="saved by a newer version of Footholds"):
        open_store(tmp_path)
    assert {p: p.read_bytes() for p in (tmp_path / "store").rglob("*") if p.is_file()} == before
    assert not (tmp_path / "aside").exists()


# -- full disk, read-only folder --------------------------------------------------------------


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
    proof = Proof(text="the proof list is a small file")
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
    import dataclasses

    store = open_store(tmp_path)
    a = store.add(Proof(text="first"))
    b = store.add(Proof(text="second"))
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
