"""The person's own numbers stay readable while the lock is on, under the choice that keeps
the safety plan and people readable: the name, number and note, in a copy beside the store
(core/lock/numbers_copy.py), written, refreshed and removed crash-safely, 0600. Lock now kept
them showing while the app starting locked said they were only locked: now both show them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core.store import LogEntry, OwnLine, Store, storage

pytest.importorskip("cryptography")

from footholds.core.lock import numbers_copy, switch
from footholds.core.lock.keys import Keys, create
from footholds.core.lock.readable import settle, settle_by, settle_people
from footholds.core.settings import Settings

FAST = 1 << 10  # scrypt cost for tests


def shown(store_dir: Path) -> list[tuple[str, str, str]] | None:
    lines = numbers_copy.read(store_dir)
    return None if lines is None else [(n.name, n.number, n.note) for n in lines]


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


@pytest.fixture
def locked(tmp_path: Path) -> tuple[Path, Keys]:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "set-aside")
    store.open()
    store.add(OwnLine(name="Aunt Carmen", number="600 111 222", note="after nine"))
    store.add(LogEntry(note="a long night"))
    store.close()
    header, keys, _ = create("a long passphrase", FAST)
    switch.enable(tmp_path, header, keys)
    settle(tmp_path / "store", False, keys)
    settle_people(tmp_path / "store", False, keys)
    return tmp_path, keys


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_turned_on_the_numbers_are_readable_beside_the_store_0600(
    locked: tuple[Path, Keys],
) -> None:
    data, _ = locked
    store_dir = data / "store"
    assert shown(store_dir) == [("Aunt Carmen", "600 111 222", "after nine")]
    place = numbers_copy.copy_path(store_dir)
    assert place.parent == data  # beside the store: backups and restores never carry it
    assert stat.S_IMODE(os.stat(place).st_mode) == 0o600
    assert place not in storage.store_files(store_dir)
    assert (store_dir / "own_line.json").read_bytes().startswith(storage.SEALED_FILE)
    assert b"a long night" not in every_byte(data)


def test_a_number_added_or_removed_refreshes_the_copy(locked: tuple[Path, Keys]) -> None:
    data, keys = locked
    store_dir = data / "store"
    storage.codec = keys
    store = Store(store_dir, aside_dir=data / "set-aside")
    store.open()
    store.add(OwnLine(name="My GP", number="555 0199"))
    numbers_copy.keep(store_dir, True, store.all(OwnLine))
    assert sorted(n for n, _, _ in shown(store_dir) or []) == ["Aunt Carmen", "My GP"]
    for line in store.all(OwnLine):
        store.remove(line)
    numbers_copy.keep(store_dir, True, store.all(OwnLine))
    assert shown(store_dir) == []  # known to be none: not "locked"
    store.close()


def test_locking_the_plan_too_removes_the_copy_and_unlocking_it_writes_it_again(
    locked: tuple[Path, Keys],
) -> None:
    data, keys = locked
    store_dir = data / "store"
    settings = Settings(data / "settings.json")
    settings.set("lock.safety_plan", True)
    settings.save()
    settle_by(store_dir, settings, keys)
    assert not numbers_copy.copy_path(store_dir).exists() and shown(store_dir) is None
    everything = every_byte(data)
    assert b"Carmen" not in everything and b"600 111 222" not in everything
    settings.set("lock.safety_plan", False)
    settle_by(store_dir, settings, keys)
    assert shown(store_dir) == [("Aunt Carmen", "600 111 222", "after nine")]


def test_a_damaged_or_strange_copy_reads_as_none_and_forget_is_quiet(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    place = numbers_copy.copy_path(store_dir)
    place.write_text("{not json")
    assert numbers_copy.read(store_dir) is None
    place.write_text('{"numbers": [{"name": "A", "number": ""}, 3, {"name": "B", "number": "1"}]}')
    assert shown(store_dir) == [("B", "1", "")]
    numbers_copy.forget(store_dir)
    assert not place.exists()
    numbers_copy.forget(store_dir)  # again: nothing there, nothing said
