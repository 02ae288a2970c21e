"""What stays readable while the lock is on, under the choice that keeps the safety plan
readable: the people the person trusts (their names and how to reach them only,
core/lock/people_copy.py) and their own numbers (the name, number and note,
core/lock/numbers_copy.py), each in a copy beside the store (one ReadableCopy,
core/lock/readable_copy.py), written, refreshed and removed crash-safely, 0600. Lock now kept
the numbers showing while the app starting locked said they were only locked: now both show
them."""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from footholds.core.store import LogEntry, OwnLine, Person, Record, Store, storage

pytest.importorskip("cryptography")

from footholds.core.lock import numbers_copy, people_copy, switch
from footholds.core.lock.keys import Keys, create
from footholds.core.lock.readable import settle, settle_by, settle_people
from footholds.core.settings import Settings

FAST = 1 << 10  # scrypt cost for tests
NOTE = "she knows about the hospital"
MESSAGE = "Right now I'm not okay. Can you call me?"


@dataclass(frozen=True)
class Kind:
    """One readable copy and what the tests put in it and look for."""

    copy: ModuleType
    model: type[Record]
    first: Callable[[], Record]  # in the store when the lock is turned on
    first_shown: tuple[str, ...]
    second: Callable[[], Record]  # added while the entries are open
    second_shown: tuple[str, ...]
    sealed: tuple[bytes, ...]  # of `first`: nowhere in the data folder with the plan locked
    unkept: tuple[bytes, ...]  # of `first`: never in the copy (its note and own message)
    odd: str  # a copy with items wrong in every way, and one or two right
    odd_shown: list[tuple[str, ...]]
    shown: Callable[[Any], tuple[str, ...]]  # one item `read` gives, as plain text
    logged: str  # the warning when the copy cannot be removed

    def __str__(self) -> str:
        return self.copy.__name__.rsplit(".", 1)[-1]


PEOPLE = Kind(
    copy=people_copy,
    model=Person,
    first=lambda: Person(name="Ana", how="Call 07700 900123", note=NOTE, message=MESSAGE),
    first_shown=("Ana", "Call 07700 900123"),
    second=lambda: Person(name="ben", how="Signal, evenings"),
    second_shown=("ben", "Signal, evenings"),
    sealed=(b"Ana", b"07700", NOTE.encode(), MESSAGE.encode()),
    unkept=(NOTE.encode(), MESSAGE.encode()),
    odd='{"people": [{"name": "Ana", "how": "07700 900123"}, {"name": ""}, 3, '
    '{"name": "Jo", "how": 5}, {"name": "Sam"}]}',
    odd_shown=[("Ana", "07700 900123"), ("Sam", "")],
    shown=tuple,
    logged="the readable copy of your people could not be removed",
)
NUMBERS = Kind(
    copy=numbers_copy,
    model=OwnLine,
    first=lambda: OwnLine(name="Aunt Carmen", number="600 111 222", note="after nine"),
    first_shown=("Aunt Carmen", "600 111 222", "after nine"),
    second=lambda: OwnLine(name="My GP", number="555 0199"),
    second_shown=("My GP", "555 0199", ""),
    sealed=(b"Carmen", b"600 111 222"),
    unkept=(),  # the name, number and note are all it holds
    odd='{"numbers": [{"name": "A", "number": ""}, 3, {"name": "B", "number": "1"}, '
    '{"name": "C", "number": "2", "note": 5}, {"number": "3"}]}',
    odd_shown=[("B", "1", "")],
    shown=lambda line: (line.name, line.number, line.note),
    logged="the readable copy of your own numbers could not be removed",
)


@pytest.fixture(params=[PEOPLE, NUMBERS], ids=str)
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


def shown(kind: Kind, store_dir: Path) -> list[tuple[str, ...]] | None:
    found = kind.copy.read(store_dir)
    return None if found is None else [kind.shown(item) for item in found]


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def lock_on(folder: Path, kind: Kind) -> tuple[Path, Keys]:
    """A data folder with the kind's first record (Ana with a note and her own message too,
    or Aunt Carmen's number) and a journal entry, the lock turned on as `footholds lock
    enable` does, the plan (and so people and numbers) kept readable."""
    store = Store(folder / "store", aside_dir=folder / "set-aside")
    store.open()
    store.add(kind.first())
    store.add(LogEntry(note="a long night"))
    store.close()
    header, keys, _ = create("a long passphrase", FAST)
    switch.enable(folder, header, keys)
    settle(folder / "store", False, keys)
    settle_people(folder / "store", False, keys)
    return folder, keys


