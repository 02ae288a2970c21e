"""A file saved is said where the person is looking, at once, with Open it and Show in folder.

The check-in summary said "Saved to …" at the foot of its scrolling choices, out of sight: a
tired person saw nothing happen and saved again. Every window that saves a file now says it
beside the button, through one shared piece (ui/common/saved_file.py)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from checkin_data import TODAY, fill
from footholds.app.build import AppContext
from footholds.ui.common import saved_file
from footholds.ui.common.saved_file import SavedFile
from footholds.ui.help.safety_plan import SafetyPlanWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.settings.settings_window import SettingsWindow


class FakeDesktop:
    """QDesktopServices as the tests see it: what would be opened, never opened."""

    opened: ClassVar[list[QUrl]] = []

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:
        cls.opened.append(url)
        return True


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> type[FakeDesktop]:
    FakeDesktop.opened = []
    monkeypatch.setattr(saved_file, "QDesktopServices", FakeDesktop)
    return FakeDesktop


def in_sight(widget: QWidget) -> bool:
    """Shown, inside its window's visible area, and not clipped away by a scroll area."""
    window = widget.window()
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (
        widget.isVisible()
        and window.rect().contains(place)
        and widget.visibleRegion().boundingRect().size() == widget.size()
    )


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path, kind: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), kind))


def test_the_summary_saved_is_said_beside_save_as_at_once(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desktop: type[FakeDesktop],
) -> None:
    fill(ctx.store)
    monkeypatch.setattr(CheckinWindow, "today", lambda self: TODAY)
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitExposed(window)
    window.resize(1040, 560)  # a short screen: the choices scroll
    qtbot.wait(50)
    window.choices.verticalScrollBar().setValue(0)  # the person is at the top of the choices
    status = window.status
    assert not window.choices.isAncestorOf(status)  # never at the foot of what scrolls
    before = (window.save_button.geometry(), window.preview.geometry(), status.geometry())
    target = tmp_path / "summary.pdf"
    save_dialog_answers(monkeypatch, target, window.tr("PDF (*.pdf)"))

    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)

    assert target.read_bytes().startswith(b"%PDF")
    assert status.text() == f"Saved to {target}"
    assert in_sight(status.line) and in_sight(status.open_it) and in_sight(status.show_folder)
    assert window.choices.verticalScrollBar().value() == 0  # seen without scrolling
    # its room was kept: nothing moved when it spoke
    assert (window.save_button.geometry(), window.preview.geometry(), status.geometry()) == before
    assert status.line.geometry().bottom() <= window.save_button.geometry().bottom() + 12

    qtbot.mouseClick(status.open_it, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(status.show_folder, Qt.MouseButton.LeftButton)
    assert desktop.opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(tmp_path))]
    assert all(url.isLocalFile() for url in desktop.opened)  # no network

    window.close()
    window.present()  # reopened: last time's file is not news
    assert status.text() == "" and not status.open_it.isVisible()


def test_a_file_not_written_offers_nothing_to_open(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitExposed(window)
    assert window.export_to(tmp_path / "first.md")
    room = window.status.geometry()
    assert not window.export_to(tmp_path / "no-such-folder" / "x.md")
    assert "could not be written" in window.status.text() and in_sight(window.status.line)
    assert not window.status.open_it.isVisible() and not window.status.show_folder.isVisible()
    assert window.status.geometry() == room


def test_the_safety_plan_saved_is_said_above_its_buttons(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, desktop: type[FakeDesktop]
) -> None:
    window = cast(SafetyPlanWindow, ctx.windows.show("safety-plan"))
    qtbot.waitExposed(window)
    window.fields["sp-reasons"].setPlainText("The sea in June")
    target = tmp_path / "plan.html"
    assert window.output.export_to(target)
    status = window.status
    assert isinstance(status, SavedFile) and status.text() == f"Saved to {target}"
    assert in_sight(status.line) and in_sight(status.open_it)
    status.open_it.click()
    assert desktop.opened == [QUrl.fromLocalFile(str(target))]


def test_settings_exports_and_backups_offer_their_file_and_folder(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, desktop: type[FakeDesktop]
) -> None:
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present()
    page = window.data_page
    target = tmp_path / "mine.json"
    assert page.export(target) == 0
    assert page.status.path == target and not page.status.open_it.isHidden()
    made = page.back_up()
    assert made is not None and page.status.path == made
    # a backup is for restoring: its folder, not the file, is offered
    assert page.status.open_it.isHidden() and not page.status.show_folder.isHidden()
    page.status.show_folder.click()
    assert desktop.opened == [QUrl.fromLocalFile(str(made.parent))]
