"""What a field says under it about its limit is never cut off: in Spanish, at Reach out's
least width, "Caben 100 caracteres; el resto se ha quedado fuera." ran past the person
form's narrow field column and lost its end. A line kept in the form wraps within room kept
for its longest words (so nothing below moves when it speaks); one laid over the window
wraps within what can be seen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.settings import LISTS_SECTION, SAFETY_SECTION, SESSIONS_SECTION
from footholds.core.store import Goal, Person
from footholds.ui.common import i18n
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import LimitedText, cut_words, field_limit, limit_words
from footholds.ui.common.said_under import limit_said
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.settings.settings_window import SettingsWindow

LONG = "x" * 5000


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[AppContext]:
    ctx.store.add(Goal(title="Ordenar la mesa", steps=[{"text": "Un rincón"}]))
    ctx.store.add(Person(name="Sam"))
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    yield ctx
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def narrowest(window: QWidget) -> None:
    window.resize(1, window.height())
    settle()


def cut_off(said: QLabel, window: QWidget) -> str:
    """How `said`'s words do not all show (its own room, or the window's edge); "" if whole."""
    room = said.contentsRect()
    metrics = said.fontMetrics()
    if said.wordWrap():
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, said.text())
        if needed.height() > room.height() or needed.width() > room.width():
            return f"{said.text()!r}: {needed.width()}x{needed.height()} in {room.size()}"
    elif metrics.horizontalAdvance(said.text()) > room.width():
        return f"{said.text()!r}: {metrics.horizontalAdvance(said.text())} in {room.width()}"
    right = said.mapTo(window, QPoint(room.right(), 0)).x()
    if right >= window.width():
        return f"{said.text()!r} past the window's edge: {right} >= {window.width()}"
    return ""


def pasted_into(field: QLineEdit) -> None:
    """A paste far longer than the field keeps, by key."""
    field.setFocus()
    QGuiApplication.clipboard().setText(LONG)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle()


def said_in(window: QWidget, limit: int) -> list[QLabel]:
    """The lines in `window` saying a field's limit now (a Feedback, or a settings row's)."""
    words = (limit_words(limit), cut_words(limit))
    return [
        said
        for said in window.findChildren(QLabel)
        if said.isVisible()
        and said.text() in words
        and (not isinstance(said, Feedback) or said.speaking)
    ]


def quiet_all(window: QWidget) -> None:
    for said in window.findChildren(Feedback):
        if said.speaking:
            said.clear_now()
    settle()


def every_limit_whole(window: QWidget) -> list[str]:
    """Each limited field and box shown, given a long paste: what its line says, if cut."""
    problems = []
    fields = [
        field
        for field in window.findChildren(QLineEdit)
        if field_limit(field) is not None and field.isVisibleTo(window)
    ]
    boxes = [box for box in window.findChildren(LimitedText) if box.isVisibleTo(window)]
    assert fields or boxes, "no limited field to try"
    for field in fields:
        quiet_all(window)
        pasted_into(field)
        limit = field_limit(field)
        assert limit is not None
        problems += whole(field, said_in(window, limit), window)
        field.clear()
    for box in boxes:
        quiet_all(window)
        box.say_limit(cut=True)  # as a long paste or drop does
        settle()
        problems += whole(box, said_in(window, box.limit), window)
    quiet_all(window)
    return problems


def whole(field: QWidget, spoken: list[QLabel], window: QWidget) -> list[str]:
    assert spoken, field.accessibleName()
    return [f"{field.accessibleName()}: {cut}" for said in spoken if (cut := cut_off(said, window))]


def _reach_out(ctx: AppContext) -> QWidget:
    window = ctx.windows.show("reach-out")
    assert isinstance(window, ReachOutWindow)
    window.form.start(None)
    return window


def _proofs(ctx: AppContext) -> QWidget:
    window = ctx.windows.show("proof-list")
    assert isinstance(window, ProofListWindow)
    window.present(add=True)
    return window


def _settings(section: str) -> Callable[[AppContext], QWidget]:
    def opener(ctx: AppContext) -> QWidget:
        window = ctx.windows.show("settings")
        assert isinstance(window, SettingsWindow)
        window.present(section)
        return window

    return opener


def _window(name: str) -> Callable[[AppContext], QWidget]:
    def opener(ctx: AppContext) -> QWidget:
        window = ctx.windows.show(name)
        assert isinstance(window, QWidget)
        return window

    return opener


OPENERS: dict[str, Callable[[AppContext], QWidget]] = {
    "reach out": _reach_out,
    "help now": _window("help-now"),
    "today": _window("today"),
    "medication": _window("medication"),
    "proofs editor": _proofs,
    "quick log": _window("quick-log"),
    "settings lists": _settings(LISTS_SECTION),
    "settings safety": _settings(SAFETY_SECTION),
    "settings sessions": _settings(SESSIONS_SECTION),
}


@pytest.mark.parametrize("where", OPENERS)
def test_at_the_least_width_in_spanish_every_limit_is_said_whole(
    spanish: AppContext, qtbot: QtBot, where: str
) -> None:
    window = OPENERS[where](spanish)
    qtbot.waitExposed(window)
    narrowest(window)
    assert every_limit_whole(window) == [], (where, window.width())


def test_the_person_forms_limit_wraps_in_room_kept_so_nothing_below_moves(
    spanish: AppContext, qtbot: QtBot
) -> None:
    window = _reach_out(spanish)
    assert isinstance(window, ReachOutWindow)
    qtbot.waitExposed(window)
    narrowest(window)
    form = window.form
    below = form.how.mapTo(window, QPoint(0, 0))
    pasted_into(form.name)
    assert form.name_said.speaking
    assert cut_off(form.name_said, window) == ""
    assert form.how.mapTo(window, QPoint(0, 0)) == below  # nothing moved when it spoke
    form.name.clear()
    settle()
    assert form.how.mapTo(window, QPoint(0, 0)) == below  # nor when it went


@pytest.mark.parametrize("where", ["medication", "help now", "today"])
def test_a_window_is_never_narrower_than_a_limit_laid_over_it(
    spanish: AppContext, qtbot: QtBot, where: str
) -> None:
    """Laid over the window, a limit has only one line's room kept under its field: a window
    that could be narrower than the words (My medicines went down to 217 pixels) had them wrap
    over the next field. It keeps at least their width, in the language of the moment."""
    window = OPENERS[where](spanish)
    qtbot.waitExposed(window)
    narrowest(window)
    for field in window.findChildren(QLineEdit):
        said = limit_said(field)
        if said is None or not field.isVisibleTo(window):
            continue
        quiet_all(window)
        pasted_into(field)
        assert said.speaking, field.accessibleName()
        metrics = said.fontMetrics()
        assert metrics.horizontalAdvance(said.text()) <= said.contentsRect().width(), (
            field.accessibleName(),
            window.width(),
        )
        assert said.height() == metrics.height() + 4  # one line, in the room kept for it
        field.clear()
