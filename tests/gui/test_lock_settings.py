"""The lock part of Settings (issue 20): on with the passphrase twice and the recovery key
shown once, change the passphrase, lock now, off; the same core as the command line."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.core.lock import header_path, is_on
from footholds.core.lock.keys import Header, WrongKey
from footholds.core.settings import LOCK_SECTION
from footholds.core.store import LogEntry, storage
from footholds.ui.common.top_windows import top_windows
from footholds.ui.settings.lock_dialogs import PassphraseDialog, RecoveryDialog
from footholds.ui.settings.settings_window import SettingsWindow

pytest.importorskip("cryptography")
SECRET = "the night I could not stop crying"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def readable(home: Path, text: str) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def fill(dialog: object, *values: str) -> str:
    assert isinstance(dialog, PassphraseDialog)
    for field, value in zip(dialog.fields, values, strict=True):
        field.setText(value)
    dialog.ok.click()
    return dialog.wrong.text()


def test_turn_on_change_lock_now_and_turn_off_from_settings(
    ctx: AppContext, qtbot: QtBot, footholds_home: Path
) -> None:
    ctx.store.add(LogEntry(note=SECRET))
    ctx.settings.set("lists.feelings", ["calm", "the heavy-blanket feeling"])
    ctx.settings.save()
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(LOCK_SECTION)
    part = window.lock_part
    assert part.isVisible() and part.turn_on.isVisible() and not part.turn_off.isVisible()
    idle = window.rows["lock.idle_minutes"]
    assert not idle.editor.isEnabled()  # nothing to lock yet: greyed out

    dialog = part.ask_turn_on()
    assert "differ" in fill(dialog, "a long passphrase", "a long passphrasf")
    assert "at least 8" in fill(dialog, "short", "short")
    assert not is_on(ctx.paths.data_dir)
    fill(dialog, "a long passphrase", "a long passphrase")
    assert is_on(ctx.paths.data_dir) and ctx.locker.state == "open"
    assert idle.editor.isEnabled() and window.rows["lock.safety_plan"].editor.isEnabled()
    assert readable(footholds_home, SECRET) == []  # the store and its backups, encrypted
    assert readable(footholds_home, "heavy-blanket") == []  # and the lists in the settings
    assert SECRET in [e.note for e in ctx.store.all(LogEntry)]  # still open in the app
    qtbot.waitUntil(lambda: isinstance(part.dialog, RecoveryDialog))
    shown = part.dialog
    assert isinstance(shown, RecoveryDialog)
    key = shown.key.text()
    assert ctx.locker.keys is not None
    assert Header.load(header_path(ctx.paths.data_dir)).recover(key).data == ctx.locker.keys.data
    words = " ".join(label.text() for label in shown.findChildren(type(shown.key)))
    assert "either one, opens your entries" in words and "If you lose both" in words
    shown.done_button.click()
    # "The lock is on" is said once, by the line above the buttons
    shown_words = [part.said.text(), part.status.text()]
    assert part.said.text().startswith("The lock is on")
    # never "everything is encrypted": the plan, people, numbers and session times may not be
    assert "everything" not in part.said.text() and "readable" in part.said.text()
    # and says plainly which may be: "but for what the choice below keeps readable" was
    # hard going
    assert "encrypted on this computer and in your backups" in part.said.text()
    assert "decides if your safety plan, numbers and people stay readable" in part.said.text()
    assert sum("The lock is on" in words for words in shown_words) == 1
    assert part.turn_off.isVisible() and part.lock_now.isVisible() and part.change.isVisible()
    assert "Lock now" in [a.text().replace("&", "") for a in ctx.tray.menu.actions()]

    dialog = part.ask_change()
    assert "not your passphrase" in fill(dialog, "wrong guess!", "a newer phrase", "a newer phrase")
    fill(dialog, "a long passphrase", "a newer phrase", "a newer phrase")
    Header.load(header_path(ctx.paths.data_dir)).open("a newer phrase")

    qtbot.mouseClick(part.lock_now, Qt.MouseButton.LeftButton)
    assert ctx.locker.locked and not ctx.locker.may_open("settings")  # it shows your lists
    ctx.locker.unlock_with(Header.load(header_path(ctx.paths.data_dir)).open("a newer phrase"))

    window.present(LOCK_SECTION)
    dialog = part.ask_turn_off()
    assert "does not open" in fill(dialog, "a long passphrase")
    fill(dialog, "a newer phrase")
    assert not is_on(ctx.paths.data_dir) and ctx.locker.state == "off"
    assert readable(footholds_home, SECRET)  # plain again, by the person's choice
    assert readable(footholds_home, "heavy-blanket")
    assert SECRET in [e.note for e in ctx.store.all(LogEntry)]
    assert part.turn_on.isVisible()
    assert "Lock now" not in [a.text().replace("&", "") for a in ctx.tray.menu.actions()]
    for widget in top_windows():
        if isinstance(widget, RecoveryDialog | PassphraseDialog):
            widget.close()


def test_without_the_lock_library_turning_it_on_says_what_to_install(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.settings import lock_settings

    monkeypatch.setattr(lock_settings, "crypto_installed", lambda: False)
    part = lock_settings.LockPart(ctx)
    qtbot.addWidget(part)
    assert not part.turn_on.isEnabled()
    assert 'pip install "footholds[lock]"' in part.status.text()


def test_the_lock_page_and_its_dialogs_are_named_and_reachable(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from test_accessibility import focus_chain, missing

    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    assert missing(part) == []
    dialogs = [part.ask_turn_on(), part.ask_change(), part.ask_new_key(), part.ask_turn_off()]
    dialogs.append(RecoveryDialog(part, "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"))
    for dialog in dialogs:
        dialog.show()
        assert missing(dialog) == [], dialog.windowTitle()
        reachable = set(focus_chain(dialog))
        # the recovery key's question and its answers show only when asked (tested there)
        for button in dialog.findChildren(QPushButton):
            if button.isVisibleTo(dialog):
                assert button in reachable, button.text()
        dialog.close()


def test_an_export_with_the_lock_on_asks_first(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "ask", lambda _p, _t, text, **_k: asked.append(text) or False)
    assert window.data_page.plain_export_ok() and asked == []  # no lock: nothing to warn of
    window.present(LOCK_SECTION)
    fill(window.lock_part.ask_turn_on(), "a long passphrase", "a long passphrase")
    assert ctx.locker.enabled
    assert not window.data_page.plain_export_ok()  # the person said no
    assert asked and "not encrypted" in asked[0]


def runs_of(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each run of a passphrase dialog's action: patched before the dialog connects it."""
    runs: list[str] = []
    original = PassphraseDialog.run

    def counted(self: PassphraseDialog) -> None:
        runs.append(self.windowTitle())
        original(self)

    monkeypatch.setattr(PassphraseDialog, "run", counted)
    return runs


