"""What a kill or power cut stopped half-way is finished or undone the next time the store is
opened to write (core/store/opening.py, shared by the app and the command line), and the
person is told once: a restore between its two renames is finished, one stopped before them
leaves no staging copy and no restore mark, and turning the lock on is undone."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footholds.core import errors
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Store, storage
from footholds.core.store.backup_check import check
from footholds.core.store.backups import BEFORE_RESTORE, RESTORED, SAFETY_NAME, Backups
from footholds.core.store.opening import finish_interrupted, interrupted, open_store
from footholds.core.store.settings_copy import LISTS_NAME
from support import child_env, restore_killed

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    made = Paths(config_dir=tmp_path / "config", data_dir=tmp_path / "data", log_dir=tmp_path)
    made.ensure()
    return made


def notes(store: Store) -> list[str]:
    return sorted(e.note for e in store.all(LogEntry))


def backup_then_more(paths: Paths, tmp_path: Path) -> tuple[Backups, Path]:
    """A store with one entry backed up outside the data folder, then one entry more."""
    store, backups = open_store(paths)
    store.add(LogEntry(note="in the backup", at=MARCH))
    store.close()
    chosen = backups.create("manual", tmp_path / "chosen.zip")
    store, _ = open_store(paths)
    store.add(LogEntry(note="written after it", at=MARCH.replace(day=20)))
    store.close()
    return backups, chosen


def test_a_restore_killed_between_its_renames_is_finished_and_told(
    paths: Paths, tmp_path: Path
) -> None:
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, "between")
    assert not paths.store_dir.exists() and backups.staging.is_dir()
    [aside] = paths.aside_dir.glob("store-before-restore-*")

    store, _ = open_store(paths)

    assert notes(store) == ["in the backup"]  # what the person asked the restore for
    assert not backups.staging.exists()
    [before] = [b for b in backups.list() if b.label == BEFORE_RESTORE]
    assert backups.list()[0].label == RESTORED  # recovery starts from here
    said = errors.english("backup.restore_finished", file=before.path.name)
    assert store.notices == [said]
    assert "Nothing was" not in said
    # the data it replaced stays, in both places
    assert (aside / "log" / "2026-03.json").is_file()
    store.close()
    again, _ = open_store(paths)  # told once
    assert again.notices == [] and notes(again) == ["in the backup"]
    again.close()


@pytest.mark.parametrize("at", ["writing", "switch"])
def test_a_restore_killed_before_its_switch_leaves_no_copy_and_no_restore_mark(
    paths: Paths, tmp_path: Path, at: str
) -> None:
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, at)
    assert backups.staging.is_dir() and paths.store_dir.is_dir()

    store, _ = open_store(paths)

    assert not backups.staging.exists()
    assert notes(store) == ["in the backup", "written after it"]  # nothing was replaced
    assert [b.label for b in backups.list()] == ["manual"]  # as restore() relabels it
    assert store.notices == []
    store.close()


def as_an_older_footholds_left_it(backups: Backups) -> None:
    """A staging folder without the name of its before-restore backup: finishing guesses."""
    (backups.staging / SAFETY_NAME).unlink()


def test_the_backup_the_cut_off_restore_made_is_the_one_relabelled(
    paths: Paths, tmp_path: Path
) -> None:
    """The restore names its before-restore backup in the staging folder: that very backup
    is relabelled, even with backups made since and an earlier restore's beside it."""
    backups, chosen = backup_then_more(paths, tmp_path)
    earlier = backups.restore(chosen)  # a finished restore: its backup marks it
    restore_killed(backups, chosen, "switch")
    [made] = [b.path for b in backups.list() if b.label == BEFORE_RESTORE and b.path != earlier]
    assert (backups.staging / SAFETY_NAME).read_text() == made.name
    backups.create("manual")  # the times alone could no longer tell

    open_store(paths)[0].close()

    assert not backups.staging.exists() and not made.exists()
    assert earlier.exists()  # the earlier restore's mark stays
    assert sorted(b.label for b in backups.list()) == [
        BEFORE_RESTORE,
        "manual",
        "manual",
        RESTORED,
    ]


