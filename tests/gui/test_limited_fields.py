"""Every one-line field that keeps to the store's limit says so just under itself, in the one
look limits have (a `Feedback`), and the words go once the person is back under the limit.
Before: Medication said it under its Add button, far from the field; Affirmation said it in
grey and never took it back; a dozen fields cut a paste without a word."""

from __future__ import annotations

import ast
from functools import partial
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Goal, LogEntry, Medicine, RoutineItem
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import LimitedText, field_limit, limit_words
from footholds.ui.common.said_under import limit_said
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.journal.journal_editor import EntryEditor
from footholds.ui.journal.medication import MedicationWindow
from footholds.ui.proofs.affirmation import AffirmationWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.today.today import TodayWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow
from support import present, words_under

UI = Path(__file__).resolve().parents[2] / "desktop" / "footholds" / "ui"

WINDOWS = [
    "medication",
    "affirmation",
    "tough-day",
    "today",
    "reach-out",
    "help-now",
    "plan-activity",
    "journal-entry",  # the journal's entry editor, the between-sessions journal shown
    "quick-log",
    "proof-list",  # its editor open
    # fields a window shows only once there is something in it, or once asked
    "today-goal",  # a goal's card: its name and its next step
    "today-change",  # the bare minimum three being changed: each one's words
    "settings-sessions",  # Settings, Your sessions: the therapist's name
]


def _limited_fields(window: QWidget) -> list[QLineEdit]:
    return [
        field
        for field in window.findChildren(QLineEdit)
        if field_limit(field) is not None and field.isVisible() and field.isEnabled()
    ]


def _boxes(window: QWidget) -> list[QPlainTextEdit]:
    """The boxes of several lines the person can write in now."""
    return [
        box
        for box in window.findChildren(QPlainTextEdit)
        if box.isVisible() and not box.isReadOnly()
    ]


def _saying(window: QWidget, words: str) -> list[Feedback]:
    return [
        said
        for said in window.findChildren(Feedback)
        if said.text() == words and said.speaking and said.isVisible()
    ]


def _quiet(window: QWidget, words: str) -> bool:
    return not _saying(window, words)


def _open(ctx: AppContext, name: str) -> QWidget:
    if name == "journal-entry":
        journal = cast(JournalWindow, ctx.windows.show("journal"))
        editor = EntryEditor(ctx, ctx.store.add(LogEntry(note="a grey day")), journal)
        # the test leaves words in its fields: closing it at the end answers Discard changes
        # (a real question would wait offscreen for a click that never comes)
        ctx.prompter.ask = lambda *_a, **_k: True  # type: ignore[method-assign]
        editor.form.show_more(True)
        editor.show()
        return editor
    if name == "today-goal":
        ctx.store.add(Goal(title="Tidy the desk", steps=[{"text": "Clear one corner"}]))
        return ctx.windows.show("today")
    if name == "today-change":
        ctx.store.add(RoutineItem(text="Drink a glass of water"))
        today = cast(TodayWindow, ctx.windows.show("today"))
        today.routine._on_change_clicked()
        return today
    if name == "settings-sessions":
        settings = cast(SettingsWindow, ctx.windows.show("settings"))
        settings.present(SESSIONS_SECTION)
        return settings
    if name == "medication":  # a medicine chosen, so the dose change's fields take words
        ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = ctx.windows.show(name)
    if isinstance(window, MedicationWindow):
        window.list.setCurrentRow(0)
    if isinstance(window, AffirmationWindow):
        window.write.click()  # Write my own
    if isinstance(window, ToughDayWindow):
        window.more.click()  # the sections, naming it among them
    if isinstance(window, ProofListWindow):
        window.add.click()
    return window


