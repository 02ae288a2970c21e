"""Words typed and not saved when Footholds closes come back at the next start: kept in one
private file, crash-safe, sealed under an open lock, never written in the clear under a closed
one, and a damaged file set aside rather than deleted."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core import drafts
from footholds.core.store import storage

NOTE = {"note": "half a thought about the walk", "feelings": ["tired"], "energy": 2}


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def test_kept_privately_and_given_back_until_the_next_close(tmp_path: Path) -> None:
    where = tmp_path / "state" / drafts.NAME
    assert drafts.keep(where, {"quick-log": NOTE}, locked=False)
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    assert drafts.take(where) == {"quick-log": NOTE}
    assert drafts.take(where) == {"quick-log": NOTE}  # a crash before the next close


def test_a_close_while_locked_leaves_what_the_start_found(tmp_path: Path) -> None:
    where = tmp_path / drafts.NAME
    drafts.keep(where, {"quick-log": NOTE}, locked=False)
    assert not drafts.keep(where, {}, locked=True)  # locked: neither written nor removed
    assert drafts.take(where) == {"quick-log": NOTE}


def test_none_left_removes_the_file(tmp_path: Path) -> None:
    where = tmp_path / drafts.NAME
    drafts.keep(where, {"quick-log": NOTE}, locked=False)
    assert drafts.keep(where, {}, locked=False) and not where.exists()


def test_never_written_in_the_clear_while_the_lock_is_closed(tmp_path: Path) -> None:
    where = tmp_path / drafts.NAME
    assert not drafts.keep(where, {"quick-log": NOTE}, locked=True)
    assert not where.exists()


def test_sealed_under_an_open_lock_and_left_for_a_start_that_can_read_it(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")
    from footholds.core.lock.keys import create

    _, keys, _ = create("a long passphrase", 1 << 10)
    storage.codec = keys
    where = tmp_path / drafts.NAME
    drafts.keep(where, {"quick-log": NOTE}, locked=False)
    assert b"half a thought" not in where.read_bytes()
    storage.codec = None
    assert drafts.take(where) == {} and where.exists()  # locked: it waits
    storage.codec = keys
    assert drafts.take(where) == {"quick-log": NOTE}


def test_a_damaged_file_is_set_aside_not_deleted(tmp_path: Path) -> None:
    where = tmp_path / drafts.NAME
    (tmp_path / "list.json").write_bytes(b"[1, 2]")  # JSON, but not a drafts file
    assert drafts.take(tmp_path / "list.json") == {}
    where.write_bytes(b"{not json")
    assert drafts.take(where) == {}
    [kept] = [p for p in tmp_path.iterdir() if p.name.startswith(drafts.NAME + ".damaged")]
    assert kept.read_bytes() == b"{not json"


def test_a_full_disk_says_false_and_raises_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(drafts, "write_atomic", full)
    assert not drafts.keep(tmp_path / drafts.NAME, {"quick-log": NOTE}, locked=False)


def test_the_lock_seals_and_opens_the_drafts_with_the_store(tmp_path: Path) -> None:
    """Turned on or off between two runs, the lock converts the drafts as it does the
    unsaved entries: never left in the clear under it, nor sealed with a key gone."""
    pytest.importorskip("cryptography")
    from footholds.core.lock import switch
    from footholds.core.lock.keys import create
    from footholds.core.paths import Paths

    paths = Paths.from_env()
    paths.ensure()
    assert paths.drafts_file in paths.outside_files
    drafts.keep(paths.drafts_file, {"quick-log": NOTE}, locked=False)
    header, keys, _ = create("a long passphrase", 1 << 10)
    switch.enable(paths.data_dir, header, keys, paths.outside_files)
    assert paths.drafts_file.read_bytes().startswith(storage.SEALED_FILE)
    switch.disable(paths.data_dir, keys, paths.outside_files)
    assert drafts.take(paths.drafts_file) == {"quick-log": NOTE}


TEXTS = {"note": 40}


def test_words_typed_while_locked_join_the_earlier_draft_after_it() -> None:
    """At the unlock the words typed while locked were kept and the earlier draft was not."""
    earlier = {"note": "rainy walk ", "feelings": ["tired"], "energy": None}
    now = {"note": "then tea", "feelings": ["calm", "tired"], "energy": 3}
    both = drafts.joined(earlier, now, TEXTS, 30)
    assert both == {"note": "rainy walk\n\nthen tea", "feelings": ["tired", "calm"], "energy": 3}


def test_the_same_words_twice_are_kept_once() -> None:
    assert drafts.joined({"note": "rainy walk"}, {"note": "rainy walk\n"}, TEXTS, 30) == {
        "note": "rainy walk\n"
    }
    assert drafts.joined({"note": "rainy walk"}, {"note": ""}, TEXTS, 30) == {"note": "rainy walk"}


def test_what_cannot_be_joined_whole_is_not_joined() -> None:
    """Past a field's limit, or two different choices of one kind: None, leaving neither
    draft cut or dropped."""
    assert drafts.joined({"note": "a" * 20}, {"note": "b" * 19}, TEXTS, 30) is None
    assert drafts.joined({"note": "a" * 20}, {"note": "b" * 18}, TEXTS, 30) is not None
    assert drafts.joined({"energy": 2}, {"energy": 4}, TEXTS, 30) is None
    assert drafts.joined({"feelings": ["a", "b"]}, {"feelings": ["c"]}, TEXTS, 2) is None


def test_words_typed_while_locked_are_sealed_and_join_the_file_after_the_unlock(
    tmp_path: Path,
) -> None:
    """A close while locked lost the words typed since Lock now: nothing could be written in
    the clear. They are sealed to the lock's public key, unreadable on disk, and after the
    unlock they join the drafts file's as its later words, their sealed file gone."""
    pytest.importorskip("cryptography")
    from footholds.core.lock.keys import create

    header, keys, _ = create("a long passphrase", 1 << 10)
    where, folder = tmp_path / drafts.NAME, tmp_path / "drafts-sealed"
    storage.codec = keys
    drafts.keep(where, {"quick-log": NOTE}, locked=False)  # Lock now's
    storage.codec = None  # locked: two closes, each with words typed while locked
    first = {"note": "tea at last"}
    assert drafts.seal_away(folder, drafts.sealed_name(), {"quick-log": first}, header.public)
    last = {"note": "the bus was late", "energy": 4}
    assert drafts.seal_away(folder, drafts.sealed_name(), {"quick-log": last}, header.public)
    [one, two] = sorted(folder.iterdir())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in (one, two, where):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert b"tea" not in path.read_bytes() and b"bus" not in path.read_bytes()
    assert drafts.gather(where, folder, None) == {}  # still locked: all wait
    assert len(list(folder.iterdir())) == 2

    storage.codec = keys  # unlocked
    found = drafts.gather(where, folder, keys)
    assert found == {"quick-log": last, "quick-log.earlier": first, "quick-log.earlier.2": NOTE}
    assert list(folder.iterdir()) == []  # moved into the file, sealed with the store
    assert drafts.take(where) == found and b"tea" not in where.read_bytes()
    # newest first: brought back in this order, the earliest words end up first
    assert drafts.pop_all(found, "quick-log") == [last, first, NOTE] and found == {}


