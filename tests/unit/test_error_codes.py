"""Core errors a person reads carry a code and values; the English sentence comes from them."""

from __future__ import annotations

import errno
import os
import re
import string
import types
from datetime import UTC, date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

import pytest

from footholds.core import atomic, errors, importers, safe_read, sleep
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, Store, StoreWriteError, failures, migrations, validate
from footholds.core.store.backup_check import check_backup


def test_every_sentence_names_its_values() -> None:
    for code, text in errors.MESSAGES.items():
        names = [n for _, n, _, _ in string.Formatter().parse(text) if n is not None]
        assert all(re.fullmatch(r"[a-z]+", n) for n in names), code  # named, never {} or {0}
        assert errors.english(code, **dict.fromkeys(names, "X"))


def test_each_code_is_kept_in_one_area_only() -> None:
    # the sentences are kept by area (core/errors/*.py); one table would hide a code said twice
    from footholds.core.errors import backups, entries, imports, recovery, settings, store

    areas = [store, imports, backups, entries, settings, recovery]
    assert sum(len(area.MESSAGES) for area in areas) == len(errors.MESSAGES)


def _store(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside")
    store.open()
    return store


class FailingWrite(types.ModuleType):
    def __init__(self, code: int) -> None:
        super().__init__("os")
        self.code = code

    def __getattr__(self, attr: str) -> Any:
        if attr != "write":
            return getattr(os, attr)

        def fail(*_a: Any, **_k: Any) -> Any:
            raise OSError(self.code, os.strerror(self.code))

        return fail


@pytest.mark.parametrize(
    ("code", "ending"),
    [
        ("disk_full", "Freeing some space and trying again will save them."),
        (
            "read_only",
            "Once the data folder can be written to again, trying again will save them.",
        ),
        ("not_a_file", "Moving it out of the way and trying again will save them."),
        ("refused", "Once the disk takes writes again, trying again will save them."),
    ],
)
def test_entries_only_in_memory_are_told_what_will_save_them(code: str, ending: str) -> None:
    """Freeing space does not help a read-only folder: each cause ends with its own remedy."""
    sentence = errors.english(f"store.unsaved.{code}", file="log/2026-03.json", reason="EIO")
    assert sentence.endswith(ending)
    assert ("space" in sentence) == (code == "disk_full")


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, "store.write.disk_full"),
        (errno.EROFS, "store.write.read_only"),
        (errno.EACCES, "store.write.read_only"),
        (errno.EIO, "store.write.refused"),
    ],
)
def test_a_failed_save_says_which_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, code: str
) -> None:
    store = _store(tmp_path)
    monkeypatch.setattr(atomic, "os", FailingWrite(number))
    with pytest.raises(StoreWriteError) as caught:
        store.add(LogEntry(note="kept", at=datetime(2026, 3, 10, 9, tzinfo=UTC)))
    assert caught.value.code == code
    assert caught.value.errno == number
    assert str(caught.value) == errors.english(code, **caught.value.values)


def test_import_errors_carry_code_and_values(tmp_path: Path) -> None:
    missing = tmp_path / "gone.json"
    with pytest.raises(importers.ImportFailed) as caught:
        importers.plan(_store(tmp_path), missing)
    assert (caught.value.code, dict(caught.value.values)) == (
        "import.no_file",
        {"path": str(missing)},
    )
    assert str(caught.value) == f"There is no file at {missing}."

    zipped = tmp_path / "backup.json"
    zipped.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    with pytest.raises(importers.ImportFailed) as caught:
        importers.plan(_store(tmp_path), zipped)
    assert caught.value.code == "import.zip" and caught.value.values == {"file": "backup.json"}

    with pytest.raises(importers.ImportFailed) as caught:
        importers.plan(_store(tmp_path), tmp_path)  # a folder
    assert caught.value.code == "read.folder"


def test_a_file_that_grew_too_large_is_refused_with_a_code(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (2 * safe_read.MB))
    with pytest.raises(safe_read.Refused) as caught:
        safe_read.open_regular(big, safe_read.MB)
    assert caught.value.code == "read.too_large"
    assert caught.value.values == {"file": "big.csv", "size": "2", "limit": "1"}


def test_sealing_with_unsaved_entries_says_why_by_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        with pytest.raises(StoreWriteError):
            store.add(LogEntry(note="kept", at=datetime(2026, 3, 10, 9, tzinfo=UTC)))
        with pytest.raises(StoreWriteError) as caught:
            store.seal(lambda _record: None)
    assert caught.value.code == "store.write.disk_full"
    assert str(caught.value) == errors.english("store.write.disk_full")


# -- every error a person may meet names its sentence ----------------------------------------


def _raised(call: Any) -> Any:
    try:
        call()
    except Exception as exc:
        return exc
    raise AssertionError("nothing was raised")


