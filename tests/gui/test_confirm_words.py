"""One wording for the button that leaves things as they are: every confirmation says "Keep
it", as removing an entry or a session does (resetting a Settings page said "Cancel"), in
Spanish too; and an import with nothing new in its file keeps the Cancel its sibling, Restore
a backup, has (it said "Close"), telling a screen reader there is nothing to import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from test_import_dialog import footholds_export
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.core.settings import LISTS_SECTION
from footholds.ui.common import i18n
from footholds.ui.common.buttons import plain
from footholds.ui.common.prompter import Prompter
from footholds.ui.settings.import_dialog import ImportDialog
from footholds.ui.settings.settings_window import SettingsWindow


def answered(choose: str) -> list[list[str]]:
    """The buttons of the next question, then the one named `choose` clicked."""
    seen: list[list[str]] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append([plain(b.text()) for b in box.buttons() if b.isVisible()])
        named = [b for b in box.buttons() if plain(b.text()) == choose]
        (named[0] if named else box.defaultButton()).click()  # never left open

    QTimer.singleShot(10, act)
    return seen


@pytest.mark.parametrize(("language", "keep"), [("en", "Keep it"), ("es", "Mantener")])
def test_a_confirmation_keeps_with_the_same_words_as_a_removal(
    qapp: QApplication, language: str, keep: str
) -> None:
    i18n.install(qapp, language)
    try:
        prompter = Prompter()
        seen = answered(keep)
        assert prompter.confirm(None, "Remove this session?", "Remove") is False
        later = answered(keep)
        assert prompter.ask(None, "Reset to defaults", "Put it back?", "Reset this page") is False
        assert keep in seen[0] and keep in later[0]
    finally:
        i18n.remove(qapp)


def test_resetting_a_settings_page_offers_keep_it(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication
) -> None:
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(LISTS_SECTION)
    ctx.settings.set("lists.parts", ["the tired kid"])
    seen = answered("Keep it")
    window.reset_buttons[LISTS_SECTION].click()
    assert sorted(seen[0]) == ["Keep it", "Reset this page"]
    assert ctx.settings["lists.parts"] == ["the tired kid"]  # kept as it was


@pytest.mark.parametrize(("language", "close"), [("en", "Cancel"), ("es", "Cancelar")])
def test_a_file_with_nothing_new_keeps_cancel(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, language: str, close: str
) -> None:
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        dialog = ImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        path = footholds_export(tmp_path / "export.json", ctx.settings["lists.feelings"])
        dialog.set_file(path)
        qtbot.waitUntil(dialog.choose.isEnabled)
        dialog.import_button.click()  # its one entry comes in
        qtbot.waitUntil(dialog.choose.isEnabled)
        dialog.set_file(path)  # the same file again: nothing new in it
        qtbot.waitUntil(dialog.choose.isEnabled)
        assert not dialog.import_button.isEnabled()
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert button.text() == close
        assert "without importing" not in button.accessibleDescription()
        dialog.set_file(tmp_path / "not there.json")  # a file that cannot be read: the same
        qtbot.waitUntil(dialog.choose.isEnabled)
        assert button.text() == close
    finally:
        i18n.remove(ctx.app)


def test_a_new_file_with_something_in_it_offers_cancel_again(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    empty = footholds_export(tmp_path / "a.json", ctx.settings["lists.feelings"])
    dialog.set_file(empty)
    qtbot.waitUntil(dialog.choose.isEnabled)
    dialog.import_button.click()
    qtbot.waitUntil(dialog.choose.isEnabled)
    dialog.set_file(footholds_export(tmp_path / "b.json", ["a feeling not there yet"]))
    qtbot.waitUntil(dialog.choose.isEnabled)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel" and "without importing" in cancel.accessibleDescription()
