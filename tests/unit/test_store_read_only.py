"""Reading needs no writing: a store opened to be read writes nothing at all (an older store is
read through its upgrade in memory, a damaged file is recovered in memory), and a folder where
a file of entries belongs is named plainly, left alone, and read around."""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footholds.core import export
from footholds.core.store import LogEntry, Proof, Store, StoreWriteError, migrations, storage
from footholds.core.store import store as store_module
from footholds.core.store.backups import Backups

MARCH = datetime(2026, 3, 4, 9, tzinfo=UTC)
APRIL = datetime(2026, 4, 4, 9, tzinfo=UTC)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


@contextmanager
def nothing_may_be_written(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way the store could change a file under `root` fails as on a read-only disk, and
    is listed: the code under test must not even try."""
    tried: list[str] = []

    def guard(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            second = args[1] if len(args) > 1 else kwargs.get("flags", kwargs.get("mode", "r"))
            if name == "os.open":
                writing = bool(second & _WRITE_FLAGS)
            elif name == "open":
                writing = bool(set("wax+") & set(str(second)))
            else:  # mkdir, chmod, replace, rename, unlink, rmdir
                writing = True
            paths = [str(a) for a in args[:2] if isinstance(a, (str, os.PathLike))]
            if writing and any(p.startswith(str(root)) for p in paths):
                tried.append(f"{name} {paths[0]}")
                raise OSError(errno.EROFS, "Read-only file system", paths[0])
            return real(*args, **kwargs)

        return wrapper

    for module, name in [
        (os, "open"),
        (os, "mkdir"),
        (os, "chmod"),
        (os, "replace"),
        (os, "rename"),
        (os, "unlink"),
        (os, "rmdir"),
    ]:
        monkeypatch.setattr(module, name, guard(f"os.{name}", getattr(module, name)))
    monkeypatch.setattr(builtins, "open", guard("open", builtins.open))
    monkeypatch.setattr(io, "open", guard("open", io.open))
    yield tried
    monkeypatch.undo()


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every file and folder under `root`: its bytes (None for a folder) and when it changed."""
    return {
        p.relative_to(root).as_posix(): (
            p.read_bytes() if p.is_file() else None,
            p.stat().st_mtime_ns,
        )
        for p in sorted(root.rglob("*"))
    }


def populated(root: Path) -> Backups:
    backups = Backups(root / "backups", root / "store", root / "aside")
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    store.add(LogEntry(note="march, backed up", at=MARCH))
    store.add(Proof(text="phoned the GP", day="2026-03-04"))
    backups.create("daily")
    store.add(LogEntry(note="march, after the backup", at=MARCH.replace(day=20)))
    store.add(LogEntry(note="april", at=APRIL))
    store.close()
    return backups


def reader(root: Path, backups: Backups | None = None) -> Store:
    store = Store(
        root / "store",
        aside_dir=root / "aside",
        find_in_backups=backups.find_part if backups else None,
        read_only=True,
    )
    store.open()
    return store


def test_reading_writes_nothing_even_to_recover_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = populated(tmp_path)
    march = tmp_path / "store" / "log" / "2026-03.json"
    march.write_bytes(march.read_bytes()[:-40])  # torn inside the last March entry
    (tmp_path / "store" / "meta.json").unlink()  # a missing schema file is not written either
    before = snapshot(tmp_path)

    with nothing_may_be_written(tmp_path, monkeypatch) as tried:
        store = reader(tmp_path, backups)
        notes = [e.note for e in store.all(LogEntry)]
        proofs = [p.text for p in store.all(Proof)]
        with pytest.raises(StoreWriteError, match="reading only"):
            store.add(LogEntry(note="no", at=APRIL))
        store.close()

    assert tried == []
    assert snapshot(tmp_path) == before
    # the torn March file is read together with its backup, in memory
    assert notes == ["march, backed up", "april"] and proofs == ["phoned the GP"]
    (message,) = store.notices
    assert message.startswith("Part of your log for March 2026 could not be read: ")
    assert "1 entry came back from the file itself. What was written last may be missing." in (
        message
    )
    assert message.endswith("The file itself was left as it is for now.")


def test_an_older_store_is_read_through_its_upgrade_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populated(tmp_path)
    before = snapshot(tmp_path)

    def shout(kind: str, docs: dict[str, Any]) -> dict[str, Any]:
        for doc in docs.values():
            if kind == "log":
                doc["note"] = doc["note"].upper()
        return docs

    monkeypatch.setattr(storage, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "STEPS", {1: shout})
    store = reader(tmp_path)
    assert [e.note for e in store.all(LogEntry)] == [
        "MARCH, BACKED UP",
        "MARCH, AFTER THE BACKUP",
        "APRIL",
    ]
    text = io.StringIO()
    export.write_json(store, text)  # the export reads through the upgrade too
    assert [e["note"] for e in json.loads(text.getvalue())["records"]["log"]] == [
        "MARCH, BACKED UP",
        "MARCH, AFTER THE BACKUP",
        "APRIL",
    ]
    store.close()
    assert snapshot(tmp_path) == before  # no upgrade, no backup before it, nothing
    assert json.loads((tmp_path / "store" / "meta.json").read_bytes()) == {"schema": 1}


@pytest.mark.parametrize("read_only", [False, True], ids=["app", "reading"])
def test_a_folder_where_a_month_file_belongs_is_named_and_read_around(
    tmp_path: Path, read_only: bool
) -> None:
    populated(tmp_path)
    odd = tmp_path / "store" / "log" / "2026-03.json"
    aside = odd.with_name("moved")
    odd.rename(aside)
    odd.mkdir()
    (odd / "something.txt").write_text("not ours")
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside", read_only=read_only)
    store.open()

    assert [e.note for e in store.all(LogEntry)] == ["april"]
    assert [e.note for e in store.all(LogEntry)] == ["april"]  # told once, not on every read
    (message,) = store.notices
    assert message == (
        f"Your log for March 2026 could not be read: {odd} is a folder, not a file of entries. "
        "Footholds left it as it is and read everything else. Moving it out of the data "
        "folder lets Footholds use that file again."
    )
    assert (odd / "something.txt").read_text() == "not ours"  # nothing set aside or replaced
    assert not (tmp_path / "aside").exists()
    text = io.StringIO()
    assert export.write_json(store, text) == 2  # the export reads the rest
    if not read_only:
        with pytest.raises(StoreWriteError, match=f"{odd} is not a file"):
            store.add(LogEntry(note="march again", at=MARCH))
        assert odd.is_dir() and (odd / "something.txt").exists()
        made = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside").create()
        assert made.exists()  # a backup leaves the folder out rather than fail
