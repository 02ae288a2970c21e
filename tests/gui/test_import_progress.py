"""The import dialog shows how far a big file has got, while reading it and while importing;
the app refuses paths that are not absolute over its socket."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.core.store import LogEntry
from footholds.ui.settings.import_dialog import ImportDialog

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def big_daylio(path: Path, rows: int) -> Path:
    start = datetime(2026, 11, 30, 21, 0)
    lines = [
        f"{start - timedelta(minutes=97 * n):%Y-%m-%d,x,y,%H:%M},good,walk,,{n}"
        for n in range(rows)
    ]
    path.write_text(HEADER + "\n".join(lines) + "\n")
    return path


def test_the_dialog_shows_progress_then_hides_it(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[bool, int, str, bool]] = []
    shown = dialog.show_progress

    def watch(rows: int, share: float) -> None:
        shown(rows, share)
        bar = dialog.progress
        seen.append((bar.isVisible(), bar.value(), bar.text(), dialog.choose.isEnabled()))

    dialog.show_progress = watch  # type: ignore[method-assign]
    dialog.set_file(big_daylio(tmp_path / "big.csv", 12_000))
    reading = [s for s in seen if s[0]]
    n = QLocale().toString  # numbers as the person's language writes them
    assert reading and reading[0][2] == f"Reading the file: {n(5000)} rows"
    assert 0 < reading[0][1] < reading[-1][1] <= 100
    assert not any(s[3] for s in reading)  # Choose file is off while it works
    assert not dialog.progress.isVisible() and dialog.choose.isEnabled()
    assert "12000 log entries to add" in dialog.preview.toPlainText()
    seen.clear()
    dialog.import_button.click()
    importing = [s[2] for s in seen if s[0]][:2]
    assert importing == [f"Importing: {n(5000)} rows", f"Importing: {n(10000)} rows"]
    assert not dialog.progress.isVisible()
    assert ctx.store.count(LogEntry) == 12_000
    assert "Imported 12000 log entries." in dialog.message.text()


def test_relative_paths_over_the_socket_are_refused(ctx: AppContext) -> None:
    ok, message = handle(ctx, "backup", {"path": "relative.zip"})
    assert not ok and "full path" in message
    assert not (Path.cwd() / "relative.zip").exists()
    ok, message = handle(ctx, "import", {"path": "some.csv", "digest": "x"})
    assert not ok and "full path" in message
