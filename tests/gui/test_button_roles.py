"""Every push button in every window has one of the design system's roles (primary,
secondary, quiet, link: ui/common/buttons.py), so none falls back to a stock grey button, and
no view has more than one primary button showing at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common.buttons import ROLES
from footholds.ui.shell.registry import BY_NAME

# Buttons drawn by a component of their own rather than by a role: the 1-to-5 level buttons
# (a scale, styled as chips) and the no-tray launcher's tiles. Each names the component.
OWN_LOOK = ("level", "chip", "tile", "launcher")


def _own_look(button: QPushButton) -> bool:
    w: QWidget | None = button
    while w is not None:
        name = w.objectName().lower()
        if any(part in name for part in OWN_LOOK) or w.property("chip"):
            return True
        w = w.parentWidget()
    return False


def roleless(window: QWidget) -> list[str]:
    found = []
    for button in window.findChildren(QPushButton):
        if button.property("role") in ROLES or _own_look(button):
            continue
        found.append(f"{button.text() or button.accessibleName()!r}")
    return found


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_every_button_has_a_role(ctx: AppContext, qtbot: QtBot, name: str) -> None:
    window = ctx.windows.get(name)
    assert roleless(window) == [], f"{name}: buttons without a role"


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_at_most_one_primary_button_shows(ctx: AppContext, qtbot: QtBot, name: str) -> None:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    shown = [
        b.text()
        for b in window.findChildren(QPushButton)
        if b.property("role") == "primary" and b.isVisibleTo(window)
    ]
    assert len(shown) <= 1, f"{name}: {shown}"
    window.close()


def _drawn(button: QPushButton, focused: bool) -> QImage:
    """The button as its style draws it, as if Tab had (or had not) just brought focus."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.state |= QStyle.StateFlag.State_KeyboardFocusChange
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    else:
        option.state &= ~QStyle.StateFlag.State_HasFocus
    image = QImage(button.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    button.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, button)
    painter.end()
    return image


@pytest.mark.parametrize("role", ROLES)
def test_keyboard_focus_is_the_ring_alone_not_a_second_box_inside(
    qapp: QApplication, qtbot: QtBot, role: str
) -> None:
    # Fusion drew its own dotted box round the words inside the ring on Tab (help-now's
    # first "Copy number"): only the outer ring may change when the button takes focus
    from footholds.ui.common import buttons, theme

    theme.apply(qapp, "light")
    try:
        button = buttons.button(role, "Copy number")
        qtbot.addWidget(button)
        button.ensurePolished()
        button.resize(button.sizeHint())
        before, after = _drawn(button, False), _drawn(button, True)
        ring = 4  # the ring and its antialiasing
        inner = [
            (x, y)
            for x in range(ring, before.width() - ring)
            for y in range(ring, before.height() - ring)
            if before.pixel(x, y) != after.pixel(x, y)
        ]
        assert inner == [], f"{role}: {len(inner)} pixels changed inside the ring"
    finally:
        theme.apply(qapp, "system")
