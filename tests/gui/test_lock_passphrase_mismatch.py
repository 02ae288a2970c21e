"""Two new passphrases that differ: the words say so and that both are typed again, the
first field takes the focus with its words selected (typing replaces them) and the second is
emptied. The typo may be in either: following the words mends it, even in the first. The
old advice ("type the first one again in the second field") never could."""

from __future__ import annotations

import lock_starting
import pytest
import test_unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from test_lock_passphrase_let_go import NEW, PASSPHRASE, part_with_lock, unlock_dialog
from test_lock_settings import fill

from footholds.app.build import AppContext
from footholds.core.lock import header_path
from footholds.core.lock.keys import Header
from footholds.core.paths import Paths
from footholds.ui.settings.lock_dialogs import PassphraseDialog

pytest.importorskip("cryptography")

closed_lock = lock_starting.closed_lock  # autouse
locked = test_unlock.locked


def follow(qtbot: QtBot, first: QLineEdit, second: QLineEdit, text: str) -> None:
    """What the words ask: type it in the first field (the focus is there), then the second."""
    assert first.hasFocus() or first.window().focusWidget() is first
    assert first.selectedText() == first.text() and second.text() == ""
    qtbot.keyClicks(first, text)  # replaces what was selected
    assert first.text() == text
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.window().focusWidget() is second
    qtbot.keyClicks(second, text)
    qtbot.keyClick(second, Qt.Key.Key_Return)


def test_turning_on_a_typo_in_the_first_is_mended_as_the_words_say(
    ctx: AppContext, qtbot: QtBot
) -> None:
    part = part_with_lock(ctx, qtbot, on=False)
    dialog = part.ask_turn_on()
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    said = fill(dialog, PASSPHRASE + "f", PASSPHRASE)  # the typo in the first
    assert said == "The two passphrases differ. Please type your passphrase again in both fields."
    assert dialog.values() == [PASSPHRASE + "f", ""]
    follow(qtbot, dialog.fields[0], dialog.fields[1], PASSPHRASE)
    assert ctx.locker.enabled


def test_changing_a_typo_in_the_new_one_is_mended_as_the_words_say(
    ctx: AppContext, qtbot: QtBot
) -> None:
    part = part_with_lock(ctx, qtbot, on=True)
    dialog = part.ask_change()
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    said = fill(dialog, PASSPHRASE, NEW + "f", NEW)
    assert said == (
        "The two new passphrases differ. Please type the new one again in both of its fields."
    )
    assert dialog.values() == [PASSPHRASE, NEW + "f", ""]  # the passphrase now stays
    follow(qtbot, dialog.fields[1], dialog.fields[2], NEW)
    assert not dialog.isVisible()
    assert Header.load(header_path(ctx.paths.data_dir)).open(NEW)


def test_unlock_new_passphrase_typo_in_the_first_is_mended_as_the_words_say(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, recovery = locked
    dialog = unlock_dialog(paths, qtbot)
    dialog.switch.click()
    dialog.field.setText(recovery)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    dialog.field.setText(NEW + "f")
    dialog.again.setText(NEW)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.wrong.text() == (
        "The two passphrases differ. Please type your new passphrase again in both fields."
    )
    follow(qtbot, dialog.field, dialog.again, NEW)
    assert dialog.keys is not None
    assert Header.load(header_path(paths.data_dir)).open(NEW)
