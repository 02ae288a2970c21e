"""The app started on a locked store asks for the passphrase before opening it (issue 20)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext, build, make_qapp, open_store
from footholds.app.lock_start import UnlockDeclined, Unlocker
from footholds.core.lock import header_path, inbox, switch
from footholds.core.lock.keys import Header, Keys, create
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, SleepEntry, storage
from footholds.platform.lockfile import take_lock
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.people import ReadablePeople
from footholds.ui.shell.tray import Tray
from footholds.ui.shell.unlock import UnlockDialog
from footholds.ui.shell.unlock import wanted as wanted_windows
from footholds.ui.shell.unlock_help import UnlockHelp
from support import child_env, text_of

pytest.importorskip("cryptography")

FAST = 1 << 10  # scrypt cost for tests; the real one is tuned to about half a second
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None  # no other test may find the store open


@pytest.fixture
def locked(qapp: QApplication, footholds_home: Path) -> tuple[Paths, str]:
    """A home with one entry, the lock turned on, and one entry sealed while locked."""
    paths = Paths.from_env()
    paths.ensure()
    store, _ = open_store(paths)
    store.add(LogEntry(note="a slow morning, then tea", feelings=["tired"]))
    store.close()
    header, keys, recovery = create(PASS, FAST)
    switch.enable(paths.data_dir, header, keys, paths.unsaved_files)
    storage.codec = None
    inbox.put(paths.data_dir, LogEntry(note="logged from the terminal", feelings=["calm"]))
    return paths, recovery


def opened(paths: Paths, _settings: Settings) -> Keys:
    return Header.load(header_path(paths.data_dir)).open(PASS)


def start(paths: Paths, unlock: Unlocker | None) -> AppContext:
    lock = take_lock(paths.lock_file)
    assert lock is not None
    try:
        return build(make_qapp([]), paths, lock, unlock=unlock)
    except BaseException:
        lock.unlock()
        raise


def stop(ctx: AppContext) -> None:
    ctx.windows.close_all()
    ctx.server.close()
    ctx.store.close()
    ctx.tray.icon.hide()
    ctx.lock.unlock()
    storage.codec = None


def notes(ctx: AppContext) -> list[str]:
    return sorted(e.note for e in ctx.store.all(LogEntry))


def every_file(home: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}


def test_the_app_opens_a_locked_store_with_the_passphrase(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert notes(ctx) == ["a slow morning, then tea", "logged from the terminal"]
        assert inbox.waiting(paths.data_dir) == []
        ctx.windows.show("journal")
        window = cast(JournalWindow, ctx.windows.get("journal"))
        qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
        shown = " ".join(
            str(window.model.data(window.model.index(i))) for i in range(len(window.model.rows))
        )
        assert "a slow morning, then tea" in shown and "logged from the terminal" in shown
    finally:
        stop(ctx)


def footholds(qtbot: QtBot, home: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    """Run `footholds ARGS` while this process's event loop keeps the app answering."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "footholds", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=child_env(FOOTHOLDS_HOME=str(home)),
    )
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    assert proc.stdout is not None
    # on a busy machine the app may take long enough to answer that the command says it is
    # waiting (cli/handover.py): a true line about the machine, not about what was asked
    busy = "Footholds is busy; waiting for it to answer.\n"
    return proc.returncode, proc.stdout.read().replace(busy, "")


