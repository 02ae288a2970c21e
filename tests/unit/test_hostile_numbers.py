"""Deep nesting, numbers thousands of digits long and dates at the end of the calendar get a
clear message, on the command line and in what the app reads; never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from checkin_data import open_store
from footholds.core import checkin, importers, protocol
from footholds.core.store.backup_check import BadBackup, check_backup
from footholds.core.store.storage import DamagedFile, parse_bytes
from support import child_env

NESTED = b'{"a":' * 100_000
LONG_NUMBER = (
    b'{"format": "footholds-export", "version": 1, "records": {"log": [{"id": "x", "energy": '
    + b"9" * 5_000
    + b"}]}}"
)


def footholds(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(FOOTHOLDS_HOME=str(home)),
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    "raw",
    [NESTED, b'{"records": ' + b"[" * 100_000, LONG_NUMBER],
    ids=["objects", "lists", "number"],
)
def test_import_of_hostile_json_is_refused_plainly(tmp_path: Path, raw: bytes) -> None:
    source = tmp_path / "hostile.json"
    source.write_bytes(raw)
    with pytest.raises(importers.ImportFailed, match="nothing was read"):
        importers.plan(open_store(tmp_path), source)


@pytest.mark.parametrize("raw", [NESTED, LONG_NUMBER], ids=["nested", "number"])
def test_the_command_line_says_so_without_a_traceback(tmp_path: Path, raw: bytes) -> None:
    source = tmp_path / "hostile.json"
    source.write_bytes(raw)
    done = footholds(tmp_path / "home", "import", str(source))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "Nothing was changed." in done.stderr


def test_a_summary_ending_in_9999_is_refused_plainly(tmp_path: Path) -> None:
    done = footholds(tmp_path / "home", "export", "--format", "md", "--until", "9999-12-31")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "outside the years Footholds keeps (1970 to 2200)" in done.stderr
    with pytest.raises(ValueError, match="outside the years Footholds keeps"):
        checkin.gather(open_store(tmp_path), date(2026, 1, 1), date(9999, 12, 31))
    with pytest.raises(ValueError, match="outside the years Footholds keeps"):
        checkin.gather(open_store(tmp_path), date(1, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize(
    "line",
    [
        b'{"v": 1, "cmd": "log", "args": ' + b"[" * 200_000 + b"\n",
        b'{"v": 1, "cmd": "log", "args": {"entry": {"energy": ' + b"7" * 5_000 + b"}}}\n",
    ],
    ids=["nested", "number"],
)
def test_the_app_refuses_such_a_message_on_its_socket(line: bytes) -> None:
    with pytest.raises(protocol.BadMessage):
        protocol.decode(line)
    with pytest.raises(protocol.BadMessage):
        protocol.read_reply(line)


def test_a_backup_holding_such_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DamagedFile):
        parse_bytes(b"[" * 100_000, Path("2026-01.json"), "log")
    with pytest.raises(DamagedFile):
        parse_bytes(b'{"log": {"1": {"energy": ' + b"1" * 5_000 + b"}}}", Path("x"), "log")
    crafted = tmp_path / "crafted.zip"
    data = b"[" * 100_000
    manifest: dict[str, Any] = {
        "format": "footholds-backup",
        "version": 1,
        "files": {"proof.json": ""},
    }
    import hashlib

    manifest["files"]["proof.json"] = hashlib.sha256(data).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("store/proof.json", data)
        zf.writestr("footholds-backup.json", json.dumps(manifest))
    crafted.write_bytes(buffer.getvalue())
    with pytest.raises(BadBackup, match="not valid JSON"):
        check_backup(crafted)
    nested_manifest = tmp_path / "nested.zip"
    with zipfile.ZipFile(nested_manifest, "w") as zf:
        zf.writestr("footholds-backup.json", NESTED)
    with pytest.raises(BadBackup, match="no Footholds backup manifest"):
        check_backup(nested_manifest)
