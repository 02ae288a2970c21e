"""Every window at its least width, in Spanish, shows each of its buttons whole: Today
shrunk as far as it went (420 pixels) cut "Hecho" and "Cambiar mis tres" at the page's edge,
its page wider than the window and no way to scroll sideways."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from test_accessibility import seeded  # noqa: F401  (a fixture)

from footholds.app.build import AppContext
from footholds.core.store import ActivityPlan, LogEntry
from footholds.core.store.models import now_local
from footholds.ui.common import i18n
from footholds.ui.shell.registry import names


@pytest.fixture
def spanish(seeded: AppContext) -> Iterator[AppContext]:  # noqa: F811
    # a planned activity, so Today shows its row with "I did it" too
    today = now_local()
    seeded.store.add(ActivityPlan(text="Salir a dar un paseo corto", day=today.date().isoformat()))
    seeded.settings.set("general.language", "es")
    i18n.apply(seeded)
    yield seeded
    seeded.settings.set("general.language", "en")
    i18n.apply(seeded)
    i18n.remove(seeded.app)


def cut_buttons(window: QWidget) -> list[str]:
    """Buttons narrower than their words, or reaching past the edge of the page area they
    sit in (a page that scrolls only up and down cuts them there)."""
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        if button.objectName().startswith("qt_"):
            continue
        if button.width() + 1 < button.sizeHint().width():
            problems.append(f"{button.text()!r} squeezed: {button.width()}")
        area = button.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        page = None if area is None else area.widget()
        if area is None or page is None:
            continue
        viewport = area.viewport()
        if page.width() > viewport.width() + 1:  # its right margin, or more, out of sight
            problems.append(f"page {page.width()} wider than its area {viewport.width()}")
        left = button.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + button.width() > viewport.width() + 1:
            problems.append(
                f"{button.text()!r} past the edge: {left}+{button.width()} > {viewport.width()}"
            )
    return problems


@pytest.mark.parametrize("name", names())
def test_at_its_least_width_in_spanish_no_button_is_cut(
    spanish: AppContext, qtbot: QtBot, name: str
) -> None:
    spanish.windows.show(name)
    window = spanish.windows.get(name)
    assert isinstance(window, QWidget)
    qtbot.waitExposed(window)
    window.resize(1, window.height())  # as far as it goes
    for _ in range(3):
        QApplication.processEvents()
    assert cut_buttons(window) == [], (name, window.width())
    window.close()


def test_the_entry_editor_at_its_least_width_in_spanish_cuts_no_button(
    spanish: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.journal.journal_editor import EntryEditor

    journal = spanish.windows.get("journal")
    entry = spanish.store.add(LogEntry(note="un día gris", feelings=["tired"]))
    editor = EntryEditor(spanish, entry, journal)
    editor.show()
    qtbot.waitExposed(editor)
    editor.resize(1, editor.height())
    QApplication.processEvents()
    assert cut_buttons(editor) == [], editor.width()
    editor.close()


def test_todays_least_width_follows_the_font(spanish: AppContext, qtbot: QtBot) -> None:
    """Larger words need a wider window: the least width grows with the font, never keeping
    the one it had (a fixed 420 did not)."""
    spanish.windows.show("today")
    window = spanish.windows.get("today")
    assert isinstance(window, QWidget)
    qtbot.waitExposed(window)
    before = window.minimumWidth()
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    window.setFont(font)
    for _ in range(3):
        QApplication.processEvents()
    window.resize(1, window.height())
    QApplication.processEvents()
    assert window.minimumWidth() > before
    assert cut_buttons(window) == [], window.width()
    window.close()