@pytest.fixture
def locked(tmp_path: Path, kind: Kind) -> tuple[Path, Keys]:
    return lock_on(tmp_path, kind)


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def opened(data: Path, keys: Keys) -> Store:
    storage.codec = keys
    store = Store(data / "store", aside_dir=data / "set-aside")
    store.open()
    return store


def test_turned_on_what_is_kept_is_readable_beside_the_store_0600_and_nothing_more(
    kind: Kind, locked: tuple[Path, Keys]
) -> None:
    data, _ = locked
    store_dir = data / "store"
    assert shown(kind, store_dir) == [kind.first_shown]  # no passphrase
    place = kind.copy.copy_path(store_dir)
    assert place.parent == data  # beside the store: backups and restores never carry it
    assert stat.S_IMODE(os.stat(place).st_mode) == 0o600
    assert storage.store_files(store_dir)  # the store does not take it for one of its files
    assert place not in storage.store_files(store_dir)
    everything = every_byte(data)
    for words in kind.unkept:
        assert words not in everything  # sealed with the rest, not copied
    assert b"a long night" not in everything
    assert (store_dir / f"{kind.model.KIND}.json").read_bytes().startswith(storage.SEALED_FILE)


def test_one_added_or_all_removed_refreshes_the_copy(kind: Kind, locked: tuple[Path, Keys]) -> None:
    data, keys = locked
    store_dir = data / "store"
    store = opened(data, keys)
    store.add(kind.second())
    kind.copy.keep(store_dir, True, store.all(kind.model))
    assert sorted(shown(kind, store_dir) or []) == [kind.first_shown, kind.second_shown]
    for record in store.all(kind.model):
        store.remove(record)
    kind.copy.keep(store_dir, True, store.all(kind.model))
    assert shown(kind, store_dir) == []  # known to be none: not "locked"
    store.close()


def test_someone_changed_or_removed_refreshes_the_people_copy(
    tmp_path: Path,
) -> None:
    data, keys = lock_on(tmp_path, PEOPLE)
    store_dir = data / "store"
    store = opened(data, keys)
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


def test_people_are_written_by_name_and_numbers_in_the_order_given(tmp_path: Path) -> None:
    """The order the app shows them in: people by name whatever its case, the own numbers
    as the store holds them (Get help now's order)."""
    store_dir = tmp_path / "store"
    people = [Person(name="zoe", how="1"), Person(name="Bea", how="2"), Person(name="al", how="3")]
    people_copy.write(store_dir, people)
    assert people_copy.read(store_dir) == [("al", "3"), ("Bea", "2"), ("zoe", "1")]
    lines = [OwnLine(name="Zed", number="1"), OwnLine(name="Abe", number="2")]
    numbers_copy.write(store_dir, lines)
    assert [line.name for line in numbers_copy.read(store_dir) or []] == ["Zed", "Abe"]


def test_locking_the_plan_too_removes_the_copy_and_unlocking_it_writes_it_again(
    kind: Kind, locked: tuple[Path, Keys]
) -> None:
    data, keys = locked
    store_dir = data / "store"
    settings = Settings(data / "settings.json")
    settings.set("lock.safety_plan", True)
    settings.save()  # a choice read whole, as the app's
    settle_by(store_dir, settings, keys)
    assert not kind.copy.copy_path(store_dir).exists()
    assert shown(kind, store_dir) is None
    everything = every_byte(data)
    for words in kind.sealed:
        assert words not in everything  # sealed, all of it

    settings.set("lock.safety_plan", False)  # kept readable again: written again
    settle_by(store_dir, settings, keys)
    assert shown(kind, store_dir) == [kind.first_shown]


def test_settings_not_read_whole_keep_nothing_readable(
    kind: Kind, locked: tuple[Path, Keys]
) -> None:
    """As with the plan, failing closed: a damaged settings file is no choice to open up."""
    data, keys = locked
    (data / "settings.json").write_text("{ not settings", encoding="utf-8")
    settings, _ = Settings.load(data / "settings.json")
    assert not settings.read_whole
    settle_by(data / "store", settings, keys)
    assert kind.copy.read(data / "store") is None


