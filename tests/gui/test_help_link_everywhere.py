"""Help is one click away from every window (PRODUCT.md): each window the app has carries the
shared "Get help now" link (ui/common/help_link.HelpLink), in the same place, at its foot on
the right, and the link opens Get help now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from test_page_columns import open_editor

from footholds.app.build import AppContext
from footholds.ui.common import tokens
from footholds.ui.common.help_link import HelpLink
from footholds.ui.shell import registry

# The windows without the link, each for its reason. A new window is checked unless it is
# named here.
WITHOUT_THE_LINK = {
    "help-now": "it is Get help now itself",
    "tough-day": "its help footer, always in view, has the crisis lines and Get help now",
}
# the link sits at the window's foot, against its right edge: within the window's own margin
# (no window's is wider than L) and the spacing above or beside it
FOOT = tokens.L + tokens.S


@pytest.mark.parametrize("name", [n for n in registry.names() if n not in WITHOUT_THE_LINK])
def test_every_window_has_the_get_help_now_link_at_its_foot(
    ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    assert set(WITHOUT_THE_LINK) <= set(registry.names())  # no reason kept for a window gone
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    links = [link for link in window.findChildren(HelpLink) if link.isVisibleTo(window)]
    assert len(links) == 1, name
    button = links[0].button
    assert button.isVisibleTo(window) and button.text() == "&Get help now", name
    # the same corner in every window: bottom right, nothing between it and the edges
    corner = button.mapTo(window, QPoint(button.width(), button.height()))
    assert window.width() - corner.x() <= FOOT, (name, window.width() - corner.x())
    assert window.height() - corner.y() <= FOOT, (name, window.height() - corner.y())
    assert not ctx.windows.is_visible("help-now")
    button.click()
    assert ctx.windows.is_visible("help-now"), name


def test_the_entry_editor_has_the_link_too_and_it_opens_get_help_now(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The journal's editor is no window of the registry, but it holds a whole entry, the note
    where painful things are written, and it blocks the journal (and so the journal's link)
    while it is open: its own link opens Get help now, a window apart that stays usable."""
    editor = open_editor(ctx, qtbot)
    links = [link for link in editor.findChildren(HelpLink) if link.isVisibleTo(editor)]
    assert len(links) == 1
    button = links[0].button
    corner = button.mapTo(editor, QPoint(button.width(), button.height()))
    assert editor.width() - corner.x() <= FOOT, editor.width() - corner.x()
    assert editor.height() - corner.y() <= FOOT, editor.height() - corner.y()
    assert editor.form.tail[-1] is button  # Tab reaches it last, after Save and Cancel
    button.click()
    assert ctx.windows.is_visible("help-now")
    assert editor.isVisible()  # the entry stays open as it was, to come back to
