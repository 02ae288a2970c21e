"""ui/common/prompter.py: the one way windows ask. Answered here as a person would, by the
keyboard and by clicking, on the real dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from footholds.ui.common.buttons import plain
from footholds.ui.common.prompter import AGAIN, QUIT, STAY, Prompter


def answer(qtbot: QtBot, then: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Act on the dialog as soon as it is up; the list holds it for the test to read. The
    prompter deletes every box once answered (deleteLater), so none is left for Python's
    collector to free at a moment of its own, and none is handed to qtbot, whose teardown
    would close a box already deleted."""
    seen: list[QMessageBox] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        if not box.isActiveWindow():
            # as a desktop gives a dialog just up the focus: alone, before any other window
            # had been active, the box came up inactive offscreen and the focus read None
            box.activateWindow()
            QTimer.singleShot(10, act)
            return
        seen.append(box)
        then(box)

    QTimer.singleShot(10, act)
    return seen


def _by_text(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if plain(b.text()) == text]
    button.click()


def test_ask_with_an_action_names_it_and_enter_keeps_it(qtbot: QtBot) -> None:
    seen = answer(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    assert Prompter().ask(None, "Restore a backup", "Restore it?", "Restore this backup") is False
    [box] = seen
    assert sorted(plain(b.text()) for b in box.buttons()) == ["Keep it", "Restore this backup"]
    assert plain(box.defaultButton().text()) == "Keep it"  # the words of every confirmation
    answer(qtbot, lambda box: _by_text(box, "Restore this backup"))
    assert Prompter().ask(None, "Restore a backup", "Restore it?", "Restore this backup") is True


def test_confirm_names_the_removal_and_escape_keeps_it(qtbot: QtBot) -> None:
    long = "x" * 400
    seen = answer(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert Prompter().confirm(None, f"Remove {long}?", "Remove") is False
    [box] = seen
    assert "\u200b" in box.text()  # the long run may wrap: the dialog stays on the screen
    words = box.findChild(QLabel, "qt_msgbox_label")
    assert words is not None and words.accessibleName() == f"Remove {long}?"  # read as written
    answer(qtbot, lambda box: _by_text(box, "Remove"))
    assert Prompter().confirm(None, "Remove it?", "Remove") is True


def test_enter_on_a_removal_question_keeps_and_keeping_has_the_focus(
    qtbot: QtBot,
) -> None:
    """Remove was the accent, focused default, so Enter (or a second tired press) removed.
    LOOK.md: destructive actions stay quiet until confirmed. Keeping is the default, the
    accent and the focus; Remove is a plain button that goes ahead only when chosen."""
    looked: list[object] = []

    def look_then_enter(box: QMessageBox) -> None:
        default = box.defaultButton()
        focused = QApplication.focusWidget()
        looked.append(plain(default.text()) if default is not None else None)
        looked.append(plain(focused.text()) if isinstance(focused, QPushButton) else focused)
        looked.append(sorted((plain(b.text()), b.property("role")) for b in box.buttons()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    answer(qtbot, look_then_enter)
    assert Prompter().confirm(None, "Remove the entry you wrote today?", "Remove") is False
    assert looked == [
        "Keep it",
        "Keep it",
        [("Keep it", "primary"), ("Remove", "secondary")],
    ]
    answer(qtbot, lambda box: _by_text(box, "Remove"))
    assert Prompter().confirm(None, "Remove the entry you wrote today?", "Remove") is True


def test_try_again_is_the_default_and_quit_anyway_gives_up(qtbot: QtBot) -> None:
    """The quit-time "can't be saved yet" question says what each answer does, and neither
    Enter nor Escape nor the close button loses the entries: Escape and closing keep
    Footholds open, rather than ask the same question again."""
    looked: list[object] = []

    def look_then_enter(box: QMessageBox) -> None:  # the box is gone once it is answered
        looked.extend([box.windowTitle(), box.iconPixmap().isNull()])
        looked.append(sorted(plain(b.text()) for b in box.buttons()))
        default = box.defaultButton()
        looked.append(plain(default.text()) if default is not None else None)
        QTest.keyClick(box, Qt.Key.Key_Return)

    answer(qtbot, look_then_enter)
    assert Prompter().try_again(None, "They will be lost.") == AGAIN
    assert looked == [
        "Footholds",
        False,  # the app's own mark, not Qt's yellow warning sign
        ["Keep Footholds open", "Quit anyway", "Try again"],
        "Try again",
    ]
    answer(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert Prompter().try_again(None, "They will be lost.") == STAY

    def close(box: QMessageBox) -> None:  # the title bar's close button
        box.close()

    answer(qtbot, close)
    assert Prompter().try_again(None, "They will be lost.") == STAY
    answer(qtbot, lambda box: _by_text(box, "Keep Footholds open"))
    assert Prompter().try_again(None, "They will be lost.") == STAY
    answer(qtbot, lambda box: _by_text(box, "Quit anyway"))
    assert Prompter().try_again(None, "They will be lost.") == QUIT


def test_try_again_closes_itself_once_what_it_waits_for_is_settled(qtbot: QtBot) -> None:
    """What could not be saved was saved while the question was up: it goes, as tried again,
    rather than stay saying the entries can't be saved."""
    from PySide6.QtCore import QObject, Signal

    class Saved(QObject):
        done = Signal()

    saved = Saved()
    seen = answer(qtbot, lambda _box: saved.done.emit())
    assert Prompter().try_again(None, "They will be lost.", saved.done) == AGAIN
    assert len(seen) == 1 and not seen[0].isVisible()
    saved.done.emit()  # no box now: nothing to click, nothing breaks


def test_every_dialog_wears_the_app_s_buttons_and_no_stock_picture(qtbot: QtBot) -> None:
    """Confirm, ask, warn, try again and inform look like the rest of the app: the answer
    Enter gives is the accent button, the others plain ones, and no Qt stock icon (a blue "?",
    a yellow "!") shows; a note has the app's own line mark instead."""
    looked: list[tuple[str, str, list[tuple[str, object]], bool]] = []

    def look_then_enter(box: QMessageBox) -> None:
        roles = sorted((plain(b.text()), b.property("role")) for b in box.buttons())
        default = box.defaultButton()
        assert default is not None
        looked.append((plain(default.text()), str(box.icon()), roles, box.iconPixmap().isNull()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    prompter = Prompter()
    answer(qtbot, look_then_enter)
    # Enter keeps: a removal goes ahead only on a click of its plain button
    assert prompter.confirm(None, "Remove Dr Lee from your numbers?", "Remove") is False
    answer(qtbot, look_then_enter)
    assert prompter.ask(None, "Restore", "Restore it?", "Restore this backup") is False
    answer(qtbot, look_then_enter)
    prompter.warn(None, "The folder cannot be written.")
    answer(qtbot, look_then_enter)
    prompter.inform(None, "That date is in the future.")
    no_icon = str(QMessageBox.Icon.NoIcon)
    assert looked == [
        ("Keep it", no_icon, [("Keep it", "primary"), ("Remove", "secondary")], True),
        (
            "Keep it",
            no_icon,
            [("Keep it", "primary"), ("Restore this backup", "secondary")],
            True,
        ),
        ("Got it", str(QMessageBox.Icon.NoIcon), [("Got it", "primary")], False),
        ("Got it", str(QMessageBox.Icon.NoIcon), [("Got it", "primary")], False),
    ]


def test_the_spanish_keep_answer_agrees_with_whatever_is_removed(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """ "¿Quitar la entrada…?" offered "Mantenerlo": the one answer beside every removal
    (la entrada, el medicamento, la sesión…) names no "it", so it agrees with all of them."""
    from footholds.ui.common import i18n

    i18n.install(qapp, "es")
    try:
        seen = answer(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
        question = "¿Quitar la entrada que escribiste hoy a las 21:20?"
        assert Prompter().confirm(None, question, "Quitar") is False
        [box] = seen
        assert sorted(plain(b.text()) for b in box.buttons()) == ["Mantener", "Quitar"]
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_answer_has_an_alt_letter_of_its_own(
    qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    """A keyboard tour found "Remove?" with Remove and Keep it underlining nothing: every
    answer of every question underlines a letter of its own words, no two the same, in either
    language, and Alt with that letter gives that answer."""
    from footholds.ui.common import alt_letters, i18n

    if language == "es":
        i18n.install(qapp, "es")
    try:
        looked: list[list[str]] = []

        def look_then_escape(box: QMessageBox) -> None:
            looked.append([b.text() for b in box.buttons() if b.text()])
            QTest.keyClick(box, Qt.Key.Key_Escape)

        prompter = Prompter()
        remove = QApplication.translate("GoalsSection", "Remove goal")
        for action in ("Remove", remove, "Keep"):  # "Keep" against "Keep it": K twice
            answer(qtbot, look_then_escape)
            prompter.confirm(None, "Remove it?", action)
        answer(qtbot, look_then_escape)
        prompter.ask(None, "Restore", "Restore it?", "Restore this backup")
        answer(qtbot, look_then_escape)
        prompter.ask_or_later(None, "Let it go?", "Let it go?", "Let it go", "Keep it")
        answer(qtbot, look_then_escape)
        prompter.try_again(None, "They will be lost.")
        answer(qtbot, look_then_escape)
        prompter.warn(None, "The folder cannot be written.")
        assert len(looked) == 7
        for words in looked:
            letters = [alt_letters.letter(text) for text in words]
            assert all(letters) and len(set(letters)) == len(letters), words
            assert len(words) >= 1

        # Alt and the removal's letter removes, as a click on it would
        def alt_letter(box: QMessageBox) -> None:
            [go] = [b for b in box.buttons() if plain(b.text()) == "Remove"]
            key = getattr(Qt.Key, f"Key_{alt_letters.letter(go.text()).upper()}")
            QTest.keyClick(box, key, Qt.KeyboardModifier.AltModifier)

        answer(qtbot, alt_letter)
        assert prompter.confirm(None, "Remove it?", "Remove") is True
    finally:
        if language == "es":
            i18n.remove(qapp)
