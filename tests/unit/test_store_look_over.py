"""The look-over a moment after start (Store.look_over) finds every file that reading would find
damaged, not only those empty or cut off: damaged in the middle, not shaped as a store file,
filled with zeros, not UTF-8. Each is told as the app starts, in plain words (which file, that
the file as it was is kept), instead of when a window first reads that month; whole files are
read one at a time and nothing of them is kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footholds.core.store import LogEntry, Proof, Store

DECEMBER = datetime(2026, 12, 1, 9, tzinfo=UTC)


def make(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    return store


def december(root: Path) -> Path:
    store = make(root)
    for i in range(3):
        store.add(LogEntry(note=f"entry {i}, café", at=DECEMBER.replace(day=1 + i)))
    store.add(Proof(day="2026-12-01", text="got up"))
    store.close()
    return root / "store" / "log" / "2026-12.json"


def garbage_middle(raw: bytes) -> bytes:
    middle = len(raw) // 2
    return raw[:middle] + b'\x93\xff" ]] garbage {{ \x00' + raw[middle + 20 :]


def zeros_middle(raw: bytes) -> bytes:
    middle = len(raw) // 2
    return raw[:middle] + bytes(64) + raw[middle + 64 :]


def not_a_table(raw: bytes) -> bytes:
    return b'{"x": 1}'


def an_empty_list(raw: bytes) -> bytes:
    return b"[]"


def entries_not_objects(raw: bytes) -> bytes:
    return b'{"log": {"1": 5, "2": "entry"}, "_meta": {"1": {"schema": 1}}}'


def no_schema(raw: bytes) -> bytes:
    data = json.loads(raw)
    del data["_meta"]
    return json.dumps(data).encode()


def zeros(raw: bytes) -> bytes:
    return bytes(len(raw))  # a file the system never wrote: its length, all zero bytes


def latin_1(raw: bytes) -> bytes:
    return raw.decode().encode("latin-1")  # saved again by another program, not as UTF-8


DAMAGE: list[Callable[[bytes], bytes]] = [
    garbage_middle,
    zeros_middle,
    not_a_table,
    an_empty_list,
    entries_not_objects,
    no_schema,
    zeros,
    latin_1,
]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_a_file_damaged_anywhere_is_told_by_the_look_over(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = december(tmp_path)
    bad = damage(path.read_bytes())
    path.write_bytes(bad)

    store = make(tmp_path)
    store.look_over()
    (message,) = store.notices
    # a file saved as Latin-1 is read whole in that format: it is told so, nothing was lost
    told = "had been saved in another text format" if damage is latin_1 else "could not be read"
    assert f"your log for December 2026 {told}" in message.replace("Your", "your")
    first, kept_at = message.split("\n")
    assert first.endswith("The file as it was is kept aside, in case it is needed:")
    assert Path(kept_at).read_bytes() == bad  # kept as it was, nothing deleted
    assert "JSON" not in message
    store.look_over()  # put right: told once
    assert len(store.notices) == 1


def test_a_small_file_damaged_in_its_middle_is_told_too(tmp_path: Path) -> None:
    december(tmp_path)
    path = tmp_path / "store" / "proof.json"
    path.write_bytes(garbage_middle(path.read_bytes()))

    store = make(tmp_path)
    store.look_over()
    (message,) = store.notices
    assert "your proof list could not be read" in message.replace("Your", "your")


def test_whole_files_in_another_encoding_are_read_and_not_told(tmp_path: Path) -> None:
    """UTF-16 (with its byte order mark) reads as it is: nothing to tell, nothing set aside."""
    path = december(tmp_path)
    path.write_bytes(path.read_bytes().decode().encode("utf-16"))

    store = make(tmp_path)
    store.look_over()
    assert store.notices == [] and not (tmp_path / "aside").exists()
    assert len(store.all(LogEntry)) == 3


def test_the_look_over_goes_one_file_at_a_time_and_keeps_none(tmp_path: Path) -> None:
    """Each step reads one file (so the app can spread it over its event loop) and keeps
    nothing of a whole one in memory."""
    december(tmp_path)
    store = make(tmp_path)
    store.add(LogEntry(note="later", at=datetime(2026, 11, 3, 9, tzinfo=UTC)))
    store.close()
    store = make(tmp_path)
    steps = sum(1 for _ in store.looking_over())
    assert steps == 3  # two months of the log and the proof list
    assert store.notices == [] and not store._months and not store._small


def test_the_look_over_stops_when_the_store_closes(tmp_path: Path) -> None:
    path = december(tmp_path)
    path.write_bytes(zeros_middle(path.read_bytes()))
    store = make(tmp_path)
    steps = store.looking_over()
    store.close()
    assert list(steps) == []
    assert store.notices == []
