"""Right-to-left: every window mirrors and still fits when the interface runs right to left
(as it does under an Arabic or Hebrew translation), and entries written in those scripts show
whole, wrapped, inside the window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Person, Proof
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.shell.registry import names
from support import person_day

HEBREW = "קמתי מהמיטה והכנתי כוס תה, וזה היה מספיק להיום"
ARABIC = "خرجت في نزهة قصيرة حول البيت وشعرت بتحسن بسيط"


@pytest.fixture
def rtl(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def outside(window: QWidget) -> list[str]:
    """Visible controls and labels that reach beyond the window's edges."""
    frame = window.rect()
    problems = []
    for child in window.findChildren(QWidget):
        if not isinstance(child, (QAbstractButton, QLabel)) or not child.isVisibleTo(window):
            continue
        if child.objectName().startswith("qt_") or child.window() is not window:
            continue
        # scrolled content may run below the fold, never sideways
        where = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
        if where.left() < frame.left() - 1 or where.right() > frame.right() + 1:
            problems.append(f"{type(child).__name__} {child.text()[:30]!r} at {where}")
    return problems


def test_every_window_mirrors_and_fits_right_to_left(
    ctx: AppContext, rtl: None, qtbot: QtBot
) -> None:
    for name in names():
        ctx.windows.show(name)
        window = ctx.windows.get(name)
        qtbot.waitExposed(window)
        settle(qtbot, window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, name
        assert outside(window) == [], name
        window.close()


def test_a_row_reads_from_the_right(ctx: AppContext, rtl: None, qtbot: QtBot) -> None:
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.show()
    qtbot.waitExposed(quick)
    settle(qtbot, quick)
    plan, save = quick.plan, quick.save
    assert plan.isVisible() and save.isVisible()
    # left to right "Plan something" comes first and Save sits at the right end; mirrored,
    # Save is at the left end
    assert save.mapTo(quick, save.rect().center()).x() < plan.mapTo(quick, plan.rect().center()).x()


@pytest.mark.parametrize("name", ["proof-list", "journal", "reach-out", "tough-day"])
def test_entries_in_right_to_left_scripts_show_whole_and_wrapped(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    ctx.store.add(Proof(day=person_day(), text=f"{HEBREW} {HEBREW}"))
    ctx.store.add(Proof(day=person_day(), text=ARABIC))
    ctx.store.add(LogEntry(note=f"{ARABIC} {ARABIC} {ARABIC}", feelings=["tired"]))
    ctx.store.add(Person(name="דנה", note=ARABIC, message=HEBREW))
    ctx.windows.show(name)  # as the tray does: present() fills the window
    window = ctx.windows.get(name)
    window.resize(520, 640)
    qtbot.waitExposed(window)
    if isinstance(window, JournalWindow):  # it reads its months a turn of the loop at a time
        qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    settle(qtbot, window)
    labels = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and rtl_text(label.text())
    ]
    for label in labels:
        assert label.wordWrap() or len(label.text()) < 60, label.text()[:30]
    rows = 0
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisibleTo(window) or view.model() is None:
            continue
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if not rtl_text(str(index.data() or "")):
                continue
            rows += 1
            # the whole entry in the row, wrapped to the list's width: never cut at the side
            rect = view.visualRect(index)
            assert rect.width() <= view.viewport().width(), (name, rect)
            assert view.horizontalScrollBar().maximum() == 0, name
    assert labels or rows, f"no entry in a right-to-left script is shown in {name}"
    assert outside(window) == []


def rtl_text(text: str) -> bool:
    return HEBREW[:12] in text or ARABIC[:12] in text