@pytest.mark.parametrize("name", WINDOWS)
def test_each_limited_line_says_its_limit_under_itself_and_takes_it_back(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    window = _open(ctx, name)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    QApplication.processEvents()  # what "more" showed laid out, as the person sees it
    fields = _limited_fields(window)
    assert fields or _boxes(window), f"no limited field reached in {name}"
    crossed: list[str] = []
    for field in fields:
        limit = present(field_limit(field))
        words = limit_words(limit)
        field.setFocus()
        field.setText("a" * (limit - 1))
        qtbot.keyClicks(field, "bcd")  # as a paste: the end of it is cut at the limit
        assert len(field.text()) == limit
        (said,) = _saying(window, words)
        # just under the field, where the person is looking, never rows below it
        top = said.mapTo(window, QPoint(0, 0)).y()
        bottom = field.mapTo(window, QPoint(0, field.height())).y()
        assert 0 <= top - bottom <= field.height(), (field.accessibleName(), top, bottom)
        left = said.mapTo(window, QPoint(0, 0)).x()
        # from the field's left (or that of the row of fields it serves), never off to one side
        assert left <= field.mapTo(window, QPoint(0, 0)).x() + 2 * field.height(), (
            field.accessibleName()
        )
        # read whole: never across the next label or field (half a label showed under it)
        crossed += [f"{field.accessibleName()}: {what}" for what in words_under(said)]
        qtbot.keyClick(field, "\b")  # back under the limit: the words go
        qtbot.waitUntil(partial(_quiet, window, words))
        field.clear()
    assert crossed == []
    # and each box of several lines (the journal's note and questions said it at the foot of
    # the editor, in words of their own, apart from the box)
    for box in _boxes(window):
        assert isinstance(box, LimitedText), box.accessibleName()  # the one that says it
        words = limit_words(box.limit)
        box.setFocus()
        box.setPlainText("a" * (box.limit - 1))
        box.moveCursor(box.textCursor().MoveOperation.End)
        qtbot.keyClicks(box, "bcd")  # the end is left out at the limit
        assert len(box.toPlainText()) == box.limit
        (said,) = _saying(window, words)
        top = said.mapTo(window, QPoint(0, 0)).y()
        bottom = box.mapTo(window, QPoint(0, box.height())).y()
        assert 0 <= top - bottom <= said.height() + 12, (box.accessibleName(), top, bottom)
        left = said.mapTo(window, QPoint(0, 0)).x()
        assert abs(left - box.mapTo(window, QPoint(0, 0)).x()) <= 12, box.accessibleName()
        # read whole: never across the next label (the quick log's note) or its own box's
        # border (the proof editor's), and within the window
        assert words_under(said) == [], box.accessibleName()
        qtbot.keyClick(box, "\b")
        qtbot.waitUntil(partial(_quiet, window, words))
        box.clear()


def test_affirmation_limit_goes_when_the_words_are_deleted(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, "affirmation")
    assert isinstance(window, AffirmationWindow)
    qtbot.addWidget(window)
    field = window.own_text
    field.setFocus()
    qtbot.keyClicks(field, "a" * 501)
    assert window.own_said.text() == limit_words(500) and window.own_said.speaking
    field.selectAll()
    qtbot.keyClick(field, "\b")
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, "\b")
    qtbot.waitUntil(lambda: not window.own_said.speaking)


def test_no_field_outside_the_shared_block_limits_itself_silently() -> None:
    """A bare setMaxLength stops typing with nothing said: limits go through ui/common/limits."""
    bare: list[str] = []
    for path in UI.rglob("*.py"):
        if path.name == "limits.py" and path.parent.name == "common":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "setMaxLength":
                bare.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert bare == []


def _scroll_area_of(widget: QWidget) -> QScrollArea:
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None, "not on a scrolling page"
    return area


def _just_under(said: Feedback, field: QLineEdit) -> bool:
    window = field.window()
    return said.mapTo(window, QPoint(0, 0)) == field.mapTo(window, QPoint(0, field.height()))


