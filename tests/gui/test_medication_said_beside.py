"""My medicines: the "From" day reads as the list under it does (the app's one date style,
the year only when it is not this year: it showed "6 Dec 2026" over "Sun 6 Dec"), and
"Added." and "Dose change noted." are said beside the button clicked, not at the foot of the
window, with nothing moving when they are."""

from __future__ import annotations

from datetime import timedelta
from typing import cast

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import Medicine
from footholds.ui.common import dates
from footholds.ui.common.calm import person_today
from footholds.ui.common.said_under import limit_said
from footholds.ui.journal.medication import MedicationWindow
from support import present


def at(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_the_from_day_reads_as_the_list_does(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    today = person_today(ctx)
    assert window.change_day.text() == "Today"
    day = today - timedelta(days=10)
    window.change_day.setDate(QDate(day.year, day.month, day.day))
    named = dates.day_label(day, today=today, locale=QLocale().name(), relative=False)
    assert window.change_day.text() == named
    assert (str(day.year) in window.change_day.text()) == (day.year != today.year)
    window.list.setCurrentRow(0)
    window.change_dose.setText("100 mg")
    window.add_change.click()
    assert f"from {named}: 100 mg" in window.list.item(0).text()


def test_added_and_noted_are_said_beside_their_buttons(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    window.name.setText("Sertraline")
    window.add.click()
    settle(qtbot, window)
    add_at, name_at = at(window.add, window), at(window.name, window)
    window.name.setText("Fluoxetine")
    window.add.click()
    settle(qtbot, window)
    assert window.added.text() == "Added." and window.said.text() == ""
    # its words at the button's side of the row, not its far end
    assert window.added.alignment() & Qt.AlignmentFlag.AlignRight
    beside = at(window.added, window)
    assert beside.right() <= add_at.left() and add_at.top() <= beside.center().y()
    assert beside.center().y() <= add_at.bottom()
    assert at(window.add, window) == add_at and at(window.name, window) == name_at
    window.list.setCurrentRow(0)
    settle(qtbot, window)
    change_at = at(window.add_change, window)
    window.add_change.click()  # no dose yet: said under the box the keyboard goes to
    settle(qtbot, window)
    asked = present(limit_said(window.change_dose))
    assert asked.text() == "Write the new dose first." and asked.isVisible()
    assert window.change_dose.hasFocus() or not window.isActiveWindow()
    window.change_dose.setText("100 mg")
    window.add_change.click()
    settle(qtbot, window)
    noted = present(limit_said(window.add_change))  # laid over the room under the button
    assert noted.text() == "Dose change noted." and noted.isVisible()
    assert window.said.text() == ""
    under = at(noted, window)
    assert 0 <= under.top() - change_at.bottom() <= 6 and under.left() == change_at.left()
    assert at(window.add_change, window) == change_at
