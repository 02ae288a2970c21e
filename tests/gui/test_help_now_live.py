"""Get help now and the tough-day footer as read: one call action per line, named for a
screen reader; a country whose lines are not in Footholds says so; the whole window follows a
language change; the data's date is a full date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help import crisis_lines
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow


@pytest.fixture
def phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: True)


@pytest.fixture
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


@pytest.fixture
def to_spanish(ctx: AppContext) -> Iterator[Callable[[], None]]:
    def switch() -> None:
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"

    yield switch
    ctx.settings.set("general.language", "en")
    i18n.remove(ctx.app)


def _open(ctx: AppContext, qtbot: QtBot, region: str) -> HelpNowWindow:
    ctx.settings.set("safety.region", region)
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    return window


def _line(window: HelpNowWindow, name: str) -> tuple[QLabel, list[QPushButton]]:
    """The label and action button of the crisis line called `name`."""
    for label in window.crisis.labels:
        if label.accessibleName() == name:
            row = label.parentWidget()
            assert row is not None
            buttons = row.findChildren(QPushButton)
            return label, buttons
    raise AssertionError(name)


def test_a_line_has_one_call_action_named_for_its_service_and_number(
    ctx: AppContext,
    qtbot: QtBot,
    phone: None,
    monkeypatch: pytest.MonkeyPatch,
    to_spanish: Callable[[], None],
) -> None:
    window = _open(ctx, qtbot, "GB")
    label, buttons = _line(window, "Samaritans")
    text = label.text()
    assert "tel:" not in text  # no "call" link beside the number as well as the button
    assert 'Phone <span style="font-size: large;"><b>116&nbsp;123</b></span>' in text
    assert [b.text() for b in buttons] == ["Call", "Copy number"]  # a copy always beside
    assert buttons[0].accessibleName() == "Call Samaritans on 116 123"
    opened: list[str] = []
    monkeypatch.setattr(crisis_lines, "open_link", lambda url: opened.append(url) or True)
    buttons[0].click()
    assert opened == ["tel:116123"]
    to_spanish()
    qtbot.waitUntil(lambda: "Reino Unido" in window.crisis.text())
    label, buttons = _line(window, "Samaritans")
    assert (
        'Teléfono <span style="font-size: large;"><b>116&nbsp;123</b></span>' in label.text()
        and "tel:" not in label.text()
    )
    assert buttons[0].accessibleName() == "Llamar a Samaritans al 116 123"


def test_without_calls_a_line_says_call_and_offers_copy(
    ctx: AppContext, qtbot: QtBot, no_phone: None
) -> None:
    window = _open(ctx, qtbot, "GB")
    label, buttons = _line(window, "Samaritans")
    assert 'Call <span style="font-size: large;"><b>116&nbsp;123</b></span>' in label.text()
    assert [b.text() for b in buttons] == ["Copy number"]


def test_a_country_without_its_lines_says_so_where_they_would_be(
    ctx: AppContext, qtbot: QtBot, no_phone: None, to_spanish: Callable[[], None]
) -> None:
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    window = _open(ctx, qtbot, "AR")
    assert window.region_line.where.text() == "Country: Argentina."
    assert tough.crisis.where is not None
    assert tough.crisis.where.text() == "Country: Argentina."
    assert "findahelpline.com" in tough.crisis.text()  # what it says is below is below
    to_spanish()
    qtbot.waitUntil(lambda: window.region_line.where.text() == "País: Argentina.")
    assert tough.crisis.where.text() == "País: Argentina."
    ctx.settings.set("safety.region", "GB")  # a country with lines is named plainly again
    assert window.region_line.where.text() == "Líneas de crisis: Reino Unido."
    assert tough.crisis.where.text() == "Líneas de crisis: Reino Unido."


def test_the_whole_window_follows_a_language_change(
    ctx: AppContext, qtbot: QtBot, no_phone: None, to_spanish: Callable[[], None]
) -> None:
    ctx.store.add(Person(name="Sam", how="a text"))
    window = _open(ctx, qtbot, "GB")
    window.resize(580, 400)
    window.own.name.setText("Dr Ruiz")  # half typed when the language changes
    [row] = window.people.rows
    row.other.click()  # the person looked for another message
    bar = window.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(100)
    to_spanish()
    qtbot.waitUntil(lambda: window.title.text() == "Ayuda, ahora mismo")  # events are posted
    assert window.windowTitle() == "Ayuda ahora"
    assert [label.text() for label in window.section_titles] == [
        "Tus números",
        "Tu plan de seguridad",
        "Personas de confianza",
    ]
    assert window.knowledge.text() == "Qué pasa cuando llamas, y más cosas que saber"
    assert window.own.add.text() == "Añadir" and window.own.name.placeholderText() == "Nombre"
    assert window.own.name.text() == "Dr Ruiz"  # what was typed stays
    # the rows and the plan follow once the burst of language events is over
    qtbot.waitUntil(lambda: window.plan.edit.text() == "Escribir mi plan de seguridad")
    qtbot.waitUntil(lambda: window.people.rows[0].copy.text() == "Copiar el mensaje")
    [row] = window.people.rows
    assert row.at == 1  # the message the person had moved to, now in Spanish
    assert row.message.text() == window.people.ready[1]
    assert row.message.text() not in [m for m in _english_ready(ctx)]
    assert bar.value() == 100  # still where the person was
    assert window.own.name.text() == "Dr Ruiz"


def _english_ready(ctx: AppContext) -> list[str]:
    from footholds.core import content

    return [i["text"] for i in content.load_pack("help_messages", "en")]


def test_the_data_date_says_what_was_checked_and_shows_the_year_only_when_not_this_one(
    ctx: AppContext,
    qtbot: QtBot,
    no_phone: None,
    monkeypatch: pytest.MonkeyPatch,
    to_spanish: Callable[[], None],
) -> None:
    monkeypatch.setattr(crisis_lines, "today", lambda: __import__("datetime").date(2026, 12, 5))
    window = _open(ctx, qtbot, "GB")
    assert "Lines for United Kingdom checked on Thu 3 Dec." in window.crisis.text()
    window.crisis.set_region("ES")  # no lines of its own: what was checked is its number
    assert "Emergency number checked on Thu 3 Dec." in window.crisis.text()
    assert "Spain." not in window.crisis.text()  # its name is on the line above
    window.crisis.set_region("")  # "not sure": the directory's link
    assert "Directory link checked on Thu 3 Dec." in window.crisis.text()
    window.crisis.set_region("GB")
    to_spanish()
    qtbot.waitUntil(lambda: "Reino Unido: líneas comprobadas el jue 3 dic." in window.crisis.text())
    monkeypatch.setattr(crisis_lines, "today", lambda: __import__("datetime").date(2029, 1, 5))
    window.crisis.set_region("GB")
    assert window.crisis.stale is not None
    assert "por última vez el jue 3 dic 2026 y" in window.crisis.text()  # another year


def test_the_tough_day_help_row_turns_whole(
    ctx: AppContext, qtbot: QtBot, no_phone: None, to_spanish: Callable[[], None]
) -> None:
    ctx.settings.set("safety.region", "GB")
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    assert tough.crisis.where is not None
    where = tough.crisis.where  # built once, with the compact lines
    to_spanish()
    qtbot.waitUntil(lambda: "Reino Unido" in where.text())
    assert tough.help_now.text() == "&Ayuda ahora"  # beside Spanish lines, never English
    assert tough.help_now.accessibleName() != "Open Get help now"
