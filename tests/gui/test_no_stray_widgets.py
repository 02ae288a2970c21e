"""No window leaves a widget without a parent behind it: a parentless widget that only a
Python attribute holds is a top-level widget Python's collector deletes at a moment of its
own, beside windows being released, the way PySide code dies in gc.collect(). Two full runs
died so (the saved line's measuring label); the tough day's help line had another."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.shell.registry import names


def _parentless(window: QWidget, before: set[int]) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and w is not window and w.parent() is None
    ]


@pytest.mark.parametrize("name", names())
def test_a_window_shown_and_resized_makes_no_parentless_widget(ctx: AppContext, name: str) -> None:
    before = {id(w) for w in QApplication.topLevelWidgets()}
    window = ctx.windows.show(name)
    QApplication.processEvents()
    window.resize(window.width() - 120, window.height() + 40)  # measured again, narrower
    QApplication.processEvents()
    assert _parentless(window, before) == []


def test_own_words_measure_with_no_parentless_twin(qtbot: QtBot) -> None:
    """The shared OwnWords measured cut or kept room with a parentless twin label (the
    thought log's quote showed it, and Reach out, the proof list and Today use it too)."""
    from footholds.ui.common.own_words import OwnWords

    before = {id(w) for w in QApplication.topLevelWidgets()}
    words = OwnWords("a thought that goes on for a while " * 8)
    qtbot.addWidget(words)
    words.show_at_most(2)
    words.keep_room(2, ("something else to say",), 3)
    words.heightForWidth(200)
    assert _parentless(words, before) == []
    # and its measuring label keeps none of the words once measured: a lock seals what the
    # windows show, and a tough day open at Lock now still held a proof's words in it
    assert all(label.text() == "" for label in words.findChildren(QLabel))
