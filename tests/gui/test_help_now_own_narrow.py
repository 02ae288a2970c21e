"""Get help now with a long number of the person's own: the window is no wider at its least
for it (the number stays whole on its line, the words round it wrap, and Call, Copy number
and Remove go under it where there is no room beside it); and Copy number copies the number
alone, saying so where that is not just what is shown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import placement, settle

from footholds.app.build import AppContext
from footholds.core.store import OwnLine
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.help.own_row import OwnRow

ROOT = Path(__file__).resolve().parents[2]
LINES = ROOT / "resources" / "crisis" / "lines.json"
LONG = "+44 (0) 20 7946 0958 extension 12345 then press 2 then 4"
NUMBERS = [
    LONG,
    "0044 020 7946 0958 1234",  # 23 characters with no word to break at: one unbroken number
    "0800 123 456 ext. 12 ask for Sam",
    "+1 (415) 555-0132 or +1 (415) 555-0133 after six",
    "Ask at the front desk for the duty nurse on call",
    "0800 123 456 or 0800 123 457",
]


@pytest.fixture(params=[True, False], ids=["phone", "no-phone"])
def phone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    can = bool(request.param)
    monkeypatch.setattr(phone_links, "can_open", lambda _scheme: can)
    return can


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    chosen = str(request.param)
    if chosen == "es":
        ctx.settings.set("general.language", "es")
        assert i18n.apply(ctx) == "es"
    yield chosen
    if chosen == "es":
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def _open(ctx: AppContext, qtbot: QtBot, region: str = "GB") -> HelpNowWindow:
    ctx.settings.set("safety.region", region)
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def _at_least_width(qtbot: QtBot, window: HelpNowWindow) -> None:
    """The window narrowed as far as it goes (Qt holds it to its least width)."""
    window.resize(1, 700)
    settle(qtbot, window)
    assert window.width() <= max(window.minimumWidth(), window.minimumSizeHint().width())


def _lines_of(label: QLabel) -> list[str]:
    """The label's words as they are laid out in lines at its width."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    doc.size()  # laid out now
    lines = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for at in range(layout.lineCount()):
            line = layout.lineAt(at)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return [x.replace("\xa0", " ").replace("\u2011", "-").replace("\u200b", "") for x in lines]


def _nothing_cut(window: HelpNowWindow) -> None:
    """No scrolling sideways, every label as wide as its words need and as tall, every button
    as wide as its words and inside the page."""
    assert window.scroller.horizontalScrollBar().maximum() == 0
    viewport = window.scroller.viewport()
    right = viewport.width()
    page = window.scroller.widget()
    assert page is not None
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        assert label.width() >= label.minimumSizeHint().width(), label.text()
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.mapTo(viewport, label.rect().topRight()).x() < right, label.text()
    for button in page.findChildren(QPushButton):
        if not button.isVisibleTo(page):
            continue
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.mapTo(viewport, button.rect().topRight()).x() < right, button.text()


@pytest.mark.parametrize("number", NUMBERS)
def test_an_own_number_makes_the_window_no_wider_at_its_least(
    ctx: AppContext, qtbot: QtBot, phone: bool, language: str, number: str
) -> None:
    window = _open(ctx, qtbot)
    least = window.minimumSizeHint().width()
    ctx.store.add(OwnLine(name="Clínica de día", number=number, note="weekdays, 9 to 5"))
    settle(qtbot, window)
    assert window.minimumSizeHint().width() <= least
    _at_least_width(qtbot, window)
    _nothing_cut(window)
    [row] = window.own.rows
    assert isinstance(row, OwnRow)
    # beside the buttons only where that is no taller than under them: words squeezed into a
    # narrow column a line or two each ("Aunt Carmen:", "0800 123 456 or") read worse
    said = row.said.heightForWidth(row.width()) if row.said is not None else 0
    gaps = 2 * row.row.spacing()
    under = row.label.heightForWidth(row.width()) + row.buttons.sizeHint().height() + said + gaps
    assert row.height() <= under
    # the number, where there is one, whole on one of the label's lines
    shown = row.copying.written[row.copying.start : row.copying.end]
    if shown:
        assert any(shown in line for line in _lines_of(row.label)), _lines_of(row.label)


