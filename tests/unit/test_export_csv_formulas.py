"""CSV export: text a spreadsheet would run as a formula is written so it shows as text."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path

import pytest

from checkin_data import at, open_store
from footholds.core import export
from footholds.core.store import LogEntry, Proof, Store


def exported_rows(store: Store, kind: str) -> list[dict[str, str]]:
    raw = io.BytesIO()
    export.write_csv_zip(store, raw)
    with zipfile.ZipFile(raw) as zf:
        text = zf.read(f"{kind}.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    "note",
    [
        '=HYPERLINK("http://x","click")',
        "+1 more walk",
        "-2+3",
        "@SUM(A1:A2)",
        "\tindented",
    ],
)
def test_a_note_that_starts_like_a_formula_gets_a_quote(tmp_path: Path, note: str) -> None:
    store = open_store(tmp_path)
    store.add(LogEntry(id="a1", at=at(3, 9), note=note))
    (row,) = exported_rows(store, "log")
    assert row["note"].startswith("'")
    assert row["note"][1:] == note  # the quote is all that is added


def test_a_carriage_return_at_the_start_is_neutralised_too() -> None:
    # the store turns \r into \n in what people write, so only the cell writer can see one
    assert export._cell("\r=1+1") == "'\r=1+1"
    assert export._cell("\n=1+1") == "\n=1+1" and export._cell("") == ""


def test_every_text_column_is_neutralised_and_plain_text_is_left_alone(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(LogEntry(id="a1", at=at(3, 9), wins=["=1+1"], trigger="-x", note="a = b"))
    store.add(Proof(id="p1", day="2026-03-03", text="@home, I made soup"))
    (log,) = exported_rows(store, "log")
    assert log["trigger"] == "'-x" and log["note"] == "a = b"
    assert log["wins"] == '["=1+1"]'  # a list is JSON text: it starts with [, no formula
    assert log["at"].startswith("2026-03-03T09:00")  # times and numbers are as they were
    (proof,) = exported_rows(store, "proof")
    assert proof["text"] == "'@home, I made soup"
    raw = io.BytesIO()
    export.write_csv_zip(store, raw)
    with zipfile.ZipFile(raw) as zf:
        assert "formula" in zf.read("README.txt").decode()


def test_every_file_in_the_zip_is_dated_when_it_was_written(tmp_path: Path) -> None:
    """The CSV files were dated 1 January 1980 (only README.txt had the day's date)."""
    store = open_store(tmp_path)
    store.add(LogEntry(id="a1", at=at(3, 9), note="a walk"))
    raw = io.BytesIO()
    before = time.localtime()[:6]
    export.write_csv_zip(store, raw)
    after = time.localtime()[:6]
    with zipfile.ZipFile(raw) as zf:
        members = zf.infolist()
        assert len(members) > 2
        for member in members:
            assert before[:5] <= member.date_time[:5] <= after[:5], member.filename
            assert member.compress_type == zipfile.ZIP_DEFLATED
        assert zf.read("log.csv").decode("utf-8").count("a walk") == 1
