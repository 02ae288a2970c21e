"""Damaged files, full disks and read-only folders: nothing is deleted, nothing acknowledged is
lost, and the person is told in plain words."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footholds.core.store import (
    LogEntry,
    Person,
    Proof,
    Record,
    SafetyPlan,
    Store,
    StoreTooNew,
)
from footholds.core.store.backups import Backups
from footholds.core.store.recovery import has_set_aside
from support import person_day

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


def open_store(root: Path, *, backups: Backups | None = None) -> Store:
    store = Store(
        root / "store",
        aside_dir=root / "aside",
        find_in_backups=backups.find_part if backups else None,
    )
    store.open()
    return store


def aside_bytes(root: Path) -> list[bytes]:
    folder = root / "aside"
    return [p.read_bytes() for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []


def truncated(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def garbage(raw: bytes) -> bytes:
    return b"\x00\xff\xfe garbage \x80\x81" + raw[:10]


def wrong_shape(raw: bytes) -> bytes:
    return b'{"log": [1, 2, 3], "proof": "a list of proofs", "_meta": {"1": {"schema": 1}}}'


def not_an_object(raw: bytes) -> bytes:
    return b"[1, 2, 3]"


def no_schema(raw: bytes) -> bytes:
    data = json.loads(raw)
    del data["_meta"]
    return json.dumps(data).encode()


def future_schema(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["_meta"] = {"1": {"schema": 99}}
    return json.dumps(data).encode()


DAMAGE: list[Callable[[bytes], bytes]] = [
    truncated,
    garbage,
    wrong_shape,
    not_an_object,
    no_schema,
    future_schema,
]
FILES: dict[str, tuple[str, type[Record]]] = {
    "month": ("log/2026-03.json", LogEntry),
    "small": ("proof.json", Proof),
}


def fill(store: Store, model: type[Record], n: int, start: int = 0) -> list[str]:
    ids = []
    for i in range(start, start + n):
        if model is LogEntry:
            ids.append(store.add(LogEntry(note=f"entry {i}", at=MARCH.replace(day=1 + i))).id)
        else:
            ids.append(
                store.add(
                    Proof(day=person_day(), text=f"proof {i}", at=MARCH.replace(day=1 + i))
                ).id
            )
    return ids


def stored_in(bad: bytes, raw: bytes, kind: str) -> set[str]:
    """The ids of entries whose whole stored text is still in the damaged bytes."""
    docs = json.loads(raw)[kind].values()
    return {
        doc["id"]
        for doc in docs
        if json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() in bad
    }


READ_WHOLE = {"no_schema", "future_schema"}  # readable JSON, every entry still in it


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("which", FILES)
@pytest.mark.parametrize("with_backup", [True, False], ids=["backup", "no-backup"])
def test_damaged_file_is_set_aside_and_merged_with_the_backup(
    tmp_path: Path, damage: Callable[[bytes], bytes], which: str, with_backup: bool
) -> None:
    relative, model = FILES[which]
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path)
    backed_up = fill(store, model, 3)
    backups.create("daily")
    later = fill(store, model, 2, start=3)  # written after the backup: in the damaged file only
    store.close()
    path = tmp_path / "store" / relative
    raw = path.read_bytes()
    bad = damage(raw)
    path.write_bytes(bad)
    in_file = set(backed_up + later) if damage.__name__ in READ_WHOLE else set()
    in_file |= stored_in(bad, raw, model.KIND)

    store = open_store(tmp_path, backups=backups if with_backup else None)
    heard: list[str] = []
    store.notice.connect(heard.append)
    found = [r.id for r in store.all(model)]

    assert aside_bytes(tmp_path) == [bad]  # the damaged bytes are kept, not deleted
    # merged, not replaced: the backup's entries and every entry the file still holds
    expected = [i for i in backed_up + later if (with_backup and i in backed_up) or i in in_file]
    assert found == expected
    if damage.__name__ in READ_WHOLE:
        assert found == backed_up + later  # nothing written after the backup drops out
    assert len(heard) == 1 and store.notices == heard
    message = heard[0]
    what = "log for March 2026" if which == "month" else "proof list"
    from_file = len(in_file)
    # "part of" only when part of it came back from the file itself
    opening = f"Part of your {what}" if from_file else f"Your {what}"
    assert message.startswith(f"{opening} could not be read: ")
    assert f"kept aside, in case it is needed:\n{tmp_path / 'aside'}/" in message
    from_backup = len(set(backed_up) - in_file) if with_backup else 0
    if from_file and from_backup:
        assert (
            f"{from_file + from_backup} entries came back: {from_file} from the file itself "
            f"and {from_backup} from your latest backup." in message
        )
    elif from_file:
        assert "came back from the file itself." in message
    elif from_backup:
        assert f"{from_backup} entries came back from your latest backup." in message
    else:
        assert "No backup had a copy of it." in message
    assert "Traceback" not in message and "Errno" not in message

    # the part works again and a new store opens quietly
    fill(store, model, 1, start=20)
    store.close()
    again = open_store(tmp_path, backups=backups)
    assert again.count(model) == len(found) + 1 and again.notices == []


def spoil(path: Path, *notes: str) -> bytes:
    """Make the entries with these notes (or texts) unreadable, the rest of the file sound."""
    data = json.loads(path.read_bytes())
    table = next(v for k, v in data.items() if k != "_meta")
    for doc in table.values():
        if doc.get("note", doc.get("text")) in notes:
            doc["at"] = "not a time"
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    return raw


@pytest.mark.parametrize("which", FILES)
def test_unreadable_entries_are_left_out_and_the_rest_kept(tmp_path: Path, which: str) -> None:
    relative, model = FILES[which]
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path)
    ids = fill(store, model, 3)
    backups.create("daily")
    ids += fill(store, model, 3, start=3)
    store.remove(found(store, model, ids[1]))  # removed after the backup: must stay removed
    store.close()
    word = "entry" if model is LogEntry else "proof"
    bad = spoil(tmp_path / "store" / relative, f"{word} 0", f"{word} 4")

    store = open_store(tmp_path, backups=backups)
    kept = [r.id for r in store.all(model)]
    # entry 0 comes back from the backup; entry 4 was written after it; entry 1 stays removed
    assert kept == [ids[0], ids[2], ids[3], ids[5]]
    assert aside_bytes(tmp_path) == [bad]
    what = "log for March 2026" if which == "month" else "proof list"
    (message,) = store.notices
    assert message.startswith(
        f"2 entries in your {what} could not be read (The time is not a date and time I "
        "understand). 1 entry came back from your latest backup. 1 entry could not be "
        "brought back. The other 3 entries are safe. If something is missing, Settings → "
        "Your data → Restore a backup shows what each backup holds before anything changes. "
        f"The file as it was is kept aside, in case it is needed:\n{tmp_path / 'aside'}/"
    )
    store.close()
    again = open_store(tmp_path)
    assert [r.id for r in again.all(model)] == kept and again.notices == []


def test_unreadable_entries_without_a_backup(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    fill(store, LogEntry, 2)
    store.close()
    spoil(tmp_path / "store" / "log" / "2026-03.json", "entry 1")
    store = open_store(tmp_path)
    assert [e.note for e in store.all(LogEntry)] == ["entry 0"]
    assert store.notices[0].startswith("1 entry in your log for March 2026 could not be read")
    assert "1 entry could not be brought back. The other entry is safe. " in store.notices[0]


def test_a_plan_lost_without_a_backup_leaves_a_copy_that_can_be_asked_about(
    tmp_path: Path,
) -> None:
    """Get help now says the plan could not be read, rather than never written: it asks."""
    aside = tmp_path / "aside"
    assert not has_set_aside(aside, SafetyPlan.KIND)  # no folder yet
    store = open_store(tmp_path)
    store.add(SafetyPlan(sections={"sp-warning-signs": "staying in bed all day"}))
    store.add(Person(name="Ana"))
    store.close()
    (tmp_path / "store" / "safety_plan.json").write_bytes(b"\x00 garbage")
    store = open_store(tmp_path)
    assert store.all(SafetyPlan) == []  # nothing came back: no backup had it
    assert has_set_aside(aside, SafetyPlan.KIND)
    assert not has_set_aside(aside, Person.KIND)  # the people's file was sound
    other = tmp_path / "other"
    (other / "safety_plan.json.unreadable").mkdir(parents=True)  # a folder is no copy
    (other / "safety_plan_old.json.unreadable").write_bytes(b"")  # nor another file's
    assert not has_set_aside(other, SafetyPlan.KIND)


def found(store: Store, model: type, record_id: str) -> Any:
    record = store.get(model, record_id)
    assert record is not None
    return record


def test_newest_good_backup_is_used(tmp_path: Path) -> None:
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path)
    fill(store, Proof, 1)
    backups.create("daily", tmp_path / "backups" / "footholds-daily-20260301-100000.zip")
    fill(store, Proof, 1, start=1)
    backups.create("daily", tmp_path / "backups" / "footholds-daily-20260302-100000.zip")
    newest = tmp_path / "backups" / "footholds-manual-20260303-100000.zip"
    backups.create("manual", newest)
    newest.write_bytes(b"not a zip")  # the newest backup is broken: skip to the next one
    store.close()
    (tmp_path / "store" / "proof.json").write_bytes(b"{")
    store = open_store(tmp_path, backups=backups)
    assert [p.text for p in store.all(Proof)] == ["proof 0", "proof 1"]


def test_damaged_meta_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    fill(store, LogEntry, 2)
    store.close()
    (tmp_path / "store" / "meta.json").write_bytes(b"\x00\x00")
    store = open_store(tmp_path)
    assert aside_bytes(tmp_path) == [b"\x00\x00"]
    assert len(store.notices) == 1 and "Your entries were not affected" in store.notices[0]
    assert store.count(LogEntry) == 2
    assert json.loads((tmp_path / "store" / "meta.json").read_bytes()) == {"schema": 1}


def test_a_store_from_a_newer_footholds_is_left_alone(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    fill(store, LogEntry, 2)
    fill(store, Proof, 1)
    store.close()
    (tmp_path / "store" / "meta.json").write_text('{"schema": 99}')
    before = {p: p.read_bytes() for p in (tmp_path / "store").rglob("*") if p.is_file()}
    with pytest.raises(StoreTooNew, match="saved by a newer version of Footholds"):
        open_store(tmp_path)
    assert {p: p.read_bytes() for p in (tmp_path / "store").rglob("*") if p.is_file()} == before
    assert not (tmp_path / "aside").exists()


# -- after a restore ----------------------------------------------------------------------------


def test_recovery_after_a_restore_does_not_bring_back_what_it_rolled_back(tmp_path: Path) -> None:
    """The tester's steps: a proof added after a backup, a restore of that backup (which keeps
    a before-restore backup holding the proof, the newest by time), then a damaged proof
    list: what comes back is the data as the restore left it."""
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path, backups=backups)
    store.add(Proof(day=person_day(), text="kept through it all"))
    store.close()
    b2 = backups.create("manual", tmp_path / "b2.zip")  # outside the backups folder
    store = open_store(tmp_path, backups=backups)
    store.add(Proof(day=person_day(), text="added after b2"))
    store.close()
    backups.restore(b2)
    (tmp_path / "store" / "proof.json").write_bytes(b"\x00\xff garbage")

    store = open_store(tmp_path, backups=backups)

    assert [p.text for p in store.all(Proof)] == ["kept through it all"]
    assert "1 entry came back from your latest backup." in store.notices[0]


def test_recovery_looks_in_no_backup_from_before_the_last_restore(tmp_path: Path) -> None:
    """A file the restored data did not have (a month begun since) takes nothing from older
    backups: they hold the months the restore replaced."""
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path, backups=backups)
    store.add(Proof(day=person_day(), text="kept through it all"))
    store.close()
    b2 = backups.create("manual", tmp_path / "b2.zip")
    store = open_store(tmp_path, backups=backups)
    store.add(LogEntry(note="rolled back", at=MARCH))
    store.close()
    backups.create("daily")  # an ordinary backup holding the month, before the restore
    backups.restore(b2)
    store = open_store(tmp_path, backups=backups)
    store.add(LogEntry(note="written since the restore", at=MARCH))
    store.close()
    month = tmp_path / "store" / "log" / "2026-03.json"
    month.write_bytes(truncated(month.read_bytes()))

    store = open_store(tmp_path, backups=backups)

    assert "rolled back" not in [e.note for e in store.all(LogEntry)]
    assert backups.find_part("log/2026-03.json") is None
    assert backups.find_part("proof.json") is not None  # from the restore's own copy


@pytest.mark.parametrize("fails", ["staging", "switch"])
def test_a_restore_that_failed_leaves_recovery_every_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: str
) -> None:
    """A full disk stops a restore after its before-restore backup: the data was never
    replaced, so that backup marks no restore and recovery still finds the older ones."""
    from footholds.core.store import backups as backups_module

    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path, backups=backups)
    store.add(LogEntry(note="kept in the daily backup", at=MARCH))
    store.close()
    backups.create("daily", tmp_path / "backups" / "footholds-daily-20260310-100000.zip")
    other = backups.create("manual", tmp_path / "other.zip")
    store_dir = tmp_path / "store"

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    replace = os.replace

    def switch_fails(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src).name == "store.restoring":
            full()
        replace(src, dst)

    with monkeypatch.context() as disk:
        if fails == "staging":
            disk.setattr(backups_module, "write_atomic", full)
        else:
            disk.setattr(backups_module.os, "replace", switch_fails)
        with pytest.raises(OSError):
            backups.restore(other)
    assert [b.label for b in backups.list()] == ["manual", "daily"]  # kept, not a restore mark
    assert not (tmp_path / "store.restoring").exists()
    assert (store_dir / "log" / "2026-03.json").exists()  # the store is where it was
    month = store_dir / "log" / "2026-03.json"
    month.write_bytes(truncated(month.read_bytes()))

    store = open_store(tmp_path, backups=backups)

    assert [e.note for e in store.all(LogEntry)] == ["kept in the daily backup"]


def test_a_restore_that_cannot_put_the_store_back_says_where_it_all_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The switch fails and so does moving the store back: nothing is deleted, the error
    names the folder and the backup holding everything, and never says nothing changed."""
    from footholds.core.store import backups as backups_module
    from footholds.core.store.backups import RestoreStranded

    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = open_store(tmp_path, backups=backups)
    store.add(LogEntry(note="written before the restore", at=MARCH))
    store.close()
    other = backups.create("manual", tmp_path / "other.zip")
    replace = os.replace

    def stuck(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == "store":  # neither the restored copy nor the old store moves in
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))
        replace(src, dst)

    monkeypatch.setattr(backups_module.os, "replace", stuck)
    with pytest.raises(RestoreStranded) as raised:
        backups.restore(other)
    monkeypatch.undo()
    [aside] = (tmp_path / "aside").iterdir()
    assert (aside / "log" / "2026-03.json").exists()  # the store, whole, moved aside
    said = str(raised.value)
    assert str(aside) in said and "nothing was changed" not in said.lower()
    assert raised.value.strerror == said and raised.value.code == "backup.stranded"
    [before] = [b for b in backups.list() if b.label == "before-restore"]
    assert before.path.name in said
    assert not (tmp_path / "store.restoring").exists()

    backups.restore(before.path)  # as the message says: that backup brings it all back
    store = open_store(tmp_path, backups=backups)
    assert [e.note for e in store.all(LogEntry)] == ["written before the restore"]


def test_a_restore_by_an_older_footholds_leaves_only_the_backups_since() -> None:
    """Without the restore's own copy (an older Footholds restored), the before-restore
    backup marks the restore: only newer backups count."""
    from footholds.core.store.backups import BackupInfo, since_last_restore

    def info(label: str, hour: int) -> BackupInfo:
        return BackupInfo(Path(f"{label}-{hour}.zip"), datetime(2026, 3, 10, hour), label)

    newest_first = [info("daily", 9), info("before-restore", 8), info("daily", 7)]
    assert since_last_restore(newest_first) == newest_first[:1]
    restored = [info("daily", 9), info("restored", 8), info("before-restore", 8)]
    assert since_last_restore(restored) == restored[:2]
    never = [info("daily", 9), info("manual", 8)]
    assert since_last_restore(never) == never