def test_a_finished_restore_names_its_own_backup_and_leaves_no_note_in_the_store(
    paths: Paths, tmp_path: Path
) -> None:
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, "between")
    named = (backups.staging / SAFETY_NAME).read_text()

    store, _ = open_store(paths)

    assert store.notices == [errors.english("backup.restore_finished", file=named)]
    assert not (paths.store_dir / SAFETY_NAME).exists()
    store.close()
    backups.restore(chosen)  # nor does a restore that was never cut off
    assert not (paths.store_dir / SAFETY_NAME).exists()


def test_a_before_restore_backup_with_a_backup_since_keeps_its_label(
    paths: Paths, tmp_path: Path
) -> None:
    """Not sure which restore left the staging copy (a backup was made after the last
    before-restore one): the copy goes, every label stays."""
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, "switch")
    as_an_older_footholds_left_it(backups)
    backups.create("manual")

    open_store(paths)[0].close()

    assert not backups.staging.exists()
    assert sorted(b.label for b in backups.list()) == [BEFORE_RESTORE, "manual"]


def test_a_staging_copy_from_long_after_the_backup_keeps_its_label(
    paths: Paths, tmp_path: Path
) -> None:
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, "switch")
    as_an_older_footholds_left_it(backups)
    [before] = backups.list()
    hour_ago = before.path.stat().st_mtime - 3600
    os.utime(before.path, (hour_ago, hour_ago))

    open_store(paths)[0].close()

    assert [b.label for b in backups.list()] == [BEFORE_RESTORE]


def test_only_footholds_own_staging_folder_is_touched(paths: Paths, tmp_path: Path) -> None:
    """A link named like the staging folder is the person's (or nobody's): never followed,
    moved or removed."""
    elsewhere = tmp_path / "theirs"
    (elsewhere / "log").mkdir(parents=True)
    (elsewhere / "meta.json").write_text('{"schema": 1}')
    staging = paths.store_dir.with_name("store.restoring")
    staging.symlink_to(elsewhere)

    store, _ = open_store(paths)

    assert staging.is_symlink() and (elsewhere / "meta.json").is_file()
    assert store.notices == []
    store.close()


def test_reading_only_changes_nothing(paths: Paths, tmp_path: Path) -> None:
    """A read-only open (an export beside the app) may be looking at a restore under way."""
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, "between")

    store, _ = open_store(paths, read_only=True)

    assert backups.staging.is_dir() and not paths.store_dir.exists()
    assert interrupted(paths)
    store.close()


def test_the_command_line_finishes_it_too(paths: Paths, tmp_path: Path) -> None:
    """`footholds export` (reading only) finishes the restore first when it can write, as the
    app's start does, and says so on standard error."""
    backups, chosen = backup_then_more(paths, tmp_path)
    restore_killed(backups, chosen, "between")

    done = subprocess.run(
        [sys.executable, "-m", "footholds", "export", "--format", "json"],
        capture_output=True,
        text=True,
        env=child_env(FOOTHOLDS_HOME=str(tmp_path)),
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    assert "in the backup" in done.stdout and "written after it" not in done.stdout
    assert "Restoring your backup was cut off last time" in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr  # said once, with no log line beside it
    assert not backups.staging.exists()


# -- turning the lock on, killed half-way ---------------------------------------------------
def test_turning_the_lock_on_killed_half_way_is_undone_and_told(paths: Paths) -> None:
    pytest.importorskip("cryptography")
    from footholds.core.lock import HEADER, SWITCH, is_on, switch
    from footholds.core.lock.keys import create

    store, _ = open_store(paths)
    store.add(LogEntry(note="kept plain", at=MARCH))
    store.close()
    header, keys, _recovery = create("a passphrase", 1 << 10)
    started = switch._start(paths.data_dir, "enable", paths.unsaved_files, keys)
    header.save(started / HEADER)
    switch._convert_all(paths.data_dir, started, keys.encode, encrypt=True)  # killed here
    folder = paths.data_dir / SWITCH
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # the copies are for them only
    assert not is_on(paths.data_dir)

    store, _ = open_store(paths)

    assert not folder.exists()
    assert not is_on(paths.data_dir) and storage.codec is None
    assert notes(store) == ["kept plain"]
    assert store.notices == [errors.english("lock.enable_unfinished")]
    store.close()
    again, _ = open_store(paths)
    assert again.notices == []
    again.close()


def test_a_lock_switch_folder_without_a_direction_goes_too(paths: Paths) -> None:
    """Killed before it even wrote which way it was going: with the lock off, it was on its
    way on."""
    from footholds.core.lock import SWITCH

    (paths.data_dir / SWITCH / "new").mkdir(parents=True)
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)

    told = finish_interrupted(paths, backups)

    assert not (paths.data_dir / SWITCH).exists()
    assert [str(n) for n in told] == [errors.english("lock.enable_unfinished")]