def test_at_a_wide_window_the_buttons_stay_beside_the_number(
    ctx: AppContext, qtbot: QtBot, phone: bool
) -> None:
    ctx.store.add(OwnLine(name="Clinic", number=LONG))
    window = _open(ctx, qtbot)
    window.resize(580, 700)
    settle(qtbot, window)
    [row] = window.own.rows
    assert isinstance(row, OwnRow)
    assert row.said is not None
    remove = row.remove.mapTo(row, row.remove.rect().topLeft())
    assert remove.y() == 0  # level with the words
    assert remove.x() > row.label.geometry().right()
    assert row.said.geometry().top() > row.label.geometry().bottom()  # under the words
    assert row.said.geometry().right() < remove.x()
    _at_least_width(qtbot, window)
    remove = row.remove.mapTo(row, row.remove.rect().topLeft())
    assert remove.y() > row.label.geometry().bottom()
    # "Copied just the number" under the buttons: no empty line between words and buttons
    assert row.said.geometry().top() > remove.y() + row.remove.height()
    window.resize(580, 700)  # and back beside the words
    settle(qtbot, window)
    assert row.said.geometry().right() < row.remove.mapTo(row, row.remove.rect().topLeft()).x()


@pytest.mark.parametrize("region", list(json.loads(LINES.read_text(encoding="utf-8"))["regions"]))
def test_every_region_at_its_least_with_a_long_own_number(
    ctx: AppContext, qtbot: QtBot, region: str
) -> None:
    ctx.store.add(OwnLine(name="Out of hours", number=LONG, note="ask for the duty doctor"))
    window = _open(ctx, qtbot, region)
    _at_least_width(qtbot, window)
    _nothing_cut(window)


# -- what Copy number copies ---------------------------------------------------------------


def _copy(row: QWidget) -> QPushButton:
    [copy] = [
        b for b in row.findChildren(QPushButton) if b.text() in ("Copy number", "Copiar número")
    ]
    return copy


@pytest.mark.parametrize(
    ("number", "copied", "said"),
    [
        (
            "0800 123 456 ext. 12 ask for Sam",
            "0800 123 456",
            "Copied just the number: 0800 123 456",
        ),
        (LONG, "+44 20 7946 0958", "Copied just the number: +44 20 7946 0958"),
        ("call 116 123 (free)", "116 123", "Copied just the number: 116 123"),
        (
            "020 7946 0958 or 020 7946 0959",
            "020 7946 0958",
            "Copied the first number: 020 7946 0958",
        ),
    ],
)
@pytest.mark.parametrize("narrow", [False, True], ids=["wide", "narrowest"])
def test_copy_number_copies_the_number_alone_and_says_so(
    ctx: AppContext, qtbot: QtBot, phone: bool, number: str, copied: str, said: str, narrow: bool
) -> None:
    ctx.store.add(OwnLine(name="Clinic", number=number))
    window = _open(ctx, qtbot)
    if narrow:
        _at_least_width(qtbot, window)
    [row] = window.own.rows
    assert isinstance(row, OwnRow) and row.said is not None
    copy = _copy(row)
    assert copied in copy.accessibleDescription()
    before = placement(window)
    copy.click()
    assert QGuiApplication.clipboard().text() == copied
    assert copy.text() == "Copied"
    assert row.said.text().replace("\xa0", " ").replace("\u2011", "-") == said
    assert row.said.accessibleName() == row.said.text()
    settle(qtbot, window)
    assert placement(window) == before  # said in room kept for it: nothing moves
    assert row.said.height() >= row.said.heightForWidth(row.said.width())  # read whole


@pytest.mark.parametrize(
    "number", ["+34 600 11 22 33", "Ask at the front desk", "12 then press 4", "0800 FLOWERS"]
)
def test_copied_as_shown_needs_no_more_words(
    ctx: AppContext, qtbot: QtBot, phone: bool, number: str
) -> None:
    ctx.store.add(OwnLine(name="Clinic", number=number))
    window = _open(ctx, qtbot)
    [row] = window.own.rows
    assert isinstance(row, OwnRow)
    assert row.said is None  # and no room kept empty for a line never said
    _copy(row).click()
    assert QGuiApplication.clipboard().text() == number


def test_in_spanish_the_copied_line_says_what_was_copied(
    ctx: AppContext, qtbot: QtBot, phone: bool
) -> None:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    try:
        ctx.store.add(OwnLine(name="Centro", number="0800 123 456 ext. 12"))
        ctx.store.add(OwnLine(name="Ana", number="600 111 222 o 600 111 333"))
        window = _open(ctx, qtbot, "ES")
        one, two = window.own.rows
        assert isinstance(one, OwnRow) and isinstance(two, OwnRow)
        assert one.said is not None and two.said is not None
        _copy(one).click()
        assert one.said.text().replace("\xa0", " ") == "Se ha copiado solo el número: 0800 123 456"
        _copy(two).click()
        assert two.said.text().replace("\xa0", " ") == (
            "Se ha copiado el primer número: 600 111 222"
        )
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
