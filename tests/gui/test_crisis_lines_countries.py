"""Crisis lines for a country without lines of its own: its own emergency number, never 112."""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import crisis
from footholds.platform import phone_links
from footholds.ui.common import calm, dates
from footholds.ui.help import crisis_lines
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow


@pytest.fixture
def phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: True)


def _crisis_text(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, locale_name: str
) -> str:
    monkeypatch.setattr(calm, "system_locale_name", lambda: locale_name)
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    return str(window.crisis.text())


def test_a_country_without_lines_shows_its_own_emergency_number(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None
) -> None:
    ctx.settings.set("safety.region", "MX")
    text = _crisis_text(ctx, qtbot, monkeypatch, "es_MX.UTF-8")
    assert "call 911." in text and "112" not in text
    assert "Emergency number checked on" in text and "findahelpline.com" in text  # a Spanish system


def test_an_unconfirmed_number_is_never_shown_as_an_empty_one(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None
) -> None:
    text = _crisis_text(ctx, qtbot, monkeypatch, "es_AR.UTF-8")
    assert "call your local emergency number." in text
    assert "call ." not in text and "112" not in text
    assert "findahelpline.com" in text


# -- numbers more than a year old ------------------------------------------------------------


def _help_now_for(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, day: date, region: str = "GB"
) -> HelpNowWindow:
    monkeypatch.setattr(crisis_lines, "today", lambda: day)
    ctx.settings.set("safety.region", region)
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    return window


def test_fresh_numbers_carry_no_line_about_their_age(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None
) -> None:
    window = _help_now_for(ctx, qtbot, monkeypatch, date.fromisoformat(crisis.data_checked()))
    assert window.crisis.stale is None
    assert "last checked" not in window.crisis.text()


@pytest.mark.parametrize("region", ["GB", "MX"])
def test_numbers_over_a_year_old_say_when_they_were_last_checked(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None, region: str
) -> None:
    checked = date.fromisoformat(crisis.data_checked())
    window = _help_now_for(ctx, qtbot, monkeypatch, checked + timedelta(days=400), region)
    text = window.crisis.text()
    # the date of the lines shown, the one way days show (a year ago: with its year)
    checked_on = window.crisis.region["checked"]
    shown = dates.day_label(checked_on, today=checked + timedelta(days=400), relative=False)
    assert f"These numbers were last checked on {shown}" in text
    assert text.count(shown) == 1 and text.count("checked on") == 1  # said once
    assert "the directory at findahelpline.com lists current lines" in text
    assert window.crisis.stale is not None
    assert 'href="https://findahelpline.com"' in window.crisis.stale.text()
    opened: list[str] = []
    monkeypatch.setattr(crisis_lines, "open_link", lambda url: opened.append(url) or True)
    window.crisis.stale.linkActivated.emit("https://findahelpline.com")
    assert opened == ["https://findahelpline.com"]


def test_the_line_about_their_age_speaks_spanish(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None
) -> None:
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        checked = date.fromisoformat(crisis.data_checked())
        window = _help_now_for(ctx, qtbot, monkeypatch, checked + timedelta(days=400))
        assert "Estos números se comprobaron por última vez el" in window.crisis.text()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("region", ["ZZ", "AR"])
def test_where_no_number_shows_there_is_nothing_to_date(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None, region: str
) -> None:
    # anywhere else, or a country whose number could not be confirmed: only the directory
    checked = date.fromisoformat(crisis.data_checked())
    window = _help_now_for(ctx, qtbot, monkeypatch, checked + timedelta(days=400), region)
    assert window.crisis.stale is None
    text = window.crisis.text()
    assert "findahelpline.com" in text
    if region == "ZZ":
        assert "Directory link checked on" in text
    else:  # no number was confirmed: no claim that one was checked
        assert "checked on" not in text and "could not confirm" in text


@pytest.mark.parametrize("region", ["TK", "NC"])
def test_a_country_without_a_confirmed_number_claims_no_check(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: None, region: str
) -> None:
    """No lines and no confirmed number: nothing was checked to vouch for, so no "checked on";
    the note says, once, that the number could not be confirmed. The tough day's footer too."""
    window = _help_now_for(
        ctx, qtbot, monkeypatch, date.fromisoformat(crisis.data_checked()), region
    )
    text = window.crisis.text()
    assert "checked on" not in text
    assert text.count("could not confirm the emergency number") == 1
    assert "call your local emergency number." in text
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    footer = tough.crisis.text()
    assert "checked" not in footer and "call your local emergency number." in footer
    assert not any(c.isdigit() for c in footer.splitlines()[0])


