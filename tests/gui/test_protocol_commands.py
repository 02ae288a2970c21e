"""Every command the running app handles can be sent to it, and every command that can be
sent has a handler: `footholds session add` with the app running failed with "unknown command"
because the two lists had drifted apart."""

from __future__ import annotations

from footholds.app.handlers import HANDLERS
from footholds.core import protocol


def test_the_wire_knows_exactly_the_commands_the_app_handles() -> None:
    assert set(HANDLERS) == set(protocol.COMMANDS)


def test_session_commands_can_be_sent() -> None:
    for command in ("session-add", "session-remove"):
        line = protocol.encode(command, session={"weekday": 1})
        assert protocol.decode(line)[0] == command
