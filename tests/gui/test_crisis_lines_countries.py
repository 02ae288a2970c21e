"""Crisis lines for a country without lines of its own: its own emergency number, never 112."""

from __future__ import annotations

import pytest

from footholds.platform import phone_links
from footholds.ui.common import calm


@pytest.fixture
def phone(monkeypatch):
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: True)


def _crisis_text(ctx, qtbot, monkeypatch, locale_name: str) -> str:
    monkeypatch.setattr(calm, "system_locale_name", lambda: locale_name)
    window = ctx.windows.show("help-now")
    qtbot.waitExposed(window)
    return str(window.crisis.text())


def test_a_country_without_lines_shows_its_own_emergency_number(ctx, qtbot, monkeypatch, phone):
    text = _crisis_text(ctx, qtbot, monkeypatch, "es_MX.UTF-8")
    assert "call 911." in text and "112" not in text
    assert "Mexico. Checked on" in text and "findahelpline.com" in text


def test_an_unconfirmed_number_is_never_shown_as_an_empty_one(ctx, qtbot, monkeypatch, phone):
    text = _crisis_text(ctx, qtbot, monkeypatch, "es_AR.UTF-8")
    assert "call your local emergency number." in text
    assert "call ." not in text and "112" not in text
    assert "findahelpline.com" in text
