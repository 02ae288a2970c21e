"""The store locked in a running app (issue 20): "Lock now" drops every record from memory,
a new entry is sealed to the public key rather than written, and the unlock brings it in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from footholds.core import medication, sleep
from footholds.core.store import LogEntry, MedicationTaken, Proof, SleepEntry, Store, storage
from footholds.core.store.backups import Backups
from footholds.core.store.failures import StoreIsLocked

pytest.importorskip("cryptography")

from footholds.core.lock import inbox, switch
from footholds.core.lock.keys import create
from support import person_day

FAST = 1 << 10
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def locked_store(data: Path) -> tuple[Store, object]:
    backups = Backups(data / "backups", data / "store", data / "set-aside")
    store = Store(data / "store", aside_dir=data / "set-aside", find_in_backups=backups.find_part)
    store.open()
    store.add(LogEntry(note="the first morning walk"))
    store.close()
    header, keys, _ = create(PASS, FAST)
    switch.enable(data, header, keys)
    storage.codec = keys
    store.open()
    return store, keys


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_sealed_store_reads_nothing_seals_new_entries_and_joins_them_at_unlock(
    tmp_path: Path,
) -> None:
    store, keys = locked_store(tmp_path)
    assert [e.note for e in store.all(LogEntry)] == ["the first morning walk"]
    store.seal(lambda record: inbox.put(tmp_path, record))
    storage.codec = None
    assert store.all(LogEntry) == []  # nothing left in memory to show
    store.add(LogEntry(note="a quiet evening while locked"))
    store.add(Proof(day=person_day(), text="asked for help"))
    assert b"quiet evening" not in every_byte(tmp_path)
    assert len(inbox.waiting(tmp_path)) == 2
    with pytest.raises(StoreIsLocked):  # an existing entry cannot change while locked
        store.update(LogEntry(note="changed"))

    storage.codec = keys  # type: ignore[assignment]
    store.unseal()
    inbox.join(tmp_path, store, keys)  # type: ignore[arg-type]
    notes = sorted(e.note for e in store.all(LogEntry))
    assert notes == ["a quiet evening while locked", "the first morning walk"]
    assert [p.text for p in store.all(Proof)] == ["asked for help"]
    assert inbox.waiting(tmp_path) == []
    store.close()


def test_seal_writes_pending_changes_first(tmp_path: Path) -> None:
    store, keys = locked_store(tmp_path)
    store.add(LogEntry(note="saved before the lock"))
    store.seal(lambda record: inbox.put(tmp_path, record))
    storage.codec = keys  # type: ignore[assignment]
    store.unseal()
    assert "saved before the lock" in [e.note for e in store.all(LogEntry)]
    store.close()


def test_a_morning_answered_again_while_locked_is_replaced_at_the_unlock(
    tmp_path: Path,
) -> None:
    """The quick log's answer, then two from the terminal while locked: one night stays, the
    last answer's, however the sealed files happen to be named; a tick likewise stays one."""
    store, keys = locked_store(tmp_path)
    morning = date(2026, 12, 5)
    at = datetime(2026, 12, 5, 7, 30, tzinfo=timezone(timedelta(hours=1)))
    first = sleep.record(store, "23:00", "07:00", 2, morning=morning, now=at)
    medication.set_taken(store, morning, True, at=at)
    store.seal(lambda record: inbox.put(tmp_path, record))
    storage.codec = None
    for minutes, bed in ((50, "23:45"), (30, "23:30")):  # the later one sealed first
        when = at + timedelta(minutes=minutes)
        sleep.record(store, bed, "07:15", 3, morning=morning, source="cli", now=when)
    medication.set_taken(store, morning, True, at=at + timedelta(hours=1))
    assert len(inbox.waiting(tmp_path)) == 3
    sealed = {p: p.read_bytes() for p in inbox.waiting(tmp_path)}

    storage.codec = keys  # type: ignore[assignment]
    store.unseal()
    assert inbox.join(tmp_path, store, keys) == 3  # type: ignore[arg-type]
    for path, kept in sealed.items():  # a kill before the sealed files went: joined again
        path.write_bytes(kept)
    inbox.join(tmp_path, store, keys)  # type: ignore[arg-type]
    [night] = store.all(SleepEntry)
    assert (night.bed, night.up, night.quality, night.source) == ("23:45", "07:15", 3, "cli")
    assert (night.id, night.at) == (first.id, first.at)  # the morning's one night, changed
    assert [t.day for t in store.all(MedicationTaken)] == ["2026-12-05"]
    store.close()


def test_a_record_of_a_kind_kept_shows_at_once_sealed_and_joins_once_at_unlock(
    tmp_path: Path,
) -> None:
    """The own numbers stay in memory while locked (Get help now shows them): one added then
    showed only after the unlock, so adding asked for the passphrase. It needs no key: it is
    sealed to the public key as any entry is, and shows meanwhile with the rest of its kind."""
    from footholds.core.store import OwnLine

    store, keys = locked_store(tmp_path)
    store.add(OwnLine(name="My GP", number="555 0199"))
    store.seal(lambda record: inbox.put(tmp_path, record), keep=[OwnLine.KIND])
    storage.codec = None
    store.add(OwnLine(name="Dr Rivera", number="555 0100"))
    store.add(LogEntry(note="a quiet evening while locked"))
    assert sorted(line.name for line in store.all(OwnLine)) == ["Dr Rivera", "My GP"]
    assert store.all(LogEntry) == []  # a kind not kept still shows nothing
    assert b"Rivera" not in every_byte(tmp_path)  # sealed, never written plain
    assert len(inbox.waiting(tmp_path)) == 2

    storage.codec = keys  # type: ignore[assignment]
    store.unseal()
    assert inbox.join(tmp_path, store, keys) == 2  # type: ignore[arg-type]
    assert sorted(line.name for line in store.all(OwnLine)) == ["Dr Rivera", "My GP"]
    store.close()
