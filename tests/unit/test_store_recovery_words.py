"""What a person is told about a damaged file, in plain words true to what happened: which
file (a month by its name), whether anything is missing, where the file as it was is kept, and
what they can do; and that it is told as the app starts, not when a window first reads it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_store_look_over import (
    an_empty_list,
    entries_not_objects,
    garbage_middle,
    no_schema,
    not_a_table,
    zeros_middle,
)

from footholds.core.store import LogEntry, Proof, Store

DECEMBER = datetime(2026, 12, 1, 9, tzinfo=UTC)
HINT = "Settings → Your data → Restore a backup"


def make(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    return store


def december(root: Path, n: int = 3) -> Path:
    store = make(root)
    for i in range(n):
        store.add(LogEntry(note=f"entry {i}", at=DECEMBER.replace(day=1 + i)))
    store.close()
    return root / "store" / "log" / "2026-12.json"


def test_a_file_cut_after_its_last_entry_says_everything_came_back(tmp_path: Path) -> None:
    path = december(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.rindex(b',"_meta"') + 1])  # only the closing part is gone

    store = make(tmp_path)
    assert len(store.all(LogEntry)) == 3
    (message,) = store.notices
    assert message.startswith(
        "Part of your log for December 2026 could not be read: the end of its file was "
        "missing. 3 entries came back from the file itself. Nothing seems to be missing."
    )
    assert "JSON" not in message and "2026-12" not in message.split("\n")[0]
    assert "may be missing" not in message and HINT not in message
    first, kept_at = message.split("\n")  # the path on a line of its own, not broken in a sentence
    assert first.endswith("The file as it was is kept aside, in case it is needed:")
    assert Path(kept_at).parent == tmp_path / "aside" and Path(kept_at).exists()


def test_a_file_cut_inside_an_entry_says_what_may_be_missing_and_what_to_do(
    tmp_path: Path,
) -> None:
    path = december(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.index(b'"entry 2"')])

    store = make(tmp_path)
    assert [e.note for e in store.all(LogEntry)] == ["entry 0", "entry 1"]
    (message,) = store.notices
    assert "2 entries came back from the file itself. What was written last may be missing." in (
        message
    )
    assert "Nothing seems to be missing" not in message
    assert f"If something is missing, {HINT} shows what each backup holds" in message


def test_an_empty_file_is_not_called_a_part_of_one(tmp_path: Path) -> None:
    store = make(tmp_path)
    store.add(Proof(day="2026-12-01", text="got up"))
    store.close()
    (tmp_path / "store" / "proof.json").write_bytes(b"")

    store = make(tmp_path)
    assert store.all(Proof) == []
    (message,) = store.notices
    assert message.startswith("Your proof list could not be read: its file was empty.")
    assert "Part of" not in message and "came back" not in message
    assert HINT in message


def test_words_written_over_a_file_are_not_called_its_end_missing(tmp_path: Path) -> None:
    """Garbage over a file leaves quotes and brackets open, as a cut does: it was told as
    "the end of its file was missing"."""
    store = make(tmp_path)
    store.add(Proof(day="2026-12-01", text="got up"))
    store.close()
    (tmp_path / "store" / "proof.json").write_bytes(b'garbage "written [over it')

    store = make(tmp_path)
    assert store.all(Proof) == []
    (message,) = store.notices
    assert message.startswith("Your proof list could not be read: its file was damaged.")


def test_a_file_damaged_at_a_glance_is_told_as_the_store_opens(tmp_path: Path) -> None:
    path = december(tmp_path)
    path.write_bytes(path.read_bytes()[:-40])
    store = make(tmp_path)
    store.add(Proof(day="2026-12-01", text="got up"))
    store.close()
    (tmp_path / "store" / "proof.json").write_bytes(b"  \n")

    store = make(tmp_path)
    assert store.notices == []  # nothing is read yet
    store.look_over()
    assert len(store.notices) == 2
    assert any("your log for December 2026" in n for n in store.notices)
    assert any(n.startswith("Your proof list could not be read") for n in store.notices)
    store.look_over()  # told once: the files were put right
    assert len(store.notices) == 2


def test_looking_over_whole_files_reads_and_tells_nothing(tmp_path: Path) -> None:
    december(tmp_path)
    store = make(tmp_path)
    store.look_over()
    assert store.notices == [] and not (tmp_path / "aside").exists()


@pytest.mark.parametrize("damage", [garbage_middle, zeros_middle], ids=lambda f: f.__name__)
def test_a_file_damaged_in_its_middle_is_not_told_as_cut_short(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    """Its end is there: "the end of its file was missing" was not true."""
    path = december(tmp_path)
    path.write_bytes(damage(path.read_bytes()))

    store = make(tmp_path)
    store.look_over()
    (message,) = store.notices
    assert "could not be read: its file was damaged." in message
    assert "end of its file" not in message and "written last may be missing" not in message


@pytest.mark.parametrize(
    "damage", [not_a_table, an_empty_list, entries_not_objects], ids=lambda f: f.__name__
)
def test_a_file_not_shaped_as_the_store_writes_is_told_as_damaged(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    """As a garbled file is, in plain words: not "shaped like a Footholds store"."""
    path = december(tmp_path)
    path.write_bytes(damage(path.read_bytes()))

    store = make(tmp_path)
    store.look_over()
    (message,) = store.notices
    assert message.startswith("Your log for December 2026 could not be read: its file was damaged.")
    assert "shaped" not in message.split("\n")[0]


def test_a_file_without_its_schema_is_told_in_plain_words(tmp_path: Path) -> None:
    """Every entry still in it comes back; "the file has no schema version" is not for people."""
    path = december(tmp_path)
    path.write_bytes(no_schema(path.read_bytes()))

    store = make(tmp_path)
    assert len(store.all(LogEntry)) == 3
    (message,) = store.notices
    assert message.startswith(
        "Part of your log for December 2026 could not be read: its file was damaged. "
        "3 entries came back from the file itself. Nothing seems to be missing."
    )
