"""The Undo strip behaves the same in every window that removes something: after a removal
the keyboard waits on Undo (Enter puts it back), it sits in the page's column, and in Get
help now, where it stands in the removed number's place, nothing else on the page moves."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Affirmation, LogEntry, OwnLine, Person, Proof
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.undo import UndoBar
from footholds.ui.help.help_now import HelpNowWindow
from support import person_day, present

CTRL = Qt.KeyboardModifier.ControlModifier


def _seed_help(ctx: AppContext) -> None:
    ctx.store.add(OwnLine(name="Dr Lee", number="0123 456"))


def _seed_people(ctx: AppContext) -> None:
    for name in ("Alex", "My sister", "Sam"):
        ctx.store.add(Person(name=name, message="Rough day, can we talk?"))


def _seed_proofs(ctx: AppContext) -> None:
    for text in ("Walked round the block", "Made tea"):
        ctx.store.add(Proof(day=person_day(), text=text))


def _seed_journal(ctx: AppContext) -> None:
    ctx.store.add(LogEntry(note="one"))
    ctx.store.add(LogEntry(note="two"))


def _nothing(_ctx: AppContext) -> None:
    pass


def _remove_button(window: QWidget, words: str) -> QPushButton:
    return next(
        b
        for b in window.findChildren(QPushButton)
        if b.text().replace("&", "") == words and b.isVisible()  # an Alt letter's "&" aside
    )


def _journal_ready(window: QWidget) -> None:
    view = window.view  # type: ignore[attr-defined]
    view.setCurrentIndex(view.model().index(0, 0))


def _proof_ready(window: QWidget) -> None:
    window.list.setCurrentRow(0)  # type: ignore[attr-defined]


def _ready(_window: QWidget) -> None:
    pass


# window, what it holds, how to choose something, the words on its remove button
WINDOWS: list[tuple[str, Callable[[AppContext], None], Callable[[QWidget], None], str]] = [
    ("help-now", _seed_help, _ready, "Remove"),
    ("reach-out", _seed_people, _ready, "Remove"),
    ("affirmation", _nothing, _ready, "Hide this one"),
    ("proof-list", _seed_proofs, _proof_ready, "Remove"),
    ("journal", _seed_journal, _journal_ready, "Remove"),
]


@pytest.mark.parametrize(("name", "seed", "choose", "words"), WINDOWS, ids=[w[0] for w in WINDOWS])
def test_after_a_removal_the_keyboard_waits_on_undo_and_enter_puts_it_back(
    ctx: AppContext,
    qtbot: QtBot,
    said_yes: list[str],
    name: str,
    seed: Callable[[AppContext], None],
    choose: Callable[[QWidget], None],
    words: str,
) -> None:
    seed(ctx)
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    choose(window)
    remove = _remove_button(window, words)
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    [bar] = [b for b in window.findChildren(UndoBar) if b.pending()]
    assert bar.isVisible()
    assert bar.button.hasFocus()
    held = len(ctx.store.all(LogEntry)) + len(ctx.store.all(Proof))
    held += len(ctx.store.all(Person)) + len(ctx.store.all(OwnLine))
    qtbot.keyClick(bar.button, Qt.Key.Key_Return)
    assert not bar.pending() and not bar.isVisible()
    back = len(ctx.store.all(LogEntry)) + len(ctx.store.all(Proof))
    back += len(ctx.store.all(Person)) + len(ctx.store.all(OwnLine))
    assert back == held + (0 if name == "affirmation" else 1)  # a hidden one is not removed

    def somewhere_to_see() -> bool:  # not left on a button that went
        focused = QApplication.focusWidget()
        return focused is not None and focused.isVisible()

    qtbot.waitUntil(somewhere_to_see)


@pytest.mark.parametrize("name", ["reach-out", "today"])
def test_the_strip_under_a_scrolling_page_lines_up_with_its_column(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    _seed_people(ctx)
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    bar = cast(UndoBar, window.undo_bar)  # type: ignore[attr-defined]
    bar.offer("Alex removed.", lambda: None)
    scroll = window.findChild(QScrollArea, "", Qt.FindChildOption.FindDirectChildrenOnly)
    assert scroll is not None
    page = present(scroll.widget())

    # Today's strip shares its row with the help link, beside it: that row lines up
    row = present(bar.parentWidget()) if name == "today" else bar

    def strip() -> tuple[int, int]:
        return row.mapToGlobal(QPoint(0, 0)).x(), row.mapToGlobal(QPoint(row.width(), 0)).x()

    def column() -> tuple[int, int]:
        inside = present(page.layout()).contentsRect()
        return page.mapToGlobal(inside.topLeft()).x(), page.mapToGlobal(inside.topRight()).x() + 1

    bar_shows = scroll.verticalScrollBar().isVisible
    for height, scrolls in ((320, True), (2400, False)):  # with a scroll bar beside it, without
        window.resize(window.width(), height)
        qtbot.waitUntil(lambda s=scrolls: bar_shows() == s)  # type: ignore[misc]
        qtbot.waitUntil(lambda: strip() == column())


@pytest.mark.parametrize("note", ["", "weekdays 9 to 5, and Saturday mornings"])
def test_removing_an_own_number_and_undoing_it_moves_nothing_else(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], note: str
) -> None:
    """The strip stands in the number's room, no taller, and the invitation to add a number
    does not come back while it stands: "Your safety plan" stays where it was."""
    ctx.store.add(OwnLine(name="Dr Lee", number="0123 456", note=note))
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    own = window.own

    def places() -> list[int]:
        return [w.mapTo(window, QPoint(0, 0)).y() for w in (own.name, window.plan, window.people)]

    before = places()
    row_height = own.rows[0].height()
    _remove_button(own, "Remove").click()
    qtbot.waitUntil(own.undo.isVisible)
    QApplication.processEvents()
    assert not own.empty.isVisible()
    assert own.undo.height() == row_height
    assert places() == before
    own.undo.button.click()
    qtbot.waitUntil(lambda: len(own.rows) == 1 and own.rows[0].isVisible())
    QApplication.processEvents()
    assert places() == before


@pytest.fixture
def asked_in_a_dialog(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers "Remove" as a real question does: in a window of its own that takes the
    keyboard and closes, leaving the window behind it not active again yet."""

    def confirm(parent: QWidget, _question: str, _action: str) -> bool:
        box = QDialog(parent)
        box.show()
        box.activateWindow()
        QApplication.processEvents()
        box.close()
        box.deleteLater()
        return True

    monkeypatch.setattr(ctx.prompter, "confirm", confirm)


