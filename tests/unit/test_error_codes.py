"""Core errors a person reads carry a code and values; the English sentence comes from them."""

from __future__ import annotations

import errno
import os
import re
import string
import types
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footholds.core import atomic, errors, importers, safe_read
from footholds.core.store import LogEntry, Store, StoreWriteError


def test_every_sentence_names_its_values() -> None:
    for code, text in errors.MESSAGES.items():
        names = [n for _, n, _, _ in string.Formatter().parse(text) if n is not None]
        assert all(re.fullmatch(r"[a-z]+", n) for n in names), code  # named, never {} or {0}
        assert errors.english(code, **dict.fromkeys(names, "X"))


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
