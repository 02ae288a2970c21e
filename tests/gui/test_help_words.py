"""The words around the crisis lines, as a person reads them: a narrow footer never breaks a
"text ... to NUMBER" phrase or a web address in two, and a language changed while help is
open never leaves the region's row half in the old language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _footer(ctx: AppContext, qtbot: QtBot, region: str) -> tuple[ToughDayWindow, str]:
    ctx.settings.set("safety.region", region)
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    [label] = window.crisis.labels
    return window, label.text()


def test_the_footer_keeps_a_text_phrase_on_one_line(ctx: AppContext, qtbot: QtBot) -> None:
    _window, html = _footer(ctx, qtbot, "US")
    assert "text&nbsp;838255" in html  # "text" never ends a line with the number on the next
    assert "text&nbsp;HOME&nbsp;to&nbsp;741741" in html


def test_the_footer_keeps_a_name_with_its_number(ctx: AppContext, qtbot: QtBot) -> None:
    window, html = _footer(ctx, qtbot, "GB")
    assert "NHS&nbsp;24&nbsp;(Scotland):&nbsp;111" in html  # never "NHS" then "24 (Scotland)"
    _window, html = _footer(ctx, qtbot, "IE")
    assert "Samaritans:&nbsp;116" in html  # a name never ends a line with its number on the next
    assert "Samaritans: 116 123" in window.crisis.text()  # read as plain words all the same


def test_the_footer_names_the_directory_without_its_scheme(ctx: AppContext, qtbot: QtBot) -> None:
    window, html = _footer(ctx, qtbot, "ZZ")
    # "https://" would sit alone at the end of a line, the address on the next
    assert '<a href="https://findahelpline.com">findahelpline.com</a>' in html
    assert "https://findahelpline.com" not in window.crisis.text()


@pytest.fixture
def to_spanish(ctx: AppContext) -> Iterator[Callable[[], None]]:
    def switch() -> None:
        ctx.settings.set("general.language", "es")
        i18n.apply(ctx)

    yield switch
    ctx.settings.set("general.language", "en")
    i18n.remove(ctx.app)


def test_a_language_change_turns_the_whole_region_row(
    ctx: AppContext, qtbot: QtBot, to_spanish: Callable[[], None]
) -> None:
    ctx.settings.set("safety.region", "GB")
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    help_now = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(help_now)
    help_now.region_line.change.click()  # the list open, as a person choosing has it
    assert tough.crisis.where is not None and tough.crisis.change is not None
    where = tough.crisis.where  # built once, with the compact lines
    to_spanish()
    qtbot.waitUntil(lambda: "Reino Unido" in where.text())
    assert tough.crisis.change.text() == "Cambiar de país"
    assert help_now.region_line.change.text() == "Cambiar de país"
    assert help_now.region_line.undo.text() == "Deshacer"
    assert help_now.picker.use_words() == "Usar este país"
    assert help_now.picker.cancel.text() == "Dejarlo como está"
    assert help_now.picker.prompt.text() == "¿En qué país estás?"


def test_the_footer_says_when_the_country_comes_from_the_computer(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, to_spanish: Callable[[], None]
) -> None:
    from footholds.ui.common import calm

    monkeypatch.setattr(calm, "system_locale_name", lambda: "en_IE")
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    assert window.crisis.where is not None
    where = window.crisis.where  # built once, with the compact lines
    assert window.crisis.where.text() == "Crisis lines for Ireland, from this computer's settings."
    to_spanish()
    qtbot.waitUntil(lambda: "Irlanda" in where.text())
    assert window.crisis.where.text() == (
        "Líneas de crisis: Irlanda (según la configuración de este equipo)."
    )
    ctx.settings.set("safety.region", "IE")  # confirmed: no longer the computer's guess
    assert window.crisis.where.text() == "Líneas de crisis: Irlanda."
