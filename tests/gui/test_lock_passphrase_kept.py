"""Settings' passphrase dialogs keep what was typed, as Unlock does: the field at fault takes
the focus with its words selected, so typing replaces them; two passphrases that differ keep
the first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from test_lock_settings import fill

from footholds.app.build import AppContext
from footholds.core.store import storage
from footholds.ui.common.top_windows import top_windows
from footholds.ui.settings.lock_dialogs import PassphraseDialog, RecoveryDialog

pytest.importorskip("cryptography")


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def test_a_wrong_passphrase_stays_selected_as_in_unlock(ctx: AppContext, qtbot: QtBot) -> None:
    """Turning the lock off (or a new key) with a wrong passphrase emptied the field; Unlock
    keeps it, selected, so typing replaces it. Now every passphrase dialog does."""
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    fill(part.ask_turn_on(), "a long passphrase", "a long passphrase")
    for widget in top_windows():
        if isinstance(widget, RecoveryDialog):
            widget.close()
    for ask in (part.ask_turn_off, part.ask_new_key):
        dialog = ask()
        assert isinstance(dialog, PassphraseDialog)
        qtbot.waitExposed(dialog)
        said = fill(dialog, "a long passphrasf")
        assert "does not open" in said and "try again" in said
        assert dialog.values() == ["a long passphrasf"]
        assert dialog.focusWidget() is dialog.fields[0]
        assert dialog.fields[0].selectedText() == "a long passphrasf"
        qtbot.keyClicks(dialog.fields[0], "x")  # typing replaces the words, as a cleared field
        assert dialog.values() == ["x"] and dialog.wrong.text() == ""
        dialog.reject()
    assert ctx.locker.enabled


def test_two_passphrases_that_differ_keep_the_first(ctx: AppContext, qtbot: QtBot) -> None:
    """Turning the lock on with two passphrases that differ emptied both: the first stays
    now, selected, to be typed again with its repeat (emptied): either may hold the typo
    (test_lock_passphrase_mismatch.py)."""
    from footholds.ui.settings.lock_settings import LockPart

    part = LockPart(ctx)
    qtbot.addWidget(part)
    dialog = part.ask_turn_on()
    assert isinstance(dialog, PassphraseDialog)
    qtbot.waitExposed(dialog)
    said = fill(dialog, "a long passphrase", "a long passphrasf")
    assert said == "The two passphrases differ. Please type your passphrase again in both fields."
    assert dialog.values() == ["a long passphrase", ""]
    assert dialog.focusWidget() is dialog.fields[0]
    assert dialog.fields[0].selectedText() == "a long passphrase"
    said = fill(dialog, "short", "short")  # too short: the first is the one to mend
    assert "at least 8" in said and dialog.values() == ["short", "short"]
    assert dialog.focusWidget() is dialog.fields[0]
    assert dialog.fields[0].selectedText() == "short"
    fill(dialog, "a long passphrase", "a long passphrase")
    assert ctx.locker.enabled
