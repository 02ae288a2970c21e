"""A built-in idea planned in one language reads in the one in use, in Today, in "How was
that?" and in its nudge, there and back (English, Spanish, English); the person's own words
stay as they wrote them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time as clock
from datetime import timedelta
from typing import cast

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation, content
from footholds.core.days import day_of
from footholds.core.reminders import Kind
from footholds.core.store.models import now_local
from footholds.ui.common import i18n
from footholds.ui.today.activity_section import HowWasThatDialog
from footholds.ui.today.today import TodayWindow

DRINK = "ac-warm-drink"


def words(language: str) -> str:
    [text] = [i["text"] for i in content.load_pack("activities", language) if i["id"] == DRINK]
    return str(text)


def switch(ctx: AppContext, code: str) -> None:
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.fixture
def planned(ctx: AppContext) -> Iterator[AppContext]:
    """The warm drink picked in English for a minute ago, with a nudge; and one of the
    person's own, and the same idea with its words changed."""
    switch(ctx, "en")
    now = now_local()
    earlier = (now - timedelta(minutes=1)).time()
    [drink] = [i for i in activation.ideas(ctx.store, "en") if i.id == DRINK]
    today = day_of(now, ctx.settings["day.start_hour"])
    at = clock(earlier.hour, earlier.minute)
    activation.plan(ctx.store, drink, today, at=at, nudge=True)
    own = activation.Idea("", "Water the plants", "achievement", True)
    activation.plan(ctx.store, own, today)
    changed = activation.Idea(DRINK, "A warm drink on the balcony", "enjoyment", False)
    activation.plan(ctx.store, changed, today)
    yield ctx
    switch(ctx, "en")
    i18n.remove(ctx.app)


def today_rows(ctx: AppContext) -> list[str]:
    """The words of Today's planned rows, in a Today opened now."""
    ctx.windows.close_all()
    QApplication.processEvents()
    window = cast(TodayWindow, ctx.windows.show("today"))
    window.refresh()
    section = window.activities
    shown = []
    for n in range(section.rows.count()):
        item = section.rows.itemAt(n)
        row = item.widget() if item is not None else None
        if row is not None:
            shown.append(row.findChildren(QLabel)[0].text())
    return shown


def test_today_shows_a_built_in_idea_in_the_language_in_use(
    planned: AppContext, qtbot: QtBot
) -> None:
    for code in ("en", "es", "en"):
        switch(planned, code)
        rows = today_rows(planned)
        assert words(code) in rows, (code, rows)
        assert "Water the plants" in rows and "A warm drink on the balcony" in rows
        window = cast(TodayWindow, planned.windows.get("today"))
        names = [b.accessibleName() for b in window.activities.buttons]
        assert any(words(code) in name for name in names), names


def test_how_was_that_names_it_in_the_language_in_use(planned: AppContext, qtbot: QtBot) -> None:
    switch(planned, "es")
    today_rows(planned)
    window = cast(TodayWindow, planned.windows.get("today"))
    [button] = [b for b in window.activities.buttons if words("es") in b.accessibleName()]
    button.click()
    dialog = window.activities.findChild(HowWasThatDialog)
    assert dialog is not None
    assert words("es") in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()


def test_the_nudge_names_it_in_the_language_in_use(planned: AppContext, qtbot: QtBot) -> None:
    presenter = planned.reminders.presenter
    planned.settings.set("reminders.delivery", "card")
    for code in ("es", "en"):
        switch(planned, code)
        item = presenter.pick(Kind.ACTIVITY)
        assert item is not None and item["text"] == words(code), code
    switch(planned, "es")
    presenter.present(Kind.ACTIVITY)
    assert presenter.card.text.text() == words("es")
    presenter.answer("done")
    dialog = cast(HowWasThatDialog | None, presenter._how)
    assert dialog is not None
    assert words("es") in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()
