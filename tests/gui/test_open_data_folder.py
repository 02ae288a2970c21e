"""Open data folder (Settings › Your data, and About): when no file manager opens the folder,
it says so beside the button, with the folder's path to copy, and nothing moves."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import saved_file
from footholds.ui.common.saved_file import OpenFolder
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.about import AboutWindow


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No file manager on this computer: Qt says so, and xdg-open is not the way."""
    asked: list[str] = []

    class NoFileManager:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            asked.append(url.toLocalFile())
            return False

    monkeypatch.setattr(saved_file, "QDesktopServices", NoFileManager)
    monkeypatch.setattr(saved_file.file_open, "hand_over", lambda _path, _finished: False)
    return asked


def _place(widget: QWidget) -> tuple[int, int, int, int]:
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (top_left.x(), top_left.y(), widget.width(), widget.height())


def _click_and_check(place: OpenFolder, below: QWidget, folder: Path, asked: list[str]) -> None:
    QApplication.processEvents()
    before = (_place(place.button), _place(below))
    place.button.click()
    QApplication.processEvents()
    assert asked == [str(folder)]
    words = place.line.text()
    assert words.startswith("No file manager opened it.") and str(folder) in words
    assert place.line.isVisible() and place.line.width() > place.button.width()
    flags = place.line.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse  # the path can be copied
    assert (_place(place.button), _place(below)) == before  # nothing moved


def test_settings_says_when_no_file_manager_opens_the_data_folder(
    ctx: AppContext, qtbot: QtBot, opened: list[str]
) -> None:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    page = window.data_page
    qtbot.waitUntil(page.isVisible)
    _click_and_check(page.open_folder, page.backup_button, ctx.paths.data_dir, opened)


def test_about_says_when_no_file_manager_opens_the_data_folder(
    ctx: AppContext, qtbot: QtBot, opened: list[str]
) -> None:
    window = cast(AboutWindow, ctx.windows.show("about"))
    qtbot.waitExposed(window)
    _click_and_check(window.open_place, window.help_link, ctx.paths.data_dir, opened)


def test_a_file_manager_that_opens_it_says_nothing(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        saved_file.file_open, "hand_over", lambda _path, finished: finished(0) or True
    )
    window = cast(AboutWindow, ctx.windows.show("about"))
    qtbot.waitExposed(window)
    window.open_folder.click()
    QApplication.processEvents()
    assert window.open_place.line.text() == ""
