"""A paste into a one-line field that holds invisible controls (a bell, an escape, the marks
that turn text around) and more words than fit: the controls go first and the words are cut
at the limit after, so the field is full and says so. Cut first, the controls then went and
the field held less than its limit with nothing said: the end of the paste was lost silently."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_limited_fields import WINDOWS, _limited_fields, _open, _quiet, _saying

from footholds.app.build import AppContext
from footholds.ui.common.limits import cut_words, field_limit, limit_words, limited
from support import present, words_under

CONTROLS = "\x07\x1b\u202e\u202c"


def _paste_of(limit: int) -> str:
    """Controls all through it, and words past the limit once they are left out."""
    return "".join(f"{CONTROLS}word{i} " for i in range(limit))


def test_a_paste_with_controls_keeps_as_much_as_fits_and_says_the_rest_did_not(
    qtbot: QtBot,
) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 40, said.append)
    qtbot.addWidget(field)
    pasted = _paste_of(40)
    words = pasted.replace("\x07", "").replace("\x1b", "")
    words = words.replace("\u202e", "").replace("\u202c", "")
    QGuiApplication.clipboard().setText(pasted)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == words[:40]
    assert said == [cut_words(40)]  # its end was left out
    field.undo()  # one Undo takes back the whole paste, as a box does
    assert field.text() == ""

    field.paste()  # as from the field's menu (and a middle click or a drop)
    assert field.text() == words[:40]
    assert said[-1] == cut_words(40)


def test_a_key_at_the_limit_is_left_out_and_said_and_undo_still_works(qtbot: QtBot) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 5, said.append)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "abcd")
    assert said == []
    qtbot.keyClicks(field, "ef")
    assert field.text() == "abcde"
    assert said[-1] == limit_words(5)
    field.undo()
    assert len(field.text()) < 5  # typing at the limit left the field's Undo whole
    assert said[-1] == ""


def test_controls_alone_go_and_a_short_paste_stays_whole(qtbot: QtBot) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 20, said.append)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "ab")
    QGuiApplication.clipboard().setText(f"{CONTROLS}x{CONTROLS}y")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "abxy"
    QGuiApplication.clipboard().setText(CONTROLS)
    field.paste()
    assert field.text() == "abxy"
    assert said == []
    returned: list[bool] = []
    field.returnPressed.connect(lambda: returned.append(True))
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the field still takes Enter (Add)
    assert returned == [True]


@pytest.mark.parametrize("name", WINDOWS)
def test_every_limited_line_says_its_limit_for_a_paste_with_controls(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    window = _open(ctx, name)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    for field in _limited_fields(window):
        limit = present(field_limit(field))
        words = cut_words(limit)  # the end of the paste was left out
        field.clear()
        field.setFocus()
        QGuiApplication.clipboard().setText(_paste_of(limit))
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert len(field.text()) == limit, field.accessibleName()
        (said,) = _saying(window, words)
        # in its one line, whole: the longer words neither cut off nor over what is below
        shown = said.fontMetrics().horizontalAdvance(words)
        assert shown <= said.contentsRect().width(), (field.accessibleName(), shown)
        assert words_under(said) == [], field.accessibleName()
        qtbot.keyClick(field, "\b")
        qtbot.waitUntil(partial(_quiet, window, words))
        field.clear()


def test_a_paste_cut_to_fit_still_counts_as_typed(qtbot: QtBot) -> None:
    """A paste mended to fit (by the menu, a middle click or a drop) went in through Qt's own
    setText, which clears the "modified" mark that keeps unsaved words: a window holding
    only that paste was closed without keeping them (Today's add field, drafts)."""
    from footholds.ui.common import kept_words

    field = limited(QLineEdit(), 80, lambda _said: None)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    long = "Go outside for ten minutes, even just to the end of the street and back again slowly"
    QGuiApplication.clipboard().setText(long)
    field.setFocus()
    field.paste()  # the menu's Paste, not the Ctrl+V the field handles itself
    assert field.text() == long[:80]
    assert field.isModified()
    assert kept_words.typed({"words": field}) == {"words": long[:80]}
