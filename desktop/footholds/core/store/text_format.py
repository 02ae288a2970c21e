"""The text of a store file that is not all UTF-8. Footholds writes UTF-8; an editor that saved a
month again in the older Windows/Latin-1 format (cp1252) wrote "café" with é as the one byte
0xE9, which UTF-8 cannot read. Recovery (core/store/recovery) reads such a file with this.

Each byte sequence UTF-8 reads is read as UTF-8, so valid words are never changed, even beside
words in the older format in the same file (or entry). Only a byte UTF-8 cannot read is read as
cp1252, which has a letter or a sign for all but five bytes; those five (0x81, 0x8D, 0x8F, 0x90,
0x9D) are left as they are, so the entry holding one fails its checks and stays out, as any
damaged entry. cp1252 gives every such byte a character outside ASCII, so the JSON around the
words (quotes, brackets, commas) is read exactly as UTF-8 would read it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

from footholds.core.store.storage import DamagedFile, parse_bytes

# a byte UTF-8 cannot read, as `surrogateescape` leaves it in the text
_ESCAPED = re.compile("[\udc80-\udcff]")


def _cp1252(byte: int) -> str | None:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes it has no character for
        return None


_TABLE = {0xDC00 + byte: char for byte in range(0x80, 0x100) if (char := _cp1252(byte)) is not None}


def read_text(raw: bytes) -> tuple[str, list[int]]:
    """`raw` as text: UTF-8 where it reads, each other byte as cp1252 where that has a character
    for it (else as a lone surrogate, which no entry's checks let through). With where in the
    text the bytes read as cp1252 are, in order."""
    text = raw.decode("utf-8", "surrogateescape")
    found = [m.start() for m in _ESCAPED.finditer(text) if ord(m[0]) in _TABLE]
    return (text.translate(_TABLE), found) if found else (text, [])


def read_within(where: list[int], start: int, end: int) -> bool:
    """Whether any of `where` (read_text's positions) is in the text from `start` to `end`."""
    at = bisect_left(where, start)
    return at < len(where) and where[at] < end


def reads_whole(text: str, kind: str) -> bool:
    """Whether `text` (read_text's) is a whole store file of `kind` as the store writes it:
    then the older format was all that was wrong with the file."""
    try:
        parse_bytes(text.encode("utf-8", "surrogateescape"), Path(f"{kind}.json"), kind)
    except DamagedFile:
        return False
    return True
