"""The import dialog shows how far a big file has got, while reading it and while importing;
Cancel stops it at once, keeping what came in; the rest of the app answers meanwhile (other
windows, commands), a quit stops it between two month files and closes after it; the app
refuses paths that are not absolute over its socket."""

from __future__ import annotations

import socket
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.core import importers, protocol
from footholds.core.store import LogEntry, Store
from footholds.ui.common import i18n
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
    qtbot.waitUntil(dialog.choose.isEnabled)  # once what was clicked meanwhile has arrived
    reading = [s for s in seen if s[0]]
    n = QLocale().toString  # numbers as the person's language writes them
    assert reading and reading[0][2] == f"Reading the file: {n(5000)} rows"
    assert 0 < reading[0][1] < reading[-1][1] <= 100
    assert not any(s[3] for s in reading)  # Choose file is off while it works
    assert not dialog.progress.isVisible() and dialog.choose.isEnabled()
    assert "12000 log entries to add" in dialog.preview.toPlainText()
    seen.clear()
    dialog.import_button.click()
    qtbot.waitUntil(dialog.choose.isEnabled)
    importing = [s[2] for s in seen if s[0]][:2]
    assert importing == [f"Importing: {n(5000)} rows", f"Importing: {n(10000)} rows"]
    assert not dialog.progress.isVisible()
    assert ctx.store.count(LogEntry) == 12_000
    assert "Imported 12000 log entries." in dialog.message.text()


