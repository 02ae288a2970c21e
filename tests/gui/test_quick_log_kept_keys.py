"""The quick log's line for words kept by another version ("See them · Let them go", and
"Copy them" under it) from the keyboard alone: Tab reaches each link in reading order, Enter
and Space press them, and each underlines an Alt letter that no other in the quick log takes,
in English and in Spanish, chosen as the line shows (ui/common/alt_letters.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from alt_letter_support import alt_letters
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.common.alt_letters import letter
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.journal.quick_log_kept import UnreadKept
from support import present

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    code = cast(str, request.param)
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    yield code
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


def with_kept_words(ctx: AppContext, qtbot: QtBot) -> tuple[QuickLogWindow, UnreadKept]:
    window = cast(QuickLogWindow, ctx.windows.show("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    window.bring_back({"note": "the words I wrote", "colour": "blue"})
    line = present(window._unread)
    qtbot.waitUntil(line.isVisible)
    return window, line


def tabbed_to(qtbot: QtBot, window: QWidget, goal: QWidget) -> list[QWidget]:
    """Tab from where the keyboard is until it reaches `goal`; the stops on the way."""
    stops: list[QWidget] = []
    for _ in range(80):
        here = present(QApplication.focusWidget())
        if here is goal:
            return stops
        stops.append(here)
        qtbot.keyClick(here, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {goal.accessibleName()!r}")


def test_tab_reaches_each_link_and_enter_or_space_presses_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, line = with_kept_words(ctx, qtbot)
    tabbed_to(qtbot, window, line.see)
    qtbot.keyClick(line.see, Qt.Key.Key_Return)
    assert line.see.isChecked() and line.seen.isVisible()
    qtbot.keyClick(line.see, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is line.let_go
    qtbot.keyClick(line.let_go, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is line.copy
    qtbot.keyClick(line.copy, Qt.Key.Key_Space)
    assert present(QGuiApplication.clipboard()).text() == line.words.text()
    asked: list[str] = []

    def ask(*words: str) -> bool:
        asked.append(words[1])
        return False  # "Keep them": nothing goes

    monkeypatch.setattr(ctx.prompter, "ask", lambda _parent, *words: ask(*words))
    line.let_go.setFocus()
    qtbot.keyClick(line.let_go, Qt.Key.Key_Enter)
    assert len(asked) == 1 and line.isVisible()
    line.see.setFocus()
    qtbot.keyClick(line.see, Qt.Key.Key_Space)
    assert not line.see.isChecked()


def test_its_links_have_alt_letters_clear_of_the_quick_logs(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    window, line = with_kept_words(ctx, qtbot)
    window.sleep.show()  # a morning's question with the rest: its letters too
    line.see.setChecked(True)  # Copy them shows
    for link in (line.see, line.let_go, line.copy):
        key = letter(link.text())
        assert key, link.text()
        assert key not in alt_letters(window, link), (link.text(), alt_letters(window, link))
        assert "&" not in link.accessibleName()
    line.see.setChecked(False)  # "Hide them" back to "See them": a letter still
    assert letter(line.see.text())
    # Alt and See's letter from the note shows the words, and types nothing into it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.note.setFocus()
    key = letter(line.see.text())
    qtbot.keyClick(window.form.note, getattr(Qt.Key, f"Key_{key.upper()}"), ALT)
    qtbot.waitUntil(line.see.isChecked)
    assert window.form.note.toPlainText() == "the words I wrote"
