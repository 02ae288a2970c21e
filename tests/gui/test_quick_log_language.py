"""The quick log is built ahead and kept (it holds the draft), so it must follow a language
switched in Settings while it lives, keeping the draft exactly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import default_lists, i18n
from footholds.ui.journal.quick_log import QuickLogWindow


def switch(ctx: AppContext, code: str) -> None:
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    # a window without its native window (put away a while) gets the change posted
    QApplication.processEvents()


@pytest.fixture
def kept(ctx: AppContext) -> Iterator[QuickLogWindow]:
    """The quick log as the app builds it at start; English again afterwards."""
    ctx.windows.prebuild("quick-log")
    try:
        yield cast(QuickLogWindow, ctx.windows.get("quick-log"))
    finally:
        switch(ctx, "en")
        i18n.remove(ctx.app)


def texts(window: QWidget) -> set[str]:
    found = {window.windowTitle()}
    found |= {label.text() for label in window.findChildren(QLabel)}
    # without the Alt letter's mark ("&Guardar")
    found |= {button.text().replace("&", "") for button in window.findChildren(QAbstractButton)}
    return found


def draft(window: QuickLogWindow) -> tuple[object, ...]:
    form = window.form
    return (
        form.note.text(),
        form.energy.value(),
        form.more.isChecked(),
        not form.journal.isHidden(),
        form.journal.values(),
        form.feelings.add_field.text() if form.feelings.add_field else None,
    )


def picked_keys(ctx: AppContext, window: QuickLogWindow) -> tuple[list[str], list[str]]:
    form = window.form
    feelings = [
        default_lists.stored(t, ctx.settings["lists.feelings"]) for t in form.feelings.picked()
    ]
    wins = [default_lists.stored(t, ctx.settings["lists.wins"]) for t in form.wins.picked()]
    return feelings, wins


def test_kept_quick_log_speaks_the_language_switched_to(
    ctx: AppContext, kept: QuickLogWindow
) -> None:
    assert kept.windowTitle() == "Quick log"
    switch(ctx, "es")
    shown = texts(kept)
    assert kept.windowTitle() == "Registro rápido"
    assert {"¿Cómo estás ahora mismo?", "Guardar", "Planear algo", "Más"} <= shown
    assert {"Cómo te sientes (hasta tres)", "Energía", "Pequeños logros", "poca"} <= shown
    assert "Ayuda ahora" in shown
    assert not {"Save", "Plan something", "How are you right now?", "More", "Energy"} & shown
    assert kept.form.note.placeholderText() == "Unas palabras, si quieres…"
    assert kept.form.note.accessibleName() == "Nota"
    field = kept.form.feelings.add_field
    assert field is not None and field.placeholderText() == "+ con tus palabras"
    # the starting feelings and wins show in Spanish, as a window built now would show them
    feelings = [chip.text() for chip in kept.form.feelings.chips]
    assert feelings == default_lists.shown(ctx.settings["lists.feelings"])
    assert "heavy" not in feelings
    wins = [chip.text() for chip in kept.form.wins.chips]
    assert wins == default_lists.shown(ctx.settings["lists.wins"])
    assert "drank water" not in wins


def test_draft_is_kept_across_a_language_switch_and_back(
    ctx: AppContext, kept: QuickLogWindow, qtbot: QtBot
) -> None:
    form = kept.form
    form.note.set_text("a hard  morning\nbut I got up")
    form.feelings.pick(default_lists.word("heavy"))
    form.feelings.pick(default_lists.word("tired"))
    form.wins.pick(default_lists.word("drank water"))
    form.energy.set_value(2)
    form.show_more(True)
    form.journal.trigger.set_text("the post")
    form.journal.part.setEditText("the critic")
    assert form.feelings.add_field is not None
    form.feelings.add_field.setText("half typ")
    before = draft(kept)
    keys = picked_keys(ctx, kept)
    assert keys == (["heavy", "tired"], ["drank water"])

    switch(ctx, "es")
    assert kept.windowTitle() == "Registro rápido"
    assert draft(kept) == before
    assert picked_keys(ctx, kept) == keys
    assert form.feelings.picked() == [default_lists.word("heavy"), default_lists.word("tired")]
    assert form.feelings.picked() != ["heavy", "tired"]  # shown in Spanish, still picked

    switch(ctx, "en")
    assert kept.windowTitle() == "Quick log"
    assert draft(kept) == before
    assert form.feelings.picked() == ["heavy", "tired"]
    assert form.wins.picked() == ["drank water"]
    # the limit of three still holds on the rebuilt chips
    form.feelings.pick(default_lists.word("numb"))
    assert len(form.feelings.picked()) == 3
    assert not any(c.isEnabled() for c in form.feelings.chips if not c.isChecked())


def test_morning_sleep_question_follows_too_keeping_its_answer(
    ctx: AppContext, kept: QuickLogWindow
) -> None:
    question = kept.sleep  # built the first morning it is due
    question.bed.setTime(QTime(1, 30))
    question.quality.button(2).click()
    switch(ctx, "es")
    assert question.title.text() == "¿Cómo dormiste?"
    assert {"Anotarlo", "Hoy no", "mal"} <= texts(question)
    assert question.bed.time() == QTime(1, 30)
    assert question.quality.value() == 2


def test_every_starting_word_shows_whole_in_spanish(ctx: AppContext, kept: QuickLogWindow) -> None:
    """ "di un paso hacia una meta" was shortened with "…" though it is no long word of one's
    own: the shortening is for those."""
    from footholds.ui.common.chips import Chip

    switch(ctx, "es")
    shown = [QPushButton.text(chip) for chip in kept.findChildren(Chip)]
    assert "di un paso hacia una meta" in shown
    assert not any(text.endswith("…") for text in shown)


def test_nothing_to_save_fits_the_hints_line_in_spanish(
    ctx: AppContext, kept: QuickLogWindow, qtbot: QtBot
) -> None:
    """The message takes the hint's place under the buttons, a line tall: a longer Spanish
    sentence wrapped and grew the window."""
    switch(ctx, "es")
    ctx.windows.show("quick-log")
    qtbot.waitExposed(kept)
    size = kept.size()
    kept._on_form_submit()
    status = kept.status
    assert status.text() == "Aún no hay nada que guardar. Elige o escribe algo."
    assert status.fontMetrics().horizontalAdvance(status.text()) <= status.width()
    assert kept.size() == size