def test_with_the_app_unlocked_commands_hand_their_work_to_it(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.server.listen()
        code, out = footholds(qtbot, footholds_home, "lock", "status")
        assert code == 0 and "running and unlocked" in out, out
        code, out = footholds(qtbot, footholds_home, "unlock")
        assert code == 0 and "already unlocked" in out, out
        code, out = footholds(
            qtbot, footholds_home, "log", "--feel", "calm", "-", stdin="tea on the step"
        )
        assert code == 0, out
        assert "tea on the step" in notes(ctx)  # saved by the app, in the open store
        assert inbox.waiting(paths.data_dir) == []  # not sealed
    finally:
        stop(ctx)


def test_quit_at_the_passphrase_changes_nothing(
    locked: tuple[Paths, str], footholds_home: Path
) -> None:
    paths, _ = locked
    before = every_file(footholds_home)
    with pytest.raises(UnlockDeclined):
        start(paths, lambda _p, _s: None)
    after = every_file(footholds_home)
    # the log file may gain a line; nothing the person wrote is touched
    assert {k: v for k, v in after.items() if not k.endswith(".log")} == {
        k: v for k, v in before.items() if not k.endswith(".log")
    }
    assert storage.codec is None
    assert len(inbox.waiting(paths.data_dir)) == 1
    assert take_lock(paths.lock_file) is not None  # the instance lock was let go


def test_the_sealed_entries_join_once(locked: tuple[Paths, str]) -> None:
    paths, _ = locked
    sealed = inbox.waiting(paths.data_dir)[0]
    kept = sealed.read_bytes()
    ctx = start(paths, opened)
    stop(ctx)
    # a kill between saving the entry and removing its sealed file: it comes again
    sealed.write_bytes(kept)
    ctx = start(paths, opened)
    try:
        assert notes(ctx).count("logged from the terminal") == 1
        assert inbox.waiting(paths.data_dir) == []
    finally:
        stop(ctx)


def test_a_night_sent_at_the_passphrase_is_kept_and_replaces_that_mornings(
    qapp: QApplication, footholds_home: Path
) -> None:
    """`footholds log --slept` while the app waits for the passphrase is kept as a plain log
    is, and at the unlock it replaces what the quick log said that morning."""
    from footholds.app.lock_handlers import while_asking
    from footholds.core import sleep

    paths = Paths.from_env()
    paths.ensure()
    store, _ = open_store(paths)
    today = date.today()
    first = sleep.record(store, "23:00", "07:00", 2, morning=today)
    store.close()
    header, keys, _ = create(PASS, FAST)
    switch.enable(paths.data_dir, header, keys, paths.unsaved_files)
    storage.codec = None
    night = {"bed": "23:30", "up": "07:15", "quality": 3, "day": today.isoformat()}
    entry = {"feelings": ["tired"], "note": "slept in a little", "source": "cli"}
    said = while_asking(paths, "log", {"sleep": night, "entry": entry})
    assert said == (True, "Noted how you slept. Thank you.")
    ok, why = while_asking(paths, "log", {"sleep": {**night, "up": "23:30"}})
    assert not ok and "same time" in why
    ctx = start(paths, opened)
    try:
        [kept] = ctx.store.all(SleepEntry)
        assert (kept.id, kept.bed, kept.up, kept.quality) == (first.id, "23:30", "07:15", 3)
        assert notes(ctx) == ["slept in a little"]
        assert inbox.waiting(paths.data_dir) == []
    finally:
        stop(ctx)


def dialog_for(paths: Paths, qtbot: QtBot) -> UnlockDialog:
    settings, _ = Settings.load(paths.settings_file)
    dialog = UnlockDialog(Header.load(header_path(paths.data_dir)), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_passphrase_is_said_in_place_then_the_right_one_opens(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    where = dialog.field.geometry(), dialog.unlock.geometry(), dialog.size()
    dialog.field.setText("not the passphrase")
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.keys is None
    assert "does not open" in dialog.wrong.text()
    # kept, selected: typing it anew replaces it, as a cleared field would
    assert dialog.field.text() == "not the passphrase"
    assert dialog.field.selectedText() == "not the passphrase"
    assert (dialog.field.geometry(), dialog.unlock.geometry(), dialog.size()) == where
    assert QApplication.overrideCursor() is None  # the busy cursor is gone again
    dialog.field.setText(PASS)
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.keys is not None


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_wrong_passphrase_moves_nothing_and_is_read_whole(
    locked: tuple[Paths, str], qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """In Spanish the message takes two lines: their room is kept from the start, so the
    links and buttons stay where they were and no line is cut."""
    from footholds.ui.common import i18n

    paths, _ = locked
    i18n.install(qapp, language)
    try:
        dialog = dialog_for(paths, qtbot)
        below = dialog.switch, dialog.help_link, dialog.quit, dialog.unlock
        for by_recovery in (False, True):
            if by_recovery:
                dialog.toggle_recovery()  # the link says the other way now
                qapp.processEvents()
            where = [w.geometry() for w in below], dialog.size()
            dialog.field.setText("not the passphrase")
            dialog.try_unlock()
            assert dialog.wrong.text().strip()
            qapp.processEvents()
            assert ([w.geometry() for w in below], dialog.size()) == where
            wrong = dialog.wrong
            assert wrong.heightForWidth(wrong.width()) <= wrong.height(), wrong.text()
            for button in (dialog.quit, dialog.unlock):  # never squeezed
                assert button.width() >= button.sizeHint().width()
    finally:
        i18n.remove(qapp)


def test_the_recovery_key_opens_too(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    paths, recovery = locked
    dialog = dialog_for(paths, qtbot)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal
    dialog.field.setText("wrong words here")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert "recovery key does not match" in dialog.wrong.text()
    dialog.field.setText(recovery)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.keys is not None


def test_a_mistyped_recovery_key_stays_to_mend(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    """One letter wrong in a 32-letter key: the key stays as typed, the cursor at its end,
    and the words say spaces and dashes do not matter (true: recovery_bytes reads only
    letters and digits). Mending the one letter opens."""
    paths, recovery = locked
    dialog = dialog_for(paths, qtbot)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    typo = recovery[:-1] + ("A" if recovery[-1] != "A" else "B")
    enter(qtbot, dialog.field, typo)
    assert dialog.keys is None and dialog.isVisible()
    assert dialog.field.text() == typo
    assert dialog.field.selectedText() == "" and dialog.field.cursorPosition() == len(typo)
    assert "Spaces, dashes and capitals do not matter" in dialog.wrong.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Backspace)
    # typed in small letters and with spaces for dashes, it opens all the same
    qtbot.keyClicks(dialog.field, recovery[-1])
    dialog.field.setText(dialog.field.text().lower().replace("-", " "))
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.keys is not None


def test_quit_in_the_dialog_gives_no_keys(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.keys is None


def test_get_help_now_needs_no_unlock(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    settings.set("safety.region", "IE")
    dialog = UnlockDialog(Header.load(header_path(paths.data_dir)), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.help_link, Qt.MouseButton.LeftButton)
    assert dialog.help is not None and dialog.help.isVisible()
    assert dialog.help.isWindow()
    from footholds.core.crisis import crisis_region

    text = dialog.help.lines.text()
    region = crisis_region("IE")
    assert region["has_lines"] and region["lines"]
    for line in region["lines"]:  # Ireland's own lines, from the checked crisis data
        assert line["name"] in text
    assert storage.codec is None  # nothing was opened for it
    dialog.help.close()


def test_the_unlock_dialog_and_its_help_are_named_and_reachable(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    from test_accessibility import focus_chain, missing

    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    assert missing(dialog) == []
    reachable = set(focus_chain(dialog))
    for control in (dialog.field, dialog.switch, dialog.help_link, dialog.quit, dialog.unlock):
        assert control in reachable, control.text()
    dialog.show_help()
    assert dialog.help is not None
    assert missing(dialog.help) == []


def test_quit_at_the_start_closes_quietly(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app import build as app_module
    from footholds.ui.shell import unlock
    from footholds.ui.shell.tray import Tray
    from footholds.ui.shell.windows import WindowManager

    paths, _ = locked
    asked: list[Paths] = []
    monkeypatch.setattr(unlock, "ask_with_dialog", lambda p, _s, **_k: asked.append(p))
    from footholds.ui.common.prompter import Prompter

    boxes: list[str] = []
    prompter = Prompter()
    monkeypatch.setattr(prompter, "warn", lambda _parent, text: boxes.append(text))
    from footholds.app import logsetup

    monkeypatch.setattr(logsetup, "configure", lambda _paths: None)  # no handler left behind
    lock = take_lock(paths.lock_file)
    assert lock is not None
    app = make_qapp([])
    windows = WindowManager()
    tray = Tray(windows, app.quit)
    codes: list[int] = []
    app.setProperty("footholds_context", None)  # an earlier test's app in this process
    monkeypatch.setattr(app, "exit", codes.append)  # the real exit would end later tests' loops
    app_module._finish_start(app, paths, lock, windows, tray, "", prompter=prompter)
    assert asked == [paths]  # the real start asks through the dialog's function
    assert codes == [0]  # a clean exit: the person chose to quit
    assert app.property("footholds_context") is None  # no app built
    assert boxes == []  # and no error box for a choice
    assert not tray.icon.isVisible()
    assert take_lock(paths.lock_file) is not None  # the instance lock is free again


def runs_of(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each run of the dialog's action, counted: patched before the dialog connects it."""
    runs: list[str] = []
    original = UnlockDialog.try_unlock

    def counted(self: UnlockDialog) -> None:
        runs.append(self.title.text())
        original(self)

    monkeypatch.setattr(UnlockDialog, "try_unlock", counted)
    return runs


def enter(qtbot: QtBot, field: QLineEdit, text: str | None = None) -> None:
    """Type `text` into `field` as a person would, then press Enter there."""
    if text is not None:
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_enter_unlocks_once(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    runs = runs_of(monkeypatch)
    dialog = dialog_for(paths, qtbot)
    enter(qtbot, dialog.field, "not the passphrase")
    assert len(runs) == 1 and dialog.isVisible()
    assert "That passphrase does not open" in dialog.wrong.text()
    enter(qtbot, dialog.field, PASS)
    assert len(runs) == 2
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.keys is not None


def test_enter_on_each_page_after_the_recovery_key_does_one_thing(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Enter that opens with the recovery key must not also press "Save and unlock" on
    the page it opens, where it said "at least 8 characters" before anything was typed."""
    paths, recovery = locked
    runs = runs_of(monkeypatch)
    settings, _ = Settings.load(paths.settings_file)
    file = header_path(paths.data_dir)
    dialog = UnlockDialog(Header.load(file), settings, header_file=file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    enter(qtbot, dialog.field, "ZZZZ ZZZZ")
    assert len(runs) == 1 and "recovery key does not match" in dialog.wrong.text()
    enter(qtbot, dialog.field, recovery)
    assert len(runs) == 2
    assert dialog.title.text() == "Choose a new passphrase" and dialog.again.isVisible()
    assert dialog.wrong.text().strip() == ""  # nothing said before the person acts
    assert dialog.field.hasFocus() or not dialog.isActiveWindow()

    dialog.field.setText("tres gatos grises")
    enter(qtbot, dialog.again, "tres gatos grisess")
    assert len(runs) == 3 and "differ" in dialog.wrong.text()
    assert dialog.field.text() == "tres gatos grises"  # only the second is asked again
    enter(qtbot, dialog.field, "short")
    assert len(runs) == 4 and "at least 8" in dialog.wrong.text()
    dialog.field.setText("tres gatos grises")
    enter(qtbot, dialog.again, "tres gatos grises")
    assert len(runs) == 5
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.keys is not None
    assert Header.load(file).open("tres gatos grises").data == dialog.keys.data


def test_the_recovery_prompt_asks_for_the_key_as_it_looks(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    dialog.toggle_recovery()
    assert "words" not in dialog.said.text()  # the key is groups of letters, not words
    assert dialog.said.text() == "Type the recovery key you wrote down or saved."


def test_the_new_passphrase_page_labels_both_fields(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, recovery = locked
    settings, _ = Settings.load(paths.settings_file)
    file = header_path(paths.data_dir)
    dialog = UnlockDialog(Header.load(file), settings, header_file=file)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.field_label.isVisible()  # the first page says what to type above it
    dialog.toggle_recovery()
    dialog.field.setText(recovery)
    dialog.try_unlock()
    assert dialog.field_label.isVisible() and dialog.field_label.text() == "Passphrase"
    assert dialog.field_label.buddy() is dialog.field
    assert dialog.again_label.isVisible() and dialog.again_label.buddy() is dialog.again
    labels = dialog.layout()
    assert labels is not None
    assert labels.indexOf(dialog.field_label) == labels.indexOf(dialog.field) - 1


def test_the_unlock_window_wears_the_app_icon(
    locked: tuple[Paths, str], qtbot: QtBot, qapp: QApplication
) -> None:
    """At the start the app's own icon is not set yet: the dialog must carry it itself."""
    from PySide6.QtGui import QIcon

    from footholds.ui.common import icons

    paths, _ = locked
    before = qapp.windowIcon()
    qapp.setWindowIcon(QIcon())
    try:
        dialog = dialog_for(paths, qtbot)
        assert not dialog.windowIcon().isNull()
        assert dialog.windowIcon().pixmap(32).toImage() == icons.app_icon().pixmap(32).toImage()
    finally:
        qapp.setWindowIcon(before)


def start_with_tray(paths: Paths, at_the_prompt: Callable[[Tray], None]) -> AppContext:
    """The real start: its tray icon up, the real prompt, `at_the_prompt(tray)` run while
    it is asked (inside the prompt's own event loop)."""
    from PySide6.QtCore import QTimer

    from footholds.ui.shell.windows import WindowManager

    app = make_qapp([])
    windows = WindowManager()
    tray = Tray(windows, app.quit)
    tray.icon.show()  # as run() does (offscreen it shows nowhere, but counts as shown)
    lock = take_lock(paths.lock_file)
    assert lock is not None
    failed: list[BaseException] = []

    def run() -> None:
        # A check that fails inside the prompt's own loop would leave that loop running, and
        # the test hung until pytest's timeout: end the prompt, and fail the test with it.
        try:
            at_the_prompt(tray)
        except BaseException as exc:
            failed.append(exc)
            from footholds.ui.shell.unlock import stop_asking

            stop_asking()

    QTimer.singleShot(0, run)
    try:
        ctx = build(app, paths, lock, windows=windows, tray=tray)
    except BaseException:
        tray.icon.hide()
        lock.unlock()
        if failed:
            raise failed[0] from None
        raise
    if failed:
        stop(ctx)
        raise failed[0]
    return ctx


def the_prompt() -> UnlockDialog:
    from footholds.ui.shell import unlock

    assert unlock._asking, "not asking"
    return unlock._asking[-1]


def test_esc_at_the_start_puts_the_prompt_away_and_the_tray_brings_it_back(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Esc, or the window's close button, never quits: Footholds keeps running, locked, and
    its tray icon offers help, the prompt and Quit; a click brings the prompt back."""
    paths, _ = locked
    seen: dict[str, object] = {}

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        qtbot.waitExposed(dialog)
        assert dialog.quit.text() == "Quit"
        seen["menu"] = [a.text() for a in tray.menu.actions() if a.text()]
        seen["tooltip"] = tray.icon.toolTip()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        seen["after esc"] = dialog.isVisible(), dialog.result()
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a left click
        seen["after a click"] = dialog.isVisible()
        dialog.close()  # the window manager's close button
        seen["after closing"] = dialog.isVisible()
        tray.actions["help"].trigger()
        seen["help"] = dialog.help is not None and dialog.help.isVisible()
        tray.actions["unlock"].trigger()
        seen["after Unlock…"] = dialog.isVisible()
        dialog.field.setText(PASS)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)

    ctx = start_with_tray(paths, at_the_prompt)
    try:
        assert seen["menu"] == ["Get help now", "Unlock…", "Quit"]
        assert "Locked" in str(seen["tooltip"])
        assert seen["after esc"] == (False, 0)  # put away, not finished
        assert seen["after a click"] is True
        assert seen["after closing"] is False
        assert seen["help"] is True
        assert seen["after Unlock…"] is True
        assert notes(ctx) == ["a slow morning, then tea", "logged from the terminal"]
        texts = [a.text() for a in ctx.tray.menu.actions() if a.text()]
        assert "Get help now" in texts and "Today" in texts and "Lock now" in texts
        assert ctx.tray.asking is None
    finally:
        stop(ctx)


def test_a_tray_click_at_the_start_opens_the_quick_log_once_unlocked(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """As after Lock now, a click on the icon leads to the quick log: at a locked start the
    prompt comes forward and the quick log opens as soon as the passphrase is given (it
    used to bring the prompt alone, and the person had to click again). Of several clicks,
    the last one's window opens, not every one asked for at once."""
    from footholds.app.build import open_wanted

    paths, _ = locked
    seen: dict[str, object] = {}

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.MiddleClick)  # proof list
        seen["prompt back"] = dialog.isVisible()
        seen["tooltip"] = tray.icon.toolTip()
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a left click
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # and again
        seen["wanted"] = list(wanted_windows)
        dialog.field.setText(PASS)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)

    ctx = start_with_tray(paths, at_the_prompt)
    try:
        assert seen["prompt back"] is True
        # what the icon says is what a click does here: the passphrase first
        assert "Locked: your passphrase opens it" in str(seen["tooltip"])
        assert "quick log still saves" not in str(seen["tooltip"])
        assert seen["wanted"] == ["quick-log"]  # the last asked for, once
        open_wanted(ctx)  # as the start does once the context is built
        assert ctx.windows.is_visible("quick-log") and not ctx.windows.is_built("proof-list")
    finally:
        wanted_windows.clear()
        stop(ctx)


def test_the_trays_quit_at_the_start_quits(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    def at_the_prompt(tray: Tray) -> None:
        qtbot.keyClick(the_prompt().field, Qt.Key.Key_Escape)
        tray.actions["quit"].trigger()

    with pytest.raises(UnlockDeclined):
        start_with_tray(locked[0], at_the_prompt)
    assert storage.codec is None
    lock = take_lock(locked[0].lock_file)
    assert lock is not None  # the instance lock was let go
    lock.unlock()


def test_without_a_tray_icon_esc_leaves_the_prompt_up(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Nothing could bring a hidden prompt back: it stays, and Esc does not quit either."""
    paths, _ = locked
    seen: list[bool] = []

    def at_the_prompt(tray: Tray) -> None:
        tray.icon.hide()  # no tray host
        dialog = the_prompt()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        dialog.close()
        seen.append(dialog.isVisible())
        dialog.field.setText(PASS)
        dialog.try_unlock()

    ctx = start_with_tray(paths, at_the_prompt)
    try:
        assert seen == [True]
    finally:
        stop(ctx)


def test_help_now_and_a_second_start_reach_the_prompt_from_the_command_line(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    said: dict[str, object] = {}

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        said["help-now"] = footholds(qtbot, footholds_home, "show", "help-now")
        said["help shown"] = dialog.help is not None and dialog.help.isVisible()
        said["prompt hidden"] = not dialog.isVisible()
        said["again"] = footholds(qtbot, footholds_home)  # launched again from the menu
        said["prompt back"] = dialog.isVisible()
        dialog.hide()
        said["today"] = footholds(qtbot, footholds_home, "show", "today")
        said["prompt back for today"] = dialog.isVisible()
        said["wanted"] = list(wanted_windows)
        said["quit"] = footholds(qtbot, footholds_home, "quit")

    with pytest.raises(UnlockDeclined):
        start_with_tray(paths, at_the_prompt)
    assert said["help-now"] == (0, "") and said["help shown"] and said["prompt hidden"]
    code, out = cast(tuple[int, str], said["again"])
    assert code == 0 and "passphrase" in out, out
    assert said["prompt back"] is True
    code, out = cast(tuple[int, str], said["today"])
    assert code == 0 and "opens once it is unlocked" in out, out  # not "try again"
    assert said["prompt back for today"] is True
    assert said["wanted"] == ["today"]
    code, out = cast(tuple[int, str], said["quit"])
    assert code == 0 and "closing" in out, out
    lock = take_lock(paths.lock_file)
    assert lock is not None
    lock.unlock()


def test_lock_now_and_unlock_reach_the_prompt_from_the_command_line(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path, tmp_path: Path
) -> None:
    """After Esc at the start's prompt, `footholds lock now` says it is locked already, and
    `footholds unlock` unlocks as typing the passphrase in the prompt would: a wrong one is
    said, the right one closes the prompt and the app goes on starting."""
    paths, _ = locked
    wrong, right = tmp_path / "wrong.txt", tmp_path / "pass.txt"
    wrong.write_text("not the passphrase\n")
    right.write_text(PASS + "\n")
    said: dict[str, object] = {}

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        said["lock now"] = footholds(qtbot, footholds_home, "lock", "now")
        said["bare"] = footholds(qtbot, footholds_home, "unlock")
        said["prompt back"] = dialog.isVisible()
        dialog.hide()
        said["wrong"] = footholds(qtbot, footholds_home, "unlock", "--passphrase-file", str(wrong))
        said["still asking"] = dialog.result() == 0 and dialog.keys is None
        said["right"] = footholds(qtbot, footholds_home, "unlock", "--passphrase-file", str(right))
        said["prompt gone"] = not dialog.isVisible()
        # not unlocked: fail here, not wait for ever at a prompt no one answers
        assert dialog.result() == QDialog.DialogCode.Accepted, said

    ctx = start_with_tray(paths, at_the_prompt)
    try:
        code, out = cast(tuple[int, str], said["lock now"])
        assert code == 0 and "already locked" in out, out
        code, out = cast(tuple[int, str], said["bare"])
        assert code == 0 and "passphrase in its own window" in out, out
        assert said["prompt back"] is True
        code, out = cast(tuple[int, str], said["wrong"])
        assert code == 1 and "does not open your entries" in out, out
        assert said["still asking"] is True
        code, out = cast(tuple[int, str], said["right"])
        assert code == 0, out
        # the one entry sealed while locked: counted in the singular
        assert "Unlocked. 1 entry written while locked joined your journal." in out, out
        assert said["prompt gone"] is True
        assert notes(ctx) == ["a slow morning, then tea", "logged from the terminal"]
        assert inbox.waiting(paths.data_dir) == []
        assert not ctx.locker.locked
    finally:
        stop(ctx)


def test_windows_asked_for_at_the_prompt_open_once_it_is_unlocked(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    from footholds.app.build import open_wanted

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        wanted_windows[:] = ["tough-day", "safety-plan"]  # as `footholds show` left them
        open_wanted(ctx)
        assert ctx.windows.is_visible("tough-day") and ctx.windows.is_visible("safety-plan")
        assert wanted_windows == []
    finally:
        wanted_windows.clear()
        stop(ctx)


def test_at_a_locked_start_get_help_now_shows_the_safety_plan_unless_it_is_locked_too(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """Settings promised the plan stays readable while the rest is locked; at a locked start
    it waited for the passphrase like everything else."""
    from footholds.core.store import SafetyPlan

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(SafetyPlan(sections={"sp-reasons": "Walk to the river and call Ana"}))
    finally:
        stop(ctx)
    plan_file = paths.store_dir / "safety_plan.json"
    assert not plan_file.read_bytes().startswith(storage.SEALED_FILE)
    assert b"a slow morning" not in b"".join(
        p.read_bytes() for p in paths.store_dir.rglob("*.json")
    )  # the rest stays sealed
    said: dict[str, object] = {}

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        said["show"] = footholds(qtbot, footholds_home, "show", "safety-plan")
        help_window = dialog.help
        said["plan"] = [] if help_window is None else [text_of(w) for w in help_window.plan]
        said["shown"] = help_window is not None and help_window.isVisible()
        dialog.quit_now()

    with pytest.raises(UnlockDeclined):
        start_with_tray(paths, at_the_prompt)
    assert said["show"] == (0, "") and said["shown"]
    assert "Walk to the river and call Ana" in cast(list[str], said["plan"])

    ctx = start(paths, opened)  # locking it too seals the file at once
    try:
        ctx.settings.set("lock.safety_plan", True)
        assert plan_file.read_bytes().startswith(storage.SEALED_FILE)
        ctx.settings.set("lock.safety_plan", False)
        assert not plan_file.read_bytes().startswith(storage.SEALED_FILE)
    finally:
        stop(ctx)


def test_the_prompt_comes_forward_over_its_help_with_the_keyboard_in_the_field(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """The help window was the prompt's child, so always above it: brought forward (by
    `footholds show tough-day`), the prompt stayed hidden behind it. And the keyboard stayed
    on the Get help now link, where Enter opened help again."""
    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    qtbot.mouseClick(dialog.help_link, Qt.MouseButton.LeftButton)
    help_window = dialog.help
    assert help_window is not None and help_window.isVisible()
    try:
        assert dialog.focusWidget() is dialog.field  # not the link
        assert help_window.parent() is None  # a window of its own, beside the prompt
        handle = help_window.windowHandle()
        assert handle is not None and handle.transientParent() is None
        dialog.hide()
        dialog.bring_back()  # as show_after_unlock does
        assert dialog.isVisible() and help_window.isVisible()  # help may stay open beside
        assert dialog.focusWidget() is dialog.field
    finally:
        help_window.close()


def test_at_a_locked_start_a_plan_locked_too_is_said_to_be_there(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """With the plan locked too, the start's Get help now said nothing of it, while the
    running app's says it is safe, only locked, with Unlock…"""
    from footholds.core.store import SafetyPlan

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)
        ctx.store.add(SafetyPlan(sections={"sp-reasons": "Walk to the river and call Ana"}))
    finally:
        stop(ctx)
    assert (paths.store_dir / "safety_plan.json").read_bytes().startswith(storage.SEALED_FILE)
    settings, _ = Settings.load(paths.settings_file)
    dialog = UnlockDialog(
        Header.load(header_path(paths.data_dir)), settings, store_dir=paths.store_dir
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_help()
    help_window = dialog.help
    assert help_window is not None
    try:
        qtbot.waitExposed(help_window)
        assert help_window.plan == []  # nothing of it can be read
        note = help_window.plan_locked
        assert note is not None and note.isVisible()
        assert "only locked for now" in note.line.text()
        dialog.hide()
        qtbot.mouseClick(note.unlock, Qt.MouseButton.LeftButton)  # Unlock…: the prompt
        assert dialog.isVisible() and dialog.focusWidget() is dialog.field
    finally:
        help_window.close()


def test_at_a_locked_start_no_plan_says_nothing_of_one(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    dialog = UnlockDialog(
        Header.load(header_path(paths.data_dir)), settings, store_dir=paths.store_dir
    )
    qtbot.addWidget(dialog)
    dialog.show_help()
    assert dialog.help is not None
    assert dialog.help.plan == [] and dialog.help.plan_locked is None
    dialog.help.close()


def keep_numbers_and_people(paths: Paths) -> None:
    """The person's own number and one person, kept (sealed) before the locked start."""
    from footholds.core.store import OwnLine, Person

    ctx = start(paths, opened)
    try:
        ctx.store.add(OwnLine(name="My GP", number="01 555 0100"))
        ctx.store.add(Person(name="Ana", how="a text after six"))
    finally:
        stop(ctx)


def test_unlocking_from_the_starts_help_opens_the_apps_get_help_now(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """The start's help said the numbers and people come back here once unlocked; its
    Unlock… then closed it and opened nothing."""
    from footholds.app.build import open_wanted
    from footholds.ui.help.help_now import HelpNowWindow

    paths, _ = locked
    keep_numbers_and_people(paths)
    seen: dict[str, object] = {}

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        tray.actions["help"].trigger()
        help_window = dialog.help
        assert help_window is not None and help_window.people_locked is not None
        qtbot.mouseClick(help_window.people_locked.unlock, Qt.MouseButton.LeftButton)
        seen["prompt"] = dialog.isVisible()
        enter(qtbot, dialog.field, PASS)

    ctx = start_with_tray(paths, at_the_prompt)
    try:
        assert seen["prompt"] is True
        assert wanted_windows == ["help-now"]
        open_wanted(ctx)  # as the start does once built
        assert ctx.windows.is_visible("help-now")
        window = cast(HelpNowWindow, ctx.windows.get("help-now"))
        assert [row.line.name for row in window.own.rows] == ["My GP"]
        assert [row.person.name for row in window.people.rows] == ["Ana"]
    finally:
        wanted_windows.clear()
        stop(ctx)


def test_unlocking_with_the_starts_help_closed_opens_nothing_more(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked

    def at_the_prompt(tray: Tray) -> None:
        dialog = the_prompt()
        dialog.show_help()
        assert dialog.help is not None
        dialog.help.close()
        enter(qtbot, dialog.field, PASS)

    ctx = start_with_tray(paths, at_the_prompt)
    try:
        assert wanted_windows == []
    finally:
        stop(ctx)


def starts_help(paths: Paths, qtbot: QtBot) -> UnlockHelp:
    settings, _ = Settings.load(paths.settings_file)
    dialog = UnlockDialog(
        Header.load(header_path(paths.data_dir)), settings, store_dir=paths.store_dir
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_help()
    assert dialog.help is not None
    qtbot.addWidget(dialog.help)
    qtbot.waitExposed(dialog.help)
    return dialog.help


def test_at_a_locked_start_help_asks_for_the_country_as_the_running_app_does(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no country chosen, the start's help offered only the directory, while the running
    app's asks "Which country are you in?", which works while locked."""
    from footholds.core.crisis import crisis_region
    from footholds.ui.common import calm

    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")  # no country from the system
    paths, _ = locked
    help_window = starts_help(paths, qtbot)
    picker = help_window.picker
    assert picker.isVisible() and picker.use.text() == "Use this country"
    assert picker.prompt.text().startswith("Which country are you in?")
    picker.box.setCurrentIndex(picker.box.findData("IE"))
    qtbot.mouseClick(picker.use, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert help_window.focusWidget() is help_window.lines.first_action()
    text = help_window.lines.text()
    for line in crisis_region("IE")["lines"]:
        assert line["name"] in text
    assert Settings.load(paths.settings_file)[0]["safety.region"] == "IE"  # kept
    assert storage.codec is None  # nothing was opened for it


def test_at_a_locked_start_enter_on_the_closed_list_uses_the_country(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on the closed list did nothing there (nor in the running app): the person had
    to Tab on to "Use this country". "Not sure" offers Undo, as any other choice."""
    from footholds.ui.common import calm

    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")
    paths, _ = locked
    help_window = starts_help(paths, qtbot)
    box = help_window.picker.box
    box.setFocus()
    box.setCurrentIndex(box.findData("IE"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert help_window.isVisible()  # the dialog was not closed by the Enter
    assert not help_window.region.asking()
    assert Settings.load(paths.settings_file)[0]["safety.region"] == "IE"
    help_window.region_line.change.click()
    box.setCurrentIndex(1)  # "Not sure, or somewhere else", first under the question
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert Settings.load(paths.settings_file)[0]["safety.region"] == "ZZ"
    assert help_window.region_line.undo.isVisible()
    help_window.region_line.undo.click()
    assert Settings.load(paths.settings_file)[0]["safety.region"] == "IE"


def test_at_a_locked_start_help_changes_a_country_guessed_from_the_system(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a country was chosen or guessed (a computer set to France), the start's help
    showed only its lines, with no "Change country" and no Undo: someone living in Mexico
    could not reach theirs. It offers the running app's region line now."""
    from footholds.core.crisis import crisis_region
    from footholds.ui.common import calm

    monkeypatch.setattr(calm, "system_locale_name", lambda: "fr_FR.UTF-8")
    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    settings.set("general.language", "en")  # the country's names in the words asserted here
    settings.save()
    help_window = starts_help(paths, qtbot)
    help_window.activateWindow()  # in front of the prompt, as the person sees it
    qtbot.waitUntil(help_window.isActiveWindow)
    line, picker = help_window.region_line, help_window.picker
    assert not picker.isVisible() and line.isVisible()
    assert line.where.text() == "Crisis lines for France, from this computer's settings."
    assert line.change.isVisible() and line.change.text() == "Change country"
    france = [str(found["name"]) for found in crisis_region("FR")["lines"]]
    assert france[0] in help_window.lines.text()

    qtbot.mouseClick(line.change, Qt.MouseButton.LeftButton)
    assert picker.isVisible() and picker.box.hasFocus()
    assert picker.box.currentData() == "FR"  # the list opens on the country shown
    assert picker.prompt.text() == "Which country are you in?"
    picker.box.setCurrentIndex(picker.box.findData("MX"))
    qtbot.mouseClick(picker.use, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert line.said.text() == "Region changed to Mexico." and line.undo.hasFocus()
    assert france[0] not in help_window.lines.text()  # no line of its own: the directory
    assert Settings.load(paths.settings_file)[0]["safety.region"] == "MX"  # kept

    qtbot.keyClick(line.undo, Qt.Key.Key_Space)
    assert line.where.text() == "Crisis lines for France, from this computer's settings."
    assert france[0] in help_window.lines.text() and line.change.hasFocus()
    assert Settings.load(paths.settings_file)[0]["safety.region"] == ""  # the guess again

    # a country with lines: the keyboard on the first one's button, Undo just before it
    qtbot.keyClick(line.change, Qt.Key.Key_Space)
    picker.box.setCurrentIndex(picker.box.findData("IE"))
    qtbot.mouseClick(picker.use, Qt.MouseButton.LeftButton)
    first = help_window.lines.first_action()
    assert first is not None and first.hasFocus()
    assert str(crisis_region("IE")["lines"][0]["name"]) in help_window.lines.text()
    qtbot.keyClick(first, Qt.Key.Key_Backtab)
    assert line.undo.hasFocus() and line.said.text() == "Region changed to Ireland."
    assert storage.codec is None  # nothing was opened for it


def test_the_starts_help_opens_on_the_first_lines_button_with_its_ring(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """It opened with the keyboard on nothing visible: the first Tab went to its scroll
    area, where Enter and Space did nothing. Now, as the running app's Get help now, the
    area is no Tab stop and the first line's button has the focus, its ring showing."""
    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    settings.set("safety.region", "GB")
    settings.save()
    help_window = starts_help(paths, qtbot)
    qtbot.waitUntil(help_window.isActiveWindow)
    assert help_window.scroller.focusPolicy() == Qt.FocusPolicy.NoFocus
    first = help_window.lines.first_action()
    assert first is not None and first.isVisible() and first.hasFocus()
    qtbot.waitUntil(lambda: help_window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))
    # back up the window with Shift+Tab: every stop a visible control, up to Change country
    for _ in range(4):
        if help_window.region_line.change.hasFocus():
            break
        qtbot.keyClick(help_window.focusWidget() or help_window, Qt.Key.Key_Backtab)
        focused = help_window.focusWidget()
        assert focused is not None and focused is not help_window.scroller
        assert focused.isVisible()
    assert help_window.region_line.change.hasFocus()


def test_the_starts_help_with_no_country_opens_on_the_list_and_undo_returns_to_it(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no country, it opens on the list that asks for one. Undo of the first choice
    sent the keyboard to "Change country", hidden as the list came back: it is on the
    list again now."""
    from footholds.ui.common import calm

    monkeypatch.setattr(calm, "system_locale_name", lambda: "C")  # no country from the system
    paths, _ = locked
    help_window = starts_help(paths, qtbot)
    qtbot.waitUntil(help_window.isActiveWindow)
    picker, line = help_window.picker, help_window.region_line
    assert picker.isVisible() and picker.box.hasFocus()
    picker.box.setCurrentIndex(picker.box.findData("IE"))
    qtbot.keyClick(picker.use, Qt.Key.Key_Space)
    assert line.undo.isVisible()
    qtbot.keyClick(line.undo, Qt.Key.Key_Space)
    assert Settings.load(paths.settings_file)[0]["safety.region"] == ""
    assert picker.isVisible() and not line.change.isVisible()
    assert picker.box.hasFocus()


def test_in_the_starts_help_shift_tab_from_a_new_countrys_lines_reaches_undo(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """The lines of a newly chosen country were made last, so Qt's Tab order put them after
    the Unlock… links at the foot: Shift+Tab from the first line went there, not to Undo
    just above. Tab follows the window as it reads now, as in the running app's."""
    paths, _ = locked
    keep_numbers_and_people(paths)
    settings, _ = Settings.load(paths.settings_file)
    settings.set("safety.region", "GB")
    settings.save()
    help_window = starts_help(paths, qtbot)
    qtbot.waitUntil(help_window.isActiveWindow)
    line, picker = help_window.region_line, help_window.picker
    qtbot.mouseClick(line.change, Qt.MouseButton.LeftButton)
    picker.box.setCurrentIndex(picker.box.findData("IE"))
    qtbot.mouseClick(picker.use, Qt.MouseButton.LeftButton)
    first = help_window.lines.first_action()
    assert first is not None and first.hasFocus()
    notes = [help_window.numbers_locked, help_window.people_locked]
    unlocks = [note.unlock for note in notes if note is not None]
    assert unlocks  # what the foot holds, that Shift+Tab went to
    for _ in range(3):
        if line.undo.hasFocus():
            break
        qtbot.keyClick(help_window.focusWidget() or help_window, Qt.Key.Key_Backtab)
        assert help_window.focusWidget() not in unlocks
    assert line.undo.hasFocus()


def test_at_a_locked_start_help_says_numbers_and_people_are_only_locked(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """They were left out, as if there were none; the running app's help, once locked, says
    the people are safe, only locked, with Unlock…, in these same words."""
    from footholds.ui.help.help_now import HelpNowWindow

    paths, _ = locked
    keep_numbers_and_people(paths)
    ctx = start(paths, opened)
    try:
        ctx.locker.lock_now()
        running = cast(HelpNowWindow, ctx.windows.show("help-now"))
        running_words = running.people.locked.line.text()
    finally:
        stop(ctx)
    help_window = starts_help(paths, qtbot)
    people, numbers = help_window.people_locked, help_window.numbers_locked
    assert people is not None and people.isVisible()
    assert people.line.text() == running_words
    assert numbers is not None and numbers.isVisible()
    assert "own numbers are safe, only locked for now" in numbers.line.text()
    assert numbers.unlock.text() == people.unlock.text() == "Unlock…"


def test_at_a_locked_start_help_shows_the_people_kept_readable_with_their_number(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """The start's help said the people list was locked: Ana's number was out of reach until
    the passphrase. Kept readable with the plan, her name and how to reach her show, with
    Copy number; her message is said to be only locked, with Unlock…."""
    from PySide6.QtGui import QGuiApplication

    from footholds.core.store import Person

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(Person(name="Ana", how="Call 07700 900123", message="It's me, call?"))
    finally:
        stop(ctx)
    help_window = starts_help(paths, qtbot)
    assert help_window.people_locked is None and help_window.people is not None
    people = cast(ReadablePeople, help_window.people)
    words = " ".join(label.text() for label in people.findChildren(QLabel))
    assert "Ana" in words and "Call 07700 900123" in words and "It's me" not in words
    [row] = people.rows
    assert row.copy_number is not None
    qtbot.mouseClick(row.copy_number, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "07700900123"
    assert people.note is not None
    assert people.note.unlock.text() == "Unlock…"


def test_at_a_locked_start_with_people_locked_too_help_says_only_locked(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """The person locks their plan and people too: as before, nothing of them shows."""
    from footholds.core.lock import people_copy

    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    settings.set("lock.safety_plan", True)
    settings.save()
    keep_numbers_and_people(paths)
    assert people_copy.read(paths.store_dir) is None
    help_window = starts_help(paths, qtbot)
    assert help_window.people is None and help_window.people_locked is not None


def test_at_a_locked_start_with_no_numbers_or_people_help_says_nothing_of_them(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    help_window = starts_help(locked[0], qtbot)
    assert help_window.numbers_locked is None and help_window.people_locked is None


def test_the_starts_help_wears_the_app_icon(
    locked: tuple[Paths, str], qtbot: QtBot, qapp: QApplication
) -> None:
    """Every other window shows the app's icon; this one, opened before the app sets it,
    showed a generic one."""
    from PySide6.QtGui import QIcon

    from footholds.ui.common import icons

    before = qapp.windowIcon()
    qapp.setWindowIcon(QIcon())
    try:
        help_window = starts_help(locked[0], qtbot)
        icon = help_window.windowIcon()
        assert not icon.isNull()
        assert icon.pixmap(32).toImage() == icons.app_icon().pixmap(32).toImage()
    finally:
        qapp.setWindowIcon(before)
