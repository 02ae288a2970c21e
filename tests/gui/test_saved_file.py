"""A file saved is said where the person is looking, at once, with Open it and Show in folder.

The check-in summary said "Saved to …" at the foot of its scrolling choices, out of sight: a
tired person saw nothing happen and saved again. Every window that saves a file now says it
beside the button, through one shared piece (ui/common/saved_file.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_settings_window import FakeAutostart

from checkin_clock import checkin_on
from checkin_data import TODAY, fill
from footholds.app.build import AppContext
from footholds.ui.common import modal, saved_file
from footholds.ui.common.saved_file import SavedFile
from footholds.ui.help.safety_plan import SafetyPlanWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.settings.settings_window import SettingsWindow


class FakeDesktop:
    """QDesktopServices as the tests see it: what would be opened, never opened."""

    opened: ClassVar[list[QUrl]] = []
    answer: ClassVar[bool] = True  # False: no app took it

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:
        cls.opened.append(url)
        return cls.answer


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> type[FakeDesktop]:
    FakeDesktop.opened = []
    FakeDesktop.answer = True
    monkeypatch.setattr(saved_file, "QDesktopServices", FakeDesktop)
    # not xdg-open either, nor a file manager asked to show the file: nothing is really opened
    monkeypatch.setattr(saved_file.file_open, "hand_over", lambda _path, _finished: False)
    monkeypatch.setattr(saved_file.file_open, "show_item", lambda _path, _finished: False)
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
    monkeypatch.setattr(modal, "save_file", lambda *_args, **_kw: (str(path), kind))


def test_the_summary_saved_is_said_beside_save_as_at_once(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desktop: type[FakeDesktop],
) -> None:
    fill(ctx.store)
    checkin_on(monkeypatch, TODAY)
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitExposed(window)
    window.resize(1040, 560)  # a short screen: the choices scroll
    settle(qtbot, window)
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
    settle(qtbot, window)  # and once the window has come to rest
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
    assert window.output.export_to(tmp_path / "first.md")
    room = window.status.geometry()
    assert not window.output.export_to(tmp_path / "no-such-folder" / "x.md")
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


def _saved(qtbot: QtBot, tmp_path: Path) -> SavedFile:
    status = SavedFile()
    qtbot.addWidget(status)
    status.show()
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"%PDF-1.4")
    status.saved(target)
    return status


def test_open_it_with_no_app_for_the_file_says_so_and_offers_the_folder(
    qtbot: QtBot, tmp_path: Path, desktop: type[FakeDesktop]
) -> None:
    status = _saved(qtbot, tmp_path)
    room = status.open_it.geometry(), status.show_folder.geometry()
    desktop.answer = False
    qtbot.mouseClick(status.open_it, Qt.MouseButton.LeftButton)
    assert status.text() == (
        "No app on this computer opens this kind of file. Show in folder finds it."
    )
    assert status.open_it.isHidden() and status.show_folder.isVisible()
    assert str(tmp_path / "summary.pdf") in status.line.toolTip()  # where it is, still
    assert (status.open_it.geometry(), status.show_folder.geometry()) == room  # nothing moved
    qtbot.mouseClick(status.show_folder, Qt.MouseButton.LeftButton)
    assert desktop.opened[-1] == QUrl.fromLocalFile(str(tmp_path))


def test_xdg_open_finding_no_app_is_said_too(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Linux Qt says "opened" once xdg-open has started; its exit status tells the truth."""
    import threading

    def no_method(_path: Path, finished: Callable[[int], object]) -> bool:
        threading.Thread(target=finished, args=(3,)).start()  # "no method available"
        return True

    monkeypatch.setattr(saved_file.file_open, "hand_over", no_method)
    status = _saved(qtbot, tmp_path)
    status.open_it.click()
    qtbot.waitUntil(lambda: "No app on this computer" in status.text())
    assert status.open_it.isHidden() and status.show_folder.isVisible()


def test_a_file_manager_that_does_not_open_is_said(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        saved_file.file_open, "hand_over", lambda _path, finished: finished(4) or True
    )
    monkeypatch.setattr(saved_file.file_open, "show_item", lambda _path, _finished: False)
    status = _saved(qtbot, tmp_path)
    status.show_folder.click()
    assert (
        status.text()
        == f"No file manager opened the folder. The file is {tmp_path / 'summary.pdf'}"
    )


def test_a_late_answer_about_an_older_file_says_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = _saved(qtbot, tmp_path)
    status.opener.not_opened.emit(str(tmp_path / "older.pdf"))
    assert status.text() == f"Saved to {tmp_path / 'summary.pdf'}"
