"""The Affirmation with its own words given back (typed, not saved, when Footholds closed)
opens where it opens without them, grown downwards for the field and the kept line under it:
it opened 7 px higher, its kept line of two lines reckoned as one as the window was centred
(measured at the width the page had before the window took its own)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.ui.proofs.affirmation import AffirmationWindow

SCREEN = QRect(0, 0, 1280, 800)
NAME = "affirmation"


def opened(ctx: AppContext, qtbot: QtBot) -> AffirmationWindow:
    window = cast(AffirmationWindow, ctx.windows.show(NAME))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


@pytest.mark.parametrize("language", ["en", "es"])
def test_words_given_back_leave_the_window_where_it_opens(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SCREEN))
    monkeypatch.setattr(QScreen, "geometry", lambda _screen: QRect(SCREEN))
    if language == "es":
        from footholds.ui.common import i18n

        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
    first = opened(ctx, qtbot)
    place = first.geometry()
    first.write.click()
    first.own_text.setFocus()
    qtbot.keyClicks(first.own_text, "I am allowed to rest")
    assert quitting.keep_drafts(ctx)
    ctx.windows.forget(NAME)
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    again = opened(ctx, qtbot)
    assert again is not first
    assert again.own_kept.isVisible()
    grown = again.geometry()
    assert grown.top() == place.top(), (place, grown)
    assert grown.left() == place.left() and grown.width() == place.width()
    assert grown.height() >= place.height()
    if language == "es":
        from footholds.ui.common import i18n

        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
