"""Linux screen sharing: an active screen-cast session, where the desktop reports one.

GNOME's Mutter (and compositors that offer the same service, such as niri) makes one D-Bus
object per screen-cast session under /org/gnome/Mutter/ScreenCast/Session while it lasts:
sharing a screen in a call through the portal, the shell's own screen recorder, remote
desktop. Elsewhere nothing readable says so, and the answer is an honest "can't tell".
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable

from footholds.core.busy import Answer
from footholds.platform.busy.base import BusySource, CannotTell

SERVICE = "org.gnome.Mutter.ScreenCast"
ROOT = "/org/gnome/Mutter/ScreenCast"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"

Introspect = Callable[[str], str]


def children(xml: str) -> list[str]:
    """The child node names in an introspection reply."""
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return []
    return [str(node.get("name")) for node in root.findall("node") if node.get("name")]


class MutterScreenCast:
    """Counts Mutter's screen-cast session objects."""

    name = "GNOME screen-cast sessions (org.gnome.Mutter.ScreenCast)"

    def __init__(self, introspect: Introspect) -> None:
        self._introspect = introspect
        self.available = True
        self.reason = "asks GNOME whether a screen-cast session is going on"

    def in_use(self) -> Answer:
        """True while at least one screen-cast session exists."""
        if "Session" not in children(self._introspect(ROOT)):
            return False
        return bool(children(self._introspect(f"{ROOT}/Session")))


def linux_screen_share() -> BusySource:
    """Mutter's sessions where the service runs, else "can't tell", with the reason."""
    try:
        from footholds.platform._dbus import DBusError, call, is_running, session_bus

        bus = session_bus()
        if not is_running(bus, SERVICE):
            return CannotTell("this desktop does not say when the screen is shared")
    except Exception as exc:  # no Qt D-Bus, no session bus: nothing to ask
        return CannotTell(f"the desktop cannot be asked about screen sharing ({exc})")

    def introspect(path: str) -> str:
        try:
            return str(call(bus, SERVICE, path, INTROSPECTABLE, "Introspect")[0])
        except IndexError as exc:
            raise DBusError("an empty introspection reply") from exc

    return MutterScreenCast(introspect)
