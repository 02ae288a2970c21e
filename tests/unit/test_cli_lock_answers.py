"""What the command line says about the lock and about counts: a passphrase or recovery key
file that cannot be read is said in plain words, of the right kind of file, with no Python
exception in it; and one entry is "1 entry", never "1 entries"."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.cli.main import main
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Store, storage

pytest.importorskip("cryptography")

from footholds.core.lock import inbox, switch
from footholds.core.lock.keys import create

FAST = 1 << 10  # scrypt cost for tests
PASS = "a long passphrase"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def home_with(notes: int, *, lock: bool = False, sealed: int = 0) -> Paths:
    """A Footholds home with `notes` entries, the lock on if asked, and `sealed` entries
    written while locked."""
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    for n in range(notes):
        store.add(LogEntry(note=f"note {n}"))
    store.close()
    if lock:
        header, keys, _ = create(PASS, FAST)
        switch.enable(paths.data_dir, header, keys)
        storage.codec = None
        for n in range(sealed):
            inbox.put(paths.data_dir, LogEntry(note=f"sealed {n}"))
    return paths


def said(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def unreadable(tmp_path: Path) -> dict[str, Path]:
    """A file for each way a secret's file cannot be read."""
    folder = tmp_path / "adir.json"
    folder.mkdir()
    png = tmp_path / "png.json"
    png.write_bytes(PNG)
    large = tmp_path / "large.txt"
    large.write_bytes(b"x" * (1 << 17))  # no line end in 128 KiB: no passphrase file
    return {"missing": tmp_path / "nowhere.txt", "folder": folder, "png": png, "large": large}


EXPECTED = {
    "missing": "There is no {kind} at {path}.",
    "folder": "{path} is a folder, not a {kind}.",
    "png": "The {kind} {path} is not text: it should hold the {what} on its first line.",
    "large": "The {kind} {path} is too large: it should hold the {what} on its first line.",
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_a_passphrase_file_that_cannot_be_read_is_said_plainly(
    case: str, unreadable: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    home_with(1, lock=True)
    path = unreadable[case]
    code, out = said(capsys, "lock", "disable", "--passphrase-file", str(path))
    kind, what = "passphrase file", "passphrase"
    assert code == 1
    assert out.strip() == "footholds: " + EXPECTED[case].format(kind=kind, path=path, what=what)
    assert "Errno" not in out and "codec" not in out


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_a_recovery_key_file_is_called_one(
    case: str, unreadable: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    home_with(1, lock=True)
    path = unreadable[case]
    code, out = said(capsys, "lock", "recover", "--recovery-key-file", str(path))
    kind, what = "recovery key file", "recovery key"
    assert code == 1
    assert out.strip() == "footholds: " + EXPECTED[case].format(kind=kind, path=path, what=what)


def test_a_missing_passphrase_file_in_the_environment_says_where_it_was_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home_with(1, lock=True)
    nowhere = tmp_path / "nowhere.txt"
    monkeypatch.setenv("FOOTHOLDS_PASSPHRASE_FILE", str(nowhere))
    code, out = said(capsys, "proof", "list")
    assert code == 1
    assert out.strip() == (
        f"footholds: There is no passphrase file at {nowhere} (named by FOOTHOLDS_PASSPHRASE_FILE)."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_passphrase_from_a_pipe_or_with_a_byte_order_mark_still_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--passphrase-file <(pass show footholds)` is a pipe; Notepad's UTF-8 starts with a
    byte-order mark: both are read, the first line only."""
    home_with(1, lock=True)
    marked = tmp_path / "notepad.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + PASS.encode() + b"\r\nsomething else\r\n")
    assert said(capsys, "unlock", "--passphrase-file", str(marked))[0] == 0
    storage.codec = None
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def write() -> None:
        with open(pipe, "w") as end:
            end.write(PASS + "\n")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        code, out = said(capsys, "unlock", "--passphrase-file", str(pipe))
    finally:
        writer.join(10)
    assert code == 0, out


@pytest.mark.parametrize(("n", "count"), [(1, "1 entry"), (2, "2 entries")])
def test_unlock_status_and_disable_count_the_entries_written_while_locked(
    n: int, count: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home_with(1, lock=True, sealed=n)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    join = "joins" if n == 1 else "join"
    code, out = said(capsys, "lock", "status")
    assert code == 0
    assert f"{count} written while locked {join} your journal at the next unlock." in out
    code, out = said(capsys, "unlock", "--passphrase-file", str(secret))
    assert code == 0
    assert f"Unlocked. {count} written while locked joined your journal." in out
    inbox.put(Paths.from_env().data_dir, LogEntry(note="one more"))  # the unlock joined them
    for more in range(n - 1):
        inbox.put(Paths.from_env().data_dir, LogEntry(note=f"more {more}"))
    storage.codec = None
    code, out = said(capsys, "lock", "disable", "--passphrase-file", str(secret))
    assert code == 0
    assert f"{count} written while locked joined your journal." in out


def test_the_app_and_its_start_prompt_count_the_same_way() -> None:
    from footholds.app.lock_handlers import _unlocked

    assert _unlocked(0) == "Unlocked."
    assert _unlocked(1) == "Unlocked. 1 entry written while locked joined your journal."
    assert _unlocked(2) == "Unlocked. 2 entries written while locked joined your journal."


@pytest.mark.parametrize(("n", "count"), [(1, "1 entry"), (2, "2 entries")])
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_counts_one_entry_as_one(
    n: int, count: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home_with(n)
    target = tmp_path / ("out.zip" if fmt == "csv" else "out.json")
    code, out = said(capsys, "export", "--format", fmt, "-o", str(target))
    assert code == 0, out
    assert f"Exported {count} to {target}" in out


@pytest.mark.parametrize(("n", "count"), [(1, "1 entry (log 1)"), (2, "2 entries (log 2)")])
def test_restore_counts_one_entry_as_one(
    n: int, count: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from footholds.core.store.backups import Backups

    paths = home_with(n)
    made = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir).create(
        "manual", tmp_path / "kept.zip"
    )
    code, out = said(capsys, "restore", str(made), "--yes")
    assert code == 0, out
    assert f"Now in Footholds: {count}" in out and f"In the backup:    {count}" in out
    assert f"Restored {count.split(' (')[0]}. Your data from before is kept in" in out
