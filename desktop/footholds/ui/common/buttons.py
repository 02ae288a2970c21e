"""Button roles, each one call that also names the button for screen readers.

- primary: the accent button, the one thing a view is for (at most one per view);
- secondary: an ordinary raised button;
- quiet: flat, for actions that should not compete (favourite, hide, remove);
- link: underlined text that opens or reveals something.
The look of each role lives in the application style sheet (ui/common/theme.py), keyed on the
button's "role" property, so a live light/dark switch restyles every button at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

ROLES = ("primary", "secondary", "quiet", "link")


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
    widget = QPushButton(text, parent)
    widget.setProperty("role", role)
    widget.setAccessibleName(name or text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
    widget.setCheckable(checkable)
    if role in ("quiet", "link"):
        widget.setFlat(True)  # also flat where the style sheet is not in force
    if role == "link":
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if role == "primary":
        widget.setDefault(True)  # Enter in the view presses it
    # Enter presses the focused button, as Space does: outside a dialog Qt only does that for
    # an auto-default one. In a dialog, Enter in a field still presses its default button.
    widget.setAutoDefault(True)
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


def set_role(widget: QPushButton, role: str) -> None:
    """Change an existing button's role (and restyle it now)."""
    if role not in ROLES:
        raise ValueError(f"unknown button role {role!r}")
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
