"""Get help now with a phone app: Call dials the number itself (not an extension or menu keys
written after it), Copy number stays beside every Call, and a number selects whole."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import OwnLine
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help.help_now import HelpNowWindow

LONG = "+44 (0) 20 7946 0958 extension 12345 then press 2 then 4"


@pytest.fixture
def phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: True)


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    yield
    ctx.settings.set("general.language", "en")
    i18n.remove(ctx.app)


def _open(ctx: AppContext, qtbot: QtBot) -> HelpNowWindow:
    ctx.settings.set("safety.region", "GB")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    return window


def _words(widget: QWidget) -> list[str]:
    return [b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]


def test_call_dials_the_number_itself_and_shows_it_bold(
    ctx: AppContext, qtbot: QtBot, phone: None
) -> None:
    ctx.store.add(OwnLine(name="Clinic", number=LONG))
    ctx.store.add(OwnLine(name="My GP", number="+44 (0) 20 7946 0000"))
    window = _open(ctx, qtbot)
    long_row, plain_row = window.own.rows
    assert _words(long_row) == ["Call", "Copy number", "Remove"]
    opened: list[str] = []
    window.own.on_link = opened.append
    window.own.refresh()  # rebuilt with the recording handler
    long_row, plain_row = window.own.rows
    for row in (long_row, plain_row):
        [call] = [b for b in row.findChildren(QPushButton) if b.text() == "Call"]
        call.click()
    assert opened == ["tel:+442079460958", "tel:+442079460000"]
    label = long_row.label
    # the number big and bold, the words after it as written, plainly
    assert "<b>+44&nbsp;(0)&nbsp;20&nbsp;7946&nbsp;0958</b></span> extension 12345" in label.text()
    # Copy puts the number alone on the clipboard, as a phone dials it pasted: no extension,
    # no menu keys, no "(0)" (tests/gui/test_help_now_own_narrow.py says the rest)
    [copy] = [b for b in long_row.findChildren(QPushButton) if b.text() == "Copy number"]
    copy.click()
    assert QGuiApplication.clipboard().text() == "+44 20 7946 0958"


@pytest.mark.parametrize("number", ["ext 12345", "12 then press 4", "0800 FLOWERS"])
def test_no_call_where_there_is_no_whole_number_only_copy(
    ctx: AppContext, qtbot: QtBot, phone: None, number: str
) -> None:
    ctx.store.add(OwnLine(name="Reception", number=number))
    window = _open(ctx, qtbot)
    [row] = window.own.rows
    assert _words(row) == ["Copy number", "Remove"]
    assert "href" not in row.label.text()


def test_every_number_can_still_be_copied_beside_call(
    ctx: AppContext, qtbot: QtBot, phone: None
) -> None:
    window = _open(ctx, qtbot)
    emergency = window.crisis.emergency_copy
    assert emergency is not None and emergency.text() == "Copy number"
    assert emergency.property("role") == "quiet"  # the sentence's "Call 999" comes first
    emergency.click()
    assert QGuiApplication.clipboard().text() == "999"
    samaritans = next(x for x in window.crisis.labels if x.accessibleName() == "Samaritans")
    row = samaritans.parentWidget()
    assert row is not None
    assert _words(row) == ["Call", "Copy number"]
    call, copy = row.findChildren(QPushButton)
    assert (call.property("role"), copy.property("role")) == ("secondary", "quiet")
    assert copy.accessibleName() == "Copy the number for Samaritans"
    copy.click()
    assert QGuiApplication.clipboard().text() == "116 123"
    assert window.crisis.first_action() is call  # the focus still opens on the first Call


def test_a_double_click_selects_a_number_whole(ctx: AppContext, qtbot: QtBot, phone: None) -> None:
    window = _open(ctx, qtbot)
    label = next(x for x in window.crisis.labels if x.accessibleName() == "Samaritans")
    chosen = set()
    for y in range(2, label.height(), 5):
        for x in range(2, label.width() // 2, 5):
            label.setSelection(0, 0)
            qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
            words = label.selectedText().replace("\xa0", " ")
            if words.strip() and words in "116 123":
                chosen.add(words)
    assert chosen == {"116 123"}


def test_in_spanish_at_the_narrowest_nothing_beside_the_lines_is_cut(
    ctx: AppContext, qtbot: QtBot, phone: None, spanish: None
) -> None:
    ctx.store.add(OwnLine(name="Clínica de día", number=LONG))
    window = _open(ctx, qtbot)
    window.resize(365, 700)
    settle(qtbot, window)
    assert window.scroller.horizontalScrollBar().maximum() == 0
    [row] = window.own.rows
    assert _words(row) == ["Llamar", "Copiar número", "Quitar"]
    right = window.scroller.viewport().width()
    shown = [*window.crisis.copies, *row.findChildren(QPushButton)]
    assert len(shown) > 6
    for button in shown:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.mapTo(window.scroller.viewport(), button.rect().topRight()).x() < right