def type_then_enter(qtbot: QtBot, dialog: object, *values: str) -> str:
    """Type each value into its field as a person would (Tab between them is only focus),
    then press Enter in the last one."""
    assert isinstance(dialog, PassphraseDialog)
    for field, value in zip(dialog.fields, values, strict=True):
        field.clear()
        qtbot.keyClicks(field, value)
    qtbot.keyClick(dialog.fields[-1], Qt.Key.Key_Return)
    return dialog.wrong.text()


def test_enter_runs_each_passphrase_dialog_once(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter in a field ran the action twice, the second time with the fields already
    emptied: a mismatch was told as "at least 8 characters"."""
    from footholds.ui.settings.lock_settings import LockPart

    runs = runs_of(monkeypatch)
    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = part.ask_turn_on()
    said = type_then_enter(qtbot, dialog, "tres gatos grises", "tres gatos grisess")
    assert runs == ["Turn the lock on"]
    assert said == "The two passphrases differ. Please type your passphrase again in both fields."
    assert dialog.isVisible() and not is_on(ctx.paths.data_dir)
    said = type_then_enter(qtbot, dialog, "tres", "tres")
    assert len(runs) == 2 and "at least 8" in said
    type_then_enter(qtbot, dialog, "tres gatos grises", "tres gatos grises")
    assert len(runs) == 3 and is_on(ctx.paths.data_dir) and not dialog.isVisible()
    qtbot.waitUntil(lambda: isinstance(part.dialog, RecoveryDialog))
    recovery = part.dialog
    assert isinstance(recovery, RecoveryDialog)
    qtbot.keyClick(recovery, Qt.Key.Key_Return)  # its one button, once
    assert not recovery.isVisible()

    runs.clear()
    dialog = part.ask_change()
    said = type_then_enter(qtbot, dialog, "tres gatos grises", "cuatro perros", "cuatro perro")
    assert runs == ["Change passphrase"] and "two new passphrases differ" in said
    said = type_then_enter(qtbot, dialog, "not it at all", "cuatro perros", "cuatro perros")
    assert len(runs) == 2 and "not your passphrase now" in said
    type_then_enter(qtbot, dialog, "tres gatos grises", "cuatro perros", "cuatro perros")
    assert len(runs) == 3 and not dialog.isVisible()
    assert part.status.text() == "Your passphrase is changed."

    runs.clear()
    dialog = part.ask_turn_off()
    said = type_then_enter(qtbot, dialog, "tres gatos grises")
    assert runs == ["Turn the lock off"] and "does not open" in said
    type_then_enter(qtbot, dialog, "cuatro perros")
    assert len(runs) == 2 and not is_on(ctx.paths.data_dir) and not dialog.isVisible()


def test_after_turning_the_lock_off_the_focus_is_on_turning_it_on_again(
    ctx: AppContext, qtbot: QtBot
) -> None:
    # the Turn off button hides as the lock goes off; Qt passed the focus down the window's
    # chain, to "Reset this page to defaults", a button that sounds like it undoes everything
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(LOCK_SECTION)
    part = window.lock_part
    fill(part.ask_turn_on(), "a long passphrase", "a long passphrase")
    qtbot.waitUntil(lambda: isinstance(part.dialog, RecoveryDialog))
    assert isinstance(part.dialog, RecoveryDialog)
    part.dialog.done_button.click()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    part.turn_off.setFocus()
    qtbot.keyClick(part.turn_off, Qt.Key.Key_Space)  # as a person on the keyboard would
    dialog = part.dialog
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.fields[0], "a long passphrase")
    qtbot.keyClick(dialog.fields[0], Qt.Key.Key_Return)
    assert not ctx.locker.enabled
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # the desktop gives the window back as the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    focused = window.focusWidget()
    assert focused is part.turn_on, focused.text() if isinstance(focused, QPushButton) else focused
    assert QApplication.focusWidget() is part.turn_on


@pytest.mark.parametrize("language", ["en", "es"])
def test_turning_the_lock_on_clears_what_was_said_and_says_it_is_working(
    ctx: AppContext,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """ "The two passphrases differ" stayed through the retyping and the second or so the key
    takes, with Turn on greyed out and no sign of progress: now it goes as the person types,
    and "Setting up the lock…" is on screen (painted) before the slow work starts, in room
    kept for it, so nothing moves."""
    from PySide6.QtCore import QEvent, QObject

    from footholds.ui.common import i18n
    from footholds.ui.settings.lock_settings import LockPart

    i18n.install(qapp, language)
    try:
        part = LockPart(ctx)
        qtbot.addWidget(part)
        dialog = part.ask_turn_on()
        assert isinstance(dialog, PassphraseDialog)
        qtbot.waitExposed(dialog)
        line = dialog.wrong
        working = part.tr("Setting up the lock…")
        assert working != "Setting up the lock…" or language == "en"  # translated
        where = dialog.ok.geometry(), dialog.cancel.geometry(), dialog.size()

        painted: list[str] = []

        class Painted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted.append(line.text())
                return False

        watcher = Painted()
        line.installEventFilter(watcher)
        seen: list[tuple[str, bool, list[str], object]] = []
        enable = ctx.locker.enable

        def slow_enable(chosen: str) -> str:
            geometry = dialog.ok.geometry(), dialog.cancel.geometry(), dialog.size()
            seen.append((line.text(), dialog.ok.isEnabled(), list(painted), geometry))
            return enable(chosen)

        monkeypatch.setattr(ctx.locker, "enable", slow_enable)
        said = type_then_enter(qtbot, dialog, "tres gatos grises", "tres gatos grisess")
        assert said == part._differ()
        assert (dialog.ok.geometry(), dialog.cancel.geometry(), dialog.size()) == where
        assert line.heightForWidth(line.width()) <= line.height(), said  # read whole
        qtbot.keyClicks(dialog.fields[0], "t")
        assert line.text() == ""  # typing again: the old words go
        painted.clear()
        type_then_enter(qtbot, dialog, "tres gatos grises", "tres gatos grises")
        assert len(seen) == 1
        text, ok_enabled, painted_then, geometry = seen[0]
        assert text == working and working in painted_then  # said, and on screen
        assert not ok_enabled
        assert geometry == where  # the words came in room kept for them
        assert is_on(ctx.paths.data_dir)
        line.removeEventFilter(watcher)
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("which", ["off", "change"])
def test_turning_the_lock_off_and_changing_the_passphrase_say_they_are_working(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    """Both take the key derivation's half second and more: the dialog says so while they
    run, as turning the lock on does."""
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = part.ask_turn_off() if which == "off" else part.ask_change()
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    seen: list[str] = []

    def slow(*_values: str) -> None:
        seen.append(dialog.wrong.text())
        raise WrongKey()

    monkeypatch.setattr(ctx.locker, "disable" if which == "off" else "change_passphrase", slow)
    typed = ["my passphrase"] if which == "off" else ["old passphrase", "new words", "new words"]
    for field, words in zip(dialog.fields, typed, strict=True):
        field.setText(words)
    dialog.ok.click()
    assert seen == ["Turning the lock off…" if which == "off" else "Changing the passphrase…"]
    assert "Nothing was changed" in dialog.wrong.text()  # the working words gave way


def test_the_recovery_key_can_be_copied_and_printed(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Write these letters down, or print them": both are offered, and Copy says so where
    it was clicked, as a crisis line's Copy number does."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from footholds.ui.settings.lock_settings import LockPart

    key = "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"
    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = RecoveryDialog(part, key)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.done_button  # Enter still closes it
    assert dialog.copy.property("role") == dialog.print_button.property("role") == "quiet"
    print_at = dialog.print_button.geometry()
    dialog.copy.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == key
    assert dialog.copy.text() == "Copied"
    QApplication.processEvents()
    assert dialog.print_button.geometry() == print_at  # saying so moves nothing
    qtbot.waitUntil(lambda: dialog.copy.text() == "Copy", timeout=4000)

    target = tmp_path / "key.pdf"

    def accept(shown: QPrintDialog) -> int:
        shown.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        shown.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    umask = os.umask(0o022)
    try:
        dialog.print_button.click()
    finally:
        os.umask(umask)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600  # the key, for nobody else to read
    assert dialog.printed.text() == f"Saved to {target}"
    dialog.close()


def test_a_recovery_key_print_that_never_started_says_so_and_moves_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A printer that will not start (a file Qt cannot open): the dialog says nothing was
    printed, over its buttons, with the key where it was; never silence, which let a
    person believe the key was on paper."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtPrintSupport import QPrintDialog

    from footholds.ui.settings.lock_settings import LockPart

    def accept(shown: QPrintDialog) -> int:
        shown.printer().setOutputFileName(str(tmp_path / "gone" / "key.pdf"))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = RecoveryDialog(part, "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567")
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.size(), dialog.key.geometry(), dialog.print_button.geometry())
    assert dialog.printed.text() == ""
    dialog.print_button.click()
    QApplication.processEvents()
    said = dialog.printed
    assert said.text().startswith("Nothing was printed") and said.isVisible()
    assert (dialog.size(), dialog.key.geometry(), dialog.print_button.geometry()) == before
    # all of it shown, over the buttons and inside the dialog
    assert said.heightForWidth(said.width()) <= said.height()
    place = QRect(said.mapTo(dialog, QPoint(0, 0)), said.size())
    assert dialog.rect().contains(place)
    assert place.bottom() < dialog.print_button.mapTo(dialog, QPoint(0, 0)).y()
    assert place.top() > dialog.key.geometry().bottom()
    dialog.close()


def test_a_wrong_passphrase_now_keeps_the_two_new_ones(ctx: AppContext, qtbot: QtBot) -> None:
    """Nothing is emptied: the field at fault takes the focus, its words selected, and the
    new passphrase, typed twice, stays."""
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    fill(part.ask_turn_on(), "a long passphrase", "a long passphrase")
    for widget in top_windows():
        if isinstance(widget, RecoveryDialog):
            widget.close()
    dialog = part.ask_change()
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    assert "not your passphrase" in fill(dialog, "wrong guess!", "a newer phrase", "a newer phrase")
    assert dialog.values() == ["wrong guess!", "a newer phrase", "a newer phrase"]
    assert dialog.focusWidget() is dialog.fields[0]
    assert dialog.fields[0].selectedText() == "wrong guess!"
    assert "differ" in fill(dialog, "a long passphrase", "a newer phrase", "a newer phrasf")
    # either new one may hold the typo: the new one selected, its repeat emptied
    assert dialog.values() == ["a long passphrase", "a newer phrase", ""]
    assert dialog.focusWidget() is dialog.fields[1]
    assert dialog.fields[1].selectedText() == "a newer phrase"
    assert "in both of its fields" in dialog.wrong.text()
    fill(dialog, "a long passphrase", "a newer phrase", "a newer phrase")
    Header.load(header_path(ctx.paths.data_dir)).open("a newer phrase")


def test_esc_or_closing_the_recovery_key_asks_whether_it_is_kept(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is shown once: a stray Esc or the window's close button asks first, and
    staying is the answer Enter and Esc give. The button that says so closes at once.
    The question comes in the buttons' place under the key, not in a box over its letters:
    the person can check the key while answering."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QCloseEvent
    from test_accessibility import focus_chain

    from footholds.ui.settings.lock_settings import LockPart

    asked_in_a_box: list[str] = []

    def ask(_parent: object, _title: str, text: str, *_answers: str) -> bool:
        asked_in_a_box.append(text)
        return False

    monkeypatch.setattr(ctx.prompter, "ask", ask)
    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = RecoveryDialog(part, "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.asks()

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())

    key_at = place(dialog.key)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.asks()
    assert dialog.question.text() == (
        "Have you kept your recovery key? Once this closes, it is not shown again."
    )
    assert (dialog.kept_button.text(), dialog.stay_button.text()) == (
        "I've kept it",
        "Keep it showing",
    )
    # the key stays in sight, where it was, with the question under it
    assert dialog.key.isVisible() and place(dialog.key) == key_at
    assert place(dialog.question).top() >= key_at.bottom()
    question = dialog.question
    assert question.height() >= question.heightForWidth(question.width())  # none of it cut
    assert not dialog.done_button.isVisible() and not dialog.copy.isVisible()
    # the keyboard is on staying, the default; both answers reachable with Tab
    assert dialog.focusWidget() is dialog.stay_button and dialog.stay_button.isDefault()
    reachable = focus_chain(dialog)
    assert dialog.kept_button in reachable and dialog.stay_button in reachable
    qtbot.keyClick(dialog.stay_button, Qt.Key.Key_Return)  # Keep it showing
    assert dialog.isVisible() and not dialog.asks()
    assert dialog.focusWidget() is dialog.done_button and dialog.done_button.isDefault()

    window = dialog.windowHandle()
    assert window is not None
    QApplication.sendEvent(window, QCloseEvent())  # as the window manager's close button
    assert dialog.isVisible() and dialog.asks()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc answers Keep it showing
    assert dialog.isVisible() and not dialog.asks()

    QApplication.sendEvent(window, QCloseEvent())
    assert dialog.asks()
    dialog.kept_button.click()  # I've kept it
    assert not dialog.isVisible()

    dialog = RecoveryDialog(part, "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.stay_button, Qt.Key.Key_Backtab)  # Tab goes round the two answers
    assert dialog.focusWidget() is dialog.kept_button
    qtbot.keyClick(dialog.kept_button, Qt.Key.Key_Return)  # Enter on it says it, as in a box
    assert not dialog.isVisible()
    dialog = RecoveryDialog(part, "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567")
    dialog.show()
    dialog.done_button.click()  # saying so is the answer: nothing more is asked
    assert not dialog.isVisible() and not dialog.asks()
    assert asked_in_a_box == []  # nothing came up over the key


def test_a_new_recovery_key_from_settings_replaces_the_old_one(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    part.show()
    assert not part.new_key.isVisible()  # nothing to make a key for yet
    fill(part.ask_turn_on(), "a long passphrase", "a long passphrase")
    qtbot.waitUntil(lambda: isinstance(part.dialog, RecoveryDialog))
    first = part.dialog
    assert isinstance(first, RecoveryDialog)
    old = first.key.text()
    first.done_button.click()
    assert part.new_key.isVisible()

    dialog = part.ask_new_key()
    assert "stops working" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "does not open" in fill(dialog, "not the passphrase")
    assert Header.load(header_path(ctx.paths.data_dir)).recover(old)  # nothing changed
    assert fill(dialog, "a long passphrase") == ""
    qtbot.waitUntil(lambda: part.dialog is not dialog and isinstance(part.dialog, RecoveryDialog))
    shown = part.dialog
    assert isinstance(shown, RecoveryDialog)
    assert shown.intro.text().startswith("Your old recovery key no longer opens your entries")
    new = shown.key.text()
    header = Header.load(header_path(ctx.paths.data_dir))
    assert ctx.locker.keys is not None
    assert header.recover(new).data == ctx.locker.keys.data
    with pytest.raises(WrongKey):
        header.recover(old)
    assert header.open("a long passphrase").data == ctx.locker.keys.data
    shown.done_button.click()


def test_a_passphrase_of_only_spaces_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    """Eight spaces are long enough to count, and as easy to guess as none; spaces between
    words are fine."""
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = part.ask_turn_on()
    assert "not only spaces" in fill(dialog, " " * 8, " " * 8)
    assert "not only spaces" in fill(dialog, "\t" + " " * 9, "\t" + " " * 9)
    assert not is_on(ctx.paths.data_dir)
    assert fill(dialog, "four words in all", "four words in all") == ""
    assert is_on(ctx.paths.data_dir)
    for widget in top_windows():
        if isinstance(widget, RecoveryDialog):
            widget.close()
    dialog = part.ask_change()
    assert isinstance(dialog, PassphraseDialog)
    assert "not only spaces" in fill(dialog, "four words in all", " " * 10, " " * 10)
    assert dialog.values()[0] == "four words in all"  # the passphrase now stays
    assert dialog.fields[1].selectedText() == " " * 10  # the new one, to type over
    Header.load(header_path(ctx.paths.data_dir)).open("four words in all")


def test_turning_off_stays_on_while_words_typed_locked_cannot_leave_the_lock(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words sealed at a quit while locked, left sealed when the drafts file refused them at
    the unlock, open only with the lock's keys: turning it off went ahead and lost them."""
    import errno
    import os

    from footholds.core import drafts

    ctx.locker.enable("a long passphrase")
    public = Header.load(header_path(ctx.paths.data_dir)).public
    typed = {"note": "typed while locked, by the window"}
    folder = ctx.paths.sealed_drafts_dir
    assert drafts.seal_away(folder, drafts.sealed_name(), {"quick-log": typed}, public)
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(LOCK_SECTION)
    part = window.lock_part

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    room = drafts.write_atomic
    monkeypatch.setattr(drafts, "write_atomic", full)
    dialog = part.ask_turn_off()
    said = fill(dialog, "a long passphrase")
    assert said.startswith("The lock could not be turned off") and "space" in said
    assert is_on(ctx.paths.data_dir) and ctx.locker.state == "open"
    assert len(list(folder.iterdir())) == 1

    monkeypatch.setattr(drafts, "write_atomic", room)
    fill(dialog, "a long passphrase")
    assert not is_on(ctx.paths.data_dir)
    assert list(folder.iterdir()) == []
    assert ctx.windows.drafts["quick-log"] == typed  # kept again at the next close
    assert drafts.take(ctx.paths.drafts_file) == {"quick-log": typed}
    for widget in top_windows():
        if isinstance(widget, PassphraseDialog):
            widget.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_lock_buttons_wrap_rather_than_scroll_sideways(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    """In Spanish the four buttons of a lock that is on ("Bloquear ahora" ... "Desactivar el
    bloqueo…") ran past the window's right edge and the page scrolled sideways: at the
    window's own width they now go on to a second line, every one inside the page."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    from footholds.ui.common import i18n

    ctx.locker.enable("a long passphrase")
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        window = SettingsWindow(ctx, autostart=FakeAutostart())
        qtbot.addWidget(window)
        window.present(LOCK_SECTION)
        qtbot.waitExposed(window)
        part = window.lock_part
        area = next(a for a in window.findChildren(QScrollArea) if a.isAncestorOf(part))
        settle(qtbot, window)
        bar = area.horizontalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0
        viewport = area.viewport()
        seen = QRect(QPoint(0, 0), viewport.size())
        shown = [part.lock_now, part.change, part.new_key, part.turn_off]
        assert all(button.isVisible() for button in shown)
        for button in shown:
            place = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
            assert seen.contains(place), (button.text(), place, seen)
    finally:
        i18n.remove(ctx.app)


def test_the_lock_waits_out_an_import_in_another_window(ctx: AppContext, qtbot: QtBot) -> None:
    """An import started from Check-in summary lets Settings answer meanwhile; turning the lock
    on closed the store and wrote every file again under it."""
    from footholds.core.import_pace import RUNNING
    from footholds.core.lock import is_on
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)

    def stop() -> None:
        pass

    RUNNING.begin(stop)
    try:
        said = part._on(["a long passphrase", "a long passphrase"])
        assert isinstance(said, str)
        assert said.startswith("Footholds is importing a file in another window just now.")
        assert not is_on(ctx.paths.data_dir) and ctx.store.is_open
        assert part._off(["a long passphrase"]) == said
        assert part._change(["a long passphrase", "another long one", "another long one"]) == said
    finally:
        RUNNING.end(stop)
