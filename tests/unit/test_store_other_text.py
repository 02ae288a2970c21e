"""A store file saved again by an editor in the older Windows/Latin-1 text format (cp1252:
"café" with é as the one byte 0xE9) is not valid UTF-8, so it is recovered: its entries come
back with their letters, each entry read on its own, and the person is told what happened.
Bytes that no format reads keep their entry out, as any damaged entry."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from footholds.core.store import LogEntry, Store
from footholds.core.store.backups import Backups
from footholds.core.store.recovery import salvage

MARCH = datetime(2026, 3, 1, 9, tzinfo=UTC)
MONTH = "log/2026-03.json"
NOTES = ["café con leche", "mañana será otro día", "just a walk", "¿Qué tal? «bien» — 5 €"]


def make(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    return store


def written(root: Path, notes: list[str]) -> bytes:
    """The month file holding `notes`, one entry each, as the store writes it (UTF-8)."""
    store = make(root)
    for day, note in enumerate(notes, start=1):
        store.add(LogEntry(note=note, at=MARCH.replace(day=day)))
    store.close()
    return (root / "store" / MONTH).read_bytes()


def in_cp1252(raw: bytes, *notes: str) -> bytes:
    """`raw` with the words of `notes` (all of them when none is named) saved as cp1252."""
    if not notes:
        return raw.decode("utf-8").encode("cp1252")
    for note in notes:
        raw = raw.replace(note.encode("utf-8"), note.encode("cp1252"))
    return raw


def notes_of(store: Store) -> list[str]:
    return [entry.note for entry in store.all(LogEntry)]


def test_a_file_saved_as_latin1_recovers_every_entry_with_its_letters(tmp_path: Path) -> None:
    raw = in_cp1252(written(tmp_path, NOTES))
    raw.decode("cp1252")  # a file an editor saved in the older format: no UTF-8
    path = tmp_path / "store" / MONTH
    path.write_bytes(raw)

    store = make(tmp_path)
    assert notes_of(store) == NOTES
    (message,) = store.notices
    assert message.startswith(
        "Some of the words in your log for March 2026 had been saved in another text format, "
        "as some editors do; Footholds read them back in that format. "
    )
    assert "4 entries came back from the file itself. Nothing seems to be missing." in message
    assert "could not be brought back" not in message and "damaged" not in message
    assert "No backup" not in message  # it was read whole: the backups are not needed
    assert "The file as it was is kept aside" in message
    store.close()
    # written back as UTF-8, the copy as it was kept aside
    assert path.read_bytes() == raw.decode("cp1252").encode("utf-8")
    assert [p.read_bytes() for p in (tmp_path / "aside").iterdir()] == [raw]


def test_a_mixed_file_reads_each_entry_in_its_own_format(tmp_path: Path) -> None:
    """Two entries still UTF-8, two saved as cp1252: none is read in the other's format."""
    raw = in_cp1252(written(tmp_path, NOTES), NOTES[1], NOTES[3])
    found = salvage(raw, "log")
    assert sorted(r.note for r in found.records.values()) == sorted(NOTES)  # type: ignore[attr-defined]
    assert found.unreadable == 0 and found.other_text == 2 and found.only_text

    (tmp_path / "store" / MONTH).write_bytes(raw)
    store = make(tmp_path)
    assert notes_of(store) == NOTES
    assert store.notices[0].startswith("Some of the words in your log for March 2026 had been")


def test_a_byte_no_format_reads_keeps_its_entry_out(tmp_path: Path) -> None:
    """0x81 is neither UTF-8 nor a cp1252 letter: that entry stays out, the others come back,
    and the file is told as damaged, with the entries read in the older format counted."""
    notes = ["café", "broken X here", "plain words", "mañana"]
    raw = in_cp1252(written(tmp_path, notes), "café", "mañana")
    raw = raw.replace(b"broken X here", b"broken \x81 here")
    found = salvage(raw, "log")
    assert sorted(r.note for r in found.records.values()) == ["café", "mañana", "plain words"]  # type: ignore[attr-defined]
    assert found.unreadable == 1 and found.other_text == 2 and not found.only_text

    (tmp_path / "store" / MONTH).write_bytes(raw)
    store = make(tmp_path)
    assert notes_of(store) == ["café", "plain words", "mañana"]
    (message,) = store.notices
    assert message.startswith(
        "Part of your log for March 2026 could not be read: its file was damaged. "
        "3 entries came back from the file itself. 2 of them had been saved in another text "
        "format, as some editors do, and were read back in that format. 1 entry could not be "
        "brought back. "
    )


def test_valid_utf8_is_never_read_as_cp1252() -> None:
    """ "Ã©" written in UTF-8 stays "Ã©" beside an entry saved as cp1252, and a whole UTF-8
    file with letters cp1252 also reads has nothing read in another format."""
    notes = ["SÃ© and ©", "señal"]
    with_both = salvage(in_cp1252(written_bytes(notes), "señal"), "log")
    assert sorted(r.note for r in with_both.records.values()) == sorted(notes)  # type: ignore[attr-defined]
    assert with_both.other_text == 1
    whole = salvage(written_bytes(notes), "log")
    assert whole.other_text == 0 and not whole.only_text


def test_the_look_over_at_start_recovers_it(tmp_path: Path) -> None:
    """The app's look-over (Store.looking_over, app/notices.py) reads the month as damaged and
    recovers it, telling it then rather than when a window first reads the month."""
    raw = in_cp1252(written(tmp_path, NOTES))
    (tmp_path / "store" / MONTH).write_bytes(raw)
    store = make(tmp_path)
    assert store.notices == []
    store.look_over()
    (message,) = store.notices
    assert "had been saved in another text format" in message
    assert notes_of(store) == NOTES


def written_bytes(notes: list[str]) -> bytes:
    """A whole month file holding `notes`, as the store writes it, made in memory."""
    entries = [LogEntry(note=n, at=MARCH.replace(day=d)) for d, n in enumerate(notes, 1)]
    table = {str(n): e.to_dict() for n, e in enumerate(entries, 1)}
    data = {"log": table, "_meta": {"1": {"schema": 1}}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def test_a_file_read_whole_takes_nothing_from_the_backups(tmp_path: Path) -> None:
    """The file held all it held: an entry removed since the backup stays removed."""
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = make(tmp_path)
    gone = store.add(LogEntry(note="removed later", at=MARCH.replace(day=20)))
    for day, note in enumerate(NOTES, start=1):
        store.add(LogEntry(note=note, at=MARCH.replace(day=day)))
    backups.create("daily")
    store.remove(gone)
    store.close()
    path = tmp_path / "store" / MONTH
    path.write_bytes(in_cp1252(path.read_bytes()))

    again = Store(
        tmp_path / "store", aside_dir=tmp_path / "aside", find_in_backups=backups.find_part
    )
    again.open()
    assert notes_of(again) == NOTES
    (message,) = again.notices
    assert "4 entries came back from the file itself. Nothing seems to be missing." in message
