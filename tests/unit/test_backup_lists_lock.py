"""With the passphrase lock on, a backup's copy of the settings keeps the person's own lists as
sealed as settings.json keeps them (core/lock/words.py): never in the clear, in the backup file
or inside its zip; turning the lock off or on converts the copy with the rest of the backup."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core.settings import Settings
from footholds.core.store import LogEntry, Store, storage
from footholds.core.store.backup_check import check
from footholds.core.store.backups import Backups
from footholds.core.store.settings_copy import SETTINGS
from footholds.core.store.storage import SEALED_FILE

pytest.importorskip("cryptography")

from footholds.core.lock import switch
from footholds.core.lock.keys import Keys, create
from footholds.core.lock.words import open_words

FAST = 1 << 10
PASS = "correct horse battery staple"
MINE = "the heavy-blanket feeling"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def setup(tmp_path: Path) -> tuple[Path, Path, Backups]:
    data, config = tmp_path / "data", tmp_path / "config"
    store = Store(data / "store", aside_dir=data / "set-aside")
    store.open()
    store.add(LogEntry(note="a first note", feelings=[MINE]).clean())
    store.close()
    settings = Settings(config / "settings.json")
    settings.set("lists.feelings", ["calm", MINE])
    settings.set("general.theme", "dark")
    settings.save()
    backups = Backups(data / "backups", data / "store", data / "set-aside", settings.path)
    return data, config / "settings.json", backups


def lock_on(data: Path, settings_file: Path) -> Keys:
    """Turn the lock on as the app does: the data folder converted, the lists sealed."""
    header, keys, _ = create(PASS, FAST)
    switch.enable(data, header, keys)
    storage.codec = keys
    settings, _ = Settings.load(settings_file)
    open_words(settings, keys)
    settings.save()
    assert MINE.encode() not in settings_file.read_bytes()
    return keys


def members(backup: Path) -> dict[str, bytes]:
    raw = backup.read_bytes()
    if raw.startswith(SEALED_FILE):
        raw = storage.decode(raw, backup)
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_a_backup_made_with_the_lock_open_seals_the_lists_and_a_restore_opens_them(
    tmp_path: Path,
) -> None:
    data, settings_file, backups = setup(tmp_path)
    lock_on(data, settings_file)
    made = backups.create("manual")
    assert MINE.encode() not in made.read_bytes()
    inside = members(made)
    assert inside[SETTINGS].startswith(SEALED_FILE)  # sealed whole, like the store's files
    assert all(MINE.encode() not in data for data in inside.values())
    assert check(made).lists["lists.feelings"] == ["calm", MINE]

    settings, _ = Settings.load(settings_file)
    open_words(settings, storage.codec)  # type: ignore[arg-type]
    settings.set("lists.feelings", ["okay"])
    settings.save()
    backups.restore(made)
    assert MINE.encode() not in settings_file.read_bytes()  # still sealed in the file
    back, _ = Settings.load(settings_file)
    open_words(back, storage.codec)  # type: ignore[arg-type]
    assert back["lists.feelings"] == ["calm", MINE] and back["general.theme"] == "dark"


def test_a_backup_made_while_locked_copies_no_list_in_the_clear(tmp_path: Path) -> None:
    data, settings_file, backups = setup(tmp_path)
    lock_on(data, settings_file)
    storage.codec = None  # locked: the key is gone from memory
    made = backups.create("manual")
    inside = members(made)
    assert MINE.encode() not in inside[SETTINGS]
    assert b'"sealed"' in inside[SETTINGS] and b'"dark"' in inside[SETTINGS]


def test_turning_the_lock_on_and_off_converts_the_settings_copy_too(tmp_path: Path) -> None:
    data, settings_file, backups = setup(tmp_path)
    before = backups.create("manual")  # made before the lock: the lists in the clear
    assert MINE.encode() in members(before)[SETTINGS]
    keys = lock_on(data, settings_file)
    converted = data / "backups" / before.name
    assert MINE.encode() not in converted.read_bytes()
    assert check(converted).lists["lists.feelings"] == ["calm", MINE]  # checksum made anew
    during = backups.create("manual")

    switch.disable(data, keys)
    storage.codec = None
    for backup in (converted, data / "backups" / during.name):
        assert members(backup)[SETTINGS].startswith(b"{")  # plain again, whole
        assert check(backup).lists["lists.feelings"] == ["calm", MINE]
