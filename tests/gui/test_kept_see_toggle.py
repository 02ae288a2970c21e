"""The "See them / Hide them" toggle over words kept (the quick log's from another version, My
medicines' for a medicine no longer listed) is one piece, worded in one place
(ui/common/kept_bar.py): it was written out in each strip, each with its own translations,
and the two could drift apart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import buttons, i18n, kept_bar
from footholds.ui.journal.medication_kept import GoneDoseWords
from footholds.ui.journal.quick_log_kept import UnreadKept
from ts_catalog import load_catalog

SOURCES = (
    "See them",
    "Hide them",
    "See the kept words",
    "Hide the kept words",
    "Shows the words as they were kept, to read or copy.",
)


def _words(button: QPushButton) -> tuple[str, str, str]:
    # the words as shared; the quick log's line marks an Alt letter of its own on them
    return buttons.plain(button.text()), button.accessibleName(), button.accessibleDescription()


def _strips(ctx: AppContext, qtbot: QtBot) -> tuple[UnreadKept, GoneDoseWords]:
    quick = UnreadKept(ctx)
    gone = GoneDoseWords(ctx)
    qtbot.addWidget(quick)
    qtbot.addWidget(gone)
    return quick, gone


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    yield
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)


def test_both_strips_word_their_toggle_as_the_shared_one(ctx: AppContext, qtbot: QtBot) -> None:
    alone = buttons.link("")
    alone.setCheckable(True)
    qtbot.addWidget(alone)
    strips = _strips(ctx, qtbot)
    for on in (True, False):
        alone.setChecked(on)
        kept_bar.say_see(alone)
        for strip in strips:
            toggle = strip.see
            toggle.setChecked(on)
            assert _words(toggle) == _words(alone)
    assert _words(alone) == (
        "See them",
        "See the kept words",
        "Shows the words as they were kept, to read or copy.",
    )


def test_the_toggle_speaks_spanish_from_one_context(
    ctx: AppContext, qtbot: QtBot, spanish: None
) -> None:
    for strip in _strips(ctx, qtbot):
        toggle = strip.see
        assert _words(toggle) == (
            "Ver",
            "Ver las palabras guardadas",
            "Muestra las palabras tal como se guardaron, para leerlas o copiarlas.",
        )
        toggle.setChecked(True)
        assert _words(toggle)[:2] == ("Ocultar", "Ocultar las palabras guardadas")
    catalog = load_catalog("es")
    for source in SOURCES:
        contexts = {context for context, said, _note in catalog if said == source}
        assert contexts == {"KeptWordsBar"}, source
