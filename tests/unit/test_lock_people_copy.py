"""The people the person trusts stay readable while the lock is on, under the choice that
keeps the safety plan readable: their names and how to reach them only, in a copy beside the
store (core/lock/people_copy.py), written, refreshed and removed crash-safely, 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core.store import LogEntry, Person, Store, storage

pytest.importorskip("cryptography")

from footholds.core.lock import people_copy, switch
from footholds.core.lock.keys import Keys, create
from footholds.core.lock.readable import settle, settle_by, settle_people
from footholds.core.settings import Settings

FAST = 1 << 10  # scrypt cost for tests
NOTE = "she knows about the hospital"
MESSAGE = "Right now I'm not okay. Can you call me?"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


@pytest.fixture
def locked(tmp_path: Path) -> tuple[Path, Keys]:
    """A data folder with Ana (a note and her own message too) and a journal entry, the
    lock turned on as `footholds lock enable` does, the plan (and so people) kept readable."""
    store = Store(tmp_path / "store", aside_dir=tmp_path / "set-aside")
    store.open()
    store.add(Person(name="Ana", how="Call 07700 900123", note=NOTE, message=MESSAGE))
    store.add(LogEntry(note="a long night"))
    store.close()
    header, keys, _ = create("a long passphrase", FAST)
    switch.enable(tmp_path, header, keys)
    settle(tmp_path / "store", False, keys)
    settle_people(tmp_path / "store", False, keys)
    return tmp_path, keys


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_turned_on_the_names_and_ways_to_reach_are_readable_and_nothing_more(
    locked: tuple[Path, Keys],
) -> None:
    data, _ = locked
    store_dir = data / "store"
    assert people_copy.read(store_dir) == [("Ana", "Call 07700 900123")]  # no passphrase
    place = people_copy.copy_path(store_dir)
    assert place.parent == data  # beside the store: backups and restores never carry it
    assert stat.S_IMODE(os.stat(place).st_mode) == 0o600
    assert storage.store_files(store_dir)  # the store does not take it for one of its files
    assert place not in storage.store_files(store_dir)
    everything = every_byte(data)
    assert NOTE.encode() not in everything and MESSAGE.encode() not in everything
    assert b"a long night" not in everything
    assert (store_dir / "person.json").read_bytes().startswith(storage.SEALED_FILE)


def test_someone_added_changed_or_removed_refreshes_the_copy(
    locked: tuple[Path, Keys],
) -> None:
    data, keys = locked
    store_dir = data / "store"
    storage.codec = keys
    store = Store(store_dir, aside_dir=data / "set-aside")
    store.open()
    [ana] = store.all(Person)
    store.add(Person(name="ben", how="Signal, evenings"))
    people_copy.keep(store_dir, True, store.all(Person))
    both = [("Ana", "Call 07700 900123"), ("ben", "Signal, evenings")]
    assert people_copy.read(store_dir) == both
    store.update(Person(id=ana.id, at=ana.at, name="Ana", how="Text +44 7700 900124"))
    people_copy.keep(store_dir, True, store.all(Person))
    assert ("Ana", "Text +44 7700 900124") in (people_copy.read(store_dir) or [])
    store.remove(ana)
    people_copy.keep(store_dir, True, store.all(Person))
    assert people_copy.read(store_dir) == [("ben", "Signal, evenings")]
    store.remove(store.all(Person)[0])
    people_copy.keep(store_dir, True, store.all(Person))
    assert people_copy.read(store_dir) == []  # known to be no one: not "locked"
    store.close()


def test_locking_the_plan_too_removes_the_copy_and_leaves_nothing_readable(
    locked: tuple[Path, Keys],
) -> None:
    data, keys = locked
    store_dir = data / "store"
    settings = Settings(data / "settings.json")
    settings.set("lock.safety_plan", True)
    settings.save()  # a choice read whole, as the app's
    settle_by(store_dir, settings, keys)
    assert not people_copy.copy_path(store_dir).exists()
    assert people_copy.read(store_dir) is None
    everything = every_byte(data)
    for words in (b"Ana", b"07700", NOTE.encode(), MESSAGE.encode()):
        assert words not in everything  # sealed, all of it

    settings.set("lock.safety_plan", False)  # kept readable again: written again
    settle_by(store_dir, settings, keys)
    assert people_copy.read(store_dir) == [("Ana", "Call 07700 900123")]


def test_settings_not_read_whole_keep_nothing_readable(locked: tuple[Path, Keys]) -> None:
    """As with the plan, failing closed: a damaged settings file is no choice to open up."""
    data, keys = locked
    (data / "settings.json").write_text("{ not settings", encoding="utf-8")
    settings, _ = Settings.load(data / "settings.json")
    assert not settings.read_whole
    settle_by(data / "store", settings, keys)
    assert people_copy.read(data / "store") is None


def test_a_store_file_that_cannot_be_read_leaves_the_copy_as_it_was(
    locked: tuple[Path, Keys],
) -> None:
    data, keys = locked
    (data / "store" / "person.json").write_bytes(storage.SEALED_FILE + b"not sealed by us")
    settle_people(data / "store", False, keys)
    assert people_copy.read(data / "store") == [("Ana", "Call 07700 900123")]


def test_turning_the_lock_off_removes_the_copy(locked: tuple[Path, Keys]) -> None:
    data, keys = locked
    switch.disable(data, keys)
    people_copy.forget(data / "store")
    assert not people_copy.copy_path(data / "store").exists()
    people_copy.forget(data / "store")  # again: nothing there, nothing said


def test_a_damaged_or_odd_copy_reads_as_none_or_skips_what_is_wrong(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    place = people_copy.copy_path(store_dir)
    place.write_text("{ not json", encoding="utf-8")
    assert people_copy.read(store_dir) is None
    place.write_text('{"people": {"name": "Ana"}}', encoding="utf-8")
    assert people_copy.read(store_dir) is None
    place.write_text(
        '{"people": [{"name": "Ana", "how": "07700 900123"}, {"name": ""}, 3, '
        '{"name": "Jo", "how": 5}, {"name": "Sam"}]}',
        encoding="utf-8",
    )
    assert people_copy.read(store_dir) == [("Ana", "07700 900123"), ("Sam", "")]
    place.unlink()
    os.mkfifo(place)  # a pipe where the copy belongs: never waited on
    assert people_copy.read(store_dir) is None