def lists_then_others(paths: Paths, tmp_path: Path) -> tuple[Backups, Path]:
    """backup_then_more, the person's lists in the backup and other lists chosen since."""
    from footholds.core.settings import Settings

    settings = Settings(paths.settings_file)
    settings.set("lists.feelings", ["calm", "the heavy-blanket feeling"])
    settings.set("lists.wins", ["made tea"])
    settings.set("lists.parts", ["the tired kid"])
    settings.save()
    backups, chosen = backup_then_more(paths, tmp_path)
    settings.set("lists.feelings", ["calm"])
    settings.set("lists.wins", ["a walk"])
    settings.set("lists.parts", [])
    settings.set("general.language", "es")  # chosen since: a restore leaves it
    settings.save()
    return backups, chosen


def lists_now(paths: Paths) -> tuple[list[str], list[str], list[str]]:
    from footholds.core.settings import Settings

    now, _ = Settings.load(paths.settings_file)
    return now["lists.feelings"], now["lists.wins"], now["lists.parts"]


def test_a_restore_finished_at_start_brings_the_lists_back_as_the_restore_would(
    paths: Paths, tmp_path: Path
) -> None:
    from footholds.core.settings import Settings

    backups, chosen = lists_then_others(paths, tmp_path)
    restore_killed(backups, chosen, "between")

    store, _ = open_store(paths)
    store.close()

    feelings, wins, parts = lists_now(paths)
    assert feelings == ["calm", "the heavy-blanket feeling"]
    assert wins == ["made tea"] and parts == ["the tired kid"]
    assert Settings.load(paths.settings_file)[0]["general.language"] == "es"
    assert not (paths.store_dir / LISTS_NAME).exists()  # the restore's note is gone
    # the backup of the restored data holds them too, as after a whole restore
    [restored] = [b for b in backups.list() if b.label == RESTORED]
    assert check(restored.path).lists["lists.wins"] == ["made tea"]

    # a second start does nothing more: the lists the person changes since stay theirs
    settings, _ = Settings.load(paths.settings_file)
    settings.set("lists.wins", ["made tea", "a call"])
    settings.save()
    made = sorted(b.path.name for b in backups.list())
    again, _ = open_store(paths)
    assert again.notices == []
    again.close()
    assert lists_now(paths)[1] == ["made tea", "a call"]
    assert sorted(b.path.name for b in backups.list()) == made  # no other backup made


def test_a_restore_finished_at_start_brings_the_lists_into_the_apps_settings(
    paths: Paths, tmp_path: Path
) -> None:
    """The app loads its settings before the store opens: the lists come into those, or its
    next save would write the old ones back."""
    from footholds.core.settings import Settings

    backups, chosen = lists_then_others(paths, tmp_path)
    restore_killed(backups, chosen, "between")
    live, _ = Settings.load(paths.settings_file)

    open_store(paths, settings=live)[0].close()

    assert live["lists.parts"] == ["the tired kid"]
    live.save()
    assert lists_now(paths)[0] == ["calm", "the heavy-blanket feeling"]


def test_a_whole_restore_and_one_finished_at_start_leave_the_same(
    paths: Paths, tmp_path: Path
) -> None:
    """One path: the lists, the labels of the backups and the store folder alike."""
    backups, chosen = lists_then_others(paths, tmp_path)
    restore_killed(backups, chosen, "between")
    open_store(paths)[0].close()
    finished = (
        lists_now(paths),
        sorted(b.label for b in backups.list()),
        sorted(p.name for p in paths.store_dir.iterdir()),
    )

    other = Paths(config_dir=tmp_path / "c2", data_dir=tmp_path / "d2", log_dir=tmp_path)
    other.ensure()
    whole, source = lists_then_others(other, tmp_path / "two")
    whole.restore(source)
    assert finished == (
        lists_now(other),
        sorted(b.label for b in whole.list()),
        sorted(p.name for p in other.store_dir.iterdir()),
    )
