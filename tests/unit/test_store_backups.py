"""Backups: daily rotation, manual backups kept, restore that checks everything first."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from footholds.core.store import LogEntry, Proof, Store
from footholds.core.store.backup_check import BadBackup, check_backup
from footholds.core.store.backups import Backups
from support import person_day

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


@pytest.fixture
def backups(tmp_path: Path) -> Backups:
    return Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")


def open_store(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    return store


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def fake(folder: Path, label: str, when: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"footholds-{label}-{when:%Y%m%d-%H%M%S}.zip"
    path.write_bytes(b"rotation looks at names only")
    return path


# -- rotation ---------------------------------------------------------------------------------


def test_rotation_keeps_seven_days_and_four_weeks_and_every_manual(backups: Backups) -> None:
    folder = backups.folder
    day = date(2026, 1, 1)
    while day <= date(2026, 3, 31):  # 2026-03-31 is a Tuesday in ISO week 14
        fake(folder, "daily", datetime.combine(day, datetime.min.time()).replace(hour=10))
        day += timedelta(days=1)
    fake(folder, "daily", datetime(2026, 3, 31, 8))  # an earlier one the same day
    fake(folder, "daily", datetime(2026, 3, 30, 23, 59, 59))  # a later one the day before
    manual = [
        fake(folder, "manual", datetime(2025, 6, 1, 12)),
        fake(folder, "manual", datetime(2026, 3, 31, 9)),
        fake(folder, "before-restore", datetime(2024, 1, 1, 1)),
    ]
    (folder / "holiday-photos.zip").write_bytes(b"not ours")

    backups.rotate(keep_days=7, keep_weeks=4)

    dailies = sorted(p.name for p in folder.glob("footholds-daily-*.zip"))
    assert dailies == [
        "footholds-daily-20260315-100000.zip",  # newest of ISO week 11
        "footholds-daily-20260322-100000.zip",  # newest of ISO week 12
        *(f"footholds-daily-202603{d:02d}-100000.zip" for d in range(25, 30)),
        "footholds-daily-20260330-235959.zip",
        "footholds-daily-20260331-100000.zip",
    ]
    assert all(p.exists() for p in manual)
    assert (folder / "holiday-photos.zip").exists()


def test_rotation_counts_days_that_have_a_backup(backups: Backups) -> None:
    # a person away for weeks: the seven newest backups are kept, however old
    for month in (1, 2, 3):
        for d in (1, 2, 3):
            fake(backups.folder, "daily", datetime(2025, month, d, 12))
    backups.rotate(keep_days=7, keep_weeks=0)
    assert len(list(backups.folder.glob("footholds-daily-*"))) == 7
    assert not (backups.folder / "footholds-daily-20250102-120000.zip").exists()


def test_daily_makes_one_backup_a_day(tmp_path: Path, backups: Backups) -> None:
    store = open_store(tmp_path)
    assert backups.daily() is None  # nothing written yet: nothing to back up
    store.add(LogEntry(note="x", at=MARCH))
    old = fake(backups.folder, "daily", datetime(2020, 1, 1, 12))
    made = backups.daily()
    assert made is not None and made.exists()
    assert backups.daily() is None
    assert [b.label for b in backups.list()] == ["daily", "daily"]
    assert check_backup(made) == {"log": 1}
    assert old.exists()  # one of the seven newest days that have a backup


def test_backups_within_the_same_second_do_not_overwrite(tmp_path: Path, backups: Backups) -> None:
    store = open_store(tmp_path)
    store.add(Proof(day=person_day(), text="one"))
    first = backups.create()
    store.add(Proof(day=person_day(), text="two"))
    second = backups.create()
    third = backups.create()
    assert len({first, second, third}) == 3
    assert check_backup(first) == {"proof": 1} and check_backup(second) == {"proof": 2}
    # newest first, also within one second
    assert [b.path for b in backups.list()] == [third, second, first]
    last = backups.last()
    assert last is not None and last.path == third


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX thing")
def test_backup_is_private(tmp_path: Path, backups: Backups) -> None:
    open_store(tmp_path).add(Proof(day=person_day(), text="private"))
    made = backups.create()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups.folder.stat().st_mode) == 0o700


# -- restore --------------------------------------------------------------------------------


def rezip(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(source) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


def manifest_of(members: dict[str, bytes]) -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(members["footholds-backup.json"]))


def set_manifest(members: dict[str, bytes], manifest: object) -> None:
    members["footholds-backup.json"] = json.dumps(manifest).encode()


def tamper(members: dict[str, bytes]) -> None:
    members["store/proof.json"] = members["store/proof.json"].replace(b"kept", b"lost")


def tamper_and_fix_checksum(members: dict[str, bytes]) -> None:
    data = json.loads(members["store/proof.json"])
    next(iter(data["proof"].values()))["text"] = ""
    members["store/proof.json"] = json.dumps(data).encode()
    manifest = manifest_of(members)
    manifest["files"]["proof.json"] = hashlib.sha256(members["store/proof.json"]).hexdigest()
    set_manifest(members, manifest)


def drop_manifest(members: dict[str, bytes]) -> None:
    del members["footholds-backup.json"]


def list_manifest(members: dict[str, bytes]) -> None:
    set_manifest(members, ["format", "footholds-backup"])


def foreign_format(members: dict[str, bytes]) -> None:
    set_manifest(members, {**manifest_of(members), "format": "someone-else"})


def missing_member(members: dict[str, bytes]) -> None:
    del members["store/proof.json"]


def escaping_name(members: dict[str, bytes]) -> None:
    members["store/../../evil.json"] = members["store/proof.json"]
    manifest = manifest_of(members)
    manifest["files"]["../../evil.json"] = manifest["files"]["proof.json"]
    set_manifest(members, manifest)


def future_meta(members: dict[str, bytes]) -> None:
    """A backup that claims a schema from a newer Footholds (restored, it would lock every
    command, the app and even the next backup out)."""
    members["store/meta.json"] = b'{"schema": 99}'


def damaged_meta(members: dict[str, bytes]) -> None:
    members["store/meta.json"] = b'{"schema": "one"}'


BROKEN = {
    "claims a newer schema": (future_meta, "made by a newer version of Footholds"),
    "damaged schema file": (damaged_meta, "meta.json is damaged"),
    "tampered file": (tamper, "proof.json is damaged \\(checksum differs\\)"),
    "tampered, checksum redone": (
        tamper_and_fix_checksum,
        "proof.json: an entry could not be read: .*can't be empty",
    ),
    "no manifest": (drop_manifest, "has no Footholds backup manifest"),
    "manifest not an object": (list_manifest, "is not a Footholds backup"),
    "someone else's zip": (foreign_format, "is not a Footholds backup"),
    "missing file": (missing_member, "is missing proof.json"),
    "name leaving the store": (escaping_name, "unexpected file: ../../evil.json"),
}


@pytest.fixture
def populated(tmp_path: Path, backups: Backups) -> Path:
    """A store with entries and one good backup of them; returns that backup."""
    store = open_store(tmp_path)
    store.add(Proof(day=person_day(), text="kept through it all"))
    store.add(LogEntry(note="a month entry", at=MARCH))
    made = backups.create("manual")
    store.add(Proof(day=person_day(), text="written after the backup"))
    store.close()
    return made


def assert_refused(tmp_path: Path, backups: Backups, bad: Path, message: str) -> None:
    before = snapshot(tmp_path)
    with pytest.raises(BadBackup, match=message):
        check_backup(bad)
    with pytest.raises(BadBackup, match=message):
        backups.restore(bad)
    assert snapshot(tmp_path) == before  # no safety backup, nothing set aside, store as it was
    assert not (tmp_path / "aside").exists()


@pytest.mark.parametrize("case", BROKEN)
def test_restore_refuses_a_broken_backup(
    tmp_path: Path, backups: Backups, populated: Path, case: str
) -> None:
    change, message = BROKEN[case]
    bad = rezip(populated, tmp_path / "bad.zip", change)
    assert_refused(tmp_path, backups, bad, message)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        # begins as a zip does, with no readable rest: a zip cut short, so damaged
        (b"PK\x03\x04 not really a zip", "looks damaged and can't be read"),
        (b"", "is not a Footholds backup"),
        (bytes(range(256)) * 4, "is not a Footholds backup"),
    ],
)
def test_restore_refuses_what_is_not_a_zip(
    tmp_path: Path, backups: Backups, populated: Path, raw: bytes, message: str
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(raw)
    assert_refused(tmp_path, backups, bad, message)


def test_restore_refuses_a_cut_off_or_bit_flipped_zip(
    tmp_path: Path, backups: Backups, populated: Path
) -> None:
    whole = rezip(populated, tmp_path / "stored.zip", lambda m: None).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    # a copy that stopped part-way is a damaged backup, not some other file
    assert_refused(tmp_path, backups, cut, "cut.zip looks damaged and can't be read")
    flipped = tmp_path / "flipped.zip"
    assert whole.count(b"kept through") == 1
    flipped.write_bytes(whole.replace(b"kept through", b"kept thr0ugh"))  # CRC no longer matches
    assert_refused(tmp_path, backups, flipped, "proof.json is damaged and cannot be read")


def test_restore_writes_only_checked_files(
    tmp_path: Path, backups: Backups, populated: Path
) -> None:
    def smuggle(members: dict[str, bytes]) -> None:
        members["store/../../evil.json"] = b"{}"  # in the zip, not in the manifest
        members["store/goal.json"] = b"unchecked"

    sneaky = rezip(populated, tmp_path / "sneaky.zip", smuggle)
    backups.restore(sneaky)
    assert not (tmp_path.parent / "evil.json").exists()
    assert not (tmp_path / "evil.json").exists()
    assert not (tmp_path / "store" / "goal.json").exists()
    store = open_store(tmp_path)
    assert [p.text for p in store.all(Proof)] == ["kept through it all"] and store.notices == []


def test_restore_keeps_current_data_as_backup_and_folder_aside(
    tmp_path: Path, backups: Backups, populated: Path
) -> None:
    current = snapshot(tmp_path / "store")
    safety = backups.restore(populated)

    assert safety.parent == backups.folder and "-before-restore-" in safety.name
    assert check_backup(safety) == {"proof": 2, "log": 1}
    moved = list((tmp_path / "aside").glob("store-before-restore-*"))
    assert len(moved) == 1 and snapshot(moved[0]) == current
    assert not (tmp_path / "store.restoring").exists()

    store = open_store(tmp_path)
    assert [p.text for p in store.all(Proof)] == ["kept through it all"]
    assert [e.note for e in store.all(LogEntry)] == ["a month entry"]
    assert store.notices == []
    if os.name == "posix":
        for path in (tmp_path / "store").rglob("*"):
            want = 0o700 if path.is_dir() else 0o600
            assert stat.S_IMODE(path.stat().st_mode) == want, path

    # and the safety backup brings the newer data back
    backups.restore(safety)
    assert len(list((tmp_path / "aside").glob("store-before-restore-*"))) == 2
    assert [p.text for p in open_store(tmp_path).all(Proof)] == [
        "kept through it all",
        "written after the backup",
    ]


def test_find_part_skips_broken_backups(tmp_path: Path, backups: Backups, populated: Path) -> None:
    newest = backups.folder / "footholds-manual-29990101-000000.zip"
    rezip(populated, newest, tamper_and_fix_checksum)
    good = backups.find_part("proof.json")
    assert good is not None and b"kept through it all" in good
    assert backups.find_part("log/2026-03.json") is not None
    assert backups.find_part("log/1999-01.json") is None


def test_check_backup_counts_entries(tmp_path: Path, backups: Backups, populated: Path) -> None:
    assert check_backup(populated) == {"proof": 1, "log": 1}
    members = zipfile.ZipFile(io.BytesIO(populated.read_bytes())).namelist()
    assert sorted(members) == [
        "footholds-backup.json",
        "store/log/2026-03.json",
        "store/meta.json",
        "store/proof.json",
    ]


def test_a_refused_newer_backup_leaves_everything_working(
    tmp_path: Path, backups: Backups, populated: Path
) -> None:
    newer = rezip(populated, tmp_path / "newer.zip", future_meta)
    with pytest.raises(BadBackup, match=r"cannot read it\. Please restore it with that version"):
        backups.restore(newer)
    store = open_store(tmp_path)  # not locked out: it opens, reads and writes as before
    assert [p.text for p in store.all(Proof)] == [
        "kept through it all",
        "written after the backup",
    ]
    store.add(Proof(day=person_day(), text="and one more"))
    store.close()
    assert backups.create("manual").exists()