def _not_a_backup(tmp_path: Path) -> Path:
    import zipfile

    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hello")
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda _t: failures.StoreIsLocked(), "store.locked"),
        (lambda _t: _raised(lambda: validate.text("", "The note", required=True)), "entry.empty"),
        (lambda _t: _raised(lambda: validate.number(9, "Energy", 1, 5)), "entry.out_of_bounds"),
        (lambda _t: _raised(lambda: LogEntry().clean()), "entry.nothing"),
        (lambda _t: _raised(lambda: Settings().set("nope", 1)), "setting.unknown"),
        (lambda _t: _raised(lambda: Settings().set("lists.feelings", "x")), "setting.words"),
        (lambda _t: _raised(lambda: sleep.parse_slept("late")), "sleep.unclear"),
        (lambda _t: _raised(lambda: sleep.parse_slept("25:00-07:00")), "sleep.off_clock"),
        (lambda _t: _raised(lambda: sleep.parse_slept("07:00-07:00")), "sleep.same"),
        (lambda _t: _raised(lambda: sleep.parse_slept("07:00-06:00")), "sleep.too_long"),
        (
            lambda _t: _raised(
                lambda: sleep.check_up_by(
                    clock(23), clock(7), date(2026, 12, 6), datetime(2026, 12, 6, 6, 52)
                )
            ),
            "sleep.not_yet",
        ),
        (
            lambda t: _raised(
                lambda: migrations.migrate(t, current=1, target=2, backup=lambda _n: t, steps={})
            ),
            "upgrade.unknown",
        ),
        (lambda t: _raised(lambda: check_backup(_not_a_backup(t))), "backup.no_manifest"),
        (lambda t: _raised(lambda: check_backup(t / "gone.zip")), "backup.not_zip"),
    ],
)
def test_each_error_says_which_sentence(tmp_path: Path, make: Any, code: str) -> None:
    exc = make(tmp_path)
    assert exc.code == code
    assert str(exc) == errors.english(code, **exc.values)  # the command line's words unchanged


def test_an_entry_error_names_its_part() -> None:
    exc = _raised(lambda: validate.text("a\x00b", "The note"))
    assert (exc.code, dict(exc.values)) == ("entry.control", {"field": "The note"})
    assert str(exc) == (
        "The note: some invisible control characters got in; please type the words again."
    )


def test_a_daylio_row_left_out_says_why_by_code() -> None:
    import io

    from footholds.core import import_daylio

    text = io.StringIO(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "yesterday,March 11,Wednesday,08:00,good,,,x\n"
    )
    (row,) = import_daylio.rows(text, UTC)
    assert isinstance(row, import_daylio.BadRow)
    assert (row.code, dict(row.values)) == ("daylio.date", {"value": "'yesterday'"})
    assert row.reason == "the date 'yesterday' is not one I understand"


def test_a_date_outside_the_years_kept_says_the_date_and_the_years() -> None:
    import io

    from footholds.core import import_daylio

    # the row's date, not "The time", and with the years, as the command line says them
    text = io.StringIO(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "1800-01-01,January 1,Wednesday,08:00,good,,,x\n"
    )
    (row,) = import_daylio.rows(text, UTC)
    assert isinstance(row, import_daylio.BadRow) and row.code == "entry.year"
    assert row.reason == "1800-01-01 is outside the years Footholds keeps (1970 to 2200)."
    exc = _raised(lambda: validate.day("2999-01-01", "The date"))
    assert str(exc) == "2999-01-01 is outside the years Footholds keeps (1970 to 2200)."


def _literal_labels() -> set[str]:
    """Every part name core passes to a check as text (validate's functions, `v.x(...)`,
    session_fields' own, and `invalid(..., field=...)`), read from the source."""
    import ast

    import footholds.core

    checks = {"text", "words", "number", "moment", "day", "clock", "choice", "flag", "idents"}
    checks |= {"mapping", "hhmm", "days"}
    found: set[str] = set()
    for path in Path(footholds.core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            named = next((k.value for k in node.keywords if k.arg == "field"), None)
            if name in ("invalid", "error") and isinstance(named, ast.Constant):
                found.add(str(named.value))  # invalid("entry.shape", field="A goal step")
            if name not in checks:
                continue
            label = node.args[1] if len(node.args) > 1 else None
            label = next((k.value for k in node.keywords if k.arg == "label"), label)
            if isinstance(label, ast.Constant) and isinstance(label.value, str):
                found.add(label.value)
    return found


def test_every_part_name_is_offered_for_translation() -> None:
    from footholds.core.field_names import FIELDS

    labels = _literal_labels()
    assert len(labels) > 50  # the reader still finds the checks
    assert labels - set(FIELDS) == set()