def _seed_affirmation(ctx: AppContext) -> None:
    ctx.store.add(Affirmation(text="Slow is still moving."))


def _journal_at_the_second(window: QWidget) -> None:
    view = window.view  # type: ignore[attr-defined]
    view.setCurrentIndex(view.model().index(view.model().row_of(_second_entry(window)), 0))


def _second_entry(window: QWidget) -> str:
    model = window.view.model()  # type: ignore[attr-defined]
    return str(model.entry_at(model.rowCount() - 1).id)


def _journal_chosen(window: QWidget) -> str:
    view = window.view  # type: ignore[attr-defined]
    entry = view.model().entry_at(view.currentIndex().row())
    return str(entry.id) if entry is not None else ""


def _proof_at_the_second(window: QWidget) -> None:
    window.list.setCurrentRow(1)  # type: ignore[attr-defined]


def _proof_chosen(window: QWidget) -> str:
    item = window.list.currentItem()  # type: ignore[attr-defined]
    return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


def _sams_remove(window: QWidget) -> QPushButton:
    return next(b for b in window.findChildren(QPushButton) if b.accessibleName() == "Remove Sam")


def _nothing_chosen(_window: QWidget) -> str:
    return ""


# window, what it holds, how to choose, its remove button, what should hold the keyboard once
# it is back (given the window), and which item is chosen then
FOCUS_CASES: list[
    tuple[
        str,
        Callable[[AppContext], None],
        Callable[[QWidget], None],
        Callable[[QWidget], QPushButton],
        Callable[[QWidget], QWidget],
        Callable[[QWidget], str],
    ]
] = [
    (
        "proof-list",
        _seed_proofs,
        _proof_at_the_second,
        lambda w: w.remove,  # type: ignore[attr-defined]
        lambda w: w.list,  # type: ignore[attr-defined]
        _proof_chosen,
    ),
    (
        "journal",
        _seed_journal,
        _journal_at_the_second,
        lambda w: w.delete_button,  # type: ignore[attr-defined]
        lambda w: w.view,  # type: ignore[attr-defined]
        _journal_chosen,
    ),
    (
        "affirmation",
        _seed_affirmation,
        _ready,
        lambda w: w.hide_button,  # type: ignore[attr-defined]
        lambda w: w.hide_button,  # type: ignore[attr-defined]
        _nothing_chosen,
    ),
    ("reach-out", _seed_people, _ready, _sams_remove, _sams_remove, _nothing_chosen),
]


@pytest.mark.parametrize(
    ("name", "seed", "choose", "remove_of", "back_on", "chosen"),
    FOCUS_CASES,
    ids=[c[0] for c in FOCUS_CASES],
)
@pytest.mark.parametrize("ending", ["undone", "runs out"])
def test_once_the_strip_goes_the_keyboard_is_on_what_came_back_or_the_list_never_help(
    ctx: AppContext,
    qtbot: QtBot,
    asked_in_a_dialog: None,
    name: str,
    seed: Callable[[AppContext], None],
    choose: Callable[[QWidget], None],
    remove_of: Callable[[QWidget], QPushButton],
    back_on: Callable[[QWidget], QWidget],
    chosen: Callable[[QWidget], str],
    ending: str,
) -> None:
    """After "Remove?" the window is not active for a moment: the strip still knows where
    the keyboard belongs. Undone, the keyboard is on what came back (chosen in a list);
    run out, it is back where the window had it; never on Get help now, the next button."""
    seed(ctx)
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    choose(window)
    was_chosen = chosen(window)
    remove = remove_of(window)
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    [bar] = [b for b in window.findChildren(UndoBar) if b.pending()]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if ending == "undone":
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
        QApplication.processEvents()
        assert not bar.pending()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is back_on(window))
        assert chosen(window) == was_chosen
    else:
        bar.timer.timeout.emit()
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None and now.isVisible() and now.window() is window
    help_link = window.findChild(HelpLink)
    assert help_link is not None
    focused = QApplication.focusWidget()
    assert focused is not None and not help_link.isAncestorOf(focused)
