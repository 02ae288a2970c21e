"""The Wayland wire format: just enough to bind globals, send requests and read events.

Each message is two native-endian 32-bit words, the object id and (size << 16 | opcode),
then its arguments, each a multiple of 4 bytes long. A uint, int, object or new_id is one
word; a string is its length (with the closing NUL) and then its bytes, padded to 4.
(wayland.freedesktop.org/docs/html/ch04.html, "Wire Format")
"""

from __future__ import annotations

import struct

HEADER = struct.Struct("=II")
WORD = struct.Struct("=I")


class WireError(ValueError):
    """The bytes from the compositor are not Wayland messages (a broken stream)."""


def uint(value: int) -> bytes:
    """A uint, int, object id or new_id argument."""
    return WORD.pack(value & 0xFFFFFFFF)


def string(text: str) -> bytes:
    """A string argument: length including the NUL, the bytes, zero padding to 4."""
    data = text.encode() + b"\0"
    return WORD.pack(len(data)) + data + b"\0" * (-len(data) % 4)


def message(object_id: int, opcode: int, *args: bytes) -> bytes:
    """One request: header, then the already-encoded arguments."""
    body = b"".join(args)
    return HEADER.pack(object_id, (HEADER.size + len(body)) << 16 | opcode) + body


def read_uint(body: bytes, offset: int) -> tuple[int, int]:
    """The uint at `offset`, and the offset after it."""
    if offset + WORD.size > len(body):
        raise WireError("a message ended inside a number")
    return WORD.unpack_from(body, offset)[0], offset + WORD.size


def read_string(body: bytes, offset: int) -> tuple[str, int]:
    """The string at `offset` ("" for a null string), and the offset after its padding."""
    length, offset = read_uint(body, offset)
    end = offset + length
    if end > len(body):
        raise WireError("a message ended inside a string")
    text = body[offset : max(offset, end - 1)].decode(errors="replace")
    return text, end + (-length % 4)


class Reader:
    """Cuts the byte stream into messages; a message split across reads waits for the rest."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, data: bytes) -> list[tuple[int, int, bytes]]:
        """Add bytes just read; return every complete (object id, opcode, body) in them."""
        buffer = self._buffer + data
        messages = []
        start = 0
        while len(buffer) - start >= HEADER.size:
            object_id, word = HEADER.unpack_from(buffer, start)
            size = word >> 16
            if size < HEADER.size or size % 4:
                raise WireError(f"a message claims to be {size} bytes long")
            if len(buffer) - start < size:
                break
            messages.append((object_id, word & 0xFFFF, buffer[start + HEADER.size : start + size]))
            start += size
        self._buffer = buffer[start:]
        return messages
