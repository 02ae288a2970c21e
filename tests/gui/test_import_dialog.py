"""The import dialog opens with the keyboard on Choose file, its first step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.settings.import_dialog import ImportDialog


def test_focus_starts_on_choose_file_and_enter_opens_the_chooser(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def chooser(parent: QWidget, title: str, folder: str, kinds: str) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # closed without a choice

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()  # as Settings → Your data → Import… opens it
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.choose
    assert dialog.path.isReadOnly() and not dialog.path.hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert asked == ["Choose a file to import"]
    assert dialog.isVisible() and dialog.path.text() == ""