# -- the country's other confirmed emergency numbers -----------------------------------------


@pytest.mark.parametrize(
    ("region", "also"),
    [("GB", "112"), ("AU", "106, 112"), ("DE", "110"), ("IE", "999")],
)
def test_the_other_confirmed_emergency_numbers_show_under_the_main_one(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, region: str, also: str
) -> None:
    """`footholds helplines` said "other emergency numbers there: 106, 112" for Australia;
    Get help now and the tough day's footer never did. Now both do, quietly, under the main
    number (Ireland's 999 once in Get help now, where its note says "999 works too.")."""
    day = date.fromisoformat(crisis.data_checked())
    window = _help_now_for(ctx, qtbot, monkeypatch, day, region)
    lines = window.crisis.text().splitlines()
    said = f"Other emergency numbers there: {also}"
    if region == "IE":
        assert said not in lines and "999 works too." in window.crisis.text()
    else:
        assert lines[1] == said  # the line under the emergency sentence
        assert window.crisis.labels[1].property("soft")  # quietly
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    footer = tough.crisis.text().splitlines()
    emergency = next(i for i, line in enumerate(footer) if "call " in line)
    assert footer[emergency + 1] == said


@pytest.mark.parametrize("region", ["NZ", "AR", "ZZ", ""])
def test_no_line_of_other_numbers_where_there_are_none_to_confirm(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, region: str
) -> None:
    # New Zealand has only 111; Argentina's listed numbers are not confirmed: never shown
    day = date.fromisoformat(crisis.data_checked())
    window = _help_now_for(ctx, qtbot, monkeypatch, day, region)
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    for text in (window.crisis.text(), tough.crisis.text()):
        assert "Other emergency numbers" not in text
        assert not any(n in text for n in ("100", "101", "107", "911"))


def test_a_number_only_listed_elsewhere_never_shows_beside_lines(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were a region with lines ever listed with an unconfirmed number, it stays apart."""
    from footholds.core import emergency

    real = emergency.emergency_info

    def info(code: str) -> dict[str, object] | None:
        found = real(code)
        return {**found, "listed": ["555"]} if code == "GB" and found else found

    monkeypatch.setattr(emergency, "emergency_info", info)
    assert crisis.crisis_region("GB")["emergency_listed"] == ["555"]
    assert "555" not in crisis.crisis_region("GB")["emergency_also"]
    window = _help_now_for(ctx, qtbot, monkeypatch, date.fromisoformat(crisis.data_checked()))
    assert "Other emergency numbers there: 112" in window.crisis.text()
    assert "555" not in window.crisis.text()


def test_the_other_numbers_speak_spanish(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        day = date.fromisoformat(crisis.data_checked())
        window = _help_now_for(ctx, qtbot, monkeypatch, day, "AU")
        assert "Otros números de emergencia allí: 106, 112" in window.crisis.text()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_countrys_lines_wrap_in_the_windows_own_width(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    """In Spanish, with Argentina (no lines of its own), the tough day's footer line "Find A
    Helpline (directorio de líneas de ayuda por país): findahelpline.com" did not wrap: the
    window widened from 620 to 635 pixels and everything on it moved; Canada's "Kids Help
    Phone (for young people): …" widened it to 673. Every footer and link line wraps."""
    from PySide6.QtWidgets import QApplication

    ctx.settings.set("general.language", language)
    codes = [*crisis.crisis_regions(), "AR", ""]
    for code in codes:
        ctx.settings.set("safety.region", code)
        for name, window_type, width in (
            ("tough-day", ToughDayWindow, 620),
            ("help-now", HelpNowWindow, 580),
        ):
            window = ctx.windows.show(name)
            assert isinstance(window, window_type)
            qtbot.waitExposed(window)
            QApplication.processEvents()
            assert window.minimumWidth() <= width, (code, name)
            assert window.width() == width, (code, name)
            window.close()


def test_spain_shows_112_clearly_and_no_regional_number(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spain's 085 and 088 answer in some regions only; they showed quietly under 112 in Get
    help now and the tough day's footer, as if they worked anywhere in Spain."""
    day = date.fromisoformat(crisis.data_checked())
    window = _help_now_for(ctx, qtbot, monkeypatch, day, "ES")
    text = window.crisis.text()
    assert "112" in text.splitlines()[0]
    assert "Other emergency numbers" not in text
    assert "085" not in text and "088" not in text
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(tough)
    footer = tough.crisis.text()
    assert "112" in footer and "Other emergency numbers" not in footer
    assert "085" not in footer and "088" not in footer
