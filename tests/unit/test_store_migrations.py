"""Upgrading an older store: one step at a time, a backup before each, nothing changed when a
step fails, and an interrupted upgrade finished on the next start."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footholds.core.store import LogEntry, Proof, Store, StoreUpgradeFailed, migrations, storage
from footholds.core.store import store as store_module
from footholds.core.store.backup_check import check_backup

WHEN = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def _old_store(root: Path) -> Path:
    """A version-1 store with a log entry in one month file and a proof."""
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    store.add(LogEntry(note="walked to the shop", feelings=["tired"], at=WHEN))
    store.add(Proof(text="Phoned the GP", day="2026-03-04"))
    store.close()
    return root / "store"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.json")}


def _shout_notes(kind: str, docs: dict[str, Any]) -> dict[str, Any]:
    """A test step from 1 to 2: log notes in capitals (something a real step could do)."""
    for doc in docs.values():
        if kind == "log" and doc.get("note"):
            doc["note"] = doc["note"].upper()
    return docs


@pytest.fixture
def version_two(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it once the old store is written: from then on this Footholds writes schema 2
    and knows the step from 1."""

    def bump() -> None:
        monkeypatch.setattr(storage, "SCHEMA_VERSION", 2)
        monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
        monkeypatch.setattr(migrations, "STEPS", {1: _shout_notes})

    return bump


def _open(root: Path, backups: list[str] | None = None) -> Store:
    made: list[str] = [] if backups is None else backups

    def backup(label: str) -> Path:
        made.append(label)
        return store_module.make_backup(root / "store", root / "backups" / f"{label}.zip")

    store = Store(root / "store", aside_dir=root / "aside", backup=backup)
    store.open()
    return store


def test_an_older_store_is_upgraded_after_a_backup(
    tmp_path: Path, version_two: Callable[[], None]
) -> None:
    folder = _old_store(tmp_path)
    version_two()
    made: list[str] = []
    store = _open(tmp_path, made)
    assert made == ["before-upgrade-v2"]
    [entry] = store.all(LogEntry)
    assert entry.note == "WALKED TO THE SHOP"
    assert [p.text for p in store.all(Proof)] == ["Phoned the GP"]  # other kinds kept as they were
    assert json.loads((folder / "meta.json").read_bytes()) == {"schema": 2}
    for path in storage.store_files(folder):
        assert migrations.file_schema(json.loads(path.read_bytes())) == 2
    assert any("updated how your entries are stored" in n for n in store.notices)
    # the backup holds the entries as they were before the step
    counts = check_backup(tmp_path / "backups" / "before-upgrade-v2.zip")
    assert counts == {"log": 1, "proof": 1}
    store.close()
    assert _open(tmp_path, made).all(LogEntry)[0].note == "WALKED TO THE SHOP"
    assert made == ["before-upgrade-v2"]  # opening again upgrades nothing


def test_a_step_that_raises_changes_nothing(
    tmp_path: Path, version_two: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _old_store(tmp_path)
    version_two()
    before = _snapshot(folder)

    def broken(kind: str, docs: dict[str, Any]) -> dict[str, Any]:
        if kind == "proof":  # fails on the second file, after the first was computed
            raise KeyError("text")
        return _shout_notes(kind, docs)

    monkeypatch.setattr(migrations, "STEPS", {1: broken})
    with pytest.raises(StoreUpgradeFailed, match="Nothing was changed"):
        _open(tmp_path)
    assert _snapshot(folder) == before


def test_a_step_that_makes_unreadable_entries_changes_nothing(
    tmp_path: Path, version_two: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _old_store(tmp_path)
    version_two()
    before = _snapshot(folder)

    def empties_proofs(kind: str, docs: dict[str, Any]) -> dict[str, Any]:
        for doc in docs.values():
            if kind == "proof":
                doc["text"] = ""
        return docs

    monkeypatch.setattr(migrations, "STEPS", {1: empties_proofs})
    with pytest.raises(StoreUpgradeFailed, match=r"proof\.json"):
        _open(tmp_path)
    assert _snapshot(folder) == before


def test_a_version_with_no_known_step_changes_nothing(
    tmp_path: Path, version_two: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _old_store(tmp_path)
    version_two()
    before = _snapshot(folder)
    monkeypatch.setattr(migrations, "STEPS", {})
    with pytest.raises(StoreUpgradeFailed, match="from version 1"):
        _open(tmp_path)
    assert _snapshot(folder) == before


def test_an_interrupted_upgrade_is_finished_without_repeating_a_step(
    tmp_path: Path, version_two: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _old_store(tmp_path)
    version_two()
    real_write = migrations.write_atomic
    written: list[Path] = []

    def dies_after_one_file(path: Path, data: bytes, *, durable: bool = True) -> None:
        if written:
            raise OSError(28, "No space left on device")
        written.append(path)
        real_write(path, data, durable=durable)

    monkeypatch.setattr(migrations, "write_atomic", dies_after_one_file)
    with pytest.raises(OSError):
        _open(tmp_path)
    assert json.loads((folder / "meta.json").read_bytes()) == {"schema": 1}
    monkeypatch.setattr(migrations, "write_atomic", real_write)
    store = _open(tmp_path)
    # the note went through the step exactly once: a second pass would change nothing here,
    # so check the file that was done first kept its version and the other caught up
    assert store.all(LogEntry)[0].note == "WALKED TO THE SHOP"
    assert [p.text for p in store.all(Proof)] == ["Phoned the GP"]
    assert {migrations.file_schema(json.loads(p.read_bytes())) for p in written} == {2}


def test_a_file_behind_the_others_takes_every_step(tmp_path: Path) -> None:
    """The store says version 2, but the proof file (brought back from an old backup) is
    still at 1: upgrading to 3 gives it both steps, the log file only the second."""
    folder = _old_store(tmp_path)
    for path in storage.store_files(folder):
        data = json.loads(path.read_bytes())
        if path.name != "proof.json":
            data["_meta"] = {"1": {"schema": 2}}
            path.write_text(json.dumps(data))
    (folder / "meta.json").write_text(json.dumps({"schema": 2}))
    calls: list[tuple[int, str]] = []

    def step(version: int) -> migrations.Step:
        def run(kind: str, docs: dict[str, Any]) -> dict[str, Any]:
            calls.append((version, kind))
            return docs

        return run

    made = migrations.migrate(
        folder,
        current=2,
        target=3,
        backup=lambda label: tmp_path / label,
        steps={1: step(1), 2: step(2)},
    )
    assert [p.name for p in made] == ["before-upgrade-v3"]
    assert calls == [(2, "log"), (1, "proof"), (2, "proof")]
    assert json.loads((folder / "meta.json").read_bytes()) == {"schema": 3}
    for path in storage.store_files(folder):
        assert migrations.file_schema(json.loads(path.read_bytes())) == 3


def test_the_shipped_steps_reach_the_current_version() -> None:
    """Every version before the current one has its step, so no store is ever stranded."""
    assert all(v in migrations.STEPS for v in range(1, storage.SCHEMA_VERSION))