def test_sealed_drafts_stay_sealed_when_the_file_cannot_take_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("cryptography")
    import errno
    import os

    from footholds.core.lock.keys import create

    header, keys, _ = create("a long passphrase", 1 << 10)
    where, folder = tmp_path / drafts.NAME, tmp_path / "drafts-sealed"
    drafts.seal_away(folder, drafts.sealed_name(), {"quick-log": NOTE}, header.public)
    (folder / f"{'0' * 20}-{'ab' * 4}.sealed").write_bytes(b"not sealed at all")
    storage.codec = keys

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(drafts, "write_atomic", full)
    assert drafts.gather(where, folder, keys) == {}  # nothing given twice later
    assert len([p for p in folder.iterdir() if p.suffix == ".sealed"]) == 1
    [damaged] = [p for p in folder.iterdir() if ".damaged" in p.name]  # set aside, kept
    assert damaged.read_bytes() == b"not sealed at all"
    monkeypatch.undo()
    storage.codec = keys
    assert drafts.gather(where, folder, keys) == {"quick-log": NOTE}


def test_an_earlier_draft_that_cannot_join_waits_after_those_waiting_already() -> None:
    held: dict[str, dict[str, object]] = {"quick-log.earlier": {"note": "a"}}
    drafts.wait(held, "quick-log", {"note": "b"})
    drafts.wait(held, "quick-log", {"note": "c"})
    assert held == {
        "quick-log.earlier": {"note": "a"},
        "quick-log.earlier.2": {"note": "b"},
        "quick-log.earlier.3": {"note": "c"},
    }
    drafts.push(held, "quick-log", {"note": "d"})
    assert [d["note"] for d in drafts.pop_all(held, "quick-log")] == ["d", "a", "b", "c"]


def test_words_saved_since_they_came_back_never_come_back_after_a_crash(tmp_path: Path) -> None:
    """Brought back, then saved: the file forgets them at once, so a crash (the file read
    again, no close) finds nothing; words still unsaved stay."""
    where = tmp_path / drafts.NAME
    drafts.keep(where, {"quick-log": NOTE, "medication": {"name": "Sertraline"}}, locked=False)
    assert "medication" in drafts.take(where)
    assert drafts.settle(where, {"quick-log": NOTE}, locked=False)  # the medicine was added
    assert drafts.take(where) == {"quick-log": NOTE}  # a crash: the medicine is not back
    assert drafts.settle(where, {}, locked=False)  # the note saved too
    assert drafts.take(where) == {} and not where.exists()


def test_settling_writes_no_file_where_none_was_nor_while_locked(tmp_path: Path) -> None:
    where = tmp_path / drafts.NAME
    assert drafts.settle(where, {"quick-log": NOTE}, locked=False)
    assert not where.exists()  # nothing came back, so nothing can come back wrongly
    drafts.keep(where, {"quick-log": NOTE}, locked=False)
    assert drafts.settle(where, {}, locked=True)
    assert drafts.take(where) == {"quick-log": NOTE}
