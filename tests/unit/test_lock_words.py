"""The person's own lists in settings.json are encrypted while the lock is on (issue 20):
sealed at each save with the open lock, kept as they were while locked, plain once it is off."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lock_cli import PASS, ok, run, secret_file

from footholds.core.paths import Paths
from footholds.core.settings import BY_NAME, Settings

pytest.importorskip("cryptography")

from footholds.core.lock.keys import create
from footholds.core.lock.words import open_words, plain_words

FAST = 1 << 10
MINE = "the heavy-blanket feeling"


def test_lists_are_sealed_with_the_lock_and_read_back_after_the_unlock(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    settings = Settings(file)
    settings.set("lists.feelings", ["calm", MINE])
    settings.set("general.theme", "dark")
    _, keys, _ = create(PASS, FAST)
    open_words(settings, keys)  # the lock was just turned on: the lists are still plain
    settings.save()
    assert MINE.encode() not in file.read_bytes()
    assert b'"dark"' in file.read_bytes()  # needed before the unlock: stays readable

    locked, _ = Settings.load(file)
    assert locked["lists.feelings"] == BY_NAME["lists.feelings"].default
    assert locked["general.theme"] == "dark"
    locked.set("general.theme", "light")
    locked.save()  # changed while locked: the sealed lists are kept as they were
    assert MINE.encode() not in file.read_bytes()

    opened, _ = Settings.load(file)
    open_words(opened, keys)
    assert opened["lists.feelings"] == ["calm", MINE] and opened["general.theme"] == "light"
    _, other, _ = create(PASS, FAST)
    stranger, _ = Settings.load(file)
    open_words(stranger, other)  # a key that is not this lock's reads nothing, changes nothing
    assert stranger["lists.feelings"] == BY_NAME["lists.feelings"].default
    stranger.save()
    reread, _ = Settings.load(file)
    open_words(reread, keys)
    assert reread["lists.feelings"] == ["calm", MINE]

    plain_words(reread)
    reread.save()
    assert MINE.encode() in file.read_bytes()
    assert Settings.load(file)[0]["lists.feelings"] == ["calm", MINE]


def test_lock_enable_and_disable_seal_and_unseal_the_lists(tmp_path: Path) -> None:
    home = tmp_path / "home"
    pass_file = secret_file(tmp_path, "pass", PASS)
    ok(run(home, "log", "--feel", "calm", "a first note"))
    settings_file = Paths.from_env({"FOOTHOLDS_HOME": str(home)}).settings_file
    settings = Settings(settings_file)
    settings.set("lists.wins", ["made tea", MINE])
    settings.save()
    ok(run(home, "lock", "enable", "--passphrase-file", pass_file))
    assert MINE.encode() not in settings_file.read_bytes()
    ok(run(home, "lock", "disable", "--passphrase-file", pass_file))
    assert Settings.load(settings_file)[0]["lists.wins"] == ["made tea", MINE]
