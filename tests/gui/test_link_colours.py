"""Links follow a live light/dark switch: in rich-text labels (crisis lines, directories) and
link buttons ("Change country"). Qt colours a rich-text link once, when it parses the label,
so after a switch to dark the links kept the light teal, 2.4:1 on dark slate."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common import theme, tokens
from footholds.ui.help.help_now import HelpNowWindow


def painted(widget: QWidget) -> Counter[str]:
    """How many pixels of each colour the widget paints."""
    image = widget.grab().toImage()
    return Counter(
        image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
    )


@pytest.fixture
def help_now(ctx: AppContext, qtbot: QtBot) -> Iterator[HelpNowWindow]:
    from footholds.app import build as app_module

    ctx.signals.setting_changed.connect(lambda name, _v: app_module._on_setting(ctx, name))
    ctx.settings.set("safety.region", "GB")  # a region named, so "Change country" shows
    window = cast(HelpNowWindow, ctx.windows.get("help-now"))
    qtbot.addWidget(window)
    yield window
    theme.apply(ctx.app, "light")


@pytest.mark.parametrize(("before", "after"), [("light", "dark"), ("dark", "light")])
def test_links_take_the_new_themes_colour_after_a_live_switch(
    ctx: AppContext, qtbot: QtBot, help_now: HelpNowWindow, before: str, after: str
) -> None:
    ctx.settings.set("general.theme", before)
    help_now.show()
    qtbot.waitExposed(help_now)
    settle(qtbot, help_now)
    ctx.settings.set("general.theme", after)
    # the new style sheet sizes things anew: painted and read where they came to rest
    settle(qtbot, help_now)
    now, then = tokens.colours(after == "dark"), tokens.colours(before == "dark")

    change = help_now.region_line.change
    assert change.isVisible() and change.property("role") == "link"
    colour = change.palette().color(change.foregroundRole())
    assert colour.name() == now.link
    assert tokens.contrast(colour.name(), now.background) >= tokens.TEXT_AA
    assert now.link in painted(change)

    linked = [w for w in help_now.findChildren(QLabel) if "<a " in w.text() and w.isVisible()]
    assert linked  # the crisis lines and the directory carry links
    for label in linked:
        colours = painted(label)
        assert now.link in colours, label.text()[:60]
        assert then.link not in colours, label.text()[:60]
    assert tokens.contrast(now.link, now.background) >= tokens.TEXT_AA


def test_a_rich_text_label_anywhere_follows_the_switch(ctx: AppContext, qtbot: QtBot) -> None:
    """The fix is in ui/common/theme.py, so every window's links follow, not one."""
    theme.apply(ctx.app, "light")
    label = QLabel('Read more at <a href="https://example.org">example.org</a>')
    qtbot.addWidget(label)
    label.show()
    try:
        settle(qtbot, label)
        assert tokens.LIGHT.link in painted(label)
        theme.apply(ctx.app, "dark")
        settle(qtbot, label)
        colours = painted(label)
        assert tokens.DARK.link in colours and tokens.LIGHT.link not in colours
        assert label.text().startswith("Read more")  # the words are untouched
    finally:
        theme.apply(ctx.app, "light")


def test_unchecked_checkboxes_have_a_visible_border_in_dark(ctx: AppContext, qtbot: QtBot) -> None:
    """The outline of an empty box is 3:1 against the field inside it, after a live switch."""
    from PySide6.QtWidgets import QCheckBox

    theme.apply(ctx.app, "light")
    box = QCheckBox("Keep a note")
    # alone in its window it would take the focus, and the focus ring (test_contrast) instead
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    qtbot.addWidget(box)
    box.show()
    try:
        theme.apply(ctx.app, "dark")
        settle(qtbot, box)
        colours = painted(box)
        dark = tokens.DARK
        assert dark.border in colours  # the outline is drawn...
        assert tokens.contrast(dark.border, dark.background) >= tokens.LARGE_AA
        assert tokens.contrast(dark.border, dark.field) >= tokens.LARGE_AA
        assert QColor(dark.field).name() in colours  # ...around the field-coloured box
    finally:
        theme.apply(ctx.app, "light")
