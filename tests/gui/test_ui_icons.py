"""The UI line icons (Lucide): shipped with their licence, drawn in the theme's text colour,
re-tinted by a live light/dark switch; the tray menu in three groups, with an icon per entry."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from typing import cast

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import icons, theme, tokens
from footholds.ui.shell.registry import HELP_FIRST
from support import ROOT, present

FOLDER = ROOT / "resources" / "icons" / "ui"


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, size: int = 24) -> QColor:
    """The average colour of the icon's drawn pixels."""
    image = icon.pixmap(size, size, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 120
    ]
    assert len(inked) > size, "nothing drawn"
    n = len(inked)
    return QColor(
        sum(c.red() for c in inked) // n,
        sum(c.green() for c in inked) // n,
        sum(c.blue() for c in inked) // n,
    )


def _close(a: QColor, b: str) -> bool:
    c = QColor(b)
    return max(abs(a.red() - c.red()), abs(a.green() - c.green()), abs(a.blue() - c.blue())) < 24


def test_every_ui_icon_is_a_lucide_svg_shipped_with_the_licence_in_the_wheel() -> None:
    files = {p.name for p in FOLDER.iterdir()}
    assert "LICENSE.txt" in files and "ISC License" in (FOLDER / "LICENSE.txt").read_text()
    for lucide in icons.UI.values():
        svg = (FOLDER / f"{lucide}.svg").read_text()
        assert 'stroke="currentColor"' in svg, lucide  # what the tint replaces
    assert {f"{v}.svg" for v in icons.UI.values()} == {f for f in files if f.endswith(".svg")}
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["footholds.resources"]
    for name in files:
        assert any(fnmatch(f"icons/ui/{name}", p.replace("**/", "*/")) for p in patterns), name
    spec = (ROOT / "packaging" / "footholds.spec").read_text()
    suffixes = re.search(r"RESOURCE_SUFFIXES = \{(.*)\}", spec)
    assert suffixes and all(f'"{n[n.rindex(".") :]}"' in suffixes.group(1) for n in files)


@pytest.mark.parametrize("name", sorted(icons.UI))
def test_each_icon_draws_something(qapp: QApplication, name: str) -> None:
    icon = icons.ui_icon(name)
    assert not icon.isNull()
    _ink(icon, size=16)


def test_the_tint_is_the_text_colour_and_follows_a_live_theme_switch(qapp: QApplication) -> None:
    icon = icons.ui_icon("quote")  # one QIcon, kept, as a button or menu entry keeps it
    try:
        theme.apply(qapp, "light")
        assert _close(_ink(icon), theme.colours(False)["text"])
        theme.apply(qapp, "dark")
        assert _close(_ink(icon), theme.colours(True)["text"])
        # disabled: the soft colour, like disabled words
        assert _close(_ink(icon, QIcon.Mode.Disabled), theme.colours(True)["soft"])
    finally:
        theme.apply(qapp, "system")


def test_on_a_highlighted_menu_row_it_takes_the_rows_text_colour(qapp: QApplication) -> None:
    try:
        theme.apply(qapp, "light")
        on_row = _ink(icons.ui_icon("bell", menu=True), QIcon.Mode.Active)
        assert _close(on_row, qapp.palette().highlightedText().color().name())
        # a focused button (Active too) keeps the text colour: white would vanish on it
        focused = _ink(icons.ui_icon("bell"), QIcon.Mode.Active)
        assert _close(focused, theme.colours(False)["text"])
    finally:
        theme.apply(qapp, "system")


def test_on_a_primary_button_it_takes_the_accent_text_colour_in_both_themes(
    qapp: QApplication,
) -> None:
    # the text colour would be dark ink on teal in light, and pale on light teal in dark
    icon = icons.ui_icon("add", on_accent=True)
    try:
        for dark in (False, True):
            theme.apply(qapp, "dark" if dark else "light")
            accent_text = tokens.colours(dark).accent_text
            assert _close(_ink(icon), accent_text)
            assert _close(_ink(icon, QIcon.Mode.Active), accent_text)  # focused
    finally:
        theme.apply(qapp, "system")


def test_primary_buttons_with_an_icon_draw_it_in_the_accent_text_colour(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QPushButton

    theme.apply(ctx.app, "light")
    try:
        shown = ctx.windows.show("proof-list")
        qtbot.waitExposed(shown)
        primaries = [
            b
            for b in shown.findChildren(QPushButton)
            if b.property("role") == "primary" and not b.icon().isNull()
        ]
        assert primaries
        for button in primaries:
            assert _close(_ink(button.icon()), tokens.LIGHT.accent_text), button.text()
    finally:
        theme.apply(ctx.app, "system")


def test_high_dpi_pixmaps_are_drawn_at_full_resolution(qapp: QApplication) -> None:
    pixmap = icons.ui_icon("quote").pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.devicePixelRatio()) == (32, 2.0)


def _groups(ctx: AppContext) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for action in ctx.tray.menu.actions():
        if action.isSeparator():
            groups.append([])
        else:
            groups[-1].append(action.text().replace("&", ""))
    return groups


