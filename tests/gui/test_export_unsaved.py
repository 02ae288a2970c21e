"""An export made while the disk is full: entries the running app holds only in memory are
in the app's own export (Settings › Your data reads through its store). `footholds export`
hands its export to the app (test_export_handover.py); when it reads the files itself (an app
too old to take the export), it asks the app how many it holds and says plainly they are not
in the file, with a non-zero exit, so a safety copy is never taken for complete."""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.cli import export
from footholds.core import atomic
from footholds.core.export import write_json
from footholds.core.store import LogEntry


class FailingWrite(types.ModuleType):
    """os, but every write fails as on a full disk."""

    def __init__(self) -> None:
        super().__init__("os")

    def __getattr__(self, attr: str) -> Any:
        if attr != "write":
            return getattr(os, attr)

        def fail(*_a: Any, **_k: Any) -> Any:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        return fail


@pytest.fixture
def all_full(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """Nothing can be written, not even the unsaved-entries file."""
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite())
        yield ctx


def logged(ctx: AppContext, note: str) -> None:
    entry = LogEntry(note=note, source="cli").clean().to_dict()
    assert handle(ctx, "log", {"entry": entry})[0]


def test_the_app_counts_the_entries_it_holds_only_in_memory(all_full: AppContext) -> None:
    assert handle(all_full, "unsaved", {}) == (True, "0")
    logged(all_full, "nowhere yet")
    logged(all_full, "still nowhere")
    assert handle(all_full, "unsaved", {}) == (True, "2")


def test_the_apps_own_export_holds_the_entries_only_in_memory(all_full: AppContext) -> None:
    logged(all_full, "nowhere yet")
    text = io.StringIO()
    write_json(all_full.store, text, None)
    assert "nowhere yet" in text.getvalue()


def exported(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answer: dict[str, Any]
) -> tuple[int, Path]:
    def asked(_paths: object, command: str, **_k: object) -> dict[str, Any] | None:
        return answer if command == "unsaved" else None

    monkeypatch.setattr(export, "ask", asked)
    target = tmp_path / "copy.json"
    args = argparse.Namespace(format="json", output=str(target), since=None, until=None)
    args.force = False
    return export.cmd_export(ctx.paths, args), target


def test_the_command_says_what_the_file_leaves_out_and_fails(
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, target = exported(ctx, monkeypatch, tmp_path, {"ok": True, "message": "3"})
    assert code == 1
    assert json.loads(target.read_text())  # what could be read is still written
    said = capsys.readouterr().err
    assert "3 entries" in said and "not in this file" in said


def test_the_command_is_quiet_when_the_app_holds_nothing_back(
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _ = exported(ctx, monkeypatch, tmp_path, {"ok": True, "message": "0"})
    assert code == 0
    assert "not in this file" not in capsys.readouterr().err


def test_the_question_can_be_sent_to_the_app() -> None:
    from footholds.core import protocol

    assert protocol.decode(protocol.encode("unsaved"))[0] == "unsaved"
