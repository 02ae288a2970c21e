"""ui/common/undo.py: one Undo strip for every window. Nothing moves when it comes and goes,
Ctrl+Z undoes while it shows (even from a text field), and a long name cannot widen it."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from footholds.ui.common import undo

UI = Path(undo.__file__).resolve().parents[1]


def window_with_strip(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QPushButton, undo.UndoBar]:
    page = QWidget()
    column = QVBoxLayout(page)
    field = QLineEdit()
    strip = undo.UndoBar()
    below = QPushButton("Add medicine")
    column.addWidget(field)
    column.addWidget(strip)
    column.addWidget(below)
    qtbot.addWidget(page)
    page.resize(420, 240)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # Ctrl+Z is the window's
    return page, field, below, strip


def test_nothing_moves_when_the_strip_comes_and_goes(qapp: QApplication, qtbot: QtBot) -> None:
    _page, _field, below, strip = window_with_strip(qtbot)
    before = below.geometry()
    strip.offer("Removed.", lambda: None)
    qapp.processEvents()
    assert strip.isVisible()
    assert below.geometry() == before
    strip.dismiss()
    qapp.processEvents()
    assert not strip.isVisible()
    assert below.geometry() == before


def test_ctrl_z_undoes_even_from_a_text_field_with_its_own_history(
    qapp: QApplication, qtbot: QtBot
) -> None:
    _page, field, _below, strip = window_with_strip(qtbot)
    field.setFocus()
    QTest.keyClicks(field, "Sertraline")
    field.clear()  # the field now has something of its own to undo
    assert field.isUndoAvailable()
    calls: list[str] = []
    strip.offer("Sertraline removed.", lambda: calls.append("back"))
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["back"]
    assert field.text() == ""  # the field's own undo did not run as well
    assert not strip.isVisible()
    # with no offer standing, the field has its Ctrl+Z back
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["back"]
    assert field.text() == "Sertraline"


def test_undo_happens_once_and_not_after_the_offer_ends(qapp: QApplication, qtbot: QtBot) -> None:
    _page, _field, below, strip = window_with_strip(qtbot)
    calls: list[int] = []
    strip.offer("Removed.", lambda: calls.append(1), seconds=1)
    qtbot.mouseClick(strip.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(strip.button, Qt.MouseButton.LeftButton)
    assert calls == [1]
    strip.offer("Removed.", lambda: calls.append(2), seconds=1)
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=3000)
    below.setFocus()
    QTest.keyClick(below, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert calls == [1]


def test_resting_the_pointer_on_the_strip_holds_it_open(qapp: QApplication, qtbot: QtBot) -> None:
    _page, _field, _below, strip = window_with_strip(qtbot)
    strip.offer("Removed.", lambda: None, seconds=1)
    inside = QPointF(5, 5)
    QApplication.sendEvent(
        strip, QEnterEvent(inside, inside, QPointF(strip.mapToGlobal(QPoint(5, 5))))
    )
    assert not strip.timer.isActive()
    qtbot.wait(1300)
    assert strip.isVisible()
    QApplication.sendEvent(strip, QEvent(QEvent.Type.Leave))
    assert strip.timer.isActive()
    assert strip.timer.interval() == undo.STAY_AFTER_POINTER_MS


def test_a_long_name_is_shortened_not_widening_the_window(qapp: QApplication, qtbot: QtBot) -> None:
    page, _field, _below, strip = window_with_strip(qtbot)
    width = page.width()
    name = "Sertraline" + "x" * 300
    strip.offer(f"{name} removed.", lambda: None)
    qapp.processEvents()
    assert page.width() == width
    assert page.minimumSizeHint().width() < 420
    shown = strip.message.text()
    assert "…" in shown and len(shown) < len(name)
    assert strip.message.toolTip() == f"{name} removed."
    assert strip.message.accessibleName() == f"{name} removed."


def test_a_long_sentence_wraps_whole_and_moves_nothing(qapp: QApplication, qtbot: QtBot) -> None:
    """A sentence longer than the strip is wide is shown whole over two lines, never cut
    in its middle ("…" then dropped "What you want to talk about", s53), and the strip keeps
    the height it has with one line or none."""
    page, _field, below, strip = window_with_strip(qtbot)
    page.resize(640, 240)  # about as wide as Settings' strip
    qapp.processEvents()
    before = below.geometry()
    said = (
        "Removed the session: Sun 13 Dec at 10:40. "
        "What you want to talk about is now with your session on Sun 20 Dec."
    )
    strip.offer(said, lambda: None)
    qapp.processEvents()
    assert strip.message.text() == said
    assert below.geometry() == before
    strip.offer("Removed.", lambda: None)
    qapp.processEvents()
    assert below.geometry() == before


def test_every_window_uses_the_one_strip() -> None:
    """No window builds its own Undo strip: each one imports this module's."""
    others = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == "UndoBar" and path.name != "undo.py":
                others.append(path.name)
            if isinstance(node, ast.ImportFrom) and node.module == "footholds.ui.common.calm":
                assert "UndoBar" not in {a.name for a in node.names}, path
    assert others == []