def test_a_store_file_that_cannot_be_read_leaves_the_copy_as_it_was(
    kind: Kind, locked: tuple[Path, Keys]
) -> None:
    data, keys = locked
    sealed = data / "store" / f"{kind.model.KIND}.json"
    sealed.write_bytes(storage.SEALED_FILE + b"not sealed by us")
    settle_people(data / "store", False, keys)
    assert shown(kind, data / "store") == [kind.first_shown]


def test_a_write_that_fails_leaves_the_copy_as_it_was(
    kind: Kind, locked: tuple[Path, Keys], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Crash-safe: the disk full as the new copy goes in, the old one is whole, and no
    half-written file is left beside it."""
    data, _ = locked
    store_dir = data / "store"
    before = kind.copy.copy_path(store_dir).read_bytes()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        kind.copy.keep(store_dir, True, [kind.first(), kind.second()])
    monkeypatch.undo()
    assert kind.copy.copy_path(store_dir).read_bytes() == before
    assert shown(kind, store_dir) == [kind.first_shown]
    assert not list(data.glob(".*.tmp"))


def test_turning_the_lock_off_removes_the_copy(kind: Kind, locked: tuple[Path, Keys]) -> None:
    data, keys = locked
    switch.disable(data, keys)
    kind.copy.forget(data / "store")
    assert not kind.copy.copy_path(data / "store").exists()
    kind.copy.forget(data / "store")  # again: nothing there, nothing said


def test_a_copy_that_cannot_be_removed_is_logged_not_raised(
    kind: Kind, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    place = kind.copy.copy_path(tmp_path / "store")
    place.mkdir()
    (place / "inside").write_text("", encoding="utf-8")  # a folder no unlink takes
    with caplog.at_level(logging.WARNING):
        kind.copy.forget(tmp_path / "store")
    assert kind.logged in caplog.text
    assert place.exists()


def test_a_damaged_or_odd_copy_reads_as_none_or_skips_what_is_wrong(
    kind: Kind, tmp_path: Path
) -> None:
    store_dir = tmp_path / "store"
    place = kind.copy.copy_path(store_dir)
    place.write_text("{ not json", encoding="utf-8")
    assert kind.copy.read(store_dir) is None
    place.write_text(f'{{"{kind.copy.COPY.listed}": {{"name": "Ana"}}}}', encoding="utf-8")
    assert kind.copy.read(store_dir) is None
    place.write_text(kind.odd, encoding="utf-8")
    assert shown(kind, store_dir) == kind.odd_shown
    kind.copy.forget(store_dir)
    assert not place.exists()
    kind.copy.forget(store_dir)  # again: nothing there, nothing said
    os.mkfifo(place)  # a pipe where the copy belongs: never waited on
    assert kind.copy.read(store_dir) is None


def test_a_copy_too_large_to_be_one_written_here_reads_as_none(kind: Kind, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    place = kind.copy.copy_path(store_dir)
    place.write_text(kind.odd + " " * (256 * 1024), encoding="utf-8")
    assert kind.copy.read(store_dir) is None


def test_the_people_copy_says_only_whether_someone_has_a_message_of_their_own(
    tmp_path: Path,
) -> None:
    """Locked, the app said everyone's messages were locked, Ben's too, who had none. The copy
    keeps a yes or no now (never the words), so his ready message can show; a copy written
    before it reads as not known."""
    store_dir = tmp_path / "store"
    people = [Person(name="Ana", how="1", message=MESSAGE), Person(name="Ben", how="2")]
    people_copy.write(store_dir, people)
    kept = people_copy.read(store_dir) or []
    assert kept == [("Ana", "1"), ("Ben", "2")]  # still the pair every reader unpacks
    assert [p.own_message for p in kept] == [True, False]
    assert MESSAGE.encode() not in people_copy.copy_path(store_dir).read_bytes()
    people_copy.copy_path(store_dir).write_text('{"people": [{"name": "Ana", "how": "1"}]}')
    [old] = people_copy.read(store_dir) or []
    assert old == ("Ana", "1") and old.own_message is None
    people_copy.copy_path(store_dir).write_text(
        '{"people": [{"name": "Ana", "how": "1", "own_message": "yes"}]}'
    )
    assert [p.own_message for p in people_copy.read(store_dir) or []] == [None]