def test_a_limit_laid_over_a_scrolling_page_goes_with_its_field(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Today's new goal field, at its limit, on a page that scrolls: the words laid over
    the window stay just under the field as the page scrolls, are out of sight while the
    field is, and go when the person moves on to another field. Before, they stayed where
    they were drawn, over whatever scrolled under them."""
    window = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.addWidget(window)
    window.resize(520, 420)  # small: the page scrolls
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = window.goals.new_goal
    area = _scroll_area_of(field)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    area.ensureWidgetVisible(field, 0, 120)
    QApplication.processEvents()
    field.setFocus()
    field.setText("a" * (present(field_limit(field)) - 1))
    qtbot.keyClicks(field, "bc")
    said = limit_said(field)
    assert said is not None and said.isVisible() and said.speaking
    assert _just_under(said, field)

    bar.setValue(bar.value() + 30 if bar.value() + 30 <= bar.maximum() else bar.value() - 30)
    QApplication.processEvents()
    assert said.isVisible() and _just_under(said, field)  # with it, never left where it was

    field_top = field.mapTo(present(area.widget()), QPoint(0, 0)).y()
    bar.setValue(min(bar.maximum(), field_top + field.height() + area.viewport().height()))
    if bar.value() <= field_top + field.height():
        bar.setValue(0)  # the field sits at the foot of the page: scroll it off the other way
    QApplication.processEvents()
    assert not said.isVisible()  # out of the page's sight: not over the window's other parts

    area.ensureWidgetVisible(field, 0, 120)
    QApplication.processEvents()
    assert said.isVisible() and _just_under(said, field)  # back with the field

    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field: it would only cover things
    assert not said.isVisible() and not said.speaking


def test_a_field_taken_away_while_its_limit_shows_takes_its_words_with_it(
    qtbot: QtBot,
) -> None:
    """A goal card removed (a restore, an import) while its step field's limit showed left
    the words on the window watching a field that was gone, and the next layout of the page
    ended the whole app (an error raised in an event filter)."""
    from PySide6.QtWidgets import QVBoxLayout

    from footholds.ui.common.limits import limited_under

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    card = QWidget()
    QVBoxLayout(card).addWidget(field := QLineEdit())
    column.addWidget(card)
    column.addWidget(QLineEdit())
    limited_under(field, 10)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.keyClicks(field, "x" * 12)
    said = limit_said(field)
    assert said is not None
    qtbot.waitUntil(said.isVisible)
    other = QWidget()  # the person turns to another window: the words stay meanwhile
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    assert said.isVisible()
    column.removeWidget(card)  # the card is taken away (a restore), and the field with it
    card.deleteLater()
    settle(qtbot, window)
    window.resize(320, 240)  # the page laid out again
    settle(qtbot, window)
    assert not [f for f in window.findChildren(Feedback) if f.isVisible()]


def test_a_line_shared_by_a_row_of_fields_stays_while_any_of_them_is_at_its_limit(
    qtbot: QtBot,
) -> None:
    """A person's name and how to reach them share one line: going back under the limit in
    one field took the words away while the other was still at its own."""
    from PySide6.QtWidgets import QVBoxLayout

    from footholds.ui.common.limits import limited_under

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    said = Feedback()
    name = limited_under(QLineEdit(), 10, said)
    how = limited_under(QLineEdit(), 20, said)
    for widget in (name, how, said):
        column.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(name, "n" * 12)
    qtbot.keyClicks(how, "h" * 22)
    assert said.speaking and said.text() == limit_words(20)
    qtbot.keyClick(how, "\b")  # under in one: the other's limit is said again
    assert said.speaking and said.text() == limit_words(10)
    said.say("Added.")  # the form said something else meanwhile: it is not taken away
    qtbot.keyClick(name, "\b")
    assert said.text() == "Added."
    qtbot.keyClicks(name, "n")
    assert said.text() == limit_words(10)
    name.clear()  # emptied by Add: nothing at its limit, the words go
    qtbot.waitUntil(lambda: not said.speaking)
