"""Store.add_many, the bulk add an import uses: one atomic save per file touched, the folder
synced once, and the same promises as add when the disk refuses."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from checkin_data import TZ, open_store
from footholds.core.store import InvalidEntry, LogEntry, Proof, StoreWriteError
from footholds.core.store import bulk as store_module
from footholds.core.store import storage as storage_module


def logs(count: int, *, start: datetime = datetime(2026, 3, 31, 12, tzinfo=TZ)) -> list[LogEntry]:
    return [LogEntry(id=f"l{n}", at=start - timedelta(days=n), note=str(n)) for n in range(count)]


def test_one_save_per_file_and_one_folder_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    store.durable = True
    writes: list[Path] = []
    syncs: list[Path] = []
    real_write, real_sync = storage_module.write_atomic, store_module.fsync_dir
    monkeypatch.setattr(
        storage_module,
        "write_atomic",
        lambda p, *a, **k: (writes.append(p), real_write(p, *a, **k)),
    )
    monkeypatch.setattr(store_module, "fsync_dir", lambda f: (syncs.append(f), real_sync(f)))
    added = store.add_many([*logs(90), Proof(id="p1", day="2026-03-01", text="held on")])
    assert len(added) == 91
    assert sorted(p.name for p in writes) == [
        "2026-01.json",
        "2026-02.json",
        "2026-03.json",
        "proof.json",
    ]
    assert sorted(syncs) == sorted({store.folder, store.folder / "log"})
    # ids already saved, or twice in the batch, are left out; nothing is written for them
    writes.clear()
    assert store.add_many([*logs(3), logs(1)[0]]) == [] and writes == []
    assert store.count(LogEntry) == 90


def test_an_invalid_record_stops_everything_before_a_write(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    with pytest.raises(InvalidEntry):
        store.add_many([*logs(2), LogEntry(id="bad", energy=9)])
    assert store.count(LogEntry) == 0
    assert [
        r.id for r in store.add_many([*logs(1), LogEntry(id="bad", energy=9)], skip_invalid=True)
    ] == ["l0"]


def test_a_full_disk_keeps_the_rest_in_memory_and_saves_it_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    real = storage_module.write_atomic
    calls = {"n": 0}

    def second_fails(path: Path, *args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(storage_module, "write_atomic", second_fails)
    with pytest.raises(StoreWriteError, match="the disk is full") as failed:
        store.add_many(logs(60))  # March, then February fails; January is left for later
    assert len(failed.value.saved) == 31 + 28  # on disk, or in memory to be written
    assert store.pending() == 1
    monkeypatch.setattr(storage_module, "write_atomic", real)
    assert store.retry_pending()
    store.close()
    again = open_store(tmp_path)
    assert again.count(LogEntry) == 59  # nothing that was accepted in memory was lost
    assert len(again.add_many(logs(60))) == 1  # and trying again adds only January
