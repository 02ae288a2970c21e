"""An import a kill or power cut stops part-way keeps what it added, and the next start says
so once, naming the file, rather than nothing at all."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from footholds.core import export, importers
from footholds.core.import_running import RUNNING, cut_off, mark_running
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Store, StoreWriteError
from footholds.core.store.opening import open_store


def _export(tmp_path: Path, count: int) -> Path:
    source = Store(tmp_path / "source", aside_dir=tmp_path / "aside-source", durable=False)
    source.open()
    for n in range(count):
        source.add(LogEntry(note=f"a day, {n}"))
    buffer = io.StringIO()
    export.write_json(source, buffer)
    source.close()
    path = tmp_path / "daylog.json"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_an_import_that_ends_leaves_no_note_even_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path, 3)
    store = Store(tmp_path / "data" / "store", aside_dir=tmp_path / "aside", durable=False)
    store.open()
    importers.apply(store, importers.plan(store, path))
    assert store.count(LogEntry) == 3 and not (tmp_path / "data" / RUNNING).exists()

    def full(*_a: object, **_k: object) -> list[LogEntry]:
        raise StoreWriteError(28, "The disk is full.")

    monkeypatch.setattr(store, "add_many", full)
    with pytest.raises(StoreWriteError):
        importers.apply(store, importers.plan(store, _export(tmp_path / "b", 2)))
    assert not (tmp_path / "data" / RUNNING).exists()  # said then: nothing to say later
    store.close()


def test_the_next_start_says_an_import_was_cut_off_once_naming_the_file() -> None:
    paths = Paths.from_env()
    paths.ensure()
    assert mark_running(paths.data_dir, "daylio-export.csv") is not None  # then the kill
    store, _ = open_store(paths)
    said = [str(n) for n in store.notices]
    store.close()
    assert len(said) == 1 and "daylio-export.csv" in said[0] and "adds only the rest" in said[0]
    assert not (paths.data_dir / RUNNING).exists()
    store, _ = open_store(paths)
    assert store.notices == []  # once
    store.close()


def test_a_note_that_cannot_be_read_still_says_an_import_was_cut_off(tmp_path: Path) -> None:
    (tmp_path / RUNNING).write_bytes(b"\x00 not json")
    notice = cut_off(tmp_path)
    assert notice is not None and RUNNING in str(notice)
    assert cut_off(tmp_path) is None


def test_an_entry_with_no_time_is_listed_as_unreadable_not_dated_today(tmp_path: Path) -> None:
    """A hand-edited export: an entry whose time was taken out was stamped with the moment of
    the import, and sat at the top of the journal as today's."""
    import json

    path = _export(tmp_path, 2)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["records"]["log"][0]["at"]
    path.write_text(json.dumps(data), encoding="utf-8")
    store = Store(tmp_path / "data" / "store", aside_dir=tmp_path / "aside", durable=False)
    store.open()
    plan = importers.plan(store, path)
    assert any("The time can't be empty" in line for line in plan.lines())
    importers.apply(store, plan)
    assert [e.note for e in store.all(LogEntry)] == [data["records"]["log"][1]["note"]]
    store.close()
