"""Get help now: "Copied. Paste it wherever you talk to them." under a person's buttons moves
nothing. Said beside them, it wrapped to three lines there; the row grew 6 px and the next
person and the link under the list dropped 12 px (LOOK.md: a message appears in room kept)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help.help_now import HelpNowWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _where(widget: QWidget) -> tuple[int, int, int, int]:
    corner = widget.mapTo(widget.window(), QPoint(0, 0))
    return corner.x(), corner.y(), widget.width(), widget.height()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("narrow", [True, False])
def test_copied_moves_nothing(ctx: AppContext, qtbot: QtBot, language: str, narrow: bool) -> None:
    ctx.settings.set("safety.region", "ES")
    ctx.store.add(Person(name="Ana", how="texts"))
    ctx.store.add(Person(name="Sam", how="calls after six"))
    if language == "es":
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
    try:
        window = cast(HelpNowWindow, ctx.windows.show("help-now"))
        width = window.minimumSizeHint().width() if narrow else 580
        window.resize(width, 900)
        qtbot.waitExposed(window)
        qtbot.wait(100)
        first, second = window.people.rows
        # every widget on the page: the next person, the link under the list, the row itself
        below = [w for w in window.findChildren(QWidget) if w.isVisible()]
        assert second in below and first.copy in below
        before = [_where(w) for w in below]
        first.copy.click()
        qtbot.wait(100)  # the layout settled
        assert first.done.text()
        said = first.done
        assert said.isVisible()
        # the line reads whole in the room kept for it
        assert said.heightForWidth(said.width()) <= said.height()
        assert [_where(w) for w in below] == before  # the line spoke in its own room
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
