"""Get help now, the person's own numbers written longer than 24 characters: a phone number
in them stays whole on one line (split between its groups, "+44 (0) 20 7946" over "0958"
reads as two numbers), the words round it still wrap, and the window is no wider at its
least for it. Only what is shown keeps it whole: what is stored, copied and dialled is the
number as written."""

from __future__ import annotations

import re
from typing import cast

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from settling import settle
from test_help_now_own_narrow import _at_least_width, _copy, _lines_of, _nothing_cut

from footholds.app.build import AppContext
from footholds.core.store import OwnLine
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.help.own_row import OwnRow

NUMBERS = [
    "+44 (0) 20 7946 0958 ext. 12",
    "+44 (0) 20 7946 0958 extension 12345",
    "0044 (0) 020 7946 0958 12345",  # no number told from it: copied whole
    "+44 (0)20 7946 0958 / 07700 900123",
    "Ring 0044 (0) 20 7946 0958 after six, ask for Sam",
    "+1 (415) 555-0132 or +1 (415) 555-0133 after six",
]
# a run of a number's characters with at least six digits, as phone_in_words reads one
RUN = re.compile(r"\+?[(\d][\d ().\-]*")


def _runs(written: str) -> list[str]:
    runs = (m.group().rstrip(" ().-") for m in RUN.finditer(written))
    return [run for run in runs if len(re.sub(r"\D", "", run)) >= 6]


@pytest.mark.parametrize("number", NUMBERS)
def test_a_long_own_number_never_breaks_inside_itself(
    ctx: AppContext, qtbot: QtBot, number: str
) -> None:
    ctx.settings.set("safety.region", "GB")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    least = window.minimumSizeHint().width()
    ctx.store.add(OwnLine(name="Clínica de día", number=number, note="weekdays, 9 to 5"))
    settle(qtbot, window)
    assert window.minimumSizeHint().width() <= max(least, 365)
    _at_least_width(qtbot, window)
    _nothing_cut(window)
    [row] = window.own.rows
    assert isinstance(row, OwnRow)
    shown = _lines_of(row.label)
    for run in _runs(number):
        assert any(run in line for line in shown), (run, shown)
    # stored and copied as written: no no-break space anywhere but on the screen
    [line] = ctx.store.all(OwnLine)
    assert line.number == number
    _copy(row).click()
    copied = QGuiApplication.clipboard().text()
    assert "\u00a0" not in copied and "\u2011" not in copied
    assert copied == row.copying.text