def test_the_button_follows_a_language_change_with_a_strip_on_screen(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """The strip was worded once, when its window was built: after switching to Español
    with Settings open, its button still said Undo. The message on screen stays as it was
    written; the button, its name and its description change."""
    from footholds.ui.common import i18n

    _page, _field, _below, strip = window_with_strip(qtbot)
    strip.offer("Removed “tired”.", lambda: None)
    assert strip.button.text().replace("&", "") == "Undo"  # its Alt letter aside
    i18n.install(qapp, "es")
    try:
        qtbot.waitUntil(lambda: strip.button.text().replace("&", "") == "Deshacer")
        assert strip.button.accessibleName() == "Deshacer el borrado"
        assert strip.button.accessibleDescription().startswith("Devuelve lo que")
        assert strip.accessibleName() == "Deshacer"
        assert strip.message.whole == "Removed “tired”." and strip.isVisible()
    finally:
        i18n.remove(qapp)
    qtbot.waitUntil(lambda: strip.button.text().replace("&", "") == "Undo")
    assert strip.button.accessibleName() == "Undo the removal"


def test_undo_is_named_for_what_it_undoes(qtbot: QtBot, qapp: QApplication) -> None:
    """One strip offers Undo for a removal and for a reset (Settings): the button was
    announced as "Undo the removal" after a reset too."""
    from footholds.ui.common import i18n

    _page, _field, _below, strip = window_with_strip(qtbot)
    strip.offer("The page is back to how it started.", lambda: None, spoken="Undo the reset")
    assert strip.button.accessibleName() == "Undo the reset"
    assert strip.button.accessibleDescription() == ""  # "what you just removed" is untrue
    i18n.install(qapp, "es")  # the offer's own words stay, as its message does
    try:
        qtbot.waitUntil(lambda: strip.button.text().replace("&", "") == "Deshacer")
        assert strip.button.accessibleName() == "Undo the reset"
    finally:
        i18n.remove(qapp)
    strip.offer("Removed “tired”.", lambda: None)  # the next offer, a removal again
    assert strip.button.accessibleName() == "Undo the removal"
    assert strip.button.accessibleDescription().startswith("Puts back what you just removed")


def test_a_word_put_back_goes_beside_its_nearest_neighbour_of_then() -> None:
    before = ["heavy", "numb", "tired", "anxious", "sad"]
    # nothing changed since: its old row
    assert undo.put_back(["heavy", "numb", "anxious", "sad"], before, 2) == before
    # a word added at the end stays, and stays last
    assert undo.put_back(["heavy", "numb", "anxious", "sad", "wired"], before, 2) == [
        *before,
        "wired",
    ]
    # the one above renamed: before the one that was below
    assert undo.put_back(["heavy", "numb!", "anxious", "sad"], before, 2) == [
        "heavy",
        "numb!",
        "tired",
        "anxious",
        "sad",
    ]
    # the one above moved to the end: after it, where it is now
    assert undo.put_back(["heavy", "anxious", "sad", "numb"], before, 2) == [
        "heavy",
        "anxious",
        "sad",
        "numb",
        "tired",
    ]
    # every neighbour gone: at its old row, or at the end of a shorter list
    assert undo.put_back(["calm", "wired", "ok"], before, 2) == ["calm", "wired", "tired", "ok"]
    assert undo.put_back(["calm"], before, 4) == ["calm", "sad"]
    # typed back in meanwhile: not twice
    assert undo.put_back(["tired", "heavy"], before, 2) == ["tired", "heavy"]
