from __future__ import annotations

import pytest

from footholds.core import protocol


def test_round_trip() -> None:
    line = protocol.encode("show", what="about")
    assert protocol.decode(line.rstrip(b"\n")) == ("show", {"what": "about"})


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"garbage",
        b"\xff\xfe",
        b"[]",
        b'{"v": 2, "cmd": "ping"}',
        b'{"v": 1, "cmd": "rm -rf"}',
        b'{"v": 1, "cmd": "show", "args": []}',
        b'{"v": 1, "cmd": "' + b"x" * (protocol.MAX_BYTES + 1) + b'"}',
    ],
)
def test_bad_messages_are_refused(line: bytes) -> None:
    with pytest.raises(protocol.BadMessage):
        protocol.decode(line)


def test_unknown_command_cannot_be_encoded() -> None:
    with pytest.raises(protocol.BadMessage):
        protocol.encode("format-disk")


def test_reply() -> None:
    assert protocol.read_reply(protocol.reply(True, "hi").strip()) == {"ok": True, "message": "hi"}
    with pytest.raises(protocol.BadMessage):
        protocol.read_reply(b'{"message": "no ok"}')
