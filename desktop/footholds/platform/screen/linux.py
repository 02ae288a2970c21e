"""Linux do-not-disturb and screen-lock sources: D-Bus services and GNOME's dconf switch.

Each desktop exposes these differently, so a source is a short list of probes tried once at
start-up; the first one that answers is used from then on. Probes only ask services that are
already running: polling must never start a screen saver or a notification daemon.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from footholds.platform._dbus import (
    DBusError,
    call,
    get_property,
    is_running,
    session_bus,
    system_bus,
)
from footholds.platform.dconf import GnomeDndSource
from footholds.platform.screen.base import StateSource, UnavailableState
from footholds.platform.session import Session

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class Probe:
    """One way to read a yes/no value: a method returning a boolean, or a property."""

    label: str  # names the way it is read, never its value: doctor says "checked through …"
    service: str
    path: str
    interface: str
    member: str
    args: tuple[str, ...] = ()
    is_property: bool = False
    system: bool = False
    missing_means_off: bool = False  # the service answers "no such setting" until first set


DND_PROBES = (
    # KDE Plasma and other servers implementing the spec's Inhibited property.
    Probe(
        "notification server's Inhibited property",
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        NOTIFICATIONS,
        "Inhibited",
        is_property=True,
    ),
    Probe(
        "dunst's paused property",
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        "org.dunstproject.cmd0",
        "paused",
        is_property=True,
    ),
    Probe(
        "Xfce's do-not-disturb setting",
        "org.xfce.Xfconf",
        "/org/xfce/Xfconf",
        "org.xfce.Xfconf",
        "GetProperty",
        ("xfce4-notifyd", "/do-not-disturb"),
        missing_means_off=True,
    ),
)


def _screen_saver(label: str, vendor: str) -> Probe:
    name = f"org.{vendor}.ScreenSaver"
    return Probe(label, name, f"/org/{vendor}/ScreenSaver", name, "GetActive")


LOCK_PROBES = (
    _screen_saver("GNOME screen shield", "gnome"),
    _screen_saver("Cinnamon screen saver", "cinnamon"),
    _screen_saver("MATE screen saver", "mate"),
    _screen_saver("Xfce screen saver", "xfce"),
    _screen_saver("freedesktop screen saver", "freedesktop"),
    # Set by most lockers through logind; last because some lockers never set it.
    Probe(
        "logind session lock hint",
        "org.freedesktop.login1",
        "/org/freedesktop/login1/session/auto",
        "org.freedesktop.login1.Session",
        "LockedHint",
        is_property=True,
        system=True,
    ),
)


class DBusStateSource:
    """Reads one boolean through the first probe that answered at start-up."""

    available = True

    def __init__(self, probe: Probe, bus: Any) -> None:
        self.probe = probe
        self._bus = bus
        self.name = probe.label
        where = "system" if probe.system else "session"
        self.reason = f"asks {probe.service} on the {where} bus"

    def read(self) -> bool:
        """The value now; raises DBusError (or TypeError) when the service fails."""
        p = self.probe
        if p.is_property:
            value = get_property(self._bus, p.service, p.path, p.interface, p.member)
        else:
            value = call(self._bus, p.service, p.path, p.interface, p.member, *p.args)[0]
        if not isinstance(value, bool):
            raise TypeError(f"{p.label} answered {value!r}, not yes or no")
        return value

    def active(self) -> bool:
        """The current value; False when the service stops answering."""
        try:
            return self.read()
        except (DBusError, TypeError, IndexError):
            return False


def first_answering(probes: tuple[Probe, ...], concern: str) -> StateSource:
    """A source for the first probe whose service runs and answers; else unavailable."""
    tried: list[str] = []
    for probe in probes:
        try:
            bus = system_bus() if probe.system else session_bus()
        except DBusError as exc:
            tried.append(f"{probe.label}: {exc}")
            continue
        if not is_running(bus, probe.service):
            tried.append(f"{probe.label}: not running")
            continue
        source = DBusStateSource(probe, bus)
        try:
            source.read()
        except (DBusError, TypeError, IndexError) as exc:
            if not probe.missing_means_off:
                tried.append(f"{probe.label}: {exc}")
                continue
        return source
    detail = "; ".join(tried)
    return UnavailableState(f"no running service reports {concern} ({detail})")


def linux_dnd_source(session: Session) -> StateSource:
    """GNOME's switch on GNOME, else the notification server's own pause or inhibit."""
    if session.is_desktop("GNOME"):
        return GnomeDndSource()
    return first_answering(DND_PROBES, "do-not-disturb")


def linux_locked_source(_session: Session) -> StateSource:
    """The desktop's screen saver service, else logind's LockedHint."""
    return first_answering(LOCK_PROBES, "the screen lock")
