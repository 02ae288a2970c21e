"""The passphrase opens a locked store (issue 20): the unlock dialog, keys given at the start
(the tests' way in), commands while unlocked. The app starting locked: test_lock_start.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import cast

import lock_starting
import pytest
from lock_starting import FAST, PASS, notes, opened, start, stop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from footholds.app.build import open_store
from footholds.core.lock import header_path, inbox, switch
from footholds.core.lock.keys import Header, create
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, storage
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.shell.unlock import UnlockDialog
from support import child_env

pytest.importorskip("cryptography")

closed_lock = lock_starting.closed_lock  # autouse: no other test may find the store open


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


def dialog_for(paths: Paths, qtbot: QtBot, help_asked: list[str] | None = None) -> UnlockDialog:
    settings, _ = Settings.load(paths.settings_file)
    asked = help_asked if help_asked is not None else []
    dialog = UnlockDialog(
        Header.load(header_path(paths.data_dir)),
        settings,
        open_help=lambda: asked.append("help-now"),
    )
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


def test_the_last_refusal_goes_as_a_new_try_starts(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    """After one wrong passphrase, the right one typed: while it was checked (about a second)
    the dialog still said it "does not open your entries". The refusal goes as the person
    types, a calm line stands in its room while the new try is checked, and the refusal
    comes back only when that try fails too."""
    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    real = dialog.header
    seen: list[str] = []

    class Watching:
        def open(self, text: str) -> object:
            seen.append(dialog.wrong.text())
            return real.open(text)

    dialog.header = cast(Header, Watching())
    where = dialog.unlock.geometry(), dialog.size()
    dialog.field.setText("not the passphrase")
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert seen == ["Opening your entries…"]
    assert "does not open" in dialog.wrong.text()
    qtbot.keyClicks(dialog.field, "x")  # typing anew: the refusal was about the last try
    assert dialog.wrong.text() == ""
    dialog.field.setText("still not it")
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert seen[-1] == "Opening your entries…"
    assert "does not open" in dialog.wrong.text()  # this one failed too: said again
    assert (dialog.unlock.geometry(), dialog.size()) == where
    dialog.field.setText(PASS)
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert seen[-1] == "Opening your entries…"
    assert dialog.result() == QDialog.DialogCode.Accepted


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


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_new_passphrase_page_shows_its_words_whole(
    locked: tuple[Paths, str], qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """After the recovery key, the longer words (what Not now does) are read whole: in
    Spanish they were cut at the top and bottom of their room."""
    from footholds.ui.common import i18n

    paths, recovery = locked
    i18n.install(qapp, language)
    try:
        settings, _ = Settings.load(paths.settings_file)
        file = header_path(paths.data_dir)
        dialog = UnlockDialog(Header.load(file), settings, header_file=file, open_help=lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.toggle_recovery()
        dialog.field.setText(recovery)
        dialog.try_unlock()
        qapp.processEvents()
        said = dialog.said
        assert dialog.again.isVisible()
        assert said.heightForWidth(said.width()) <= said.height(), said.text()
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize(
    ("language", "saves", "unlocks", "open_now"),
    [
        ("en", "Save passphrase", "unlock", "your entries are open"),
        ("es", "Guardar la frase de contraseña", "desbloquea", "tus entradas están abiertas"),
    ],
)
def test_after_the_recovery_key_the_words_say_what_the_button_does(
    locked: tuple[Paths, str],
    qtbot: QtBot,
    qapp: QApplication,
    language: str,
    saves: str,
    unlocks: str,
    open_now: str,
) -> None:
    """The recovery key has opened the entries (Not now keeps them open): the page said so
    above a button "Save and unlock", which only saves the new passphrase. The words say
    the entries are open, and the button saves the passphrase, claiming no unlock."""
    from footholds.ui.common import i18n

    paths, recovery = locked
    i18n.install(qapp, language)
    try:
        settings, _ = Settings.load(paths.settings_file)
        file = header_path(paths.data_dir)
        dialog = UnlockDialog(Header.load(file), settings, header_file=file, open_help=lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.toggle_recovery()
        dialog.field.setText(recovery)
        dialog.try_unlock()
        assert dialog.again.isVisible()
        assert dialog.unlock.text() == saves
        assert unlocks not in dialog.unlock.text().lower()
        assert unlocks not in dialog.unlock.accessibleDescription().lower()
        assert open_now in dialog.said.text()
        dialog.reject()  # Not now: what the words say, the entries open with the key's keys
        assert dialog.keys is not None
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
    """The link opens the app's own Get help now (open_help), the keyboard back in the field
    after, and opens nothing of the entries for it."""
    paths, _ = locked
    asked: list[str] = []
    dialog = dialog_for(paths, qtbot, asked)
    qtbot.mouseClick(dialog.help_link, Qt.MouseButton.LeftButton)
    assert asked == ["help-now"] and dialog.isVisible()
    assert dialog.focusWidget() is dialog.field  # not the link, where Enter opened help again
    assert storage.codec is None  # nothing was opened for it


def test_the_unlock_dialog_is_named_and_reachable(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    from test_accessibility import focus_chain, missing

    paths, _ = locked
    dialog = dialog_for(paths, qtbot)
    assert missing(dialog) == []
    reachable = set(focus_chain(dialog))
    for control in (dialog.field, dialog.switch, dialog.help_link, dialog.quit, dialog.unlock):
        assert control in reachable, control.text()


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
    """The Enter that opens with the recovery key must not also press "Save passphrase" on
    the page it opens, where it said "at least 8 characters" before anything was typed."""
    paths, recovery = locked
    runs = runs_of(monkeypatch)
    settings, _ = Settings.load(paths.settings_file)
    file = header_path(paths.data_dir)
    dialog = UnlockDialog(Header.load(file), settings, header_file=file, open_help=lambda: None)
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
    # either may hold the typo: both again, the first selected to type over, the repeat emptied
    assert dialog.field.selectedText() == "tres gatos grises"
    assert dialog.again.text() == ""
    assert dialog.focusWidget() is dialog.field
    enter(qtbot, dialog.field, "short")
    assert len(runs) == 4 and "at least 8" in dialog.wrong.text()
    assert dialog.field.selectedText() == "short" and dialog.focusWidget() is dialog.field
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
    dialog = UnlockDialog(Header.load(file), settings, header_file=file, open_help=lambda: None)
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
    """The dialog carries the app's icon itself, whatever the application's is."""
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
    ctx = start(paths, None)  # the real start, locked: it asks nothing
    try:
        assert ctx.server.listen()
        said = footholds(qtbot, footholds_home, "show", "safety-plan")
        assert said[0] == 0 and "locked" not in said[1], said
        assert ctx.windows.is_visible("safety-plan") and ctx.locker.dialog is None
        [plan] = ctx.store.all(SafetyPlan)
        assert plan.sections["sp-reasons"] == "Walk to the river and call Ana"
    finally:
        stop(ctx)

    ctx = start(paths, opened)  # locking it too seals the file at once
    try:
        ctx.settings.set("lock.safety_plan", True)
        assert plan_file.read_bytes().startswith(storage.SEALED_FILE)
        ctx.settings.set("lock.safety_plan", False)
        assert not plan_file.read_bytes().startswith(storage.SEALED_FILE)
    finally:
        stop(ctx)
