"""Button roles, each one call that also names the button for screen readers.

- primary: the accent button, the one thing a view is for (at most one per view);
- secondary: an ordinary raised button;
- quiet: flat, for actions that should not compete (favourite, hide, remove);
- link: underlined text that opens or reveals something.
The look of each role lives in the application style sheet (ui/common/theme.py), keyed on the
button's "role" property, so a live light/dark switch restyles every button at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from footholds.ui.common import icons, link_letters

ROLES = ("primary", "secondary", "quiet", "link")
COPIED_MS = 2500  # how long a copy button says "Copied"
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# the one button saying "Copied" now: the clipboard holds one thing, so one button says so
_copied: list[QPushButton] = []


class Button(QPushButton):
    """A push button that Enter presses while it has the focus, as Space does. Qt does that
    only for an auto-default button, and making every button auto-default has a cost in a
    dialog with no default button: Enter anywhere in it then presses the first button in the
    focus chain (a crisis line's Copy number, behind the unlock dialog's help)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() in ENTER and plain and not self.autoDefault() and not self.isDefault():
            self.click()
            return  # taken here: the window's own Enter (a quick log's save) must not run
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        _main_default(self)
        if self.property("role") == "link":  # its Alt letter shown while Alt is held
            link_letters.watch(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            words = self.property("room_words")
            if words:  # given room_for them: the same words take other room now
                _make_room(self, words)


def _main_default(button: QPushButton) -> None:
    """A default button shown in a dialog is the dialog's main default, the one Enter
    presses again once the keyboard has left an auto-default button. Qt records that only
    when the button is made the default inside its dialog, and a primary button is made the
    default as it is built, before it is there: the keyboard leaving it ("Keep it", where
    "How was that?" opens, to its word field) then left the dialog with no default, and Enter
    did nothing."""
    # inherits(): QDialog's Python class stays unloaded while the app is idle
    if button.isDefault() and button.window().inherits("QDialog"):
        button.setDefault(False)  # (Qt does nothing for a default made the default again)
        button.setDefault(True)


def button(
    role: str,
    text: str,
    name: str = "",
    description: str = "",
    parent: QWidget | None = None,
    *,
    checkable: bool = False,
) -> QPushButton:
    """A button of `role` showing `text`, with its accessible name (the text when not given)
    and description."""
    if role not in ROLES:
        raise ValueError(f"unknown button role {role!r}")
    widget = Button(text, parent)
    widget.setProperty("role", role)
    widget.setAccessibleName(plain(name or text))
    if description:
        widget.setAccessibleDescription(description)
    widget.setCheckable(checkable)
    if role in ("quiet", "link"):
        widget.setFlat(True)  # also flat where the style sheet is not in force
    if role == "link":
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if role == "primary":
        widget.setDefault(True)  # Enter in the view presses it
    widget.setAutoDefault(role == "primary")  # Enter on another, focused, is Button's
    return widget


def primary(
    text: str, name: str = "", description: str = "", parent: QWidget | None = None
) -> QPushButton:
    """The accent button: the one thing this view is for."""
    return button("primary", text, name, description, parent)


def secondary(
    text: str, name: str = "", description: str = "", parent: QWidget | None = None
) -> QPushButton:
    """An ordinary button."""
    return button("secondary", text, name, description, parent)


def quiet(
    text: str,
    name: str = "",
    description: str = "",
    parent: QWidget | None = None,
    *,
    checkable: bool = False,
) -> QPushButton:
    """A flat button for an action that should not compete with the primary one."""
    return button("quiet", text, name, description, parent, checkable=checkable)


def link(
    text: str, name: str = "", description: str = "", parent: QWidget | None = None
) -> QPushButton:
    """Underlined text that opens or reveals something."""
    return button("link", text, name, description, parent)


def more(
    text: str, name: str = "", description: str = "", parent: QWidget | None = None
) -> QPushButton:
    """A quiet toggle that shows or hides the rest of something (Tough day's "More that can
    help", a long list's "Show all"): its arrow points down while folded, up while open. The
    caller words it for each state, since what it says depends on what it hides."""
    widget = quiet(text, name, description, parent, checkable=True)
    widget.setIcon(icons.ui_icon("more"))
    widget.toggled.connect(lambda on: widget.setIcon(icons.ui_icon("less" if on else "more")))
    return widget


def plain(text: str) -> str:
    """Words without their Alt letter's mark: "&Save" is "Save", "Salt && pepper" is
    "Salt & pepper" (a screen reader says a button's name, never its "&")."""
    return re.sub(r"&([&\w])", r"\1", text)  # "Tom & Jerry" keeps its "&"


def say(widget: QPushButton, text: str, name: str, about: str) -> None:
    """A button's words, its name for a screen reader and what it does, set again together
    (after a language switch, or when what it does changes). `text` may underline its Alt
    letter ("&Save"); the name never says the "&"."""
    widget.setText(text)
    widget.setAccessibleName(plain(name))
    widget.setAccessibleDescription(about)


def set_role(widget: QPushButton, role: str) -> None:
    """Change an existing button's role (and restyle it now)."""
    if role not in ROLES:
        raise ValueError(f"unknown button role {role!r}")
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def room_for(widget: QPushButton, *words: str) -> None:
    """Make `widget` wide enough for each of `words` too (a Copy button's "Copied"), so
    nothing beside it moves when it says them; measured again when its font or style
    changes (a Button)."""
    widget.setProperty("room_words", list(words))
    _make_room(widget, words)


def _make_room(widget: QPushButton, words: Sequence[str]) -> None:
    # measured as the button lays itself out with each, not as the text's advance plus
    # padding: the two round differently, and a pixel short still moved its neighbours
    own = widget.text()
    widest = 0
    for text in (*words, own):  # its own words last, so it is left saying them
        widget.setText(text)
        widest = max(widest, widget.sizeHint().width())
    widget.setMinimumWidth(widest)


def room_for_roles(widget: QPushButton, *roles: str) -> None:
    """Make `widget` wide enough to wear each of `roles` too (the accent passing from Next to
    Save on a last step), so neither it nor what is beside it moves when its role changes:
    a primary button's bolder words and wider padding made it grow, its neighbours shift."""
    own = str(widget.property("role"))
    widest = 0
    for role in (*roles, own):  # its own role last, so it is left wearing it
        set_role(widget, role)
        widest = max(widest, widget.sizeHint().width())
    widget.setMinimumWidth(widest)


def copy_text(widget: QPushButton, text: str, copied: str) -> None:
    """Put `text` on the clipboard; the button itself says `copied` ("Copied") for a moment,
    where the person clicked, then its own words again (give it `room_for` them)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
    while _copied:  # what it said it copied is no longer on the clipboard
        _own_words(_copied.pop())
    if widget.property("copy_words") is None:  # pressed again while saying "Copied"
        widget.setProperty("copy_words", widget.text())
    turn = int(widget.property("copy_turn") or 0) + 1
    widget.setProperty("copy_turn", turn)
    widget.setText(copied)
    _copied.append(widget)
    QTimer.singleShot(COPIED_MS, widget, lambda: _own_words(widget, turn))


def _own_words(widget: QPushButton, turn: int | None = None) -> None:
    """`widget`'s own words again after "Copied" (only for its latest copy, with `turn`)."""
    if not isValid(widget) or (turn is not None and widget.property("copy_turn") != turn):
        return
    words = widget.property("copy_words")
    if words is not None:
        widget.setText(str(words))
        widget.setProperty("copy_words", None)
    if widget in _copied:
        _copied.remove(widget)
