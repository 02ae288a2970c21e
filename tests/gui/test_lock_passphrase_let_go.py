"""No passphrase stays in a widget once its dialog closes, whatever the outcome: Settings'
lock dialogs (turn on, change, new recovery key, turn off) and Unlock empty every field as
they finish, and Settings lets each one go, so the next opening is a fresh dialog. A closed
dialog kept as a child of the page held what was typed, after a wrong try and a Cancel too."""

from __future__ import annotations

from collections.abc import Callable

import lock_starting
import pytest
import test_unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from test_lock_settings import fill

from footholds.app.build import AppContext
from footholds.core.lock import header_path
from footholds.core.lock.keys import Header
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.ui.common.top_windows import top_windows
from footholds.ui.settings.lock_dialogs import PassphraseDialog, RecoveryDialog
from footholds.ui.settings.lock_settings import LockPart
from footholds.ui.shell.unlock import UnlockDialog

pytest.importorskip("cryptography")

closed_lock = lock_starting.closed_lock  # autouse
locked = test_unlock.locked
PASSPHRASE = "a long passphrase"
NEW = "another long passphrase"


def part_with_lock(ctx: AppContext, qtbot: QtBot, *, on: bool) -> LockPart:
    part = LockPart(ctx)
    qtbot.addWidget(part)
    if on:
        fill(part.ask_turn_on(), PASSPHRASE, PASSPHRASE)
        qtbot.waitUntil(lambda: isinstance(part.dialog, RecoveryDialog))
        shown = part.dialog
        assert isinstance(shown, RecoveryDialog)
        shown.done_button.click()
    return part


def let_go(part: LockPart, qtbot: QtBot) -> None:
    """No passphrase dialog is left under the page."""
    qtbot.waitUntil(lambda: not part.findChildren(PassphraseDialog))


Asked = Callable[[LockPart], QDialog]
WRONG_THEN_RIGHT: dict[str, tuple[bool, Asked, list[str], list[str]]] = {
    "turn on": (
        False,
        LockPart.ask_turn_on,
        [PASSPHRASE, PASSPHRASE + "f"],
        [PASSPHRASE, PASSPHRASE],
    ),
    "change": (
        True,
        LockPart.ask_change,
        ["not it, but long", NEW, NEW],
        [PASSPHRASE, NEW, NEW],
    ),
    "new recovery key": (True, LockPart.ask_new_key, ["not it, but long"], [PASSPHRASE]),
    "turn off": (True, LockPart.ask_turn_off, ["not it, but long"], [PASSPHRASE]),
}


@pytest.mark.parametrize("name", list(WRONG_THEN_RIGHT))
def test_cancel_after_a_wrong_try_leaves_no_passphrase(
    name: str, ctx: AppContext, qtbot: QtBot
) -> None:
    on, ask, wrong, _right = WRONG_THEN_RIGHT[name]
    part = part_with_lock(ctx, qtbot, on=on)
    dialog = ask(part)
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    fields = list(dialog.fields)
    assert fill(dialog, *wrong)  # something was said: the dialog stays, the words kept
    assert dialog.isVisible()
    dialog.cancel.click()
    assert [field.text() for field in fields] == [""] * len(wrong)
    let_go(part, qtbot)
    again = ask(part)  # a fresh one
    assert again is not dialog and isinstance(again, PassphraseDialog)
    assert again.values() == [""] * len(wrong) and again.wrong.text() == ""
    again.reject()


@pytest.mark.parametrize("name", list(WRONG_THEN_RIGHT))
def test_a_dialog_that_did_its_work_leaves_no_passphrase(
    name: str, ctx: AppContext, qtbot: QtBot
) -> None:
    on, ask, _wrong, right = WRONG_THEN_RIGHT[name]
    part = part_with_lock(ctx, qtbot, on=on)
    dialog = ask(part)
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    fields = list(dialog.fields)
    assert fill(dialog, *right) == ""
    assert not dialog.isVisible()
    assert [field.text() for field in fields] == [""] * len(right)
    let_go(part, qtbot)
    for widget in top_windows():
        if isinstance(widget, RecoveryDialog):
            widget.done_button.click()
    qtbot.waitUntil(lambda: not part.findChildren(RecoveryDialog))  # the key goes too


def unlock_dialog(paths: Paths, qtbot: QtBot) -> UnlockDialog:
    settings, _ = Settings.load(paths.settings_file)
    file = header_path(paths.data_dir)
    dialog = UnlockDialog(Header.load(file), settings, header_file=file, open_help=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def typed(dialog: UnlockDialog) -> list[str]:
    return [dialog.field.text(), dialog.again.text()]


def press(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_unlock_not_now_after_a_wrong_passphrase_leaves_none(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    dialog = unlock_dialog(locked[0], qtbot)
    press(qtbot, dialog.field, "not the passphrase")
    assert dialog.isVisible() and dialog.field.text() == "not the passphrase"
    dialog.quit.click()
    assert typed(dialog) == ["", ""]


def test_unlock_leaves_no_passphrase_once_open(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    dialog = unlock_dialog(locked[0], qtbot)
    press(qtbot, dialog.field, lock_starting.PASS)
    assert dialog.keys is not None and typed(dialog) == ["", ""]


def test_unlock_not_now_after_two_new_passphrases_differ_leaves_none(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, recovery = locked
    dialog = unlock_dialog(paths, qtbot)
    dialog.switch.click()
    press(qtbot, dialog.field, recovery)
    assert dialog.again.isVisible()
    dialog.field.setText(NEW)
    press(qtbot, dialog.again, NEW + "f")
    assert "differ" in dialog.wrong.text()
    dialog.quit.click()
    assert typed(dialog) == ["", ""]
    assert dialog.keys is not None  # the recovery key opened them: they stay open


def test_unlock_leaves_no_new_passphrase_once_saved(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, recovery = locked
    dialog = unlock_dialog(paths, qtbot)
    dialog.switch.click()
    press(qtbot, dialog.field, recovery)
    dialog.field.setText(NEW)
    press(qtbot, dialog.again, NEW)
    assert dialog.keys is not None and typed(dialog) == ["", ""]
    assert Header.load(header_path(paths.data_dir)).open(NEW)
