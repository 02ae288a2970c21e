"""The "Copy them" button over words kept (the quick log's from another version, My
medicines' for a medicine no longer listed, in its strip and in its form) is worded in one
place, as See them is (ui/common/kept_bar.py): each once wrote out "Copy them" and "Copied"
with its own translations, and they could drift apart."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import buttons, i18n, kept_bar
from footholds.ui.journal.medication import MedicationWindow
from footholds.ui.journal.medication_kept import GoneDoseWords
from footholds.ui.journal.quick_log_kept import UnreadKept
from ts_catalog import load_catalog

SHARED = ("Copy them", "Puts them on the clipboard, to paste wherever you like.")
STRIPS = ("UnreadKept", "GoneDoseWords", "MedicationWindow")


Holders = tuple[UnreadKept, GoneDoseWords, MedicationWindow]


def _holders(ctx: AppContext, qtbot: QtBot) -> Holders:
    """Each place with a Copy them over words kept (kept alive while the test uses them)."""
    quick = UnreadKept(ctx)
    gone = GoneDoseWords(ctx)
    qtbot.addWidget(quick)
    qtbot.addWidget(gone)
    return quick, gone, cast(MedicationWindow, ctx.windows.show("medication"))


def _copies(holders: Holders) -> list[QPushButton]:
    quick, gone, window = holders
    return [quick.copy, gone.copy, window.copy_change]


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    yield
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)


def test_each_copy_button_says_the_shared_words(ctx: AppContext, qtbot: QtBot) -> None:
    alone = buttons.quiet("")
    qtbot.addWidget(alone)
    kept_bar.say_copy(alone, "Copy them somewhere")
    holders = _holders(ctx, qtbot)
    for copy in _copies(holders):
        assert copy.text() == alone.text() == "Copy them"
        assert copy.accessibleDescription() == alone.accessibleDescription() == SHARED[1]
        # room for "Copied" too, so nothing beside it moves when it says so
        assert copy.minimumWidth() >= copy.sizeHint().width()
    assert kept_bar.copied_words() == "Copied"


def test_copy_says_copied_in_spanish_from_one_context(
    ctx: AppContext, qtbot: QtBot, spanish: None
) -> None:
    holders = _holders(ctx, qtbot)
    for copy in _copies(holders):
        assert copy.text() == "Copiarlas"
        assert copy.accessibleDescription() == (
            "Las pone en el portapapeles, para pegarlas donde quieras."
        )
    assert kept_bar.copied_words() == "Copiadas"
    strip = holders[0]
    strip.words.setText("unas palabras")
    strip.copy.click()
    assert strip.copy.text() == "Copiadas"
    assert QGuiApplication.clipboard().text() == "unas palabras"
    catalog = load_catalog("es")
    for source in SHARED:
        contexts = {context for context, said, _note in catalog if said == source}
        assert contexts == {"KeptWordsBar"}, source
    copied = {context for context, said, _note in catalog if said == "Copied"}
    assert "KeptWordsBar" in copied and not copied & set(STRIPS)
