"""Every window fits a common small laptop screen whole: 1366x768 with a 28-pixel panel.
The tall ones (questionnaire, check-in, tough day, insights, ...) were made 720-760 pixels
high; their pages scroll, so on a smaller screen they shrink to it rather than run under the
panel or off the bottom, where their buttons are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_accessibility import seeded  # noqa: F401  (a fixture)

from footholds.app.build import AppContext
from footholds.ui.common import calm
from footholds.ui.shell.registry import names

LAPTOP = QRect(0, 28, 1366, 740)  # 1366x768 less a panel along the top


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The screen's available geometry, as the windows read it, made a small laptop's."""
    monkeypatch.setattr(calm, "screen_area", lambda _window: QRect(LAPTOP))
    return LAPTOP


@pytest.mark.parametrize("name", names())
def test_every_window_fits_a_small_laptop_screen(
    seeded: AppContext,  # noqa: F811
    laptop: QRect,
    qtbot: QtBot,
    name: str,
) -> None:
    seeded.windows.show(name)
    window = seeded.windows.get(name)
    assert isinstance(window, QWidget)
    qtbot.waitExposed(window)
    # the window's own size leaves out the title bar and borders the desktop adds
    assert window.height() + calm.FRAME_ALLOWANCE <= laptop.height(), (name, window.size())
    assert window.width() <= laptop.width(), (name, window.size())
    window.close()


def _inside(window: QWidget, area: QRect, allowance: int = calm.FRAME_ALLOWANCE) -> bool:
    """The window whole inside `area`, with room for the frame a desktop adds: opening, the
    allowance for it (offscreen, the frame is a thin 2 pixels; on a desktop the window is
    placed before it is framed)."""
    frame = window.frameGeometry()
    framed = frame.height() - window.height()
    tall = window.height() + max(framed, allowance)
    placed = QRect(frame.left(), frame.top(), frame.width(), tall)
    return area.contains(placed)


@pytest.mark.parametrize("name", names())
def test_every_window_opens_whole_inside_the_screen(
    seeded: AppContext,  # noqa: F811
    laptop: QRect,
    qtbot: QtBot,
    name: str,
) -> None:
    """Centred before the desktop framed it, the thought log's title bar pushed its foot 9
    pixels past the bottom of an 800-pixel screen."""
    seeded.windows.show(name)
    window = seeded.windows.get(name)
    assert isinstance(window, QWidget)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    assert _inside(window, laptop), (name, window.frameGeometry(), laptop)
    window.close()


def test_a_window_grown_where_it_stands_stays_inside_the_screen(
    ctx: AppContext, laptop: QRect, qtbot: QtBot
) -> None:
    """A window whose wrapped words need more height grows downward where it stands
    (fit_wrapped_height): it ran past the bottom of the screen; it moves up as it grows."""
    window = calm.CalmWindow(ctx)
    qtbot.addWidget(window)
    words = QLabel(" ".join(["A few words that wrap onto many lines."] * 40))
    words.setWordWrap(True)
    QVBoxLayout(window).addWidget(words)
    window.resize(300, 120)
    window.move(laptop.left() + 40, laptop.bottom() - 120 - calm.FRAME_ALLOWANCE)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)  # the layout asks for its words' height: the window grows
    assert window.height() > 120
    # framed by now: its own frame counts
    assert _inside(window, laptop, allowance=0), (window.frameGeometry(), laptop)
    window.close()


def test_a_window_that_grew_fits_again_when_shown_again(
    seeded: AppContext,  # noqa: F811
    laptop: QRect,
    qtbot: QtBot,
) -> None:
    seeded.windows.show("questionnaire")
    window = seeded.windows.get("questionnaire")
    assert isinstance(window, QWidget)
    window.resize(640, 900)  # as a form's words might make it, or a larger screen did
    seeded.windows.show("questionnaire", form="phq9")
    assert window.height() + calm.FRAME_ALLOWANCE <= laptop.height(), window.size()
    window.close()


# 1280x800 at QT_SCALE_FACTOR=1.5 (large text): 853x533 logical pixels, less a panel
LARGE_TEXT_SCREEN = QRect(0, 18, 853, 515)


@pytest.mark.parametrize("name", names())
def test_no_window_needs_more_than_a_large_text_screen(
    seeded: AppContext,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    name: str,
) -> None:
    # a window's least height is what fit_to_screen cannot go under: the Affirmation's added
    # up its card, two button rows, the kept room for its own words, the undo strip and the
    # help link, ran 60 pixels past the screen and cut off Get help now
    monkeypatch.setattr(calm, "screen_area", lambda _window: QRect(LARGE_TEXT_SCREEN))
    seeded.windows.show(name)
    window = seeded.windows.get(name)
    assert isinstance(window, QWidget)
    qtbot.waitExposed(window)
    room = LARGE_TEXT_SCREEN.height() - calm.FRAME_ALLOWANCE
    assert window.minimumSizeHint().height() <= room, (name, window.minimumSizeHint())
    if name != "quick-log":  # frameless, it fits itself to the screen the tray icon is on
        assert window.height() <= room, (name, window.size())
    window.close()


def test_a_window_grown_where_it_stands_keeps_its_foot_on_the_screen(qtbot: QtBot) -> None:
    """The questionnaire opens short in the middle of the screen and grows for a form: it
    grew downwards, its Score button and help link 250 px below the screen's edge."""
    window = QWidget()
    qtbot.addWidget(window)
    area = calm.screen_area(window)
    assert area is not None
    window.resize(400, 200)
    window.move(area.left() + 20, area.bottom() - 300)
    window.show()
    qtbot.waitExposed(window)
    calm.fit_to_words(window, 400, area.height() - 100)
    settle(qtbot, window)
    frame = window.frameGeometry()
    assert area.top() <= frame.top() and frame.bottom() <= area.bottom(), (frame, area)
