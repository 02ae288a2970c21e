"""Routine suggestions and the three, typed with a built-in suggestion's words in Spanish: the
built-in, shown once, in Spanish and in English after a switch back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.core.store import ContentMark, OwnItem, RoutineItem
from footholds.ui.common import i18n
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.today.today import TodayWindow
from support import present

FACE = "rt-wash-face"


@pytest.fixture
def language(ctx: AppContext) -> Iterator[Callable[[str], None]]:
    def switch(code: str) -> None:
        ctx.settings.set("general.language", code)
        i18n.apply(ctx)

    yield switch
    ctx.settings.set("general.language", "en")
    i18n.remove(ctx.app)


def listed(window: SettingsWindow) -> list[str]:
    window.suggestions.refresh()
    return [present(row.findChild(QLabel)).text() for row in window.suggestions.rows]


def offered(today: TodayWindow) -> list[str]:
    today.routine.refresh()
    box = today.routine.suggestions
    return [box.itemText(i) for i in range(box.count())]


def test_a_hidden_built_in_typed_in_spanish_comes_back_once_in_both_languages(
    ctx: AppContext, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    ctx.store.add(ContentMark(pack="routine", item_id=FACE))
    language("es")
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(section="My lists")
    assert "Lavarme la cara" not in listed(window)
    field = window.suggestions.field
    field.setFocus()
    qtbot.keyClicks(field, "lavarme  la CARA")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # not kept as words of the person's own: the built-in shown again
    assert ctx.store.all(OwnItem) == []
    assert ctx.store.all(ContentMark) == []
    assert field.text() == ""
    assert listed(window).count("Lavarme la cara") == 1
    assert "lavarme  la CARA" not in listed(window)
    # typed again, in English or Spanish, nothing more
    for typed in ("Wash my face", "Lavarme la cara"):
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        field.clear()
    assert ctx.store.all(OwnItem) == []
    language("en")
    assert listed(window).count("Wash my face") == 1
    assert "Lavarme la cara" not in listed(window)


def test_an_older_own_suggestion_with_a_built_ins_words_shows_once_and_hides(
    ctx: AppContext, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    ctx.store.add(OwnItem(pack="routine", text="Lavarme la cara"))
    window = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(window)
    window.present(section="My lists")
    assert listed(window).count("Wash my face") == 1
    assert "Lavarme la cara" not in listed(window)
    [face] = [s for s in window.suggestions.shown() if s.item_id == FACE]
    window.suggestions.take_off(face)
    assert "Wash my face" not in listed(window)
    language("es")
    assert "Lavarme la cara" not in listed(window)


def test_one_of_the_three_picked_in_spanish_reads_in_english_and_is_not_offered_twice(
    ctx: AppContext, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("es")
    today = cast(TodayWindow, ctx.windows.get("today"))
    today.show()
    routine = today.routine
    assert "Lavarme la cara" in offered(today)
    field = present(routine.suggestions.lineEdit())
    field.setFocus()
    qtbot.keyClicks(field, "lavarme la cara")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    [item] = ctx.store.all(RoutineItem)
    row = routine.rows[item.id]
    assert row.words.text() == "Lavarme la cara"
    assert "Lavarme la cara" not in offered(today)
    # the same one again, in English this time, is not a second of the three
    qtbot.keyClicks(field, "Wash my face")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(ctx.store.all(RoutineItem)) == 1
    language("en")
    today.refresh()
    assert routine.rows[item.id].words.text() == "Wash my face"
    assert "Wash my face" not in offered(today)
    assert "Lavarme la cara" not in offered(today)
    language("es")
    today.refresh()
    assert routine.rows[item.id].words.text() == "Lavarme la cara"


def test_each_suggestion_reads_whole_in_spanish_at_todays_narrowest(
    ctx: AppContext, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    """The list under the box was as narrow as the box: "Comer algo: una comida…pezar por
    algo pequeño" (e16.png)."""
    language("es")
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.resize(today.minimumWidth(), today.height())
    box = today.routine.suggestions
    texts = offered(today)
    metrics = box.view().fontMetrics()
    longest = max(metrics.horizontalAdvance(text) for text in texts)
    box.setFixedWidth(longest // 2)  # the box narrower than its longest item (fonts vary)
    box.showPopup()
    try:
        qtbot.waitUntil(box.view().isVisible)
        room = box.view().viewport().width()
        assert room >= longest, (room, longest, box.width())
    finally:
        box.hidePopup()
