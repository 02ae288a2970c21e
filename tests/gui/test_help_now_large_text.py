"""Get help now's crisis lines with text a quarter larger (QT_SCALE_FACTOR=1.25 on a 1280x800
screen leaves 1024x640 of room; a larger system font does the same), at the window's least
width: each line stays readable. Its words are not squeezed into a narrow column beside
its buttons (Call, Copy number go under them where beside would make the row taller), the
number is whole on one line with its "Call", and nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from settling import settle
from test_help_now_own_narrow import (  # noqa: F401  (phone and language are fixtures)
    _at_least_width,
    _lines_of,
    _nothing_cut,
    language,
    phone,
)

from footholds.app.build import AppContext
from footholds.ui.common.measure import ch
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.help.line_row import LEAST_BESIDE, LineRow

SCALE = 1.25


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    usual = qapp.font()
    font = qapp.font()
    font.setPointSizeF(usual.pointSizeF() * SCALE)
    qapp.setFont(font)
    yield
    qapp.setFont(usual)


def _buttons_of(row: LineRow) -> list[QPushButton]:
    return [b for b in row.findChildren(QPushButton) if b.isVisibleTo(row)]


@pytest.mark.parametrize("region", ["GB", "US", "ZA"])
def test_each_crisis_line_reads_whole_at_large_text_and_least_width(
    ctx: AppContext,
    qtbot: QtBot,
    large_text: None,
    phone: bool,  # noqa: F811  (the fixture imported above)
    language: str,  # noqa: F811
    region: str,
) -> None:
    ctx.settings.set("safety.region", region)
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    _at_least_width(qtbot, window)
    _nothing_cut(window)
    rows = [r for r in window.crisis.rows if isinstance(r, LineRow)]
    assert rows
    for row in rows:
        label = row.label
        buttons = _buttons_of(row)
        assert buttons, label.text()
        top = min(b.mapTo(row, b.rect().topLeft()).y() for b in buttons)
        beside = top < label.geometry().bottom()
        if beside:
            # beside only where that is no taller than the words over the whole width
            # with the buttons under them
            under = label.heightForWidth(row.width()) + row.row.spacing() + row.stack_height()
            assert row.height() <= under, label.text()[:60]
            # and never in a column of a few words a line
            assert label.width() >= LEAST_BESIDE * ch(label), label.text()[:60]
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), button.text()
    named = {row.label.accessibleName(): row for row in rows}
    for line in window.crisis.region["lines"]:
        number = line.get("call") or line.get("text")
        if not number:
            continue
        shown = _lines_of(named[line["name"]].label)
        assert any(number in x for x in shown), shown
        if line.get("call"):
            # "Call 0800 83 85 87" on one line, never "Call" alone above its number
            assert any(x.rstrip().endswith(number) and len(x) > len(number) for x in shown), shown


def test_the_rows_go_back_beside_at_a_wide_window(
    ctx: AppContext, qtbot: QtBot, large_text: None
) -> None:
    ctx.settings.set("safety.region", "US")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    window.resize(900, 600)
    settle(qtbot, window)
    rows = [r for r in window.crisis.rows if isinstance(r, LineRow)]
    for row in rows:
        [first, *_] = _buttons_of(row)
        assert first.mapTo(row, first.rect().topLeft()).x() > row.label.geometry().right()
        assert isinstance(row.label, QLabel)
