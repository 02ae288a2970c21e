"""A one-line field says the end of words put in at once was left out: a long message pasted
into Reach out's note, a goal's name or Settings' own words kept its start, and the field said
only "Up to … characters fit here.", as if the paste had fit. Typing up to the limit still says
only the limit: nothing the person typed was lost but the key just pressed."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QInputMethodEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from settling import settle
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.ui.common.limits import cut_words, limit_words, limited
from footholds.ui.settings.list_editors import ListEditor
from footholds.ui.settings.settings_window import SettingsWindow
from support import present

LONG = "a long message " * 667  # 10 005 characters, as a whole letter pasted at once


def _by_key(field: QLineEdit, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText(LONG)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _by_menu(field: QLineEdit, _qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText(LONG)
    field.paste()  # the field's menu; a middle click goes the same way


def _dropped(field: QLineEdit, _qtbot: QtBot) -> None:
    data = QMimeData()
    data.setText(LONG)
    at = field.rect().center()
    how = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(field, QDragEnterEvent(at, *how))  # a drop is taken after these
    QApplication.sendEvent(field, QDragMoveEvent(at, *how))
    QApplication.sendEvent(field, QDropEvent(QPointF(at), *how))


def _from_input_method(field: QLineEdit, _qtbot: QtBot) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(LONG)
    QApplication.sendEvent(field, event)


WAYS: dict[str, Callable[[QLineEdit, QtBot], None]] = {
    "paste by key": _by_key,
    "paste from the menu": _by_menu,
    "drop": _dropped,
    "input method": _from_input_method,
}


@pytest.mark.parametrize("way", list(WAYS))
def test_a_long_paste_says_the_rest_was_left_out(qtbot: QtBot, way: str) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 40, said.append)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    WAYS[way](field, qtbot)
    assert field.text() == LONG[:40]
    assert said == [cut_words(40)]


@pytest.mark.parametrize("way", list(WAYS))
def test_a_paste_into_a_full_field_says_the_rest_was_left_out(qtbot: QtBot, way: str) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 5, said.append)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    qtbot.keyClicks(field, "abcde")
    field.end(False)
    WAYS[way](field, qtbot)  # nothing of it fits
    assert field.text() == "abcde"
    assert said == [limit_words(5), cut_words(5)]


def test_typing_to_the_limit_and_past_it_says_the_limit(qtbot: QtBot) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 5, said.append)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "abcde")
    assert said == [limit_words(5)]
    qtbot.keyClicks(field, "fg")  # each key at the limit is left out, and the limit said
    assert field.text() == "abcde"
    assert set(said) == {limit_words(5)}


def test_a_paste_that_just_fits_says_the_limit_only(qtbot: QtBot) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 10, said.append)
    qtbot.addWidget(field)
    QGuiApplication.clipboard().setText("0123456789")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert said == [limit_words(10)]  # all of it fit: nothing was left out
    field.clear()
    field.paste()
    assert said[-1] == limit_words(10)


def test_after_a_cut_paste_typing_to_the_limit_says_the_limit(qtbot: QtBot) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 40, said.append)
    qtbot.addWidget(field)
    field.setFocus()
    QGuiApplication.clipboard().setText(LONG)
    field.paste()
    assert said[-1] == cut_words(40)
    qtbot.keyClick(field, "\b")  # back under the limit: the words go
    assert said[-1] == ""
    qtbot.keyClicks(field, "x")  # typed back up to it: only the limit, nothing was cut
    assert said[-1] == limit_words(40)


def test_a_paste_by_key_over_a_selection_keeps_what_fits_and_says_the_rest_did_not(
    qtbot: QtBot,
) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 5, said.append)
    qtbot.addWidget(field)
    field.setText("abcde")
    field.setSelection(1, 2)  # "bc" gives back room for two
    _by_key(field, qtbot)
    assert field.text() == "a" + LONG[:2] + "de"
    assert said == [cut_words(5)]


@pytest.mark.parametrize("width", ["narrowest", "wide"])
def test_my_lists_says_a_cut_paste_in_room_kept_for_it(
    ctx: AppContext, qtbot: QtBot, width: str
) -> None:
    """Settings keeps room under a list for the lines its field may bring: the longer words
    of a cut paste move nothing below them either."""
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(section="My lists")
    qtbot.waitExposed(window)
    window.resize(window.minimumWidth() if width == "narrowest" else 900, window.height())
    settle(qtbot, window)
    row = window.rows["lists.wins"]
    editor = cast(ListEditor, row.editor)
    page = present(row.field.parentWidget())
    below = [window.rows["lists.parts"].editor, window.suggestions]

    def places() -> list[int]:
        QApplication.processEvents()
        return [w.mapTo(page, w.rect().topLeft()).y() for w in below]

    before = places()
    editor.new_text.setFocus()
    _by_key(editor.new_text, qtbot)
    limit = row.setting.max_length
    assert editor.new_text.text() == LONG[:limit]
    assert row.error.isVisible() and row.error.text() == cut_words(limit)
    settle(qtbot, window)
    assert places() == before
