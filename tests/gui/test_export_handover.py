"""`footholds export` while the app runs: the export is handed to the app (the `export` socket
command), which writes it from its store as Settings › Your data does, so entries it holds only
in memory (a full disk) are in the file. When the app cannot write the file, one line says so
and the command fails, nothing lost; an app too old to know the command is read around as
before, the entries it holds named as missing."""

from __future__ import annotations

import argparse
import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_export_unsaved import FailingWrite, logged

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.cli import export
from footholds.core import atomic


@pytest.fixture
def all_full(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """The store's files and the unsaved-entries files can't be written; other files can
    (the export's target is written with the real os, the store's through atomic's)."""
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite())
        yield ctx


def through_the_app(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, *, room: bool = True
) -> list[str]:
    """Commands the CLI sends reach the app's handler, as over the socket; their names. With
    `room`, the export's own file can be written (the store's files still can't)."""
    sent: list[str] = []

    def asked(_paths: object, command: str, **args: Any) -> dict[str, Any] | None:
        sent.append(command)
        with monkeypatch.context() as writable:
            if room:
                writable.setattr(atomic, "os", os)
            ok, message = handle(ctx, command, json.loads(json.dumps(args)))
        return {"ok": ok, "message": message}

    monkeypatch.setattr(export, "ask", asked)
    monkeypatch.setattr(export, "surely_not_running_anywhere", lambda _paths: False)
    return sent


def arguments(fmt: str, output: str | None) -> argparse.Namespace:
    args = argparse.Namespace(format=fmt, output=output, since=None, until=None)
    args.force = False
    return args


