"""Small synchronous QtDBus helpers with short time limits, shared by the Linux sources.

Every call blocks for at most `timeout_ms`, so a stuck service can never freeze the app
for long. Nothing here starts a process or touches the network.
"""

from __future__ import annotations

import ctypes
from typing import Any

from PySide6.QtDBus import (
    QDBus,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusVariant,
)

PROPERTIES = "org.freedesktop.DBus.Properties"
DEFAULT_TIMEOUT_MS = 500


class DBusError(Exception):
    """A D-Bus call failed; the message is the service's own error text."""


def session_bus() -> QDBusConnection:
    """The session bus; raises DBusError when there is none."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        raise DBusError("there is no D-Bus session bus")
    return bus


def system_bus() -> QDBusConnection:
    """The system bus; raises DBusError when there is none."""
    bus = QDBusConnection.systemBus()
    if not bus.isConnected():
        raise DBusError("there is no D-Bus system bus")
    return bus


def unwrap(value: Any) -> Any:
    """Peel QDBusVariant layers off a value (portal and property replies nest them)."""
    while isinstance(value, QDBusVariant):
        value = value.variant()
    return value


def call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    method: str,
    *args: Any,
    timeout_ms: int = DEFAULT_TIMEOUT_MS,
) -> list[Any]:
    """Call `method` and return its reply values, unwrapped; raises DBusError."""
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusError(reply.errorMessage() or reply.errorName() or "no reply")
    return [unwrap(value) for value in reply.arguments()]


def get_property(bus: QDBusConnection, service: str, path: str, interface: str, name: str) -> Any:
    """Read one D-Bus property; raises DBusError when it does not exist."""
    values = call(bus, service, path, PROPERTIES, "Get", interface, name)
    if not values:
        raise DBusError(f"{interface}.{name} gave an empty reply")
    return values[0]


def is_running(bus: QDBusConnection, service: str) -> bool:
    """True when `service` has an owner right now (asking never starts it)."""
    reply = bus.interface().isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def can_start(bus: QDBusConnection, service: str) -> bool:
    """True when the bus would start `service` on first use (D-Bus activation)."""
    try:
        names = call(
            bus,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "ListActivatableNames",
        )
    except DBusError:
        return False
    return bool(names) and service in names[0]


_uint_writer: Any = None


def uint32(value: int) -> QDBusArgument:
    """A D-Bus 'u' argument.

    PySide6 marshals every Python int as a signed 'i' and its QDBusArgument `<<` only
    reaches the 16-bit overload, so Notify's `replaces_id` and CloseNotification's `id`
    could not be sent. This calls Qt's own QDBusArgument::operator<<(uint) through ctypes
    (the Itanium C++ ABI used on Linux); raises DBusError if the symbol cannot be found.
    """
    global _uint_writer
    if _uint_writer is None:
        import shiboken6

        try:
            # Already loaded by PySide6.QtDBus, so this returns the same library.
            lib = ctypes.CDLL("libQt6DBus.so.6")
            writer = lib._ZN13QDBusArgumentlsEj
        except (OSError, AttributeError) as exc:
            raise DBusError(f"cannot send unsigned numbers over D-Bus here: {exc}") from exc
        writer.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        writer.restype = ctypes.c_void_p
        _uint_writer = (writer, shiboken6.getCppPointer)
    writer, pointer_of = _uint_writer
    argument = QDBusArgument()
    writer(pointer_of(argument)[0], value & 0xFFFFFFFF)
    if argument.currentSignature() != "u":
        raise DBusError("cannot send unsigned numbers over D-Bus with this Qt build")
    return argument