def test_the_tray_menu_is_groups_help_everyday_app_then_quit(ctx: AppContext) -> None:
    ctx.reminders.start()  # adds the Reminders submenu, as at start-up
    try:
        groups = _groups(ctx)
        assert len(groups) == 4
        assert groups[0] == ["Tough day", "Get help now", "Safety plan"]
        assert groups[1][0] == "Quick log" and "Proof list" in groups[1]
        assert "Insights" in groups[1] and "Settings" not in groups[1]
        assert groups[2] == ["Reminders", "Settings", "About Footholds"]
        assert groups[3] == ["Quit"]
    finally:
        ctx.reminders.stop()


@pytest.mark.parametrize("state", ["open", "locked"])
def test_turning_the_lock_on_leaves_quit_last_and_puts_no_lock_where_quit_was(
    ctx: AppContext, state: str
) -> None:
    """Lock now went in just above Quit: the day the lock went on, a click on Quit's old
    place locked the app instead. Quit stays last, after its own line, and the lock entry
    is first in the app's group, away from it."""
    ctx.reminders.start()
    tray = ctx.tray
    try:
        before = tray.menu.actions()
        quit_was = before.index(tray.actions["quit"])
        tray.set_lock_state(state)
        groups = _groups(ctx)
        lock = "Lock now" if state == "open" else "Unlock…"
        assert groups[2] == [lock, "Reminders", "Settings", "About Footholds"]
        assert groups[3] == ["Quit"]
        actions = tray.menu.actions()
        assert actions[-1] is tray.actions["quit"] and actions[-2].isSeparator()
        assert actions[quit_was].text() != lock  # where Quit was: not the lock
    finally:
        tray.set_lock_state("off")
        ctx.reminders.stop()


def test_every_tray_entry_has_an_icon_and_only_help_keeps_its_mark(ctx: AppContext) -> None:
    ctx.reminders.start()
    try:
        entries = [a for a in ctx.tray.menu.actions() if not a.isSeparator()]
        assert all(not a.icon().isNull() and a.isIconVisibleInMenu() for a in entries)
        for name in HELP_FIRST:  # the teal marks, not a line icon
            assert ctx.tray.actions[name].icon().cacheKey() == present(icons.mark(name)).cacheKey()
        # QAction.menu() is typed QObject (a template in Qt); a tray submenu is a QMenu
        submenu = cast(QMenu, next(a.menu() for a in entries if a.menu() is not None))
        with_icons = [a.text().replace("&", "") for a in submenu.actions() if not a.icon().isNull()]
        assert "Resume reminders" in with_icons and "Pause for 30 minutes" in with_icons
    finally:
        ctx.reminders.stop()


@pytest.mark.parametrize("state", ["open", "locked"])
def test_lock_now_and_unlock_carry_the_lock_icon(ctx: AppContext, state: str) -> None:
    """Unlock… was the one entry without an icon while the lock is on."""
    tray = ctx.tray
    tray.set_lock_state(state)
    try:
        entries = [a for a in tray.menu.actions() if not a.isSeparator()]
        assert all(not a.icon().isNull() and a.isIconVisibleInMenu() for a in entries)
        lock = tray.actions["lock"]
        assert lock.text().replace("&", "") == ("Lock now" if state == "open" else "Unlock…")
        _ink(lock.icon(), size=16)
    finally:
        tray.set_lock_state("off")


BUTTONS = {
    "help-now": ("Copy number",),
    "reach-out": ("Add someone", "Copy"),
    "proof-list": ("Add",),
    "today": ("Add goal",),
}


@pytest.mark.parametrize("window", sorted(BUTTONS))
def test_buttons_that_benefit_carry_an_icon_beside_their_words(
    ctx: AppContext, qtbot: QtBot, window: str
) -> None:
    from PySide6.QtWidgets import QPushButton

    ctx.settings.set("safety.region", "GB")  # lines to copy
    shown = ctx.windows.show(window)
    qtbot.waitExposed(shown)
    for text in BUTTONS[window]:
        matches = [b for b in shown.findChildren(QPushButton) if b.text().replace("&", "") == text]
        assert matches, text
        assert all(not b.icon().isNull() for b in matches), text  # and the words stay


def test_dialog_buttons_carry_no_stock_icons_even_where_the_desktop_asks(
    ctx: AppContext, qtbot: QtBot
) -> None:
    # a desktop theme (GNOME's, under the real session) asks for stock icons on "Close" and
    # "Cancel": drawn once in the desktop's colours, they were dark on a dark button
    from PySide6.QtWidgets import (
        QDialogButtonBox,
        QProxyStyle,
        QStyle,
        QStyleHintReturn,
        QStyleOption,
        QWidget,
    )

    class AsksForIcons(QProxyStyle):
        def styleHint(
            self,
            hint: QStyle.StyleHint,
            option: QStyleOption | None = None,
            widget: QWidget | None = None,
            data: QStyleHintReturn | None = None,
        ) -> int:
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    desktop = AsksForIcons("Fusion")
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    desktop.setParent(box)  # the box owns it, and it lives as long as the box
    box.setStyle(desktop)  # under the app's style sheet, as every widget is
    close = box.addButton(QDialogButtonBox.StandardButton.Close)
    assert close.icon().isNull()
    assert close.text()  # the words stay
