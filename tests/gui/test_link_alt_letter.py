"""A link button's Alt letter, seen: a link is underlined whole, so the line under its Alt
letter ("&Get help now") was lost in it. While Alt is held in its window a link's own
underline goes and only its letter's line shows (as GNOME shows Alt letters while Alt is
held); let go, the link is underlined whole again. The letter presses the link as ever."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import buttons
from footholds.ui.common.alt_letters import letter
from footholds.ui.common.link_letters import ALT_HELD
from footholds.ui.proofs.affirmation import AffirmationWindow

ALT = Qt.KeyboardModifier.AltModifier


def _window(qtbot: QtBot) -> tuple[QWidget, QPushButton, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    link = buttons.link("&Open the folder")
    other = buttons.quiet("&Save")
    layout.addWidget(link)
    layout.addWidget(other)
    layout.addWidget(buttons.link("Change country"))  # no Alt letter of its own
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other.setFocus()
    return window, link, other


def test_holding_alt_shows_a_links_letter_alone(ctx: AppContext, qtbot: QtBot) -> None:
    window, link, other = _window(qtbot)
    assert link.font().underline()  # a link, underlined whole
    qtbot.keyPress(other, Qt.Key.Key_Alt, ALT)
    assert link.property(ALT_HELD)
    assert not link.font().underline()  # only the Alt letter's own line now
    assert not other.font().underline()
    # a link with no Alt letter has nothing to show: it stays underlined, a link
    [plain] = [b for b in window.findChildren(QPushButton) if b.text() == "Change country"]
    assert plain.font().underline()
    qtbot.keyRelease(other, Qt.Key.Key_Alt)
    assert not link.property(ALT_HELD)
    assert link.font().underline()


def test_leaving_the_window_with_alt_held_underlines_the_link_again(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window, link, other = _window(qtbot)
    qtbot.keyPress(other, Qt.Key.Key_Alt, ALT)
    assert not link.font().underline()
    window.hide()  # Alt+Tab: the release goes to another window
    window.show()
    qtbot.waitExposed(window)
    assert link.font().underline()


def test_the_letter_presses_the_link(ctx: AppContext, qtbot: QtBot) -> None:
    _, link, other = _window(qtbot)
    assert letter(link.text()) == "o"
    with qtbot.waitSignal(link.clicked, timeout=2000):
        qtbot.keyClick(other, Qt.Key.Key_O, ALT)


def test_the_help_link_in_a_window_shows_its_letter(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(AffirmationWindow, ctx.windows.show("affirmation"))
    qtbot.waitExposed(window)
    help_link = window.help_link.button
    assert letter(help_link.text()) == "g"
    assert help_link.font().underline()
    focused = window.focusWidget() or window
    qtbot.keyPress(focused, Qt.Key.Key_Alt, ALT)
    assert not help_link.font().underline()
    qtbot.keyRelease(focused, Qt.Key.Key_Alt)
    assert help_link.font().underline()