def test_an_entry_dated_ahead_is_named_and_left_out(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = big_daylio(tmp_path / "big.csv", 3)
    with path.open("a") as file:  # a row from a device whose clock said 2150
        file.write("2150-06-01,x,y,09:00,good,walk,,far\n")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    settled(dialog, qtbot)
    lines = dialog.preview.toPlainText().splitlines()
    assert "  3 log entries to add" in lines
    # read, only dated ahead: under its own heading, its date as the app shows dates
    assert "  1 is dated ahead of today and will be left out:" in lines
    assert "    line 5: Mon 1 Jun 2150" in lines
    assert not any("could not be read" in line for line in lines)
    dialog.import_button.click()
    settled(dialog, qtbot)
    assert dialog.message.text() == "Imported 3 log entries."
    assert ctx.store.count(LogEntry) == 3
    # still in sight after the import
    assert "line 5: Mon 1 Jun 2150" in dialog.preview.toPlainText()


def test_an_entry_dated_ahead_is_dated_from_the_person_s_today(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:58 on New Year's Day, with the day starting at 4 am, it is still New Year's Eve
    for the person: a row dated ahead, on 2 January, is said with its year, as the journal
    and every other window count from the person's today, not the calendar's."""
    from footholds.core import days, import_read
    from footholds.ui.settings import import_dialog

    now = datetime(2150, 1, 1, 0, 58).astimezone()

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:
            return cast(Clock, now)

    class Calendar(date):
        @classmethod
        def today(cls) -> Calendar:
            return cast(Calendar, date(2150, 1, 1))

    monkeypatch.setattr(days, "now_local", lambda: now)
    monkeypatch.setattr(import_read, "datetime", Clock)  # "ahead" is after this now
    monkeypatch.setattr(import_dialog, "date", Calendar, raising=False)  # the calendar's day
    ctx.settings.set("day.start_hour", 4)
    path = big_daylio(tmp_path / "new-year.csv", 2)
    with path.open("a") as file:
        file.write("2150-01-02,x,y,09:00,good,walk,,soon\n")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    settled(dialog, qtbot)
    lines = dialog.preview.toPlainText().splitlines()
    assert "  1 is dated ahead of today and will be left out:" in lines
    assert "    line 4: Fri 2 Jan 2150" in lines


def test_it_looks_busy_from_the_first_moment_until_it_is_done(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the busy cursor (with its arrow: Cancel can still be pressed) and the bar say it is
    # working before any row is counted (a JSON file is parsed whole first), and go when it
    # is done
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    seen: list[tuple[bool, Qt.CursorShape | None, bool]] = []

    def look() -> None:
        cursor = QGuiApplication.overrideCursor()
        shape = cursor.shape() if cursor is not None else None
        seen.append((dialog.progress.isVisible(), shape, cancel.isEnabled()))

    plan, apply = importers.plan, ctx.actions.apply_import
    monkeypatch.setattr(importers, "plan", lambda *a, **k: (look(), plan(*a, **k))[1])
    monkeypatch.setattr(ctx.actions, "apply_import", lambda *a: (look(), apply(*a))[1])
    dialog.set_file(big_daylio(tmp_path / "small.csv", 10))
    assert QGuiApplication.overrideCursor() is None and not dialog.progress.isVisible()
    settled(dialog, qtbot)
    dialog.import_button.click()
    assert QGuiApplication.overrideCursor() is None and not dialog.progress.isVisible()
    assert seen == [(True, Qt.CursorShape.BusyCursor, True)] * 2
    assert ctx.store.count(LogEntry) == 10


def test_relative_paths_over_the_socket_are_refused(ctx: AppContext) -> None:
    ok, message = handle(ctx, "backup", {"path": "relative.zip"})
    assert not ok and "full path" in message
    assert not (Path.cwd() / "relative.zip").exists()
    ok, message = handle(ctx, "import", {"path": "some.csv", "digest": "x"})
    assert not ok and "full path" in message


def test_commands_that_replace_the_store_wait_out_an_import(
    ctx: AppContext, tmp_path: Path
) -> None:
    # the app answers its socket during an import now: these would close the store under it
    from footholds.core.import_pace import RUNNING

    def stop() -> None:
        pass

    RUNNING.begin(stop)
    try:
        for command in ("restore", "import", "close-windows", "lock-now"):
            ok, message = handle(ctx, command, {"path": str(tmp_path / "x.zip")})
            assert not ok and "importing a file" in message, command
        assert handle(ctx, "status", {})[0]  # the rest answer as always
    finally:
        RUNNING.end(stop)
    assert ctx.store.is_open


def settled(dialog: ImportDialog, qtbot: QtBot) -> None:
    """The buttons are on again, and whatever was clicked meanwhile has arrived."""
    qtbot.waitUntil(dialog.choose.isEnabled)
    QCoreApplication.processEvents()


def ready_to_import(ctx: AppContext, qtbot: QtBot, tmp_path: Path, rows: int) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(big_daylio(tmp_path / "big.csv", rows))
    settled(dialog, qtbot)
    return dialog


def queue_click(widget: QWidget) -> None:
    """A click made while the app is busy: it waits in the queue until the work is done."""
    at = QPointF(widget.rect().center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        button = Qt.MouseButton.LeftButton
        buttons = button if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(
            kind, at, widget.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QCoreApplication.postEvent(widget, event)


class _EatQuit(QObject):
    """What QApplication does with a quit's event: it closes every window first (and quits
    only when none refuses), then leaves its loops. Here the windows' answer is kept and the
    event eaten: there is no loop to leave in a test, and one left stays left for the tests
    after."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window, self.closed = window, list[bool]()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Quit:
            return False
        handle = self.window.windowHandle()
        self.closed.append(handle.close() if handle is not None else True)
        return True


def test_a_quit_during_an_import_stops_it_between_month_files_and_loses_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ready_to_import(ctx, qtbot, tmp_path, 60_000)
    eat = _EatQuit(dialog)
    ctx.app.installEventFilter(eat)  # before the dialog's own: it sees the event after it
    quit_at: list[int] = []

    def quit_now() -> None:  # what QApplication.quit does in a running app: a Quit event
        quit_at.append(ctx.store.count(LogEntry))
        QCoreApplication.sendEvent(ctx.app, QEvent(QEvent.Type.Quit))

    monkeypatch.setattr(ctx.app, "quit", quit_now)
    assert ctx.server.listen() or ctx.server.address
    shown = dialog.show_progress
    client = socket.socket(socket.AF_UNIX)

    def meanwhile(rows: int, share: float) -> None:
        shown(rows, share)
        if rows == 25_000:  # `footholds quit` (or the tray's Quit) arriving half-way through
            client.settimeout(5)
            client.connect(ctx.server.address)
            client.sendall(protocol.encode("quit"))

    dialog.show_progress = meanwhile  # type: ignore[method-assign]
    try:
        with client:
            dialog.import_button.click()
            reply = client.recv(4096)
            # held while it worked (no window closed under it), asked again after it
            assert eat.closed == []
            qtbot.waitUntil(lambda: len(quit_at) == 2)
    finally:
        ctx.app.removeEventFilter(eat)
    assert eat.closed == [True]  # and then the import window does not refuse to close
    assert b"closing" in reply  # the command is answered at once, not after the import
    kept = ctx.store.count(LogEntry)
    assert quit_at[0] < 60_000 and quit_at[1] == kept  # heard half-way through
    assert 20_000 <= kept < 60_000  # and the import stopped soon after
    assert not (ctx.store.folder.parent / "import-running.json").exists()
    # nothing alarming: the words of a stop, and the rest is one click away
    assert dialog.message.text().startswith(f"You stopped the import. {kept} entries")
    assert f"{60_000 - kept} log entries to add" in dialog.preview.toPlainText()
    # every month file on disk is whole: a fresh start reads back just what was said
    folder = ctx.store.folder
    ctx.store.close()
    again = Store(folder, aside_dir=tmp_path / "aside")
    again.open()
    try:
        assert again.count(LogEntry) == kept
        plan = importers.plan(again, tmp_path / "big.csv")
        assert sum(plan.new.values()) == 60_000 - kept
    finally:
        again.close()
        ctx.store.open()


def test_cancel_stops_an_import_at_once_and_keeps_what_came_in(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ready_to_import(ctx, qtbot, tmp_path, 60_000)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    shown = dialog.show_progress
    pressed: list[tuple[float, bool, str]] = []

    def meanwhile(rows: int, share: float) -> None:
        shown(rows, share)
        if rows == 25_000 and not pressed:  # the first batch is in, the second on its way
            pressed.append(
                (time.perf_counter(), cancel.isEnabled(), cancel.accessibleDescription())
            )
            queue_click(cancel)

    dialog.show_progress = meanwhile  # type: ignore[method-assign]
    dialog.import_button.click()
    stopped_after = time.perf_counter() - pressed[0][0]
    assert pressed[0][1] and "Stops the import" in pressed[0][2]  # on, and says what it does
    # about 20 ms on an idle machine; generous for a loaded one
    assert stopped_after < 1.0, stopped_after
    kept = ctx.store.count(LogEntry)
    assert 20_000 <= kept < 60_000
    assert dialog.isVisible()  # what was kept stays in sight
    assert dialog.message.text() == (
        f"You stopped the import. {kept} entries had come in by then and are kept, with "
        "everything you already had. Importing the same file again brings in the rest; "
        "nothing is added twice."
    )
    settled(dialog, qtbot)
    assert cancel.text() == "Close" and dialog.import_button.isEnabled()  # for the rest
    # nothing half-written: every month file on disk is whole and reads back as it was said
    folder = ctx.store.folder
    ctx.store.close()
    again = Store(folder, aside_dir=tmp_path / "aside")
    again.open()
    try:
        assert again.count(LogEntry) == kept
        assert not (folder.parent / "import-running.json").exists()
        # and the same file again brings in exactly the rest
        plan = importers.plan(again, tmp_path / "big.csv")
        assert sum(plan.duplicates.values()) == kept
        importers.apply(again, plan)
        assert again.count(LogEntry) == 60_000
    finally:
        again.close()
        ctx.store.open()


def test_escape_stops_a_reading_and_closes_the_window_changing_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.show_progress

    def meanwhile(rows: int, share: float) -> None:
        shown(rows, share)
        if rows == 5_000:
            escape = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
            )
            QCoreApplication.postEvent(dialog, escape)

    dialog.show_progress = meanwhile  # type: ignore[method-assign]
    dialog.set_file(big_daylio(tmp_path / "big.csv", 30_000))
    assert dialog.plan is None and not dialog.isVisible()
    assert ctx.store.count(LogEntry) == 0


def test_other_windows_answer_during_an_import_and_what_they_save_is_kept(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Another window's button (the tray, Get help now, the quick log) works half-way
    through an import: an entry it saves is saved at once, told to the windows at once, and
    kept with the imported ones."""
    from PySide6.QtWidgets import QPushButton

    other = QPushButton("elsewhere")
    qtbot.addWidget(other)
    other.show()
    clicked: list[int] = []

    def save_one() -> None:
        clicked.append(ctx.store.count(LogEntry))
        ctx.store.add(LogEntry(note="typed meanwhile").clean())

    other.clicked.connect(save_one)
    told: list[int] = []
    ctx.signals.store_changed.connect(
        lambda kind: told.append(ctx.store.count(LogEntry)) if kind == LogEntry.KIND else None
    )
    dialog = ready_to_import(ctx, qtbot, tmp_path, 30_000)
    shown = dialog.show_progress

    def meanwhile(rows: int, share: float) -> None:
        shown(rows, share)
        if rows == 5_000 and not clicked:
            queue_click(other)

    dialog.show_progress = meanwhile  # type: ignore[method-assign]
    told.clear()
    dialog.import_button.click()
    settled(dialog, qtbot)
    assert len(clicked) == 1 and clicked[0] < 30_000  # heard during the import
    assert told and told[0] < 30_000  # the windows were told then, not at the end
    assert ctx.store.count(LogEntry) == 30_001
    assert any(e.note == "typed meanwhile" for e in ctx.store.all(LogEntry))
    assert "Imported 30000 log entries." in dialog.message.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    # a second file, its rows all in already: nothing to cancel (tests/gui/test_confirm_words.py
    # has a new file with something in it, where it is Cancel again)
    dialog.set_file(big_daylio(tmp_path / "more.csv", 10))
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Cancel" and "nothing to import" in close.accessibleDescription()


def test_a_click_on_import_while_the_file_is_read_imports_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.show_progress

    def meanwhile(rows: int, share: float) -> None:
        shown(rows, share)
        queue_click(dialog.import_button)

    dialog.show_progress = meanwhile  # type: ignore[method-assign]
    dialog.set_file(big_daylio(tmp_path / "big.csv", 6_000))
    settled(dialog, qtbot)
    assert dialog.import_button.isEnabled()
    assert ctx.store.count(LogEntry) == 0  # the preview first, always
    assert "6000 log entries to add" in dialog.preview.toPlainText()


def test_after_a_stop_the_preview_says_what_the_same_file_would_still_add(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its "1500 log entries to add" from before stood over "importing the same file again
    # brings in the rest": the window said two things at once.
    monkeypatch.setattr(importers, "BATCH", 500)
    dialog = ready_to_import(ctx, qtbot, tmp_path, 1_500)
    assert "  1500 log entries to add" in dialog.preview.toPlainText().splitlines()
    monkeypatch.setattr(dialog, "stop_asked", lambda: ctx.store.count(LogEntry) > 0)
    dialog.import_button.click()
    settled(dialog, qtbot)
    kept = ctx.store.count(LogEntry)
    assert 0 < kept < 1_500
    assert dialog.message.text().startswith(f"You stopped the import. {kept} entries had come")
    lines = dialog.preview.toPlainText().splitlines()
    assert lines[0] == "If you import big.csv again:"
    # the rest, as choosing the same file again would show it, and nothing of before
    again = importers.plan(ctx.store, tmp_path / "big.csv")
    assert lines[1:] == again.lines()[1:]
    rest = 1_500 - kept
    assert f"  {rest} log entries to add" in lines
    assert f"  {kept} already in Footholds, left as they are" in lines
    assert "  1500 log entries to add" not in lines
    # and Import is on again: the rest comes in without choosing the file again
    assert dialog.import_button.isEnabled()
    monkeypatch.undo()
    dialog.import_button.click()
    settled(dialog, qtbot)
    assert ctx.store.count(LogEntry) == 1_500
    assert dialog.message.text() == f"Imported {rest} log entries."


def test_after_a_stop_with_the_file_gone_it_says_so(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importers, "BATCH", 500)
    dialog = ready_to_import(ctx, qtbot, tmp_path, 1_500)

    def stop_and_move() -> bool:
        if ctx.store.count(LogEntry) == 0:
            return False
        (tmp_path / "big.csv").unlink(missing_ok=True)
        return True

    monkeypatch.setattr(dialog, "stop_asked", stop_and_move)
    dialog.import_button.click()
    settled(dialog, qtbot)
    assert not dialog.import_button.isEnabled()
    assert dialog.message.text().endswith(
        "The file is no longer where it was: choose it again to bring in the rest."
    )


def test_after_a_whole_import_the_preview_says_nothing_is_left_to_add(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ready_to_import(ctx, qtbot, tmp_path, 40)
    dialog.import_button.click()
    settled(dialog, qtbot)
    assert dialog.message.text() == "Imported 40 log entries."
    assert dialog.preview.toPlainText().splitlines() == [
        "If you import big.csv again:",
        "  nothing new to add",
        "  40 already in Footholds, left as they are",
    ]


def test_what_is_left_reads_in_spanish(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        dialog = ready_to_import(ctx, qtbot, tmp_path, 3)
        dialog.import_button.click()
        settled(dialog, qtbot)
        assert dialog.preview.toPlainText().splitlines()[:2] == [
            "Si vuelves a importar big.csv:",
            "  nada nuevo que añadir",
        ]
    finally:
        i18n.remove(ctx.app)
