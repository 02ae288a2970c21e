"""ui/common: button roles, card, header, empty state and in-place feedback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from footholds.ui.common import buttons, theme, tokens
from footholds.ui.common.components import Card, EmptyState, WindowHeader, label
from footholds.ui.common.feedback import Feedback, StatusLine


@pytest.mark.parametrize("role", buttons.ROLES)
def test_each_role_is_one_call_with_its_accessible_name(qapp: QApplication, role: str) -> None:
    make = getattr(buttons, role)
    button = make("Keep it", "Keep this entry", "Saves it to your list.")
    assert button.property("role") == role
    assert button.accessibleName() == "Keep this entry"
    assert button.accessibleDescription() == "Saves it to your list."
    assert button.isFlat() == (role in ("quiet", "link"))
    assert buttons.secondary("Save").accessibleName() == "Save"  # the words, by default
    with pytest.raises(ValueError):
        buttons.button("loud", "No")


def test_roles_take_their_colours_from_the_tokens_and_follow_a_switch(
    qapp: QApplication, qtbot: QtBot
) -> None:
    page = QWidget()
    row = QHBoxLayout(page)
    primary, secondary = buttons.primary("Another"), buttons.secondary("Later")
    quiet, link = buttons.quiet("Hide"), buttons.link("Read more")
    for b in (primary, secondary, quiet, link):
        row.addWidget(b)
    qtbot.addWidget(page)
    page.show()
    try:
        for dark in (False, True):
            theme.apply(qapp, "dark" if dark else "light")
            c = tokens.colours(dark)
            for b in (primary, secondary, quiet, link):
                b.ensurePolished()
            pal = primary.palette()
            assert pal.color(pal.ColorRole.Button).name() == c.accent
            assert pal.color(pal.ColorRole.ButtonText).name() == c.accent_text
            assert secondary.palette().color(pal.ColorRole.Button).name() == c.raised
            assert quiet.palette().color(pal.ColorRole.ButtonText).name() == c.text
            assert link.palette().color(pal.ColorRole.ButtonText).name() == c.link
    finally:
        theme.apply(qapp, "light")


def test_card_header_and_empty_state(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply(qapp, "light")
    card = Card()
    words = card.add(label("One true line", "display"))
    header = WindowHeader("Your proof list", "Times you got through.")
    action = buttons.primary("Add my first one")
    empty = EmptyState("Nothing here yet, and that's all right.", action)
    page = QWidget()
    column = QVBoxLayout(page)
    for w in (header, card, empty):
        column.addWidget(w)
    qtbot.addWidget(page)
    page.show()
    card.ensurePolished()
    assert card.palette().color(card.palette().ColorRole.Window).name() == tokens.LIGHT.surface
    assert (
        words.font().pointSizeF()
        > header.title.font().pointSizeF()
        > label("x").font().pointSizeF()
    )
    assert header.title.text() == "Your proof list" and header.line.isVisible()
    assert header.line.property("soft")
    header.set_text("Affirmation")
    assert not header.line.isVisible()
    assert empty.action is action and action.isVisible()
    assert empty.line.text().startswith("Nothing here yet")
    assert EmptyState("Quiet.").action is None


def test_caption_is_soft_and_body_keeps_the_system_size(qapp: QApplication) -> None:
    body, caption = label("Body"), label("Caption", "caption")
    assert body.font().pointSizeF() == QLabel().font().pointSizeF()
    assert caption.property("soft")


def test_feedback_speaks_in_place_without_moving_its_neighbours(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """Beside a button, and on a line of its own under one: nothing else moves."""
    page = QWidget()
    column = QVBoxLayout(page)
    above = QPushButton("Favourite")
    beside_feedback = Feedback(width=120)
    row = QHBoxLayout()
    row.addWidget(above)
    row.addWidget(beside_feedback, 1)
    beside = QPushButton("Another")
    row.addWidget(beside)
    column.addLayout(row)
    under_feedback = Feedback()
    column.addWidget(under_feedback)
    below = QLabel("Something under it")
    column.addWidget(below)
    column.addStretch(1)
    qtbot.addWidget(page)
    page.resize(500, 200)
    page.show()
    qtbot.waitExposed(page)
    watched = (above, beside, below, beside_feedback, under_feedback)
    before = [w.geometry() for w in watched]
    long_line = "Kept among your favourites, to come up first from now on. " * 3
    beside_feedback.say(long_line, seconds=0.05)
    under_feedback.say(long_line, seconds=0.05)
    qapp.processEvents()
    assert beside_feedback.speaking and under_feedback.speaking
    assert beside_feedback.accessibleName().startswith("Kept among")
    assert [w.geometry() for w in watched] == before
    assert page.size().width() == 500
    qtbot.waitUntil(lambda: not beside_feedback.speaking, timeout=3000)
    assert beside_feedback.text() == ""
    assert [w.geometry() for w in watched] == before


def test_feedback_of_two_lines_wraps_in_a_narrow_column(qapp: QApplication, qtbot: QtBot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    said = Feedback(lines=2)
    below = QLabel("Under it")
    column.addWidget(said)
    column.addWidget(below)
    column.addStretch(1)
    qtbot.addWidget(page)
    page.resize(260, 200)
    page.show()
    qtbot.waitExposed(page)
    before = below.geometry()
    said.say("Saved. Your next summary will start from 16 Mar 2026.")
    qapp.processEvents()
    assert said.heightForWidth(said.width()) <= said.height()  # both lines, none cut
    assert below.geometry() == before


def test_a_status_line_asks_no_more_room_than_its_lines_unwrapped(qapp: QApplication) -> None:
    """Not yet laid out, a label is 100 px wide: the status line kept room for a word a line
    as its least height, and Settings' My lists page (in a scroll area) kept that as a blank
    at its bottom. Its least height is now its lines unwrapped, as a QLabel's is; the room
    at the real width comes from heightForWidth."""
    sentence = "Please keep each one under 80 characters, and 40 or fewer in all."
    page = QWidget()
    line = StatusLine([sentence], page)
    one_line = line.fontMetrics().height()
    assert line.width() == 100  # not laid out
    assert line.minimumSizeHint().height() <= one_line + 2
    assert line.heightForWidth(100) > 2 * one_line  # the room kept where it wraps


def test_a_short_status_sits_at_the_top_of_the_room_kept_for_a_long_one(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """Under "How does it feel right now?" the one-line thanks floated in the middle of the
    room kept for a longer one, far below its field: it starts where the room starts."""
    from PySide6.QtGui import QColor

    longest = " ".join(["Thank you for naming it, and for keeping it here."] * 4)
    page = QWidget()
    column = QVBoxLayout(page)
    line = StatusLine([longest])
    column.addWidget(line)
    column.addStretch(1)
    page.resize(240, 400)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    line.say("Thank you.")
    one_line = line.fontMetrics().height()
    assert line.height() > 3 * one_line  # the tall room kept
    shot = line.grab().toImage()
    background = QColor(shot.pixel(shot.width() - 1, shot.height() - 1))

    def inked(y: int) -> bool:
        return any(QColor(shot.pixel(x, y)) != background for x in range(shot.width()))

    rows = [y for y in range(shot.height()) if inked(y)]
    assert rows and rows[0] < one_line  # drawn in its first line's place
    assert rows[-1] < 2 * one_line  # and nothing further down


def test_feedback_can_be_cleared_at_once(qapp: QApplication) -> None:
    feedback = Feedback()
    feedback.say("Copied")
    feedback.clear_now()
    assert not feedback.speaking and feedback.text() == ""


def test_a_boxed_list_gives_its_rows_room_to_breathe(qapp: QApplication, qtbot: QtBot) -> None:
    # Settings' own lists and a goal's steps had rows touching the lines between them
    from PySide6.QtWidgets import QListWidget

    theme.apply(qapp, "light")
    try:
        plain, boxed = QListWidget(), QListWidget()
        boxed.setProperty("boxed", True)
        for widget in (plain, boxed):
            widget.addItems(["drank water", "moved"])
            qtbot.addWidget(widget)
            widget.show()
        qtbot.waitExposed(boxed)
        assert boxed.sizeHintForRow(0) >= plain.sizeHintForRow(0) + 6
    finally:
        theme.apply(qapp, "system")


@pytest.mark.parametrize("role", buttons.ROLES)
def test_enter_presses_the_focused_button_of_any_role(
    qapp: QApplication, qtbot: QtBot, role: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QLineEdit

    for host in (QWidget(), QDialog()):
        column = QVBoxLayout(host)
        field = QLineEdit()
        main = buttons.primary("Save")
        other = getattr(buttons, role)("Copy number")
        for widget in (field, main, other):
            column.addWidget(widget)
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        pressed: list[str] = []
        main.clicked.connect(lambda _=False, said=pressed: said.append("main"))
        other.clicked.connect(lambda _=False, said=pressed: said.append("other"))
        other.setFocus()
        QTest.keyClick(other, Qt.Key.Key_Return)
        assert pressed[-1] == "other"
        if isinstance(host, QDialog) and role != "primary":  # one default per dialog
            field.setFocus()
            QTest.keyClick(field, Qt.Key.Key_Return)
            assert pressed[-1] == "main"  # Enter in a field still means the dialog's one action


def test_enter_in_a_dialog_without_a_default_presses_nothing_unfocused(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """With every button auto-default, Enter in a dialog with no default button pressed the
    first one in the focus chain: the unlock dialog's help copied a crisis number."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QLineEdit

    host = QDialog()
    column = QVBoxLayout(host)
    field = QLineEdit()
    copy = buttons.secondary("Copy number")
    column.addWidget(field)
    column.addWidget(copy)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    pressed: list[str] = []
    copy.clicked.connect(lambda: pressed.append("copy"))
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert pressed == []
    copy.setFocus()
    QTest.keyClick(copy, Qt.Key.Key_Return)
    assert pressed == ["copy"]


@pytest.mark.parametrize("dark", [False, True])
def test_a_calendar_shows_its_last_week_whole(qapp: QApplication, qtbot: QtBot, dark: bool) -> None:
    """The list border once took the room of the calendar's sixth week, cut in half."""
    from PySide6.QtWidgets import QCalendarWidget, QTableView

    theme.apply(qapp, "dark" if dark else "light")
    try:
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        calendar.resize(calendar.sizeHint())
        calendar.show()
        qtbot.waitExposed(calendar)
        table = calendar.findChild(QTableView)
        assert table is not None
        assert table.verticalHeader().length() <= table.viewport().height()
    finally:
        theme.apply(qapp, "system")


def test_a_status_line_asked_its_size_while_taken_down_answers(qtbot: QtBot) -> None:
    # Qt asked a line of a released window for its size after its Python side had let go
    # of its attributes; the AttributeError surfaced in whatever test ran next
    line = StatusLine(["A longer sentence it keeps room for, over more than one line"])
    qtbot.addWidget(line)
    kept = line.heightForWidth(120)
    del line.could_say
    assert line.heightForWidth(120) <= kept  # its own words only: none now
    line.sizeHint()  # and answers its size, rather than raise