def test_the_app_writes_the_export_with_what_it_holds_in_memory(
    all_full: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logged(all_full, "nowhere yet")
    target = tmp_path / "copy.json"
    with monkeypatch.context() as writable:
        writable.setattr(atomic, "os", os)
        ok, message = handle(all_full, "export", {"path": str(target), "format": "json"})
    assert ok and message == "1"
    assert "nowhere yet" in target.read_text(encoding="utf-8")


def test_the_app_writes_csv_too(
    all_full: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logged(all_full, "nowhere yet")
    target = tmp_path / "copy.zip"
    with monkeypatch.context() as writable:
        writable.setattr(atomic, "os", os)
        ok, _ = handle(all_full, "export", {"path": str(target), "format": "csv"})
    assert ok
    with zipfile.ZipFile(target) as kept:
        assert any("nowhere yet" in kept.read(name).decode("utf-8") for name in kept.namelist())


def test_the_app_wants_a_full_path_and_a_known_format(ctx: AppContext) -> None:
    ok, message = handle(ctx, "export", {"path": "copy.json", "format": "json"})
    assert not ok and "full path" in message
    ok, message = handle(ctx, "export", {"path": "/tmp/copy.json", "format": "pdf"})
    assert not ok


def test_a_target_the_app_cannot_write_is_said_in_one_line_and_nothing_is_lost(
    all_full: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logged(all_full, "nowhere yet")
    target = tmp_path / "missing" / "copy.json"  # a folder that is not there
    ok, message = handle(all_full, "export", {"path": str(target), "format": "json"})
    assert not ok
    assert "\n" not in message and "could not write the export" in message
    assert handle(all_full, "unsaved", {}) == (True, "1")  # still held


def test_the_command_hands_the_export_to_the_app_from_where_it_was_run(
    all_full: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logged(all_full, "nowhere yet")
    sent = through_the_app(all_full, monkeypatch)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    code = export.cmd_export(all_full.paths, arguments("json", "copy.json"))
    said = capsys.readouterr()
    assert code == 0, said.err
    assert sent == ["export"]
    assert "nowhere yet" in (here / "copy.json").read_text(encoding="utf-8")
    assert "Exported 1 entry to copy.json" in said.out
    assert "not in this file" not in said.err


def test_the_command_hands_over_a_csv_zip(
    all_full: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logged(all_full, "nowhere yet")
    through_the_app(all_full, monkeypatch)
    target = tmp_path / "copy.zip"
    assert export.cmd_export(all_full.paths, arguments("csv", str(target))) == 0
    assert "a .zip of CSV files" in capsys.readouterr().out
    with zipfile.ZipFile(target) as kept:
        assert any("nowhere yet" in kept.read(name).decode("utf-8") for name in kept.namelist())


def test_standard_output_is_never_handed_over(
    all_full: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """The app would have to write the whole export to a file for it, unencrypted on disk
    even with the lock on, and left there if the command were stopped while it waited (a
    review): the files are read here instead, once the app has been asked to save what it
    holds (what it still cannot save is named, as for an app too old to export)."""
    logged(all_full, "nowhere yet")
    sent = through_the_app(all_full, monkeypatch)
    code = export.cmd_export(all_full.paths, arguments("json", None))
    said = capsysbinary.readouterr()
    assert "export" not in sent and "unsaved" in sent
    # asked what it holds, the app tried its save once more, and had room by then
    assert code == 0
    assert "nowhere yet" in json.dumps(json.loads(said.out.decode("utf-8")))


def test_a_socket_not_the_persons_own_is_read_around(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.cli.handover import Refused

    def refused(_paths: object, command: str, **_k: object) -> dict[str, Any] | None:
        raise Refused("not yours")

    monkeypatch.setattr(export, "ask", refused)
    monkeypatch.setattr(export, "surely_not_running_anywhere", lambda _paths: False)
    target = tmp_path / "copy.json"
    assert export.cmd_export(ctx.paths, arguments("json", str(target))) == 0
    assert json.loads(target.read_text(encoding="utf-8"))


def test_a_refusal_from_the_app_is_one_line_and_fails(
    all_full: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logged(all_full, "nowhere yet")
    through_the_app(all_full, monkeypatch, room=False)  # the disk is full for the export too
    target = tmp_path / "copy.json"
    code = export.cmd_export(all_full.paths, arguments("json", str(target)))
    said = capsys.readouterr()
    assert code == 1
    assert said.out == ""
    lines = said.err.strip().splitlines()
    assert len(lines) == 1 and "could not write the export" in lines[0], said.err
    assert "No space left" in lines[0] and not target.exists()
    assert handle(all_full, "unsaved", {}) == (True, "1")


@pytest.mark.parametrize(
    "old",
    [
        {"ok": False, "message": "Refused: unknown command 'export'."},
        {"ok": False, "message": "The running Footholds does not know the command 'export'."},
    ],
)
def test_an_app_too_old_to_export_is_read_around_as_before(
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    old: dict[str, Any],
) -> None:
    def asked(_paths: object, command: str, **_k: object) -> dict[str, Any] | None:
        return old if command == "export" else {"ok": True, "message": "2"}

    monkeypatch.setattr(export, "ask", asked)
    monkeypatch.setattr(export, "surely_not_running_anywhere", lambda _paths: False)
    target = tmp_path / "copy.json"
    code = export.cmd_export(ctx.paths, arguments("json", str(target)))
    assert code == 1
    assert json.loads(target.read_text(encoding="utf-8"))
    assert "2 entries are not in this file" in capsys.readouterr().err


def test_with_no_app_the_command_writes_directly(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logged(ctx, "saved as usual")  # the app's socket is not there: no app answers
    target = tmp_path / "copy.json"
    assert export.cmd_export(ctx.paths, arguments("json", str(target))) == 0
    assert "saved as usual" in target.read_text(encoding="utf-8")
    assert "not in this file" not in capsys.readouterr().err


def test_the_export_can_be_sent_to_the_app() -> None:
    from footholds.core import protocol

    line = protocol.encode("export", path="/tmp/x.json", format="json")
    assert protocol.decode(line) == ("export", {"path": "/tmp/x.json", "format": "json"})


def test_settings_and_the_hand_over_make_the_same_bytes(ctx: AppContext) -> None:
    from footholds.core import own_lists
    from footholds.core.export import export_bytes, write_json

    logged(ctx, "same either way")
    text = io.StringIO()
    write_json(ctx.store, text, own_lists.of(ctx.settings))
    data, count = export_bytes(ctx.store, "json", own_lists.of(ctx.settings))
    assert count == 1
    assert json.loads(data)["records"] == json.loads(text.getvalue())["records"]
